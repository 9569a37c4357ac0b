package syntax

// This file holds source, the decoded text of one file being compiled, and
// the conversion from the byte columns that tokens and AST nodes carry to the
// 1-based character offsets that a SyntaxError reports.

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// source is decoded source text: UTF-8, with every line ending turned into
// "\n" (as CPython's tokenizer does for string input).
type source struct {
	filename   string
	text       string
	lineStarts []int // byte offset where each line begins; lineStarts[0] is line 1
	// encoding is the encoding the source declares by a BOM or a coding
	// cookie (CPython's tok->encoding), "" when it declares none. Without
	// one, CPython's parser reports error offsets in bytes, not characters.
	encoding string
	// isFile is set when the source is a file being run (not a string
	// given to compile()): a few error positions differ between the two.
	isFile bool
}

func newSource(filename, text string) *source {
	// Text input has a known encoding (see encoding): decodeFile resets it
	// to what a file declares.
	s := &source{filename: filename, text: text, lineStarts: []int{0}, encoding: "utf-8"}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' && i+1 < len(text) {
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	return s
}

// line returns 1-based line n with its "\n", or "" when n is out of range.
func (s *source) line(n int) string {
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[n-1]
	end := len(s.text)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n]
	}
	return s.text[start:end]
}

// charOffset converts a 0-based byte column on line n to CPython's 1-based
// character offset. Columns past the end of the line count as one
// character per byte.
func (s *source) charOffset(n, col int) int {
	ln := s.line(n)
	if col <= len(ln) {
		return utf8.RuneCountInString(ln[:col]) + 1
	}
	return utf8.RuneCountInString(ln) + (col - len(ln)) + 1
}

// errorAt builds an error of type typ ("SyntaxError", "IndentationError" or
// "TabError") spanning byte columns col..endCol (0-based) of lines
// line..endLine. endLine 0 means "no end position" (EndOffset 0).
func (s *source) errorAt(typ string, line, col, endLine, endCol int, format string, args ...any) *Error {
	e := &Error{
		Type:     typ,
		Msg:      fmt.Sprintf(format, args...),
		Filename: s.filename,
		Lineno:   line,
		Offset:   s.charOffset(line, col),
		Text:     s.line(line),
	}
	if endLine > 0 {
		e.EndLineno = endLine
		e.EndOffset = s.charOffset(endLine, endCol)
	}
	return e
}

// lineText is line n without its line ending, for messages.
func (s *source) lineText(n int) string {
	return strings.TrimRight(s.line(n), "\n")
}

// parserErrorAt builds an error raised by the parser (as opposed to the
// tokenizer) at 0-based byte columns. CPython 3.11 converts such columns to
// character offsets only when the tokenizer knows the source's encoding:
// always for string input, but for a file only when it declares one (BOM
// or coding cookie). A file without a declaration gets byte offsets.
func (s *source) parserErrorAt(typ string, line, col, endLine, endCol int, format string, args ...any) *Error {
	e := &Error{
		Type:     typ,
		Msg:      fmt.Sprintf(format, args...),
		Filename: s.filename,
		Lineno:   line,
		Offset:   col + 1,
		Text:     s.line(line),
		byParser: true,
	}
	if endLine > 0 {
		e.EndLineno = endLine
		e.EndOffset = endCol + 1
	}
	if s.encoding != "" {
		e.Offset = s.clampedCharOffset(line, col+1)
		if e.EndOffset > 0 {
			e.EndOffset = s.charOffset(endLine, endCol)
		}
	}
	return e
}

// clampedCharOffset is CPython's _PyPegen_byte_offset_to_character_offset:
// the number of characters in the first off bytes of line n, with off
// clamped to the line's length plus one.
func (s *source) clampedCharOffset(n, off int) int {
	ln := s.line(n)
	if off > len(ln)+1 {
		off = len(ln) + 1
	}
	if off <= len(ln) {
		return utf8.RuneCountInString(ln[:off])
	}
	return utf8.RuneCountInString(ln) + (off - len(ln))
}
