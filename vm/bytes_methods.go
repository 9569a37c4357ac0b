// bytes_methods.go holds the methods of bytes and bytearray (one table:
// each method works on the receiver's bytes and builds results of the
// receiver's type) and bytearray's mutators, with CPython 3.11's argument
// checking, whose messages differ from method to method because CPython
// parses their arguments in three different ways.

package vm

import (
	"bytes"
	"math"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/num"
)

// argStyle says how a method parses its arguments, which decides the
// wording of its argument-count errors.
type argStyle uint8

const (
	argNone    argStyle = iota // METH_NOARGS: "bytes.upper() takes no arguments (1 given)"
	argOne                     // METH_O: "bytes.join() takes exactly one argument (0 given)"
	argClinic                  // positional-only clinic: "center expected at least 1 argument, got 0"
	argTuple                   // PyArg_ParseTuple: "find() takes at least 1 argument (0 given)"
	argKeyword                 // clinic with keywords: "split() takes at most 2 arguments (3 given)"
)

// bytesMethod is the body of a bytes/bytearray method: self is the
// receiver (a bytes or bytearray, never a subclass instance) and args its
// arguments, keywords already placed (vEmpty where omitted).
type bytesMethod func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error)

// bytesMethodDef describes one method.
type bytesMethodDef struct {
	style    argStyle
	min, max int
	kw       []string // argKeyword: the parameter names
	fn       bytesMethod
}

// checkArgs applies a method's argument rules and returns its arguments
// with keywords in place.
func (vm *VM) checkArgs(tname, name string, d *bytesMethodDef, args []gc.Value, kw []string) ([]gc.Value, error) {
	pos := args[:len(args)-len(kw)]
	n := len(pos)
	if len(kw) > 0 && d.style != argKeyword {
		return nil, vm.raise("TypeError", "%s.%s() takes no keyword arguments", tname, name)
	}
	switch d.style {
	case argNone:
		if n != 0 {
			return nil, vm.raise("TypeError", "%s.%s() takes no arguments (%d given)", tname, name, n)
		}
	case argOne:
		if n != 1 {
			return nil, vm.raise("TypeError", "%s.%s() takes exactly one argument (%d given)", tname, name, n)
		}
	case argClinic:
		if n < d.min || n > d.max {
			if d.min == d.max {
				return nil, vm.raise("TypeError", "%s expected %d argument%s, got %d", name, d.min, plural(d.min), n)
			}
			if n < d.min {
				return nil, vm.raise("TypeError", "%s expected at least %d argument%s, got %d", name, d.min, plural(d.min), n)
			}
			return nil, vm.raise("TypeError", "%s expected at most %d argument%s, got %d", name, d.max, plural(d.max), n)
		}
	case argTuple:
		if n < d.min {
			return nil, vm.raise("TypeError", "%s() takes at least %d argument%s (%d given)", name, d.min, plural(d.min), n)
		}
		if n > d.max {
			return nil, vm.raise("TypeError", "%s() takes at most %d argument%s (%d given)", name, d.max, plural(d.max), n)
		}
	case argKeyword:
		if n > d.max {
			return nil, vm.raise("TypeError", "%s() takes at most %d argument%s (%d given)", name, d.max, plural(d.max), n)
		}
		out := make([]gc.Value, d.max)
		copy(out, pos)
		for j, k := range kw {
			i := -1
			for x, p := range d.kw {
				if p == k {
					i = x
				}
			}
			if i < 0 {
				return nil, vm.raise("TypeError", "'%s' is an invalid keyword argument for %s()", k, name)
			}
			if i < n {
				return nil, vm.raise("TypeError", "argument for %s() given by name ('%s') and position (%d)", name, k, i+1)
			}
			out[i] = args[n+j]
		}
		for i := 0; i < d.min; i++ {
			if out[i].IsEmpty() {
				return nil, vm.raise("TypeError", "%s() missing required argument '%s' (pos %d)", name, d.kw[i], i+1)
			}
		}
		return out, nil
	}
	return pos, nil
}

// installBytesMethods installs the methods of bytes or bytearray.
func (vm *VM) installBytesMethods(t *Type, tag gc.Tag, table map[string]*bytesMethodDef) {
	ms := make(map[string]bfunc, len(table))
	tname := t.Name
	for name, d := range table {
		name, d := name, d
		ms[name] = func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args)-len(kw) < 1 {
				return vEmpty, vm.raise("TypeError", "unbound method %s.%s() needs an argument", tname, name)
			}
			self := args[0]
			if self.Tag() != tag {
				if base, ok := vm.baseOf(self); ok && base.Tag() == tag {
					self = base
				} else {
					return vEmpty, vm.raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, tname, vm.typeOf(self).Name)
				}
			}
			rest, err := vm.checkArgs(tname, name, d, args[1:], kw)
			if err != nil {
				return vEmpty, err
			}
			return d.fn(vm, self, rest)
		}
	}
	vm.methods(t, ms)
}

