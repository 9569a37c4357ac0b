// object.go holds the object model's foundations: the vm's value tags (one
// reference tag per builtin type, so a type check is one compare), the kinds
// written in block headers, and the low-level accessors that read objects
// through unsafe views of the heap's linear memory (docs/vm.md "Values").

package vm

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// Immediate tags the vm adds to gc's.
const (
	TagNotImpl  gc.Tag = 5
	TagEllipsis gc.Tag = 6
)

// Reference tags: the payload is a gc.Ref. The tag names the builtin type
// of the object (TagObject: an instance of a Python class, whose type is in
// slot 0).
const (
	TagStr          gc.Tag = gc.TagRef + 1 + iota // str: raw hash, length, text
	TagTuple                                      // tuple: n value slots
	TagList                                       // list: slot 0 = storage block, raw = length
	TagDict                                       // dict: slot 0 = entry storage, side = *dictIndex
	TagSet                                        // set: a dict whose values are unused
	TagFrozenset                                  // frozenset: same layout as set
	TagFunc                                       // Python function
	TagType                                       // type object: side = *Type
	TagObject                                     // instance of a Python class (exceptions too)
	TagBigInt                                     // int beyond int64: side = *big.Int
	TagCell                                       // cell: one slot
	TagRange                                      // range: raw start, stop, step
	TagIter                                       // iterator; the block kind says which
	TagMethod                                     // bound method: slots func, self
	TagBuiltin                                    // builtin function: slot 0 = bound self; side = *builtinFn
	TagModule                                     // module: slot 0 = dict; side = name
	TagSlice                                      // slice: slots start, stop, step
	TagProperty                                   // property: slots fget, fset, fdel, doc
	TagStaticMethod                               // staticmethod: slot 0 = function
	TagClassMethod                                // classmethod: slot 0 = function
	TagSuper                                      // super object: slots type, obj
	TagStorage                                    // internal value storage (list items, dict entries)
	TagBytes                                      // bytes: side = Go string of the bytes
	TagComplex                                    // complex: raw real, imag
	TagDictView                                   // dict_keys/values/items: slot 0 = dict, raw = which
	TagByteArray                                  // bytearray: side = *byteArray (bytes.go)
)

// Block kinds, written in each object's header. Iterators use the kind to
// say what they iterate.
const (
	kindStr gc.Kind = iota + 1
	kindTuple
	kindList
	kindDict
	kindFunc
	kindType
	kindObject
	kindBigInt
	kindCell
	kindRange
	kindStorage
	kindMethod
	kindBuiltin
	kindModule
	kindSlice
	kindMisc
	kindRegStack
	// iterator kinds
	kindListIter
	kindTupleIter
	kindRangeIter
	kindStrIter
	kindDictIter  // keys
	kindDictVIter // values
	kindDictIIter // items
	kindEnumerate
	kindZip
	kindMap
	kindFilter
	kindReversed
	kindSeqIter // generic __getitem__ iteration
	kindCallIter
	kindGenerator
	kindBytesIter     // bytes_iterator: slot 0 = the bytes, raw = index
	kindByteArrayIter // bytearray_iterator: slot 0 = the bytearray, raw = index
)

// mkref returns a value referencing r with tag t.
func mkref(t gc.Tag, r gc.Ref) gc.Value { return gc.MakeValue(t, uint64(r)) }

// None, True, False and the other constants, for brevity.
var (
	vNone     = gc.None()
	vTrue     = gc.Bool(true)
	vFalse    = gc.Bool(false)
	vEmpty    = gc.Empty()
	vNotImpl  = gc.MakeValue(TagNotImpl, 0)
	vEllipsis = gc.MakeValue(TagEllipsis, 0)
)

// slotsOf returns an unsafe view of the n value slots of object r.
func (vm *VM) slotsOf(r gc.Ref, n int) []gc.Value {
	return unsafe.Slice((*gc.Value)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize)), n)
}

// slot returns value slot i of r without bounds checks against the header.
func (vm *VM) slot(r gc.Ref, i int) gc.Value {
	return *(*gc.Value)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize+uintptr(i)*gc.ValueSize))
}

