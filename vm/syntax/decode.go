package syntax

// This file turns the raw bytes of a source file into the text the tokenizer
// reads, the way CPython 3.11 does before tokenizing: line endings are
// normalised first ("\r\n" and "\r" become "\n"), then a UTF-8 byte order
// mark is stripped, then a PEP 263 coding cookie is looked for on line 1 or
// 2, and finally the bytes are decoded with the declared codec.
//
// Where CPython's two entry points disagree (running a file with
// `python3 file.py` reads it line by line through the file tokenizer, while
// compile() and ast.parse() of the same bytes go through the string
// tokenizer), the choices are these:
//
//   - No declared encoding and invalid UTF-8: the message of a file run,
//     "Non-UTF-8 code starting with '\xNN' in file F on line N, but no
//     encoding declared; ...", with no position. ast.parse instead lets the
//     bytes through and fails later in the identifier or string literal
//     that holds them ("(unicode error) 'utf-8' codec can't decode ...") and
//     accepts them in comments. A file run validates each line as the
//     tokenizer reads it, so an earlier tokenizer error wins there; we check
//     the whole file up front.
//   - An unknown codec: ast.parse's "unknown encoding: NAME" (a file run
//     says "encoding problem: NAME"); bytes the declared codec cannot
//     decode: ast.parse's codec message ("'charmap' codec can't decode byte
//     0x81 in position 24: character maps to <undefined>"; a file run says
//     "encoding problem: NAME"). Both carry ast.parse's lineno 0, offset -1.
//   - UTF-8 declared by a BOM or by a cookie that normalises to "utf-8": as
//     in both CPython modes the bytes are not validated here; invalid
//     sequences stay in the text, so that the tokenizer rejects them inside
//     identifiers and the string decoder inside literals, while comments
//     may hold anything.
//   - Null bytes are left in the text: the tokenizer reports "source code
//     cannot contain null bytes" when it reaches their line, as a file run
//     does (ast.parse says "source code string cannot contain null bytes").

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// DecodeSource converts the raw bytes of a Python source file to the text the
// tokenizer reads: UTF-8 with every line ending turned into "\n". It applies
// a UTF-8 BOM and a PEP 263 coding cookie as CPython 3.11 does and returns
// CPython's SyntaxError when the source cannot be decoded.
func DecodeSource(filename string, raw []byte) (string, *Error) {
	text, _, err := decodeSource(filename, raw)
	return text, err
}

// decodeFile decodes raw as DecodeSource does and returns the source ready
// for the tokenizer, with the declared encoding recorded.
func decodeFile(filename string, raw []byte) (*source, *Error) {
	text, enc, err := decodeSource(filename, raw)
	if err != nil {
		return nil, err
	}
	src := newSource(filename, text)
	src.encoding = enc
	return src, nil
}

// decodeSource is DecodeSource that also returns the declared encoding:
// "utf-8" for a BOM, the normalised cookie name, or "".
func decodeSource(filename string, raw []byte) (string, string, *Error) {
	b := translateNewlines(raw)
	bom := len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
	if bom {
		b = b[3:]
	}
	enc, bad := findCoding(b, bom)
	if bad != "" {
		return "", "", initError(filename, "encoding problem: "+bad+" with BOM")
	}
	switch {
	case enc == "":
		if bad, line, ok := firstNonUTF8(b); !ok {
			return "", "", &Error{
				Type:     "SyntaxError",
				Filename: filename,
				Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "+
					"but no encoding declared; see https://peps.python.org/pep-0263/ for details",
					bad, filename, line),
			}
		}
		return string(b), "", nil
	case enc == "utf-8":
		return string(b), enc, nil
	}
	c, ok := lookupCodec(enc)
	if !ok {
		return "", "", initError(filename, "unknown encoding: "+enc)
	}
	// CPython decodes after adding the final newline, which shows in the
	// position and reason of a decoding error at the very end.
	added := len(b) > 0 && b[len(b)-1] != '\n'
	if added {
		b = append(b[:len(b):len(b)], '\n')
	}
	text, msg := c.decode(b)
	if msg != "" {
		return "", "", initError(filename, msg)
	}
	if added {
		text = strings.TrimSuffix(text, "\n")
	}
	return text, enc, nil
}

