// ownermodule.go answers __self__ and __module__ of a module's builtin
// function (len, math.sqrt): CPython's builtin_function_or_method of a
// module keeps the module as its self and the module's name in
// __module__. hotloop's builtins do not point back at their module, so
// the module is found by looking for the function among the loaded
// modules' globals, builtins first: these attributes are read rarely
// (introspection, pickling-like helpers), and a pointer in every builtin
// would cost each one a slot.

package vm

import "github.com/hotloop/hotloop/gc"

// ownerModule returns the module whose globals hold builtin function f
// under its own name (builtins first, then sys.modules in order), or
// false.
func (vm *VM) ownerModule(f gc.Value) (gc.Value, bool) {
	name := vm.intern(vm.heap.Side(f.Ref()).(*builtinFn).name)
	holds := func(m gc.Value) bool {
		if m.Tag() != TagModule {
			return false
		}
		x, ok := vm.dictGetStr(vm.slot(m.Ref(), 0), name)
		return ok && x == f
	}
	if b := vm.builtinsModule(); holds(b) {
		return b, true
	}
	for _, k := range vm.dictKeys(vm.modules) {
		if m, ok, _ := vm.dictGet(vm.modules, k); ok && holds(m) {
			return m, true
		}
	}
	return vEmpty, false
}

// builtinSelfAttr answers __self__ of a builtin function or method-wrapper
// and __module__ of a builtin function (false for other builtins): the
// bound object and None, or for a module's function its module and name.
// Every builtin's __doc__ is None.
func (vm *VM) builtinSelfAttr(v gc.Value, name string) (gc.Value, bool) {
	if name == "__doc__" {
		// CPython's builtins carry their C docstrings, which hotloop does
		// not have: None keeps `f.__doc__ or ""` and functools.wraps working.
		return vNone, true
	}
	t := vm.builtinType(v)
	if t != vm.tBuiltin && (name == "__module__" || t != vm.builtinKinds.methodWrapper) {
		return vEmpty, false
	}
	if self := vm.slot(v.Ref(), 0); !self.IsEmpty() && self.Tag() != gc.TagNone || t != vm.tBuiltin {
		if name == "__module__" {
			return vNone, true
		}
		return orNone(self), true
	}
	return vm.builtinOwnerAttr(v, name), true
}

// builtinOwnerAttr answers __self__ and __module__ of a builtin function
// without a bound self (t is its builtin type): the module that holds it,
// and its name; None for both when no module does.
func (vm *VM) builtinOwnerAttr(f gc.Value, name string) gc.Value {
	m, ok := vm.ownerModule(f)
	if !ok {
		return vNone
	}
	if name == "__self__" {
		return m
	}
	return vm.newStr(vm.heap.Side(m.Ref()).(string))
}

// builtinSelfGetter is the getter of __self__ (and of a builtin
// function's __module__) on the builtin method types: builtinSelfAttr's
// answer, None where it has none.
func builtinSelfGetter(name string) bfunc {
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if x, ok := vm.builtinSelfAttr(args[0], name); ok {
			return x, nil
		}
		return vNone, nil
	}
}
