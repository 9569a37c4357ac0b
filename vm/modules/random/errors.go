// This file holds the package's errors: every failure is a *num.Error
// naming the Python exception class and carrying CPython 3.11's exact
// message, so the interpreter raises what random.py and _random would.
// The messages of checks that only the interpreter can make (argument
// types) are exported as constants so that it uses the same words.

package random

import "github.com/hotloop/hotloop/vm/num"

// Messages of checks the interpreter performs itself, before calling into
// this package, because they are about Python types.
const (
	// MsgSeedType is the TypeError of Random.seed() for an unsupported type.
	MsgSeedType = "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
	// MsgStateNotTuple is the TypeError of setstate() when the internal
	// state is not a tuple.
	MsgStateNotTuple = "state vector must be a tuple"
	// MsgStateElementType is the TypeError of setstate() when an element
	// of the internal state is not an int.
	MsgStateElementType = "an integer is required"
	// MsgPopulationNotSequence is sample()'s TypeError for a population
	// that is not a collections.abc.Sequence.
	MsgPopulationNotSequence = "Population must be a sequence.  For dicts or sets, use sorted(d)."
	// MsgCountsNotIntegers is sample()'s TypeError when the total of
	// counts= is not an int.
	MsgCountsNotIntegers = "Counts must be integers"
	// MsgRandrangeFuture is the DeprecationWarning randrange() issues just
	// before rejecting a non-integral float argument.
	MsgRandrangeFuture = "randrange() will raise TypeError in the future"
	// MsgRandrangeDeprecated is the DeprecationWarning randrange() issues
	// when it accepts an integral non-int argument such as 3.0.
	MsgRandrangeDeprecated = "non-integer arguments to randrange() have been deprecated " +
		"since Python 3.10 and will be removed in a subsequent version"
)

// ChoicesKeywordError is the TypeError choices() raises when its second
// positional argument is an int k (so that accumulate() failed on it):
// "The number of choices must be a keyword argument: k=3". kRepr is
// repr(k).
func ChoicesKeywordError(kRepr string) error {
	return typeError("The number of choices must be a keyword argument: k=" + kRepr)
}

// SetStateVersionError is the ValueError setstate() raises for a state
// whose first item is neither 2 nor 3; version is str() of that item.
func SetStateVersionError(version string) error {
	return valueError("state with version " + version + " passed to Random.setstate() of version 3")
}

func valueError(msg string) error    { return &num.Error{Type: "ValueError", Msg: msg} }
func typeError(msg string) error     { return &num.Error{Type: "TypeError", Msg: msg} }
func indexError(msg string) error    { return &num.Error{Type: "IndexError", Msg: msg} }
func overflowError(msg string) error { return &num.Error{Type: "OverflowError", Msg: msg} }
func zeroDivision() error {
	return &num.Error{Type: "ZeroDivisionError", Msg: "float division by zero"}
}
func mathDomain() error { return valueError("math domain error") }
func mathRange() error  { return overflowError("math range error") }
