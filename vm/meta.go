// meta.go holds metaclasses and class creation: __build_class__ (the
// metaclass calculation, __prepare__, running the body), type.__new__
// (making the class from a namespace: slots, __classcell__, __set_name__,
// __init_subclass__), calling a metaclass (type(x), type(name, bases, ns),
// a metaclass's __call__), attribute lookup on classes (the metaclass's
// data descriptors and methods), class reprs and isinstance/issubclass
// hooks of metaclasses, and types.GenericAlias (list[int]).
//
// A class's metaclass is Type.meta (nil for type itself), so typeOf of a
// class is one field read. docs/vm.md ("Metaclasses") explains the choices.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// metaOf returns the metaclass of t.
func (vm *VM) metaOf(t *Type) *Type {
	if t.meta != nil {
		return t.meta
	}
	return vm.tType
}

// pyOverride returns name found on t's MRO when it is not a builtin (a
// method written in Python overrides the default behaviour).
func (vm *VM) pyOverride(t *Type, name string) (gc.Value, bool) {
	m, ok := vm.lookupS(t, name)
	if !ok || m.Tag() == TagBuiltin {
		return vEmpty, false
	}
	return m, true
}

// calcMeta finds the most derived metaclass among meta and the
// metaclasses of bases (CPython's _PyType_CalculateMetaclass).
func (vm *VM) calcMeta(meta *Type, bases []gc.Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := vm.typeOf(b)
		if isSubtype(winner, bt) {
			continue
		}
		if isSubtype(bt, winner) {
			winner = bt
			continue
		}
		return nil, vm.raise("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// buildClass implements builtins.__build_class__(func, name, *bases,
// metaclass=..., **kw).
func (vm *VM) buildClass(args []gc.Value, kw []string) (gc.Value, error) {
	npos := len(args) - len(kw)
	if npos < 2 {
		return vEmpty, vm.raise("TypeError", "__build_class__: not enough arguments")
	}
	body, name := args[0], args[1]
	if body.Tag() != TagFunc {
		return vEmpty, vm.raise("TypeError", "__build_class__: func must be a function")
	}
	if name.Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "__build_class__: name is not a string")
	}
	bases := args[2:npos]
	origBases, bases, err := vm.resolveMroEntries(bases) // stdlib_hooks.go
	if err != nil {
		return vEmpty, err
	}
	basesT := vm.newTuple(bases)
	var kwn []string
	var kwv []gc.Value
	meta := vEmpty
	for i, k := range kw {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwn = append(kwn, k)
		kwv = append(kwv, args[npos+i])
	}
	if meta.IsEmpty() {
		if len(bases) == 0 {
			meta = vm.tType.Value()
		} else {
			meta = vm.typeOf(bases[0]).Value()
		}
	}
	if mt, ok := vm.asType(meta); ok && isSubtype(mt, vm.tType) {
		w, err := vm.calcMeta(mt, bases)
		if err != nil {
			return vEmpty, err
		}
		meta = w.Value()
	}
	ns := vEmpty
	prep, err := vm.optAttr(meta, "__prepare__")
	if err != nil {
		return vEmpty, err
	}
	if !prep.IsEmpty() {
		pargs := append([]gc.Value{name, basesT}, kwv...)
		if ns, err = vm.callValue(prep, pargs, kwn); err != nil {
			return vEmpty, err
		}
		if !vm.isMapping(ns) {
			mname := vm.typeOf(meta).Name
			if mt, ok := vm.asType(meta); ok {
				mname = mt.Name
			}
			return vEmpty, vm.raise("TypeError", "%s.__prepare__() must return a mapping, not %s", mname, vm.typeOf(ns).Name)
		}
	} else {
		ns = vm.newDict()
	}
	vm.heap.PushRoot(ns)
	defer vm.heap.PopRoot(gc.RootSlot(vm.heap.RootDepth() - 1))
	if !origBases.IsEmpty() {
		if err := vm.setItem(ns, vm.intern("__orig_bases__"), origBases); err != nil {
			return vEmpty, err
		}
	}
	res, err := vm.callFunction(body, nil, nil, ns)
	if err != nil {
		return vEmpty, err
	}
	cargs := append([]gc.Value{name, basesT, ns}, kwv...)
	cls, err := vm.callValue(meta, cargs, kwn)
	if err != nil {
		return vEmpty, err
	}
	if res.Tag() == TagCell && cls.Tag() == TagType && vm.slot(res.Ref(), 0).IsEmpty() {
		vm.setSlot(res.Ref(), 0, cls)
	}
	return cls, nil
}

