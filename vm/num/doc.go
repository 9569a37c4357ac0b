// Package num holds the exact numeric semantics of CPython 3.11's int,
// float, bool and complex arithmetic as a pure Go library: plain Go values
// in, plain Go values (or an *Error naming the Python exception) out.
//
// The interpreter calls it for every arithmetic operation, conversion,
// hash, repr and parse of a number; nothing here knows about Python
// objects. Every result and every error message is meant to be the one
// CPython 3.11 gives; the tests check that against a running python3.
//
// Int is a Python int: an int64 fast path with a *big.Int overflow path.
// Floats are float64 and complex numbers complex128; the functions named
// Float* and Complex* give them Python's semantics where Go's differ
// (floor division, modulo, pow, round, repr, parsing, hashing).
// docs/num.md explains the representation and the choices behind it.
package num
