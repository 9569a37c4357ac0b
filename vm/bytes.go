// bytes.go holds the bytes and bytearray objects: their layouts, the
// constructors (bytes(), bytearray(), fromhex), indexing and slicing,
// item and slice assignment and deletion on bytearray, iteration,
// comparison, hashing, containment and the operators (+, *, %, += and *=),
// with CPython 3.11's results and messages. The methods are in
// bytes_methods.go, the codecs in codec.go; docs/bytes.md explains the
// representation.

package vm

import (
	"bytes"
	"math"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/num"
	"github.com/hotloop/hotloop/vm/strfmt"
)

// byteArray is the Go side of a bytearray: its contents, which every
// mutation replaces or edits in place.
type byteArray struct {
	b []byte
}

// newByteArray allocates a bytearray holding a copy of b.
func (vm *VM) newByteArray(b []byte) gc.Value {
	r := vm.alloc(kindMisc, 0, 0)
	vm.heap.SetSide(r, &byteArray{b: append([]byte(nil), b...)})
	vm.heap.ChargeExternal(uint64(len(b)))
	return mkref(TagByteArray, r)
}

// byteArrayOf returns the Go side of a bytearray value.
func (vm *VM) byteArrayOf(v gc.Value) *byteArray { return vm.heap.Side(v.Ref()).(*byteArray) }

// stringBytes views the bytes of a Go string without copying; the result
// must never be written to.
func stringBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// bytesView returns the contents of a bytes or bytearray value (not of a
// subclass instance). The slice is read-only for bytes and aliases a
// bytearray's storage: copy it before running code that may mutate it.
func (vm *VM) bytesView(v gc.Value) ([]byte, bool) {
	switch v.Tag() {
	case TagBytes:
		return stringBytes(vm.heap.Side(v.Ref()).(string)), true
	case TagByteArray:
		return vm.byteArrayOf(v).b, true
	}
	return nil, false
}

// bytesLike is bytesView that also accepts instances of subclasses of
// bytes and bytearray (the buffer protocol of the objects hotloop has).
func (vm *VM) bytesLike(v gc.Value) ([]byte, bool) {
	if b, ok := vm.bytesView(v); ok {
		return b, true
	}
	if base, ok := vm.baseOf(v); ok {
		return vm.bytesView(base)
	}
	if v.Tag() == TagObject && vm.typeOf(v) == vm.tMemoryView {
		return vm.memViewBytes(v)
	}
	return nil, false
}

// isBytesTag reports whether t is the tag of bytes or bytearray.
func isBytesTag(t gc.Tag) bool { return t == TagBytes || t == TagByteArray }

// newBytesLike makes a bytes (tag TagBytes) or bytearray holding a copy of b.
func (vm *VM) newBytesLike(tag gc.Tag, b []byte) gc.Value {
	if tag == TagByteArray {
		return vm.newByteArray(b)
	}
	return vm.newBytes(b)
}

// bytesTypeName is "bytes" or "bytearray" for a tag.
func bytesTypeName(tag gc.Tag) string {
	if tag == TagByteArray {
		return "bytearray"
	}
	return "bytes"
}

// ---- construction ----

// ctorBytes is bytes(source=b”, encoding=None, errors=None).
func ctorBytes(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	b, err := vm.bytesCtorData(args, kw, TagBytes)
	if err != nil {
		return vEmpty, err
	}
	return vm.newBytes(b), nil
}

// ctorByteArray is bytearray(source=b”, encoding=None, errors=None).
func ctorByteArray(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	b, err := vm.bytesCtorData(args, kw, TagByteArray)
	if err != nil {
		return vEmpty, err
	}
	return vm.newByteArray(b), nil
}

