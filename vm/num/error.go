// This file holds Error, the one error type of the package: a Python
// exception class name and its message, so that the interpreter can raise
// exactly the exception CPython would.

package num

// Error is a Python exception raised by a numeric operation. Type is the
// exception class name ("ZeroDivisionError", "OverflowError", "ValueError",
// "MemoryError", "TypeError") and Msg is str() of the exception.
//
// Errno is non-zero when CPython builds the exception from a C errno, as
// float ** float does on overflow: the exception's args are then
// (Errno, Strerror) and Msg is their tuple-style rendering, e.g.
// "(34, 'Numerical result out of range')".
type Error struct {
	Type     string
	Msg      string
	Errno    int
	Strerror string
}

// Error returns "Type: Msg", as Python's traceback last line shows it
// (just "Type" when the message is empty).
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

func newError(typ, msg string) *Error { return &Error{Type: typ, Msg: msg} }

func zeroDivision(msg string) error { return newError("ZeroDivisionError", msg) }
func overflow(msg string) error     { return newError("OverflowError", msg) }
func valueError(msg string) error   { return newError("ValueError", msg) }
func memoryError() error            { return newError("MemoryError", "") }

// erangeError is the OverflowError CPython raises from errno ERANGE.
func erangeError() error {
	return &Error{Type: "OverflowError", Msg: "(34, 'Numerical result out of range')",
		Errno: 34, Strerror: "Numerical result out of range"}
}

// Messages shared by several operations.
const (
	msgIntTooLargeForFloat = "int too large to convert to float"
	msgNegativePower       = "0.0 cannot be raised to a negative power"
	msgIntDivZero          = "integer division or modulo by zero"
	msgIntModZero          = "integer modulo by zero"
	msgDivZero             = "division by zero"
	msgNegativeShift       = "negative shift count"
	msgTooManyDigits       = "too many digits in integer"
)
