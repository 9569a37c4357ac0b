// Package random is a pure-Go core of CPython 3.11's random module: the
// Mersenne Twister with CPython's seeding, getrandbits and random(), and
// everything random.py builds on them (randrange, choice, shuffle, sample,
// choices and the real-valued distributions), giving the same numbers as
// CPython for the same seed and the same exceptions with the same
// messages.
//
// A Random holds one generator's whole state; there is no package-level
// generator. Values are Go values: ints as int64 or *big.Int, floats as
// float64, sequences through the Seq interface, and the few places where
// random.py calls back into Python objects (operator.index and int() in
// randrange, warnings) go through IntArg and Warner. Errors are
// *num.Error values naming the Python exception.
//
// The distributions use correctly rounded exp, log, sin, cos and acos,
// which agree with glibc's (and so CPython's on Linux) except where glibc
// misrounds. docs/random.md explains the choices and the test results.
package random
