package syntax

import "fmt"

// Error is a SyntaxError (or its subclasses IndentationError and TabError)
// with the attributes CPython's SyntaxError carries. Offsets are 1-based
// character (code point) columns, as in CPython's SyntaxError.offset.
type Error struct {
	Type      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Lineno    int
	Offset    int // 0 when CPython reports none
	EndLineno int
	EndOffset int
	Text      string // the offending source line, "" when unknown
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Type, e.Msg, e.Filename, e.Lineno)
}
