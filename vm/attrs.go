// attrs.go holds attribute access (instances, types, modules, builtin
// objects' methods, properties, class and static methods, super),
// subscription and iteration.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/num"
)

// Instance slots: 0 type, 1 attribute dict; exceptions add theirs.
const (
	instType = 0
	instDict = 1
)

// bindBuiltin returns a builtin function bound to self.
func (vm *VM) bindBuiltin(fn, self gc.Value) gc.Value {
	r := vm.alloc(kindBuiltin, 1, 0)
	vm.setSlot(r, 0, self)
	vm.heap.SetSide(r, vm.heap.Side(fn.Ref()))
	return mkref(TagBuiltin, r)
}

// newBoundMethod binds a function to self.
func (vm *VM) newBoundMethod(fn, self gc.Value) gc.Value {
	r := vm.alloc(kindMethod, 2, 0)
	vm.setSlot(r, 0, fn)
	vm.setSlot(r, 1, self)
	return mkref(TagMethod, r)
}

// Property objects hold fget, fset, fdel and doc in slots 0-3, and in
// slot 4 the name __set_name__ gave them (None until then), which
// CPython's "has no getter/setter/deleter" messages quote.
const (
	propertyName  = 4
	propertySlots = 5
)

// propertyMissing is the AttributeError of a property used for an access
// it has no function for (what is "getter", "setter" or "deleter") on an
// instance of t.
func (vm *VM) propertyMissing(p gc.Value, t *Type, what string) error {
	owner := t.Name
	if t.Qualname != "" {
		owner = t.Qualname
	}
	if name := vm.slot(p.Ref(), propertyName); name.Tag() == TagStr {
		return vm.raise("AttributeError", "property %s of '%s' object has no %s", num.StrRepr(vm.str(name)), owner, what)
	}
	return vm.raise("AttributeError", "property of '%s' object has no %s", owner, what)
}

// bindAttr applies the descriptor protocol to a class attribute found on
// type t for instance obj.
func (vm *VM) bindAttr(attr, obj gc.Value, t *Type) (gc.Value, error) {
	switch attr.Tag() {
	case TagFunc:
		return vm.newBoundMethod(attr, obj), nil
	case TagBuiltin:
		if vm.slot(attr.Ref(), 0).IsEmpty() {
			if bf := vm.heap.Side(attr.Ref()).(*builtinFn); bf.static {
				return attr, nil
			}
			return vm.bindBuiltin(attr, obj), nil
		}
	case TagProperty:
		get := vm.slot(attr.Ref(), 0)
		if get.Tag() == gc.TagNone {
			return vEmpty, vm.propertyMissing(attr, vm.typeOf(obj), "getter")
		}
		return vm.callPy(get, obj)
	case TagStaticMethod:
		return vm.slot(attr.Ref(), 0), nil
	case TagClassMethod:
		return vm.newBoundMethod(vm.slot(attr.Ref(), 0), t.Value()), nil
	case TagObject:
		if g, ok := vm.lookupS(vm.typeOf(attr), "__get__"); ok {
			return vm.callValue(g, []gc.Value{attr, obj, t.Value()}, nil)
		}
	}
	return attr, nil
}

// getAttr implements getattr(v, name).
func (vm *VM) getAttr(v, name gc.Value) (gc.Value, error) {
	if v.Tag() == TagObject {
		if t := vm.typeOf(v); t.hasGetattribute {
			if m, ok := vm.lookupS(t, "__getattribute__"); ok && m.Tag() == TagFunc {
				return vm.callGetattribute(t, m, v, name)
			}
		}
	}
	return vm.getAttrGeneric(v, name)
}

// callGetattribute reads attribute name of v through its class's Python
// __getattribute__, falling back to __getattr__ on AttributeError as
// CPython's slot does.
func (vm *VM) callGetattribute(t *Type, ga, v, name gc.Value) (gc.Value, error) {
	r, err := vm.callValue(ga, []gc.Value{v, name}, nil)
	if err != nil && t.hasGetattr && vm.isExcType(vm.exc, "AttributeError") {
		if m, ok := vm.lookupS(t, "__getattr__"); ok {
			vm.exc = vEmpty
			return vm.callValue(m, []gc.Value{v, name}, nil)
		}
	}
	return r, err
}

// markGetattribute notes that t (and its subclasses) define
// __getattribute__ in Python, and drops the attribute caches' entries
// for them (the version bump of setTypeAttr).
func (vm *VM) markGetattribute(t *Type) {
	t.hasGetattribute = true
	for _, s := range t.subs {
		vm.markGetattribute(s)
	}
}

