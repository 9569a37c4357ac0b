// This file holds float.hex() and float.fromhex(): the exact hexadecimal
// form of a float, "0x1.<13 hex digits>p<exponent>" (subnormals as
// "0x0.<digits>p-1022"), and its parsing, correctly rounded with ties to
// even.

package num

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatHex returns float.hex(x).
func FloatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FloatRepr(x)
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(x)
	mant := b & (1<<52 - 1)
	exp := int(b>>52&0x7ff) - 1023
	lead := "1"
	if exp == -1023 { // subnormal
		lead = "0"
		exp = -1022
	}
	frac := strconv.FormatUint(mant, 16)
	frac = strings.Repeat("0", 13-len(frac)) + frac
	esign := "+"
	if exp < 0 {
		esign = "-"
		exp = -exp
	}
	return sign + "0x" + lead + "." + frac + "p" + esign + strconv.Itoa(exp)
}

// FloatFromHex returns float.fromhex(s): errors are the ValueError
// "invalid hexadecimal floating-point string" and the OverflowError
// "hexadecimal value too large to represent as a float".
func FloatFromHex(s string) (float64, error) {
	invalid := valueError("invalid hexadecimal floating-point string")
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	if f, n := parseInfNaN(s[i:]); n > 0 {
		if !onlySpaces(s[i+n:]) {
			return 0, invalid
		}
		return f, nil
	}
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		i += 2
	}
	start := i
	for i < len(s) && hexValue(s[i]) >= 0 {
		i++
	}
	intDigits := s[start:i]
	fracDigits := ""
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		for i < len(s) && hexValue(s[i]) >= 0 {
			i++
		}
		fracDigits = s[fs:i]
	}
	if len(intDigits)+len(fracDigits) == 0 {
		return 0, invalid
	}
	var exp int64
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		es := i
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		if i >= len(s) || !isDigit(s[i]) {
			return 0, invalid
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		exp = parseSaturated(s[es:i])
	}
	f, ok := hexValueOf(intDigits+fracDigits, exp, len(fracDigits))
	if !ok {
		return 0, overflow("hexadecimal value too large to represent as a float")
	}
	if !onlySpaces(s[i:]) {
		return 0, invalid
	}
	if neg {
		f = -f
	}
	return f, nil
}

// hexValueOf returns digits (hex) * 2**(exp - 4*fdigits) correctly
// rounded, or false on overflow.
func hexValueOf(digits string, exp int64, fdigits int) (float64, bool) {
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		return 0, true
	}
	// Beyond these the value certainly underflows or overflows (the
	// digits are far fewer than 2**40).
	if exp < -(1 << 50) {
		return 0, true
	}
	if exp > 1<<50 {
		return 0, false
	}
	m, _ := new(big.Int).SetString(digits, 16)
	e := int(exp) - 4*fdigits
	if shift := m.BitLen() - 64; shift > 0 {
		sticky := m.TrailingZeroBits() < uint(shift)
		m.Rsh(m, uint(shift))
		e += shift
		f := scaledFloat(m.Uint64(), sticky, e)
		return f, !math.IsInf(f, 0)
	}
	if e > 2000 {
		return 0, false
	}
	if e < -2000 {
		return 0, true
	}
	f := scaledFloat(m.Uint64(), false, e)
	return f, !math.IsInf(f, 0)
}

// parseSaturated parses a decimal integer with optional sign, clamping
// to ±2**62 instead of overflowing.
func parseSaturated(s string) int64 {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var v int64
	for i := 0; i < len(s); i++ {
		if v < 1<<58 {
			v = v*10 + int64(s[i]-'0')
		} else {
			v = 1 << 62
		}
	}
	if neg {
		return -v
	}
	return v
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func onlySpaces(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isCSpace(s[i]) {
			return false
		}
	}
	return true
}
