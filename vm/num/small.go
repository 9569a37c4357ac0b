// This file holds the int64 kernels of the int fast paths as standalone,
// inlinable functions, for callers (the interpreter's opcode handlers, the
// JIT's helpers) that keep small ints unboxed: each returns ok == false
// when the int64 answer is not Python's (overflow, or a zero divisor), and
// the caller then falls back to the Int method, which also produces the
// error.

package num

import "math/bits"

// AddInt64 returns a+b and whether it did not overflow.
func AddInt64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s^a)&(s^b) >= 0
}

// SubInt64 returns a-b and whether it did not overflow.
func SubInt64(a, b int64) (int64, bool) {
	d := a - b
	return d, (a^b)&(d^a) >= 0
}

// MulInt64 returns a*b and whether it did not overflow.
func MulInt64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	hi -= uint64(a>>63) & uint64(b)
	hi -= uint64(b>>63) & uint64(a)
	return int64(lo), int64(hi) == int64(lo)>>63
}

// FloorDivInt64 returns a//b (rounded towards minus infinity) and
// whether b was usable (not 0, and not -1 with a == MinInt64).
func FloorDivInt64(a, b int64) (int64, bool) {
	if b == 0 || (b == -1 && a == -1<<63) {
		return 0, false
	}
	q := a / b
	if r := a % b; r != 0 && (r^b) < 0 {
		q--
	}
	return q, true
}

// ModInt64 returns a%b (with the sign of b) and whether b was not 0.
func ModInt64(a, b int64) (int64, bool) {
	if b == 0 {
		return 0, false
	}
	if b == -1 {
		return 0, true
	}
	r := a % b
	if r != 0 && (r^b) < 0 {
		r += b
	}
	return r, true
}