// getAttrGeneric is attribute lookup without a Python __getattribute__
// (object.__getattribute__, with the __getattr__ fallback).
func (vm *VM) getAttrGeneric(v, name gc.Value) (gc.Value, error) {
	switch v.Tag() {
	case TagObject:
		t := vm.typeOf(v)
		attr, found := vm.lookup(t, name)
		if found && (attr.Tag() == TagProperty) {
			return vm.bindAttr(attr, v, t)
		}
		if found && attr.Tag() == TagObject && vm.isDataDescriptor(attr) {
			return vm.bindAttr(attr, v, t)
		}
		if x, ok := vm.instGet(v, name); ok {
			return x, nil
		}
		if found {
			return vm.bindAttr(attr, v, t)
		}
		if x, ok, err := vm.specialAttr(v, vm.str(name)); ok || err != nil {
			return x, err
		}
		if base, ok := vm.baseOf(v); ok {
			// the value attributes of a builtin base (complex.real...)
			if x, ok, err := vm.specialAttr(base, vm.str(name)); ok || err != nil {
				return x, err
			}
		}
		if t.hasGetattr {
			if m, ok := vm.lookupS(t, "__getattr__"); ok {
				return vm.callValue(m, []gc.Value{v, name}, nil)
			}
		}
		if d, ok := vm.docFallback(t, name); ok {
			return d, nil
		}
		return vEmpty, vm.attrError(v, name)
	case TagType:
		return vm.classAttr(v, name)
	case TagModule:
		d := vm.slot(v.Ref(), 0)
		if x, ok := vm.dictGetStr(d, name); ok {
			return x, nil
		}
		if vm.str(name) == "__dict__" {
			return d, nil
		}
		return vEmpty, vm.raiseAttrError(v, name, "module '%s' has no attribute '%s'", vm.heap.Side(v.Ref()).(string), vm.str(name))
	case TagSuper:
		return vm.superAttr(v, name)
	}
	t := vm.typeOf(v)
	if attr, ok := vm.lookup(t, name); ok {
		return vm.bindAttr(attr, v, t)
	}
	if x, ok, err := vm.specialAttr(v, vm.str(name)); ok || err != nil {
		return x, err
	}
	if d, ok := vm.docFallback(t, name); ok {
		return d, nil
	}
	return vEmpty, vm.attrError(v, name)
}

// isDataDescriptor reports whether a class attribute defines __set__ or
// __delete__ (so it takes precedence over the instance's attributes).
func (vm *VM) isDataDescriptor(attr gc.Value) bool {
	t := vm.typeOf(attr)
	_, set := vm.lookupS(t, "__set__")
	_, del := vm.lookupS(t, "__delete__")
	return set || del
}

// attrError raises CPython's AttributeError for a missing attribute.
func (vm *VM) attrError(v, name gc.Value) error {
	return vm.raiseAttrError(v, name, "'%s' object has no attribute '%s'", vm.typeOf(v).Name, vm.str(name))
}

