// codec.go holds the text codecs behind str.encode, bytes.decode,
// bytes(str, encoding) and str(bytes, encoding): UTF-8, ASCII and Latin-1
// under their CPython aliases, with the error handlers strict, ignore,
// replace, backslashreplace, xmlcharrefreplace (encoding),
// surrogateescape and surrogatepass, and UnicodeEncodeError /
// UnicodeDecodeError raised with CPython's arguments, attributes and
// messages. Strings are WTF-8 inside the VM, so a lone surrogate is a
// code point like any other here.

package vm

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// codec names the three supported codecs by their canonical names.
type codec uint8

const (
	codecUTF8 codec = iota
	codecASCII
	codecLatin1
)

// codecDisplay is the name error messages give each codec.
var codecDisplay = [...]string{codecUTF8: "utf-8", codecASCII: "ascii", codecLatin1: "latin-1"}

// codecAliases maps normalised encoding names to codecs (the aliases of
// CPython's encodings package for these three).
var codecAliases = map[string]codec{
	"utf_8": codecUTF8, "utf8": codecUTF8, "u8": codecUTF8, "utf": codecUTF8,
	"utf8_ucs2": codecUTF8, "utf8_ucs4": codecUTF8, "cp65001": codecUTF8,
	"ascii": codecASCII, "us_ascii": codecASCII, "646": codecASCII, "ansi_x3.4_1968": codecASCII,
	"ansi_x3_4_1968": codecASCII, "ansi_x3.4_1986": codecASCII, "cp367": codecASCII,
	"csascii": codecASCII, "ibm367": codecASCII, "iso646_us": codecASCII,
	"iso_646.irv_1991": codecASCII, "iso_ir_6": codecASCII, "us": codecASCII,
	"latin_1": codecLatin1, "latin1": codecLatin1, "latin": codecLatin1, "l1": codecLatin1,
	"iso_8859_1": codecLatin1, "iso8859_1": codecLatin1, "8859": codecLatin1,
	"cp819": codecLatin1, "iso_ir_100": codecLatin1, "csisolatin1": codecLatin1,
	"ibm819": codecLatin1, "iso_8859_1_1987": codecLatin1,
}

// lookupCodec finds a codec by name, as codecs.lookup normalises it, or
// raises LookupError "unknown encoding: name".
func (vm *VM) lookupCodec(name string) (codec, error) {
	var b strings.Builder
	pendingSep := false
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '.' {
			if pendingSep && b.Len() > 0 {
				b.WriteByte('_')
			}
			pendingSep = false
			b.WriteRune(r)
		} else {
			pendingSep = true
		}
	}
	if c, ok := codecAliases[b.String()]; ok {
		return c, nil
	}
	return 0, vm.raise("LookupError", "unknown encoding: %s", name)
}

// codecNames reads the encoding and errors arguments of encode/decode
// (vEmpty: the default), checking that they are str.
func (vm *VM) codecNames(fname string, enc, errs gc.Value) (string, string, error) {
	e, h := "utf-8", "strict"
	if !enc.IsEmpty() {
		if enc.Tag() != TagStr {
			return "", "", vm.raise("TypeError", "%s() argument 'encoding' must be str, not %s", fname, vm.typeOf(enc).Name)
		}
		e = vm.str(enc)
	}
	if !errs.IsEmpty() {
		if errs.Tag() != TagStr {
			return "", "", vm.raise("TypeError", "%s() argument 'errors' must be str, not %s", fname, vm.typeOf(errs).Name)
		}
		h = vm.str(errs)
	}
	return e, h, nil
}

// knownHandler reports whether CPython registers an error handler by name.
func knownHandler(h string) bool {
	switch h {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
		"namereplace", "surrogateescape", "surrogatepass":
		return true
	}
	return false
}

// ---- encoding ----

