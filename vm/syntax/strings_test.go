package syntax

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWTF8(t *testing.T) {
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000,
		0xfffd, 0xffff, 0x10000, 0x10ffff} {
		b := appendWTF8(nil, r)
		got, n := decodeWTF8(string(b))
		if got != r || n != len(b) {
			t.Errorf("round trip of %#x: got %#x, %d bytes of %d", r, got, n, len(b))
		}
		if (r < 0xd800 || r > 0xdfff) && string(b) != string(r) {
			t.Errorf("appendWTF8(%#x) = %x, want UTF-8", r, b)
		}
	}
	// A surrogate pair stays two code points.
	s := string(appendWTF8(appendWTF8(nil, 0xd83d), 0xde00))
	if n := wtf8Len(s); n != 2 || len(s) != 6 {
		t.Errorf("surrogate pair: %d code points, %d bytes", n, len(s))
	}
	if r, n := decodeWTF8("\xff"); r != -1 || n != 1 {
		t.Errorf("decodeWTF8(invalid) = %#x, %d", r, n)
	}
	if r, n := decodeWTF8("\xed\xa0"); r != -1 || n != 1 {
		t.Errorf("decodeWTF8(truncated surrogate) = %#x, %d", r, n)
	}
	if !utf8.ValidString(string(appendWTF8(nil, 0x10ffff))) {
		t.Error("appendWTF8 made invalid UTF-8 for a non-surrogate")
	}
}

func TestSplitStringLiteral(t *testing.T) {
	cases := []struct {
		text            string
		bytes, raw, fmt bool
		body            string
		off             int
	}{
		{`'a'`, false, false, false, "a", 1},
		{`""`, false, false, false, "", 1},
		{`''''''`, false, false, false, "", 3},
		{`"""a"b"""`, false, false, false, `a"b`, 3},
		{`rb'\x'`, true, true, false, `\x`, 3},
		{`BR"x"`, true, true, false, "x", 3},
		{`Rf'{x}'`, false, true, true, "{x}", 3},
		{`u'x'`, false, false, false, "x", 2},
		{`f'''a'''`, false, false, true, "a", 4},
		{`'`, false, false, false, "", 0}, // malformed: no panic
		{``, false, false, false, "", 0},
	}
	for _, c := range cases {
		l := splitStringLiteral(c.text)
		if l.bytes != c.bytes || l.raw != c.raw || l.fmt != c.fmt || l.body != c.body || l.bodyOff != c.off {
			t.Errorf("splitStringLiteral(%q) = %+v", c.text, l)
		}
	}
}

func TestStringEscapes(t *testing.T) {
	checkStrings(t, []string{
		`'\\ \' \" \a \b \f \n \r \t \v'`, `b'\\ \' \" \a \b \f \n \r \t \v'`, "'a\\\nb'", "b'a\\\nb'",
		`'\0 \07 \077 \0777 \400 \777 \8 \9 \08'`, `b'\0 \07 \077 \0777 \400 \777 \8'`, `'\1\12\123\1234'`,
		`'\x41\x4a\x4F\xff\xFF'`, `b'\x41\x4a\x4F\xff\xFF\x00'`, `'\u00e9\u00E9\uffff\ud800\udfff'`,
		`'\ud83d\ude00'`, `'\ud83d' '\ude00'`, `'\U0001F600\U0010ffff\U00000041'`, `'\U00110000'`,
		`'\UFFFFFFFF'`, `'\x'`, `'\x1'`, `'\xg1'`, `'ab\x1g'`, `'\u12'`, `'\u123g'`, `'\U1234567'`,
		`'\U0001F60g'`, `b'\x'`, `b'\x1'`, `b'\xg1'`, `b'ab\x1'`, `b'a\xZZ'`,
		`'\N{EM DASH}'`, `'\N{em dash}'`, `'\N{Em Dash}'`, `'\N{LATIN SMALL LETTER A}'`, `'\N{DASH}'`,
		`'\N'`, `'\Nx'`, `'\N{}'`, `'\N{EM DASH'`, `'\N{foo}'`, `'\N{ EM DASH}'`, `'ab\N{foo}'`,
		`'\N{BYTE ORDER MARK}'`, `'\N{bom}'`, `'\N{NULL}'`, `'\N{LINE FEED}'`, `'\N{VS1}'`, `'\N{VS17}'`,
		`'\N{VS256}'`, `'\N{VS257}'`, `'\N{HANGUL SYLLABLE GA}'`, `'\N{HANGUL SYLLABLE GAG}'`,
		`'\N{hangul syllable ga}'`, `'\N{CJK UNIFIED IDEOGRAPH-4E00}'`, `'\N{CJK UNIFIED IDEOGRAPH-4e00}'`,
		`'\N{CJK UNIFIED IDEOGRAPH-2A6DF}'`, `'\N{CJK UNIFIED IDEOGRAPH-31350}'`,
		`'\N{KEYCAP NUMBER SIGN}'`, `'\N{KAWI SIGN CANDRABINDU}'`, `'\N{CJK COMPATIBILITY IDEOGRAPH-F900}'`,
		`'\N{TANGUT IDEOGRAPH-17000}'`, `'\N{NUSHU CHARACTER-1B170}'`, `'\N{LATIN CAPITAL LETTER GHA}'`,
		`'\N{ÉCLAIR}'`, `'日本\N{foo}'`, `'ä\x1'`, `'\ä\x1'`, `'\ä'`, `'\日本'`, `'é\N{EM DASH}é'`,
		`'\d \w \{ \} \ '`, `b'\d \N{EM DASH} \u1234 \U00012345'`, `'\
'`, `r'\x \N{foo} \u12 \''`, `rb'\x\\'`, `R'\\'`, `r'a\
b'`, `'''\n'''`, `"""a\"""b"""`, `u'\x41'`, `'é' 'ü' b'a'`,
		`'\x41' u'\N{EM DASH}' r'\n'`, `b'\x41' rb'\n' B'\101'`, `"it's"`, `'say "hi"'`,
		`'\N{LATIN SMALL LETTER A WITH TILDE AND GRAVE}'`, `'\N{SP}'`, `'\N{FVS4}'`,
		`'` + strings.Repeat("é", 50) + `\x1'`,
	})
}
