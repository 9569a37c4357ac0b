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
}

func newSource(filename, text string) *source {
	s := &source{filename: filename, text: text, lineStarts: []int{0}}
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
