// fastint128.go keeps ints whose magnitude fits in 128 bits inline in their
// gc block (kind kindBigInt128: raw words low, high, sign) instead of as a
// *big.Int in the side table, and does + - * // % << >> & | ^ and
// comparisons on them with math/bits. Programs that overflow int64 and
// reduce again (an LCG's `(x * a + c) % 2**64`, hashing) then allocate one
// small block per result and no Go memory at all; before, each step made a
// *big.Int, its digits and a side entry (docs/vm.md "Big ints").

package vm

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// kindBigInt128 is the block kind of an inline big int (tag TagBigInt).
const kindBigInt128 = kindByteArrayIter + 1

// Raw words of an inline big int.
const (
	i128Lo   = 0 // low 64 bits of the magnitude
	i128Hi   = 1 // high 64 bits of the magnitude
	i128Sign = 2 // 1 if negative
	i128Raw  = 24
)

// i128 is an int in sign-magnitude form: magnitude hi:lo, neg only when
// the magnitude is not zero.
type i128 struct {
	lo, hi uint64
	neg    bool
}

// int128Of returns an int-like value as an i128, if it fits.
func (vm *VM) int128Of(v gc.Value) (i128, bool) {
	switch v.Tag() {
	case gc.TagInt, gc.TagBool:
		x := int64(v.Bits())
		if x < 0 {
			return i128{lo: uint64(-x), neg: true}, true // also right for MinInt64
		}
		return i128{lo: uint64(x)}, true
	case TagBigInt:
		r := v.Ref()
		if vm.kindOf(r) == kindBigInt128 {
			return i128{lo: vm.rawU64(r, 0, i128Lo), hi: vm.rawU64(r, 0, i128Hi), neg: vm.rawU64(r, 0, i128Sign) != 0}, true
		}
	}
	return i128{}, false
}

// fromI128 returns x as an int value: an immediate when it fits in int64
// (ints are normalised), else an inline big int.
func (vm *VM) fromI128(x i128) gc.Value {
	if x.hi == 0 {
		if !x.neg && x.lo <= math.MaxInt64 {
			return gc.Int(int64(x.lo))
		}
		if x.neg && x.lo <= 1<<63 {
			return gc.Int(int64(-x.lo))
		}
	}
	r := vm.alloc(kindBigInt128, 0, i128Raw)
	vm.setRawU64(r, 0, i128Lo, x.lo)
	vm.setRawU64(r, 0, i128Hi, x.hi)
	if x.neg {
		vm.setRawU64(r, 0, i128Sign, 1)
	}
	return mkref(TagBigInt, r)
}

// i128FromBig returns b as an i128 if its magnitude fits in 128 bits.
func i128FromBig(b *big.Int) (i128, bool) {
	if b.BitLen() > 128 {
		return i128{}, false
	}
	var x i128
	words := b.Bits()
	if bits.UintSize == 64 {
		if len(words) > 0 {
			x.lo = uint64(words[0])
		}
		if len(words) > 1 {
			x.hi = uint64(words[1])
		}
	} else {
		for i, w := range words {
			if i < 2 {
				x.lo |= uint64(w) << (32 * i)
			} else {
				x.hi |= uint64(w) << (32 * (i - 2))
			}
		}
	}
	x.neg = b.Sign() < 0
	return x, true
}

// big returns x as a new *big.Int.
func (x i128) big() *big.Int {
	b := new(big.Int).SetUint64(x.hi)
	b.Lsh(b, 64)
	b.Or(b, new(big.Int).SetUint64(x.lo))
	if x.neg {
		b.Neg(b)
	}
	return b
}

// cmpMag compares the magnitudes of x and y.
func (x i128) cmpMag(y i128) int {
	switch {
	case x.hi != y.hi:
		if x.hi < y.hi {
			return -1
		}
		return 1
	case x.lo != y.lo:
		if x.lo < y.lo {
			return -1
		}
		return 1
	}
	return 0
}

// cmp compares x and y as ints.
func (x i128) cmp(y i128) int {
	switch {
	case x.neg && !y.neg:
		return -1
	case !x.neg && y.neg:
		return 1
	case x.neg:
		return -x.cmpMag(y)
	}
	return x.cmpMag(y)
}

func (x i128) isZero() bool { return x.lo == 0 && x.hi == 0 }

// norm clears the sign of zero.
func (x i128) norm() i128 {
	if x.isZero() {
		x.neg = false
	}
	return x
}

// addMag returns |x| + |y| with sign neg, or false on overflow.
func addMag(x, y i128, neg bool) (i128, bool) {
	lo, c := bits.Add64(x.lo, y.lo, 0)
	hi, c := bits.Add64(x.hi, y.hi, c)
	return i128{lo: lo, hi: hi, neg: neg}, c == 0
}

// subMag returns |x| - |y| (|x| >= |y|) with sign neg.
func subMag(x, y i128, neg bool) i128 {
	lo, b := bits.Sub64(x.lo, y.lo, 0)
	hi, _ := bits.Sub64(x.hi, y.hi, b)
	return i128{lo: lo, hi: hi, neg: neg}.norm()
}

// add returns x + y, or false when the result needs more than 128 bits.
func (x i128) add(y i128) (i128, bool) {
	if x.neg == y.neg {
		return addMag(x, y, x.neg)
	}
	if x.cmpMag(y) >= 0 {
		return subMag(x, y, x.neg), true
	}
	return subMag(y, x, y.neg), true
}

