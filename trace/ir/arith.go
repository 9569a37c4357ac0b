// arith.go holds the arithmetic of the IR's operators with Python's
// semantics (floor division and modulo with the divisor's sign, float //
// and % as CPython's float_divmod, overflow detection for the int64 fast
// path). Constant folding and the reference interpreter both call these,
// so a folded constant and an executed instruction always agree.

package ir

import "math"

// AddOv returns a+b and whether it did not overflow.
func AddOv(a, b int64) (int64, bool) {
	s := a + b
	return s, (a >= 0) != (b >= 0) || (s >= 0) == (a >= 0)
}

// SubOv returns a-b and whether it did not overflow.
func SubOv(a, b int64) (int64, bool) {
	d := a - b
	return d, (a >= 0) == (b >= 0) || (d >= 0) == (a >= 0)
}

// MulOv returns a*b and whether it did not overflow.
func MulOv(a, b int64) (int64, bool) {
	p := a * b
	if a == 0 || b == 0 {
		return 0, true
	}
	if (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return p, false
	}
	return p, p/b == a
}

// NegOv returns -a and whether it did not overflow.
func NegOv(a int64) (int64, bool) { return -a, a != math.MinInt64 }

// AbsOv returns |a| and whether it did not overflow.
func AbsOv(a int64) (int64, bool) {
	if a < 0 {
		return -a, a != math.MinInt64
	}
	return a, true
}

// FloorDiv returns Python's a // b and whether it is defined in int64
// (b != 0 and not MinInt64 // -1). When it is not, the result is 0 for b
// == 0 and MinInt64 for the overflow (the unguarded op's values).
func FloorDiv(a, b int64) (int64, bool) {
	if b == 0 {
		return 0, false
	}
	if b == -1 && a == math.MinInt64 {
		return math.MinInt64, false
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, true
}

// FloorMod returns Python's a % b (the sign of b) and whether b != 0; for
// b == 0 the result is 0.
func FloorMod(a, b int64) (int64, bool) {
	if b == 0 {
		return 0, false
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m, true
}

// Shl returns a << n and whether it is exact (0 <= n <= 63 and no bits
// lost). When it is not, the result is a << (n & 63), wrapping.
func Shl(a, n int64) (int64, bool) {
	r := a << uint(n&63)
	if n < 0 || n > 63 {
		return r, false
	}
	return r, r>>uint(n) == a
}

// Shr returns a >> n (arithmetic) and whether n >= 0. A count outside
// 0..63 shifts by 63.
func Shr(a, n int64) (int64, bool) {
	if n < 0 || n > 63 {
		return a >> 63, n >= 0
	}
	return a >> uint(n), true
}

// FloatDivmod returns Python's a // b and a % b for floats (CPython's
// float_divmod), and whether b != 0. For b == 0 both results are NaN.
func FloatDivmod(a, b float64) (div, mod float64, ok bool) {
	if b == 0 {
		return math.NaN(), math.NaN(), false
	}
	mod = math.Mod(a, b)
	d := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			d -= 1.0
		}
	} else {
		mod = math.Copysign(0, b)
	}
	if d != 0 {
		div = math.Floor(d)
		if d-div > 0.5 {
			div += 1.0
		}
	} else {
		div = math.Copysign(0, a/b)
	}
	return div, mod, true
}

// FloatMod returns Python's a % b (which CPython computes without the
// quotient, so it differs from FloatDivmod's mod only in NaN cases, which
// it shares).
func FloatMod(a, b float64) (float64, bool) {
	if b == 0 {
		return math.NaN(), false
	}
	mod := math.Mod(a, b)
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
		}
	} else {
		mod = math.Copysign(0, b)
	}
	return mod, true
}

// FloatToInt truncates f toward zero and reports whether the result is an
// int64 (f finite and in range). Otherwise it saturates, NaN giving 0 (as
// wasm's trunc_sat).
func FloatToInt(f float64) (int64, bool) {
	switch {
	case f != f:
		return 0, false
	case f >= 9223372036854775808.0:
		return math.MaxInt64, false
	case f < -9223372036854775808.0:
		return math.MinInt64, false
	}
	return int64(f), true
}

// FloatMin is Python's min(a, b) on floats: b if b < a, else a.
func FloatMin(a, b float64) float64 {
	if b < a {
		return b
	}
	return a
}

// FloatMax is Python's max(a, b) on floats: b if b > a, else a.
func FloatMax(a, b float64) float64 {
	if b > a {
		return b
	}
	return a
}