// initBytes installs the methods of bytes and bytearray, their class
// methods and iterator types, and int.to_bytes/from_bytes.
func (vm *VM) initBytes() {
	tb, ta := vm.tagTypes[TagBytes], vm.tagTypes[TagByteArray]
	vm.installBytesMethods(tb, TagBytes, bytesMethods)
	vm.installBytesMethods(ta, TagByteArray, bytesMethods)
	vm.installBytesMethods(ta, TagByteArray, byteArrayMethods)
	vm.initByteArrayInit(ta)
	vm.classMethods(tb, map[string]bfunc{"fromhex": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.bytesFromHex(args, kw)
	}})
	vm.classMethods(ta, map[string]bfunc{"fromhex": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.bytesFromHex(args, kw)
	}})
	for _, t := range []*Type{tb, ta} {
		tname := t.Name
		vm.dictSet(t.Dict, vm.intern("maketrans"), vm.newStaticMethod(vm.typeStatic(t, "maketrans", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(kw) > 0 {
				return vEmpty, vm.raise("TypeError", "%s.maketrans() takes no keyword arguments", tname)
			}
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "maketrans expected 2 arguments, got %d", len(args))
			}
			frm, err := vm.bytesArg(args[0])
			if err != nil {
				return vEmpty, err
			}
			to, err := vm.bytesArg(args[1])
			if err != nil {
				return vEmpty, err
			}
			if len(frm) != len(to) {
				return vEmpty, vm.raise("ValueError", "maketrans arguments must have same length")
			}
			tbl := make([]byte, 256)
			for i := range tbl {
				tbl[i] = byte(i)
			}
			for i, c := range frm {
				tbl[c] = to[i]
			}
			return vm.newBytes(tbl), nil
		})))
	}
	vm.initBytesIterTypes()
	vm.initIntBytes()
}

// bytesArg is an argument that must be bytes-like ("a bytes-like object
// is required, not 'str'"); the result is a copy.
func (vm *VM) bytesArg(v gc.Value) ([]byte, error) {
	b, ok := vm.bytesLike(v)
	if !ok {
		return nil, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(v).Name)
	}
	return append([]byte(nil), b...), nil
}

// data returns the current contents of a bytes or bytearray receiver.
func (vm *VM) data(self gc.Value) []byte {
	b, _ := vm.bytesView(self)
	return b
}

// result makes a value of the receiver's type.
func (vm *VM) result(self gc.Value, b []byte) gc.Value { return vm.newBytesLike(self.Tag(), b) }

// sliceIdx converts a start/end argument (None, an int, __index__), big
// values clamped, with CPython's message for other types.
func (vm *VM) sliceIdx(v gc.Value, dflt int64) (int64, error) {
	if v.IsEmpty() || v.Tag() == gc.TagNone {
		return dflt, nil
	}
	if v.Tag() == TagBigInt {
		if vm.bigOf(v).Sign() > 0 {
			return math.MaxInt64 / 2, nil
		}
		return math.MinInt64 / 2, nil
	}
	if !vm.hasIndex(v) {
		return 0, vm.raise("TypeError", "slice indices must be integers or None or have an __index__ method")
	}
	n, err := vm.indexValue(v)
	if err != nil && vm.isExcType(vm.exc, "OverflowError") {
		vm.exc = vEmpty
		return math.MaxInt64 / 2, nil
	}
	return n, err
}

// adjustIndices clamps start and end as CPython's ADJUST_INDICES.
func adjustIndices(start, end int64, n int) (int, int) {
	ln := int64(n)
	if end > ln {
		end = ln
	} else if end < 0 {
		end += ln
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += ln
		if start < 0 {
			start = 0
		}
	}
	if start > ln+1 {
		start = ln + 1
	}
	return int(start), int(end)
}

// subArg is the needle of find/count/index: a byte value or bytes-like.
func (vm *VM) subArg(v gc.Value) ([]byte, error) {
	if vm.hasIndex(v) {
		n, err := vm.indexValue(v)
		if err != nil && !vm.isExcType(vm.exc, "OverflowError") {
			return nil, err
		}
		if err != nil || n < 0 || n > 255 {
			vm.exc = vEmpty
			return nil, vm.raise("ValueError", "byte must be in range(0, 256)")
		}
		return []byte{byte(n)}, nil
	}
	b, ok := vm.bytesLike(v)
	if !ok {
		return nil, vm.raise("TypeError", "argument should be integer or bytes-like object, not '%s'", vm.typeOf(v).Name)
	}
	return append([]byte(nil), b...), nil
}

