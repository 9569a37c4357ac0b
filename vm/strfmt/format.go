package strfmt

// This file holds the formatters of the format-spec mini-language, one per
// built-in type, as CPython 3.11's int.__format__, float.__format__,
// complex.__format__ and str.__format__. Each checks what its type forbids
// in CPython's order, picks its defaults (int: type 'd'; float and complex:
// no type, meaning repr-like output; str: type 's', left alignment), and
// hands the pieces to the layout of layout.go. An int asked for a float
// type (e f g %) is converted to float first, with CPython's rounding and
// overflow error. Floats become text through num.FormatFloat (CPython's
// PyOS_double_to_string, shared with repr()); this file only adds the sign,
// padding and grouping around it.

import (
	"math"
	"math/big"
	"strconv"

	"github.com/hotloop/hotloop/vm/num"
)

// maxInt32 is C's INT_MAX, the largest precision CPython accepts for
// floats.
const maxInt32 = 1<<31 - 1

// FormatInt returns format(v, spec) for a Python int.
func FormatInt(v *big.Int, spec string) (string, error) {
	if spec == "" {
		return v.String(), nil
	}
	sp, err := ParseSpec(spec, "int")
	if err != nil {
		return "", err
	}
	return sp.FormatInt(v, "int")
}

// FormatInt64 returns format(v, spec) for a Python int that fits int64.
func FormatInt64(v int64, spec string) (string, error) {
	return FormatInt64As(v, spec, "int")
}

// FormatInt64As is FormatInt64 for a value of the int-like type typeName
// (bool), which the errors name.
func FormatInt64As(v int64, spec, typeName string) (string, error) {
	if spec == "" {
		return strconv.FormatInt(v, 10), nil
	}
	sp, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	return sp.FormatInt64(v, typeName)
}

// FormatFloat returns format(f, spec) for a Python float.
func FormatFloat(f float64, spec string) (string, error) {
	if spec == "" {
		return ReprFloat(f), nil
	}
	sp, err := ParseSpec(spec, "float")
	if err != nil {
		return "", err
	}
	return sp.FormatFloat(f, "float")
}

// FormatComplex returns format(complex(re, im), spec).
func FormatComplex(re, im float64, spec string) (string, error) {
	if spec == "" {
		return ReprComplex(re, im), nil
	}
	sp, err := ParseSpec(spec, "complex")
	if err != nil {
		return "", err
	}
	return sp.FormatComplex(re, im, "complex")
}

// FormatString returns format(s, spec) for a Python str.
func FormatString(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	sp, err := ParseSpec(spec, "str")
	if err != nil {
		return "", err
	}
	return sp.FormatString(s, "str")
}

// ReprFloat returns repr(f) (and str(f)) for a Python float; it is
// num.FloatRepr.
func ReprFloat(f float64) string { return num.FloatRepr(f) }

// ReprComplex returns repr(complex(re, im)); it is num.ComplexRepr.
func ReprComplex(re, im float64) string { return num.ComplexRepr(complex(re, im)) }

