package strfmt

// This file holds the text primitives the formatters share. Python strings
// are sequences of code points and every width, precision and index in
// formatting counts code points; hotloop stores str as UTF-8 in which a lone
// surrogate keeps its 3-byte (WTF-8) encoding, so decoding here accepts
// those sequences as single code points and encoding writes them back.
// Decimal digits in widths, precisions and field indexes are any Unicode
// decimal digit (Py_UNICODE_TODECIMAL), from the Unicode 14.0 database that
// CPython 3.11 ships: the table below was generated with python3.

import (
	"sort"
	"unicode/utf8"
)

// decodeRune decodes the code point at the start of s, accepting WTF-8
// surrogates. An invalid byte decodes as itself, one code point wide.
func decodeRune(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || n != 1 {
		return r, n
	}
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	if len(s) == 0 {
		return utf8.RuneError, 0
	}
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.RuneError, 1
}

// appendRune appends the WTF-8 encoding of r (surrogates included).
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// runeCount returns the number of code points in s.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := decodeRune(s[i:])
			i += size
		}
		n++
	}
	return n
}

// runePrefix returns the first n code points of s (all of s if shorter).
func runePrefix(s string, n int) string {
	i := 0
	for ; i < len(s) && n > 0; n-- {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := decodeRune(s[i:])
			i += size
		}
	}
	return s[:i]
}

// toRunes decodes s into code points.
func toRunes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		rs = append(rs, r)
		i += size
	}
	return rs
}

// appendFill appends n copies of r.
func appendFill(b []byte, r rune, n int) []byte {
	if n <= 0 {
		return b
	}
	if r < utf8.RuneSelf {
		for ; n > 0; n-- {
			b = append(b, byte(r))
		}
		return b
	}
	var enc [4]byte
	e := appendRune(enc[:0], r)
	for ; n > 0; n-- {
		b = append(b, e...)
	}
	return b
}

// decimalZeros lists the code point of digit zero of every Unicode 14.0
// decimal digit run; each run holds the digits 0..9 in order.
var decimalZeros = [...]rune{
	0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6,
	0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090,
	0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0,
	0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50,
	0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
	0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
	0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
	0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0,
	0x1e950, 0x1fbf0,
}

// decimalValue returns the value of r as a Unicode decimal digit, or -1.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x660 {
		return -1
	}
	i := sort.Search(len(decimalZeros), func(i int) bool { return decimalZeros[i] > r }) - 1
	if i >= 0 && r-decimalZeros[i] < 10 {
		return int(r - decimalZeros[i])
	}
	return -1
}