// findArgs parses (sub[, start[, end]]) and returns the needle, the
// receiver's bytes and the adjusted range.
func (vm *VM) findArgs(self gc.Value, args []gc.Value) ([]byte, []byte, int, int, error) {
	sub, err := vm.subArg(args[0])
	if err != nil {
		return nil, nil, 0, 0, err
	}
	var st, en gc.Value
	if len(args) > 1 {
		st = args[1]
	}
	if len(args) > 2 {
		en = args[2]
	}
	start, err := vm.sliceIdx(st, 0)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	end, err := vm.sliceIdx(en, math.MaxInt64/2)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	d := vm.data(self)
	s, e := adjustIndices(start, end, len(d))
	return sub, d, s, e, nil
}

// bytesFind returns the index of the needle in [s:e] (-1 if absent).
func bytesFind(d, sub []byte, s, e int, rev bool) int {
	if e-s < len(sub) {
		return -1
	}
	var i int
	if rev {
		i = bytes.LastIndex(d[s:e], sub)
	} else {
		i = bytes.Index(d[s:e], sub)
	}
	if i < 0 {
		return -1
	}
	return s + i
}

func findMethod(rev, raise bool) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		sub, d, s, e, err := vm.findArgs(self, args)
		if err != nil {
			return vEmpty, err
		}
		i := bytesFind(d, sub, s, e, rev)
		if i < 0 && raise {
			return vEmpty, vm.raise("ValueError", "subsection not found")
		}
		return gc.Int(int64(i)), nil
	}
}

// affixMethod implements startswith and endswith.
func affixMethod(name string, ends bool) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		var st, en gc.Value
		if len(args) > 1 {
			st = args[1]
		}
		if len(args) > 2 {
			en = args[2]
		}
		start, err := vm.sliceIdx(st, 0)
		if err != nil {
			return vEmpty, err
		}
		end, err := vm.sliceIdx(en, math.MaxInt64/2)
		if err != nil {
			return vEmpty, err
		}
		match := func(sub []byte) bool {
			d := vm.data(self)
			s, e := adjustIndices(start, end, len(d))
			if !ends {
				if s > len(d)-len(sub) {
					return false
				}
			} else {
				if e-s < len(sub) || s > len(d) {
					return false
				}
				if e-len(sub) > s {
					s = e - len(sub)
				}
			}
			if e-s < len(sub) {
				return false
			}
			return bytes.Equal(d[s:s+len(sub)], sub)
		}
		if args[0].Tag() == TagTuple {
			for _, p := range vm.tupleItems(args[0]) {
				sub, err := vm.bytesArg(p)
				if err != nil {
					return vEmpty, err
				}
				if match(sub) {
					return vTrue, nil
				}
			}
			return vFalse, nil
		}
		sub, ok := vm.bytesLike(args[0])
		if !ok {
			return vEmpty, vm.raise("TypeError", "%s first arg must be bytes or a tuple of bytes, not %s", name, vm.typeOf(args[0]).Name)
		}
		return gc.Bool(match(append([]byte(nil), sub...))), nil
	}
}

// mapBytes builds a method that rewrites every byte.
func mapBytes(f func(c byte) byte) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		d := vm.data(self)
		out := make([]byte, len(d))
		for i, c := range d {
			out[i] = f(c)
		}
		return vm.result(self, out), nil
	}
}

func isLowerB(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperB(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlphaB(c byte) bool { return isLowerB(c) || isUpperB(c) }
func isDigitB(c byte) bool { return c >= '0' && c <= '9' }
func toUpperB(c byte) byte {
	if isLowerB(c) {
		return c - 32
	}
	return c
}
func toLowerB(c byte) byte {
	if isUpperB(c) {
		return c + 32
	}
	return c
}

// predBytes builds an is*() method true when every byte satisfies p (and
// there is at least one).
func predBytes(p func(c byte) bool) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		d := vm.data(self)
		if len(d) == 0 {
			return vFalse, nil
		}
		for _, c := range d {
			if !p(c) {
				return vFalse, nil
			}
		}
		return vTrue, nil
	}
}

// caseCheck implements islower (lower) and isupper.
func caseCheck(lower bool) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		cased := false
		for _, c := range vm.data(self) {
			if (lower && isUpperB(c)) || (!lower && isLowerB(c)) {
				return vFalse, nil
			}
			if isAlphaB(c) {
				cased = true
			}
		}
		return gc.Bool(cased), nil
	}
}

// padMethod implements center, ljust and rjust.
func padMethod(name string, how byte) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		w, err := vm.indexValue(args[0])
		if err != nil {
			return vEmpty, err
		}
		fill := byte(' ')
		if len(args) > 1 {
			f, ok := vm.bytesView(args[1])
			if !ok || len(f) != 1 {
				return vEmpty, vm.raise("TypeError", "%s() argument 2 must be a byte string of length 1, not %s", name, vm.typeOf(args[1]).Name)
			}
			fill = f[0]
		}
		d := vm.data(self)
		if w <= int64(len(d)) {
			return vm.result(self, d), nil
		}
		if w > maxStrBytes {
			return vEmpty, vm.raise("MemoryError", "")
		}
		total := int(w) - len(d)
		left := 0
		switch how {
		case 'r':
			left = total
		case 'c':
			left = total/2 + (total & int(w) & 1)
		}
		out := make([]byte, 0, w)
		out = append(out, bytes.Repeat([]byte{fill}, left)...)
		out = append(out, d...)
		out = append(out, bytes.Repeat([]byte{fill}, total-left)...)
		return vm.result(self, out), nil
	}
}

