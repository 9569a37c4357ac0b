// mod_json.go holds _json, the Go core of the json module (vm/lib/json):
// an encoder producing CPython's exact text (separators, indent, float
// repr, escapes, key conversion, circular-reference check) and a decoder
// with CPython's error messages and positions, hooks and number parsers.
// The Python side (json/__init__.py) holds the API, JSONDecodeError and
// the file functions. docs/stdlib.md ("json") describes it.

package vm

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/num"
)

// jsonEncoder holds the options of one dumps call.
type jsonEncoder struct {
	vm          *VM
	b           strings.Builder
	indent      string
	hasIndent   bool
	itemSep     string
	keySep      string
	sortKeys    bool
	skipKeys    bool
	ensureASCII bool
	allowNaN    bool
	checkCirc   bool
	dflt        gc.Value
	markers     map[gc.Value]bool
	level       int
}

// jsonModule builds _json: encode(obj, indent, item_sep, key_sep,
// sort_keys, skipkeys, ensure_ascii, allow_nan, check_circular, default)
// and decode(s, object_hook, object_pairs_hook, parse_float, parse_int,
// parse_constant, strict), which returns (value,) or (None, msg, pos).
func (vm *VM) jsonModule(d gc.Value) {
	vm.def(d, "encode", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 10 || len(kw) != 0 {
			return vEmpty, vm.raise("TypeError", "_json.encode() takes 10 arguments")
		}
		e := &jsonEncoder{vm: vm, markers: map[gc.Value]bool{}}
		if args[1].Tag() != gc.TagNone {
			e.hasIndent = true
			if args[1].Tag() == TagStr {
				e.indent = vm.str(args[1])
			} else if n, err := vm.ssize(args[1]); err == nil {
				e.indent = strings.Repeat(" ", max(n, 0))
			} else {
				return vEmpty, err
			}
		}
		if args[2].Tag() != TagStr || args[3].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "separators must be strings")
		}
		e.itemSep, e.keySep = vm.str(args[2]), vm.str(args[3])
		var err error
		flags := make([]bool, 5)
		for i := range flags {
			if flags[i], err = vm.truth(args[4+i]); err != nil {
				return vEmpty, err
			}
		}
		e.sortKeys, e.skipKeys, e.ensureASCII, e.allowNaN, e.checkCirc = flags[0], flags[1], flags[2], flags[3], flags[4]
		e.dflt = args[9]
		if err := e.encode(args[0]); err != nil {
			return vEmpty, err
		}
		return vm.newStr(e.b.String()), nil
	})
	vm.def(d, "encode_basestring", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 || args[0].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "first argument must be a string, not %s", vm.typeOf(args[0]).Name)
		}
		var b strings.Builder
		jsonQuote(&b, vm.str(args[0]), args[1].Tag() == gc.TagBool && args[1].Bits() != 0)
		return vm.newStr(b.String()), nil
	})
	vm.def(d, "decode", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 8 || args[0].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "_json.decode() takes 8 arguments")
		}
		strict, err := vm.truth(args[6])
		if err != nil {
			return vEmpty, err
		}
		idx, err := vm.ssize(args[7])
		if err != nil {
			return vEmpty, err
		}
		dec := &jsonDecoder{vm: vm, s: []rune(vm.str(args[0])), objectHook: args[1], pairsHook: args[2],
			parseFloat: args[3], parseInt: args[4], parseConstant: args[5], strict: strict}
		return dec.run(idx)
	})
}

func (e *jsonEncoder) newline() {
	if e.hasIndent {
		e.b.WriteByte('\n')
		for i := 0; i < e.level; i++ {
			e.b.WriteString(e.indent)
		}
	}
}