// bytesCtorData computes the contents of bytes(...) or bytearray(...).
func (vm *VM) bytesCtorData(args []gc.Value, kw []string, tag gc.Tag) ([]byte, error) {
	name := bytesTypeName(tag)
	pos, kv, err := vm.kwArgs(name, args, kw, "source", "encoding", "errors")
	if err != nil {
		return nil, err
	}
	if len(pos) > 3 {
		return nil, vm.raise("TypeError", "%s() takes at most 3 arguments (%d given)", name, len(pos))
	}
	for i, p := range pos {
		kv[i] = p
	}
	src, enc, errs := kv[0], kv[1], kv[2]
	for i, x := range []gc.Value{enc, errs} {
		if !x.IsEmpty() && x.Tag() != TagStr {
			what := [2]string{"encoding", "errors"}[i]
			return nil, vm.raise("TypeError", "%s() argument '%s' must be str, not %s", name, what, vm.typeOf(x).Name)
		}
	}
	if src.IsEmpty() {
		if !enc.IsEmpty() {
			return nil, vm.raise("TypeError", "encoding without a string argument")
		}
		if !errs.IsEmpty() {
			return nil, vm.raise("TypeError", "errors without a string argument")
		}
		return nil, nil
	}
	if !enc.IsEmpty() {
		if src.Tag() != TagStr && !vm.isInstance(src, vm.tStr) {
			return nil, vm.raise("TypeError", "encoding without a string argument")
		}
		errName := "strict"
		if !errs.IsEmpty() {
			errName = vm.str(errs)
		}
		return vm.encodeStr(vm.str(vm.unwrap(src)), vm.str(enc), errName)
	}
	if !errs.IsEmpty() {
		if src.Tag() == TagStr {
			return nil, vm.raise("TypeError", "string argument without an encoding")
		}
		return nil, vm.raise("TypeError", "errors without a string argument")
	}
	if tag == TagBytes && src.Tag() == TagObject {
		if m, ok := vm.lookupS(vm.typeOf(src), "__bytes__"); ok {
			r, err := vm.callValue(m, []gc.Value{src}, nil)
			if err != nil {
				return nil, err
			}
			b, ok := vm.bytesLike(r)
			if !ok || r.Tag() == TagByteArray {
				return nil, vm.raise("TypeError", "__bytes__ returned non-bytes (type %s)", vm.typeOf(r).Name)
			}
			return append([]byte(nil), b...), nil
		}
	}
	if src.Tag() == TagStr || vm.isInstance(src, vm.tStr) {
		return nil, vm.raise("TypeError", "string argument without an encoding")
	}
	if vm.hasIndex(src) {
		n, err := vm.indexValue(src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.raise("ValueError", "negative count")
		}
		if n > maxStrBytes {
			return nil, vm.raise("MemoryError", "")
		}
		return make([]byte, n), nil
	}
	return vm.bytesFromObject(src, name)
}

// hasIndex reports whether v is an int or defines __index__.
func (vm *VM) hasIndex(v gc.Value) bool {
	if isIntLike(v) {
		return true
	}
	if v.Tag() == TagObject {
		_, ok := vm.lookupS(vm.typeOf(v), "__index__")
		return ok
	}
	return false
}

// indexValue is operator.index(v) as an int64 (PyNumber_AsSsize_t with
// OverflowError): "cannot fit 'int' into an index-sized integer".
func (vm *VM) indexValue(v gc.Value) (int64, error) {
	if v.Tag() == TagObject {
		if base, ok := vm.baseOf(v); ok && isIntLike(base) {
			v = base
		} else if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			if !isIntLike(r) {
				return 0, vm.raise("TypeError", "__index__ returned non-int (type %s)", vm.typeOf(r).Name)
			}
			v = r
		}
	}
	switch v.Tag() {
	case gc.TagInt, gc.TagBool:
		return int64(v.Bits()), nil
	case TagBigInt:
		return 0, vm.raise("OverflowError", "cannot fit 'int' into an index-sized integer")
	}
	return 0, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
}

