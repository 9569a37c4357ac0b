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

	// byParser marks an error raised by the parser rather than the
	// tokenizer (see parser.lineOfStringInput).
	byParser bool
}

// ReportedByParser reports whether CPython raises e through its parser
// (_PyPegen_raise_error_known_location): the parser's own errors and the
// tokenizer states it turns into errors (see errorRaisedByTokenizer). In
// exec mode those take the error's line from the file named Filename when
// it can; the errors the tokenizer raises itself never read the file.
func (e *Error) ReportedByParser() bool { return e.byParser || !errorRaisedByTokenizer(e) }

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Type, e.Msg, e.Filename, e.Lineno)
}
