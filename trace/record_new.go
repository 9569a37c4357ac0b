// record_new.go records class calls C(args) that create an instance the
// way the interpreter's CALL fast path does (object.__new__, a Python
// __init__, no metaclass): a NEW of the instance's block in the trace
// (type slot, empty shape), then __init__ inlined on it, its result
// guarded None. The recording's copy of the instance lives in the
// overlay at a fake address (as GETITER's iterators do), so the vm is
// never asked about it: its attributes are resolved from its layout
// (vm.JITLayoutAttr) and kept in the recorder (freshObj), and a load of
// one is the operand that was stored, with no IR at all. Stores into it
// are emitted at once when nothing can observe them before the
// outermost inlined call returns (the object was allocated inside that
// very call, or no call is being inlined); otherwise they are deferred
// like any store in an inlined call (record_attrs.go). A guard inside an
// inlined call resumes at the outermost call, and an object allocated
// there is then simply dropped: nothing the interpreter sees refers to
// it. Sinking (trace/opt) removes the allocations that never escape
// (temporaries like d = center - pos); exits rebuild them from the
// snapshot's virtuals. docs/jit.md "Objects in traces".

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// objState is the recorder's state for instances the trace allocates.
type objState struct {
	fresh  map[uint32]*freshObj // by fake address
	supers map[uint32]superInfo // super objects, by fake address
	// returns counts the outermost inlined calls that have returned: an
	// object allocated inside an inlined call belongs to the call that
	// was running then.
	returns int
}

// freshObj is an instance the trace allocated: its NEW, its layout as
// the recording has made it so far, and its attributes' operands by
// value offset.
type freshObj struct {
	b        *ir.Builder // the builder ref belongs to (callInner simulates on a scratch one)
	ref      ir.Ref
	tp       gc.Ref
	numSlots int
	shape    uint64
	depth    int // inlined-call depth at its allocation
	epoch    int // objState.returns at its allocation
	fields   map[int64]operand
}

// fakeInstance reports whether o is an instance at a fake address: one
// the recording allocated, which only the overlay holds.
func fakeInstance(o operand) bool {
	return o.v.Tag() == vm.JITTagObject && uint32(o.v.Ref()) >= fakeBase
}

// freshObj returns the recorder's record of o when o is an instance the
// trace allocated, reached through its NEW (nil otherwise).
func (r *recorder) freshObj(o operand) *freshObj {
	if !fakeInstance(o) {
		return nil
	}
	fo := r.objs.fresh[uint32(o.v.Ref())]
	if fo == nil || fo.ref != o.val || fo.b != r.b {
		return nil
	}
	return fo
}

