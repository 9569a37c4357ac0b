// record_dunder.go records the operators and attribute loads of plain
// Python classes that run Python code: a binary operator, an augmented
// assignment, a comparison or unary minus/plus whose left operand is an
// instance of a class defining the dunder as a Python function, and a
// load of a property whose getter is a Python function. Each is recorded
// as an inlined call of that function, after guards on the instance's
// type and the type's version (bumped when the class or a base changes:
// the dunder or property replaced, a new one defined on a base); the
// function is then a constant of the trace. The interpreter's choice of
// method depends on both operands, so the right operand is restricted to
// a number, None or an instance of the very same class (then no
// reflected method is ever tried first), and a dunder that returned
// NotImplemented while recording aborts (the reflected method and the
// TypeError are the interpreter's). docs/jit.md "Objects in traces".

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// retKind says what RETURN does with the value of an inlined call made
// by this file or record_new.go.
type retKind uint8

const (
	retValue  retKind = iota // the value is the call's result (a plain call, a property, unary dunders)
	retDunder                // NotImplemented aborts: the interpreter would try the reflected method
	retInit                  // __init__: must return None; the result is the new instance
)

// dunderNames are the special methods of binary operators (opcode ->
// method, in-place method, reflected method).
var dunderNames = map[bytecode.Op][3]string{
	bytecode.ADD: {"__add__", "__iadd__", "__radd__"}, bytecode.SUB: {"__sub__", "__isub__", "__rsub__"},
	bytecode.MUL: {"__mul__", "__imul__", "__rmul__"}, bytecode.TRUEDIV: {"__truediv__", "__itruediv__", "__rtruediv__"},
	bytecode.FLOORDIV: {"__floordiv__", "__ifloordiv__", "__rfloordiv__"}, bytecode.MOD: {"__mod__", "__imod__", "__rmod__"},
	bytecode.POW: {"__pow__", "__ipow__", "__rpow__"}, bytecode.LSHIFT: {"__lshift__", "__ilshift__", "__rlshift__"},
	bytecode.RSHIFT: {"__rshift__", "__irshift__", "__rrshift__"}, bytecode.BITAND: {"__and__", "__iand__", "__rand__"},
	bytecode.BITOR: {"__or__", "__ior__", "__ror__"}, bytecode.BITXOR: {"__xor__", "__ixor__", "__rxor__"},
}

// compareNames are the rich comparison methods.
var compareNames = map[bytecode.Op]string{
	bytecode.LT: "__lt__", bytecode.LE: "__le__", bytecode.GT: "__gt__",
	bytecode.GE: "__ge__", bytecode.EQ: "__eq__", bytecode.NE: "__ne__",
}

// guardInstType returns the type object of instance o, guarding it in
// the trace unless o is an object the trace allocated (its type slot is a
// store of the trace, record_new.go).
func (r *recorder) guardInstType(o operand) gc.Ref {
	if fo := r.freshObj(o); fo != nil {
		return fo.tp
	}
	b := r.b
	tp := gc.Ref(uint32(r.word(uint32(o.v.Ref()) + vm.JITInstTypeOff)))
	got := b.FLoad(ir.Ptr, o.val, vm.JITInstTypeOff, ClassInstType)
	b.Guard(ir.EQ, got, b.KPtr(uint32(tp)), r.snap(r.pc))
	return tp
}

// guardVersion guards the version word of type object tp.
func (r *recorder) guardVersion(tp gc.Ref, version uint64) {
	b := r.b
	ver := b.FLoad(ir.Int, b.KPtr(uint32(tp)), vm.JITTypeVersionOff, ClassTypeVersion)
	b.Guard(ir.EQ, ver, b.KInt(int64(version)), r.snap(r.pc))
}