// initError is an error raised while setting up the tokenizer, which
// ast.parse reports at line 0, offset -1.
func initError(filename, msg string) *Error {
	return &Error{Type: "SyntaxError", Msg: msg, Filename: filename, Offset: -1}
}

// translateNewlines turns "\r\n" and lone "\r" into "\n", working on the raw
// bytes as CPython's string tokenizer does before it decodes anything. Like
// CPython 3.11's translate_newlines, it adds an empty last line when the
// input ends in "\r\n" (which shows in the line numbers CPython reports at
// the end of the input).
func translateNewlines(raw []byte) []byte {
	i := 0
	for i < len(raw) && raw[i] != '\r' {
		i++
	}
	if i == len(raw) {
		return raw
	}
	out := make([]byte, i, len(raw))
	copy(out, raw[:i])
	for ; i < len(raw); i++ {
		c := raw[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, c)
	}
	if n := len(raw); n >= 2 && raw[n-2] == '\r' && raw[n-1] == '\n' {
		out = append(out, '\n')
	}
	return out
}

// findCoding returns the normalised name from the coding cookie on line 1 or
// line 2 (the latter only when line 1 holds nothing but whitespace and a
// comment), "utf-8" when there is only a BOM, and "" when nothing declares
// an encoding. A cookie other than UTF-8 after a BOM is returned as bad.
func findCoding(b []byte, bom bool) (enc, bad string) {
	if bom {
		enc = "utf-8"
	}
	rest := b
	for line := 1; line <= 2 && len(rest) > 0; line++ {
		// The last line counts as ending in a newline: CPython adds one.
		nl := indexByte(rest, '\n')
		if nl < 0 {
			nl = len(rest)
		}
		ln := rest[:nl]
		if spec, ok := codingSpec(ln, rest); ok {
			if bom && spec != "utf-8" {
				return "", spec
			}
			return spec, ""
		}
		if !commentOrBlank(ln) {
			break
		}
		if nl >= len(rest) {
			break
		}
		rest = rest[nl+1:]
	}
	return enc, ""
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// commentOrBlank reports whether a line holds only spaces, tabs, form feeds
// and perhaps a comment, so that a cookie on the next line still counts.
func commentOrBlank(ln []byte) bool {
	for _, c := range ln {
		switch c {
		case '#':
			return true
		case ' ', '\t', '\f':
		default:
			return false
		}
	}
	return true
}

// codingSpec finds a PEP 263 cookie in line ln: optional whitespace, '#',
// anything, "coding", ':' or '=', optional blanks, then the name. The name
// may run past the end of ln into rest, as CPython's scan does (it stops at
// the newline anyway). The name is normalised as CPython's get_normal_name
// does.
func codingSpec(ln, rest []byte) (string, bool) {
	size := len(ln)
	i := 0
	for ; i < size-6; i++ {
		if ln[i] == '#' {
			break
		}
		if ln[i] != ' ' && ln[i] != '\t' && ln[i] != '\f' {
			return "", false
		}
	}
	for ; i < size-6; i++ {
		if string(ln[i:i+6]) != "coding" {
			continue
		}
		t := i + 6
		if ln[t] != ':' && ln[t] != '=' {
			continue
		}
		t++
		for t < len(rest) && (rest[t] == ' ' || rest[t] == '\t') {
			t++
		}
		begin := t
		for t < len(rest) && isCodingNameChar(rest[t]) {
			t++
		}
		if begin < t {
			return normalEncodingName(string(rest[begin:t])), true
		}
	}
	return "", false
}

func isCodingNameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '_' || c == '.'
}