// isMapping reports whether v can serve as a class namespace.
func (vm *VM) isMapping(v gc.Value) bool {
	if _, ok := vm.nsDict(v); ok {
		return true
	}
	_, ok := vm.lookupS(vm.typeOf(v), "__getitem__")
	return ok && v.Tag() == TagObject
}

// nsDict returns the dict holding a namespace's entries: the dict itself,
// or the dict inside an instance of a dict subclass.
func (vm *VM) nsDict(ns gc.Value) (gc.Value, bool) {
	if ns.Tag() == TagDict {
		return ns, true
	}
	if b, ok := vm.baseOf(ns); ok && b.Tag() == TagDict {
		return b, true
	}
	return vEmpty, false
}

// typeNewArgs implements type.__new__(mcls, name, bases, ns, **kw) and
// type(x).
func (vm *VM) typeNewArgs(args []gc.Value, kw []string) (gc.Value, error) {
	npos := len(args) - len(kw)
	if npos < 1 {
		return vEmpty, vm.raise("TypeError", "type.__new__(): not enough arguments")
	}
	mcls, ok := vm.asType(args[0])
	if !ok {
		return vEmpty, vm.raise("TypeError", "type.__new__(X): X is not a type object (%s)", vm.typeOf(args[0]).Name)
	}
	if !isSubtype(mcls, vm.tType) {
		return vEmpty, vm.raise("TypeError", "type.__new__(%s): %s is not a subtype of type", mcls.Name, mcls.Name)
	}
	if mcls == vm.tType && npos == 2 && len(kw) == 0 {
		return vm.typeOf(args[1]).Value(), nil
	}
	if npos != 4 {
		return vEmpty, vm.raise("TypeError", "type() takes 1 or 3 arguments")
	}
	name, basesV, ns := args[1], args[2], args[3]
	if name.Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "type.__new__() argument 1 must be str, not %s", vm.typeOf(name).Name)
	}
	if basesV.Tag() != TagTuple {
		return vEmpty, vm.raise("TypeError", "type.__new__() argument 2 must be tuple, not %s", vm.typeOf(basesV).Name)
	}
	d, ok := vm.nsDict(ns)
	if !ok {
		return vEmpty, vm.raise("TypeError", "type.__new__() argument 3 must be dict, not %s", vm.typeOf(ns).Name)
	}
	return vm.typeNew(mcls, vm.strKeep(name), vm.tupleItems(basesV), d, args[npos:], kw)
}

