// jitapi_objects.go extends the recorder's read-only window (jitapi.go)
// with what traces of small-object code need: the special methods of a
// plain class (operator dunders, __init__), its properties, how a class
// call creates an instance, and attribute resolution from a layout (type,
// slot count, shape) rather than from an instance in the heap, for the
// instances a trace allocates itself: those exist only in the recorder's
// overlay while recording, so the vm must never be handed their address.

package vm

import "github.com/hotloop/hotloop/gc"

// More kinds of JITAttr (values far from jitapi.go's iota block).
const (
	// JITAttrProperty: a property whose getter is a Python function
	// (Value); a load calls it with the instance.
	JITAttrProperty JITAttrKind = 100
	// JITAttrAdd: a store that adds the attribute to an instance of the
	// layout asked about: it goes to value slot Slot and the instance's
	// shape becomes NextShape.
	JITAttrAdd JITAttrKind = 101
)

// JITKindObject is the gc kind of an instance of a Python class.
const JITKindObject = kindObject

// JITInstRaw is the raw byte count of an instance (its shape word).
const JITInstRaw = 8

// plainClass reports whether instances of t resolve attributes and
// operators in the way traces model: a class statement's class with
// metaclass type, no builtin base, not an exception, not a native type,
// no __getattr__ and no Python __getattribute__.
func (vm *VM) plainClass(t *Type) bool {
	if t.inst != TagObject || t.builtinBase != nil || t.isExc || t.native || t.meta != nil || t.hasGetattr || vm.metaOf(t) != vm.tType {
		return false
	}
	if g, ok := vm.lookupS(t, "__getattribute__"); ok && g.Tag() == TagFunc {
		return false
	}
	return true
}

// JITTypeMethod looks name up along the MRO of the class whose type
// object is tp, as the operators do for a special method: fn is what was
// found (found false: nowhere, not even on object). plain is false when
// the class is not one traces model; version is the type's version, which
// a trace guards for the answer to stay true.
func (vm *VM) JITTypeMethod(tp gc.Ref, name string) (fn gc.Value, version uint64, found, plain bool) {
	t := vm.typeOfRef(tp)
	if !vm.plainClass(t) {
		return vEmpty, t.version, false, false
	}
	fn, found = vm.lookupS(t, name)
	return fn, t.version, found, true
}

// JITNew describes how CALL creates an instance of a class (interp.go's
// fast path): a block of NumVals value slots and JITInstRaw raw bytes
// of kind JITKindObject, the type in slot 0, None in slots 2..NSlots-1,
// the shape word empty (EmptyShape), then Init called on it.
type JITNew struct {
	Init       gc.Value // the class's __init__, a Python function
	Version    uint64   // the type's version
	NumVals    int      // value slots of a new instance
	NSlots     int      // the fixed slots before the attribute slots
	EmptyShape uint64   // the shape word of a new instance
	Reason     string   // why not, when Init is empty
}

// JITClassNew says how calling the class tv creates an instance, when
// that is by object.__new__ and a Python __init__ without a metaclass
// __call__ (the interpreter's own fast path in CALL).
func (vm *VM) JITClassNew(tv gc.Value) JITNew {
	if tv.Tag() != TagType {
		return JITNew{Reason: "call of a non-class"}
	}
	t := vm.typeOfRef(tv.Ref())
	n := JITNew{Version: t.version, NSlots: t.nslots, EmptyShape: shapeEmpty}
	if !vm.plainClass(t) {
		n.Reason = "call of a builtin type or a special class"
		return n
	}
	init, ok := vm.lookup(t, vm.s__init__)
	if !ok || init.Tag() != TagFunc {
		n.Reason = "class without a Python __init__"
		return n
	}
	if nw, _ := vm.lookup(t, vm.s__new__); nw.Tag() != TagBuiltin {
		n.Reason = "class with its own __new__"
		return n
	}
	if t.attrCap == 0 {
		n.Reason = "class never instantiated"
		return n
	}
	n.Init, n.NumVals = init, t.nslots+t.attrCap
	return n
}