// stripMethod implements strip, lstrip and rstrip.
func stripMethod(left, right bool) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		cut := isBytesSpace
		if len(args) > 0 && args[0].Tag() != gc.TagNone {
			chars, err := vm.bytesArg(args[0])
			if err != nil {
				return vEmpty, err
			}
			cut = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
		}
		d := vm.data(self)
		i, j := 0, len(d)
		if left {
			for i < j && cut(d[i]) {
				i++
			}
		}
		if right {
			for j > i && cut(d[j-1]) {
				j--
			}
		}
		return vm.result(self, d[i:j]), nil
	}
}

// splitMethod implements split and rsplit.
func splitMethod(rev bool) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		maxsplit := int64(-1)
		if !args[1].IsEmpty() {
			n, err := vm.indexValue(args[1])
			if err != nil {
				return vEmpty, err
			}
			maxsplit = n
		}
		if maxsplit < 0 {
			maxsplit = math.MaxInt64
		}
		var parts [][]byte
		if args[0].IsEmpty() || args[0].Tag() == gc.TagNone {
			d := vm.data(self)
			parts = splitWhite(d, maxsplit, rev)
		} else {
			sep, err := vm.bytesArg(args[0])
			if err != nil {
				return vEmpty, err
			}
			if len(sep) == 0 {
				return vEmpty, vm.raise("ValueError", "empty separator")
			}
			d := vm.data(self)
			if !rev {
				for maxsplit > 0 {
					i := bytes.Index(d, sep)
					if i < 0 {
						break
					}
					parts = append(parts, d[:i])
					d = d[i+len(sep):]
					maxsplit--
				}
				parts = append(parts, d)
			} else {
				for maxsplit > 0 {
					i := bytes.LastIndex(d, sep)
					if i < 0 {
						break
					}
					parts = append(parts, d[i+len(sep):])
					d = d[:i]
					maxsplit--
				}
				parts = append(parts, d)
				reverseParts(parts)
			}
		}
		return vm.bytesList(self, parts), nil
	}
}

// splitWhite splits on runs of ASCII whitespace.
func splitWhite(d []byte, maxsplit int64, rev bool) [][]byte {
	var parts [][]byte
	if !rev {
		i := 0
		for {
			for i < len(d) && isBytesSpace(d[i]) {
				i++
			}
			if i == len(d) {
				break
			}
			if maxsplit == 0 {
				parts = append(parts, d[i:])
				break
			}
			j := i
			for j < len(d) && !isBytesSpace(d[j]) {
				j++
			}
			parts = append(parts, d[i:j])
			maxsplit--
			i = j
		}
		return parts
	}
	j := len(d)
	for {
		for j > 0 && isBytesSpace(d[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, d[:j])
			break
		}
		i := j
		for i > 0 && !isBytesSpace(d[i-1]) {
			i--
		}
		parts = append(parts, d[i:j])
		maxsplit--
		j = i
	}
	reverseParts(parts)
	return parts
}

func reverseParts(p [][]byte) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// bytesList makes a list of values of the receiver's type.
func (vm *VM) bytesList(self gc.Value, parts [][]byte) gc.Value {
	items := make([]gc.Value, len(parts))
	for i, p := range parts {
		items[i] = vm.result(self, p)
	}
	return vm.newList(items, 0)
}

// partitionMethod implements partition and rpartition.
func partitionMethod(rev bool) bytesMethod {
	return func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		sep, err := vm.bytesArg(args[0])
		if err != nil {
			return vEmpty, err
		}
		if len(sep) == 0 {
			return vEmpty, vm.raise("ValueError", "empty separator")
		}
		d := vm.data(self)
		var i int
		if rev {
			i = bytes.LastIndex(d, sep)
		} else {
			i = bytes.Index(d, sep)
		}
		if i < 0 {
			if rev {
				return vm.newTuple([]gc.Value{vm.result(self, nil), vm.result(self, nil), vm.result(self, d)}), nil
			}
			return vm.newTuple([]gc.Value{vm.result(self, d), vm.result(self, nil), vm.result(self, nil)}), nil
		}
		return vm.newTuple([]gc.Value{vm.result(self, d[:i]), vm.result(self, sep), vm.result(self, d[i+len(sep):])}), nil
	}
}