// typeNew creates a class: the body of type.__new__.
func (vm *VM) typeNew(mcls *Type, name string, basesV []gc.Value, ns gc.Value, kwv []gc.Value, kwn []string) (gc.Value, error) {
	// The metaclass is computed first: a base that is not a class has a
	// metaclass (its type) that conflicts, as in CPython.
	winner, err := vm.calcMeta(mcls, basesV)
	if err != nil {
		return vEmpty, err
	}
	var bases []*Type
	for _, b := range basesV {
		t, ok := vm.asType(b)
		if !ok {
			return vEmpty, vm.raise("TypeError", "bases must be types")
		}
		if t.noSubcls {
			return vEmpty, vm.raise("TypeError", "type '%s' is not an acceptable base type", t.Name)
		}
		bases = append(bases, t)
	}
	if len(bases) == 0 {
		bases = []*Type{vm.tObject}
	}
	for i, b := range bases {
		for _, c := range bases[:i] {
			if c == b {
				return vEmpty, vm.raise("TypeError", "duplicate base class %s", b.Name)
			}
		}
	}
	if linearize(bases) == nil {
		return vEmpty, vm.raise("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases %s", baseNames(bases))
	}
	t := vm.newType(name, bases, TagObject)
	if winner != vm.tType {
		t.meta = winner
	}
	for _, b := range bases {
		bb := b.builtinBase
		switch {
		case bb != nil:
		case isSubtype(b, vm.tType):
			t.inst = TagType
		case b.inst != TagObject && b != vm.tObject && !b.isExc && !b.native:
			bb = b
		}
		if bb == nil {
			continue
		}
		if t.builtinBase != nil && t.builtinBase != bb {
			// Two builtin bases with their own layouts (list and dict,
			// int and str): CPython finds no single "solid base".
			return vEmpty, vm.raise("TypeError", "multiple bases have instance lay-out conflict")
		}
		t.builtinBase = bb
	}
	if bb := t.builtinBase; bb != nil {
		switch bb.inst {
		case TagList, TagDict, TagSet, TagFrozenset, TagTuple, TagStr, gc.TagInt, gc.TagFloat, TagBytes, TagByteArray, TagComplex,
			TagProperty, TagStaticMethod, TagClassMethod: // pyfix_descr.go
		default:
			return vEmpty, vm.raise("TypeError", "subclassing builtin type '%s' is not supported yet", bb.Name)
		}
		if t.nslots < baseSlot+1 {
			t.nslots = baseSlot + 1
		}
	}
	if m, ok := vm.dictGetStr(ns, vm.intern("__module__")); ok && m.Tag() == TagStr {
		t.Module = vm.strKeep(m)
	} else if vm.nframes > 0 {
		if mn, ok := vm.dictGetStr(vm.topFrame().globals, vm.intern("__name__")); ok && mn.Tag() == TagStr {
			t.Module = vm.strKeep(mn)
			vm.dictSet(t.Dict, vm.intern("__module__"), mn)
		}
	}
	if q, ok := vm.dictGetStr(ns, vm.intern("__qualname__")); ok && q.Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "type __qualname__ must be a str, not %s", vm.typeOf(q).Name)
	}
	cell := vEmpty
	var ferr error
	vm.dictEach(ns, func(k, v gc.Value) bool {
		if k.Tag() != TagStr {
			return true
		}
		switch vm.str(k) {
		case "__classcell__":
			cell = v
			return true
		case "__qualname__":
			// Checked above; CPython keeps it in the type, not its dict.
			t.Qualname = vm.strKeep(v)
			return true
		case "__init_subclass__", "__class_getitem__":
			if v.Tag() == TagFunc {
				r := vm.alloc(kindMisc, 2, 0)
				vm.setSlot(r, 0, v)
				vm.setSlot(r, wrapperDictSlot, vEmpty)
				v = mkref(TagClassMethod, r)
			}
		}
		if err := vm.setTypeAttr(t, k, v); err != nil {
			ferr = err
			return false
		}
		return true
	})
	if ferr != nil {
		return vEmpty, ferr
	}
	if sl, ok := vm.dictGetStr(ns, vm.intern("__slots__")); ok {
		names, err := vm.classSlotNames(name, sl, ns)
		if err != nil {
			return vEmpty, err
		}
		t.slotNames = names
		vm.addSlotMembers(t, names) // member.go
		if !t.slotNames["__dict__"] {
			t.restricted = true
		}
	}
	if _, ok := vm.dictGetStr(t.Dict, vm.intern("__doc__")); !ok {
		vm.dictSet(t.Dict, vm.intern("__doc__"), vNone)
	}
	if _, eq := vm.dictGetStr(t.Dict, vm.intern("__eq__")); eq {
		// A class that defines __eq__ but not __hash__ is unhashable.
		if _, ok := vm.dictGetStr(t.Dict, vm.intern("__hash__")); !ok {
			vm.dictSet(t.Dict, vm.intern("__hash__"), vNone)
		}
	}
	if cell.Tag() == TagCell {
		vm.setSlot(cell.Ref(), 0, t.Value())
	} else if !cell.IsEmpty() {
		return vEmpty, vm.raise("TypeError", "__classcell__ must be a nonlocal cell, not %s", vm.typeOf(cell).Name)
	}
	for _, b := range bases {
		if b.restricted && t.slotNames == nil {
			t.restricted = false
		} else if b.restricted {
			for k := range b.slotNames {
				t.slotNames[k] = true
			}
		}
	}
	// __set_name__ on the class's attributes, then the parent's
	// __init_subclass__ (implicitly a class method).
	for _, k := range vm.dictKeys(t.Dict) {
		v, _, _ := vm.dictGet(t.Dict, k)
		if v.Tag() == TagProperty {
			vm.setSlot(v.Ref(), propertyName, k)
			continue
		}
		if v.Tag() != TagObject {
			continue
		}
		if sn, ok := vm.lookupS(vm.typeOf(v), "__set_name__"); ok {
			if _, err := vm.callValue(sn, []gc.Value{v, t.Value(), k}, nil); err != nil {
				return vEmpty, err
			}
		}
	}
	for _, c := range t.MRO[1:] {
		is, ok := vm.dictGetStr(c.Dict, vm.intern("__init_subclass__"))
		if !ok {
			continue
		}
		if is.Tag() == TagClassMethod {
			is = vm.slot(is.Ref(), 0)
		}
		if is.Tag() == TagBuiltin {
			if len(kwn) > 0 {
				return vEmpty, vm.raise("TypeError", "%s.__init_subclass__() takes no keyword arguments", t.Name)
			}
			break
		}
		if _, err := vm.callValue(is, append([]gc.Value{t.Value()}, kwv...), kwn); err != nil {
			return vEmpty, err
		}
		break
	}
	return t.Value(), nil
}