// setSlot stores v in value slot i of r.
func (vm *VM) setSlot(r gc.Ref, i int, v gc.Value) {
	*(*gc.Value)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize+uintptr(i)*gc.ValueSize)) = v
}

// numSlots returns the number of value slots of r.
func (vm *VM) numSlots(r gc.Ref) int {
	return int(*(*uint32)(unsafe.Add(vm.base, uintptr(r)+gc.HdrNumVals)))
}

// rawU64 reads the i-th 64-bit word of r's raw bytes (after nslots slots).
func (vm *VM) rawU64(r gc.Ref, nslots, i int) uint64 {
	return *(*uint64)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize+uintptr(nslots)*gc.ValueSize+uintptr(i)*8))
}

// setRawU64 writes the i-th 64-bit word of r's raw bytes.
func (vm *VM) setRawU64(r gc.Ref, nslots, i int, x uint64) {
	*(*uint64)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize+uintptr(nslots)*gc.ValueSize+uintptr(i)*8)) = x
}

// kindOf returns the header kind of r.
func (vm *VM) kindOf(r gc.Ref) gc.Kind {
	return gc.Kind(*(*uint8)(unsafe.Add(vm.base, uintptr(r)+gc.HdrKind)))
}

// alloc allocates a block, turning heap exhaustion into MemoryError. After
// exhaustion it panics with errOOM, which the top level reports. It never
// collects: only safepoints do.
func (vm *VM) alloc(kind gc.Kind, nvals, nraw int) gc.Ref {
	r, err := vm.heap.Alloc(kind, nvals, nraw)
	if err != nil {
		panic(errOOM{})
	}
	return r
}

// errOOM is the panic value of an allocation that cannot be satisfied.
type errOOM struct{}

// ---- str ----

// A str's block has no value slots; its raw bytes are the hash word
// (hash+1, 0 until computed), the length word (bytes of text in the low
// half, code points+1 in the high half once counted), then the text,
// WTF-8 encoded (docs/vm.md "Objects" and "str views"). The text lives in
// linear memory so that reading it is one load from the object (and a
// trace can read it too); vm.str returns a view of it, not a copy.
const (
	strHashWord = 0  // raw word: hash+1
	strLenWord  = 1  // raw word: byte length (low 32 bits), code points+1 (high)
	strTextOff  = 16 // raw offset of the text
)

// newStr allocates a str holding a copy of s.
func (vm *VM) newStr(s string) gc.Value {
	if len(s) <= 1 {
		if len(s) == 0 {
			return vm.emptyStr
		}
		if s[0] < 128 {
			return vm.charStrs[s[0]]
		}
	}
	v, buf := vm.newStrBuf(len(s))
	copy(buf, s)
	return v
}

// newStrBuf allocates a str of n bytes (n >= 2, or a non-ASCII byte) and
// returns it with a view of its text for the caller to fill before anything
// else reads the str. It is how concatenation and joins build their result
// in place instead of through a Go string.
func (vm *VM) newStrBuf(n int) (gc.Value, []byte) {
	// The raw bytes are not cleared (AllocRaw): the caller writes the
	// text, the two words are set here, and nothing reads the padding
	// after the text.
	r, err := vm.heap.AllocRaw(kindStr, 0, strTextOff+n)
	if err != nil {
		panic(errOOM{})
	}
	vm.setRawU64(r, 0, strHashWord, 0)
	vm.setRawU64(r, 0, strLenWord, uint64(n))
	return mkref(TagStr, r), unsafe.Slice((*byte)(unsafe.Add(vm.base, uintptr(r)+gc.HeaderSize+strTextOff)), n)
}

// newStrConcat allocates the str a+b (both Go strings, views allowed).
func (vm *VM) newStrConcat(a, b string) gc.Value {
	n := len(a) + len(b)
	if n <= 1 {
		return vm.newStr(a + b)
	}
	v, buf := vm.newStrBuf(n)
	copy(buf[copy(buf, a):], b)
	return v
}