// specialAttr answers the attributes every object or some kinds have.
func (vm *VM) specialAttr(v gc.Value, name string) (gc.Value, bool, error) {
	switch name {
	case "__class__":
		return vm.typeOf(v).Value(), true, nil
	case "__dict__":
		switch v.Tag() {
		case TagObject:
			if vm.typeOf(v).restricted {
				// __slots__ without "__dict__": CPython's instances have none.
				return vEmpty, false, nil
			}
			return vm.instDict(v), true, nil
		case TagType:
			return vm.typeOfRef(v.Ref()).Dict, true, nil
		case TagFunc:
			d := vm.slot(v.Ref(), fnDict)
			if d.IsEmpty() {
				d = vm.newDict()
				vm.setSlot(v.Ref(), fnDict, d)
			}
			return d, true, nil
		}
	}
	switch v.Tag() {
	case TagType:
		t := vm.typeOfRef(v.Ref())
		switch name {
		case "__name__", "__qualname__":
			if name == "__qualname__" && t.Qualname != "" {
				return vm.newStr(t.Qualname), true, nil
			}
			// A native type's Name is module-qualified, as CPython's tp_name.
			return vm.newStr(t.Name[strings.LastIndexByte(t.Name, '.')+1:]), true, nil
		case "__module__":
			return vm.newStr(t.Module), true, nil
		case "__mro__":
			items := make([]gc.Value, len(t.MRO))
			for i, c := range t.MRO {
				items[i] = c.Value()
			}
			return vm.newTuple(items), true, nil
		case "__bases__":
			items := make([]gc.Value, len(t.Bases))
			for i, c := range t.Bases {
				items[i] = c.Value()
			}
			return vm.newTuple(items), true, nil
		case "__base__":
			if len(t.Bases) == 0 {
				return vNone, true, nil
			}
			return t.Bases[0].Value(), true, nil
		case "__doc__":
			return vNone, true, nil
		}
	case TagFunc:
		r := v.Ref()
		switch name {
		case "__name__":
			return vm.slot(r, fnName), true, nil
		case "__qualname__":
			return vm.slot(r, fnQualName), true, nil
		case "__module__":
			return vm.slot(r, fnModule), true, nil
		case "__doc__":
			return vm.slot(r, fnDoc), true, nil
		case "__defaults__":
			return vm.slot(r, fnDefaults), true, nil
		case "__kwdefaults__":
			return vm.slot(r, fnKwDefaults), true, nil
		case "__code__":
			return vm.codeObject(vm.funcCode(v)), true, nil
		case "__globals__":
			return vm.slot(r, fnGlobals), true, nil
		case "__closure__":
			return vm.slot(r, fnClosure), true, nil
		case "__annotations__":
			a := vm.slot(r, fnAnnotations)
			if a.IsEmpty() || a.Tag() == gc.TagNone {
				a = vm.newDict()
				vm.setSlot(r, fnAnnotations, a)
			}
			return a, true, nil
		}
		d := vm.slot(r, fnDict)
		if d.Tag() == TagDict {
			if x, ok := vm.dictGetStr(d, vm.intern(name)); ok {
				return x, true, nil
			}
		}
	case TagBuiltin:
		switch name {
		case "__name__":
			name := vm.heap.Side(v.Ref()).(*builtinFn).name
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
			return vm.newStr(name), true, nil
		case "__qualname__":
			return vm.newStr(vm.heap.Side(v.Ref()).(*builtinFn).name), true, nil
		case "__self__", "__module__", "__doc__":
			if x, ok := vm.builtinSelfAttr(v, name); ok { // ownermodule.go
				return x, true, nil
			}
		}
	case TagMethod:
		switch name {
		case "__self__":
			return vm.slot(v.Ref(), 1), true, nil
		case "__func__":
			return vm.slot(v.Ref(), 0), true, nil
		}
		x, err := vm.getAttr(vm.slot(v.Ref(), 0), vm.intern(name))
		return x, err == nil, err
	case TagObject:
		if vm.typeOf(v).isExc {
			return vm.excAttr(v, name)
		}
	case gc.TagInt, gc.TagBool, TagBigInt:
		switch name {
		case "real", "numerator":
			return vm.fromInt(vm.toInt(v)), true, nil
		case "imag":
			return gc.Int(0), true, nil
		case "denominator":
			return gc.Int(1), true, nil
		}
	case gc.TagFloat:
		switch name {
		case "real":
			return v, true, nil
		case "imag":
			return gc.Float(0), true, nil
		}
	case TagComplex:
		re, im := vm.complexOf(v)
		switch name {
		case "real":
			return gc.Float(re), true, nil
		case "imag":
			return gc.Float(im), true, nil
		}
	case TagRange:
		start, stop, step := vm.rangeInts(v)
		switch name {
		case "start":
			return vm.fromInt(start), true, nil
		case "stop":
			return vm.fromInt(stop), true, nil
		case "step":
			return vm.fromInt(step), true, nil
		}
	case TagSlice:
		switch name {
		case "start":
			return vm.slot(v.Ref(), 0), true, nil
		case "stop":
			return vm.slot(v.Ref(), 1), true, nil
		case "step":
			return vm.slot(v.Ref(), 2), true, nil
		}
	case TagProperty:
		switch name {
		case "fget":
			return vm.slot(v.Ref(), 0), true, nil
		case "fset":
			return vm.slot(v.Ref(), 1), true, nil
		case "fdel":
			return vm.slot(v.Ref(), 2), true, nil
		case "__isabstractmethod__":
			return vm.anyAbstract(vm.slot(v.Ref(), 0), vm.slot(v.Ref(), 1), vm.slot(v.Ref(), 2))
		case "__doc__":
			return vm.propertyDoc(v), true, nil // valuegetset.go
		}
		// __get__, __set__, getter, setter... are methods of the type
		// (pyfix_descr.go).
	case TagModule:
		if name == "__name__" {
			return vm.newStr(vm.heap.Side(v.Ref()).(string)), true, nil
		}
	case TagClassMethod, TagStaticMethod:
		if name == "__dict__" {
			d, err := vm.wrapperDict(v, true)
			return d, !d.IsEmpty() || err != nil, err
		}
		if d, _ := vm.wrapperDict(v, false); !d.IsEmpty() {
			if x, ok := vm.dictGetStr(d, vm.intern(name)); ok {
				return x, true, nil
			}
		}
		switch name {
		case "__func__", "__wrapped__":
			return vm.slot(v.Ref(), 0), true, nil
		case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__":
			// copied from the wrapped callable since 3.10
			if vm.kindOf(v.Ref()) == kindTypeStatic {
				break
			}
			x, err := vm.getAttr(vm.slot(v.Ref(), 0), vm.intern(name))
			if err != nil && vm.isExcType(vm.exc, "AttributeError") {
				vm.exc = vEmpty // the wrapper's own AttributeError follows
				return vEmpty, false, nil
			}
			return x, err == nil, err
		case "__isabstractmethod__":
			return vm.anyAbstract(vm.slot(v.Ref(), 0))
		}
	case TagCell:
		if name == "cell_contents" {
			if c := vm.slot(v.Ref(), 0); !c.IsEmpty() {
				return c, true, nil
			}
			return vEmpty, true, vm.raise("ValueError", "Cell is empty")
		}
	}
	return vEmpty, false, nil
}

