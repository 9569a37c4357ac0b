// This file holds Python's repr() of str and bytes, which error messages
// such as "invalid literal for int() with base 10: 'x'" quote.
//
// Strings are Go strings holding UTF-8, with lone surrogates encoded as
// three-byte WTF-8 sequences (the convention of package vm/syntax).

package num

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StrRepr returns repr(s) for a Python str: quoted with ' unless s holds '
// and no ", with backslash escapes for the quote, backslash, \t \n \r and
// every non-printable character.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			writeHexEscape(&b, 'x', uint32(r), 2)
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			writeHexEscape(&b, 'x', uint32(r), 2)
		case r < 0x10000:
			writeHexEscape(&b, 'u', uint32(r), 4)
		default:
			writeHexEscape(&b, 'U', uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// BytesRepr returns repr(b) for a Python bytes value: b'...'.
func BytesRepr(s []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(s), '\'') >= 0 && strings.IndexByte(string(s), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(quote)
	for _, c := range s {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			writeHexEscape(&b, 'x', uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func writeHexEscape(b *strings.Builder, kind byte, v uint32, width int) {
	const hexDigits = "0123456789abcdef"
	b.WriteByte('\\')
	b.WriteByte(kind)
	for i := width - 1; i >= 0; i-- {
		b.WriteByte(hexDigits[(v>>(4*uint(i)))&0xf])
	}
}

// isPrintable is Python's str.isprintable for one non-ASCII character:
// false for control, format, surrogate, private-use, unassigned and
// separator characters.
func isPrintable(r rune) bool {
	if r >= 0xd800 && r <= 0xdfff || !inUnicode14(r) {
		return false
	}
	return unicode.IsPrint(r)
}

// unicode15Additions lists the printable characters Go's tables (Unicode
// 15) have that CPython 3.11's (Unicode 14) lack: pairs of first and last
// code point, found by comparing str.isprintable with unicode.IsPrint.
var unicode15Additions = [...][2]rune{
	{0x0cf3, 0x0cf3}, {0x0ece, 0x0ece}, {0x10efd, 0x10eff}, {0x1123f, 0x11241},
	{0x11b00, 0x11b09}, {0x11f00, 0x11f10}, {0x11f12, 0x11f3a}, {0x11f3e, 0x11f59},
	{0x1342f, 0x1342f}, {0x13440, 0x13455}, {0x1b132, 0x1b132}, {0x1b155, 0x1b155},
	{0x1d2c0, 0x1d2d3}, {0x1df25, 0x1df2a}, {0x1e030, 0x1e06d}, {0x1e08f, 0x1e08f},
	{0x1e4d0, 0x1e4f9}, {0x1f6dc, 0x1f6dc}, {0x1f774, 0x1f776}, {0x1f77b, 0x1f77f},
	{0x1f7d9, 0x1f7d9}, {0x1fa75, 0x1fa77}, {0x1fa87, 0x1fa88}, {0x1faad, 0x1faaf},
	{0x1fabb, 0x1fabd}, {0x1fabf, 0x1fabf}, {0x1face, 0x1facf}, {0x1fada, 0x1fadb},
	{0x1fae8, 0x1fae8}, {0x1faf7, 0x1faf8}, {0x2b739, 0x2b739}, {0x31350, 0x323af},
}

// inUnicode14 reports whether r is not one of unicode15Additions.
func inUnicode14(r rune) bool {
	if r < 0xcf3 {
		return true
	}
	for _, rg := range unicode15Additions {
		if r >= rg[0] && r <= rg[1] {
			return false
		}
	}
	return true
}

// decodeWTF8 decodes one character, accepting a WTF-8 surrogate; an
// invalid byte decodes as U+FFFD.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return utf8.DecodeRuneInString(s)
}

// truncateRunes returns the first n characters of s, as C's "%.200R"
// truncates a repr.
func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