// bytesReplace is bytes.replace(old, new, count).
func bytesReplace(d, old, nw []byte, count int64) []byte {
	if count < 0 {
		count = math.MaxInt64
	}
	var out []byte
	if len(old) == 0 {
		for i := 0; i <= len(d); i++ {
			if count > 0 {
				out = append(out, nw...)
				count--
			}
			if i < len(d) {
				out = append(out, d[i])
			}
		}
		return out
	}
	for count > 0 {
		i := bytes.Index(d, old)
		if i < 0 {
			break
		}
		out = append(append(out, d[:i]...), nw...)
		d = d[i+len(old):]
		count--
	}
	return append(out, d...)
}

// hexMethod is bytes.hex(sep=<unrepresentable>, bytes_per_sep=1).
func hexMethod(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
	s, err := hexWithSep(vm, vm.data(self), args[0], args[1])
	if err != nil {
		return vEmpty, err
	}
	return vm.newStr(s), nil
}

// hexWithSep writes d in hex digits, as bytes.hex and binascii.hexlify do:
// with the separator sepArg (empty: none) every bytesPerSep bytes, counted
// from the right when positive and from the left when negative.
func hexWithSep(vm *VM, d []byte, sepArg, groupArg gc.Value) (string, error) {
	var sep byte
	hasSep := false
	if !sepArg.IsEmpty() {
		n, err := vm.length(sepArg)
		if err != nil {
			return "", err
		}
		if n != 1 {
			return "", vm.raise("ValueError", "sep must be length 1.")
		}
		var s []byte
		switch sepArg.Tag() {
		case TagStr:
			s = []byte(vm.str(sepArg))
		case TagBytes:
			s, _ = vm.bytesView(sepArg)
		default:
			return "", vm.raise("TypeError", "sep must be str or bytes.")
		}
		if len(s) != 1 || s[0] > 127 {
			return "", vm.raise("ValueError", "sep must be ASCII.")
		}
		sep, hasSep = s[0], true
	}
	group := int64(1)
	if !groupArg.IsEmpty() {
		n, err := vm.indexValue(groupArg)
		if err != nil {
			return "", err
		}
		group = n
	}
	const digits = "0123456789abcdef"
	var out []byte
	if !hasSep || group == 0 || len(d) == 0 {
		out = make([]byte, 0, 2*len(d))
		for _, c := range d {
			out = append(out, digits[c>>4], digits[c&15])
		}
		return string(out), nil
	}
	g := group
	if g < 0 {
		g = -g
	}
	for i, c := range d {
		if i > 0 {
			var boundary bool
			if group < 0 {
				boundary = int64(i)%g == 0
			} else {
				boundary = int64(len(d)-i)%g == 0
			}
			if boundary {
				out = append(out, sep)
			}
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out), nil
}

var bytesMethods = map[string]*bytesMethodDef{
	"capitalize": {style: argNone, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		d := vm.data(self)
		out := make([]byte, len(d))
		for i, c := range d {
			if i == 0 {
				out[i] = toUpperB(c)
			} else {
				out[i] = toLowerB(c)
			}
		}
		return vm.result(self, out), nil
	}},
	"lower": {style: argNone, fn: mapBytes(toLowerB)},
	"upper": {style: argNone, fn: mapBytes(toUpperB)},
	"swapcase": {style: argNone, fn: mapBytes(func(c byte) byte {
		if isUpperB(c) {
			return toLowerB(c)
		}
		return toUpperB(c)
	})},
	"title": {style: argNone, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		d := vm.data(self)
		out := make([]byte, len(d))
		prev := false
		for i, c := range d {
			if prev {
				out[i] = toLowerB(c)
			} else {
				out[i] = toUpperB(c)
			}
			prev = isAlphaB(c)
		}
		return vm.result(self, out), nil
	}},
	"isalnum": {style: argNone, fn: predBytes(func(c byte) bool { return isAlphaB(c) || isDigitB(c) })},
	"isalpha": {style: argNone, fn: predBytes(isAlphaB)},
	"isdigit": {style: argNone, fn: predBytes(isDigitB)},
	"isspace": {style: argNone, fn: predBytes(isBytesSpace)},
	"isascii": {style: argNone, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		for _, c := range vm.data(self) {
			if c > 127 {
				return vFalse, nil
			}
		}
		return vTrue, nil
	}},
	"islower": {style: argNone, fn: caseCheck(true)},
	"isupper": {style: argNone, fn: caseCheck(false)},
	"istitle": {style: argNone, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		cased, prev := false, false
		for _, c := range vm.data(self) {
			switch {
			case isUpperB(c):
				if prev {
					return vFalse, nil
				}
				prev, cased = true, true
			case isLowerB(c):
				if !prev {
					return vFalse, nil
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return gc.Bool(cased), nil
	}},
	"center": {style: argClinic, min: 1, max: 2, fn: padMethod("center", 'c')},
	"ljust":  {style: argClinic, min: 1, max: 2, fn: padMethod("ljust", 'l')},
	"rjust":  {style: argClinic, min: 1, max: 2, fn: padMethod("rjust", 'r')},
	"zfill": {style: argOne, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		w, err := vm.indexValue(args[0])
		if err != nil {
			return vEmpty, err
		}
		d := vm.data(self)
		if w <= int64(len(d)) {
			return vm.result(self, d), nil
		}
		if w > maxStrBytes {
			return vEmpty, vm.raise("MemoryError", "")
		}
		out := make([]byte, 0, w)
		rest := d
		if len(d) > 0 && (d[0] == '+' || d[0] == '-') {
			out = append(out, d[0])
			rest = d[1:]
		}
		out = append(out, bytes.Repeat([]byte{'0'}, int(w)-len(d))...)
		return vm.result(self, append(out, rest...)), nil
	}},
	"count": {style: argTuple, min: 1, max: 3, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		sub, d, s, e, err := vm.findArgs(self, args)
		if err != nil {
			return vEmpty, err
		}
		if e < s {
			return gc.Int(0), nil
		}
		if len(sub) == 0 {
			return gc.Int(int64(e - s + 1)), nil
		}
		return gc.Int(int64(bytes.Count(d[s:e], sub))), nil
	}},
	"find":       {style: argTuple, min: 1, max: 3, fn: findMethod(false, false)},
	"rfind":      {style: argTuple, min: 1, max: 3, fn: findMethod(true, false)},
	"index":      {style: argTuple, min: 1, max: 3, fn: findMethod(false, true)},
	"rindex":     {style: argTuple, min: 1, max: 3, fn: findMethod(true, true)},
	"startswith": {style: argTuple, min: 1, max: 3, fn: affixMethod("startswith", false)},
	"endswith":   {style: argTuple, min: 1, max: 3, fn: affixMethod("endswith", true)},
	"strip":      {style: argClinic, min: 0, max: 1, fn: stripMethod(true, true)},
	"lstrip":     {style: argClinic, min: 0, max: 1, fn: stripMethod(true, false)},
	"rstrip":     {style: argClinic, min: 0, max: 1, fn: stripMethod(false, true)},
	"removeprefix": {style: argOne, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		p, err := vm.bytesArg(args[0])
		if err != nil {
			return vEmpty, err
		}
		return vm.result(self, bytes.TrimPrefix(vm.data(self), p)), nil
	}},
	"removesuffix": {style: argOne, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		p, err := vm.bytesArg(args[0])
		if err != nil {
			return vEmpty, err
		}
		d := vm.data(self)
		if len(p) > 0 && bytes.HasSuffix(d, p) {
			d = d[:len(d)-len(p)]
		}
		return vm.result(self, d), nil
	}},
	"split":  {style: argKeyword, max: 2, kw: []string{"sep", "maxsplit"}, fn: splitMethod(false)},
	"rsplit": {style: argKeyword, max: 2, kw: []string{"sep", "maxsplit"}, fn: splitMethod(true)},
	"splitlines": {style: argKeyword, max: 1, kw: []string{"keepends"}, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		keep := false
		if !args[0].IsEmpty() {
			if !vm.hasIndex(args[0]) {
				return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(args[0]).Name)
			}
			k, err := vm.truth(args[0])
			if err != nil {
				return vEmpty, err
			}
			keep = k
		}
		d := vm.data(self)
		var parts [][]byte
		for i := 0; i < len(d); {
			j := i
			for j < len(d) && d[j] != '\n' && d[j] != '\r' {
				j++
			}
			eol := j
			if j < len(d) {
				if d[j] == '\r' && j+1 < len(d) && d[j+1] == '\n' {
					j += 2
				} else {
					j++
				}
				if keep {
					eol = j
				}
			}
			parts = append(parts, d[i:eol])
			i = j
		}
		return vm.bytesList(self, parts), nil
	}},
	"partition":  {style: argOne, fn: partitionMethod(false)},
	"rpartition": {style: argOne, fn: partitionMethod(true)},
	"join": {style: argOne, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		it, err := vm.getIter(args[0])
		if err != nil {
			if vm.isExcType(vm.exc, "TypeError") {
				vm.exc = vEmpty
				return vEmpty, vm.raise("TypeError", "can only join an iterable")
			}
			return vEmpty, err
		}
		var out []byte
		for i := 0; ; i++ {
			x, ok, err := vm.next(it)
			if err != nil {
				return vEmpty, err
			}
			if !ok {
				break
			}
			b, isB := vm.bytesLike(x)
			if !isB {
				return vEmpty, vm.raise("TypeError", "sequence item %d: expected a bytes-like object, %s found", i, vm.typeOf(x).Name)
			}
			if i > 0 {
				out = append(out, vm.data(self)...)
			}
			out = append(out, b...)
		}
		return vm.result(self, out), nil
	}},
	"replace": {style: argClinic, min: 2, max: 3, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		old, err := vm.bytesArg(args[0])
		if err != nil {
			return vEmpty, err
		}
		nw, err := vm.bytesArg(args[1])
		if err != nil {
			return vEmpty, err
		}
		count := int64(-1)
		if len(args) > 2 {
			if count, err = vm.indexValue(args[2]); err != nil {
				return vEmpty, err
			}
		}
		out := bytesReplace(vm.data(self), old, nw, count)
		if len(out) > maxStrBytes {
			return vEmpty, vm.raise("MemoryError", "")
		}
		return vm.result(self, out), nil
	}},
	"expandtabs": {style: argKeyword, max: 1, kw: []string{"tabsize"}, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		ts := int64(8)
		if !args[0].IsEmpty() {
			n, err := vm.indexValue(args[0])
			if err != nil {
				return vEmpty, err
			}
			ts = n
		}
		var out []byte
		col := int64(0)
		for _, c := range vm.data(self) {
			switch c {
			case '\t':
				if ts > 0 {
					n := ts - col%ts
					if int64(len(out))+n > maxStrBytes {
						return vEmpty, vm.raise("OverflowError", "result too long")
					}
					out = append(out, bytes.Repeat([]byte{' '}, int(n))...)
					col += n
				}
			case '\n', '\r':
				out = append(out, c)
				col = 0
			default:
				out = append(out, c)
				col++
			}
		}
		return vm.result(self, out), nil
	}},
	"hex": {style: argKeyword, max: 2, kw: []string{"sep", "bytes_per_sep"}, fn: hexMethod},
	"translate": {style: argKeyword, max: 2, kw: []string{"table", "delete"}, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		var tbl []byte
		if args[0].Tag() != gc.TagNone {
			t, err := vm.bytesArg(args[0])
			if err != nil {
				return vEmpty, err
			}
			if len(t) != 256 {
				return vEmpty, vm.raise("ValueError", "translation table must be 256 characters long")
			}
			tbl = t
		}
		var del []byte
		if !args[1].IsEmpty() {
			d, err := vm.bytesArg(args[1])
			if err != nil {
				return vEmpty, err
			}
			del = d
		}
		var out []byte
		for _, c := range vm.data(self) {
			if bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if tbl != nil {
				c = tbl[c]
			}
			out = append(out, c)
		}
		return vm.result(self, out), nil
	}},
	"decode": {style: argKeyword, max: 2, kw: []string{"encoding", "errors"}, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		enc, errs, err := vm.codecNames("decode", args[0], args[1])
		if err != nil {
			return vEmpty, err
		}
		s, err := vm.decodeBytes(self, enc, errs)
		if err != nil {
			return vEmpty, err
		}
		return vm.newStr(s), nil
	}},
}

