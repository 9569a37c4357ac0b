// This file holds the integer methods of random.py: _randbelow (draw
// bit_length(n) bits with getrandbits, retry while the draw is >= n),
// randrange with 3.11's argument conversions, deprecation warnings and
// messages, and randint. Arguments that may be arbitrary Python objects
// reach randrange through IntArg, so that the interpreter runs
// operator.index() and int() exactly when random.py would.

package random

import (
	"fmt"
	"math/big"
	"math/bits"
)

// RandBelow64 returns random.py's _randbelow(n) for 0 < n: a uniform
// integer in [0, n). It returns 0 for n == 0 (CPython would loop forever).
func (r *Random) RandBelow64(n uint64) uint64 {
	if n == 0 {
		return 0
	}
	k := bits.Len64(n)
	v := r.bits64(k)
	for v >= n {
		v = r.bits64(k)
	}
	return v
}

// RandBelow returns _randbelow(n) for an int n > 0. It fails only when n
// has more bits than getrandbits accepts. It returns 0 for n <= 0.
func (r *Random) RandBelow(n *big.Int) (*big.Int, error) {
	if n.Sign() <= 0 {
		return new(big.Int), nil
	}
	if n.IsUint64() {
		return new(big.Int).SetUint64(r.RandBelow64(n.Uint64())), nil
	}
	k := int64(n.BitLen())
	for {
		v, err := r.GetRandBits(k)
		if err != nil {
			return nil, err
		}
		if v.Cmp(n) < 0 {
			return v, nil
		}
	}
}

// IntArg is a randrange() argument as the interpreter sees it: an
// arbitrary Python object that randrange converts to an int.
type IntArg interface {
	// Index returns operator.index(x). ok is false when that raised
	// TypeError (randrange then falls back to int(x)); err is any other
	// exception, which randrange propagates.
	Index() (v *big.Int, ok bool, err error)
	// Int returns int(x) and whether int(x) == x is true; err is an
	// exception raised by either.
	Int() (v *big.Int, equal bool, err error)
}

// Warner issues warnings on the interpreter's behalf; a non-nil error
// means the warning was turned into an exception (-W error), which
// randrange propagates.
type Warner interface {
	DeprecationWarning(msg string) error
}

// Int is an IntArg that is already a Python int.
type Int struct{ V *big.Int }

// Index returns the int itself.
func (a Int) Index() (*big.Int, bool, error) { return a.V, true, nil }

// Int returns the int itself.
func (a Int) Int() (*big.Int, bool, error) { return a.V, true, nil }

// convertArg is randrange's conversion of one argument: operator.index,
// or else int() with a DeprecationWarning, rejecting a value that int()
// changed with ValueError "non-integer <what> for randrange()".
func convertArg(a IntArg, what string, w Warner) (*big.Int, error) {
	v, ok, err := a.Index()
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	v, equal, err := a.Int()
	if err != nil {
		return nil, err
	}
	if !equal {
		if w != nil {
			if err := w.DeprecationWarning(MsgRandrangeFuture); err != nil {
				return nil, err
			}
		}
		return nil, valueError("non-integer " + what + " for randrange()")
	}
	if w != nil {
		if err := w.DeprecationWarning(MsgRandrangeDeprecated); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// RandRange returns random.randrange(start, stop, step). stop is nil for
// randrange(start) and stop=None. step is nil when the argument was not
// given or is the int 1 object itself: random.py tests "step is _ONE", an
// identity test that every int equal to 1 passes in CPython (small ints
// are cached) but True and 1.0 do not. w may be nil to drop warnings.
func (r *Random) RandRange(start, stop, step IntArg, w Warner) (*big.Int, error) {
	istart, err := convertArg(start, "arg 1", w)
	if err != nil {
		return nil, err
	}
	if stop == nil {
		if step != nil {
			return nil, typeError("Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return r.RandBelow(istart)
		}
		return nil, valueError("empty range for randrange()")
	}
	istop, err := convertArg(stop, "stop", w)
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil {
		if istep, err = convertArg(step, "step", w); err != nil {
			return nil, err
		}
	}
	if istep.IsInt64() && istep.Int64() == 1 {
		if width.Sign() > 0 {
			v, err := r.RandBelow(width)
			if err != nil {
				return nil, err
			}
			return v.Add(v, istart), nil
		}
		return nil, valueError(fmt.Sprintf("empty range for randrange() (%s, %s, %s)", istart, istop, width))
	}
	n := new(big.Int)
	switch istep.Sign() {
	case 1:
		n.Add(width, istep).Sub(n, big.NewInt(1))
	case -1:
		n.Add(width, istep).Add(n, big.NewInt(1))
	default:
		return nil, valueError("zero step for randrange()")
	}
	floorDiv(n, istep)
	if n.Sign() <= 0 {
		return nil, valueError("empty range for randrange()")
	}
	v, err := r.RandBelow(n)
	if err != nil {
		return nil, err
	}
	v.Mul(v, istep)
	return v.Add(v, istart), nil
}

// floorDiv sets n to floor(n / d), Python's n // d.
func floorDiv(n, d *big.Int) {
	m := new(big.Int)
	n.QuoRem(n, d, m)
	if m.Sign() != 0 && (m.Sign() < 0) != (d.Sign() < 0) {
		n.Sub(n, big.NewInt(1))
	}
}

// RandInt returns random.randint(a, b), that is randrange(a, b + 1), for
// ints a and b. (For other argument types the interpreter computes b + 1
// itself and calls RandRange.)
func (r *Random) RandInt(a, b *big.Int) (*big.Int, error) {
	stop := new(big.Int).Add(b, big.NewInt(1))
	return r.RandRange(Int{a}, Int{stop}, nil, nil)
}

// RandInt64 is RandInt for int64 bounds: a uniform integer in [a, b], or
// the same ValueError when a > b.
func (r *Random) RandInt64(a, b int64) (int64, error) {
	if a > b {
		_, err := r.RandInt(big.NewInt(a), big.NewInt(b))
		return 0, err
	}
	width := uint64(b-a) + 1
	if width == 0 { // the full int64 range needs 65 bits
		v, err := r.RandInt(big.NewInt(a), big.NewInt(b))
		if err != nil {
			return 0, err
		}
		return v.Int64(), nil
	}
	return a + int64(r.RandBelow64(width)), nil
}
