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
// Instances in dict mode keep their attributes in a dict: the trace reads
// the entry that held the name while recording, its key guarded.
// __slots__ instances use shape slots like any other.
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

// pendingStore is a deferred store of a value into an instance slot or
// an entry of an instance's dict (a value word pair at base+off).
type pendingStore struct {
	addr  uint32 // the base object's address while recording
	off   int64  // the value's byte offset in it
	ptr   ir.Ref // the base object in the IR
	class ir.AliasClass
	dict  ir.Ref // an entry's dict (its version is zeroed), else 0
	val   operand
}

// valueAt is a value's location: the object (its address while recording
// and its IR pointer), the byte offset, the alias class of its words.
type valueAt struct {
	addr  uint32
	ptr   ir.Ref
	off   int64
	class ir.AliasClass
	dict  ir.Ref // the dict, for an entry's value
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

// notShadowed guards, for a class attribute a of an instance in dict
// mode, that the instance's dict does not hold the name: the dict is
// guarded to be the very one seen (so the trace exits at any other
// instance in dict mode) and looked up as a global is.
func (r *recorder) notShadowed(obj operand, a vm.JITAttr, name string) error {
	if a.Shape != vm.JITShapeDict || (a.Kind != vm.JITAttrClassValue && a.Kind != vm.JITAttrMethod) {
		return nil
	}
	b := r.b
	snap := r.snap(r.pc)
	dtag := b.FLoad(ir.Tag, obj.val, vm.JITInstDictOff-8, ClassInstDict)
	b.Guard(ir.EQ, dtag, b.KTag(uint64(a.Dict.Tag())), snap)
	d := b.FLoad(ir.Ptr, obj.val, vm.JITInstDictOff, ClassInstDict)
	b.Guard(ir.EQ, d, b.KPtr(uint32(a.Dict.Ref())), snap)
	_, found, err := r.dictLookup(a.Dict, name)
	if err == nil && found {
		err = r.abort("class attribute shadowed in dict mode")
	}
	return err
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
	if err := r.notShadowed(obj, a, name); err != nil {
		return err
	}
	if a.Kind == vm.JITAttrClassValue {
		r.write(ins.A(), r.constOperand(a.Value))
		return nil
	}
	at, err := r.attrLocation(obj, a, name)
	if err != nil {
		return err
	}
	v, err := r.loadValue(at)
	if err != nil {
		return err
	}
	r.write(ins.A(), v)
	return nil
}

// attrLocation returns where the attribute a resolved to lives (after
// instGuards): the instance's slot, or for an instance in dict mode the
// value of the dict entry holding the name, whose dict, storage size and
// key are guarded.
func (r *recorder) attrLocation(obj operand, a vm.JITAttr, name string) (valueAt, error) {
	if a.Kind == vm.JITAttrSlot {
		return valueAt{addr: uint32(obj.v.Ref()), ptr: obj.val, off: slotOff(a.Slot), class: ClassInstSlot}, nil
	}
	b := r.b
	st, e, _, _, ok := r.m.JITDictEntry(a.Dict, name)
	if !ok || e < 0 {
		return valueAt{}, r.abort("attribute under a non-interned name")
	}
	snap := r.snap(r.pc)
	dtag := b.FLoad(ir.Tag, obj.val, vm.JITInstDictOff-8, ClassInstDict)
	b.Guard(ir.EQ, dtag, b.KTag(uint64(a.Dict.Tag())), snap)
	d := b.FLoad(ir.Ptr, obj.val, vm.JITInstDictOff, ClassInstDict)
	sp := b.FLoad(ir.Ptr, d, vm.JITDictStorageOff, ClassDictStorage)
	// Another instance's storage may be smaller: the entry must be in it.
	hdr := b.FLoad(ir.Int, sp, vm.JITHeaderSlotsOff, ClassHeader)
	n := b.Op2(ir.IAND, ir.Int, hdr, b.KInt(0xffffffff))
	b.Guard(ir.GT, n, b.KInt(int64(2*e+1)), snap)
	koff := int64(vm.JITItemsOff) + 32*int64(e)
	r.guardEntryKey(uint32(st), sp, koff, snap)
	return valueAt{addr: uint32(st), ptr: sp, off: koff + 16, class: ClassDictEntry, dict: d}, nil
}

// loadValue loads the value at at: from a deferred store of the current
// inlined call when one may be the same word (guarding which object it
// is), else from the heap, its tag guarded.
func (r *recorder) loadValue(at valueAt) (operand, error) {
	b := r.b
	snap := r.snap(r.pc)
	p := r.attrs.pending
	for i := len(p) - 1; i >= 0; i-- {
		if p[i].off != at.off || p[i].class != at.class {
			continue
		}
		if p[i].addr == at.addr {
			if p[i].ptr != at.ptr {
				b.Guard(ir.EQ, at.ptr, p[i].ptr, snap)
			}
			return p[i].val, nil
		}
		b.Guard(ir.NE, at.ptr, p[i].ptr, snap)
	}
	v := gc.MakeValue(gc.Tag(r.word(at.addr+uint32(at.off))), r.word(at.addr+uint32(at.off)+8))
	if v.IsEmpty() {
		return operand{}, r.abort("empty instance slot")
	}
	tag := b.FLoad(ir.Tag, at.ptr, at.off, at.class)
	b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), snap)
	switch {
	case v.Tag() == gc.TagInt || v.Tag() == gc.TagFloat || v.Tag() == gc.TagBool || v.Tag().IsRef():
		return operand{v, b.KTag(uint64(v.Tag())), b.FLoad(payloadType(v.Tag()), at.ptr, at.off+8, at.class)}, nil
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
	if a.Kind != vm.JITAttrSlot && a.Kind != vm.JITAttrDict {
		return r.abort(a.Reason)
	}
	r.instGuards(obj, a)
	at, err := r.attrLocation(obj, a, name)
	if err != nil {
		return err
	}
	r.storeValue(at, val)
	return nil
}

// storeValue records a store of val at at: into the recorder's overlay at
// once, and as IR now, or after the outermost inlined call returns.
func (r *recorder) storeValue(at valueAt, val operand) {
	r.mem[at.addr+uint32(at.off)] = uint64(val.v.Tag())
	r.mem[at.addr+uint32(at.off)+8] = val.v.Bits()
	p := pendingStore{addr: at.addr, off: at.off, ptr: at.ptr, class: at.class, dict: at.dict, val: val}
	if len(r.stack) > 0 {
		r.attrs.pending = append(r.attrs.pending, p)
		return
	}
	r.emitStore(p)
}

// emitStore emits a store of a value into an instance slot or dict entry.
// A dict's version word is zeroed as STORENAME does (record_names.go),
// in case the dict is some code's globals.
func (r *recorder) emitStore(p pendingStore) {
	r.b.FStore(p.ptr, p.off, p.val.tag, p.class)
	r.b.FStore(p.ptr, p.off+8, p.val.val, p.class)
	if p.dict != 0 {
		r.b.FStore(p.dict, vm.JITDictVersionOff, r.b.KInt(0), ClassDictVersion)
	}
}

// flushAttrStores emits the stores deferred during an inlined call, once
// the outermost inlined call has returned.
func (r *recorder) flushAttrStores() {
	for _, p := range r.attrs.pending {
		r.emitStore(p)
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
	if err := r.notShadowed(obj, a, name); err != nil {
		return err
	}
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
