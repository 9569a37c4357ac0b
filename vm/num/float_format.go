// This file holds float to text: repr(float), which is also str(float),
// and FormatFloat, CPython's PyOS_double_to_string, on which format(), %
// formatting (package vm/strfmt) and the AST's constant reprs (package
// vm/syntax) build. It is hotloop's only float formatter.
//
// It works in two steps, like CPython's format_float_short:
//
//  1. Decimal digits. CPython asks David Gay's dtoa for the shortest
//     round-tripping digits (repr), for N significant digits ('e', 'g') or
//     for N digits after the point ('f'), always correctly rounded, ties to
//     even. strconv.FormatFloat is correctly rounded too and finds the same
//     shortest digits, so its output is taken apart into a digit string and
//     the position of the decimal point (value = 0.DIGITS × 10^decpt),
//     trailing zeros removed as dtoa removes them.
//  2. Layout. The digits are seen as an infinite string padded with zeros
//     on both sides, and a window of it is printed with the point in place:
//     the window's ends depend on the code, the precision and the flags
//     ('#' keeps trailing zeros and the point; the "add .0" flag of repr
//     and of format's empty type keeps one digit after the point). 'g' and
//     'r' switch to an exponent when the point lies too far out: 'g' when
//     decpt <= -4 or decpt > precision (precision-1 with "add .0"), 'r'
//     when decpt <= -4 or decpt > 16. Exponents have a sign and at least
//     two digits.
//
// A NaN prints without its sign; the 'z' flag drops the sign of a result
// whose digits are all zero.

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

// Digits past these counts are zeros in every float64's exact decimal
// expansion (at most 767 significant digits, 1074 after the point), so
// longer requests are computed at this length and padded by the layout.
const (
	maxSigDigits  = 800
	maxFracDigits = 1100
)

// FloatRepr returns repr(x), which is also str(x): 1.0, 1e+16, 1e-05,
// 0.0001, -0.0, inf, nan.
func FloatRepr(x float64) string { return FormatFloat(x, 'r', 0, FmtAddDot0) }

// FormatFloat formats x as CPython's PyOS_double_to_string does. code is
// 'e', 'f', 'g' (or 'E', 'F', 'G' for upper case) with prec digits (after
// the point for 'e' and 'f', significant for 'g'), or 'r' for the shortest
// round-tripping digits (prec unused). flags is a combination of Fmt*. The
// result is ASCII.
func FormatFloat(x float64, code byte, prec int, flags int) string {
	upper := code >= 'A' && code <= 'Z'
	if upper {
		code += 'a' - 'A'
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		s := "inf"
		if math.IsNaN(x) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		if neg {
			return "-" + s
		}
		if flags&FmtSign != 0 {
			return "+" + s
		}
		return s
	}
	ax := math.Abs(x)
	var digits string
	var decpt, ndigits int
	switch code {
	case 'e':
		ndigits = prec + 1
		digits, decpt = sigDigits(ax, ndigits)
	case 'f':
		ndigits = prec
		digits, decpt = fracDigits(ax, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		ndigits = prec
		digits, decpt = sigDigits(ax, prec)
	default: // 'r'
		digits, decpt = shortestDigits(ax)
	}
	if neg && flags&FmtNoNeg0 != 0 && strings.Trim(digits, "0") == "" {
		neg = false
	}
	return layoutDigits(neg, digits, decpt, code, ndigits, flags, upper)
}

// splitE takes strconv's 'e' output "d.ddde±XX" (of a non-negative value)
// apart into its digits, trailing zeros removed (at least one digit kept),
// and the decimal point position.
func splitE(s string) (string, int) {
	e := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[e+1:])
	digits := s[:1]
	if e > 2 {
		digits += s[2:e]
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		return "0", 1
	}
	return digits, exp + 1
}

// shortestDigits returns the shortest digits that read back as ax (dtoa
// mode 0).
func shortestDigits(ax float64) (string, int) {
	return splitE(strconv.FormatFloat(ax, 'e', -1, 64))
}

// sigDigits returns ax rounded to n significant digits, n >= 1 (dtoa
// mode 2).
func sigDigits(ax float64, n int) (string, int) {
	return splitE(strconv.FormatFloat(ax, 'e', min(n, maxSigDigits)-1, 64))
}

// fracDigits returns ax rounded to n digits after the point (dtoa mode 3).
// A result of zero is "0" with the point after it.
func fracDigits(ax float64, n int) (string, int) {
	s := strconv.FormatFloat(ax, 'f', min(n, maxFracDigits), 64)
	intPart, frac, _ := strings.Cut(s, ".")
	digits := intPart + frac
	decpt := len(intPart)
	trimmed := strings.TrimLeft(digits, "0")
	decpt -= len(digits) - len(trimmed)
	trimmed = strings.TrimRight(trimmed, "0")
	if trimmed == "" {
		return "0", 1
	}
	return trimmed, decpt
}

// layoutDigits prints the digits (value 0.DIGITS × 10^decpt) for code,
// with a sign when neg or FmtSign. ndigits is the digit count asked of the
// digit generator: significant digits for 'e' and 'g', digits after the
// point for 'f'.
func layoutDigits(neg bool, digits string, decpt int, code byte, ndigits int, flags int, upper bool) string {
	alt := flags&FmtAlt != 0
	addDot0 := flags&FmtAddDot0 != 0
	useExp := false
	end := len(digits) // the window is [start, end) of the virtual digits
	switch code {
	case 'e':
		useExp = true
		end = ndigits
	case 'f':
		end = decpt + ndigits
	case 'g':
		limit := ndigits
		if addDot0 {
			limit--
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			end = ndigits
		}
	default: // 'r'
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	start := 0
	if decpt <= 0 {
		start = decpt - 1
	}
	if !useExp && addDot0 {
		end = max(end, decpt+1)
	} else {
		end = max(end, decpt)
	}
	virtual := func(b []byte, from, to int) []byte {
		for i := from; i < to; i++ {
			if i >= 0 && i < len(digits) {
				b = append(b, digits[i])
			} else {
				b = append(b, '0')
			}
		}
		return b
	}
	b := make([]byte, 0, end-start+8)
	if neg {
		b = append(b, '-')
	} else if flags&FmtSign != 0 {
		b = append(b, '+')
	}
	b = virtual(b, start, decpt)
	if decpt < end || alt {
		b = append(b, '.')
	}
	b = virtual(b, decpt, end)
	if useExp {
		if upper {
			b = append(b, 'E')
		} else {
			b = append(b, 'e')
		}
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return string(b)
}