// byteArrayMethods are bytearray's mutators.
var byteArrayMethods = map[string]*bytesMethodDef{
	"append": {style: argOne, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		c, err := vm.byteValue(args[0], "byte must be in range(0, 256)")
		if err != nil {
			return vEmpty, err
		}
		ba := vm.byteArrayOf(self)
		ba.b = append(ba.b, c)
		return vNone, nil
	}},
	"extend": {style: argOne, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		var add []byte
		if b, ok := vm.bytesLike(args[0]); ok {
			add = append([]byte(nil), b...)
		} else {
			if args[0].Tag() != TagStr {
				if _, err := vm.getIter(args[0]); err != nil {
					if vm.isExcType(vm.exc, "TypeError") {
						vm.exc = vEmpty
						return vEmpty, vm.raise("TypeError", "can't extend bytearray with %s", vm.typeOf(args[0]).Name)
					}
					return vEmpty, err
				}
			}
			var err error
			if args[0].Tag() == TagStr {
				return vEmpty, vm.raise("TypeError", "'str' object cannot be interpreted as an integer")
			}
			if add, err = vm.bytesFromObject(args[0], "bytearray"); err != nil {
				return vEmpty, err
			}
		}
		ba := vm.byteArrayOf(self)
		ba.b = append(ba.b, add...)
		vm.heap.ChargeExternal(uint64(len(add)))
		return vNone, nil
	}},
	"insert": {style: argClinic, min: 2, max: 2, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		i, err := vm.indexValue(args[0])
		if err != nil {
			return vEmpty, err
		}
		c, err := vm.byteValue(args[1], "byte must be in range(0, 256)")
		if err != nil {
			return vEmpty, err
		}
		ba := vm.byteArrayOf(self)
		n := int64(len(ba.b))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		ba.b = append(ba.b, 0)
		copy(ba.b[i+1:], ba.b[i:])
		ba.b[i] = c
		return vNone, nil
	}},
	"pop": {style: argClinic, min: 0, max: 1, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		i := int64(-1)
		if len(args) > 0 {
			n, err := vm.indexValue(args[0])
			if err != nil {
				return vEmpty, err
			}
			i = n
		}
		ba := vm.byteArrayOf(self)
		n := int64(len(ba.b))
		if n == 0 {
			return vEmpty, vm.raise("IndexError", "pop from empty bytearray")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return vEmpty, vm.raise("IndexError", "pop index out of range")
		}
		c := ba.b[i]
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return gc.Int(int64(c)), nil
	}},
	"remove": {style: argOne, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		c, err := vm.byteValue(args[0], "byte must be in range(0, 256)")
		if err != nil {
			return vEmpty, err
		}
		ba := vm.byteArrayOf(self)
		i := bytes.IndexByte(ba.b, c)
		if i < 0 {
			return vEmpty, vm.raise("ValueError", "value not found in bytearray")
		}
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return vNone, nil
	}},
	"clear": {style: argNone, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		vm.byteArrayOf(self).b = nil
		return vNone, nil
	}},
	"copy": {style: argNone, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		return vm.newByteArray(vm.data(self)), nil
	}},
	"reverse": {style: argNone, fn: func(vm *VM, self gc.Value, args []gc.Value) (gc.Value, error) {
		b := vm.byteArrayOf(self).b
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return vNone, nil
	}},
}

