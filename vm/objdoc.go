// objdoc.go answers __doc__ where no dict holds it and raises the
// "read-only" error of a dict-less instance (docs/vm.md "`__doc__` on
// every object"). It sorts after interp.go on purpose: code added to
// files before it moves (*VM).run's address (docs/jit.md, session 27).

package vm

import "github.com/hotloop/hotloop/gc"

// docFallback answers __doc__ of an object of type t when lookup found
// nothing else (false for any other name).
func (vm *VM) docFallback(t *Type, name gc.Value) (gc.Value, bool) {
	if vm.str(name) != "__doc__" {
		return vEmpty, false
	}
	return vm.typeDoc(t), true
}

// typeDoc answers __doc__ for an object whose class chain does not hold
// one: every Python object has the attribute, its class's docstring. A
// class statement always stores __doc__ (meta.go), so what is left here is
// a builtin type's, and hotloop keeps no C docstrings: None, as for
// builtin functions (docs/vm.md "__doc__ on every object").
func (vm *VM) typeDoc(t *Type) gc.Value {
	if d, ok := vm.lookupS(t, "__doc__"); ok {
		return d
	}
	return vNone
}

// noDictAttrError raises CPython's error for setting or deleting an
// attribute of an instance without a __dict__ (its class has __slots__):
// an attribute its class has, a method or a docstring, is "read-only",
// any other is missing.
func (vm *VM) noDictAttrError(v gc.Value, t *Type, name gc.Value, inType bool) error {
	if inType {
		return vm.raise("AttributeError", "'%s' object attribute '%s' is read-only", t.Name, vm.str(name))
	}
	return vm.attrError(v, name)
}

// moduleNameAndDoc gives a module's dict the __name__ and __doc__ every
// module has when it lacks them: the native ones (sys, math...) get their
// name and None for the docstring hotloop does not keep.
func (vm *VM) moduleNameAndDoc(name string, d gc.Value) {
	if _, ok := vm.dictGetStr(d, vm.intern("__name__")); !ok {
		vm.dictSet(d, vm.intern("__name__"), vm.intern(name))
	}
	if _, ok := vm.dictGetStr(d, vm.intern("__doc__")); !ok {
		vm.dictSet(d, vm.intern("__doc__"), vNone)
	}
}

// noDictDelError is noDictAttrError for del of an attribute an instance
// without a __dict__ does not hold.
func (vm *VM) noDictDelError(v gc.Value, t *Type, name gc.Value) error {
	_, inType := vm.lookup(t, name)
	return vm.noDictAttrError(v, t, name, inType)
}