// baseNames formats the bases of an MRO error as CPython's.
func baseNames(bases []*Type) string {
	names := make([]string, len(bases))
	for i, b := range bases {
		names[i] = b.Name
	}
	return strings.Join(names, ", ")
}

// metaCall runs when a class whose metaclass is not type, or a metaclass
// (type included), is called. ok is false when the ordinary instance
// creation applies.
func (vm *VM) metaCall(t *Type, args []gc.Value, kw []string) (gc.Value, bool, error) {
	if t.meta != nil {
		if c, ok := vm.pyOverride(t.meta, "__call__"); ok {
			r, err := vm.callValue(c, append([]gc.Value{t.Value()}, args...), kw)
			return r, true, err
		}
	}
	if isSubtype(t, vm.tType) {
		r, err := vm.callMetaType(t, args, kw)
		return r, true, err
	}
	return vEmpty, false, nil
}

// callMetaType is type.__call__ for a metaclass m: __new__ then __init__
// when __new__ returned an instance of m.
func (vm *VM) callMetaType(m *Type, args []gc.Value, kw []string) (gc.Value, error) {
	if m == vm.tType && len(args) == 1 && len(kw) == 0 {
		return vm.typeOf(args[0]).Value(), nil
	}
	if m == vm.tType && len(args)-len(kw) != 3 {
		return vEmpty, vm.raise("TypeError", "type() takes 1 or 3 arguments")
	}
	nw, _ := vm.lookup(m, vm.s__new__)
	if nw.Tag() == TagStaticMethod {
		nw = vm.slot(nw.Ref(), 0)
	}
	obj, err := vm.callValue(nw, append([]gc.Value{m.Value()}, args...), kw)
	if err != nil {
		return vEmpty, err
	}
	if !isSubtype(vm.typeOf(obj), m) {
		return obj, nil
	}
	init, ok := vm.lookup(m, vm.s__init__)
	if !ok {
		return obj, nil
	}
	r, err := vm.callValue(init, append([]gc.Value{obj}, args...), kw)
	if err != nil {
		return vEmpty, err
	}
	if r.Tag() != gc.TagNone {
		return vEmpty, vm.raise("TypeError", "__init__() should return None, not '%s'", vm.typeOf(r).Name)
	}
	return obj, nil
}

