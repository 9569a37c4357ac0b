package strfmt

// This file holds the error type: every failure the package itself detects
// becomes an *Error naming the Python exception class CPython raises and
// carrying its exact message, so the interpreter only has to map the class
// to its own exception objects.

import (
	"errors"
	"fmt"
)

// ExcKind is the Python exception class an Error stands for.
type ExcKind uint8

// The exception classes string formatting raises.
const (
	ValueError ExcKind = iota + 1
	TypeError
	OverflowError
	IndexError
	MemoryError
)

var excNames = [...]string{
	ValueError:    "ValueError",
	TypeError:     "TypeError",
	OverflowError: "OverflowError",
	IndexError:    "IndexError",
	MemoryError:   "MemoryError",
}

// String returns the Python class name, such as "ValueError".
func (k ExcKind) String() string {
	if int(k) < len(excNames) && excNames[k] != "" {
		return excNames[k]
	}
	return fmt.Sprintf("ExcKind(%d)", uint8(k))
}

// Error is a Python exception raised by formatting: Kind is its class and
// Msg its message (str(exc)), exactly as CPython 3.11 words it.
type Error struct {
	Kind ExcKind
	Msg  string
}

// Error returns "Kind: Msg", the last line of a Python traceback.
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Kind.String()
	}
	return e.Kind.String() + ": " + e.Msg
}

// IsTypeError reports whether err stands for a Python TypeError. Some
// formatting paths turn a TypeError raised by a conversion (int(x),
// operator.index(x)) into a message of their own, as CPython does; errors
// coming from the interpreter take part by implementing
// interface{ IsTypeError() bool }.
func IsTypeError(err error) bool {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind == TypeError
	}
	var t interface{ IsTypeError() bool }
	if errors.As(err, &t) {
		return t.IsTypeError()
	}
	return false
}

// newError builds an *Error with a formatted message.
func newError(kind ExcKind, format string, args ...any) *Error {
	if len(args) == 0 {
		return &Error{Kind: kind, Msg: format}
	}
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// errNoMemory is what CPython raises when a result cannot be allocated.
// The package raises it for results longer than maxResultLen.
func errNoMemory() *Error { return &Error{Kind: MemoryError} }

// maxResultLen bounds the code points of any single formatted field. CPython
// would try to allocate whatever a width or precision asks for and raise
// MemoryError when the allocation fails; hotloop refuses up front.
const maxResultLen = 1 << 30