// JITLayoutAttr resolves attribute name for a load (store false), a
// store (store true) or a method load (method true) on an instance of the
// class tp with numSlots value slots and shape shape (not dict mode), as
// the interpreter's LOADATTR, STOREATTR and LOADMETHOD would: a property
// with a Python getter (JITAttrProperty), the instance's slot, a store
// adding the attribute along an existing shape transition (JITAttrAdd), a
// method or a plain class value. Anything else is unsupported, Reason
// saying why.
func (vm *VM) JITLayoutAttr(tp gc.Ref, numSlots int, shape uint64, name string, store, method bool) JITAttr {
	t := vm.typeOfRef(tp)
	a := JITAttr{Type: tp, Version: t.version, NumSlots: numSlots, Shape: shape, Slot: -1}
	switch {
	case !vm.plainClass(t):
		a.Reason = "attribute of an instance of a special class"
		return a
	case shape == shapeDict || int(shape) >= len(vm.shapes):
		a.Reason = "attribute of an instance in dict mode"
		return a
	}
	if store {
		if s, ok := vm.lookupS(t, "__setattr__"); ok && s.Tag() == TagFunc {
			a.Reason = "attribute store on a class with __setattr__"
			return a
		}
	}
	if instSpecialName(name) { // classassign.go
		a.Reason = "__class__ or __dict__ of an instance"
		return a
	}
	key := vm.intern(name)
	attr, found := vm.lookup(t, key)
	sh := vm.shapes[shape]
	i, own := sh.index[name]
	switch {
	case found && attr.Tag() == TagProperty && !store:
		get := vm.slot(attr.Ref(), 0)
		if get.Tag() != TagFunc {
			a.Reason = "property without a Python getter"
			return a
		}
		a.Kind, a.Value = JITAttrProperty, get
	case found && (attr.Tag() == TagProperty || (attr.Tag() == TagObject && vm.isDataDescriptor(attr))):
		a.Reason = "attribute is a property or descriptor"
	case found && store:
		a.Reason = "attribute store shadowing a class attribute"
	case own && method && found:
		a.Reason = "method shadowed by an instance attribute"
	case own:
		a.Kind, a.Slot = JITAttrSlot, attrBase(t)+int(i)
	case store && t.restricted && !t.slotNames[name]:
		a.Reason = "attribute store outside __slots__"
	case store:
		n := len(sh.names)
		next, ok := sh.next[name]
		switch {
		case attrBase(t)+n >= numSlots:
			a.Reason = "attribute store into a full instance"
		case !ok:
			a.Reason = "attribute store along a new shape"
		default:
			a.Kind, a.Slot, a.Shape = JITAttrAdd, attrBase(t)+n, uint64(next)
		}
	case !found:
		a.Reason = "attribute not found"
	default:
		jitClassAttr(&a, attr, method)
	}
	return a
}

// JITPropertyGetter returns the Python getter of the property name of the
// class tp (ok false when name is not such a property, or the class is
// not plain). A property object's getter never changes; a trace guards
// the type's version, bumped when the class attribute is rebound.
func (vm *VM) JITPropertyGetter(tp gc.Ref, name string) (get gc.Value, version uint64, ok bool) {
	return vm.jitPropertyFunc(tp, name, 0)
}

// jitPropertyFunc returns slot i (0 getter, 1 setter) of the property
// name of the plain class tp, the class's version, and whether that slot
// holds a Python function.
func (vm *VM) jitPropertyFunc(tp gc.Ref, name string, i int) (fn gc.Value, version uint64, ok bool) {
	t := vm.typeOfRef(tp)
	if !vm.plainClass(t) {
		return vEmpty, t.version, false
	}
	attr, found := vm.lookup(t, vm.intern(name))
	if !found || attr.Tag() != TagProperty {
		return vEmpty, t.version, false
	}
	fn = vm.slot(attr.Ref(), i)
	return fn, t.version, fn.Tag() == TagFunc
}

// JITTagNotImpl is the tag of NotImplemented.
const JITTagNotImpl = TagNotImpl