// typeMethod finds special method name on instance o's class: the type
// is guarded, and when the class is plain its version; fn is the Python
// function found (empty when found is false, i.e. defined nowhere).
func (r *recorder) typeMethod(o operand, name string) (tp gc.Ref, fn gc.Value, found bool, err error) {
	tp = r.guardInstType(o)
	fn, version, found, plain := r.m.JITTypeMethod(tp, name)
	if !plain {
		return 0, gc.Value{}, false, r.abort("operator on an instance of a special class")
	}
	r.guardVersion(tp, version)
	if found && fn.Tag() != vm.JITTagFunc {
		return 0, gc.Value{}, false, r.abort(name + " is not a Python function")
	}
	return tp, fn, found, nil
}

// rightOperand checks the right operand of an operator whose left operand
// is an instance of tp: a number, None, or an instance of tp itself
// (guarded), for which the interpreter never tries a reflected method
// first.
func (r *recorder) rightOperand(y operand, tp gc.Ref) error {
	switch y.v.Tag() {
	case gc.TagInt, gc.TagFloat, gc.TagBool, gc.TagNone:
		return nil
	case vm.JITTagObject:
		if r.guardInstType(y) == tp {
			return nil
		}
	}
	return r.abort("operator with a right operand of another type")
}

// binaryDunder records a binary operator (or, when inplace, an augmented
// assignment) whose left operand is an instance: ok is false when it is
// not, and the caller records numbers.
func (r *recorder) binaryDunder(ins bytecode.Instr, op bytecode.Op, inplace bool) (next int, ok bool, err error) {
	x, y := r.read(ins.B()), r.read(ins.C())
	if x.v.Tag() != vm.JITTagObject {
		return r.reflectedDunder(ins, op, x, y)
	}
	names, known := dunderNames[op]
	if !known {
		return 0, true, r.abort("operator " + op.String() + " on an instance")
	}
	tp, fn, found, err := r.typeMethod(x, names[0])
	if err != nil {
		return 0, true, err
	}
	if inplace {
		// The in-place method goes first; its absence is guarded by the
		// version like the method's presence.
		_, ifn, ifound, err := r.typeMethod(x, names[1])
		if err != nil {
			return 0, true, err
		}
		if ifound {
			fn, found = ifn, true
		}
	}
	if !found {
		return 0, true, r.abort("operator without its dunder on an instance")
	}
	if err := r.rightOperand(y, tp); err != nil {
		return 0, true, err
	}
	next, err = r.inlineFunc(fn, []operand{x, y}, ins.A(), retDunder, operand{})
	return next, true, err
}

// reflectedDunder records a binary operator with a number on the left and
// an instance on the right: int's and float's methods return
// NotImplemented for an instance (or do not exist), so the interpreter
// calls the instance's reflected method, inlined here with (y, x). ok is
// false when the operands are something else.
func (r *recorder) reflectedDunder(ins bytecode.Instr, op bytecode.Op, x, y operand) (next int, ok bool, err error) {
	switch x.v.Tag() {
	case gc.TagInt, gc.TagFloat, gc.TagBool:
	default:
		return 0, false, nil
	}
	names, known := dunderNames[op]
	if y.v.Tag() != vm.JITTagObject || !known {
		return 0, false, nil
	}
	_, fn, found, err := r.typeMethod(y, names[2])
	if err != nil {
		return 0, true, err
	}
	if !found {
		return 0, true, r.abort("operator without its reflected dunder on an instance")
	}
	next, err = r.inlineFunc(fn, []operand{y, x}, ins.A(), retDunder, operand{})
	return next, true, err
}

// compareDunder records a comparison whose left operand is an instance of
// a class defining the comparison method in Python.
func (r *recorder) compareDunder(ins bytecode.Instr, op bytecode.Op) (next int, ok bool, err error) {
	x, y := r.read(ins.B()), r.read(ins.C())
	if x.v.Tag() != vm.JITTagObject {
		return 0, false, nil
	}
	tp, fn, found, err := r.typeMethod(x, compareNames[op])
	if err != nil {
		return 0, true, err
	}
	if !found {
		return 0, true, r.abort("comparison of an instance without its method")
	}
	if err := r.rightOperand(y, tp); err != nil {
		return 0, true, err
	}
	next, err = r.inlineFunc(fn, []operand{x, y}, ins.A(), retDunder, operand{})
	return next, true, err
}

