// pyfix_module.go holds module(name, doc=None), the constructor of
// types.ModuleType, and the repr CPython gives a module whose __spec__ is
// None (one made by that constructor).

package vm

import "github.com/hotloop/hotloop/gc"

// ctorModule is module(name, doc=None): a new empty module whose dict
// holds __name__, __doc__, __package__, __loader__ and __spec__, as
// CPython's module.__init__ fills it.
func ctorModule(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	names := []string{"name", "doc"}
	pos, kv, err := vm.kwArgs("module", args, kw, names...)
	if err != nil {
		return vEmpty, err
	}
	if len(args) > 2 {
		return vEmpty, vm.raise("TypeError", "module() takes at most 2 arguments (%d given)", len(args))
	}
	for i, p := range pos {
		if !kv[i].IsEmpty() {
			return vEmpty, vm.raise("TypeError", "argument for module() given by name ('%s') and position (%d)", names[i], i+1)
		}
		kv[i] = p
	}
	name, doc := kv[0], kv[1]
	if name.IsEmpty() {
		return vEmpty, vm.raise("TypeError", "module() missing required argument 'name' (pos 1)")
	}
	if name.Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "module() argument 'name' must be str, not %s", vm.typeOf(name).Name)
	}
	if doc.IsEmpty() {
		doc = vNone
	}
	d := vm.newDict()
	for _, e := range []struct {
		k string
		v gc.Value
	}{{"__name__", name}, {"__doc__", doc}, {"__package__", vNone}, {"__loader__", vNone}, {"__spec__", vNone}} {
		if err := vm.dictSet(d, vm.intern(e.k), e.v); err != nil {
			return vEmpty, err
		}
	}
	return vm.newModule(vm.strKeep(name), d), nil
}

// specLessModuleRepr is the repr of a module whose dict maps __spec__ to
// None (importlib._module_repr's fallback): "<module 'm'>", or with the
// loader's repr when __loader__ is not None; nr is the name's repr. ok is
// false for other modules.
func (vm *VM) specLessModuleRepr(d gc.Value, nr string) (string, bool, error) {
	spec, ok := vm.dictGetStr(d, vm.intern("__spec__"))
	if !ok || spec.Tag() != gc.TagNone {
		return "", false, nil
	}
	if l, ok := vm.dictGetStr(d, vm.intern("__loader__")); ok && l.Tag() != gc.TagNone {
		lr, err := vm.reprOf(l)
		if err != nil {
			return "", true, err
		}
		return "<module " + nr + " (" + lr + ")>", true, nil
	}
	return "<module " + nr + ">", true, nil
}
