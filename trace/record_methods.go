// record_methods.go records calls of builtin methods that a trace can do
// with plain loads and stores, without calling back into Go: so far
// list.append while the list's storage has room. When it is full the
// trace exits at the call, the interpreter appends (growing the storage,
// which at least doubles it) and the next entry into the trace goes on.

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
	vm.JITTagList: {"append": true},
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
	m, known := r.m.JITBuiltinMethod(self.v, "append")
	if !known || self.v.Tag() != vm.JITTagList || fn.v != m {
		return 0, false, nil
	}
	switch {
	case ins.C() != 0 || ins.B() != 1:
		return 0, true, r.abort("list.append with other arguments")
	case len(r.stack) > 0:
		return 0, true, r.abort("list.append in an inlined function")
	}
	r.guardConst(fn)
	if err := r.listAppend(self, r.read(a+2)); err != nil {
		return 0, true, err
	}
	r.write(a, r.constOperand(gc.None()))
	return r.pc + 1, true, nil
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
	if n >= capacity {
		return r.abort("list.append that grows the list while recording")
	}
	snap := r.snap(r.pc)
	nR := b.FLoad(ir.Int, lst.val, vm.JITListLenOff, ClassListLen)
	stR := b.FLoad(ir.Ptr, lst.val, vm.JITListStorageOff, ClassListStorage)
	hdr := b.FLoad(ir.Int, stR, vm.JITHeaderSlotsOff, ClassHeader)
	capR := b.Op2(ir.IAND, ir.Int, hdr, b.KInt(0xffffffff))
	b.Guard(ir.LT, nR, capR, snap)
	b.XStore(stR, nR, vm.JITItemsOff, x.tag, ClassItems)
	b.XStore(stR, nR, vm.JITItemsOff+8, x.val, ClassItems)
	b.FStore(lst.val, vm.JITListLenOff, b.Op2(ir.IADD, ir.Int, nR, b.KInt(1)), ClassListLen)
	off := st + vm.JITItemsOff + 16*uint32(n)
	r.mem[off], r.mem[off+8] = uint64(x.v.Tag()), x.v.Bits()
	r.mem[ref+vm.JITListLenOff] = uint64(n + 1)
	return nil
}