// byteValue converts an item to a byte as bytes([...]) and bytearray
// item assignment do: an index in range(0, 256).
func (vm *VM) byteValue(v gc.Value, msg string) (byte, error) {
	if !vm.hasIndex(v) {
		return 0, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
	}
	n, err := vm.indexValue(v)
	if err != nil {
		if vm.isExcType(vm.exc, "OverflowError") {
			vm.exc = vEmpty
			return 0, vm.raise("ValueError", "%s", msg)
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, vm.raise("ValueError", "%s", msg)
	}
	return byte(n), nil
}

// bytesFromObject is PyBytes_FromObject / bytearray's init from a buffer
// or an iterable of ints; what names the target type in the message.
func (vm *VM) bytesFromObject(src gc.Value, what string) ([]byte, error) {
	if b, ok := vm.bytesLike(src); ok {
		return append([]byte(nil), b...), nil
	}
	msg := "bytes must be in range(0, 256)"
	if what == "bytearray" {
		msg = "byte must be in range(0, 256)"
	}
	if src.Tag() != TagStr {
		it, err := vm.getIter(src)
		if err == nil {
			var out []byte
			for {
				x, ok, err := vm.next(it)
				if err != nil {
					return nil, err
				}
				if !ok {
					return out, nil
				}
				c, err := vm.byteValue(x, msg)
				if err != nil {
					return nil, err
				}
				out = append(out, c)
			}
		}
		if !vm.isExcType(vm.exc, "TypeError") {
			return nil, err
		}
		vm.exc = vEmpty
	}
	return nil, vm.raise("TypeError", "cannot convert '%s' object to %s", vm.typeOf(src).Name, what)
}

// bytesFromHex is bytes.fromhex(s) / bytearray.fromhex(s).
func (vm *VM) bytesFromHex(args []gc.Value, kw []string) (gc.Value, error) {
	cls := args[0]
	t, _ := vm.asType(cls)
	name := "bytes"
	if t != nil && isSubtype(t, vm.tagTypes[TagByteArray]) {
		name = "bytearray"
	}
	if len(kw) > 0 {
		return vEmpty, vm.raise("TypeError", "%s.fromhex() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return vEmpty, vm.raise("TypeError", "%s.fromhex() takes exactly one argument (%d given)", name, len(args)-1)
	}
	if args[1].Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "fromhex() argument must be str, not %s", vm.typeOf(args[1]).Name)
	}
	s := vm.str(args[1])
	out := make([]byte, 0, len(s)/2)
	bad := -1
	if !isASCII(s) {
		for i, r := range runesOf(s) {
			if r > 127 {
				bad = i
				break
			}
		}
	} else {
		for i := 0; i < len(s); {
			if isBytesSpace(s[i]) {
				i++
				continue
			}
			hi := hexDigit(s[i])
			if hi < 0 {
				bad = i
				break
			}
			if i+1 >= len(s) || hexDigit(s[i+1]) < 0 {
				bad = i + 1
				break
			}
			out = append(out, byte(hi<<4|hexDigit(s[i+1])))
			i += 2
		}
	}
	if bad >= 0 {
		return vEmpty, vm.raise("ValueError", "non-hexadecimal number found in fromhex() arg at position %d", bad)
	}
	if name == "bytearray" {
		return vm.wrapBytesResult(t, vm.newByteArray(out))
	}
	return vm.wrapBytesResult(t, vm.newBytes(out))
}

// wrapBytesResult calls a subclass with the result of a classmethod that
// makes a builtin value (cls(result)), as CPython's fromhex does.
func (vm *VM) wrapBytesResult(t *Type, v gc.Value) (gc.Value, error) {
	if t == nil || t.inst != TagObject {
		return v, nil
	}
	return vm.callType(t, []gc.Value{v}, nil)
}

