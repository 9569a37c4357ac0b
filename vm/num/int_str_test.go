// Differential tests of Int text conversions against CPython.

package num

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

func TestIntStr(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var b batch
	xs := edgeInts()
	for i := 0; i < 1000; i++ {
		xs = append(xs, randInt(r, 400))
	}
	for _, x := range xs {
		ax := argInt(x)
		s, err := x.Str(DefaultMaxStrDigits)
		b.add("str", encResult(encStr(s), err), ax, argInt64(DefaultMaxStrDigits))
		b.add("bin", encStr(x.Bin()), ax)
		b.add("oct", encStr(x.Oct()), ax)
		b.add("hex", encStr(x.Hex()), ax)
		for _, n := range []int64{-30, -20, -19, -18, -3, -2, -1, 0, 1, 5} {
			b.add("round", encInt(x.Round(NewInt(n))), ax, argInt64(n))
		}
	}
	// The digit limit at its boundary, for both signs and several limits.
	ten := NewInt(10)
	for _, limit := range []int{0, 640, 1000, 4300} {
		for _, digits := range []int64{639, 640, 641, 999, 1000, 1001, 4299, 4300, 4301, 5000} {
			p, _ := ten.Pow(NewInt(digits - 1))
			for _, x := range []Int{p, p.Neg(), p.Mul(NewInt(9)), p.Mul(NewInt(10)).Sub(NewInt(1)).Neg()} {
				s, err := x.Str(limit)
				b.add("str", encResult(encStr(s), err), argInt(x), argInt64(int64(limit)))
			}
		}
	}
	for _, x := range []Int{NewInt(15), NewInt(25), NewInt(-25), NewInt(35), NewInt(-35), NewInt(149), NewInt(150), NewInt(250), NewInt(-250)} {
		for _, n := range []int64{-1, -2, -3} {
			b.add("round", encInt(x.Round(NewInt(n))), argInt(x), argInt64(n))
		}
	}
	b.check(t)
}

func TestParseInt(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	var b batch
	add := func(s string, base, limit int) {
		v, err := ParseInt(s, base, limit)
		b.add("parse_int", encResult(encInt(v), err), argStr(s), argInt64(int64(base)), argInt64(int64(limit)))
	}
	addBytes := func(s string, base, limit int) {
		v, err := ParseIntBytes([]byte(s), base, limit)
		b.add("parse_int_bytes", encResult(encInt(v), err), "b"+hexBytes([]byte(s)), argInt64(int64(base)), argInt64(int64(limit)))
	}
	fixed := []string{"0", "00", "000", "-0", "+0", "1", "-1", "+1", " 1 ", "\t\n12\x0b\x0c\r ", "12\x1c", "1_000",
		"1__000", "_1", "1_", "0x", "0x_", "0x_1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "0b_101", "0_x1f", "0_0",
		"010", "0_1", "00_0", "-00", "- 1", "--1", "+-1", "", " ", "+", "-", "0x1g", "z", "Z", "zz", "9", "08",
		"1 2", "1\x00", "١٢٣", "१२", "12\u3000", "\u00a012\u2028", "12\u0085", "1\u00bd", "12é", "′", "𝟏𝟐", "\U00011f51",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffffff",
		"0b" + strings.Repeat("1", 64), "0o" + strings.Repeat("7", 22), "it's", "a'b\"c", "\\", "\x7f1"}
	for _, s := range fixed {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37, -1} {
			add(s, base, DefaultMaxStrDigits)
		}
		addBytes(s, 10, DefaultMaxStrDigits)
		addBytes(s, 0, DefaultMaxStrDigits)
	}
	// Digit limits.
	for _, limit := range []int{0, 640, 4300} {
		for _, n := range []int{640, 641, 4300, 4301, 5000} {
			for _, base := range []int{0, 3, 10, 16, 36} {
				add(strings.Repeat("1", n), base, limit)
				add(strings.Repeat("1", n)+"x", base, limit)
				add("-"+strings.Repeat("1_", n-1)+"1", base, limit)
				add(strings.Repeat("0", n), base, limit)
			}
			addBytes(strings.Repeat("7", n), 10, limit)
		}
	}
	// Decimal runs of every length around the 19-digit chunks the parser
	// folds in, with leading zeros and underscores.
	for n := 1; n < 200; n++ {
		digits := make([]byte, n)
		for i := range digits {
			digits[i] = byte('0' + r.Intn(10))
		}
		digits[0] = byte('1' + r.Intn(9))
		add(string(digits), 10, DefaultMaxStrDigits)
		add("-00"+string(digits), 10, DefaultMaxStrDigits)
		if n > 2 {
			add(string(digits[:n/2])+"_"+string(digits[n/2:]), 0, DefaultMaxStrDigits)
		}
	}
	add(strings.Repeat("x", 300), 10, 4300)
	add(strings.Repeat("é", 300), 10, 4300)
	addBytes(strings.Repeat("x", 300), 10, 4300)
	// Random well-formed and mangled literals.
	const alphabet = "0123456789abcdefxobXOB_ -+\t"
	for i := 0; i < 6000; i++ {
		base := []int{0, 2, 8, 10, 16, 36, 3, 7}[r.Intn(8)]
		var s string
		if r.Intn(2) == 0 {
			x := randInt(r, 200)
			switch base {
			case 2:
				s = x.Bin()
			case 8:
				s = x.Oct()
			case 16:
				s = x.Hex()
			default:
				s = x.String()
			}
			if r.Intn(3) == 0 {
				s = strings.Replace(s, "x", "X", 1)
			}
			if r.Intn(3) == 0 && len(s) > 2 {
				k := 1 + r.Intn(len(s)-1)
				s = s[:k] + "_" + s[k:]
			}
		} else {
			n := r.Intn(8)
			var sb strings.Builder
			for j := 0; j < n; j++ {
				sb.WriteByte(alphabet[r.Intn(len(alphabet))])
			}
			s = sb.String()
		}
		add(s, base, DefaultMaxStrDigits)
	}
	b.check(t)
}

// TestDecimalDigits checks every Unicode decimal digit Go knows against
// int(), which also catches digits CPython's Unicode 14 lacks.
func TestDecimalDigits(t *testing.T) {
	var b batch
	for _, tab := range []*unicode.RangeTable{unicode.Nd, unicode.White_Space} {
		for _, rg := range tab.R16 {
			for c := uint32(rg.Lo); c <= uint32(rg.Hi); c += uint32(rg.Stride) {
				s := "1" + string(rune(c)) + "2"
				if tab == unicode.White_Space {
					s = string(rune(c)) + "12" + string(rune(c))
				}
				v, err := ParseInt(s, 10, DefaultMaxStrDigits)
				b.add("parse_int", encResult(encInt(v), err), argStr(s), argInt64(10), argInt64(4300))
			}
		}
		for _, rg := range tab.R32 {
			for c := rg.Lo; c <= rg.Hi; c += rg.Stride {
				s := "1" + string(rune(c)) + "2"
				v, err := ParseInt(s, 10, DefaultMaxStrDigits)
				b.add("parse_int", encResult(encInt(v), err), argStr(s), argInt64(10), argInt64(4300))
			}
		}
	}
	b.check(t)
}
