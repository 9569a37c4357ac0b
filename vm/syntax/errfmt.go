package syntax

// This file prints an uncaught SyntaxError the way CPython 3.11 does when it
// fails to compile the main script (Python/pythonrun.c, print_exception and
// print_error_text): a "File" line, the offending source line with its
// leading blanks removed, a caret line, and "Type: message".
//
// The caret arithmetic is CPython's, reproduced step by step, including its
// quirks: the printer works on the UTF-8 bytes of the text, so Offset and
// EndOffset are used as byte positions there (CPython itself reports byte
// offsets for files without an encoding declaration, character offsets for
// files with one); the text is cut at a NUL byte as a C string would be; a
// text holding several lines is printed from the line the offset falls in to
// its end; and only a plain SyntaxError uses its end position, its
// subclasses always get a single caret.

import (
	"strconv"
	"strings"
)

// Report returns exactly what CPython 3.11 writes to stderr when e is raised
// while compiling the script it was asked to run, for example:
//
//	  File "bad.py", line 3
//	    x = (1,
//	        ^
//	SyntaxError: '(' was never closed
//
// Zero values stand for CPython's None: Lineno 0 means the error carries no
// location (only the last line is printed, as for "encoding problem"),
// Filename "" prints as "<string>", Text "" means there is no source line
// (no text and no caret line), Offset 0 means no caret, and EndLineno 0 /
// EndOffset 0 mean no end position.
func (e *Error) Report() string {
	var b strings.Builder
	if e.Lineno != 0 {
		filename := e.Filename
		if filename == "" {
			filename = "<string>"
		}
		b.WriteString(`  File "`)
		b.WriteString(filename)
		b.WriteString(`", line `)
		b.WriteString(strconv.Itoa(e.Lineno))
		b.WriteString("\n")
		if e.Text != "" {
			endLineno, endOffset := e.Lineno, -1
			if e.Type == "SyntaxError" || e.Type == "" {
				if e.EndLineno != 0 {
					endLineno = e.EndLineno
				}
				endOffset = e.EndOffset
			}
			// A range that runs onto later lines is shown up to the end of
			// the first one; no range reaches past the end of the text.
			size := len(e.Text)
			if endLineno > e.Lineno {
				endOffset = size
			}
			if endOffset > size+1 {
				endOffset = size + 1
			}
			writeErrorText(&b, e.Offset, endOffset, e.Text)
		}
	}
	typ := e.Type
	if typ == "" {
		typ = "SyntaxError"
	}
	b.WriteString(typ)
	if e.Msg != "" {
		b.WriteString(": ")
		b.WriteString(e.Msg)
	}
	b.WriteString("\n")
	return b.String()
}

// writeErrorText writes the source line and the caret line for a 1-based
// offset and end offset into text, following print_error_text.
func writeErrorText(b *strings.Builder, offset, endOffset int, text string) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	if carets < 1 { // only for absurd offsets that overflow
		carets = 1
	}
	// CPython handles the text as a C string: it ends at the first NUL.
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i]
	}
	offset-- // now 0-based
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	if offset > n {
		offset = n
	}
	// Move to the line of the text that the offset points into.
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		text = text[nl+1:]
		n -= nl + 1
		offset -= nl + 1
	}
	b.WriteString("    ")
	b.WriteString(text)
	if n >= len(text) || text[n] != '\n' {
		b.WriteString("\n")
	}
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteString("\n")
}