// encodeStr encodes a str's text (WTF-8) with the named codec and error
// handler.
func (vm *VM) encodeStr(s, encoding, errors string) ([]byte, error) {
	c, err := vm.lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	rs := runesOf(s)
	limit := rune(0x110000)
	reason := "surrogates not allowed"
	switch c {
	case codecASCII:
		limit, reason = 0x80, "ordinal not in range(128)"
	case codecLatin1:
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	bad := func(r rune) bool {
		if c == codecUTF8 {
			return r >= 0xD800 && r <= 0xDFFF
		}
		return r >= limit
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		if !bad(r) {
			if c == codecUTF8 {
				out = append(out, encodeRune(r)...)
			} else {
				out = append(out, byte(r))
			}
			i++
			continue
		}
		end := i + 1
		for end < len(rs) && bad(rs[end]) {
			end++
		}
		raise := func() error {
			e := vm.newExc("UnicodeEncodeError", vm.newStr(codecDisplay[c]), vm.newStr(s),
				gc.Int(int64(i)), gc.Int(int64(end)), vm.newStr(reason))
			vm.setException(e)
			return errRaised
		}
		switch errors {
		case "strict":
			return nil, raise()
		case "ignore":
		case "replace":
			for k := i; k < end; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for _, x := range rs[i:end] {
				out = append(out, backslashEscape(x)...)
			}
		case "xmlcharrefreplace":
			for _, x := range rs[i:end] {
				out = append(out, "&#"+strconv.Itoa(int(x))+";"...)
			}
		case "surrogateescape":
			// CPython escapes up to the first code point it cannot and
			// reports the error from there to the end of the run.
			for k := i; k < end; k++ {
				if x := rs[k]; x < 0xDC80 || x > 0xDCFF {
					i = k
					return nil, raise()
				}
				out = append(out, byte(rs[k]-0xDC00))
			}
		case "surrogatepass":
			if c != codecUTF8 {
				return nil, raise()
			}
			for _, x := range rs[i:end] {
				out = append(out, encodeRune(x)...)
			}
		default:
			if knownHandler(errors) {
				return nil, vm.raise("LookupError", "the '%s' error handler is not supported by hotloop", errors)
			}
			return nil, vm.raise("LookupError", "unknown error handler name '%s'", errors)
		}
		i = end
	}
	return out, nil
}

// backslashEscape is the backslashreplace form of a code point.
func backslashEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// ---- decoding ----

// utf8Error finds the extent of an invalid UTF-8 sequence at d[i] (a
// byte >= 0x80 that does not start a valid sequence) as CPython's decoder
// reports it: the end of the error range and the reason.
func utf8Error(d []byte, i int) (int, string) {
	c := d[i]
	need := 0
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0xC2 || c > 0xF4:
		return i + 1, "invalid start byte"
	case c < 0xE0:
		need = 1
	case c < 0xF0:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	default:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(d) {
			return len(d), "unexpected end of data"
		}
		x := d[i+k]
		if k == 1 {
			if x < lo || x > hi {
				return i + 1, "invalid continuation byte"
			}
		} else if x < 0x80 || x > 0xBF {
			return i + k, "invalid continuation byte"
		}
	}
	return -1, ""
}

// utf8Valid returns the length of the valid UTF-8 sequence at d[i], or 0.
func utf8Valid(d []byte, i int) int {
	c := d[i]
	if c < 0x80 {
		return 1
	}
	if end, _ := utf8Error(d, i); end >= 0 {
		return 0
	}
	switch {
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// decodeBytes decodes a bytes-like value with the named codec and error
// handler into WTF-8 text.
func (vm *VM) decodeBytes(obj gc.Value, encoding, errors string) (string, error) {
	c, err := vm.lookupCodec(encoding)
	if err != nil {
		return "", err
	}
	src, _ := vm.bytesLike(obj)
	d := append([]byte(nil), src...)
	var out strings.Builder
	out.Grow(len(d))
	for i := 0; i < len(d); {
		x := d[i]
		if x < 0x80 {
			out.WriteByte(x)
			i++
			continue
		}
		var end int
		var reason string
		switch c {
		case codecLatin1:
			out.WriteString(encodeRune(rune(x)))
			i++
			continue
		case codecASCII:
			end, reason = i+1, "ordinal not in range(128)"
		default:
			if n := utf8Valid(d, i); n > 0 {
				out.Write(d[i : i+n])
				i += n
				continue
			}
			end, reason = utf8Error(d, i)
		}
		raise := func() error {
			bobj := obj
			if obj.Tag() != TagBytes {
				bobj = vm.newBytes(d)
			}
			e := vm.newExc("UnicodeDecodeError", vm.newStr(codecDisplay[c]), bobj,
				gc.Int(int64(i)), gc.Int(int64(end)), vm.newStr(reason))
			vm.setException(e)
			return errRaised
		}
		switch errors {
		case "strict":
			return "", raise()
		case "ignore":
		case "replace":
			out.WriteString("\uFFFD")
		case "backslashreplace":
			for _, b := range d[i:end] {
				fmt.Fprintf(&out, "\\x%02x", b)
			}
		case "surrogateescape":
			for _, b := range d[i:end] {
				if b < 0x80 {
					return "", raise()
				}
			}
			for _, b := range d[i:end] {
				out.WriteString(encodeRune(0xDC00 + rune(b)))
			}
		case "surrogatepass":
			if c == codecUTF8 && i+2 < len(d) && d[i] == 0xED && d[i+1] >= 0xA0 && d[i+1] <= 0xBF && d[i+2] >= 0x80 && d[i+2] <= 0xBF {
				out.Write(d[i : i+3])
				end = i + 3
				break
			}
			return "", raise()
		default:
			if knownHandler(errors) {
				return "", vm.raise("LookupError", "the '%s' error handler is not supported by hotloop", errors)
			}
			return "", vm.raise("LookupError", "unknown error handler name '%s'", errors)
		}
		i = end
	}
	return out.String(), nil
}

// strEncode is str.encode(encoding='utf-8', errors='strict').
func strEncode(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if len(args)-len(kw) < 1 {
		return vEmpty, vm.raise("TypeError", "unbound method str.encode() needs an argument")
	}
	self := vm.unwrap(args[0])
	if self.Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "descriptor 'encode' for 'str' objects doesn't apply to a '%s' object", vm.typeOf(args[0]).Name)
	}
	d := &bytesMethodDef{style: argKeyword, max: 2, kw: []string{"encoding", "errors"}}
	a, err := vm.checkArgs("str", "encode", d, args[1:], kw)
	if err != nil {
		return vEmpty, err
	}
	enc, errs, err := vm.codecNames("encode", a[0], a[1])
	if err != nil {
		return vEmpty, err
	}
	b, err := vm.encodeStr(vm.str(self), enc, errs)
	if err != nil {
		return vEmpty, err
	}
	return vm.newBytes(b), nil
}