// setAttr implements setattr(v, name, x).
func (vm *VM) setAttr(v, name, x gc.Value) error {
	switch v.Tag() {
	case TagObject:
		t := vm.typeOf(v)
		if m, ok := vm.lookupS(t, "__setattr__"); ok && m.Tag() == TagFunc {
			_, err := vm.callValue(m, []gc.Value{v, name, x}, nil)
			return err
		}
		return vm.instSetAttrGeneric(v, t, name, x)
	case TagType:
		return vm.classSetAttr(v, name, x)
	case TagComplex:
		if n := vm.str(name); n == "real" || n == "imag" {
			return vm.raise("AttributeError", "readonly attribute")
		}
	case TagSlice, TagRange:
		if n := vm.str(name); n == "start" || n == "stop" || n == "step" {
			return vm.raise("AttributeError", "readonly attribute")
		}
	case TagModule:
		return vm.dictSet(vm.slot(v.Ref(), 0), name, x)
	case TagCell:
		if vm.str(name) == "cell_contents" {
			vm.setSlot(v.Ref(), 0, x)
			return nil
		}
	case TagClassMethod, TagStaticMethod:
		if d, err := vm.wrapperDict(v, true); err != nil || !d.IsEmpty() {
			if err != nil {
				return err
			}
			return vm.dictSet(d, name, x)
		}
	case TagFunc:
		if ok, err := vm.setFuncSpecial(v, vm.str(name), x); ok {
			return err
		}
		d := vm.slot(v.Ref(), fnDict)
		if d.IsEmpty() {
			d = vm.newDict()
			vm.setSlot(v.Ref(), fnDict, d)
		}
		return vm.dictSet(d, name, x)
	}
	return vm.readOnlyAttr(v, name)
}

// readOnlyAttr raises CPython's error for setting or deleting an
// attribute of a builtin object: a getset descriptor (int.real) is "not
// writable", a method is "read-only", anything else is missing.
func (vm *VM) readOnlyAttr(v, name gc.Value) error {
	t := vm.typeOf(v)
	if vm.hasValueMember(t, name) { // valuegetset.go
		return vm.raise("AttributeError", "readonly attribute")
	}
	if a, ok := vm.lookup(t, name); ok {
		if a.Tag() == TagProperty {
			return vm.raise("AttributeError", "attribute '%s' of '%s' objects is not writable", vm.str(name), t.Name)
		}
		return vm.raise("AttributeError", "'%s' object attribute '%s' is read-only", t.Name, vm.str(name))
	}
	return vm.raise("AttributeError", "'%s' object has no attribute '%s'", t.Name, vm.str(name))
}

// delAttr implements del v.name.
func (vm *VM) delAttr(v, name gc.Value) error {
	switch v.Tag() {
	case TagObject:
		t := vm.typeOf(v)
		if attr, ok := vm.lookup(t, name); ok && attr.Tag() == TagProperty {
			del := vm.slot(attr.Ref(), 2)
			if del.Tag() == gc.TagNone {
				return vm.propertyMissing(attr, t, "deleter")
			}
			_, err := vm.callValue(del, []gc.Value{v}, nil)
			return err
		} else if ok && attr.Tag() == TagObject && vm.isDataDescriptor(attr) {
			del, found := vm.lookupS(vm.typeOf(attr), "__delete__")
			if !found {
				return vm.raise("AttributeError", "__delete__")
			}
			_, err := vm.callValue(del, []gc.Value{attr, v}, nil)
			return err
		}
		if vm.str(name) == "__class__" {
			return vm.delInstClass() // classassign.go
		}
		if vm.instDel(v, name) {
			return nil
		}
		if _, ok := vm.slotMember(t, name); ok {
			return vm.raise("AttributeError", "%s", vm.str(name)) // an unset slot
		}
		if n := vm.str(name); (n == "message" || n == "exceptions") && vm.isExcGroup(v) {
			return vm.raise("AttributeError", "readonly attribute") // excgroup.go
		}
		if t.restricted {
			return vm.noDictDelError(v, t, name)
		}
		return vm.attrError(v, name)
	case TagType:
		t := vm.typeOfRef(v.Ref())
		if _, ok, _ := vm.dictDel(t.Dict, name); ok {
			vm.bumpType(t)
			return nil
		}
		return vm.raise("AttributeError", "type object '%s' has no attribute '%s'", t.Name, vm.str(name))
	case TagModule:
		if _, ok, _ := vm.dictDel(vm.slot(v.Ref(), 0), name); ok {
			return nil
		}
		return vm.attrError(v, name)
	case TagCell:
		if vm.str(name) == "cell_contents" {
			vm.setSlot(v.Ref(), 0, vEmpty)
			return nil
		}
	case TagFunc:
		switch n := vm.str(name); n {
		case "__name__", "__qualname__":
			return vm.raise("TypeError", "%s must be set to a string object", n)
		case "__doc__", "__defaults__", "__kwdefaults__", "__annotations__", "__module__", "__closure__", "__globals__", "__builtins__":
			_, err := vm.setFuncSpecial(v, n, vNone)
			return err
		}
		if d := vm.slot(v.Ref(), fnDict); d.Tag() == TagDict {
			if _, ok, _ := vm.dictDel(d, name); ok {
				return nil
			}
		}
		return vm.attrError(v, name)
	}
	return vm.readOnlyAttr(v, name)
}