// classAttr looks name up on class v as CPython's type_getattro: data
// descriptors of the metaclass, then the class's MRO, then the
// metaclass's other attributes (bound to the class), then __getattr__.
func (vm *VM) classAttr(v, name gc.Value) (gc.Value, error) {
	t := vm.typeOfRef(v.Ref())
	meta := vm.metaOf(t)
	if meta != vm.tType {
		if ga, ok := vm.pyOverride(meta, "__getattribute__"); ok {
			r, err := vm.callValue(ga, []gc.Value{v, name}, nil)
			if err != nil && vm.isExcType(vm.exc, "AttributeError") {
				if g, ok := vm.pyOverride(meta, "__getattr__"); ok {
					vm.exc = vEmpty
					return vm.callValue(g, []gc.Value{v, name}, nil)
				}
			}
			return r, err
		}
	}
	return vm.classAttrGeneric(v, name)
}

// classAttrGeneric is type.__getattribute__.
func (vm *VM) classAttrGeneric(v, name gc.Value) (gc.Value, error) {
	t := vm.typeOfRef(v.Ref())
	meta := vm.metaOf(t)
	sname := vm.str(name)
	metaAttr, metaFound := vm.lookup(meta, name)
	if metaFound && (metaAttr.Tag() == TagProperty || metaAttr.Tag() == TagObject && vm.isDataDescriptor(metaAttr)) {
		return vm.bindAttr(metaAttr, v, meta)
	}
	switch sname {
	case "__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__class__", "__dict__":
		if x, ok, err := vm.specialAttr(v, sname); ok || err != nil {
			return x, err
		}
	}
	if attr, ok := vm.lookup(t, name); ok {
		switch attr.Tag() {
		case TagStaticMethod:
			return vm.slot(attr.Ref(), 0), nil
		case TagClassMethod:
			return vm.newBoundMethod(vm.slot(attr.Ref(), 0), v), nil
		case TagBuiltin:
			if bf := vm.heap.Side(attr.Ref()).(*builtinFn); bf.classMethod {
				return vm.bindBuiltin(attr, v), nil
			}
		case TagObject:
			if g, ok := vm.lookupS(vm.typeOf(attr), "__get__"); ok {
				return vm.callValue(g, []gc.Value{attr, vNone, v}, nil)
			}
		}
		return attr, nil
	}
	if m, ok := vm.slotMember(t, name); ok {
		return m, nil // C.x of a __slots__ name (member.go)
	}
	if g, ok := vm.classValueGetSet(t, name); ok {
		return g, nil // FunctionType.__code__ (valuegetset.go)
	}
	if metaFound {
		switch metaAttr.Tag() {
		case TagFunc:
			return vm.newBoundMethod(metaAttr, v), nil
		case TagBuiltin:
			if vm.slot(metaAttr.Ref(), 0).IsEmpty() && !vm.heap.Side(metaAttr.Ref()).(*builtinFn).static {
				return vm.bindBuiltin(metaAttr, v), nil
			}
			return metaAttr, nil
		}
		return vm.bindAttr(metaAttr, v, meta)
	}
	if x, ok, err := vm.specialAttr(v, sname); ok || err != nil {
		return x, err
	}
	if x, ok, err := vm.classAttrMissing(t, sname); ok || err != nil { // valuegetset.go
		return x, err
	}
	if meta != vm.tType {
		if g, ok := vm.pyOverride(meta, "__getattr__"); ok {
			return vm.callValue(g, []gc.Value{v, name}, nil)
		}
	}
	if sname == "__abstractmethods__" {
		// type's getset for it says just the name (valuegetset.go)
		return vEmpty, vm.raise("AttributeError", "%s", sname)
	}
	return vEmpty, vm.raise("AttributeError", "type object '%s' has no attribute '%s'", t.Name, sname)
}