// classCall records CALL of a class: ok is false when the class is not
// created the way this file models (the caller's other paths decide).
func (r *recorder) classCall(ins bytecode.Instr, fn operand, first, nargs int) (int, error) {
	b := r.b
	if kind := r.m.JITNumberType(fn.v); kind != "" {
		return r.numberCall(ins, fn, kind, first, nargs)
	}
	if r.m.JITIsSuperType(fn.v) && nargs == 0 {
		r.guardConst(fn)
		s, err := r.superCall()
		if err != nil {
			return 0, err
		}
		r.write(ins.A(), s)
		return r.pc + 1, nil
	}
	n := r.m.JITClassNew(fn.v)
	if n.Init.IsEmpty() {
		return 0, r.abort(n.Reason)
	}
	// Checked before anything is allocated (inlineFunc checks again).
	if _, _, err := r.calleeFor(n.Init, nargs+1); err != nil {
		return 0, err
	}
	r.guardConst(fn)
	tp := gc.Ref(uint32(fn.v.Ref()))
	r.guardVersion(tp, n.Version)
	args := make([]operand, nargs+1)
	for i := 1; i <= nargs; i++ {
		args[i] = r.read(first + i - 1)
	}
	d := ir.AllocDesc{Name: "instance", Kind: uint8(vm.JITKindObject), NumVals: int32(n.NumVals), Raw: vm.JITInstRaw}
	addr, err := r.fakeAlloc(d)
	if err != nil {
		return 0, err
	}
	p := b.New(b.AddAlloc(d))
	// The block is zeroed (every slot empty): store what newInstance
	// stores.
	typeTag, typeVal := b.KTag(uint64(vm.JITTagType)), b.KPtr(uint32(tp))
	b.FStore(p, vm.JITInstTypeOff-8, typeTag, ClassInstType)
	b.FStore(p, vm.JITInstTypeOff, typeVal, ClassInstType)
	r.mem[addr+vm.JITInstTypeOff-8], r.mem[addr+vm.JITInstTypeOff] = uint64(vm.JITTagType), uint64(tp)
	// The instance belongs to the __init__ call about to be inlined: a
	// guard in it resumes at this CALL, which allocates another.
	fo := &freshObj{b: b, ref: p, tp: tp, numSlots: n.NumVals, shape: n.EmptyShape, depth: len(r.stack) + 1, epoch: r.objs.returns, fields: map[int64]operand{}}
	for i := 2; i < n.NSlots; i++ {
		none := r.constOperand(gc.None())
		b.FStore(p, slotOff(i), none.tag, ClassInstSlot)
		b.FStore(p, slotOff(i)+8, none.val, ClassInstSlot)
		r.mem[addr+uint32(slotOff(i))] = uint64(gc.TagNone)
		fo.fields[slotOff(i)] = none
	}
	b.FStore(p, shapeOff(n.NumVals), b.KInt(int64(n.EmptyShape)), ClassInstShape)
	r.mem[addr+uint32(shapeOff(n.NumVals))] = n.EmptyShape
	if r.objs.fresh == nil {
		r.objs.fresh = map[uint32]*freshObj{}
	}
	r.objs.fresh[addr] = fo
	self := operand{gc.MakeValue(vm.JITTagObject, uint64(addr)), b.KTag(uint64(vm.JITTagObject)), p}
	args[0] = self
	return r.inlineFunc(n.Init, args, ins.A(), retInit, self)
}

// freshAttr resolves an attribute of an instance at a fake address, which
// must be reached through its NEW, and guards the type's version.
func (r *recorder) freshAttr(obj operand, name string, store, method bool) (*freshObj, vm.JITAttr, error) {
	fo := r.freshObj(obj)
	if fo == nil {
		return nil, vm.JITAttr{}, r.abort("allocated object reached through the heap")
	}
	a := r.m.JITLayoutAttr(fo.tp, fo.numSlots, fo.shape, name, store, method)
	if a.Kind == vm.JITAttrUnsupported {
		return nil, a, r.abort(a.Reason)
	}
	r.guardVersion(fo.tp, a.Version)
	return fo, a, nil
}

// freshLoadAttr records LOADATTR on an instance the trace allocated.
func (r *recorder) freshLoadAttr(ins bytecode.Instr, obj operand) (int, error) {
	name, err := r.attrName(ins.C())
	if err != nil {
		return 0, err
	}
	fo, a, err := r.freshAttr(obj, name, false, false)
	if err != nil {
		return 0, err
	}
	switch a.Kind {
	case vm.JITAttrSlot:
		v, ok := fo.fields[slotOff(a.Slot)]
		if !ok {
			return 0, r.abort("empty instance slot")
		}
		r.write(ins.A(), v)
	case vm.JITAttrClassValue:
		r.write(ins.A(), r.constOperand(a.Value))
	case vm.JITAttrProperty:
		return r.inlineFunc(a.Value, []operand{obj}, ins.A(), retValue, operand{})
	default:
		return 0, r.abort("attribute of an allocated object")
	}
	return r.pc + 1, nil
}

// freshLoadMethod records LOADMETHOD on an instance the trace allocated.
func (r *recorder) freshLoadMethod(ins bytecode.Instr, obj operand) error {
	name, err := r.attrName(ins.C())
	if err != nil {
		return err
	}
	_, a, err := r.freshAttr(obj, name, false, true)
	if err != nil {
		return err
	}
	if a.Kind != vm.JITAttrMethod {
		return r.abort("method call of a non-function attribute")
	}
	r.write(ins.A(), r.constOperand(a.Value))
	r.write(ins.A()+1, obj)
	return nil
}

