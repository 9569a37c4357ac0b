// This file holds float to text: repr(float) and str(float) (the
// shortest string that round-trips, switching to exponent notation below
// 1e-4 and from 1e16), and FormatFloat, CPython's PyOS_double_to_string,
// which the interpreter's format() and % formatting build on.
//
// The digits come from strconv, which produces the same correctly rounded
// (ties to even) and shortest digit strings as CPython's dtoa; the layout
// around them (padding, decimal point, exponent) follows CPython.

package num

import (
	"math"
	"strconv"
	"strings"
)

// Flags for FormatFloat, CPython's Py_DTSF_* flags.
const (
	FmtSign    = 1 << iota // always write a sign ('+' format flag)
	FmtAddDot0             // write ".0" after an integer written without exponent
	FmtAlt                 // alternate form ('#'): keep the point and trailing zeros
	FmtNoNeg0              // 'z': no minus sign when the result shows zero
)

// FloatRepr returns repr(x), which is also str(x).
func FloatRepr(x float64) string { return FormatFloat(x, 'r', 0, FmtAddDot0) }

// FormatFloat formats x as CPython's PyOS_double_to_string does. code is
// 'e', 'f', 'g' (or 'E', 'F', 'G' for upper case) with prec digits (after
// the point for 'e' and 'f', significant for 'g'), or 'r' for the shortest
// round-tripping digits (prec unused). flags is a combination of Fmt*.
func FormatFloat(x float64, code byte, prec int, flags int) string {
	upper := code == 'E' || code == 'F' || code == 'G'
	if upper {
		code += 'a' - 'A'
	}
	var b strings.Builder
	neg := math.Signbit(x) && !math.IsNaN(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		writeSign(&b, neg, flags)
		s := "inf"
		if math.IsNaN(x) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		b.WriteString(s)
		return b.String()
	}
	ax := math.Abs(x)
	var digits string
	var decpt int
	switch code {
	case 'e':
		prec++
		digits, decpt = dtoaDigits(ax, prec)
	case 'f':
		digits, decpt = dtoaFixed(ax, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = dtoaDigits(ax, prec)
	default: // 'r'
		digits, decpt = dtoaShortest(ax)
	}
	if neg && flags&FmtNoNeg0 != 0 && strings.Trim(digits, "0") == "" {
		neg = false
	}
	addDot0 := flags&FmtAddDot0 != 0
	alt := flags&FmtAlt != 0
	useExp := false
	vEnd := len(digits)
	switch code {
	case 'e':
		useExp = true
		vEnd = prec
	case 'f':
		vEnd = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vEnd = prec
		}
	default:
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	writeSign(&b, neg, flags)
	// The output is the slice [vStart, vEnd) of digits padded with zeros
	// on both sides, with the point after position decpt.
	for i := vStart; i < vEnd; i++ {
		if i == decpt {
			b.WriteByte('.')
		}
		if i >= 0 && i < len(digits) {
			b.WriteByte(digits[i])
		} else {
			b.WriteByte('0')
		}
	}
	if decpt == vEnd && alt {
		b.WriteByte('.')
	}
	if useExp {
		if upper {
			b.WriteByte('E')
		} else {
			b.WriteByte('e')
		}
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
	}
	return b.String()
}

func writeSign(b *strings.Builder, neg bool, flags int) {
	if neg {
		b.WriteByte('-')
	} else if flags&FmtSign != 0 {
		b.WriteByte('+')
	}
}

// The dtoa* functions return the decimal digits of a finite x >= 0 with
// no leading or trailing zeros, and decpt, the position of the decimal
// point relative to the start of the digits (value = 0.digits * 10**decpt).
// Zero is "0" with decpt 1, as dtoa gives.

// dtoaShortest gives the shortest digits that round-trip (dtoa mode 0).
func dtoaShortest(x float64) (string, int) {
	if x == 0 {
		return "0", 1
	}
	return splitExp(strconv.FormatFloat(x, 'e', -1, 64))
}

// dtoaDigits gives x rounded to n significant digits (dtoa mode 2).
func dtoaDigits(x float64, n int) (string, int) {
	if x == 0 {
		return "0", 1
	}
	d, decpt := splitExp(strconv.FormatFloat(x, 'e', n-1, 64))
	return strings.TrimRight(d, "0"), decpt
}

// dtoaFixed gives x rounded to n digits after the point (dtoa mode 3,
// n >= 0). A result that rounds to zero has no digits and decpt -n.
func dtoaFixed(x float64, n int) (string, int) {
	if x == 0 {
		return "0", 1
	}
	s := strconv.FormatFloat(x, 'f', n, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	d := intPart + frac
	decpt := len(intPart)
	t := strings.TrimLeft(d, "0")
	decpt -= len(d) - len(t)
	t = strings.TrimRight(t, "0")
	if t == "" {
		return "", -n
	}
	return t, decpt
}

// splitExp splits strconv's "d.ddde±XX" into digits and decpt.
func splitExp(s string) (string, int) {
	mant, e, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(e)
	return strings.Replace(mant, ".", "", 1), exp + 1
}