// strFromBytes is str(object, encoding, errors) with an encoding or
// errors argument: the object must be bytes-like and is decoded.
func (vm *VM) strFromBytes(obj, enc, errs gc.Value) (gc.Value, error) {
	if _, ok := vm.bytesLike(obj); !ok {
		if obj.Tag() == TagStr || vm.isInstance(obj, vm.tStr) {
			return vEmpty, vm.raise("TypeError", "decoding str is not supported")
		}
		return vEmpty, vm.raise("TypeError", "decoding to str: need a bytes-like object, %s found", vm.typeOf(obj).Name)
	}
	e, h, err := vm.codecNames("str", enc, errs)
	if err != nil {
		return vEmpty, err
	}
	s, err := vm.decodeBytes(obj, e, h)
	if err != nil {
		return vEmpty, err
	}
	return vm.newStr(s), nil
}

// unicodeErrorStr is str() of a UnicodeEncodeError or UnicodeDecodeError
// made with CPython's five arguments (or a UnicodeTranslateError with its
// four); ok is false otherwise.
func (vm *VM) unicodeErrorStr(e gc.Value) (string, bool) {
	if vm.isExcType(e, "UnicodeTranslateError") {
		return vm.unicodeTranslateErrorStr(e)
	}
	enc := vm.isExcType(e, "UnicodeEncodeError")
	if !enc && !vm.isExcType(e, "UnicodeDecodeError") {
		return "", false
	}
	a := vm.excArgs(e)
	if len(a) != 5 || a[0].Tag() != TagStr || a[2].Tag() != gc.TagInt || a[3].Tag() != gc.TagInt || a[4].Tag() != TagStr {
		return "", false
	}
	codecName, start, end, reason := vm.str(a[0]), a[2].Int(), a[3].Int(), vm.str(a[4])
	if enc {
		if a[1].Tag() != TagStr {
			return "", false
		}
		rs := runesOf(vm.str(a[1]))
		if start >= 0 && start < int64(len(rs)) && end == start+1 {
			return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", codecName, backslashEscape(rs[start]), start, reason), true
		}
		return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", codecName, start, end-1, reason), true
	}
	b, ok := vm.bytesLike(a[1])
	if !ok {
		return "", false
	}
	if start >= 0 && start < int64(len(b)) && end == start+1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codecName, b[start], start, reason), true
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codecName, start, end-1, reason), true
}

// unicodeErrorAttr answers the attributes encoding, object, start, end and
// reason of a UnicodeError made with five arguments (a
// UnicodeTranslateError's four lack the encoding, which reads None).
func (vm *VM) unicodeErrorAttr(e gc.Value, name string) (gc.Value, bool) {
	if !vm.isExcType(e, "UnicodeError") {
		return vEmpty, false
	}
	a := vm.excArgs(e)
	if len(a) == 4 && vm.isExcType(e, "UnicodeTranslateError") {
		// UnicodeTranslateError(object, start, end, reason): no encoding
		a = append([]gc.Value{vNone}, a...)
	}
	if len(a) != 5 {
		return vEmpty, false
	}
	switch name {
	case "encoding":
		return a[0], true
	case "object":
		return a[1], true
	case "start":
		return a[2], true
	case "end":
		return a[3], true
	case "reason":
		return a[4], true
	}
	return vEmpty, false
}