// instSetAttrGeneric is object.__setattr__ on an instance v of t:
// properties and data descriptors of the class first, then the
// instance's own attributes where its class allows them (__slots__
// without __dict__, or a plain object(), do not).
func (vm *VM) instSetAttrGeneric(v gc.Value, t *Type, name, x gc.Value) error {
	attr, inType := vm.lookup(t, name)
	if inType {
		if attr.Tag() == TagProperty {
			set := vm.slot(attr.Ref(), 1)
			if set.Tag() == gc.TagNone {
				return vm.propertyMissing(attr, t, "setter")
			}
			_, err := vm.callValue(set, []gc.Value{v, x}, nil)
			return err
		}
		if attr.Tag() == TagObject && vm.isDataDescriptor(attr) {
			set, _ := vm.lookupS(vm.typeOf(attr), "__set__")
			_, err := vm.callValue(set, []gc.Value{attr, v, x}, nil)
			return err
		}
	}
	if handled, err := vm.setInstSpecial(v, t, vm.str(name), x); handled {
		return err // classassign.go
	}
	if t.restricted && !t.slotNames[vm.str(name)] || t == vm.tObject {
		return vm.noDictAttrError(v, t, name, inType)
	}
	if t.isExc {
		if ok, err := vm.setExcAttr(v, vm.str(name), x); ok || err != nil {
			return err
		}
	}
	return vm.instSet(v, name, x)
}

// loadMethod looks up a method for a call: for a plain function found on the
// type it returns the function and self without binding.
func (vm *VM) loadMethod(v, name gc.Value) (gc.Value, gc.Value, error) {
	switch v.Tag() {
	case TagObject:
		t := vm.typeOf(v)
		if t.hasGetattribute {
			break // the class's __getattribute__ makes the bound method
		}
		attr, found := vm.lookup(t, name)
		if found && attr.Tag() == TagFunc {
			if x, ok := vm.instGet(v, name); ok {
				return x, vEmpty, nil
			}
			return attr, v, nil
		}
		if found && vm.nativeMethod(attr) {
			// A native type's method: no bound object for a call.
			if _, ok := vm.instGet(v, name); !ok {
				return attr, v, nil
			}
		}
	case TagType, TagModule, TagSuper:
	default:
		t := vm.typeOf(v)
		if attr, ok := vm.lookup(t, name); ok && attr.Tag() == TagBuiltin && vm.slot(attr.Ref(), 0).IsEmpty() {
			if bf := vm.heap.Side(attr.Ref()).(*builtinFn); !bf.static && !bf.classMethod {
				return attr, v, nil
			}
		}
	}
	x, err := vm.getAttr(v, name)
	return x, vEmpty, err
}

// superAttr looks name up along the MRO after the super object's class.
func (vm *VM) superAttr(s, name gc.Value) (gc.Value, error) {
	if vm.str(name) == "__class__" {
		return vm.tSuper.Value(), nil // the super object's own, as CPython's super_getattro
	}
	start := vm.typeOfRef(vm.slot(s.Ref(), 0).Ref())
	obj := vm.slot(s.Ref(), 1)
	// super(C, cls) for a subclass cls of C works on the class (class
	// methods, __new__); otherwise on the type of obj (which may be a
	// class whose metaclass derives from C).
	var ot *Type
	classLevel := false
	if t, ok := vm.asType(obj); ok && isSubtype(t, start) {
		ot, classLevel = t, true
	} else {
		ot = vm.typeOf(obj)
	}
	mro := ot.MRO
	i := 0
	for i < len(mro) && mro[i] != start {
		i++
	}
	for _, c := range mro[min(i+1, len(mro)):] {
		if x, ok := vm.dictGetStr(c.Dict, name); ok {
			if classLevel {
				switch x.Tag() {
				case TagClassMethod:
					return vm.newBoundMethod(vm.slot(x.Ref(), 0), obj), nil
				case TagStaticMethod:
					return vm.slot(x.Ref(), 0), nil
				case TagBuiltin:
					if bf := vm.heap.Side(x.Ref()).(*builtinFn); bf.classMethod {
						return vm.bindBuiltin(x, obj), nil
					}
				}
				return x, nil
			}
			return vm.bindAttr(x, obj, ot)
		}
	}
	return vEmpty, vm.raise("AttributeError", "'super' object has no attribute '%s'", vm.str(name))
}

// ---- subscription ----

// index converts an index value to int (ints, bools, __index__).
func (vm *VM) index(v gc.Value, what string) (int64, error) {
	switch v.Tag() {
	case gc.TagInt, gc.TagBool:
		return int64(v.Bits()), nil
	case TagBigInt:
		return 0, vm.raise("IndexError", "cannot fit 'int' into an index-sized integer")
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok && m.Tag() == TagFunc {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			return vm.index(r, what)
		}
		if base, ok := vm.baseOf(v); ok && isIntLike(base) {
			return vm.index(base, what)
		}
	}
	return 0, vm.raise("TypeError", "%s indices must be integers or slices, not %s", what, vm.typeOf(v).Name)
}