// freshStoreAttr records STOREATTR on an instance the trace allocated:
// into an attribute it has, or adding one along an existing shape
// transition (the shape word is stored too).
func (r *recorder) freshStoreAttr(ins bytecode.Instr, obj operand) error {
	name, err := r.attrName(ins.B())
	if err != nil {
		return err
	}
	val := r.read(ins.C())
	if val.v.IsEmpty() {
		return r.abort("store of an unbound value")
	}
	fo, a, err := r.freshAttr(obj, name, true, false)
	if err != nil {
		return err
	}
	if a.Kind != vm.JITAttrSlot && a.Kind != vm.JITAttrAdd {
		return r.abort("attribute store into an allocated object")
	}
	b := r.b
	addr := uint32(obj.v.Ref())
	off := slotOff(a.Slot)
	// Unobservable before the outermost inlined call returns when the
	// object is that call's own (or no call is inlined): store now.
	now := len(r.stack) == 0 || (fo.depth > 0 && fo.epoch == r.objs.returns)
	if !now {
		if a.Kind == vm.JITAttrAdd {
			return r.abort("attribute added to an older allocated object in an inlined call")
		}
		r.storeValue(valueAt{addr: addr, ptr: fo.ref, off: off, class: ClassInstSlot}, val)
		fo.fields[off] = val
		return nil
	}
	b.FStore(fo.ref, off, val.tag, ClassInstSlot)
	b.FStore(fo.ref, off+8, val.val, ClassInstSlot)
	r.mem[addr+uint32(off)], r.mem[addr+uint32(off)+8] = uint64(val.v.Tag()), val.v.Bits()
	fo.fields[off] = val
	if a.Kind == vm.JITAttrAdd {
		b.FStore(fo.ref, shapeOff(fo.numSlots), b.KInt(int64(a.Shape)), ClassInstShape)
		r.mem[addr+uint32(shapeOff(fo.numSlots))] = a.Shape
		fo.shape = a.Shape
	}
	return nil
}

// freshTruth records the truth of an instance the trace allocated: True
// when its class defines neither __bool__ nor __len__ (the version
// guarded).
func (r *recorder) freshTruth(o operand) (bool, ir.Ref, error) {
	fo := r.freshObj(o)
	if fo == nil {
		return false, 0, r.abort("allocated object reached through the heap")
	}
	for _, name := range []string{"__bool__", "__len__"} {
		_, version, found, plain := r.m.JITTypeMethod(fo.tp, name)
		if !plain || found {
			return false, 0, r.abort("truth of an instance with __bool__ or __len__")
		}
		r.guardVersion(fo.tp, version)
	}
	return true, r.b.KBool(true), nil
}

// numberCall records int(x) and float(x) of an int or a float: float of
// an int is ITOF under exactFloat's guard (a larger int rounds, which the
// interpreter does), int of a float truncates with FTOI (its guard exits
// on NaN, an infinity or a result beyond int64, where the interpreter
// raises or makes a big int), and a value of the type itself is returned
// as it is.
func (r *recorder) numberCall(ins bytecode.Instr, fn operand, kind string, first, nargs int) (int, error) {
	if nargs != 1 {
		return 0, r.abort("call of builtin type " + kind)
	}
	x := r.read(first)
	r.guardConst(fn)
	b := r.b
	switch {
	case kind == "float" && x.v.Tag() == gc.TagFloat, kind == "int" && x.v.Tag() == gc.TagInt:
	case kind == "float" && x.v.Tag() == gc.TagInt:
		var err error
		if x, err = r.exactFloat(x); err != nil {
			return 0, err
		}
	case kind == "int" && x.v.Tag() == gc.TagFloat:
		v, ok := ir.FloatToInt(x.v.Float())
		if !ok {
			return 0, r.abort("int() of a float beyond int64 while recording")
		}
		x = operand{gc.Int(v), b.KTag(uint64(gc.TagInt)), b.Guarded1(ir.FTOI, ir.Int, x.val, r.snap(r.pc))}
	default:
		return 0, r.abort("call of builtin type " + kind + " on another type")
	}
	r.write(ins.A(), x)
	return r.pc + 1, nil
}

// superInfo is a super object the trace allocated (super() in an inlined
// method): its NEW, the class it starts after and the instance.
type superInfo struct {
	b     *ir.Builder
	ref   ir.Ref
	start gc.Ref
	obj   operand
}