// hexDigit is the value of a hex digit, or -1.
func hexDigit(c byte) int {
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

// isBytesSpace is bytes.isspace for one byte (Py_ISSPACE).
func isBytesSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// ---- indexing ----

// bytesGetItem implements b[i] and b[slice] for bytes and bytearray.
func (vm *VM) bytesGetItem(a, idx gc.Value) (gc.Value, error) {
	data, _ := vm.bytesView(a)
	tag := a.Tag()
	if idx.Tag() == TagSlice {
		start, _, step, n, err := vm.sliceIndices(idx, len(data))
		if err != nil {
			return vEmpty, err
		}
		data, _ = vm.bytesView(a)
		if step == 1 {
			return vm.newBytesLike(tag, data[start:start+n]), nil
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = data[start+i*step]
		}
		return vm.newBytesLike(tag, out), nil
	}
	what := "byte"
	if tag == TagByteArray {
		what = "bytearray"
	}
	i, err := vm.index(idx, what)
	if err != nil {
		return vEmpty, err
	}
	data, _ = vm.bytesView(a)
	if i < 0 {
		i += int64(len(data))
	}
	if i < 0 || i >= int64(len(data)) {
		if tag == TagByteArray {
			return vEmpty, vm.raise("IndexError", "bytearray index out of range")
		}
		return vEmpty, vm.raise("IndexError", "index out of range")
	}
	return gc.Int(int64(data[i])), nil
}

// byteArraySetItem implements ba[i] = x and ba[slice] = x (x is nil for
// del ba[...]).
func (vm *VM) byteArraySetItem(a, idx gc.Value, x *gc.Value) error {
	ba := vm.byteArrayOf(a)
	if idx.Tag() != TagSlice {
		if !vm.hasIndex(idx) {
			return vm.raise("TypeError", "bytearray indices must be integers or slices, not %s", vm.typeOf(idx).Name)
		}
		i, err := vm.index(idx, "bytearray")
		if err != nil {
			return err
		}
		var c byte
		if x != nil {
			if c, err = vm.byteValue(*x, "byte must be in range(0, 256)"); err != nil {
				return err
			}
		}
		n := int64(len(ba.b))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return vm.raise("IndexError", "bytearray index out of range")
		}
		if x == nil {
			ba.b = append(ba.b[:i], ba.b[i+1:]...)
		} else {
			ba.b[i] = c
		}
		return nil
	}
	var vals []byte
	if x != nil {
		if v, ok := vm.bytesLike(*x); ok {
			vals = append([]byte(nil), v...)
		} else {
			if isIntLike(*x) || (*x).Tag() == gc.TagFloat || (*x).Tag() == TagComplex || (*x).Tag() == TagStr || vm.isNumberObject(*x) {
				return vm.raise("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			var err error
			if vals, err = vm.bytesFromObject(*x, "bytearray"); err != nil {
				return err
			}
		}
	}
	start, stop, step, n, err := vm.sliceIndices(idx, len(ba.b))
	if err != nil {
		return err
	}
	if step == 1 || (x == nil && n == 0) {
		if step != 1 {
			return nil
		}
		if stop < start {
			stop = start
		}
		nb := make([]byte, 0, len(ba.b)-(stop-start)+len(vals))
		nb = append(append(append(nb, ba.b[:start]...), vals...), ba.b[stop:]...)
		ba.b = nb
		return nil
	}
	if x == nil || len(vals) == 0 {
		// CPython deletes an extended slice assigned an empty value.
		del := make([]bool, len(ba.b))
		for i := 0; i < n; i++ {
			del[start+i*step] = true
		}
		out := ba.b[:0]
		for i, c := range ba.b {
			if !del[i] {
				out = append(out, c)
			}
		}
		ba.b = out
		return nil
	}
	if len(vals) != n {
		return vm.raise("ValueError", "attempt to assign bytes of size %d to extended slice of size %d", len(vals), n)
	}
	for i := 0; i < n; i++ {
		ba.b[start+i*step] = vals[i]
	}
	return nil
}

// isNumberObject reports whether an instance defines a numeric protocol
// (PyNumber_Check: __index__, __int__, __float__ or __complex__).
func (vm *VM) isNumberObject(v gc.Value) bool {
	if v.Tag() != TagObject {
		return false
	}
	t := vm.typeOf(v)
	for _, n := range []string{"__index__", "__int__", "__float__", "__complex__"} {
		if _, ok := vm.lookupS(t, n); ok {
			return true
		}
	}
	return false
}

// ---- iteration ----

// bytesIter returns an iterator over a bytes or bytearray.
func (vm *VM) bytesIter(v gc.Value) gc.Value {
	k := kindBytesIter
	if v.Tag() == TagByteArray {
		k = kindByteArrayIter
	}
	return vm.newIter(k, []gc.Value{v}, 1)
}

// bytesIterNext advances a bytes or bytearray iterator; a bytearray
// iterator sees the bytearray's current contents.
func (vm *VM) bytesIterNext(r gc.Ref) (gc.Value, bool, error) {
	seq := vm.slot(r, 0)
	if seq.IsEmpty() {
		return vEmpty, false, nil
	}
	data, _ := vm.bytesView(seq)
	i := int(vm.rawU64(r, 1, 0))
	if i < len(data) {
		vm.setRawU64(r, 1, 0, uint64(i+1))
		return gc.Int(int64(data[i])), true, nil
	}
	vm.setSlot(r, 0, vEmpty)
	return vEmpty, false, nil
}

// initBytesIterTypes makes the bytes_iterator and bytearray_iterator types.
func (vm *VM) initBytesIterTypes() {
	for k, name := range map[gc.Kind]string{kindBytesIter: "bytes_iterator", kindByteArrayIter: "bytearray_iterator"} {
		t := vm.newType(name, []*Type{vm.tObject}, TagIter)
		vm.iterTypes[k] = t
		vm.methods(t, map[string]bfunc{
			"__next__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if args[0].Tag() != TagIter {
					return vEmpty, vm.raise("TypeError", "descriptor '__next__' requires an iterator")
				}
				v, ok, err := vm.next(args[0])
				if err != nil {
					return vEmpty, err
				}
				if !ok {
					return vEmpty, vm.raiseValue(vm.newExc("StopIteration"), vEmpty)
				}
				return v, nil
			},
			"__iter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
		})
	}
}

