// This file holds float(str): CPython's rules for the text (Unicode
// digits and spaces mapped to ASCII, surrounding whitespace, single
// underscores between digits, "inf", "infinity" and "nan" in any case
// with an optional sign) in front of strconv's correctly rounded decimal
// conversion.

package num

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// ParseFloat returns float(s) for a Python str s, or the ValueError
// "could not convert string to float: 'repr'".
func ParseFloat(s string) (float64, error) {
	f, ok := parseFloatASCII(decimalAndSpaceToASCII(s))
	if !ok {
		return 0, valueError("could not convert string to float: " + StrRepr(s))
	}
	return f, nil
}

// ParseFloatBytes returns float(b) for a Python bytes value b.
func ParseFloatBytes(b []byte) (float64, error) {
	f, ok := parseFloatASCII(string(b))
	if !ok {
		return 0, valueError("could not convert string to float: " + BytesRepr(b))
	}
	return f, nil
}

func parseFloatASCII(s string) (float64, bool) {
	if strings.IndexByte(s, '_') >= 0 {
		var ok bool
		if s, ok = removeUnderscores(s); !ok {
			return 0, false
		}
	}
	i, j := 0, len(s)
	for i < j && isCSpace(s[i]) {
		i++
	}
	for j > i && isCSpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	n := scanDecimal(s)
	if n == 0 {
		f, m := parseInfNaN(s)
		if m == 0 || m != len(s) {
			return 0, false
		}
		return f, true
	}
	if n != len(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(f, 0) && f != 0 {
		return 0, false
	}
	return f, true
}

// removeUnderscores drops underscores that sit between two digits and
// reports false if any other underscore is present.
func removeUnderscores(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !isDigit(prev) {
				return "", false
			}
		} else {
			if prev == '_' && !isDigit(c) {
				return "", false
			}
			b = append(b, c)
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return string(b), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanDecimal returns the length of the longest prefix of s that is a
// decimal float literal, [+-] digits [. digits] [e [+-] digits] with at
// least one digit in the mantissa, or 0.
func scanDecimal(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && isDigit(s[i]) {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			i = j
		}
	}
	return i
}

// Strtod parses the longest prefix of s that is a decimal float or an
// infinity/NaN spelling (C's strtod without hex forms, as complex()'s
// parser wants it): it returns the value and the length used, 0 when
// there is none. Out-of-range values give ±Inf or 0, as strtod does.
func Strtod(s string) (float64, int) {
	n := scanDecimal(s)
	if n == 0 {
		return parseInfNaN(s)
	}
	f, err := strconv.ParseFloat(s[:n], 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, 0
	}
	return f, n
}

// parseInfNaN parses [+-] followed by "inf", "infinity" or "nan" in any
// case at the start of s, returning the value and the length used (0 if
// none).
func parseInfNaN(s string) (float64, int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	rest := strings.ToLower(s[i:])
	switch {
	case strings.HasPrefix(rest, "infinity"):
		i += 8
	case strings.HasPrefix(rest, "inf"):
		i += 3
	case strings.HasPrefix(rest, "nan"):
		f := math.NaN()
		if neg {
			f = math.Copysign(f, -1)
		}
		return f, i + 3
	default:
		return 0, 0
	}
	if neg {
		return math.Inf(-1), i
	}
	return math.Inf(1), i
}