// unaryDunder records -x or +x of an instance whose class defines
// __neg__ or __pos__ in Python (its result is whatever it returns).
func (r *recorder) unaryDunder(ins bytecode.Instr, op bytecode.Op, x operand) (int, error) {
	name := "__neg__"
	if op == bytecode.POS {
		name = "__pos__"
	}
	_, fn, found, err := r.typeMethod(x, name)
	if err != nil {
		return 0, err
	}
	if !found {
		return 0, r.abort("unary operator without its dunder on an instance")
	}
	return r.inlineFunc(fn, []operand{x}, ins.A(), retValue, operand{})
}

// propertyLoad records LOADATTR of a property whose getter is a Python
// function: ok is false when the attribute is something else. A property
// is a data descriptor, found before the instance's own attributes, so
// only the type and its version are guarded.
func (r *recorder) propertyLoad(ins bytecode.Instr) (next int, ok bool, err error) {
	return r.propertyCall(r.read(ins.B()), ins.C(), -1, ins.A())
}

// propertyCall records a call of the getter (valueReg < 0) or the setter
// (given register valueReg's value, read only once the attribute is known
// to be such a property) of the property named by constant nameIdx on
// instance obj, its result going to register res (or dropped: noResult):
// ok is false when the attribute is not such a property.
func (r *recorder) propertyCall(obj operand, nameIdx, valueReg, res int) (next int, ok bool, err error) {
	if obj.v.Tag() != vm.JITTagObject {
		return 0, false, nil
	}
	name, err := r.attrName(nameIdx)
	if err != nil {
		return 0, true, err
	}
	tp := gc.Ref(uint32(r.word(uint32(obj.v.Ref()) + vm.JITInstTypeOff)))
	accessor := r.m.JITPropertyGetter
	if valueReg >= 0 {
		accessor = r.m.JITPropertySetter
	}
	fn, version, isProp := accessor(tp, name)
	if !isProp {
		return 0, false, nil
	}
	r.guardInstType(obj)
	r.guardVersion(tp, version)
	args := []operand{obj}
	if valueReg >= 0 {
		args = append(args, r.read(valueReg))
	}
	next, err = r.inlineFunc(fn, args, res, retValue, operand{})
	return next, true, err
}

// inlineFunc starts recording a call of the Python function fnv (a
// constant of the trace: a class's dunder, property getter or __init__,
// under the type's version guard) with args, in place, as inline does
// for CALL; RETURN writes the result to retReg (see endInlined).
func (r *recorder) inlineFunc(fnv gc.Value, args []operand, retReg int, ret retKind, obj operand) (int, error) {
	b := r.b
	callee, missing, err := r.calleeFor(fnv, len(args))
	if err != nil {
		return 0, err
	}
	for _, a := range args {
		if a.v.IsEmpty() {
			return 0, r.abort("call with an unbound argument")
		}
	}
	// The function is a class attribute, fixed by the version guard, but
	// its __code__ and globals may be rebound: guard them as inline does.
	fp := uint32(fnv.Ref())
	code := b.FLoad(ir.Int, b.KPtr(fp), vm.JITFuncCodeOff, ClassFuncCode)
	b.Guard(ir.EQ, code, b.KInt(int64(r.word(fp+vm.JITFuncCodeOff))), r.snap(r.pc))
	gl := b.FLoad(ir.Ptr, b.KPtr(fp), vm.JITFuncGlobalsOff, ClassFuncCode)
	b.Guard(ir.EQ, gl, b.KPtr(uint32(callee.Globals.Ref())), r.snap(r.pc))
	regs := make([]rslot, callee.Code.NumRegs)
	empty := r.constOperand(gc.Empty())
	for i := range regs {
		regs[i] = rslot{operand: empty, loaded: true}
	}
	for i, a := range args {
		regs[i].operand = a
	}
	// Defaults and closure cells as inline binds them (record_closures.go).
	fn := r.constOperand(fnv)
	r.bindDefaults(fn, callee, regs, missing, r.snap(r.pc))
	r.bindFree(fn, callee, regs)
	r.pushInlined(inlined{retReg: retReg, ret: ret, obj: obj}, callee, regs)
	return 0, nil
}

