// record_attrs.go records attribute access on instances of plain Python
// classes (LOADATTR, STOREATTR, LOADMETHOD) and on modules (LOADATTR).
//
// An instance keeps its attributes in value slots named by its shape
// (vm/shape.go), and its class decides whether the instance is asked at
// all (a property or data descriptor on the class wins, a method is a
// class attribute). The trace guards everything that answer depends on:
// the type slot of the instance, the type's version word (bumped by every
// change to the class or a base: a method replaced, a descriptor or
// __getattr__ added), the instance's slot count and its shape word; then
// the attribute is one FLOAD/FSTORE of its slot. Class attributes (methods
// and plain values) are constants of the trace under the version guard.
//
// Stores inside an inlined call are deferred to the call's return (see
// attrState): a guard inside the callee resumes the interpreter at the
// outermost CALL, which runs the whole call again, so nothing the callee
// did may be visible in the heap before it returns.

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// attrState is the recorder's state for attribute stores made inside
// inlined calls: they reach the IR only when the outermost inlined call
// returns, in program order; until then loads of instance slots consult
// them first.
type attrState struct {
	pending []pendingStore
}

// pendingStore is a deferred store of a value into an instance slot.
type pendingStore struct {
	addr uint32 // the instance's address while recording
	off  int64  // the slot's byte offset
	ptr  ir.Ref // the instance in the IR
	val  operand
}

// instGuards guards that obj still resolves attributes as a says: the
// same type object, the type's version, the slot count and the shape.
func (r *recorder) instGuards(obj operand, a vm.JITAttr) {
	b := r.b
	snap := r.snap(r.pc)
	tp := b.FLoad(ir.Ptr, obj.val, vm.JITInstTypeOff, ClassInstType)
	b.Guard(ir.EQ, tp, b.KPtr(uint32(a.Type)), snap)
	ver := b.FLoad(ir.Int, b.KPtr(uint32(a.Type)), vm.JITTypeVersionOff, ClassTypeVersion)
	b.Guard(ir.EQ, ver, b.KInt(int64(a.Version)), snap)
	hdr := b.FLoad(ir.Int, obj.val, vm.JITHeaderSlotsOff, ClassHeader)
	n := b.Op2(ir.IAND, ir.Int, hdr, b.KInt(0xffffffff))
	b.Guard(ir.EQ, n, b.KInt(int64(a.NumSlots)), snap)
	sh := b.FLoad(ir.Int, obj.val, shapeOff(a.NumSlots), ClassInstShape)
	b.Guard(ir.EQ, sh, b.KInt(int64(a.Shape)), snap)
}

// shapeOff is the byte offset of the shape word of an instance with n
// value slots (raw word 0).
func shapeOff(n int) int64 { return int64(gc.HeaderSize) + int64(n)*int64(gc.ValueSize) }

// slotOff is the byte offset of value slot i.
func slotOff(i int) int64 { return int64(gc.HeaderSize) + int64(i)*int64(gc.ValueSize) }

// attrName returns the attribute name of constant k.
func (r *recorder) attrName(k int) (string, error) {
	name, ok := r.m.JITStr(r.fr.Consts[k])
	if !ok {
		return "", r.abort("attribute name is not a str")
	}
	return name, nil
}

// loadAttr records LOADATTR: R[A] = R[B].name.
func (r *recorder) loadAttr(ins bytecode.Instr) error {
	obj := r.read(ins.B())
	name, err := r.attrName(ins.C())
	if err != nil {
		return err
	}
	if obj.v.Tag() == vm.JITTagModule {
		v, err := r.moduleAttr(obj, name)
		if err != nil {
			return err
		}
		r.write(ins.A(), v)
		return nil
	}
	if obj.v.Tag() == vm.JITTagType {
		a := r.m.JITClassAttr(obj.v, name)
		if a.Kind == vm.JITAttrUnsupported {
			return r.abort(a.Reason)
		}
		r.guardConst(obj)
		ver := r.b.FLoad(ir.Int, r.b.KPtr(uint32(a.Type)), vm.JITTypeVersionOff, ClassTypeVersion)
		r.b.Guard(ir.EQ, ver, r.b.KInt(int64(a.Version)), r.snap(r.pc))
		r.write(ins.A(), r.constOperand(a.Value))
		return nil
	}
	if obj.v.Tag() != vm.JITTagObject {
		return r.abort("attribute of a builtin object")
	}
	a := r.m.JITInstanceAttr(obj.v, name, false, false)
	if a.Kind == vm.JITAttrUnsupported {
		return r.abort(a.Reason)
	}
	r.instGuards(obj, a)
	if a.Kind == vm.JITAttrClassValue {
		r.write(ins.A(), r.constOperand(a.Value))
		return nil
	}
	v, err := r.loadSlot(obj, slotOff(a.Slot))
	if err != nil {
		return err
	}
	r.write(ins.A(), v)
	return nil
}

