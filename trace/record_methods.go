// record_methods.go records calls of builtin methods that a trace can do
// with plain loads and stores, without calling back into Go: so far
// list.append while the list's storage has room (when it is full the
// trace exits at the call, the interpreter appends, growing the storage,
// which at least doubles it, and the next entry into the trace goes on),
// and list.pop() of the last item; and dict.get through a runtime helper
// (record_dictget.go).

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// tracedBuiltinMethods lists the builtin methods LOADMETHOD records, by
// receiver tag and name.
var tracedBuiltinMethods = map[gc.Tag]map[string]bool{
	vm.JITTagList: {"append": true, "pop": true},
	vm.JITTagDict: {"get": true},
	vm.JITTagStr:  {"startswith": true, "endswith": true}, // record_str.go
}

// loadMethodBuiltin records LOADMETHOD of a builtin method the recorder
// knows how to call: R[A] is the method (a constant: builtin types do not
// change, and the receiver's tag fixes its type), R[A+1] the receiver.
func (r *recorder) loadMethodBuiltin(ins bytecode.Instr) error {
	obj := r.read(ins.B())
	name, err := r.attrName(ins.C())
	if err != nil {
		return err
	}
	m, ok := r.m.JITBuiltinMethod(obj.v, name)
	if !ok || !tracedBuiltinMethods[obj.v.Tag()][name] {
		return r.abort("builtin method " + name)
	}
	r.write(ins.A(), r.constOperand(m))
	r.write(ins.A()+1, obj)
	return nil
}

// callBuiltinMethod records CALLMETHOD of a builtin method loaded by
// loadMethodBuiltin; ok is false when the call is something else (the
// recorder's other call paths then decide).
func (r *recorder) callBuiltinMethod(ins bytecode.Instr) (next int, ok bool, err error) {
	if ins.Op() != bytecode.CALLMETHOD {
		return 0, false, nil
	}
	a := ins.A()
	fn, self := r.read(a), r.read(a+1)
	if fn.v.Tag() != vm.JITTagBuiltin || self.v.IsEmpty() {
		return 0, false, nil
	}
	name := ""
	for n := range tracedBuiltinMethods[self.v.Tag()] {
		if m, known := r.m.JITBuiltinMethod(self.v, n); known && m == fn.v {
			name = n
		}
	}
	if name == "" {
		return 0, false, nil
	}
	if self.v.Tag() == vm.JITTagStr {
		if ins.C() != 0 {
			return 0, true, r.abort("str." + name + " with keywords")
		}
		args := make([]operand, ins.B())
		for i := range args {
			args[i] = r.read(a + 2 + i)
		}
		res, ok, err := r.strAffix(name, self, args)
		if err != nil || !ok {
			return 0, true, r.errOr(err, "str."+name+" with other arguments")
		}
		r.guardConst(fn)
		r.write(a, res)
		return r.pc + 1, true, nil
	}
	if name == "get" {
		if ins.C() != 0 {
			return 0, true, r.abort("dict.get with keywords")
		}
		args := make([]operand, ins.B())
		for i := range args {
			args[i] = r.read(a + 2 + i)
		}
		r.guardConst(fn)
		res, err := r.dictGet(self, args)
		if err != nil {
			return 0, true, err
		}
		r.write(a, res)
		return r.pc + 1, true, nil
	}
	nargs := map[string]int{"append": 1, "pop": 0}[name]
	switch {
	case ins.C() != 0 || ins.B() != nargs:
		return 0, true, r.abort("list." + name + " with other arguments")
	case len(r.stack) > 0:
		return 0, true, r.abort("list." + name + " in an inlined function")
	}
	r.guardConst(fn)
	res := r.constOperand(gc.None())
	if name == "append" {
		err = r.listAppend(self, r.read(a+2))
	} else {
		res, err = r.listPop(self)
	}
	if err != nil {
		return 0, true, err
	}
	r.write(a, res)
	return r.pc + 1, true, nil
}