// JITIsInstance answers isinstance(v, cls) for a class cls whose
// metaclass is type (no __instancecheck__ of its own) and a value v that
// is an instance of the class whose type object is tp (v's tag
// TagObject: v itself is not read, it may be one a trace allocated) or a
// number, None, str, tuple, list or dict (its tag says its type). ok is
// false for anything else. A trace guards v's type (and its version) and
// cls's identity.
func (vm *VM) JITIsInstance(v gc.Value, tp gc.Ref, cls gc.Value) (result, ok bool) {
	if cls.Tag() != TagType {
		return false, false
	}
	t := vm.typeOfRef(cls.Ref())
	if t.meta != nil || vm.metaOf(t) != vm.tType {
		return false, false
	}
	var vt *Type
	switch v.Tag() {
	case TagObject:
		vt = vm.typeOfRef(tp)
	case gc.TagInt, gc.TagFloat, gc.TagBool, gc.TagNone, TagStr, TagTuple, TagList, TagDict:
		vt = vm.typeOf(v)
	default:
		return false, false
	}
	return isSubtype(vt, t), true
}

// JITPropertySetter returns the Python setter of the property name of the
// class tp (ok false when name is not such a property, or the class is
// not plain): STOREATTR calls it before anything else.
func (vm *VM) JITPropertySetter(tp gc.Ref, name string) (set gc.Value, version uint64, ok bool) {
	return vm.jitPropertyFunc(tp, name, 1)
}

// JITNumberType names the builtin type tv when it is int or float (""
// otherwise): their one-argument calls on numbers are pure conversions a
// trace computes itself.
func (vm *VM) JITNumberType(tv gc.Value) string {
	if tv.Tag() != TagType {
		return ""
	}
	switch tv.Ref() {
	case vm.tInt.ref:
		return "int"
	case vm.tFloat.ref:
		return "float"
	}
	return ""
}

// JITClassFunction resolves LOADMETHOD of name on the class tv, when the
// answer is a Python function found along the class's MRO (the unbound
// function, with no self: Base.__init__(self, ...)) as
// classAttrGeneric finds it for a class whose metaclass is type: name is
// none of the type's special attributes and no data descriptor of type.
// A trace guards the class's identity and version.
func (vm *VM) JITClassFunction(tv gc.Value, name string) (fn gc.Value, version uint64, ok bool) {
	if tv.Tag() != TagType {
		return vEmpty, 0, false
	}
	t := vm.typeOfRef(tv.Ref())
	if t.meta != nil || vm.metaOf(t) != vm.tType {
		return vEmpty, t.version, false
	}
	switch name {
	case "__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__class__", "__dict__":
		return vEmpty, t.version, false
	}
	key := vm.intern(name)
	if m, found := vm.lookup(vm.tType, key); found && (m.Tag() == TagProperty || m.Tag() == TagObject && vm.isDataDescriptor(m)) {
		return vEmpty, t.version, false
	}
	attr, found := vm.lookup(t, key)
	return attr, t.version, found && attr.Tag() == TagFunc
}

// Super objects (superCall): a misc block of two value slots, the start
// class and the object.
const (
	JITTagSuper  = TagSuper
	JITKindMisc  = kindMisc
	JITSuperVals = 2
)

// JITSuperFunction resolves super().name for an instance of the class ot
// in a method of the class start, as superAttr does, when the answer is
// a Python function found in a class after start in ot's MRO (called
// with the instance bound). ot must be a plain class; its version
// (bumped with any base's) is what a trace guards.
func (vm *VM) JITSuperFunction(start, ot gc.Ref, name string) (fn gc.Value, version uint64, ok bool) {
	t := vm.typeOfRef(ot)
	if !vm.plainClass(t) {
		return vEmpty, t.version, false
	}
	s := vm.typeOfRef(start)
	i := 0
	for i < len(t.MRO) && t.MRO[i] != s {
		i++
	}
	if i == len(t.MRO) {
		return vEmpty, t.version, false
	}
	key := vm.intern(name)
	for _, c := range t.MRO[i+1:] {
		if x, found := vm.dictGetStr(c.Dict, key); found {
			return x, t.version, x.Tag() == TagFunc
		}
	}
	return vEmpty, t.version, false
}

// JITIsSuperType reports whether v is the builtin type super.
func (vm *VM) JITIsSuperType(v gc.Value) bool { return v.Tag() == TagType && v.Ref() == vm.tSuper.ref }
