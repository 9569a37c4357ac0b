// fastbig.go keeps the digits of ints wider than 128 bits in their gc block
// (kind kindBigInt, raw bytes: a signed word count, then the magnitude's
// words, least significant first) instead of as a *big.Int in the side
// table, and does + - * // % << >> & | ^ and comparisons on them with
// math/big working directly on views of those blocks.
//
// Why: a loop over ints of thousands of digits (Gibbons' pi spigot,
// factorials) made a fresh Go slice for every result, which Go had to
// allocate, zero, collect and give back to the kernel; the side entry only
// died at the next gc-heap collection. That cost more than the arithmetic
// (tests/bench/bigint.py: docs/vm.md "Big ints"). Now a result is written
// by math/big straight into a block of linear memory, which the gc heap
// frees and reuses like any other block, and operands are read in place.
// Division with a small quotient estimates it from the top bits and
// corrects it (bigDivSmallQuotient); other divisions work in per-VM
// scratch integers and copy only the result they keep. The linear memory never moves (gc/reserve_unix.go), and nothing
// here allocates in the gc heap between taking a view and finishing with
// it except the result block, and allocation never collects.
//
// Ints of more than bigRawMaxWords words stay in the side table, as before.

package vm

import (
	"math/big"
	"math/bits"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/num"
)

const (
	// bigRawMaxWords is the largest int (in words) kept in linear memory;
	// wider ones (8 MiB of digits and more) go to the side table, so that a
	// few huge ints cannot exhaust the 4 GiB gc heap.
	bigRawMaxWords = 1 << 20
	// bigWordBytes is the size of a big.Word.
	bigWordBytes = bits.UintSize / 8
	// bigRawDigits is the raw offset of the first word of the magnitude,
	// after the signed word count (negative for a negative int).
	bigRawDigits = 8
	// bigViewWords is how many words a 128-bit magnitude needs.
	bigViewWords = 128 / bits.UintSize
)

// bigScratch holds a VM's reusable math/big temporaries: the quotient and
// remainder of a division, whose digits are copied out when kept, and the
// digits of the views of immediate and 128-bit operands (on the stack they
// would escape: math/big's signatures let operands' digits leak).
type bigScratch struct {
	q, r   big.Int
	bx, by [bigViewWords]big.Word
}

// bigRawWords returns a view of the magnitude of the raw big int block r
// (length and capacity its word count) and its sign. The view must not be
// written and must not be used after a collection.
func (vm *VM) bigRawWords(r gc.Ref) ([]big.Word, bool) {
	n := int64(vm.rawU64(r, 0, 0))
	neg := n < 0
	if neg {
		n = -n
	}
	p := (*big.Word)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize+bigRawDigits))
	return unsafe.Slice(p, int(n)), neg
}

// bigView returns the int-like value v as a *big.Int to read, without
// copying its digits: tmp and buf receive the view of an immediate, an
// inline 128-bit int or a raw block. The result must not be modified, and
// is valid until the next collection. ok is false if v is not int-like.
func (vm *VM) bigView(v gc.Value, tmp *big.Int, buf *[bigViewWords]big.Word) (*big.Int, bool) {
	var lo, hi uint64
	neg := false
	switch v.Tag() {
	case gc.TagInt, gc.TagBool:
		x := int64(v.Bits())
		neg = x < 0
		lo = uint64(x)
		if neg {
			lo = -lo // also right for MinInt64
		}
	case TagBigInt:
		r := v.Ref()
		switch k := vm.kindOf(r); {
		case k == kindBigInt128:
			lo, hi = vm.rawU64(r, 0, i128Lo), vm.rawU64(r, 0, i128Hi)
			neg = vm.rawU64(r, 0, i128Sign) != 0
		case vm.heap.Side(r) != nil:
			return vm.heap.Side(r).(*big.Int), true
		default:
			words, neg := vm.bigRawWords(r)
			tmp.SetBits(words)
			if neg {
				tmp.Neg(tmp)
			}
			return tmp, true
		}
	default:
		return nil, false
	}
	var n int
	if bits.UintSize == 64 {
		buf[0] = big.Word(lo)
		buf[1%bigViewWords] = big.Word(hi)
		n = 2
	} else {
		for i := range buf {
			w := lo
			if i >= 2 {
				w = hi
			}
			buf[i] = big.Word(w >> (32 * uint(i%2)))
		}
		n = bigViewWords
	}
	tmp.SetBits(buf[:n]) // SetBits drops leading zero words
	if neg {
		tmp.Neg(tmp)
	}
	return tmp, true
}