// sliceIndices computes start, stop, step, length of a slice over n items.
func (vm *VM) sliceIndices(s gc.Value, n int) (int, int, int, int, error) {
	get := func(v gc.Value) (int64, bool, error) {
		if v.Tag() == gc.TagNone {
			return 0, false, nil
		}
		if v.Tag() == TagBigInt {
			if vm.bigOf(v).Sign() > 0 {
				return 1 << 62, true, nil
			}
			return -1 << 62, true, nil
		}
		if !isIntLike(v) {
			i, err := vm.index(v, "slice")
			if err != nil {
				vm.exc = vEmpty
				return 0, false, vm.raise("TypeError", "slice indices must be integers or None or have an __index__ method")
			}
			return i, true, nil
		}
		return int64(v.Bits()), true, nil
	}
	step, hasStep, err := get(vm.slot(s.Ref(), 2))
	if err != nil {
		return 0, 0, 0, 0, err
	}
	if !hasStep {
		step = 1
	}
	if step == 0 {
		return 0, 0, 0, 0, vm.raise("ValueError", "slice step cannot be zero")
	}
	start, hasStart, err := get(vm.slot(s.Ref(), 0))
	if err != nil {
		return 0, 0, 0, 0, err
	}
	stop, hasStop, err := get(vm.slot(s.Ref(), 1))
	if err != nil {
		return 0, 0, 0, 0, err
	}
	ln := int64(n)
	if !hasStart {
		if step > 0 {
			start = 0
		} else {
			start = ln - 1
		}
	} else {
		if start < 0 {
			start += ln
			if start < 0 {
				if step < 0 {
					start = -1
				} else {
					start = 0
				}
			}
		} else if start >= ln {
			if step < 0 {
				start = ln - 1
			} else {
				start = ln
			}
		}
	}
	if !hasStop {
		if step > 0 {
			stop = ln
		} else {
			stop = -1
		}
	} else {
		if stop < 0 {
			stop += ln
			if stop < 0 {
				if step < 0 {
					stop = -1
				} else {
					stop = 0
				}
			}
		} else if stop >= ln {
			if step < 0 {
				stop = ln - 1
			} else {
				stop = ln
			}
		}
	}
	var length int64
	if step > 0 {
		if stop > start {
			length = (stop - start + step - 1) / step
		}
	} else if start > stop {
		length = (start - stop - step - 1) / (-step)
	}
	return int(start), int(stop), int(step), int(length), nil
}

// sliceSeq returns the list or tuple a[start::step] of n items, written
// straight into the new object's block (a tuple's whole-length slice is
// the tuple itself, as in CPython).
func (vm *VM) sliceSeq(a gc.Value, start, step, n int) gc.Value {
	var dst []gc.Value
	var res gc.Value
	if a.Tag() == TagList {
		res = vm.newList(nil, n)
		dst = vm.slotsOf(vm.slot(res.Ref(), 0).Ref(), n)
		vm.setRawU64(res.Ref(), 1, 0, uint64(n))
	} else {
		if n == 0 {
			return vm.emptyTuple
		}
		if step == 1 && n == len(vm.seqItems(a)) {
			return a
		}
		r := vm.alloc(kindTuple, n, 0)
		res = mkref(TagTuple, r)
		dst = vm.slotsOf(r, n)
	}
	items := vm.seqItems(a)
	if step == 1 {
		copy(dst, items[start:start+n])
	} else {
		for i := range dst {
			dst[i] = items[start+i*step]
		}
	}
	return res
}