// mul returns x * y, or false when the result needs more than 128 bits.
func (x i128) mul(y i128) (i128, bool) {
	if x.hi != 0 && y.hi != 0 {
		return i128{}, false
	}
	ph, pl := bits.Mul64(x.lo, y.lo)
	// The cross term: the one high word times the other operand's low word.
	var ch, cl uint64
	if x.hi != 0 {
		ch, cl = bits.Mul64(x.hi, y.lo)
	} else if y.hi != 0 {
		ch, cl = bits.Mul64(y.hi, x.lo)
	}
	if ch != 0 {
		return i128{}, false
	}
	hi, c := bits.Add64(ph, cl, 0)
	if c != 0 {
		return i128{}, false
	}
	return i128{lo: pl, hi: hi, neg: x.neg != y.neg}.norm(), true
}

// divModMag divides magnitudes: q = |x| / |y|, r = |x| % |y| (y != 0),
// or false for a divisor that is neither one word nor a power of two.
func divModMag(x, y i128) (q, r i128, ok bool) {
	if y.hi == 0 {
		qh := x.hi / y.lo
		ql, rl := bits.Div64(x.hi%y.lo, x.lo, y.lo)
		return i128{lo: ql, hi: qh}, i128{lo: rl}, true
	}
	if y.lo == 0 && y.hi&(y.hi-1) == 0 {
		k := uint(bits.TrailingZeros64(y.hi)) // |y| = 2**(64+k)
		return i128{lo: x.hi >> k}, i128{lo: x.lo, hi: x.hi & (y.hi - 1)}, true
	}
	return i128{}, i128{}, false
}

// floorDivMod returns Python's x // y and x % y (y != 0).
func (x i128) floorDivMod(y i128) (q, r i128, ok bool) {
	q, r, ok = divModMag(x, y)
	if !ok {
		return q, r, false
	}
	q.neg = x.neg != y.neg
	r.neg = x.neg
	if !r.isZero() && x.neg != y.neg {
		// Round the quotient towards minus infinity; r takes y's sign.
		q, _ = addMag(q, i128{lo: 1}, true)
		r = subMag(i128{lo: y.lo, hi: y.hi}, r, y.neg)
	}
	return q.norm(), r.norm(), true
}

// intOp128 performs an int operation on operands that fit in 128 bits,
// without allocating Go memory; ok is false when it does not apply (an
// operand or the result is too big, a negative operand of a shift or a
// bitwise operator, a zero divisor), and num's exact path takes over.
func (vm *VM) intOp128(op bytecode.Op, a, b gc.Value) (gc.Value, bool) {
	x, ok := vm.int128Of(a)
	if !ok {
		return vEmpty, false
	}
	y, ok := vm.int128Of(b)
	if !ok {
		return vEmpty, false
	}
	var r i128
	switch op {
	case bytecode.ADD:
		r, ok = x.add(y)
	case bytecode.SUB:
		y.neg = !y.neg
		r, ok = x.add(y.norm())
	case bytecode.MUL:
		r, ok = x.mul(y)
	case bytecode.FLOORDIV, bytecode.MOD:
		if y.isZero() {
			return vEmpty, false
		}
		q, m, ok2 := x.floorDivMod(y)
		r, ok = q, ok2
		if op == bytecode.MOD {
			r = m
		}
	case bytecode.LSHIFT:
		if y.neg || y.hi != 0 || y.lo >= 128 {
			return vEmpty, false
		}
		n := uint(y.lo)
		if n == 0 {
			r = x
		} else if n >= 64 {
			if x.hi != 0 || bits.Len64(x.lo)+int(n) > 128 {
				return vEmpty, false
			}
			r = i128{hi: x.lo << (n - 64), neg: x.neg}
		} else {
			if bits.Len64(x.hi)+int(n) > 64 {
				return vEmpty, false
			}
			r = i128{lo: x.lo << n, hi: x.hi<<n | x.lo>>(64-n), neg: x.neg}
		}
	case bytecode.RSHIFT:
		if x.neg || y.neg {
			return vEmpty, false
		}
		switch n := y.lo; {
		case y.hi != 0 || n >= 128:
			r = i128{}
		case n == 0:
			r = x
		case n >= 64:
			r = i128{lo: x.hi >> (n - 64)}
		default:
			r = i128{lo: x.lo>>n | x.hi<<(64-n), hi: x.hi >> n}
		}
	case bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
		if x.neg || y.neg || a.Tag() == gc.TagBool && b.Tag() == gc.TagBool {
			return vEmpty, false
		}
		switch op {
		case bytecode.BITAND:
			r = i128{lo: x.lo & y.lo, hi: x.hi & y.hi}
		case bytecode.BITOR:
			r = i128{lo: x.lo | y.lo, hi: x.hi | y.hi}
		default:
			r = i128{lo: x.lo ^ y.lo, hi: x.hi ^ y.hi}
		}
	default:
		return vEmpty, false
	}
	if !ok {
		return vEmpty, false
	}
	return vm.fromI128(r), true
}

// int128Str returns str(v) for an inline 128-bit int, in base 10 without
// going through math/big: at most two divisions by 10**19 split the
// magnitude into word-sized chunks of digits. ok is false for other
// values.
func (vm *VM) int128Str(v gc.Value) (string, bool) {
	if v.Tag() != TagBigInt || vm.kindOf(v.Ref()) != kindBigInt128 {
		return "", false
	}
	x, _ := vm.int128Of(v)
	const e19 = 10_000_000_000_000_000_000
	var buf [41]byte // a sign and at most 39 digits
	i := len(buf)
	for x.hi != 0 {
		var r uint64
		x.lo, r = bits.Div64(x.hi%e19, x.lo, e19)
		x.hi /= e19
		for k := 0; k < 19; k++ {
			i--
			buf[i] = byte('0' + r%10)
			r /= 10
		}
	}
	for {
		i--
		buf[i] = byte('0' + x.lo%10)
		x.lo /= 10
		if x.lo == 0 {
			break
		}
	}
	if x.neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:]), true
}