// bigRawAlloc allocates a raw big int block for up to n words and returns
// it with an empty slice over its digits of capacity n. The raw bytes are
// not cleared (gc.AllocRaw): math/big writes every digit it keeps, and
// bigFinish writes the count word.
func (vm *VM) bigRawAlloc(n int) (gc.Ref, []big.Word) {
	r, err := vm.heap.AllocRaw(kindBigInt, 0, bigRawDigits+n*bigWordBytes)
	if err != nil {
		panic(errOOM{})
	}
	p := (*big.Word)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize+bigRawDigits))
	return r, unsafe.Slice(p, n)[:0]
}

// bigFinish returns z as an int value. r and dst are a block from
// bigRawAlloc that z may already have been computed into (then nothing is
// copied), or 0 and nil. Values that fit in int64 or 128 bits take their
// compact forms (ints are normalised), and the block is left as garbage.
func (vm *VM) bigFinish(r gc.Ref, dst []big.Word, z *big.Int) gc.Value {
	zb := z.Bits()
	n := len(zb)
	if n <= bigViewWords {
		if z.IsInt64() {
			return gc.Int(z.Int64())
		}
		if x, ok := i128FromBig(z); ok {
			return vm.fromI128(x)
		}
	}
	if n > bigRawMaxWords {
		return vm.newBigSide(new(big.Int).Set(z))
	}
	if r == 0 || n > cap(dst) {
		r, dst = vm.bigRawAlloc(n)
	}
	if dst = dst[:n]; &dst[0] != &zb[0] {
		copy(dst, zb)
	}
	count := int64(n)
	if z.Sign() < 0 {
		count = -count
	}
	vm.setRawU64(r, 0, 0, uint64(count))
	return mkref(TagBigInt, r)
}

// newBigRaw stores b (which the caller no longer uses) as an int value,
// copying its digits into the gc heap unless it is huge.
func (vm *VM) newBigRaw(b *big.Int) gc.Value {
	if len(b.Bits()) > bigRawMaxWords {
		return vm.newBigSide(b) // b is the caller's to give: no copy
	}
	return vm.bigFinish(0, nil, b)
}

// newBigSide stores b as a side-table big int (for ints too wide for a
// raw block).
func (vm *VM) newBigSide(b *big.Int) gc.Value {
	r := vm.alloc(kindBigInt, 0, 0)
	vm.heap.SetSide(r, b)
	vm.heap.ChargeExternal(bigGoBytes + uint64(cap(b.Bits()))*8)
	return mkref(TagBigInt, r)
}

// bigRawCopy returns the raw big int r as a new *big.Int the caller owns.
func (vm *VM) bigRawCopy(r gc.Ref) *big.Int {
	words, neg := vm.bigRawWords(r)
	b := new(big.Int).SetBits(append([]big.Word(nil), words...))
	if neg {
		b.Neg(b)
	}
	return b
}