// IntToFloat converts a Python int to float as float(v) does: correctly
// rounded, ties to even, and an OverflowError when out of range.
func IntToFloat(v *big.Int) (float64, error) {
	if v.IsInt64() {
		if i := v.Int64(); i >= -1<<53 && i <= 1<<53 {
			return float64(i), nil
		}
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, newError(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// intArg is an int to format: small when big is nil.
type intArg struct {
	small int64
	big   *big.Int
}

// negative reports whether the int is below zero.
func (a intArg) negative() bool {
	if a.big != nil {
		return a.big.Sign() < 0
	}
	return a.small < 0
}

// absText returns the digits of the int's magnitude in base.
func (a intArg) absText(base int) string {
	if a.big != nil {
		return new(big.Int).Abs(a.big).Text(base)
	}
	u := uint64(a.small)
	if a.small < 0 {
		u = -u
	}
	return strconv.FormatUint(u, base)
}

// toInt64 returns the int as an int64 when it fits.
func (a intArg) toInt64() (int64, bool) {
	if a.big != nil {
		return a.big.Int64(), a.big.IsInt64()
	}
	return a.small, true
}

// toFloat converts the int to float as float(v) does.
func (a intArg) toFloat() (float64, error) {
	if a.big != nil {
		return IntToFloat(a.big)
	}
	return float64(a.small), nil // Go rounds to nearest, ties to even
}

// FormatInt formats an int with a parsed spec; typeName is the value's
// Python type name, for error messages.
func (sp *Spec) FormatInt(v *big.Int, typeName string) (string, error) {
	return sp.formatIntArg(intArg{big: v}, typeName)
}

// FormatInt64 is FormatInt for an int that fits int64.
func (sp *Spec) FormatInt64(v int64, typeName string) (string, error) {
	return sp.formatIntArg(intArg{small: v}, typeName)
}

// formatIntArg is int.__format__ after the spec is parsed.
func (sp *Spec) formatIntArg(v intArg, typeName string) (string, error) {
	typ := sp.Type
	if typ == 0 {
		typ = 'd'
	}
	switch typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return sp.formatInt(v, typ)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := v.toFloat()
		if err != nil {
			return "", err
		}
		return sp.formatFloat(f)
	}
	return "", unknownType(typ, typeName)
}

// formatInt is CPython's format_long_internal.
func (sp *Spec) formatInt(v intArg, typ rune) (string, error) {
	if sp.Precision >= 0 {
		return "", newError(ValueError, "Precision not allowed in integer format specifier")
	}
	if sp.NoNegZero {
		return "", newError(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	f := numberField(sp)
	var prefix, digits, remainder string
	negative := false
	if typ == 'c' {
		if sp.Sign != 0 {
			return "", newError(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if sp.Alt {
			return "", newError(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		x, ok := v.toInt64()
		if !ok {
			return "", newError(OverflowError, "Python int too large to convert to C long")
		}
		if x < 0 || x > 0x10FFFF {
			return "", &Error{Kind: OverflowError, Msg: "%c arg not in range(0x110000)"}
		}
		remainder = string(appendRune(nil, rune(x)))
	} else {
		base := 10
		switch typ {
		case 'b':
			base, prefix = 2, "0b"
		case 'o':
			base, prefix = 8, "0o"
		case 'x':
			base, prefix = 16, "0x"
		case 'X':
			base, prefix = 16, "0X"
		}
		if !sp.Alt {
			prefix = ""
		}
		negative = v.negative()
		digits = v.absText(base)
		if typ == 'X' {
			digits = upperASCII(digits)
		}
	}
	b, err := appendNumber(nil, &f, negative, prefix, digits, false, remainder)
	return string(b), err
}

// upperASCII upper-cases the ASCII letters of s.
func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// FormatFloat formats a float with a parsed spec; typeName is the value's
// Python type name, for error messages.
func (sp *Spec) FormatFloat(x float64, typeName string) (string, error) {
	switch sp.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return sp.formatFloat(x)
	}
	return "", unknownType(sp.Type, typeName)
}

// floatFlags returns the num.Fmt* flags a spec asks for.
func (sp *Spec) floatFlags() int {
	flags := 0
	if sp.Alt {
		flags |= num.FmtAlt
	}
	if sp.NoNegZero {
		flags |= num.FmtNoNeg0
	}
	return flags
}

// formatFloat is CPython's format_float_internal.
func (sp *Spec) formatFloat(x float64) (string, error) {
	if sp.Precision > maxInt32 {
		return "", newError(ValueError, "precision too big")
	}
	prec := sp.Precision
	flags := sp.floatFlags()
	typ := sp.Type
	defaultPrec := 6
	if typ == 0 {
		// No type: like repr without a precision, else like 'g' but
		// always with a digit after the point.
		flags |= num.FmtAddDot0
		typ = 'r'
		defaultPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	percent := false
	if typ == '%' {
		typ = 'f'
		x *= 100
		percent = true
	}
	if prec < 0 {
		prec = defaultPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	if prec > maxResultLen {
		return "", errNoMemory()
	}
	s := num.FormatFloat(x, byte(typ), prec, flags)
	if percent {
		s += "%"
	}
	f := numberField(sp)
	b, err := appendFloat(nil, &f, s)
	return string(b), err
}

// appendFloat lays out the output of doubleToString in its field.
func appendFloat(b []byte, f *field, s string) ([]byte, error) {
	negative := s[0] == '-'
	if negative {
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	digits, rest := s[:i], s[i:]
	hasPoint := len(rest) > 0 && rest[0] == '.'
	if hasPoint {
		rest = rest[1:]
	}
	return appendNumber(b, f, negative, "", digits, hasPoint, rest)
}

// FormatComplex formats a complex number with a parsed spec; typeName is
// the value's Python type name, for error messages.
func (sp *Spec) FormatComplex(re, im float64, typeName string) (string, error) {
	switch sp.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownType(sp.Type, typeName)
	}
	if sp.Precision > maxInt32 {
		return "", newError(ValueError, "precision too big")
	}
	if sp.Fill == '0' {
		return "", newError(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if sp.Align == '=' {
		return "", newError(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	flags := sp.floatFlags()
	typ := sp.Type
	prec := sp.Precision
	defaultPrec := 6
	skipRe, parens := false, false
	if typ == 0 {
		// No type: like str(), which leaves out a real part of +0.
		typ = 'r'
		defaultPrec = 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	if prec < 0 {
		prec = defaultPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	if prec > maxResultLen || sp.Width > maxResultLen {
		return "", errNoMemory()
	}
	// The parts are laid out without padding, then padded as a whole.
	part := numberField(sp)
	part.fill, part.align, part.width = 0, '<', -1
	var body []byte
	if parens {
		body = append(body, '(')
	}
	var err error
	if !skipRe {
		if body, err = appendFloat(body, &part, num.FormatFloat(re, byte(typ), prec, flags)); err != nil {
			return "", err
		}
		part.sign = '+'
	}
	if body, err = appendFloat(body, &part, num.FormatFloat(im, byte(typ), prec, flags)); err != nil {
		return "", err
	}
	body = append(body, 'j')
	if parens {
		body = append(body, ')')
	}
	align := sp.Align
	if align == 0 {
		align = '>'
	}
	return string(pad(nil, string(body), runeCount(string(body)), sp.Width, align, sp.Fill)), nil
}

// pad appends s (n code points long) padded to width with fill, aligned
// '<', '>' or '^' (CPython's calc_padding and fill_padding).
func pad(b []byte, s string, n, width int, align byte, fill rune) []byte {
	total := max(n, width)
	var left int
	switch align {
	case '>':
		left = total - n
	case '^':
		left = (total - n) / 2
	}
	b = appendFill(b, fill, left)
	b = append(b, s...)
	return appendFill(b, fill, total-n-left)
}

// FormatString formats a str with a parsed spec; typeName is the value's
// Python type name, for error messages.
func (sp *Spec) FormatString(s, typeName string) (string, error) {
	if sp.Type == 0 && sp.Grouping != 0 {
		return "", checkGrouping(sp.Grouping, 's')
	}
	if sp.Type != 0 && sp.Type != 's' {
		return "", unknownType(sp.Type, typeName)
	}
	switch {
	case sp.Sign == ' ':
		return "", newError(ValueError, "Space not allowed in string format specifier")
	case sp.Sign != 0:
		return "", newError(ValueError, "Sign not allowed in string format specifier")
	case sp.NoNegZero:
		return "", newError(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case sp.Alt:
		return "", newError(ValueError, "Alternate form (#) not allowed in string format specifier")
	case sp.Align == '=':
		return "", newError(ValueError, "'=' alignment not allowed in string format specifier")
	}
	n := runeCount(s)
	if sp.Precision >= 0 && n > sp.Precision {
		s = runePrefix(s, sp.Precision)
		n = sp.Precision
	}
	if sp.Width <= n {
		return s, nil
	}
	if sp.Width > maxResultLen {
		return "", errNoMemory()
	}
	align := sp.Align
	if align == 0 {
		align = '<'
	}
	return string(pad(make([]byte, 0, len(s)+sp.Width-n), s, n, sp.Width, align, sp.Fill)), nil
}