// normalEncodingName maps the spellings of UTF-8 and Latin-1 that CPython's
// tokenizer recognises itself to "utf-8" and "iso-8859-1", judging by the
// first 12 characters lowercased with '_' read as '-'; other names are
// returned unchanged.
func normalEncodingName(s string) string {
	n := len(s)
	if n > 12 {
		n = 12
	}
	buf := make([]byte, n)
	for i := 0; i < n; i++ {
		c := s[i]
		switch {
		case c == '_':
			c = '-'
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	b := string(buf)
	switch {
	case b == "utf-8" || strings.HasPrefix(b, "utf-8-"):
		return "utf-8"
	case b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" ||
		strings.HasPrefix(b, "latin-1-") || strings.HasPrefix(b, "iso-8859-1-") ||
		strings.HasPrefix(b, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// firstNonUTF8 checks b as CPython's file reader does when no encoding is
// declared: it returns the first byte of the first invalid UTF-8 sequence
// and its 1-based line. Checking stops at the first line holding a null
// byte (after the part before the null), since the tokenizer fails there.
func firstNonUTF8(b []byte) (byte, int, bool) {
	if utf8.Valid(b) {
		return 0, 0, true
	}
	line := 1
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				line++
			case 0:
				// Skip to the end of this line; stop checking.
				return 0, 0, true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return c, line, false
		}
		i += n
	}
	return 0, 0, true
}

// utf8DecodeError describes the first invalid sequence in b the way CPython's
// UTF-8 codec reports it: the byte range [start, end) and the reason. ok is
// true when b is valid UTF-8.
func utf8DecodeError(b []byte) (start, end int, reason string, ok bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		need, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c == 0xE0:
			need, lo = 2, 0xA0
		case c == 0xED:
			need, hi = 2, 0x9F
		case c >= 0xE1 && c <= 0xEF:
			need = 2
		case c == 0xF0:
			need, lo = 3, 0x90
		case c == 0xF4:
			need, hi = 3, 0x8F
		case c >= 0xF1 && c <= 0xF3:
			need = 3
		default:
			return i, i + 1, "invalid start byte", false
		}
		for k := 1; k <= need; k++ {
			if i+k >= len(b) {
				return i, len(b), "unexpected end of data", false
			}
			l, h := byte(0x80), byte(0xBF)
			if k == 1 {
				l, h = lo, hi
			}
			if cb := b[i+k]; cb < l || cb > h {
				return i, i + k, "invalid continuation byte", false
			}
		}
		i += need + 1
	}
	return 0, 0, "", true
}

// decodeErrorMessage formats a UnicodeDecodeError as str() of it does.
func decodeErrorMessage(codec string, b []byte, start, end int, reason string) string {
	if end-start == 1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[start], start, reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason)
}

// utf8ErrorMessage returns the message of the UnicodeDecodeError CPython
// raises when decoding b as UTF-8, or "" when b is valid.
func utf8ErrorMessage(b []byte) string {
	start, end, reason, ok := utf8DecodeError(b)
	if ok {
		return ""
	}
	return decodeErrorMessage("utf-8", b, start, end, reason)
}

// codec is a decoder for one of the Python codecs a cookie may name.
type codec struct {
	kind  int        // codecUTF8, codecUTF8Sig or codecTable
	name  string     // name in error messages: "ascii" or "charmap"
	table *[256]rune // byte to code point, -1 for undefined bytes
}

const (
	codecUTF8 = iota
	codecUTF8Sig
	codecTable
)