// intern returns the interned str for s (identifiers, constants): one object
// per distinct text, kept alive for the VM's lifetime. The table's key is a
// view of the interned object's own text, which never dies, so s itself may
// be a view of a str that does.
func (vm *VM) intern(s string) gc.Value {
	if v, ok := vm.interned[s]; ok {
		return v
	}
	var v gc.Value
	if len(s) == 0 {
		r := vm.alloc(kindStr, 0, strTextOff)
		v = mkref(TagStr, r)
	} else {
		var buf []byte
		v, buf = vm.newStrBuf(len(s))
		copy(buf, s)
	}
	vm.heap.AddPermanentRoot(v)
	vm.interned[vm.str(v)] = v
	return v
}

// str returns the text of a str value as a view of the object's bytes in
// linear memory: no copy. The view is valid while the object is alive;
// a Go string that must outlive it (a map key, a struct field, a closure,
// or a local held across Python code when nothing else keeps the str
// alive) must be copied with strings.Clone (docs/vm.md "str views").
func (vm *VM) str(v gc.Value) string {
	p := unsafe.Add(vm.base, uintptr(v.Ref())+gc.HeaderSize)
	n := *(*uint32)(unsafe.Add(p, strLenWord*8))
	return unsafe.String((*byte)(unsafe.Add(p, strTextOff)), int(n))
}

// strChars returns the number of code points of a str. It is counted once
// and cached in the high half of the length word (code points + 1; 0 when
// not counted yet): len() and the ASCII test of indexing are then O(1).
func (vm *VM) strChars(v gc.Value) int {
	r := v.Ref()
	w := vm.rawU64(r, 0, strLenWord)
	if c := w >> 32; c != 0 {
		return int(c - 1)
	}
	n := strLen(vm.str(v))
	vm.setRawU64(r, 0, strLenWord, uint64(uint32(w))|uint64(n+1)<<32)
	return n
}

// strIsASCII reports whether a str is all ASCII (one byte per character).
func (vm *VM) strIsASCII(v gc.Value) bool { return vm.strChars(v) == vm.strByteLen(v) }

// setStrASCII records that a str just built is all ASCII.
func (vm *VM) setStrASCII(v gc.Value) {
	if v.Tag() == TagStr {
		n := vm.strByteLen(v)
		vm.setRawU64(v.Ref(), 0, strLenWord, uint64(n)|uint64(n+1)<<32)
	}
}

// strKeep returns a copy of a str's text, for Go code that keeps it
// beyond the object's life (see str).
func (vm *VM) strKeep(v gc.Value) string { return strings.Clone(vm.str(v)) }

// strByteLen returns the length of a str's text in bytes.
func (vm *VM) strByteLen(v gc.Value) int { return int(uint32(vm.rawU64(v.Ref(), 0, strLenWord))) }

// strHash returns the cached hash of a str.
func (vm *VM) strHash(v gc.Value) int64 {
	r := v.Ref()
	h := vm.rawU64(r, 0, strHashWord)
	if h != 0 {
		return int64(h - 1)
	}
	x := strHashOf(vm.str(v))
	vm.setRawU64(r, 0, strHashWord, uint64(x)+1)
	return x
}

// ---- tuple ----

// newTuple allocates a tuple holding a copy of items.
func (vm *VM) newTuple(items []gc.Value) gc.Value {
	if len(items) == 0 {
		return vm.emptyTuple
	}
	r := vm.alloc(kindTuple, len(items), 0)
	copy(vm.slotsOf(r, len(items)), items)
	return mkref(TagTuple, r)
}

// tupleItems returns a view of a tuple's items.
func (vm *VM) tupleItems(v gc.Value) []gc.Value {
	r := v.Ref()
	return vm.slotsOf(r, vm.numSlots(r))
}

// ---- list ----

// newList allocates a list holding a copy of items, with room for cap.
func (vm *VM) newList(items []gc.Value, capacity int) gc.Value {
	if capacity < len(items) {
		capacity = len(items)
	}
	if capacity < 4 {
		capacity = 4
	}
	st := vm.alloc(kindStorage, capacity, 0)
	copy(vm.slotsOf(st, len(items)), items)
	r := vm.alloc(kindList, 1, 8)
	vm.setSlot(r, 0, mkref(TagStorage, st))
	vm.setRawU64(r, 1, 0, uint64(len(items)))
	return mkref(TagList, r)
}

// listLen returns the length of a list.
func (vm *VM) listLen(v gc.Value) int { return int(vm.rawU64(v.Ref(), 1, 0)) }