// bigOpFast performs + - * // % << >> & | ^ on int-like operands of any
// size through views of their digits, writing most results straight into
// their block; ok is false for other operators, a zero divisor, a negative
// or huge shift count (num's path raises the errors) and bool & bool.
func (vm *VM) bigOpFast(op bytecode.Op, a, b gc.Value) (gc.Value, bool) {
	var tx, ty big.Int
	x, ok := vm.bigView(a, &tx, &vm.bigScratch.bx)
	if !ok {
		return vEmpty, false
	}
	y, ok := vm.bigView(b, &ty, &vm.bigScratch.by)
	if !ok {
		return vEmpty, false
	}
	nx, ny := len(x.Bits()), len(y.Bits())
	if max(nx, ny) >= bigRawMaxWords {
		return vEmpty, false // huge: num's path, and the side table
	}
	var z big.Int
	switch op {
	case bytecode.ADD, bytecode.SUB:
		r, dst := vm.bigRawAlloc(max(nx, ny) + 1)
		z.SetBits(dst)
		if op == bytecode.ADD {
			z.Add(x, y)
		} else {
			z.Sub(x, y)
		}
		return vm.bigFinish(r, dst, &z), true
	case bytecode.MUL:
		if nx == 0 || ny == 0 {
			return gc.Int(0), true
		}
		if nx+ny > bigRawMaxWords {
			return vEmpty, false
		}
		r, dst := vm.bigRawAlloc(nx + ny)
		z.SetBits(dst)
		z.Mul(x, y)
		return vm.bigFinish(r, dst, &z), true
	case bytecode.LSHIFT, bytecode.RSHIFT:
		// A small non-negative count; others (errors, huge results) take
		// num's path. Go's Rsh of a negative int rounds down, as Python.
		if b.Tag() != gc.TagInt || int64(b.Bits()) < 0 || int64(b.Bits()) > bigRawMaxWords*64 {
			return vEmpty, false
		}
		n := uint(b.Bits())
		size := nx + int(n)/bits.UintSize + 1
		if op == bytecode.RSHIFT {
			if int(n) >= x.BitLen() {
				return gc.Int(int64(x.Sign()) >> 1), true // 0, or -1 for a negative x
			}
			size = nx
		}
		if nx == 0 || size > bigRawMaxWords {
			return vEmpty, false
		}
		r, dst := vm.bigRawAlloc(size)
		z.SetBits(dst)
		if op == bytecode.LSHIFT {
			z.Lsh(x, n)
		} else {
			z.Rsh(x, n)
		}
		return vm.bigFinish(r, dst, &z), true
	case bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
		if a.Tag() == gc.TagBool && b.Tag() == gc.TagBool {
			return vEmpty, false // bool & bool is a bool
		}
		// Go's bitwise operators work in two's complement, as Python's.
		r, dst := vm.bigRawAlloc(max(nx, ny) + 1)
		z.SetBits(dst)
		switch op {
		case bytecode.BITAND:
			z.And(x, y)
		case bytecode.BITOR:
			z.Or(x, y)
		default:
			z.Xor(x, y)
		}
		return vm.bigFinish(r, dst, &z), true
	case bytecode.FLOORDIV, bytecode.MOD:
		if ny == 0 {
			return vEmpty, false
		}
		if v, ok := vm.bigDivSmallQuotient(op, a, x, y); ok {
			return v, true
		}
		if op == bytecode.FLOORDIV && ny == 1 && nx > bigViewWords {
			// A one-word divisor: the quotient goes straight into its
			// block (long division by a word writes nx words at most).
			r, dst := vm.bigRawAlloc(nx)
			z.SetBits(dst)
			m := &vm.bigScratch.r
			z.QuoRem(x, y, m)
			if m.Sign() != 0 && m.Sign() != y.Sign() {
				z.Sub(&z, bigOne)
			}
			return vm.bigFinish(r, dst, &z), true
		}
		s := &vm.bigScratch
		q, m := &s.q, &s.r
		q.QuoRem(x, y, m) // truncated; Python floors
		if m.Sign() != 0 && m.Sign() != y.Sign() {
			if op == bytecode.FLOORDIV {
				q.Sub(q, bigOne)
			} else {
				m.Add(m, y)
			}
		}
		if op == bytecode.FLOORDIV {
			return vm.bigFinish(0, nil, q), true
		}
		return vm.bigFinish(0, nil, m), true
	}
	return vEmpty, false
}