// ---- int.to_bytes and int.from_bytes ----

// initIntBytes installs int.to_bytes and the class method int.from_bytes.
func (vm *VM) initIntBytes() {
	order := func(v gc.Value, fname string) (bool, error) {
		if v.IsEmpty() {
			return false, nil
		}
		if v.Tag() != TagStr {
			return false, vm.raise("TypeError", "%s() argument 'byteorder' must be str, not %s", fname, vm.typeOf(v).Name)
		}
		switch vm.str(v) {
		case "little":
			return true, nil
		case "big":
			return false, nil
		}
		return false, vm.raise("ValueError", "byteorder must be either 'little' or 'big'")
	}
	vm.methods(vm.tInt, map[string]bfunc{
		"to_bytes": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			d := &bytesMethodDef{style: argKeyword, max: 3, kw: []string{"length", "byteorder", "signed"}}
			if len(args)-len(kw) < 1 || !isIntLike(vm.unwrap(args[0])) {
				return vEmpty, vm.raise("TypeError", "descriptor 'to_bytes' for 'int' objects doesn't apply to a non-int object")
			}
			a, err := vm.checkArgs("int", "to_bytes", d, args[1:], kw)
			if err != nil {
				return vEmpty, err
			}
			if len(args)-len(kw) > 3 {
				return vEmpty, vm.raise("TypeError", "to_bytes() takes at most 2 positional arguments (%d given)", len(args)-len(kw)-1)
			}
			length := int64(1)
			if !a[0].IsEmpty() {
				if length, err = vm.indexValue(a[0]); err != nil {
					return vEmpty, err
				}
			}
			little, err := order(a[1], "to_bytes")
			if err != nil {
				return vEmpty, err
			}
			signed := false
			if !a[2].IsEmpty() {
				if signed, err = vm.truth(a[2]); err != nil {
					return vEmpty, err
				}
			}
			if length > maxStrBytes {
				return vEmpty, vm.raise("MemoryError", "")
			}
			b, err := vm.toInt(vm.unwrap(args[0])).ToBytes(int(length), little, signed)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return vm.newBytes(b), nil
		},
	})
	vm.classMethods(vm.tInt, map[string]bfunc{
		"from_bytes": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			d := &bytesMethodDef{style: argKeyword, min: 1, max: 3, kw: []string{"bytes", "byteorder", "signed"}}
			a, err := vm.checkArgs("int", "from_bytes", d, args[1:], kw)
			if err != nil {
				return vEmpty, err
			}
			if len(args)-len(kw) > 3 {
				return vEmpty, vm.raise("TypeError", "from_bytes() takes at most 2 positional arguments (%d given)", len(args)-len(kw)-1)
			}
			little, err := order(a[1], "from_bytes")
			if err != nil {
				return vEmpty, err
			}
			signed := false
			if !a[2].IsEmpty() {
				if signed, err = vm.truth(a[2]); err != nil {
					return vEmpty, err
				}
			}
			var data []byte
			if b, ok := vm.bytesLike(a[0]); ok {
				data = b
			} else {
				if a[0].Tag() == TagObject {
					if m, ok := vm.lookupS(vm.typeOf(a[0]), "__bytes__"); ok {
						r, err := vm.callValue(m, []gc.Value{a[0]}, nil)
						if err != nil {
							return vEmpty, err
						}
						if r.Tag() != TagBytes {
							return vEmpty, vm.raise("TypeError", "__bytes__ returned non-bytes (type %s)", vm.typeOf(r).Name)
						}
						data, _ = vm.bytesView(r)
					}
				}
				if data == nil {
					if data, err = vm.bytesFromObject(a[0], "bytes"); err != nil {
						return vEmpty, err
					}
				}
			}
			r := vm.fromInt(num.IntFromBytes(data, little, signed))
			t, _ := vm.asType(args[0])
			if t == nil || t == vm.tInt {
				return r, nil
			}
			if t == vm.tBool {
				return gc.Bool(vm.toInt(r).Bool()), nil
			}
			return vm.callType(t, []gc.Value{r}, nil)
		},
	})
}