// listItems returns a view of a list's items; it is invalidated by any
// operation that grows the list.
func (vm *VM) listItems(v gc.Value) []gc.Value {
	r := v.Ref()
	st := vm.slot(r, 0).Ref()
	return vm.slotsOf(st, int(vm.rawU64(r, 1, 0)))
}

// listSetLen sets a list's length (the storage must be big enough; slots
// beyond the new length are cleared).
func (vm *VM) listSetLen(v gc.Value, n int) {
	r := v.Ref()
	old := int(vm.rawU64(r, 1, 0))
	if n < old {
		st := vm.slot(r, 0).Ref()
		clear(vm.slotsOf(st, old)[n:])
	}
	vm.setRawU64(r, 1, 0, uint64(n))
}

// listReserve makes room for n items in a list.
func (vm *VM) listReserve(v gc.Value, n int) {
	r := v.Ref()
	st := vm.slot(r, 0).Ref()
	c := vm.numSlots(st)
	if n <= c {
		return
	}
	nc := c*2 + 4
	if nc < n {
		nc = n
	}
	ln := int(vm.rawU64(r, 1, 0))
	ns := vm.alloc(kindStorage, nc, 0)
	copy(vm.slotsOf(ns, ln), vm.slotsOf(st, ln))
	vm.setSlot(r, 0, mkref(TagStorage, ns))
}

// listAppend appends x to a list.
func (vm *VM) listAppend(v, x gc.Value) {
	r := v.Ref()
	ln := int(vm.rawU64(r, 1, 0))
	st := vm.slot(r, 0).Ref()
	if ln >= vm.numSlots(st) {
		vm.listReserve(v, ln+1)
		st = vm.slot(r, 0).Ref()
	}
	vm.setSlot(st, ln, x)
	vm.setRawU64(r, 1, 0, uint64(ln+1))
}

// ---- big ints ----

// bigGoBytes is what a big int costs in Go's heap besides its digits: the
// big.Int itself and the side-table box. It is charged to the collection
// budget with the digits, so that the Go garbage big ints leave is freed
// at the pace it is made (bigint's peak RSS: see docs/benchmarks.md).
const bigGoBytes = 64

// newBig returns an int value for b, small when it fits in int64.
func (vm *VM) newBig(b *big.Int) gc.Value {
	if b.IsInt64() {
		return gc.Int(b.Int64())
	}
	if x, ok := i128FromBig(b); ok {
		return vm.fromI128(x)
	}
	return vm.newBigRaw(b) // digits in the block (fastbig.go)
}

// bigOf returns the *big.Int of a TagBigInt value (do not mutate it).
// An inline big int (fastint128.go) is converted to a new *big.Int.
func (vm *VM) bigOf(v gc.Value) *big.Int {
	if x, ok := vm.int128Of(v); ok {
		return x.big()
	}
	if b, ok := vm.heap.Side(v.Ref()).(*big.Int); ok {
		return b
	}
	return vm.bigRawCopy(v.Ref())
}

// ---- bytes and complex (minimal) ----

// newBytes allocates a bytes object.
func (vm *VM) newBytes(b []byte) gc.Value {
	r := vm.alloc(kindMisc, 0, 0)
	vm.heap.SetSide(r, string(b))
	return mkref(TagBytes, r)
}

// newComplex allocates a complex number.
func (vm *VM) newComplex(re, im float64) gc.Value {
	r := vm.alloc(kindMisc, 0, 16)
	vm.setRawU64(r, 0, 0, math.Float64bits(re))
	vm.setRawU64(r, 0, 1, math.Float64bits(im))
	return mkref(TagComplex, r)
}

// complexOf returns the parts of a complex value.
func (vm *VM) complexOf(v gc.Value) (float64, float64) {
	return math.Float64frombits(vm.rawU64(v.Ref(), 0, 0)), math.Float64frombits(vm.rawU64(v.Ref(), 0, 1))
}

// ---- cells ----

// newCell allocates a cell holding v.
func (vm *VM) newCell(v gc.Value) gc.Value {
	r := vm.alloc(kindCell, 1, 0)
	vm.setSlot(r, 0, v)
	return mkref(TagCell, r)
}

// le64 reads a little-endian word.
func le64(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }
