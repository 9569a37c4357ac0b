// memview.go holds memoryview: a view of the bytes of a bytes or
// bytearray object, sliced, strided and cast without copying, as CPython
// 3.11 has it for one-dimensional views.
//
// A view keeps the object it looks at in a slot (so the collector keeps
// it) and, on its Go side, where its items are: the byte offset of the
// first, the distance in bytes from one to the next (negative for
// reversed slices), their number, and the struct-module format that reads
// one. Every access reads the object's current bytes: CPython forbids
// resizing a bytearray while a view of it exists ("Existing exports of
// data"), which needs the reference counts hotloop does not have (a view
// nobody holds would lock its bytearray until the next collection), so a
// view instead checks its range at each access and raises if the
// bytearray shrank under it (docs/vm.md "memoryview").
//
// bytesLike (bytes.go) accepts views, so everything that takes a
// bytes-like object (bytes(), b"".join, struct, hashlib, binascii, int.
// from_bytes, comparisons) takes them too.

package vm

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/hotloop/hotloop/gc"
)

// mvObjSlot holds the viewed object.
const (
	mvObjSlot  = 2
	mvNumSlots = 3
)

// memView is the Go side of a memoryview.
type memView struct {
	off      int    // byte offset of item 0 in the object's bytes
	step     int    // bytes from one item to the next
	n        int    // number of items
	format   string // a native struct format character
	itemsize int
	readonly bool
	released bool
	shape    []int // only for a multi-dimensional cast's attributes
}

// memViewItemSize is the size of each native format memoryview supports.
var memViewItemSize = map[string]int{
	"B": 1, "b": 1, "c": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
	"l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "f": 4, "d": 8,
}

// initMemoryView creates the builtin type memoryview.
func (vm *VM) initMemoryView(builtins gc.Value) {
	t := vm.newType("memoryview", []*Type{vm.tObject}, TagObject)
	t.native, t.noSubcls, t.restricted = true, true, true
	t.nslots = mvNumSlots
	vm.tMemoryView = t
	vm.dictSet(builtins, vm.intern("memoryview"), t.Value())

	initSpec := &clinic{fname: "memoryview", names: []string{"object"}, maxpos: 1, minargs: 1}
	castSpec := &clinic{fname: "cast", names: []string{"format", "shape"}, maxpos: 2, minargs: 1}
	hexSpec := &clinic{fname: "hex", names: []string{"sep", "bytes_per_sep"}, maxpos: 2}
	live := func(args []gc.Value) (*memView, error) {
		if len(args) == 0 || args[0].Tag() != TagObject || vm.typeOf(args[0]) != t {
			return nil, vm.raise("TypeError", "descriptor requires a 'memoryview' object")
		}
		mv, ok := vm.heap.Side(args[0].Ref()).(*memView)
		if !ok || mv.released {
			return nil, vm.raise("ValueError", "operation forbidden on released memoryview object")
		}
		return mv, nil
	}
	vm.nativeMethods(t, "memoryview", map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			a, err := vm.parseArgs(initSpec, args[1:], kw)
			if err != nil {
				return vEmpty, err
			}
			obj, mv, err := vm.newViewOf(a[0])
			if err != nil {
				return vEmpty, err
			}
			vm.setSlot(args[0].Ref(), mvObjSlot, obj)
			vm.heap.SetSide(args[0].Ref(), mv)
			return vNone, nil
		},
		"__len__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			if len(mv.shape) > 1 {
				return gc.Int(int64(mv.shape[0])), nil
			}
			return gc.Int(int64(mv.n)), nil
		},
		"__getitem__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "expected 1 argument, got %d", len(args)-1)
			}
			if err := vm.mvOneDim(mv); err != nil {
				return vEmpty, err
			}
			key := args[1]
			if key.Tag() == TagSlice {
				start, _, step, n, err := vm.sliceIndices(key, mv.n)
				if err != nil {
					return vEmpty, err
				}
				sub := *mv
				sub.off, sub.step, sub.n = mv.off+start*mv.step, mv.step*step, n
				return vm.newMemView(vm.slot(args[0].Ref(), mvObjSlot), &sub), nil
			}
			i, err := vm.mvIndex(mv, key)
			if err != nil {
				return vEmpty, err
			}
			item, err := vm.mvItem(args[0], mv, i)
			if err != nil {
				return vEmpty, err
			}
			return vm.mvUnpack(mv.format, item), nil
		},
		"__setitem__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			if len(args) != 3 {
				return vEmpty, vm.raise("TypeError", "expected 2 arguments, got %d", len(args)-1)
			}
			if mv.readonly {
				return vEmpty, vm.raise("TypeError", "cannot modify read-only memory")
			}
			if err := vm.mvOneDim(mv); err != nil {
				return vEmpty, err
			}
			return vNone, vm.mvAssign(args[0], mv, args[1], args[2])
		},
		"__iter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			items, err := vm.mvList(args[0], mv)
			if err != nil {
				return vEmpty, err
			}
			return vm.getIter(vm.newList(items, len(items)))
		},
		"__eq__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.mvEqual(args)
		},
		"__ne__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			r, err := vm.mvEqual(args)
			if err != nil || r == vNotImpl {
				return r, err
			}
			return gc.Bool(!r.Bool()), nil
		},
		"__hash__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			if !mv.readonly {
				return vEmpty, vm.raise("ValueError", "cannot hash writable memoryview object")
			}
			if mv.format != "B" && mv.format != "b" && mv.format != "c" {
				return vEmpty, vm.raise("ValueError", "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
			}
			data, err := vm.mvBytes(args[0], mv)
			if err != nil {
				return vEmpty, err
			}
			h, err := vm.hash(vm.newBytes(data))
			if err != nil {
				return vEmpty, err
			}
			return gc.Int(h), nil
		},
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if mv, ok := vm.heap.Side(args[0].Ref()).(*memView); ok && mv.released {
				return vm.newStr("<released memory at " + addr(args[0]) + ">"), nil
			}
			return vm.newStr("<memory at " + addr(args[0]) + ">"), nil
		},
		"__enter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if _, err := live(args); err != nil {
				return vEmpty, err
			}
			return args[0], nil
		},
		"__exit__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if mv, ok := vm.heap.Side(args[0].Ref()).(*memView); ok {
				mv.released = true
			}
			return vNone, nil
		},
		"release": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if mv, ok := vm.heap.Side(args[0].Ref()).(*memView); ok {
				mv.released = true
			}
			return vNone, nil
		},
		"tobytes": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			data, err := vm.mvBytes(args[0], mv)
			if err != nil {
				return vEmpty, err
			}
			return vm.newBytes(data), nil
		},
		"tolist": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			if err := vm.mvOneDim(mv); err != nil {
				return vEmpty, err
			}
			items, err := vm.mvList(args[0], mv)
			if err != nil {
				return vEmpty, err
			}
			return vm.newList(items, len(items)), nil
		},
		"hex": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			a, err := vm.parseArgs(hexSpec, args[1:], kw)
			if err != nil {
				return vEmpty, err
			}
			data, err := vm.mvBytes(args[0], mv)
			if err != nil {
				return vEmpty, err
			}
			s, err := hexWithSep(vm, data, a[0], a[1])
			if err != nil {
				return vEmpty, err
			}
			return vm.newStr(s), nil
		},
		"toreadonly": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			ro := *mv
			ro.readonly = true
			return vm.newMemView(vm.slot(args[0].Ref(), mvObjSlot), &ro), nil
		},
		"cast": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			a, err := vm.parseArgs(castSpec, args[1:], kw)
			if err != nil {
				return vEmpty, err
			}
			return vm.mvCast(args[0], mv, a[0], a[1])
		},
	})

	getter := func(name string, get func(self gc.Value, mv *memView) (gc.Value, error)) {
		vm.nativeGetter(t, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			mv, err := live(args)
			if err != nil {
				return vEmpty, err
			}
			return get(args[0], mv)
		}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vEmpty, vm.raise("AttributeError", "attribute '%s' of 'memoryview' objects is not writable", name)
		})
	}
	getter("obj", func(self gc.Value, mv *memView) (gc.Value, error) { return vm.slot(self.Ref(), mvObjSlot), nil })
	getter("nbytes", func(self gc.Value, mv *memView) (gc.Value, error) {
		return gc.Int(int64(mv.n * mv.itemsize)), nil
	})
	getter("readonly", func(self gc.Value, mv *memView) (gc.Value, error) { return gc.Bool(mv.readonly), nil })
	getter("itemsize", func(self gc.Value, mv *memView) (gc.Value, error) { return gc.Int(int64(mv.itemsize)), nil })
	getter("format", func(self gc.Value, mv *memView) (gc.Value, error) { return vm.newStr(mv.format), nil })
	getter("ndim", func(self gc.Value, mv *memView) (gc.Value, error) {
		if len(mv.shape) > 1 {
			return gc.Int(int64(len(mv.shape))), nil
		}
		return gc.Int(1), nil
	})
	getter("shape", func(self gc.Value, mv *memView) (gc.Value, error) {
		shape := mv.shape
		if len(shape) <= 1 {
			shape = []int{mv.n}
		}
		items := make([]gc.Value, len(shape))
		for i, s := range shape {
			items[i] = gc.Int(int64(s))
		}
		return vm.newTuple(items), nil
	})
	getter("strides", func(self gc.Value, mv *memView) (gc.Value, error) {
		if len(mv.shape) <= 1 {
			return vm.newTuple([]gc.Value{gc.Int(int64(mv.step))}), nil
		}
		items := make([]gc.Value, len(mv.shape))
		stride := mv.itemsize
		for i := len(mv.shape) - 1; i >= 0; i-- {
			items[i] = gc.Int(int64(stride))
			stride *= mv.shape[i]
		}
		return vm.newTuple(items), nil
	})
	getter("suboffsets", func(self gc.Value, mv *memView) (gc.Value, error) { return vm.newTuple(nil), nil })
	contiguous := func(self gc.Value, mv *memView) (gc.Value, error) {
		return gc.Bool(mv.step == mv.itemsize || mv.n <= 1), nil
	}
	getter("c_contiguous", contiguous)
	getter("f_contiguous", contiguous)
	getter("contiguous", contiguous)
	vm.nativeGetter(t, "released", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		mv, ok := vm.heap.Side(args[0].Ref()).(*memView)
		return gc.Bool(ok && mv.released), nil
	}, nil)
}

// newViewOf is the object and view memoryview(obj) makes.
func (vm *VM) newViewOf(obj gc.Value) (gc.Value, *memView, error) {
	if obj.Tag() == TagObject && vm.typeOf(obj) == vm.tMemoryView {
		mv, ok := vm.heap.Side(obj.Ref()).(*memView)
		if !ok || mv.released {
			return vEmpty, nil, vm.raise("ValueError", "operation forbidden on released memoryview object")
		}
		cp := *mv
		return vm.slot(obj.Ref(), mvObjSlot), &cp, nil
	}
	target := obj
	if base, ok := vm.baseOf(obj); ok && isBytesTag(base.Tag()) {
		target = base
	}
	data, ok := vm.bytesView(target)
	if !ok {
		return vEmpty, nil, vm.raise("TypeError", "memoryview: a bytes-like object is required, not '%s'", vm.typeOf(obj).Name)
	}
	return obj, &memView{step: 1, n: len(data), format: "B", itemsize: 1, readonly: target.Tag() == TagBytes}, nil
}

// newMemView makes a memoryview of obj through mv.
func (vm *VM) newMemView(obj gc.Value, mv *memView) gc.Value {
	v := vm.newInstance(vm.tMemoryView)
	vm.setSlot(v.Ref(), mvObjSlot, obj)
	vm.heap.SetSide(v.Ref(), mv)
	return v
}

// mvData is the current bytes of the object a view looks at.
func (vm *VM) mvData(self gc.Value) []byte {
	obj := vm.slot(self.Ref(), mvObjSlot)
	if base, ok := vm.baseOf(obj); ok && isBytesTag(base.Tag()) {
		obj = base
	}
	data, _ := vm.bytesView(obj)
	return data
}

// mvOneDim refuses the operations hotloop has only for 1-D views.
func (vm *VM) mvOneDim(mv *memView) error {
	if len(mv.shape) > 1 {
		return vm.raise("NotImplementedError", "multi-dimensional sub-views are not implemented")
	}
	return nil
}

// mvIndex converts an item index (negative from the end).
func (vm *VM) mvIndex(mv *memView, key gc.Value) (int, error) {
	if !isIntLike(key) && !(key.Tag() == TagObject && vm.hasIndex(key)) {
		return 0, vm.raise("TypeError", "memoryview: invalid slice key")
	}
	i, err := vm.indexValue(key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(mv.n)
	}
	if i < 0 || i >= int64(mv.n) {
		return 0, vm.raise("IndexError", "index out of bounds on dimension 1")
	}
	return int(i), nil
}

// mvItem is the bytes of item i, checked against the object's current size.
func (vm *VM) mvItem(self gc.Value, mv *memView, i int) ([]byte, error) {
	data := vm.mvData(self)
	at := mv.off + i*mv.step
	if at < 0 || at+mv.itemsize > len(data) {
		return nil, vm.raise("IndexError", "memoryview: the underlying object was resized under the view")
	}
	return data[at : at+mv.itemsize], nil
}

// mvBytes is a copy of the view's bytes in item order.
func (vm *VM) mvBytes(self gc.Value, mv *memView) ([]byte, error) {
	out := make([]byte, 0, mv.n*mv.itemsize)
	for i := 0; i < mv.n; i++ {
		item, err := vm.mvItem(self, mv, i)
		if err != nil {
			return nil, err
		}
		out = append(out, item...)
	}
	return out, nil
}

// mvList is the view's items as values.
func (vm *VM) mvList(self gc.Value, mv *memView) ([]gc.Value, error) {
	items := make([]gc.Value, mv.n)
	for i := range items {
		item, err := vm.mvItem(self, mv, i)
		if err != nil {
			return nil, err
		}
		items[i] = vm.mvUnpack(mv.format, item)
	}
	return items, nil
}

// mvUnpack reads one item of a native format (little-endian: amd64 and
// arm64 are).
func (vm *VM) mvUnpack(format string, b []byte) gc.Value {
	switch format {
	case "B":
		return gc.Int(int64(b[0]))
	case "b":
		return gc.Int(int64(int8(b[0])))
	case "c":
		return vm.newBytes([]byte{b[0]})
	case "?":
		return gc.Bool(b[0] != 0)
	case "h":
		return gc.Int(int64(int16(binary.LittleEndian.Uint16(b))))
	case "H":
		return gc.Int(int64(binary.LittleEndian.Uint16(b)))
	case "i":
		return gc.Int(int64(int32(binary.LittleEndian.Uint32(b))))
	case "I":
		return gc.Int(int64(binary.LittleEndian.Uint32(b)))
	case "l", "q", "n":
		return gc.Int(int64(binary.LittleEndian.Uint64(b)))
	case "f":
		return gc.Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(b))))
	case "d":
		return gc.Float(math.Float64frombits(binary.LittleEndian.Uint64(b)))
	}
	// L, Q, N: unsigned 64-bit
	u := binary.LittleEndian.Uint64(b)
	if u <= math.MaxInt64 {
		return gc.Int(int64(u))
	}
	return vm.normBig(new(big.Int).SetUint64(u))
}

// mvPack writes v as one item of a native format into b.
func (vm *VM) mvPack(format string, v gc.Value, b []byte) error {
	invalidType := func() error {
		return vm.raise("TypeError", "memoryview: invalid type for format '%s'", format)
	}
	invalidValue := func() error {
		return vm.raise("ValueError", "memoryview: invalid value for format '%s'", format)
	}
	switch format {
	case "c":
		data, ok := vm.bytesLike(v)
		if !ok || v.Tag() != TagBytes {
			return invalidType()
		}
		if len(data) != 1 {
			return invalidValue()
		}
		b[0] = data[0]
		return nil
	case "?":
		t, err := vm.truth(v)
		if err != nil {
			return err
		}
		b[0] = 0
		if t {
			b[0] = 1
		}
		return nil
	case "f", "d":
		var f float64
		switch v.Tag() {
		case gc.TagFloat:
			f = v.Float()
		case gc.TagInt, gc.TagBool:
			f = float64(v.Int())
		default:
			return invalidType()
		}
		if format == "f" {
			binary.LittleEndian.PutUint32(b, math.Float32bits(float32(f)))
		} else {
			binary.LittleEndian.PutUint64(b, math.Float64bits(f))
		}
		return nil
	}
	if !isIntLike(v) && v.Tag() != TagBigInt {
		return invalidType()
	}
	if v.Tag() == TagBigInt {
		if format != "L" && format != "Q" && format != "N" {
			return invalidValue()
		}
		bi := vm.bigOf(v)
		if bi.Sign() < 0 || bi.BitLen() > 64 {
			return invalidValue()
		}
		binary.LittleEndian.PutUint64(b, bi.Uint64())
		return nil
	}
	n := v.Int()
	lo, hi := int64(0), int64(0)
	switch format {
	case "B":
		lo, hi = 0, math.MaxUint8
	case "b":
		lo, hi = math.MinInt8, math.MaxInt8
	case "h":
		lo, hi = math.MinInt16, math.MaxInt16
	case "H":
		lo, hi = 0, math.MaxUint16
	case "i":
		lo, hi = math.MinInt32, math.MaxInt32
	case "I":
		lo, hi = 0, math.MaxUint32
	case "l", "q", "n":
		lo, hi = math.MinInt64, math.MaxInt64
	default: // L, Q, N
		lo, hi = 0, math.MaxInt64
	}
	if n < lo || n > hi {
		return invalidValue()
	}
	switch len(b) {
	case 1:
		b[0] = byte(n)
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(n))
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(n))
	default:
		binary.LittleEndian.PutUint64(b, uint64(n))
	}
	return nil
}

// mvAssign is view[key] = value.
func (vm *VM) mvAssign(self gc.Value, mv *memView, key, value gc.Value) error {
	if key.Tag() != TagSlice {
		i, err := vm.mvIndex(mv, key)
		if err != nil {
			return err
		}
		item, err := vm.mvItem(self, mv, i)
		if err != nil {
			return err
		}
		buf := make([]byte, mv.itemsize)
		if err := vm.mvPack(mv.format, value, buf); err != nil {
			return err
		}
		copy(item, buf)
		return nil
	}
	start, _, step, n, err := vm.sliceIndices(key, mv.n)
	if err != nil {
		return err
	}
	srcFormat := "B"
	var src []byte
	if value.Tag() == TagObject && vm.typeOf(value) == vm.tMemoryView {
		sv, ok := vm.heap.Side(value.Ref()).(*memView)
		if !ok || sv.released {
			return vm.raise("ValueError", "operation forbidden on released memoryview object")
		}
		if src, err = vm.mvBytes(value, sv); err != nil {
			return err
		}
		srcFormat = sv.format
	} else if data, ok := vm.bytesLike(value); ok {
		src = append([]byte(nil), data...)
	} else {
		return vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(value).Name)
	}
	if srcFormat != mv.format || len(src) != n*mv.itemsize {
		return vm.raise("ValueError", "memoryview assignment: lvalue and rvalue have different structures")
	}
	for k := 0; k < n; k++ {
		item, err := vm.mvItem(self, mv, start+k*step)
		if err != nil {
			return err
		}
		copy(item, src[k*mv.itemsize:(k+1)*mv.itemsize])
	}
	return nil
}

// mvEqual is view == other: equal item values, item by item.
func (vm *VM) mvEqual(args []gc.Value) (gc.Value, error) {
	if len(args) != 2 {
		return vEmpty, vm.raise("TypeError", "expected 1 argument, got %d", len(args)-1)
	}
	self, other := args[0], args[1]
	mv, ok := vm.heap.Side(self.Ref()).(*memView)
	if !ok {
		return vNotImpl, nil
	}
	var theirs []gc.Value
	if other.Tag() == TagObject && vm.typeOf(other) == vm.tMemoryView {
		ov, ok := vm.heap.Side(other.Ref()).(*memView)
		if !ok || ov.released || mv.released {
			return gc.Bool(self == other), nil
		}
		items, err := vm.mvList(other, ov)
		if err != nil {
			return vEmpty, err
		}
		theirs = items
	} else if data, ok := vm.bytesLike(other); ok {
		theirs = make([]gc.Value, len(data))
		for i, c := range data {
			theirs[i] = gc.Int(int64(c))
		}
	} else {
		return vNotImpl, nil
	}
	if mv.released {
		return vFalse, nil
	}
	ours, err := vm.mvList(self, mv)
	if err != nil {
		return vEmpty, err
	}
	if len(ours) != len(theirs) {
		return vFalse, nil
	}
	for i := range ours {
		eq, err := vm.keyEq(ours[i], theirs[i])
		if err != nil {
			return vEmpty, err
		}
		if !eq {
			return vFalse, nil
		}
	}
	return vTrue, nil
}

// mvCast is view.cast(format[, shape]).
func (vm *VM) mvCast(self gc.Value, mv *memView, format, shape gc.Value) (gc.Value, error) {
	if format.Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "memoryview: format argument must be a string")
	}
	f := vm.str(format)
	if len(f) == 2 && f[0] == '@' {
		f = f[1:]
	}
	size, ok := memViewItemSize[f]
	if !ok {
		return vEmpty, vm.raise("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if mv.step != mv.itemsize && mv.n > 1 {
		return vEmpty, vm.raise("TypeError", "memoryview: casts are restricted to C-contiguous views")
	}
	if !isByteLike(mv.format) && !isByteLike(f) {
		return vEmpty, vm.raise("TypeError", "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := mv.n * mv.itemsize
	if nbytes%size != 0 {
		return vEmpty, vm.raise("TypeError", "memoryview: length is not a multiple of itemsize")
	}
	out := &memView{off: mv.off, step: size, n: nbytes / size, format: f, itemsize: size, readonly: mv.readonly}
	if !shape.IsEmpty() {
		dims, err := vm.collect(shape)
		if err != nil {
			return vEmpty, err
		}
		total := 1
		for _, d := range dims {
			k, err := vm.indexValue(d)
			if err != nil {
				return vEmpty, err
			}
			if k <= 0 {
				return vEmpty, vm.raise("ValueError", "memoryview.cast(): elements of shape must be integers > 0")
			}
			out.shape = append(out.shape, int(k))
			total *= int(k)
		}
		if total*size != nbytes {
			return vEmpty, vm.raise("TypeError", "memoryview: product(shape) * itemsize != buffer size")
		}
		if len(out.shape) == 1 {
			out.shape = nil
		}
	}
	return vm.newMemView(vm.slot(self.Ref(), mvObjSlot), out), nil
}

// isByteLike reports whether a format has one-byte items.
func isByteLike(f string) bool { return f == "B" || f == "b" || f == "c" }

// memViewBytes is a view's bytes for bytesLike: a slice of the object's
// own bytes when the view is contiguous, else a copy; false for a released
// view or one whose object shrank under it.
func (vm *VM) memViewBytes(v gc.Value) ([]byte, bool) {
	mv, ok := vm.heap.Side(v.Ref()).(*memView)
	if !ok || mv.released {
		return nil, false
	}
	data := vm.mvData(v)
	nbytes := mv.n * mv.itemsize
	if mv.step == mv.itemsize || mv.n <= 1 {
		if mv.off < 0 || mv.off+nbytes > len(data) {
			return nil, false
		}
		return data[mv.off : mv.off+nbytes], true
	}
	out := make([]byte, 0, nbytes)
	for i := 0; i < mv.n; i++ {
		at := mv.off + i*mv.step
		if at < 0 || at+mv.itemsize > len(data) {
			return nil, false
		}
		out = append(out, data[at:at+mv.itemsize]...)
	}
	return out, true
}
