// This file holds the generator itself: the 32-bit Mersenne Twister
// MT19937 (Matsumoto and Nishimura), seeded with their init_by_array
// procedure exactly as CPython's _random module seeds it, and the three
// primitives _random.Random exposes on top of the raw 32-bit outputs:
// random() (a 53-bit float from two outputs), getrandbits(k) (k bits
// assembled from 32-bit outputs, least significant word first, the last
// word truncated from the top) and the state as 624 words plus a position.
//
// Everything random.py adds lives in the other files and reaches the
// generator only through Random, GetRandBits and randBelow, in the same
// order and the same number of times as CPython's code, so that equal
// seeds give equal streams.

package random

import (
	"math/big"
)

// The MT19937 parameters.
const (
	stateWords = 624        // N: words of state
	shiftWords = 397        // M: the middle word offset
	matrixA    = 0x9908b0df // the twist matrix's last row
	upperMask  = 0x80000000 // the most significant bit of a word
	lowerMask  = 0x7fffffff // the 31 least significant bits
)

// Random is one generator: the state of a CPython random.Random instance,
// that is the Mersenne Twister state plus the gauss() spare value.
// The zero value is not seeded; use New or one of the Seed methods.
// A Random is not safe for concurrent use.
type Random struct {
	st *Cells // the twister's words and position (cells.go); nil until seeded

	gaussNext    float64 // gauss()'s cached second value, valid when hasGaussNext
	hasGaussNext bool
}

// New returns a generator seeded from the operating system's entropy, as
// random.Random() is.
func New() *Random {
	r := &Random{}
	r.SeedEntropy()
	return r
}

// NewFromInt64 returns a generator seeded with the int seed, as
// random.Random(seed) is.
func NewFromInt64(seed int64) *Random {
	r := &Random{}
	r.SeedInt64(seed)
	return r
}

// initGenrand fills the state from one 32-bit value with Knuth's
// multiplicative recurrence; it is init_by_array's starting point.
func (r *Random) initGenrand(s uint32) {
	mt := &r.cells().MT
	mt[0].W = s
	for i := 1; i < stateWords; i++ {
		prev := mt[i-1].W
		mt[i].W = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	r.st.Pos = stateWords
}

// initByArray seeds the state from a key of 32-bit words (at least one).
func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	mt := &r.st.MT
	i, j := 1, 0
	steps := stateWords
	if len(key) > steps {
		steps = len(key)
	}
	for ; steps > 0; steps-- {
		prev := mt[i-1].W
		mt[i].W = (mt[i].W ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= stateWords {
			mt[0].W = mt[stateWords-1].W
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for steps = stateWords - 1; steps > 0; steps-- {
		prev := mt[i-1].W
		mt[i].W = (mt[i].W ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= stateWords {
			mt[0].W = mt[stateWords-1].W
			i = 1
		}
	}
	// The most significant bit is set so that the state is never all zero.
	mt[0].W = upperMask
	r.st.Pos = stateWords
}

// Twist computes the next 624 words of the state c in place and sets its
// position to 0: what a draw does when the position has reached the end.
func Twist(c *Cells) {
	mix := func(a, b, far uint32) uint32 {
		y := (a & upperMask) | (b & lowerMask)
		v := far ^ (y >> 1)
		if y&1 != 0 {
			v ^= matrixA
		}
		return v
	}
	mt := &c.MT
	k := 0
	for ; k < stateWords-shiftWords; k++ {
		mt[k].W = mix(mt[k].W, mt[k+1].W, mt[k+shiftWords].W)
	}
	for ; k < stateWords-1; k++ {
		mt[k].W = mix(mt[k].W, mt[k+1].W, mt[k+shiftWords-stateWords].W)
	}
	mt[stateWords-1].W = mix(mt[stateWords-1].W, mt[0].W, mt[shiftWords-1].W)
	c.Pos = 0
}

// Uint32 returns the next raw 32-bit output of the twister (CPython's
// genrand_uint32), the unit every other method consumes.
func (r *Random) Uint32() uint32 {
	st := r.cells()
	if st.Pos >= stateWords {
		Twist(st)
	}
	y := st.MT[st.Pos].W
	st.Pos++
	return Temper(y)
}

// Temper is the twister's output transformation of one word of state.
func Temper(y uint32) uint32 {
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Random returns random.random(): a float in [0.0, 1.0) built from the
// top 27 bits of one output and the top 26 bits of the next, so that
// every multiple of 2**-53 in the interval is equally likely.
func (r *Random) Random() float64 {
	hi := r.Uint32() >> 5
	lo := r.Uint32() >> 6
	return (float64(hi)*67108864.0 + float64(lo)) * (1.0 / 9007199254740992.0)
}

// maxBits is the largest k getrandbits accepts: k is converted to a C int.
const maxBits = 1<<31 - 1

// GetRandBits returns random.getrandbits(k): a non-negative int of k
// random bits. k < 0 is a ValueError; k beyond a C int an OverflowError,
// as in CPython.
func (r *Random) GetRandBits(k int64) (*big.Int, error) {
	if err := checkBits(k); err != nil {
		return nil, err
	}
	if k <= 64 {
		return new(big.Int).SetUint64(r.bits64(int(k))), nil
	}
	words := make([]big.Word, 0, (k+63)/64)
	var w uint64
	filled := 0
	for left := k; left > 0; left -= 32 {
		u := r.Uint32()
		if left < 32 {
			u >>= 32 - left
		}
		w |= uint64(u) << filled
		filled += 32
		if filled == 64 {
			words = appendWord(words, w)
			w, filled = 0, 0
		}
	}
	if filled > 0 {
		words = appendWord(words, w)
	}
	return new(big.Int).SetBits(words), nil
}

// appendWord appends a 64-bit chunk to a little-endian big.Word slice,
// whatever the size of big.Word.
func appendWord(words []big.Word, w uint64) []big.Word {
	if ^big.Word(0) == big.Word(^uint32(0)) {
		return append(words, big.Word(uint32(w)), big.Word(uint32(w>>32)))
	}
	return append(words, big.Word(w))
}

func checkBits(k int64) error {
	if k > maxBits || k < -maxBits-1 {
		return overflowError("Python int too large to convert to C int")
	}
	if k < 0 {
		return valueError("number of bits must be non-negative")
	}
	return nil
}

// GetRandBits64 is GetRandBits for k <= 64, without allocation; it
// consumes the same outputs. k > 64 is an OverflowError here, since the
// result would not fit.
func (r *Random) GetRandBits64(k int) (uint64, error) {
	if k > 64 {
		return 0, overflowError("getrandbits result does not fit in 64 bits")
	}
	if err := checkBits(int64(k)); err != nil {
		return 0, err
	}
	return r.bits64(k), nil
}

func (r *Random) bits64(k int) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(r.Uint32() >> (32 - k))
	default:
		lo := uint64(r.Uint32())
		hi := uint64(r.Uint32() >> (64 - k))
		return hi<<32 | lo
	}
}

// RandBytes returns random.randbytes(n), which random.py defines as
// getrandbits(n * 8).to_bytes(n, 'little'): the outputs' bytes in
// little-endian order, a final partial word taken from its top bits.
func (r *Random) RandBytes(n int64) ([]byte, error) {
	if n < 0 {
		return nil, valueError("number of bits must be non-negative")
	}
	if n > maxBits/8 {
		return nil, overflowError("Python int too large to convert to C int")
	}
	out := make([]byte, n)
	i := 0
	for ; i+4 <= len(out); i += 4 {
		u := r.Uint32()
		out[i], out[i+1], out[i+2], out[i+3] = byte(u), byte(u>>8), byte(u>>16), byte(u>>24)
	}
	if rest := len(out) - i; rest > 0 {
		u := r.Uint32() >> (32 - 8*rest)
		for j := 0; j < rest; j++ {
			out[i+j] = byte(u >> (8 * j))
		}
	}
	return out, nil
}
