// This file holds Python's repr() of str and bytes, which the interpreter,
// the AST dump of package vm/syntax (constants print as their repr) and
// error messages such as "invalid literal for int() with base 10: 'x'"
// all use: hotloop has no other implementation.
//
// Strings are Go strings holding UTF-8, with lone surrogates encoded as
// three-byte WTF-8 sequences (the convention of package vm/syntax). What
// counts as printable is CPython 3.11's, from printable.go.

package num

import (
	"strings"
	"unicode/utf8"
)

// StrRepr returns repr(s) for a Python str: quoted with ' unless s holds '
// and no ", with backslash escapes for the quote, backslash, \t \n \r and
// every non-printable character (\xhh, \uhhhh or \Uhhhhhhhh, lone
// surrogates included). A byte of s that is not WTF-8 shows as the
// surrogate escape \udcXX that Python's surrogateescape would decode it to.
func StrRepr(s string) string {
	quote := chooseQuote(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		if r == utf8.RuneError && n == 1 {
			r = 0xdc00 | rune(s[i])
		}
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			writeHexEscape(&b, 'x', uint32(r), 2)
		case r < 0x7f:
			b.WriteByte(byte(r))
		case IsPrintable(r):
			b.WriteString(s[i-n : i])
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

// BytesRepr returns repr(b) for a Python bytes value: b'...', with \xhh
// for bytes outside printable ASCII.
func BytesRepr(s []byte) string { return bytesLiteral(s, false) }

// ByteArrayRepr is the b'...' inside a bytearray's repr: CPython's
// bytearray repr escapes every single quote, even inside double quotes
// (bytearray(b"a\'b")), where bytes' repr leaves it bare.
func ByteArrayRepr(s []byte) string { return bytesLiteral(s, true) }

// bytesLiteral writes s as a bytes literal; escapeSingle escapes ' always.
func bytesLiteral(s []byte, escapeSingle bool) string {
	quote := chooseQuote(string(s))
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for _, c := range s {
		switch {
		case c == quote || c == '\\' || (escapeSingle && c == '\''):
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

// chooseQuote picks the quote repr() uses: a double quote when the text
// holds single quotes but no double quotes, a single quote otherwise.
func chooseQuote(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// writeHexEscape writes a backslash, kind and v as width hex digits.
func writeHexEscape(b *strings.Builder, kind byte, v uint32, width int) {
	const hexDigits = "0123456789abcdef"
	b.WriteByte('\\')
	b.WriteByte(kind)
	for i := width - 1; i >= 0; i-- {
		b.WriteByte(hexDigits[(v>>(4*uint(i)))&0xf])
	}
}

// decodeWTF8 decodes one character, accepting a WTF-8 surrogate; an
// invalid byte decodes as (U+FFFD, 1).
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