// classSetAttr sets an attribute of a class: a metaclass's __setattr__ or
// data descriptor first.
func (vm *VM) classSetAttr(v, name, x gc.Value) error {
	t := vm.typeOfRef(v.Ref())
	if meta := vm.metaOf(t); meta != vm.tType {
		if sa, ok := vm.pyOverride(meta, "__setattr__"); ok {
			_, err := vm.callValue(sa, []gc.Value{v, name, x}, nil)
			return err
		}
	}
	return vm.classSetAttrGeneric(v, name, x)
}

// classSetAttrGeneric is type.__setattr__: classSetAttr without the
// metaclass's own __setattr__ (which calls it through super()).
func (vm *VM) classSetAttrGeneric(v, name, x gc.Value) error {
	t := vm.typeOfRef(v.Ref())
	if meta := vm.metaOf(t); meta != vm.tType {
		if a, ok := vm.lookup(meta, name); ok {
			if a.Tag() == TagProperty {
				set := vm.slot(a.Ref(), 1)
				if set.Tag() == gc.TagNone {
					return vm.propertyMissing(a, vm.metaOf(t), "setter")
				}
				_, err := vm.callValue(set, []gc.Value{v, x}, nil)
				return err
			}
			if a.Tag() == TagObject && vm.isDataDescriptor(a) {
				set, _ := vm.lookupS(vm.typeOf(a), "__set__")
				_, err := vm.callValue(set, []gc.Value{a, v, x}, nil)
				return err
			}
		}
	}
	switch vm.str(name) {
	case "__name__":
		if x.Tag() != TagStr {
			return vm.raise("TypeError", "can only assign string to %s.__name__, not '%s'", t.Name, vm.typeOf(x).Name)
		}
		t.Name = vm.strKeep(x)
		return nil
	case "__qualname__":
		if x.Tag() != TagStr {
			return vm.raise("TypeError", "can only assign string to %s.__qualname__, not '%s'", t.Name, vm.typeOf(x).Name)
		}
		if t.Module != "builtins" || t.native {
			t.Qualname = vm.strKeep(x)
			return nil
		}
	case "__module__":
		// The class's repr and __module__ read t.Module; the dict keeps
		// the value too, as CPython's heap types do.
		if x.Tag() == TagStr && t.Module != "builtins" && !t.native {
			t.Module = vm.strKeep(x)
		}
	}
	if t.Module == "builtins" && !t.native {
		return vm.raise("TypeError", "cannot set '%s' attribute of immutable type '%s'", vm.str(name), t.Name)
	}
	return vm.setTypeAttr(t, name, x)
}

// metaRepr answers repr(cls) (or str, with which "__str__") through a
// metaclass method written in Python.
func (vm *VM) metaRepr(v gc.Value, which string) (string, bool, error) {
	t := vm.typeOfRef(v.Ref())
	if t.meta == nil {
		return "", false, nil
	}
	m, ok := vm.pyOverride(t.meta, which)
	if !ok {
		return "", false, nil
	}
	r, err := vm.callValue(m, []gc.Value{v}, nil)
	if err != nil {
		return "", true, err
	}
	if r.Tag() != TagStr {
		return "", true, vm.raise("TypeError", "%s returned non-string (type %s)", which, vm.typeOf(r).Name)
	}
	return vm.str(r), true, nil
}

// metaCheck runs a metaclass's __instancecheck__ or __subclasscheck__
// (which) on cls; ok is false when the metaclass has none in Python.
func (vm *VM) metaCheck(cls, x gc.Value, which string) (bool, bool, error) {
	t, isT := vm.asType(cls)
	if !isT || t.meta == nil {
		return false, false, nil
	}
	m, ok := vm.pyOverride(t.meta, which)
	if !ok {
		return false, false, nil
	}
	r, err := vm.callValue(m, []gc.Value{cls, x}, nil)
	if err != nil {
		return false, true, err
	}
	b, err := vm.truth(r)
	return b, true, err
}

