// Package math is the pure-Go core of CPython 3.11's math module.
//
// Every function works on Go values (float64, *big.Int, slices) and returns
// the same result CPython returns, bit for bit for floats, or an *Error that
// names the Python exception class and carries CPython's exact message. The
// interpreter is responsible for converting Python objects into these Go
// values (through __float__, __index__ and so on, as each doc comment says)
// and for turning an *Error into a raised exception.
//
// This file holds the error type and the helpers that build CPython's
// standard math errors.
package math

// Error is a Python exception raised by a math function: Type is the
// exception class name ("ValueError", "OverflowError", "ZeroDivisionError")
// and Msg is the message CPython 3.11 uses.
type Error struct {
	Type string
	Msg  string
}

// Error formats the exception as Python prints its last line.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

// domainError is the ValueError CPython raises for an argument outside a
// function's domain or at a singularity.
func domainError() error { return &Error{"ValueError", "math domain error"} }

// rangeError is the OverflowError CPython raises when a finite argument
// gives a result too large for a float.
func rangeError() error { return &Error{"OverflowError", "math range error"} }

func valueError(msg string) error    { return &Error{"ValueError", msg} }
func overflowError(msg string) error { return &Error{"OverflowError", msg} }
