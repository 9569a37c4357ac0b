package syntax

// This file turns the text of a NUMBER token into its value, as CPython
// 3.11's parser does (Parser/pegen.c parsenumber): underscores are dropped,
// a trailing j makes an imaginary number, a '.' or an exponent makes a
// float, anything else is an int of any size. Floats are correctly rounded
// and overflow to inf, as PyOS_string_to_double does for literals. Since
// 3.11, a decimal int literal longer than 4300 digits is rejected (the
// default sys.int_max_str_digits), unless its value fits in a C long.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// intMaxStrDigits is CPython's default sys.get_int_max_str_digits().
const intMaxStrDigits = 4300

// parseNumber returns the value of a valid NUMBER token: IntConst,
// FloatConst or ComplexConst. The string result is CPython's SyntaxError
// message when the literal is rejected, else "".
func parseNumber(text string) (ConstValue, string) {
	s := strings.ReplaceAll(text, "_", "")
	if s == "" {
		return IntConst{V: new(big.Int)}, ""
	}
	if c := s[len(s)-1]; c == 'j' || c == 'J' {
		return ComplexConst{Real: 0, Imag: parseFloatLiteral(s[:len(s)-1])}, ""
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			v, ok := new(big.Int).SetString(s[2:], base)
			if !ok {
				v = new(big.Int)
			}
			return IntConst{V: v}, ""
		}
	}
	if strings.ContainsAny(s, ".eE") {
		return FloatConst(parseFloatLiteral(s)), ""
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		v = new(big.Int)
	}
	if len(s) > intMaxStrDigits && !v.IsInt64() {
		return nil, fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: "+
			"value has %d digits; use sys.set_int_max_str_digits() to increase the limit "+
			"- Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
			intMaxStrDigits, len(s))
	}
	return IntConst{V: v}, ""
}

// parseFloatLiteral converts the text of a float literal (digits, an
// optional '.', an optional exponent; no underscores), rounding correctly
// as CPython does; values too large become +inf.
//
// strconv.ParseFloat is correctly rounded only for up to 800 significant
// digits (it mishandles longer ones), so the literal is first reduced to at
// most maxFloatDigits significant digits and a decimal exponent. Keeping
// the leading digits and replacing the dropped ones by a single non-zero
// digit cannot change the rounding: every halfway point between two
// doubles has at most 767 significant digits.
func parseFloatLiteral(s string) float64 {
	const maxFloatDigits = 780
	mant, exp := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant = s[:i]
		e := s[i+1:]
		neg := false
		if e != "" && (e[0] == '+' || e[0] == '-') {
			neg = e[0] == '-'
			e = e[1:]
		}
		for j := 0; j < len(e); j++ {
			if exp < 1e9 {
				exp = exp*10 + int(e[j]-'0')
			}
		}
		if neg {
			exp = -exp
		}
	}
	intPart, fracPart, _ := strings.Cut(mant, ".")
	digits := strings.TrimLeft(intPart+fracPart, "0")
	exp -= len(fracPart)
	trimmed := strings.TrimRight(digits, "0")
	exp += len(digits) - len(trimmed)
	digits = trimmed
	if digits == "" {
		return 0
	}
	if len(digits) > maxFloatDigits {
		exp += len(digits) - maxFloatDigits - 1
		digits = digits[:maxFloatDigits] + "1"
	}
	// The value is 0.DIGITS * 10**mag.
	switch mag := len(digits) + exp; {
	case mag > 310:
		return math.Inf(1)
	case mag < -330:
		return 0
	}
	f, err := strconv.ParseFloat(digits+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return math.NaN() // malformed: the tokenizer never produces it
		}
	}
	return f
}