// classGetItem implements cls[key]: the metaclass's __getitem__, the
// class's __class_getitem__, or a types.GenericAlias for the builtin
// generic classes.
func (vm *VM) classGetItem(cls, key gc.Value) (gc.Value, error) {
	t := vm.typeOfRef(cls.Ref())
	if t.meta != nil {
		if m, ok := vm.pyOverride(t.meta, "__getitem__"); ok {
			return vm.callValue(m, []gc.Value{cls, key}, nil)
		}
	}
	if m, ok := vm.lookupS(t, "__class_getitem__"); ok {
		if m.Tag() == TagClassMethod {
			return vm.callValue(vm.slot(m.Ref(), 0), []gc.Value{cls, key}, nil)
		}
		if m.Tag() == TagBuiltin && vm.slot(m.Ref(), 0).IsEmpty() {
			return vm.callValue(m, []gc.Value{cls, key}, nil)
		}
		return vm.callValue(m, []gc.Value{key}, nil)
	}
	switch t {
	case vm.tList, vm.tDict, vm.tTuple, vm.tSet, vm.tFrozenset, vm.tType:
		return vm.newGenericAlias(cls, key)
	}
	if t.native {
		return vm.newGenericAlias(cls, key)
	}
	return vEmpty, vm.raise("TypeError", "type '%s' is not subscriptable", t.Name)
}

// ---- types.GenericAlias ----

// genericAliasType returns the types.GenericAlias type, made on first use.
func (vm *VM) genericAliasType() *Type {
	if vm.tGenericAlias != nil {
		return vm.tGenericAlias
	}
	t := vm.newNativeType("types", "GenericAlias", nil, TagObject, 0)
	vm.tGenericAlias = t
	origin := func(vm *VM, g gc.Value) gc.Value {
		x, _ := vm.instGet(g, vm.intern("__origin__"))
		return x
	}
	gaArgs := func(vm *VM, g gc.Value) gc.Value {
		x, _ := vm.instGet(g, vm.intern("__args__"))
		return x
	}
	vm.nativeMethods(t, "GenericAlias", map[string]bfunc{
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s, err := vm.genericAliasRepr(args[0])
			return vm.newStr(s), err
		},
		"__call__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.callValue(origin(vm, args[0]), args[1:], kw)
		},
		"__eq__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			o := args[1]
			if o.Tag() != TagObject || vm.typeOf(o) != vm.typeOf(args[0]) {
				return vNotImpl, nil
			}
			if origin(vm, args[0]) != origin(vm, o) {
				return vFalse, nil
			}
			eq, err := vm.eqBool(gaArgs(vm, args[0]), gaArgs(vm, o))
			return gc.Bool(eq), err
		},
		"__hash__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			h1, err := vm.hash(origin(vm, args[0]))
			if err != nil {
				return vEmpty, err
			}
			h2, err := vm.hash(gaArgs(vm, args[0]))
			return gc.Int(h1 ^ h2), err
		},
		"__getattr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.getAttr(origin(vm, args[0]), args[1])
		},
		"__mro_entries__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.newTuple([]gc.Value{origin(vm, args[0])}), nil
		},
		"__or__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.unionOr(args[0], args[1]) // uniontype.go
		},
		"__ror__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.unionOr(args[1], args[0])
		},
	})
	t.hasGetattr = true
	t.ctor = func(vm *VM, _ *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "GenericAlias expected 2 arguments, got %d", len(args))
		}
		return vm.newGenericAlias(args[0], args[1])
	}
	return t
}

// newGenericAlias makes origin[args].
func (vm *VM) newGenericAlias(origin, args gc.Value) (gc.Value, error) {
	t := vm.genericAliasType()
	g := vm.newInstance(t)
	if args.Tag() != TagTuple {
		args = vm.newTuple([]gc.Value{args})
	}
	for _, kv := range [][2]gc.Value{
		{vm.intern("__origin__"), origin},
		{vm.intern("__args__"), args},
		{vm.intern("__parameters__"), vm.emptyTuple},
	} {
		if err := vm.instSet(g, kv[0], kv[1]); err != nil {
			return vEmpty, err
		}
	}
	return g, nil
}