// ---- comparison, hashing, containment ----

// bytesCompare compares two bytes-like values (bytes or bytearray, in
// any mix); ok is false when b is not bytes-like.
func (vm *VM) bytesCompare(op bytecode.Op, a, b gc.Value) (gc.Value, bool) {
	x, ok1 := vm.bytesView(a)
	y, ok2 := vm.bytesView(b)
	if !ok1 || !ok2 {
		return vEmpty, false
	}
	return gc.Bool(cmpResult(op, bytes.Compare(x, y))), true
}

// bytesHash hashes a bytes value; a bytearray is unhashable.
func (vm *VM) bytesHash(v gc.Value) (int64, error) {
	if v.Tag() == TagByteArray {
		return 0, vm.raise("TypeError", "unhashable type: 'bytearray'")
	}
	return bytesHashOf(stringBytes(vm.heap.Side(v.Ref()).(string))), nil
}

// bytesContains implements x in b.
func (vm *VM) bytesContains(c, x gc.Value) (bool, error) {
	data, _ := vm.bytesView(c)
	if vm.hasIndex(x) {
		n, err := vm.indexValue(x)
		if err != nil && !vm.isExcType(vm.exc, "OverflowError") {
			return false, err
		}
		if err != nil || n < 0 || n > 255 {
			vm.exc = vEmpty
			return false, vm.raise("ValueError", "byte must be in range(0, 256)")
		}
		data, _ = vm.bytesView(c)
		return bytes.IndexByte(data, byte(n)) >= 0, nil
	}
	sub, ok := vm.bytesLike(x)
	if !ok {
		return false, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(x).Name)
	}
	return bytes.Contains(data, sub), nil
}

// ---- operators ----

// bytesBinaryOp handles the binary operators whose left or right operand
// is a bytes or bytearray: + (concatenation), * (repetition) and %
// (formatting). ok is false when the operator does not apply here.
func (vm *VM) bytesBinaryOp(op bytecode.Op, a, b gc.Value) (gc.Value, bool, error) {
	ta, tb := a.Tag(), b.Tag()
	switch op {
	case bytecode.ADD:
		if !isBytesTag(ta) {
			return vEmpty, false, nil
		}
		if tb == TagObject {
			if r, ok, err := vm.tryDunders(a, b, "__add__", "__radd__"); ok || err != nil {
				return r, true, err
			}
		}
		x, _ := vm.bytesView(a)
		y, ok := vm.bytesLike(b)
		if !ok {
			return vEmpty, true, vm.raise("TypeError", "can't concat %s to %s", vm.typeOf(b).Name, bytesTypeName(ta))
		}
		out := make([]byte, 0, len(x)+len(y))
		return vm.newBytesLike(ta, append(append(out, x...), y...)), true, nil
	case bytecode.MUL:
		seq, n := a, b
		if !isBytesTag(ta) {
			seq, n = b, a
		}
		if !isBytesTag(seq.Tag()) {
			return vEmpty, false, nil
		}
		if n.Tag() == TagObject && !vm.hasIndex(n) {
			return vEmpty, false, nil
		}
		if !vm.hasIndex(n) {
			return vEmpty, true, vm.raise("TypeError", "can't multiply sequence by non-int of type '%s'", vm.typeOf(n).Name)
		}
		cnt, err := vm.indexValue(n)
		if err != nil {
			return vEmpty, true, err
		}
		out, err := vm.repeatBytes(seq, cnt)
		if err != nil {
			return vEmpty, true, err
		}
		return vm.newBytesLike(seq.Tag(), out), true, nil
	case bytecode.MOD:
		if !isBytesTag(ta) {
			return vEmpty, false, nil
		}
		f, _ := vm.bytesView(a)
		if base, ok := vm.baseOf(b); ok && base.Tag() == TagTuple {
			b = base // a tuple subclass's instance is the argument tuple, as for str
		}
		out, err := strfmt.PercentBytes(append([]byte(nil), f...), bytesFmtArgs{fmtArgs{vm, b}})
		if err != nil {
			return vEmpty, true, vm.fmtErr(err)
		}
		return vm.newBytesLike(ta, out), true, nil
	}
	return vEmpty, false, nil
}

