package syntax

// This file decodes the text of STRING tokens into values, as CPython 3.11's
// Parser/string_parser.c does: it splits off the prefix and quotes, and
// resolves backslash escapes for str and bytes literals.
//
// str values are held as WTF-8: UTF-8 in which a surrogate code point (which
// a Python str may hold, e.g. from "\ud800") is written as its own 3-byte
// sequence. The helpers decodeWTF8 and appendWTF8 read and write that form.
//
// CPython decodes a str literal in two steps, and its error messages count
// byte positions in the intermediate buffer, so decodeUnicodeEscapes follows
// the same two steps: first every non-ASCII character is rewritten as a
// \U%08x escape (and a backslash before one, or at the very end, becomes
// \u005c), then the all-ASCII buffer goes through the unicode-escape codec.

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// decodeWTF8 decodes the code point at the start of s, which must not be
// empty. Surrogates encoded as 3 bytes are returned as themselves. A byte
// that starts no valid sequence gives (-1, 1).
func decodeWTF8(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size != 1 {
		return r, size
	}
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return -1, 1
}

// appendWTF8 appends the WTF-8 encoding of the code point r (0..0x10FFFF,
// surrogates included) to b.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xd800 && r <= 0xdfff {
		return append(b, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

// wtf8Len returns the number of code points in the WTF-8 string s.
func wtf8Len(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, size := decodeWTF8(s[i:])
		i += size
	}
	return n
}

// strLiteral is a STRING token split into its parts.
type strLiteral struct {
	bytes, raw, fmt bool
	body            string // the text between the quotes
	bodyOff         int    // offset of body in the token text
}

// splitStringLiteral splits the text of a STRING token (prefix, quotes and
// body). The tokenizer guarantees the shape; anything else yields an empty
// body rather than a panic.
func splitStringLiteral(text string) strLiteral {
	var l strLiteral
	i := 0
prefix:
	for ; i < len(text); i++ {
		switch text[i] {
		case 'b', 'B':
			l.bytes = true
		case 'r', 'R':
			l.raw = true
		case 'f', 'F':
			l.fmt = true
		case 'u', 'U':
		default:
			break prefix
		}
	}
	if i >= len(text) {
		return l
	}
	q := text[i]
	n := 1
	if len(text)-i >= 6 && text[i+1] == q && text[i+2] == q {
		n = 3
	}
	if len(text)-i < 2*n {
		return l
	}
	l.bodyOff = i + n
	l.body = text[i+n : len(text)-n]
	return l
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// escapeNonASCII performs CPython's first decoding step on the UTF-8 text s:
// each non-ASCII character becomes \U%08x, and a backslash that precedes a
// non-ASCII character or ends the text is followed by "u005c" (so that it
// reads as an escaped backslash).
func escapeNonASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' {
			b.WriteByte(c)
			i++
			if i >= len(s) || s[i] >= 0x80 {
				b.WriteString("u005c")
				if i >= len(s) {
					break
				}
			}
			c = s[i]
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				r = 0xfffd // invalid UTF-8 cannot reach here: the source is decoded text
			}
			fmt.Fprintf(&b, `\U%08x`, r)
			i += size
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// hexVal returns the value of the hex digit c, or -1.
func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeUnicodeEscapes decodes the body of a non-raw str literal (or a
// literal part of an f-string) to WTF-8. On failure it returns CPython's
// message: "(unicode error) 'unicodeescape' codec can't decode ...".
// Unknown escapes such as \d are kept as they are.
func decodeUnicodeEscapes(s string) (string, string) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, ""
	}
	buf := escapeNonASCII(s)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(buf); {
		c := buf[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(buf) {
			return "", unicodeEscapeError(buf, start, i, `\ at end of string`)
		}
		c = buf[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(buf) && buf[i] >= '0' && buf[i] <= '7'; k++ {
				v = v<<3 + rune(buf[i]-'0')
				i++
			}
			out = appendWTF8(out, v)
		case 'x', 'u', 'U':
			count, msg := 2, `truncated \xXX escape`
			if c == 'u' {
				count, msg = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				count, msg = 8, `truncated \UXXXXXXXX escape`
			}
			var v uint32
			for ; count > 0; count-- {
				if i >= len(buf) {
					return "", unicodeEscapeError(buf, start, i, msg)
				}
				d := hexVal(buf[i])
				if d < 0 {
					return "", unicodeEscapeError(buf, start, i, msg)
				}
				v = v<<4 | uint32(d)
				i++
			}
			if v > 0x10ffff {
				return "", unicodeEscapeError(buf, start, i, "illegal Unicode character")
			}
			out = appendWTF8(out, rune(v))
		case 'N':
			msg := `malformed \N character escape`
			if i >= len(buf) || buf[i] != '{' {
				return "", unicodeEscapeError(buf, start, i, msg)
			}
			i++
			nameStart := i
			for i < len(buf) && buf[i] != '}' {
				i++
			}
			if i >= len(buf) || i == nameStart {
				return "", unicodeEscapeError(buf, start, i, msg)
			}
			name := buf[nameStart:i]
			i++
			r, ok := lookupUnicodeName(name)
			if !ok {
				return "", unicodeEscapeError(buf, start, i, "unknown Unicode character name")
			}
			out = appendWTF8(out, r)
		default:
			out = append(out, '\\', c)
		}
	}
	return string(out), ""
}

// unicodeEscapeError formats the SyntaxError message CPython gives for a
// UnicodeDecodeError of the unicode-escape codec over buf[start:end].
func unicodeEscapeError(buf string, start, end int, reason string) string {
	if end == start+1 {
		return fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %d: %s",
			buf[start], start, reason)
	}
	return fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
		start, end-1, reason)
}

// decodeBytesEscapes decodes the body of a non-raw bytes literal (already
// known to be ASCII). On failure it returns CPython's "(value error) ..."
// message. Unknown escapes, \N, \u and \U included, are kept as they are.
func decodeBytesEscapes(s string) (string, string) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, ""
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			return "", `(value error) Trailing \ in string`
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v<<3 + int(s[i]-'0')
				i++
			}
			out = append(out, byte(v)) // CPython 3.11 keeps the low 8 bits
		case 'x':
			if i+1 < len(s) {
				d1, d2 := hexVal(s[i]), hexVal(s[i+1])
				if d1 >= 0 && d2 >= 0 {
					out = append(out, byte(d1<<4|d2))
					i += 2
					continue
				}
			}
			return "", fmt.Sprintf(`(value error) invalid \x escape at position %d`, i-2)
		default:
			out = append(out, '\\', c)
		}
	}
	return string(out), ""
}

// decodeStringLiteral decodes a STRING token that is not an f-string: the
// value (WTF-8 for str, raw bytes for bytes). On failure it returns the
// message and whether CPython reports it at the token itself (true) or at
// the parser's current token (false).
func decodeStringLiteral(l strLiteral) (value string, msg string, atToken bool) {
	if l.bytes {
		if !isASCII(l.body) {
			return "", "bytes can only contain ASCII literal characters", true
		}
		if l.raw {
			return l.body, "", false
		}
		v, msg := decodeBytesEscapes(l.body)
		return v, msg, false
	}
	if l.raw {
		return l.body, "", false
	}
	v, msg := decodeUnicodeEscapes(l.body)
	return v, msg, false
}