// calleeFor checks that the Python function fnv can be inlined with
// nargs positional arguments, as inline decides for CALL (defaults fill
// the missing parameters: their indexes are returned).
func (r *recorder) calleeFor(fnv gc.Value, nargs int) (vm.JITCallee, []int, error) {
	callee, ok := r.m.JITFunction(fnv)
	if !ok {
		return callee, nil, r.abort("special method that is not a Python function")
	}
	reason := calleeAbort(callee, nargs)
	var missing []int
	if reason == "" {
		_, missing, reason = argSlots(callee, nargs, nil)
	}
	if reason == "" && len(r.stack) >= MaxInlineDepth {
		reason = "inlining too deep"
	}
	if reason != "" {
		return callee, nil, r.abort(reason)
	}
	return callee, missing, nil
}

// endInlined checks the value v an inlined call top returns, before the
// call's frame is left (a guard here still resumes at the outermost
// call), and returns the call's result: a dunder's NotImplemented and an
// __init__ returning something else than None abort (tags are constants
// of the recording: the path that was recorded returns that type), and
// __init__'s result is the instance.
func (r *recorder) endInlined(top inlined, v operand) (operand, error) {
	if !v.tag.IsConst() {
		r.b.Guard(ir.EQ, v.tag, r.b.KTag(uint64(v.v.Tag())), r.snap(r.pc))
	}
	switch top.ret {
	case retDunder:
		if v.v.Tag() == vm.JITTagNotImpl {
			return operand{}, r.abort("dunder returned NotImplemented")
		}
	case retInit:
		if v.v.Tag() != gc.TagNone {
			return operand{}, r.abort("__init__ returned a value")
		}
		return top.obj, nil
	}
	return v, nil
}

// isInstance records isinstance(x, cls) for a class cls (guarded to be
// that object) and an instance (its type and the type's version guarded)
// or a number, None, str, tuple, list or dict (the register's tag guard
// fixes its type): the answer is a constant of the trace.
func (r *recorder) isInstance(x, cls operand) (operand, error) {
	var tp gc.Ref
	if x.v.Tag() == vm.JITTagObject {
		tp = r.guardInstType(x)
		_, version, _, plain := r.m.JITTypeMethod(tp, "__class__")
		if !plain {
			return operand{}, r.abort("isinstance of an instance of a special class")
		}
		r.guardVersion(tp, version)
	}
	res, ok := r.m.JITIsInstance(x.v, tp, cls.v)
	if !ok {
		return operand{}, r.abort("isinstance of this kind")
	}
	r.guardConst(cls)
	return boolOperand(r.b, res, r.b.KBool(res)), nil
}

// propertyStore records STOREATTR into a property whose setter is a
// Python function (called with the instance and the value, its result
// dropped): ok is false when the attribute is something else.
func (r *recorder) propertyStore(ins bytecode.Instr) (next int, ok bool, err error) {
	return r.propertyCall(r.read(ins.A()), ins.B(), ins.C(), noResult)
}

// noResult is the result register of an inlined call whose value is
// dropped (a property setter).
const noResult = -1

// loadMethodClass records LOADMETHOD of a Python function on a class
// (Base.__init__(self, x), Base.method(self)): R[A] is the function, a
// constant under guards on the class's identity and version, R[A+1] is
// empty (no self: the call passes it). ok is false for anything else.
func (r *recorder) loadMethodClass(ins bytecode.Instr) (ok bool, err error) {
	cls := r.read(ins.B())
	if cls.v.Tag() != vm.JITTagType {
		return false, nil
	}
	name, err := r.attrName(ins.C())
	if err != nil {
		return true, err
	}
	fn, version, found := r.m.JITClassFunction(cls.v, name)
	if !found {
		return false, nil
	}
	r.guardConst(cls)
	r.guardVersion(gc.Ref(uint32(cls.v.Ref())), version)
	r.write(ins.A(), r.constOperand(fn))
	r.write(ins.A()+1, r.constOperand(gc.Empty()))
	return true, nil
}