// repeatBytes returns the contents of a bytes-like value repeated n times.
func (vm *VM) repeatBytes(v gc.Value, n int64) ([]byte, error) {
	data, _ := vm.bytesView(v)
	if n <= 0 || len(data) == 0 {
		return nil, nil
	}
	if n > math.MaxInt32 || repeatTooBig(len(data), int(n), maxStrBytes) {
		return nil, vm.raise("MemoryError", "")
	}
	return bytes.Repeat(data, int(n)), nil
}

// byteArrayInplace implements ba += x and ba *= n in place; ok is false
// for other operators.
func (vm *VM) byteArrayInplace(op bytecode.Op, a, b gc.Value) (gc.Value, bool, error) {
	ba := vm.byteArrayOf(a)
	switch op {
	case bytecode.ADD:
		y, ok := vm.bytesLike(b)
		if !ok {
			if b.Tag() == TagObject {
				return vEmpty, false, nil
			}
			return vEmpty, true, vm.raise("TypeError", "can't concat %s to bytearray", vm.typeOf(b).Name)
		}
		ba.b = append(ba.b, y...)
		vm.heap.ChargeExternal(uint64(len(y)))
		return a, true, nil
	case bytecode.MUL:
		if !vm.hasIndex(b) {
			if b.Tag() == TagObject {
				return vEmpty, false, nil
			}
			return vEmpty, true, vm.raise("TypeError", "can't multiply sequence by non-int of type '%s'", vm.typeOf(b).Name)
		}
		n, err := vm.indexValue(b)
		if err != nil {
			return vEmpty, true, err
		}
		out, err := vm.repeatBytes(a, n)
		if err != nil {
			return vEmpty, true, err
		}
		ba.b = out
		vm.heap.ChargeExternal(uint64(len(out)))
		return a, true, nil
	}
	return vEmpty, false, nil
}

// bytesFmtArgs is the right operand of bytes % args: mapping keys are bytes.
type bytesFmtArgs struct{ fmtArgs }

func (a bytesFmtArgs) IsMapping() bool {
	if isBytesTag(a.v.Tag()) || a.v.Tag() == TagStr {
		return false
	}
	return a.fmtArgs.IsMapping()
}

func (a bytesFmtArgs) Lookup(key string) (strfmt.Value, error) {
	r, err := a.vm.getItem(a.v, a.vm.newBytes([]byte(key)))
	if err != nil {
		return nil, a.vm.pyErr(err)
	}
	return fmtValue{a.vm, r}, nil
}

// Bytes gives strfmt the bytes form of a %s or %b argument: the contents
// of a bytes-like value or the result of __bytes__.
func (f fmtValue) Bytes() ([]byte, bool, error) {
	if b, ok := f.vm.bytesLike(f.v); ok {
		return append([]byte(nil), b...), true, nil
	}
	if f.v.Tag() == TagObject {
		if m, ok := f.vm.lookupS(f.vm.typeOf(f.v), "__bytes__"); ok {
			r, err := f.vm.callValue(m, []gc.Value{f.v}, nil)
			if err != nil {
				return nil, false, f.vm.pyErr(err)
			}
			if b, ok := f.vm.bytesView(r); ok && r.Tag() == TagBytes {
				return append([]byte(nil), b...), true, nil
			}
			f.vm.raise("TypeError", "__bytes__ returned non-bytes (type %s)", f.vm.typeOf(r).Name)
			return nil, false, &tyErr{}
		}
	}
	return nil, false, nil
}

// bytesRepr is repr() of a bytes or bytearray.
func (vm *VM) bytesRepr(v gc.Value) string {
	data, _ := vm.bytesView(v)
	if v.Tag() == TagByteArray {
		return "bytearray(" + num.ByteArrayRepr(data) + ")"
	}
	return num.BytesRepr(data)
}
