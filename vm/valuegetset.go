// valuegetset.go puts getset_descriptors for the data attributes of some
// builtin types in their dicts, as CPython has them (type.__dict__
// ['__name__'], object.__dict__['__class__'], a function's __code__,
// BaseException's args), for programs that look at type dicts (dir, vars,
// inspect-like helpers, `type.__dict__['__name__'].__get__(C)`).
//
// The attributes themselves are still served where they always were
// (specialAttr, the objects' own paths): attribute lookup treats these
// descriptors as absent (lookupMRO, Type.valueGetSets), so reading
// `C.__name__` or `obj.__class__` costs what it did, and a descriptor
// read or write goes through the ordinary attribute path of the object
// it is given. member.go's addValueMembers does the same for the
// attributes CPython keeps as member_descriptors.

package vm

import "github.com/hotloop/hotloop/gc"

// addValueGetSets puts a getset_descriptor for each of names in t's dict:
// its __get__ reads the attribute of the object, its __set__ writes it
// (the object's own rules decide whether it may), and lookup skips it.
func (vm *VM) addValueGetSets(t *Type, names ...string) {
	if t.valueGetSets == nil {
		t.valueGetSets = map[string]bool{}
	}
	for _, n := range names {
		name := vm.intern(n)
		get := func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.getAttr(args[0], name)
		}
		set := func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vNone, vm.setAttr(args[0], name, args[1])
		}
		vm.nativeGetter(t, n, get, set)
		t.valueGetSets[n] = true
	}
}

// skippedValueGetSet reports whether v, found as name in c's dict, is one
// of c's value getsets (addValueGetSets), which lookup treats as absent.
func (vm *VM) skippedValueGetSet(c *Type, name, v gc.Value) bool {
	return c.valueGetSets != nil && v.Tag() == TagProperty && c.valueGetSets[vm.str(name)]
}

// classAttrMissing answers type's __annotations__ getset for a class
// without one in its dict, as CPython's getter does: a new empty dict,
// stored in the class, for a class made by a class statement (builtin
// types have none). ok is false for other names.
func (vm *VM) classAttrMissing(t *Type, name string) (x gc.Value, ok bool, err error) {
	if name != "__annotations__" || t.Qualname == "" || t.native {
		return vEmpty, false, nil
	}
	d := vm.newDict()
	return d, true, vm.setTypeAttr(t, vm.intern(name), d)
}

// classValueGetSet finds a value getset for name in t's MRO (lookup skips
// them): read on the class itself, `FunctionType.__code__` is the
// descriptor, as in CPython.
func (vm *VM) classValueGetSet(t *Type, name gc.Value) (gc.Value, bool) {
	if _, meta := vm.classValueGetSetOwn(vm.metaOf(t), name); meta {
		// the metatype's getset is a data descriptor and wins (CPython
		// calls it: type.__abstractmethods__ is an AttributeError)
		return vEmpty, false
	}
	return vm.classValueGetSetOwn(t, name)
}

// classValueGetSetOwn is classValueGetSet without the metatype's check.
func (vm *VM) classValueGetSetOwn(t *Type, name gc.Value) (gc.Value, bool) {
	c, v, ok := vm.mroEntry(t, name) // member.go
	return v, ok && vm.skippedValueGetSet(c, name, v)
}

// propertyDoc is a property's __doc__: the doc it was given, else its
// getter's __doc__ (CPython copies it when the property is made), else
// None.
func (vm *VM) propertyDoc(p gc.Value) gc.Value {
	if d := vm.slot(p.Ref(), 3); d.Tag() != gc.TagNone {
		return d
	}
	fget := vm.slot(p.Ref(), 0)
	if fget.Tag() == gc.TagNone {
		return vNone
	}
	d, err := vm.getAttr(fget, vm.intern("__doc__"))
	if err != nil {
		vm.exc = vEmpty
		return vNone
	}
	return d
}

// hasValueMember reports whether name is one of the read-only value
// members of t's MRO (member.go addValueMembers: property.fget): setting
// one is CPython's "readonly attribute".
func (vm *VM) hasValueMember(t *Type, name gc.Value) bool {
	c, v, ok := vm.mroEntry(t, name) // member.go
	return ok && c.valueMembers && vm.isMember(v)
}