// getItem implements a[b].
func (vm *VM) getItem(a, b gc.Value) (gc.Value, error) {
	switch a.Tag() {
	case TagList, TagTuple:
		what := "list"
		if a.Tag() == TagTuple {
			what = "tuple"
		}
		items := vm.seqItems(a)
		if b.Tag() == TagSlice {
			start, _, step, n, err := vm.sliceIndices(b, len(items))
			if err != nil {
				return vEmpty, err
			}
			return vm.sliceSeq(a, start, step, n), nil
		}
		i, err := vm.index(b, what)
		if err != nil {
			return vEmpty, err
		}
		if i < 0 {
			i += int64(len(items))
		}
		if i < 0 || i >= int64(len(items)) {
			return vEmpty, vm.raise("IndexError", "%s index out of range", what)
		}
		return items[i], nil
	case TagStr:
		s := vm.str(a)
		if b.Tag() == TagSlice {
			if vm.strIsASCII(a) {
				start, _, step, n, err := vm.sliceIndices(b, len(s))
				if err != nil {
					return vEmpty, err
				}
				s = vm.str(a)
				if n <= 1 {
					if n == 0 {
						return vm.emptyStr, nil
					}
					return vm.charStrs[s[start]], nil
				}
				if step == 1 && n == len(s) {
					return a, nil
				}
				out, buf := vm.newStrBuf(n)
				for i := range buf {
					buf[i] = s[start+i*step]
				}
				vm.setStrASCII(out)
				return out, nil
			}
			start, _, step, n, err := vm.sliceIndices(b, vm.strChars(a))
			if err != nil {
				return vEmpty, err
			}
			return vm.strSliceChars(a, start, step, n), nil // faststr.go
		}
		if !isIntLike(b) && b.Tag() != TagObject {
			return vEmpty, vm.raise("TypeError", "string indices must be integers, not '%s'", vm.typeOf(b).Name)
		}
		i, err := vm.index(b, "string")
		if err != nil {
			return vEmpty, err
		}
		if vm.strIsASCII(a) {
			s = vm.str(a)
			if i < 0 {
				i += int64(len(s))
			}
			if i < 0 || i >= int64(len(s)) {
				return vEmpty, vm.raise("IndexError", "string index out of range")
			}
			return vm.charStrs[s[i]], nil
		}
		return vm.strCharAt(a, i) // faststr.go
	case TagDict:
		v, ok, err := vm.dictGet(a, b)
		if err != nil {
			return vEmpty, err
		}
		if !ok {
			return vEmpty, vm.raiseValue(vm.newExc("KeyError", b), vEmpty)
		}
		return v, nil
	case TagBytes, TagByteArray:
		return vm.bytesGetItem(a, b)
	case TagRange:
		if b.Tag() != gc.TagInt || vm.isBigRange(a) {
			return vm.rangeSubscript(a, b)
		}
		start, _, step := vm.rangeParts(a)
		n, _ := vm.rangeLen(a)
		i := b.Int()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return vEmpty, vm.raise("IndexError", "range object index out of range")
		}
		return gc.Int(start + i*step), nil
	case TagObject:
		if n := vm.typeOf(a).nat; n != nil && n.getItem != nil {
			return n.getItem(vm, a, b)
		}
		if m, ok := vm.lookupS(vm.typeOf(a), "__getitem__"); ok && vm.nativeDunder(m) {
			return vm.callValue(m, []gc.Value{a, b}, nil)
		}
		if base, ok := vm.baseOf(a); ok {
			if base.Tag() == TagDict {
				v, found, err := vm.dictGet(base, b)
				if err != nil || found {
					return v, err
				}
				if m, ok := vm.lookupS(vm.typeOf(a), "__missing__"); ok {
					return vm.callValue(m, []gc.Value{a, b}, nil)
				}
			}
			return vm.getItem(base, b)
		}
	case TagType:
		return vm.classGetItem(a, b)
	}
	return vEmpty, vm.raise("TypeError", "'%s' object is not subscriptable", vm.typeOf(a).Name)
}

// setItem implements a[b] = c.
func (vm *VM) setItem(a, b, c gc.Value) error {
	switch a.Tag() {
	case TagList:
		if b.Tag() == TagSlice {
			if _, err := vm.getIter(c); err != nil {
				if !vm.isExcType(vm.exc, "TypeError") {
					return err
				}
				vm.exc = vEmpty
				if st := vm.slot(b.Ref(), 2); st.Tag() != gc.TagNone && !(isIntLike(st) && st.Int() == 1) {
					return vm.raise("TypeError", "must assign iterable to extended slice")
				}
				return vm.raise("TypeError", "can only assign an iterable")
			}
			items, err := vm.collect(c)
			if err != nil {
				return err
			}
			start, stop, step, n, err := vm.sliceIndices(b, vm.listLen(a))
			if err != nil {
				return err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				old := append([]gc.Value(nil), vm.listItems(a)...)
				nw := append(append(append([]gc.Value(nil), old[:start]...), items...), old[stop:]...)
				vm.listSetLen(a, 0)
				vm.listReserve(a, len(nw))
				vm.setRawU64(a.Ref(), 1, 0, uint64(len(nw)))
				copy(vm.listItems(a), nw)
				return nil
			}
			if len(items) != n {
				return vm.raise("ValueError", "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
			}
			li := vm.listItems(a)
			for i := 0; i < n; i++ {
				li[start+i*step] = items[i]
			}
			return nil
		}
		i, err := vm.index(b, "list")
		if err != nil {
			return err
		}
		n := int64(vm.listLen(a))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return vm.raise("IndexError", "list assignment index out of range")
		}
		vm.listItems(a)[i] = c
		return nil
	case TagDict:
		return vm.dictSet(a, b, c)
	case TagByteArray:
		return vm.byteArraySetItem(a, b, &c)
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(a), "__setitem__"); ok && vm.nativeDunder(m) {
			_, err := vm.callValue(m, []gc.Value{a, b, c}, nil)
			return err
		}
		if base, ok := vm.baseOf(a); ok {
			return vm.setItem(base, b, c)
		}
	}
	return vm.raise("TypeError", "'%s' object does not support item assignment", vm.typeOf(a).Name)
}