func (c *codec) decode(b []byte) (string, string) {
	switch c.kind {
	case codecUTF8, codecUTF8Sig:
		if msg := utf8ErrorMessage(b); msg != "" {
			return "", msg
		}
		s := string(b)
		if c.kind == codecUTF8Sig {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		return s, ""
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for i, x := range b {
		r := c.table[x]
		if r < 0 {
			reason := "character maps to <undefined>"
			if c.name == "ascii" {
				reason = "ordinal not in range(128)"
			}
			return "", decodeErrorMessage(c.name, b, i, i+1, reason)
		}
		sb.WriteRune(r)
	}
	return sb.String(), ""
}

// lookupCodec finds a codec the way Python's codec registry does: lowercase
// the name, turn every run of characters other than letters, digits and '.'
// into '_', then look the result up among the aliases and module names.
func lookupCodec(name string) (*codec, bool) {
	var sb strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			if punct && sb.Len() > 0 {
				sb.WriteByte('_')
			}
			sb.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	norm := sb.String()
	mod, ok := codecAliases[norm]
	if !ok {
		mod, ok = codecAliases[strings.ReplaceAll(norm, ".", "_")]
	}
	if !ok {
		// Otherwise the name must be a codec's module name itself.
		mod = norm
	}
	c, ok := codecs()[mod]
	return c, ok
}

// codecs maps the module name of each supported Python codec to its
// decoder. It is built at its first use, by a source file that declares
// an encoding, not at start-up: its tables cost every run about half a
// millisecond (docs/jit.md "The JIT's cost before its first compile").
var codecs = sync.OnceValue(buildCodecs)

func buildCodecs() map[string]*codec {
	m := map[string]*codec{
		"utf_8":     {kind: codecUTF8},
		"utf_8_sig": {kind: codecUTF8Sig},
	}
	var ascii, latin1 [256]rune
	for i := range ascii {
		ascii[i] = rune(i)
		latin1[i] = rune(i)
		if i >= 0x80 {
			ascii[i] = -1
		}
	}
	m["ascii"] = &codec{kind: codecTable, name: "ascii", table: &ascii}
	m["latin_1"] = &codec{kind: codecTable, name: "charmap", table: &latin1}
	fromGo := func(cm *charmap.Charmap) *[256]rune {
		var t [256]rune
		for i := range t {
			r := cm.DecodeByte(byte(i))
			if r == utf8.RuneError {
				r = -1
			}
			t[i] = r
		}
		return &t
	}
	// Go's ISO 8859 tables leave 0x80-0x9F undefined where Python's map
	// them to the C1 controls.
	c1 := func(t *[256]rune) *[256]rune {
		for i := 0x80; i < 0xA0; i++ {
			t[i] = rune(i)
		}
		return t
	}
	tables := map[string]*[256]rune{
		"cp037": fromGo(charmap.CodePage037), "cp1140": fromGo(charmap.CodePage1140),
		"cp437": fromGo(charmap.CodePage437), "cp850": fromGo(charmap.CodePage850),
		"cp852": fromGo(charmap.CodePage852), "cp855": fromGo(charmap.CodePage855),
		"cp858": fromGo(charmap.CodePage858), "cp860": fromGo(charmap.CodePage860),
		"cp862": fromGo(charmap.CodePage862), "cp863": fromGo(charmap.CodePage863),
		"cp865": fromGo(charmap.CodePage865), "cp866": fromGo(charmap.CodePage866),
		"cp874":  fromGo(charmap.Windows874),
		"cp1250": fromGo(charmap.Windows1250), "cp1251": fromGo(charmap.Windows1251),
		"cp1252": fromGo(charmap.Windows1252), "cp1253": fromGo(charmap.Windows1253),
		"cp1254": fromGo(charmap.Windows1254), "cp1255": fromGo(charmap.Windows1255),
		"cp1256": fromGo(charmap.Windows1256), "cp1257": fromGo(charmap.Windows1257),
		"cp1258":    fromGo(charmap.Windows1258),
		"iso8859_2": c1(fromGo(charmap.ISO8859_2)), "iso8859_3": c1(fromGo(charmap.ISO8859_3)),
		"iso8859_4": c1(fromGo(charmap.ISO8859_4)), "iso8859_5": c1(fromGo(charmap.ISO8859_5)),
		"iso8859_6": c1(fromGo(charmap.ISO8859_6)), "iso8859_7": c1(fromGo(charmap.ISO8859_7)),
		"iso8859_8": c1(fromGo(charmap.ISO8859_8)), "iso8859_9": c1(fromGo(charmap.ISO8859_9)),
		"iso8859_10": c1(fromGo(charmap.ISO8859_10)), "iso8859_11": c1(fromGo(charmap.Windows874)),
		"iso8859_13": c1(fromGo(charmap.ISO8859_13)), "iso8859_14": c1(fromGo(charmap.ISO8859_14)),
		"iso8859_15": c1(fromGo(charmap.ISO8859_15)), "iso8859_16": c1(fromGo(charmap.ISO8859_16)),
		"tis_620": c1(fromGo(charmap.Windows874)),
		"koi8_r":  fromGo(charmap.KOI8R), "koi8_u": fromGo(charmap.KOI8U),
		"mac_roman": fromGo(charmap.Macintosh), "mac_cyrillic": fromGo(charmap.MacintoshCyrillic),
	}
	// Where Python's tables differ from Go's.
	tables["iso8859_11"][0xA0] = 0xA0
	tables["tis_620"][0xA0] = -1
	tables["cp1255"][0xCA] = -1
	tables["koi8_u"][0xAE] = 0x255D
	tables["koi8_u"][0xBE] = 0x256C
	for mod, t := range tables {
		m[mod] = &codec{kind: codecTable, name: "charmap", table: t}
	}
	return m
}

// codecAliases maps the aliases of the supported codecs (normalised) to
// their module names, as Python 3.11's encodings.aliases does. A module
// name is found by itself, and only when it holds no '.'.
var codecAliases = func() map[string]string {
	groups := map[string]string{
		"ascii":        "646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii",
		"latin_1":      "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1",
		"utf_8":        "cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4",
		"utf_8_sig":    "",
		"cp037":        "037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039",
		"cp1140":       "1140 ibm1140",
		"cp1250":       "1250 windows_1250",
		"cp1251":       "1251 windows_1251",
		"cp1252":       "1252 windows_1252",
		"cp1253":       "1253 windows_1253",
		"cp1254":       "1254 windows_1254",
		"cp1255":       "1255 windows_1255",
		"cp1256":       "1256 windows_1256",
		"cp1257":       "1257 windows_1257",
		"cp1258":       "1258 windows_1258",
		"cp437":        "437 cspc8codepage437 ibm437",
		"cp850":        "850 cspc850multilingual ibm850",
		"cp852":        "852 cspcp852 ibm852",
		"cp855":        "855 csibm855 ibm855",
		"cp858":        "858 csibm858 ibm858",
		"cp860":        "860 csibm860 ibm860",
		"cp862":        "862 cspc862latinhebrew ibm862",
		"cp863":        "863 csibm863 ibm863",
		"cp865":        "865 csibm865 ibm865",
		"cp866":        "866 csibm866 ibm866",
		"cp874":        "",
		"iso8859_2":    "csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
		"iso8859_3":    "csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
		"iso8859_4":    "csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
		"iso8859_5":    "csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144",
		"iso8859_6":    "arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127",
		"iso8859_7":    "csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126",
		"iso8859_8":    "csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138",
		"iso8859_9":    "csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
		"iso8859_10":   "csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6",
		"iso8859_11":   "iso_8859_11 iso_8859_11_2001 thai",
		"iso8859_13":   "iso_8859_13 l7 latin7",
		"iso8859_14":   "iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8",
		"iso8859_15":   "iso_8859_15 l9 latin9",
		"iso8859_16":   "iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
		"koi8_r":       "cskoi8r",
		"koi8_u":       "",
		"mac_roman":    "macintosh macroman",
		"mac_cyrillic": "maccyrillic",
		"tis_620":      "iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1",
	}
	m := make(map[string]string, 256)
	for mod, names := range groups {
		for _, n := range strings.Fields(names) {
			m[n] = mod
		}
	}
	return m
}()