// superCall records super() with no arguments in an inlined method, as
// the interpreter's superCall makes it: the instance is the method's
// first register, the class is the value of its __class__ cell (guarded).
// The super object is a NEW of two slots (sinking removes it when only
// LOADMETHOD uses it, which loadMethodSuper resolves in the recorder).
func (r *recorder) superCall() (operand, error) {
	c := r.fr.Code
	if len(r.stack) == 0 || c.ArgCount == 0 {
		return operand{}, r.abort("super() outside an inlined method")
	}
	k := -1
	for i, name := range c.Freevars {
		if name == "__class__" {
			k = i
		}
	}
	if k < 0 {
		return operand{}, r.abort("super() without a __class__ cell")
	}
	cell := r.read(c.CellBase + len(c.Cellvars) + k)
	obj := r.read(0)
	if cell.v.Tag() != vm.JITTagCell || obj.v.Tag() != vm.JITTagObject {
		return operand{}, r.abort("super() of a non-instance")
	}
	b := r.b
	snap := r.snap(r.pc)
	ca := uint32(cell.v.Ref())
	if gc.Tag(r.word(ca+vm.JITCellValueOff)) != vm.JITTagType {
		return operand{}, r.abort("super() with __class__ not a class")
	}
	start := gc.Ref(uint32(r.word(ca + vm.JITCellValueOff + 8)))
	tag := b.FLoad(ir.Tag, cell.val, vm.JITCellValueOff, ClassCellValue)
	b.Guard(ir.EQ, tag, b.KTag(uint64(vm.JITTagType)), snap)
	val := b.FLoad(ir.Ptr, cell.val, vm.JITCellValueOff+8, ClassCellValue)
	b.Guard(ir.EQ, val, b.KPtr(uint32(start)), snap)
	d := ir.AllocDesc{Name: "super", Kind: uint8(vm.JITKindMisc), NumVals: vm.JITSuperVals}
	addr, err := r.fakeAlloc(d)
	if err != nil {
		return operand{}, err
	}
	p := b.New(b.AddAlloc(d))
	b.FStore(p, slotOff(0), b.KTag(uint64(vm.JITTagType)), ClassHeader)
	b.FStore(p, slotOff(0)+8, b.KPtr(uint32(start)), ClassHeader)
	b.FStore(p, slotOff(1), obj.tag, ClassHeader)
	b.FStore(p, slotOff(1)+8, obj.val, ClassHeader)
	r.mem[addr+uint32(slotOff(0))], r.mem[addr+uint32(slotOff(0))+8] = uint64(vm.JITTagType), uint64(start)
	r.mem[addr+uint32(slotOff(1))], r.mem[addr+uint32(slotOff(1))+8] = uint64(obj.v.Tag()), obj.v.Bits()
	if r.objs.supers == nil {
		r.objs.supers = map[uint32]superInfo{}
	}
	r.objs.supers[addr] = superInfo{b: b, ref: p, start: start, obj: obj}
	return operand{gc.MakeValue(vm.JITTagSuper, uint64(addr)), b.KTag(uint64(vm.JITTagSuper)), p}, nil
}

// loadMethodSuper records LOADMETHOD on a super object superCall made:
// the Python function found after the start class in the MRO of the
// instance's class (its type and version guarded) goes to R[A], the
// instance to R[A+1], and CALLMETHOD inlines the call. ok is false when
// o is not such a super object.
func (r *recorder) loadMethodSuper(ins bytecode.Instr, o operand) (ok bool, err error) {
	if o.v.Tag() != vm.JITTagSuper {
		return false, nil
	}
	s, known := r.objs.supers[uint32(o.v.Ref())]
	if !known || s.ref != o.val || s.b != r.b {
		return true, r.abort("super object reached through the heap")
	}
	name, err := r.attrName(ins.C())
	if err != nil {
		return true, err
	}
	ot := r.guardInstType(s.obj)
	fn, version, found := r.m.JITSuperFunction(s.start, ot, name)
	if !found {
		return true, r.abort("super() attribute other than a Python function")
	}
	r.guardVersion(ot, version)
	r.write(ins.A(), r.constOperand(fn))
	r.write(ins.A()+1, s.obj)
	return true, nil
}
