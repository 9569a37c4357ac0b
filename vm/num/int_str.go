// This file holds conversions between Int and text: str(int) with
// CPython 3.11's limit on decimal digits, int(str, base) with every rule
// of CPython's parser (whitespace, sign, underscores, base prefixes,
// Unicode digits, the digit limit), bin/oct/hex, and round(int, ndigits).

package num

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// DefaultMaxStrDigits is CPython's default limit on the number of decimal
// digits str(int) and int(str) accept (sys.get_int_max_str_digits()).
// Functions here take the limit as an argument; 0 means no limit.
const DefaultMaxStrDigits = 4300

// maxStrDigitsThreshold is the digit count below which the limit is
// never checked (CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD, also the
// smallest limit sys.set_int_max_str_digits accepts besides 0).
const maxStrDigitsThreshold = 640

// String returns x in decimal with no digit limit.
func (x Int) String() string {
	if x.big == nil {
		return strconv.FormatInt(x.small, 10)
	}
	return x.big.Text(10)
}

// Str returns str(x): x in decimal, or CPython's ValueError when x has
// more than maxDigits digits (maxDigits 0 means no limit).
func (x Int) Str(maxDigits int) (string, error) {
	if x.big == nil {
		return strconv.FormatInt(x.small, 10), nil
	}
	tooMany := valueError("Exceeds the limit (" + strconv.Itoa(maxDigits) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
	// A value of n bits has at least (n-1)*log10(2)+1 digits: refuse
	// hopeless cases before converting.
	if maxDigits > 0 && float64(x.big.BitLen()-1)*0.30102999566398 > float64(maxDigits)+1 {
		return "", tooMany
	}
	s := x.big.Text(10)
	n := len(s)
	if s[0] == '-' {
		n--
	}
	if maxDigits > 0 && n > maxDigits {
		return "", tooMany
	}
	return s, nil
}

// Bin returns bin(x), e.g. "-0b101".
func (x Int) Bin() string { return x.prefixed(2, "0b") }

// Oct returns oct(x), e.g. "0o17".
func (x Int) Oct() string { return x.prefixed(8, "0o") }

// Hex returns hex(x), e.g. "-0xff".
func (x Int) Hex() string { return x.prefixed(16, "0x") }

func (x Int) prefixed(base int, prefix string) string {
	var digits string
	neg := x.Sign() < 0
	if x.big == nil {
		digits = strconv.FormatUint(absSmall(x.small), base)
	} else {
		digits = new(big.Int).Abs(x.big).Text(base)
	}
	if neg {
		return "-" + prefix + digits
	}
	return prefix + digits
}

// Round returns round(x, ndigits): x itself for ndigits >= 0, otherwise
// x rounded to a multiple of 10**-ndigits, ties to even.
func (x Int) Round(ndigits Int) Int {
	if ndigits.Sign() >= 0 || x.IsZero() {
		return x
	}
	k, ok := ndigits.Neg().Int64()
	if !ok || k > int64(x.BitLength()/3+2) {
		return Int{} // 10**k > 2*|x|
	}
	p := NewIntBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil))
	q, r, _ := x.DivMod(p)
	twice := r.Add(r)
	if c := twice.Cmp(p); c > 0 || (c == 0 && q.IsOdd()) {
		q = q.Add(Int{small: 1})
	}
	return q.Mul(p)
}

// ParseInt returns int(s, base) for a Python str s (UTF-8, surrogates as
// WTF-8). base is 0 or 2..36; maxDigits is the digit limit (0: none).
// Errors are CPython's ValueErrors: a bad base, "invalid literal for int()
// with base B: 'repr'" and the digit limit.
func ParseInt(s string, base, maxDigits int) (Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return Int{}, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	v, invalid, err := parseIntASCII(decimalAndSpaceToASCII(s), base, maxDigits)
	if invalid {
		return Int{}, valueError("invalid literal for int() with base " + strconv.Itoa(base) +
			": " + truncateRunes(StrRepr(s), 200))
	}
	return v, err
}

// ParseIntBytes returns int(b, base) for a Python bytes (or bytearray)
// value b: like ParseInt, but no Unicode digits or spaces are recognised
// and the error message quotes repr(b).
func ParseIntBytes(b []byte, base, maxDigits int) (Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return Int{}, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	v, invalid, err := parseIntASCII(string(b), base, maxDigits)
	if invalid {
		if len(b) > 200 {
			b = b[:200]
		}
		return Int{}, valueError("invalid literal for int() with base " + strconv.Itoa(base) +
			": " + truncateRunes(BytesRepr(b), 200))
	}
	return v, err
}

// DecimalAndSpaceToASCII is decimalAndSpaceToASCII for the VM's own
// parsers (complex()).
func DecimalAndSpaceToASCII(s string) string { return decimalAndSpaceToASCII(s) }