// floatText is CPython's float representation in JSON.
func (e *jsonEncoder) floatText(f float64) (string, error) {
	switch {
	case f != f:
		if !e.allowNaN {
			return "", e.vm.raise("ValueError", "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return "", e.vm.raise("ValueError", "Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return "", e.vm.raise("ValueError", "Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return num.FloatRepr(f), nil
}

// scalar writes None, bools, ints, floats and strs; ok is false for
// anything else.
func (e *jsonEncoder) scalar(v gc.Value) (bool, error) {
	vm := e.vm
	switch v.Tag() {
	case gc.TagNone:
		e.b.WriteString("null")
	case gc.TagBool:
		if v.Bits() != 0 {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
	case gc.TagInt, TagBigInt:
		s, err := vm.intStr(v)
		if err != nil {
			return true, err
		}
		e.b.WriteString(s)
	case gc.TagFloat:
		s, err := e.floatText(v.Float())
		if err != nil {
			return true, err
		}
		e.b.WriteString(s)
	case TagStr:
		jsonQuote(&e.b, vm.str(v), e.ensureASCII)
	default:
		return false, nil
	}
	return true, nil
}

func (e *jsonEncoder) encode(v gc.Value) error {
	vm := e.vm
	if ok, err := e.scalar(v); ok || err != nil {
		return err
	}
	inner := v
	if b, ok := vm.baseOf(v); ok {
		switch b.Tag() {
		case gc.TagInt, TagBigInt, gc.TagFloat, TagStr, TagList, TagTuple, TagDict, gc.TagBool:
			inner = b
			if ok, err := e.scalar(b); ok || err != nil {
				return err
			}
		}
	}
	switch inner.Tag() {
	case TagList, TagTuple:
		return e.encodeList(v, inner)
	case TagDict:
		return e.encodeDict(v, inner)
	}
	if e.dflt.Tag() == gc.TagNone {
		return vm.raise("TypeError", "Object of type %s is not JSON serializable", vm.typeOf(v).Name)
	}
	if e.checkCirc {
		if e.markers[v] {
			return vm.raise("ValueError", "Circular reference detected")
		}
		e.markers[v] = true
		defer delete(e.markers, v)
	}
	r, err := vm.callValue(e.dflt, []gc.Value{v}, nil)
	if err != nil {
		return err
	}
	if vm.nframes > 0 && e.level > vm.recLimit {
		return vm.raise("RecursionError", "maximum recursion depth exceeded while encoding a JSON object")
	}
	e.level++
	err = e.encode(r)
	e.level--
	return err
}

func (e *jsonEncoder) enter(v gc.Value) error {
	if e.level > e.vm.recLimit {
		return e.vm.raise("RecursionError", "maximum recursion depth exceeded while encoding a JSON object")
	}
	if e.checkCirc {
		if e.markers[v] {
			return e.vm.raise("ValueError", "Circular reference detected")
		}
		e.markers[v] = true
	}
	return nil
}

func (e *jsonEncoder) encodeList(v, inner gc.Value) error {
	vm := e.vm
	var items []gc.Value
	if inner.Tag() == TagList {
		items = append(items, vm.listItems(inner)...)
	} else {
		items = append(items, vm.tupleItems(inner)...)
	}
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.b.WriteByte('[')
	e.level++
	e.newline()
	for i, x := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
			e.newline()
		}
		if err := e.encode(x); err != nil {
			return err
		}
	}
	e.level--
	e.newline()
	e.b.WriteByte(']')
	delete(e.markers, v)
	return nil
}

// keyText converts a dict key as CPython's encoder: str as is; float,
// bool, None and int to their JSON text; skip reports a key to drop.
func (e *jsonEncoder) keyText(k gc.Value) (s string, skip bool, err error) {
	vm := e.vm
	if b, ok := vm.baseOf(k); ok {
		k = b
	}
	switch k.Tag() {
	case TagStr:
		return vm.str(k), false, nil
	case gc.TagFloat:
		s, err := e.floatText(k.Float())
		return s, false, err
	case gc.TagBool:
		if k.Bits() != 0 {
			return "true", false, nil
		}
		return "false", false, nil
	case gc.TagNone:
		return "null", false, nil
	case gc.TagInt, TagBigInt:
		s, err := vm.intStr(k)
		return s, false, err
	}
	if e.skipKeys {
		return "", true, nil
	}
	return "", false, vm.raise("TypeError", "keys must be str, int, float, bool or None, not %s", vm.typeOf(k).Name)
}

func (e *jsonEncoder) encodeDict(v, inner gc.Value) error {
	vm := e.vm
	if vm.dictLen(inner) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	var keys, vals []gc.Value
	vm.dictEach(inner, func(k, x gc.Value) bool {
		keys = append(keys, k)
		vals = append(vals, x)
		return true
	})
	if e.sortKeys {
		idx := make([]int, len(keys))
		for i := range idx {
			idx[i] = i
		}
		var serr error
		sort.SliceStable(idx, func(a, b int) bool {
			if serr != nil {
				return false
			}
			lt, err := vm.lessThan(keys[idx[a]], keys[idx[b]])
			if err != nil {
				serr = err
			}
			return lt
		})
		if serr != nil {
			return serr
		}
		k2, v2 := make([]gc.Value, len(keys)), make([]gc.Value, len(keys))
		for i, j := range idx {
			k2[i], v2[i] = keys[j], vals[j]
		}
		keys, vals = k2, v2
	}
	e.b.WriteByte('{')
	e.level++
	e.newline()
	first := true
	for i, k := range keys {
		ks, skip, err := e.keyText(k)
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
			e.newline()
		}
		first = false
		jsonQuote(&e.b, ks, e.ensureASCII)
		e.b.WriteString(e.keySep)
		if err := e.encode(vals[i]); err != nil {
			return err
		}
	}
	e.level--
	e.newline()
	e.b.WriteByte('}')
	delete(e.markers, v)
	return nil
}

// jsonQuote writes s as a JSON string literal.
func jsonQuote(b *strings.Builder, s string, ascii bool) {
	const hexd = "0123456789abcdef"
	b.WriteByte('"')
	u4 := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hexd[r>>12&15])
		b.WriteByte(hexd[r>>8&15])
		b.WriteByte(hexd[r>>4&15])
		b.WriteByte(hexd[r&15])
	}
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				u4(r)
			case r < 0x7f || !ascii:
				b.WriteRune(r)
			case r > 0xffff:
				h, l := utf16.EncodeRune(r)
				u4(h)
				u4(l)
			default:
				u4(r)
			}
		}
	}
	b.WriteByte('"')
}