// bigDivSmallQuotient does x // y or x % y (a is x's value) when |y| has
// at least two words and |x| / |y| is below 2**63, as in the pi spigot's
// `(...) // t`: it estimates the quotient from the top bits of both
// operands, then one multiply and one subtract pass give the remainder,
// and at most a few subtractions of |y| correct the estimate. Long
// division would first copy and shift both operands (then shift the
// remainder back). ok is false when it does not apply.
func (vm *VM) bigDivSmallQuotient(op bytecode.Op, a gc.Value, x, y *big.Int) (gc.Value, bool) {
	xw, yw := x.Bits(), y.Bits()
	if bits.UintSize != 64 || len(yw) < 2 {
		return vEmpty, false
	}
	lx, ly := x.BitLen(), y.BitLen()
	xneg, yneg := x.Sign() < 0, y.Sign() < 0
	var ax, ay big.Int // magnitudes
	ax.SetBits(xw)
	ay.SetBits(yw)
	rem := &vm.bigScratch.r
	if lx < ly {
		// |x| < |y|: the quotient is 0 or -1.
		switch {
		case op == bytecode.FLOORDIV && (xneg == yneg || lx == 0):
			return gc.Int(0), true
		case op == bytecode.FLOORDIV:
			return gc.Int(-1), true
		case xneg == yneg || lx == 0:
			if a.Tag() == gc.TagBool {
				return gc.Int(int64(a.Bits())), true
			}
			return a, true
		}
		rem.Sub(&ay, &ax) // x + y, with y's sign
		if yneg {
			rem.Neg(rem)
		}
		return vm.bigFinish(0, nil, rem), true
	}
	if lx-ly > 62 {
		return vEmpty, false
	}
	// With k = ly-64, vt = |y| >> k has its top bit set and ut = |x| >> k
	// has at most 126 bits; ut / (vt+1) <= |x| / |y| < (ut+1) / vt, and
	// the two bounds differ by less than 3.
	k := ly - 64
	vt := wordsWindow(yw, k, 0)
	uhi, ulo := wordsWindow(xw, k, 1), wordsWindow(xw, k, 0)
	q := uhi // vt+1 == 2**64
	if vt != ^uint64(0) {
		q, _ = bits.Div64(uhi, ulo, vt+1)
	}
	mul := &vm.bigScratch.q
	mul.SetUint64(q)
	rem.Mul(&ay, mul)
	rem.Sub(&ax, rem) // >= 0: q is not above the quotient
	for i := 0; rem.Cmp(&ay) >= 0; i++ {
		if i == 4 {
			return vEmpty, false // cannot happen; long division decides
		}
		rem.Sub(rem, &ay)
		q++
	}
	// q and rem are |x| divmod |y|; Python's floor division rounds the
	// quotient of operands of different signs down and gives the
	// remainder y's sign.
	adjust := xneg != yneg && rem.Sign() != 0
	if op == bytecode.FLOORDIV {
		switch {
		case adjust:
			return gc.Int(int64(-(q + 1))), true // q < 2**63, so this fits
		case xneg != yneg:
			return gc.Int(-int64(q)), true
		}
		return gc.Int(int64(q)), true
	}
	if adjust {
		rem.Sub(&ay, rem)
	}
	if yneg {
		rem.Neg(rem)
	}
	return vm.bigFinish(0, nil, rem), true
}

// wordsWindow returns bits [k+64i, k+64i+64) of the magnitude w (64-bit
// words; bits beyond its top are zero).
func wordsWindow(w []big.Word, k, i int) uint64 {
	j, sh := k/64+i, uint(k%64)
	word := func(n int) uint64 {
		if n < len(w) {
			return uint64(w[n])
		}
		return 0
	}
	lo := word(j) >> sh
	if sh != 0 {
		lo |= word(j+1) << (64 - sh)
	}
	return lo
}

// bigOne is the constant 1 (read only).
var bigOne = big.NewInt(1)

// bigCmp compares two int-like values through views of their digits.
func (vm *VM) bigCmp(a, b gc.Value) int {
	var tx, ty big.Int
	x, _ := vm.bigView(a, &tx, &vm.bigScratch.bx)
	y, _ := vm.bigView(b, &ty, &vm.bigScratch.by)
	return x.Cmp(y)
}

// intView returns the int-like value v as a num.Int for one computation:
// a big int in a raw block shares the block's digits, so the Int must be
// dropped before the next collection and never stored (num never mutates
// an Int's digits, and storing its result copies them: bigFinish).
func (vm *VM) intView(v gc.Value) num.Int {
	if t := v.Tag(); t == gc.TagInt || t == gc.TagBool {
		return num.NewInt(int64(v.Bits()))
	}
	r := v.Ref()
	if vm.kindOf(r) == kindBigInt && vm.heap.Side(r) == nil {
		words, neg := vm.bigRawWords(r)
		b := new(big.Int).SetBits(words)
		if neg {
			b.Neg(b)
		}
		return num.NewIntBig(b)
	}
	return vm.toInt(v)
}