// decimalAndSpaceToASCII maps s to the ASCII text CPython's parsers see:
// ASCII stays, any other whitespace becomes ' ', any other decimal digit
// becomes its ASCII digit, and the first other character becomes '?' and
// ends the text.
func decimalAndSpaceToASCII(s string) string {
	i := 0
	for i < len(s) && s[i] < 0x7f {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s[:i])
	for i < len(s) {
		if s[i] < 0x7f {
			b = append(b, s[i])
			i++
			continue
		}
		r, n := decodeWTF8(s[i:])
		i += n
		if d := decimalValue(r); d >= 0 {
			b = append(b, byte('0'+d))
		} else if r != 0x7f && unicode.IsSpace(r) {
			b = append(b, ' ')
		} else {
			b = append(b, '?')
			break
		}
	}
	return string(b)
}

// decimalValue returns the value of r as a Unicode decimal digit (general
// category Nd), or -1. Digits come in runs of ten starting at a zero. Go's
// tables are newer than CPython 3.11's Unicode 14.0; digits added later are
// unassigned, hence not printable, in 14.0 and so rejected.
func decimalValue(r rune) int {
	if !unicode.Is(unicode.Nd, r) || !IsPrintable(r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if uint32(r) >= uint32(rg.Lo) && uint32(r) <= uint32(rg.Hi) {
			return int(uint32(r)-uint32(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if uint32(r) >= rg.Lo && uint32(r) <= rg.Hi {
			return int(uint32(r)-rg.Lo) % 10
		}
	}
	return -1
}

// isCSpace is C's isspace in the "C" locale, CPython's Py_ISSPACE.
func isCSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// digitValue is the value of an ASCII digit or letter in bases up to 36,
// or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// parseIntASCII is CPython's PyLong_FromString on ASCII text s, required
// to consume all of s. It reports invalid for any malformed literal and
// returns the digit-limit error itself.
func parseIntASCII(s string, base, maxDigits int) (v Int, invalid bool, err error) {
	n := len(s)
	at := func(i int) byte {
		if i < n {
			return s[i]
		}
		return 0
	}
	i := 0
	for i < n && isCSpace(s[i]) {
		i++
	}
	neg := false
	if at(i) == '+' {
		i++
	} else if at(i) == '-' {
		neg = true
		i++
	}
	errorIfNonzero := false
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			base = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			base = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			base = 2
		default:
			// A C-style octal literal is invalid, but zeros are fine.
			errorIfNonzero = true
			base = 10
		}
	}
	if at(i) == '0' {
		p := at(i+1) | 0x20
		if (base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b') {
			i += 2
			if at(i) == '_' {
				i++
			}
		}
	}
	if at(i) == '_' {
		return Int{}, true, nil
	}
	start := i
	digits := 0
	var prev byte
	for i < n {
		c := s[i]
		if c == '_' {
			if prev == '_' {
				return Int{}, true, nil
			}
		} else if digitValue(c) < base {
			digits++
		} else {
			break
		}
		prev = c
		i++
	}
	if prev == '_' {
		return Int{}, true, nil
	}
	if base&(base-1) != 0 && digits > maxStrDigitsThreshold && maxDigits > 0 && digits > maxDigits {
		return Int{}, false, valueError("Exceeds the limit (" + strconv.Itoa(maxDigits) +
			" digits) for integer string conversion: value has " + strconv.Itoa(digits) +
			" digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	if digits == 0 {
		return Int{}, true, nil
	}
	text := s[start:i]
	for i < n && isCSpace(s[i]) {
		i++
	}
	if i != n {
		return Int{}, true, nil
	}
	v = digitsValue(text, base)
	if errorIfNonzero && !v.IsZero() {
		return Int{}, true, nil
	}
	if neg {
		v = v.Neg()
	}
	return v, false, nil
}

// digitsValue returns the value of a validated run of digits and single
// underscores in base.
func digitsValue(text string, base int) Int {
	var acc uint64
	b := uint64(base)
	fits := true
	for i := 0; i < len(text); i++ {
		if text[i] == '_' {
			continue
		}
		d := uint64(digitValue(text[i]))
		if acc > (1<<63-1-d)/b {
			fits = false
			break
		}
		acc = acc*b + d
	}
	if fits {
		return Int{small: int64(acc)}
	}
	clean := strings.ReplaceAll(text, "_", "")
	if base == 10 {
		return NewIntBig(parseDecimalBig(clean))
	}
	v, _ := new(big.Int).SetString(clean, base)
	return NewIntBig(v)
}

// parseDecimalBig returns the value of a run of ASCII decimal digits. It
// takes 19 digits at a time into a word and folds each word in with one
// multiply-add pass (quadratic, as CPython 3.11's parser): math/big's
// SetString reads through an io.ByteScanner a byte at a time and is 3 to
// 10 times slower below a few thousand digits.
func parseDecimalBig(s string) *big.Int {
	z := new(big.Int).SetBits(make([]big.Word, 0, len(s)/19+2))
	var scale, chunk big.Int
	for len(s) > 0 {
		n := len(s) % 19 // the first chunk takes the odd digits
		if n == 0 {
			n = 19
		}
		var acc, pow uint64 = 0, 1
		for _, c := range []byte(s[:n]) {
			acc = acc*10 + uint64(c-'0')
			pow *= 10
		}
		s = s[n:]
		z.Mul(z, scale.SetUint64(pow))
		z.Add(z, chunk.SetUint64(acc))
	}
	return z
}