// jsonDecoder parses one document.
type jsonDecoder struct {
	vm                                                         *VM
	s                                                          []rune
	objectHook, pairsHook, parseFloat, parseInt, parseConstant gc.Value
	strict                                                     bool
	depth                                                      int
}

// jsonSyntax is a decoding error: CPython's message and position.
type jsonSyntax struct {
	msg string
	pos int
}

func (e *jsonSyntax) Error() string { return e.msg }

// run decodes a value at idx (JSONDecoder.raw_decode): it returns
// (value, end) or (None, msg, pos).
func (d *jsonDecoder) run(idx int) (gc.Value, error) {
	vm := d.vm
	if idx < 0 || idx > len(d.s) {
		idx = max(0, min(idx, len(d.s)))
	}
	v, end, err := d.value(idx)
	if err != nil {
		if se, ok := err.(*jsonSyntax); ok {
			return vm.newTuple([]gc.Value{vNone, vm.newStr(se.msg), gc.Int(int64(se.pos))}), nil
		}
		return vEmpty, err
	}
	return vm.newTuple([]gc.Value{v, gc.Int(int64(end))}), nil
}

func (d *jsonDecoder) ws(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (d *jsonDecoder) fail(msg string, pos int) error { return &jsonSyntax{msg: msg, pos: pos} }

func (d *jsonDecoder) hasPrefix(i int, p string) bool {
	for _, r := range p {
		if i >= len(d.s) || d.s[i] != r {
			return false
		}
		i++
	}
	return true
}

// value parses the value that starts at i (no whitespace skipped).
func (d *jsonDecoder) value(i int) (gc.Value, int, error) {
	vm := d.vm
	if i >= len(d.s) {
		return vEmpty, i, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		if err != nil {
			return vEmpty, 0, err
		}
		return vm.newStr(s), end, nil
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return vNone, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return vTrue, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return vFalse, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		return d.constant("NaN", i, 3)
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		return d.constant("Infinity", i, 8)
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		return d.constant("-Infinity", i, 9)
	case c == '-' || c >= '0' && c <= '9':
		return d.number(i)
	}
	return vEmpty, i, d.fail("Expecting value", i)
}

func (d *jsonDecoder) constant(name string, i, n int) (gc.Value, int, error) {
	vm := d.vm
	if d.parseConstant.Tag() != gc.TagNone {
		v, err := vm.callValue(d.parseConstant, []gc.Value{vm.newStr(name)}, nil)
		return v, i + n, err
	}
	switch name {
	case "NaN":
		return gc.Float(math.NaN()), i + n, nil
	case "Infinity":
		return gc.Float(math.Inf(1)), i + n, nil
	}
	return gc.Float(math.Inf(-1)), i + n, nil
}

// number parses -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?.
func (d *jsonDecoder) number(i int) (gc.Value, int, error) {
	vm := d.vm
	start := i
	if d.s[i] == '-' {
		i++
	}
	digits := func(j int) int {
		for j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9' {
			j++
		}
		return j
	}
	if i >= len(d.s) || d.s[i] < '0' || d.s[i] > '9' {
		return vEmpty, start, d.fail("Expecting value", start)
	}
	if d.s[i] == '0' {
		i++
	} else {
		i = digits(i)
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && d.s[i+1] >= '0' && d.s[i+1] <= '9' {
		i = digits(i + 1)
		isFloat = true
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if k := digits(j); k > j {
			i = k
			isFloat = true
		}
	}
	text := string(d.s[start:i])
	if isFloat {
		if d.parseFloat.Tag() != gc.TagNone {
			v, err := vm.callValue(d.parseFloat, []gc.Value{vm.newStr(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !math.IsInf(f, 0) {
			return vEmpty, start, d.fail("Expecting value", start)
		}
		return gc.Float(f), i, nil
	}
	if d.parseInt.Tag() != gc.TagNone {
		v, err := vm.callValue(d.parseInt, []gc.Value{vm.newStr(text)}, nil)
		return v, i, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return gc.Int(n), i, nil
	}
	ndig := len(text)
	if text[0] == '-' {
		ndig--
	}
	if ndig > 4300 {
		return vEmpty, i, vm.raise("ValueError", "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", ndig)
	}
	b, _ := new(big.Int).SetString(text, 10)
	return vm.normBig(b), i, nil
}

// str parses a string body from i (after the quote); it returns the text
// and the index after the closing quote.
func (d *jsonDecoder) str(i int) (string, int, error) {
	begin := i - 1
	var b strings.Builder
	for {
		if i >= len(d.s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c == '\\':
			i++
			if i >= len(d.s) {
				return "", 0, d.fail("Unterminated string starting at", begin)
			}
			e := d.s[i]
			switch e {
			case '"', '\\', '/':
				b.WriteRune(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := d.hex4(i + 1)
				if !ok {
					return "", 0, d.fail("Invalid \\uXXXX escape", i)
				}
				i += 4
				if r >= 0xd800 && r <= 0xdbff && i+2 < len(d.s) && d.s[i+1] == '\\' && d.s[i+2] == 'u' {
					if lo, ok := d.hex4(i + 3); ok {
						if lo >= 0xdc00 && lo <= 0xdfff {
							r = utf16.DecodeRune(r, lo)
							i += 6
						}
					} else {
						return "", 0, d.fail("Invalid \\uXXXX escape", i+2)
					}
				}
				b.WriteRune(r)
			default:
				return "", 0, d.fail("Invalid \\escape", i-1)
			}
			i++
		case c < 0x20 && d.strict:
			return "", 0, d.fail("Invalid control character at", i)
		default:
			b.WriteRune(c)
			i++
		}
	}
}

func (d *jsonDecoder) hex4(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range d.s[i : i+4] {
		v := hexDigit(byte(c))
		if c > 127 || v < 0 {
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

func (d *jsonDecoder) nest() error {
	d.depth++
	if d.depth > d.vm.recLimit {
		return d.vm.raise("RecursionError", "maximum recursion depth exceeded while decoding a JSON document")
	}
	return nil
}

func (d *jsonDecoder) array(i int) (gc.Value, int, error) {
	vm := d.vm
	if err := d.nest(); err != nil {
		return vEmpty, 0, err
	}
	defer func() { d.depth-- }()
	var items []gc.Value
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == ']' {
		return vm.newList(nil, 0), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return vEmpty, 0, err
		}
		items = append(items, v)
		i = d.ws(end)
		if i < len(d.s) && d.s[i] == ']' {
			return vm.newList(items, 0), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return vEmpty, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func (d *jsonDecoder) object(i int) (gc.Value, int, error) {
	vm := d.vm
	if err := d.nest(); err != nil {
		return vEmpty, 0, err
	}
	defer func() { d.depth-- }()
	var pairs []gc.Value // key, value, key, value...
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == '}' {
		v, err := d.finishObject(nil)
		return v, i + 1, err
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return vEmpty, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
		k, end, err := d.str(i + 1)
		if err != nil {
			return vEmpty, 0, err
		}
		i = d.ws(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return vEmpty, 0, d.fail("Expecting ':' delimiter", i)
		}
		i = d.ws(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return vEmpty, 0, err
		}
		pairs = append(pairs, vm.newStr(k), v)
		i = d.ws(end)
		if i < len(d.s) && d.s[i] == '}' {
			v, err := d.finishObject(pairs)
			return v, i + 1, err
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return vEmpty, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

// finishObject builds the object from its pairs through the hooks.
func (d *jsonDecoder) finishObject(pairs []gc.Value) (gc.Value, error) {
	vm := d.vm
	if d.pairsHook.Tag() != gc.TagNone {
		items := make([]gc.Value, 0, len(pairs)/2)
		for j := 0; j < len(pairs); j += 2 {
			items = append(items, vm.newTuple([]gc.Value{pairs[j], pairs[j+1]}))
		}
		return vm.callValue(d.pairsHook, []gc.Value{vm.newList(items, 0)}, nil)
	}
	obj := vm.newDict()
	for j := 0; j < len(pairs); j += 2 {
		if err := vm.dictSet(obj, pairs[j], pairs[j+1]); err != nil {
			return vEmpty, err
		}
	}
	if d.objectHook.Tag() != gc.TagNone {
		return vm.callValue(d.objectHook, []gc.Value{obj}, nil)
	}
	return obj, nil
}