// listPop records lst.pop() of a non-empty list: the last item is loaded
// (its tag guarded), its slot emptied as the interpreter does, and the
// length decremented.
func (r *recorder) listPop(lst operand) (operand, error) {
	b := r.b
	ref := uint32(lst.v.Ref())
	n := int64(r.word(ref + vm.JITListLenOff))
	if n == 0 {
		return operand{}, r.abort("pop from an empty list while recording")
	}
	st := uint32(r.word(ref + vm.JITListStorageOff))
	off := st + vm.JITItemsOff + 16*uint32(n-1)
	v := gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))
	if !v.Tag().IsRef() && v.Tag() != gc.TagInt && v.Tag() != gc.TagFloat && v.Tag() != gc.TagBool && v.Tag() != gc.TagNone {
		return operand{}, r.abort("list item type")
	}
	snap := r.snap(r.pc)
	nR := b.FLoad(ir.Int, lst.val, vm.JITListLenOff, ClassListLen)
	b.Guard(ir.GT, nR, b.KInt(0), snap)
	stR := b.FLoad(ir.Ptr, lst.val, vm.JITListStorageOff, ClassListStorage)
	last := b.Op2(ir.ISUB, ir.Int, nR, b.KInt(1))
	tag := b.XLoad(ir.Tag, stR, last, vm.JITItemsOff, ClassItems)
	b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), snap)
	res := r.constOperand(v)
	if v.Tag() != gc.TagNone {
		res = operand{v, b.KTag(uint64(v.Tag())), b.XLoad(payloadType(v.Tag()), stR, last, vm.JITItemsOff+8, ClassItems)}
	}
	b.XStore(stR, last, vm.JITItemsOff, b.KTag(uint64(gc.TagEmpty)), ClassItems)
	b.XStore(stR, last, vm.JITItemsOff+8, b.KInt(0), ClassItems)
	b.FStore(lst.val, vm.JITListLenOff, last, ClassListLen)
	r.mem[off], r.mem[off+8] = 0, 0
	r.mem[ref+vm.JITListLenOff] = uint64(n - 1)
	return res, nil
}

// listAppend records lst.append(x) into storage that has room: the
// length is guarded below the storage's slot count, the item stored at
// the length, the length bumped.
func (r *recorder) listAppend(lst, x operand) error {
	b := r.b
	if x.v.IsEmpty() {
		return r.abort("append of an unbound value")
	}
	ref := uint32(lst.v.Ref())
	n := int64(r.word(ref + vm.JITListLenOff))
	st := uint32(r.word(ref + vm.JITListStorageOff))
	capacity := int64(r.word(st+vm.JITHeaderSlotsOff) & 0xffffffff)
	if n >= capacity && (!r.speculateRoom() || uint32(ref) >= fakeBase) {
		return r.listAppendGrow(lst, x, n, capacity) // record_alloc.go
	}
	snap := r.snap(r.pc)
	nR := b.FLoad(ir.Int, lst.val, vm.JITListLenOff, ClassListLen)
	stR := b.FLoad(ir.Ptr, lst.val, vm.JITListStorageOff, ClassListStorage)
	b.Guard(ir.LT, nR, r.storageCap(stR), snap) // record_alloc.go
	b.XStore(stR, nR, vm.JITItemsOff, x.tag, ClassItems)
	b.XStore(stR, nR, vm.JITItemsOff+8, x.val, ClassItems)
	b.FStore(lst.val, vm.JITListLenOff, b.Op2(ir.IADD, ir.Int, nR, b.KInt(1)), ClassListLen)
	if n >= capacity {
		// A root trace records the path with room (record_alloc.go):
		// its first run exits at the guard and the interpreter grows
		// the list; the overlay grows it too.
		grown, err := r.growStorage(st, uint32(n), int64(vm.JITListGrowCap(int(capacity), int(n+1))))
		if err != nil {
			return err
		}
		st = grown
		r.mem[ref+vm.JITListStorageOff] = uint64(st)
	}
	off := st + vm.JITItemsOff + 16*uint32(n)
	r.mem[off], r.mem[off+8] = uint64(x.v.Tag()), x.v.Bits()
	r.mem[ref+vm.JITListLenOff] = uint64(n + 1)
	return nil
}

// truthOfObject records the truth of a list (its length is not zero) or
// of an instance of a class without __bool__ and __len__ (True, under
// guards on its type and the type's version); ok is false for anything
// else.
func (r *recorder) truthOfObject(o operand) (t bool, ref ir.Ref, ok bool) {
	b := r.b
	switch o.v.Tag() {
	case vm.JITTagList:
		n := int64(r.word(uint32(o.v.Ref()) + vm.JITListLenOff))
		return n != 0, b.Cmp(ir.NE, b.FLoad(ir.Int, o.val, vm.JITListLenOff, ClassListLen), b.KInt(0)), true
	case vm.JITTagObject:
		typ, version, plain := r.m.JITPlainTruth(o.v)
		if !plain {
			return false, 0, false
		}
		snap := r.snap(r.pc)
		tp := b.FLoad(ir.Ptr, o.val, vm.JITInstTypeOff, ClassInstType)
		b.Guard(ir.EQ, tp, b.KPtr(uint32(typ)), snap)
		ver := b.FLoad(ir.Int, b.KPtr(uint32(typ)), vm.JITTypeVersionOff, ClassTypeVersion)
		b.Guard(ir.EQ, ver, b.KInt(int64(version)), snap)
		return true, b.KBool(true), true
	}
	return false, 0, false
}