// genericAliasRepr formats list[int] as CPython's ga_repr.
func (vm *VM) genericAliasRepr(g gc.Value) (string, error) {
	item := func(v gc.Value) (string, error) {
		if v.Tag() == TagEllipsis {
			return "...", nil
		}
		if t, ok := vm.asType(v); ok {
			q := t.qualname()
			if t.Module == "builtins" {
				return q, nil
			}
			return t.Module + "." + q, nil
		}
		return vm.reprOf(v)
	}
	o, _ := vm.instGet(g, vm.intern("__origin__"))
	a, _ := vm.instGet(g, vm.intern("__args__"))
	s, err := item(o)
	if err != nil {
		return "", err
	}
	var parts []string
	items := vm.tupleItems(a)
	for _, x := range items {
		p, err := item(x)
		if err != nil {
			return "", err
		}
		parts = append(parts, p)
	}
	if len(items) == 0 {
		parts = append(parts, "()")
	}
	return s + "[" + strings.Join(parts, ", ") + "]", nil
}

// initMetaType installs type's own methods: __new__, __init__, __call__,
// mro, __prepare__, __subclasses__, __instancecheck__, __subclasscheck__.
func (vm *VM) initMetaType() {
	t := vm.tType
	vm.initUnionOps() // uniontype.go
	vm.dictSet(t.Dict, vm.s__new__, vm.newBuiltinStatic("type.__new__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.typeNewArgs(args, kw)
	}))
	vm.methods(t, map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			n := len(args) - len(kw) - 1
			if n == 1 && len(kw) > 0 {
				return vEmpty, vm.raise("TypeError", "type.__init__() takes no keyword arguments")
			}
			if n != 1 && n != 3 {
				return vEmpty, vm.raise("TypeError", "type.__init__() takes 1 or 3 arguments")
			}
			return vNone, nil
		},
		"__call__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			c, ok := vm.asType(args[0])
			if !ok {
				return vEmpty, vm.raise("TypeError", "descriptor '__call__' requires a 'type' object but received a '%s'", vm.typeOf(args[0]).Name)
			}
			if isSubtype(c, vm.tType) {
				return vm.callMetaType(c, args[1:], kw)
			}
			return vm.instantiate(c, args[1:], kw)
		},
		"mro": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			c, _ := vm.asType(args[0])
			items := make([]gc.Value, len(c.MRO))
			for i, x := range c.MRO {
				items[i] = x.Value()
			}
			return vm.newList(items, 0), nil
		},
		"__subclasses__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			c, _ := vm.asType(args[0])
			var items []gc.Value
			for _, s := range c.subs {
				items = append(items, s.Value())
			}
			return vm.newList(items, 0), nil
		},
		"__instancecheck__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("__instancecheck__", args[1:], 1, 1); err != nil {
				return vEmpty, err
			}
			c, _ := vm.asType(args[0])
			return gc.Bool(vm.isInstance(args[1], c)), nil
		},
		"__subclasscheck__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("__subclasscheck__", args[1:], 1, 1); err != nil {
				return vEmpty, err
			}
			c, _ := vm.asType(args[0])
			s, ok := vm.asType(args[1])
			if !ok {
				return vEmpty, vm.raise("TypeError", "issubclass() arg 1 must be a class")
			}
			return gc.Bool(isSubtype(s, c)), nil
		},
	})
	vm.classMethods(t, map[string]bfunc{
		"__prepare__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.newDict(), nil
		},
	})
}

// nsGet reads name from a class namespace that is not a dict (a mapping
// from __prepare__): found is false on KeyError.
func (vm *VM) nsGet(ns, name gc.Value) (gc.Value, bool, error) {
	v, err := vm.getItem(ns, name)
	if err != nil {
		if vm.isExcType(vm.exc, "KeyError") {
			vm.exc = vEmpty
			return vEmpty, false, nil
		}
		return vEmpty, false, err
	}
	return v, true, nil
}