// delItem implements del a[b].
func (vm *VM) delItem(a, b gc.Value) error {
	switch a.Tag() {
	case TagList:
		n := vm.listLen(a)
		if b.Tag() == TagSlice {
			start, _, step, cnt, err := vm.sliceIndices(b, n)
			if err != nil {
				return err
			}
			del := map[int]bool{}
			for i := 0; i < cnt; i++ {
				del[start+i*step] = true
			}
			var keep []gc.Value
			for i, v := range vm.listItems(a) {
				if !del[i] {
					keep = append(keep, v)
				}
			}
			copy(vm.listItems(a), keep)
			vm.listSetLen(a, len(keep))
			return nil
		}
		i, err := vm.index(b, "list")
		if err != nil {
			return err
		}
		if i < 0 {
			i += int64(n)
		}
		if i < 0 || i >= int64(n) {
			return vm.raise("IndexError", "list assignment index out of range")
		}
		items := vm.listItems(a)
		copy(items[i:], items[i+1:])
		vm.listSetLen(a, n-1)
		return nil
	case TagDict:
		_, ok, err := vm.dictDel(a, b)
		if err != nil {
			return err
		}
		if !ok {
			return vm.raiseValue(vm.newExc("KeyError", b), vEmpty)
		}
		return nil
	case TagByteArray:
		return vm.byteArraySetItem(a, b, nil)
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(a), "__delitem__"); ok && vm.nativeDunder(m) {
			_, err := vm.callValue(m, []gc.Value{a, b}, nil)
			return err
		}
		if base, ok := vm.baseOf(a); ok {
			return vm.delItem(base, b)
		}
	}
	return vm.raise("TypeError", "'%s' object doesn't support item deletion", vm.typeOf(a).Name)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// matchKeys implements MATCHKEYS: the values of keys in mapping m, or None
// when one is missing.
func (vm *VM) matchKeys(m, keys gc.Value) (gc.Value, error) {
	ks := vm.tupleItems(keys)
	out := make([]gc.Value, len(ks))
	for i, k := range ks {
		v, ok, err := vm.dictGet(m, k)
		if err != nil {
			return vEmpty, err
		}
		if !ok {
			return vNone, nil
		}
		out[i] = v
	}
	return vm.newTuple(out), nil
}

// matchSelf lists the builtin types whose single positional sub-pattern
// matches the subject itself.
func (vm *VM) matchSelf(t *Type) bool {
	switch t {
	case vm.tBool, vm.tInt, vm.tFloat, vm.tStr, vm.tList, vm.tTuple, vm.tDict, vm.tSet, vm.tFrozenset:
		return true
	}
	return t == vm.tagTypes[TagBytes]
}

// matchClass implements MATCHCLASS.
func (vm *VM) matchClass(subject, cls, kwnames gc.Value, npos int) (gc.Value, error) {
	t, ok := vm.asType(cls)
	if !ok {
		return vEmpty, vm.raise("TypeError", "called match pattern must be a class")
	}
	if !vm.isInstance(subject, t) {
		return vNone, nil
	}
	var out []gc.Value
	var names []gc.Value
	if npos > 0 {
		ma, ok := vm.lookupS(t, "__match_args__")
		if !ok {
			if vm.matchSelf(t) {
				if npos > 1 {
					return vEmpty, vm.raise("TypeError", "%s() accepts 1 positional sub-pattern (%d given)", t.Name, npos)
				}
				out = append(out, subject)
			} else {
				return vEmpty, vm.raise("TypeError", "%s() accepts 0 positional sub-patterns (%d given)", t.Name, npos)
			}
		} else {
			if ma.Tag() != TagTuple {
				return vEmpty, vm.raise("TypeError", "%s.__match_args__ must be a tuple (got %s)", t.Name, vm.typeOf(ma).Name)
			}
			items := vm.tupleItems(ma)
			if npos > len(items) {
				return vEmpty, vm.raise("TypeError", "%s() accepts %d positional sub-pattern%s (%d given)", t.Name, len(items), plural(len(items)), npos)
			}
			for _, n := range items[:npos] {
				v, err := vm.getAttr(subject, n)
				if err != nil {
					if vm.isExcType(vm.exc, "AttributeError") {
						vm.exc = vEmpty
						return vNone, nil
					}
					return vEmpty, err
				}
				names = append(names, n)
				out = append(out, v)
			}
		}
	}
	if kwnames.Tag() == TagTuple {
		for _, n := range vm.tupleItems(kwnames) {
			for _, seen := range names {
				if vm.str(seen) == vm.str(n) {
					return vEmpty, vm.raise("TypeError", "%s() got multiple sub-patterns for attribute '%s'", t.Name, vm.str(n))
				}
			}
			v, err := vm.getAttr(subject, n)
			if err != nil {
				if vm.isExcType(vm.exc, "AttributeError") {
					vm.exc = vEmpty
					return vNone, nil
				}
				return vEmpty, err
			}
			out = append(out, v)
		}
	}
	return vm.newTuple(out), nil
}