// loadSlot loads the value in the instance slot at off: from a deferred
// store of the current inlined call when one may be the same word
// (guarding which instance it is), else from the heap, its tag guarded.
func (r *recorder) loadSlot(obj operand, off int64) (operand, error) {
	b := r.b
	addr := uint32(obj.v.Ref())
	snap := r.snap(r.pc)
	p := r.attrs.pending
	for i := len(p) - 1; i >= 0; i-- {
		if p[i].off != off {
			continue
		}
		if p[i].addr == addr {
			if p[i].ptr != obj.val {
				b.Guard(ir.EQ, obj.val, p[i].ptr, snap)
			}
			return p[i].val, nil
		}
		b.Guard(ir.NE, obj.val, p[i].ptr, snap)
	}
	v := gc.MakeValue(gc.Tag(r.word(addr+uint32(off))), r.word(addr+uint32(off)+8))
	if v.IsEmpty() {
		return operand{}, r.abort("empty instance slot")
	}
	tag := b.FLoad(ir.Tag, obj.val, off, ClassInstSlot)
	b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), snap)
	switch {
	case v.Tag() == gc.TagInt || v.Tag() == gc.TagFloat || v.Tag() == gc.TagBool || v.Tag().IsRef():
		return operand{v, b.KTag(uint64(v.Tag())), b.FLoad(payloadType(v.Tag()), obj.val, off+8, ClassInstSlot)}, nil
	}
	return r.constOperand(v), nil // None and other immediates: the tag says it all
}

// storeAttr records STOREATTR: R[A].name = R[C], into an attribute the
// instance already has.
func (r *recorder) storeAttr(ins bytecode.Instr) error {
	obj := r.read(ins.A())
	name, err := r.attrName(ins.B())
	if err != nil {
		return err
	}
	if obj.v.Tag() != vm.JITTagObject {
		return r.abort("attribute store on a builtin object")
	}
	val := r.read(ins.C())
	if val.v.IsEmpty() {
		return r.abort("store of an unbound value")
	}
	a := r.m.JITInstanceAttr(obj.v, name, true, false)
	if a.Kind != vm.JITAttrSlot {
		return r.abort(a.Reason)
	}
	r.instGuards(obj, a)
	off := slotOff(a.Slot)
	addr := uint32(obj.v.Ref())
	r.mem[addr+uint32(off)] = uint64(val.v.Tag())
	r.mem[addr+uint32(off)+8] = val.v.Bits()
	if len(r.stack) > 0 {
		r.attrs.pending = append(r.attrs.pending, pendingStore{addr: addr, off: off, ptr: obj.val, val: val})
		return nil
	}
	r.b.FStore(obj.val, off, val.tag, ClassInstSlot)
	r.b.FStore(obj.val, off+8, val.val, ClassInstSlot)
	return nil
}

// flushAttrStores emits the stores deferred during an inlined call, once
// the outermost inlined call has returned.
func (r *recorder) flushAttrStores() {
	for _, p := range r.attrs.pending {
		r.b.FStore(p.ptr, p.off, p.val.tag, ClassInstSlot)
		r.b.FStore(p.ptr, p.off+8, p.val.val, ClassInstSlot)
	}
	r.attrs.pending = r.attrs.pending[:0]
}

// loadMethodInst records LOADMETHOD on an instance whose class has a
// Python function of that name: R[A] is the function (a constant under
// the type's version guard), R[A+1] the instance; CALLMETHOD then inlines
// the call with the instance as its first argument.
func (r *recorder) loadMethodInst(ins bytecode.Instr) error {
	obj := r.read(ins.B())
	name, err := r.attrName(ins.C())
	if err != nil {
		return err
	}
	a := r.m.JITInstanceAttr(obj.v, name, false, true)
	if a.Kind != vm.JITAttrMethod {
		if a.Kind != vm.JITAttrUnsupported {
			return r.abort("method call of a non-function attribute")
		}
		return r.abort(a.Reason)
	}
	r.instGuards(obj, a)
	r.write(ins.A(), r.constOperand(a.Value))
	r.write(ins.A()+1, obj)
	return nil
}

// moduleAttr records a module attribute load (math.pi): the module is
// guarded to be the same object with the same dict, then the name is
// looked up in that dict as a global is.
func (r *recorder) moduleAttr(mod operand, name string) (operand, error) {
	b := r.b
	r.guardConst(mod)
	d := r.m.JITModuleDict(mod.v)
	dp := b.FLoad(ir.Ptr, mod.val, vm.JITModuleDictOff, ClassModuleDict)
	b.Guard(ir.EQ, dp, b.KPtr(uint32(d.Ref())), r.snap(r.pc))
	v, ok, err := r.dictLookup(d, name)
	if err != nil {
		return operand{}, err
	}
	if !ok {
		return operand{}, r.abort("module attribute not found")
	}
	return v, nil
}
