// builtindescr.go gives Go-implemented functions CPython's five types for
// them. All are TagBuiltin values with a builtinFn side; which type one
// has follows from that side and the bound self, the same facts its repr
// reads (repr.go):
//   - method_descriptor: a method of a builtin type read from the type
//     (str.upper, list.__dict__['append']);
//   - wrapper_descriptor: a slot wrapper read from the type (int.__add__);
//   - classmethod_descriptor: a class method of a builtin type in its dict
//     (dict.__dict__['fromkeys']);
//   - method-wrapper: a slot wrapper bound to an object ((1).__add__);
//   - builtin_function_or_method: everything else (len, [].append,
//     dict.fromkeys).
//
// Calls, binding and attribute lookup do not change: they switch on the
// tag, not the type. Only typeOf asks, and the types carry the attributes
// CPython's have: __get__ on the descriptors, __call__, __objclass__.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// builtinKinds are the types of builtin functions besides
// builtin_function_or_method (vm.tBuiltin).
type builtinKinds struct {
	methodDescr, wrapperDescr, classMethodDescr, methodWrapper *Type
}

// builtinType returns the type of the builtin function v.
func (vm *VM) builtinType(v gc.Value) *Type {
	bf := vm.heap.Side(v.Ref()).(*builtinFn)
	if self := vm.slot(v.Ref(), 0); !self.IsEmpty() {
		if self.Tag() != TagModule && vm.isWrapper(bf) {
			return vm.builtinKinds.methodWrapper
		}
		return vm.tBuiltin
	}
	switch {
	case bf.static:
		return vm.tBuiltin
	case bf.classMethod:
		if bf.objclass != nil {
			return vm.builtinKinds.classMethodDescr
		}
		return vm.tBuiltin
	case bf.owner == nil:
		return vm.tBuiltin
	case vm.isWrapper(bf):
		return vm.builtinKinds.wrapperDescr
	}
	return vm.builtinKinds.methodDescr
}

// isWrapper reports whether CPython's counterpart of the builtin method bf
// is a slot wrapper (wrapper_descriptor, bound: method-wrapper) rather
// than a method: hotloop's slot wrappers (slots.go) except the few CPython
// defines as methods, and object's special methods that fill a slot
// (object.__init__, __eq__ ...), which hotloop installs as methods.
func (vm *VM) isWrapper(bf *builtinFn) bool {
	if bf.owner == nil || bf.classMethod || bf.static {
		return false
	}
	if bf.slot {
		return !slotReprMethod(bf.owner.Name, bf.shortName())
	}
	if bf.owner != vm.tObject {
		return false
	}
	switch bf.shortName() {
	case "__init__", "__repr__", "__str__", "__hash__", "__getattribute__", "__setattr__", "__delattr__",
		"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__":
		return true
	}
	return false
}

// shortName is the function's name without its owner ("upper" of
// "str.upper").
func (bf *builtinFn) shortName() string {
	return bf.name[strings.LastIndexByte(bf.name, '.')+1:]
}

// descrOwner returns the type a method, slot wrapper or class method
// belongs to, or nil.
func (bf *builtinFn) descrOwner() *Type {
	if bf.classMethod {
		return bf.objclass
	}
	return bf.owner
}

// initBuiltinKinds makes the four descriptor types and gives them and
// builtin_function_or_method their attributes.
func (vm *VM) initBuiltinKinds() {
	mk := func(name string) *Type { return vm.newType(name, []*Type{vm.tObject}, TagBuiltin) }
	k := &vm.builtinKinds
	k.methodDescr = mk("method_descriptor")
	k.wrapperDescr = mk("wrapper_descriptor")
	k.classMethodDescr = mk("classmethod_descriptor")
	k.methodWrapper = mk("method-wrapper")
	all := []*Type{vm.tBuiltin, k.methodDescr, k.wrapperDescr, k.classMethodDescr, k.methodWrapper}
	for _, t := range all {
		vm.installBuiltins(t, map[string]bfunc{"__call__": builtinCall}, builtinFn{owner: t, slot: true})
	}
	for _, t := range []*Type{k.methodDescr, k.wrapperDescr} {
		vm.installBuiltins(t, map[string]bfunc{"__get__": methodDescrGet}, builtinFn{owner: t, slot: true})
	}
	vm.installBuiltins(k.classMethodDescr, map[string]bfunc{"__get__": classMethodDescrGet}, builtinFn{owner: k.classMethodDescr, slot: true})
	// Python functions bind through __get__ (decorator classes call
	// self.func.__get__(obj, cls)); functions and bound methods have
	// __call__.
	vm.installBuiltins(vm.tFunc, map[string]bfunc{"__get__": functionGet, "__call__": anyCall}, builtinFn{owner: vm.tFunc, slot: true})
	vm.installBuiltins(vm.tMethod, map[string]bfunc{"__call__": anyCall}, builtinFn{owner: vm.tMethod, slot: true})
	for _, t := range all {
		for _, name := range []string{"__name__", "__qualname__"} {
			vm.nativeGetter(t, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				x, _, err := vm.specialAttr(args[0], name)
				return x, err
			}, nil)
		}
	}
	for _, t := range []*Type{vm.tBuiltin, k.methodWrapper} {
		vm.nativeGetter(t, "__self__", builtinSelfGetter("__self__"), nil) // ownermodule.go
	}
	vm.nativeGetter(vm.tBuiltin, "__module__", builtinSelfGetter("__module__"), nil)
	for _, t := range all[1:] {
		vm.nativeGetter(t, "__objclass__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if o := vm.heap.Side(args[0].Ref()).(*builtinFn).descrOwner(); o != nil {
				return o.Value(), nil
			}
			return vNone, nil
		}, nil)
	}
}

// functionGet is function.__get__(obj, type=None): the function itself
// for a None object, else a method bound to obj.
func functionGet(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	f, obj, typ, err := vm.descrGetArgs(args, kw)
	if err != nil {
		return vEmpty, err
	}
	if f.Tag() != TagFunc {
		return vEmpty, vm.raise("TypeError", "descriptor '__get__' requires a 'function' object but received a '%s'", vm.typeOf(f).Name)
	}
	if obj.Tag() == gc.TagNone {
		if typ.Tag() == gc.TagNone {
			return vEmpty, vm.raise("TypeError", "__get__(None, None) is invalid")
		}
		return f, nil
	}
	return vm.newBoundMethod(f, obj), nil
}

// anyCall is __call__ of function and method: a call of self.
func anyCall(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if len(args) == 0 {
		return vEmpty, vm.raise("TypeError", "descriptor '__call__' needs an argument")
	}
	return vm.callValue(args[0], args[1:], kw)
}

// builtinCall is __call__ of the builtin function types.
func builtinCall(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if len(args) == 0 || args[0].Tag() != TagBuiltin {
		return vEmpty, vm.raise("TypeError", "descriptor '__call__' needs an argument")
	}
	return vm.callValue(args[0], args[1:], kw)
}

// descrGetArgs checks the arguments of a descriptor's __get__(obj,
// type=None) and returns the descriptor, obj and type (None when absent).
func (vm *VM) descrGetArgs(args []gc.Value, kw []string) (d, obj, typ gc.Value, err error) {
	if err := vm.noKw("__get__", kw); err != nil {
		return vEmpty, vEmpty, vEmpty, err
	}
	if len(args) < 2 {
		return vEmpty, vEmpty, vEmpty, vm.raise("TypeError", " expected at least 1 argument, got %d", len(args)-1)
	}
	if len(args) > 3 {
		return vEmpty, vEmpty, vEmpty, vm.raise("TypeError", " expected at most 2 arguments, got %d", len(args)-1)
	}
	typ = vNone
	if len(args) == 3 {
		typ = args[2]
	}
	return args[0], args[1], typ, nil
}

// methodDescrGet is __get__ of method_descriptor and wrapper_descriptor:
// itself for a None object, else the method bound to obj, which must be
// an instance of the owner.
func methodDescrGet(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	d, obj, typ, err := vm.descrGetArgs(args, kw)
	if err != nil {
		return vEmpty, err
	}
	if obj.Tag() == gc.TagNone {
		if typ.Tag() == gc.TagNone {
			return vEmpty, vm.raise("TypeError", "__get__(None, None) is invalid")
		}
		return d, nil
	}
	bf := vm.heap.Side(d.Ref()).(*builtinFn)
	if !vm.isInstance(obj, bf.owner) {
		return vEmpty, vm.raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", bf.shortName(), bf.owner.Name, vm.typeOf(obj).Name)
	}
	return vm.bindBuiltin(d, obj), nil
}

// classMethodDescrGet is __get__ of classmethod_descriptor: the method
// bound to type, or to obj's type when type is None.
func classMethodDescrGet(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	d, obj, typ, err := vm.descrGetArgs(args, kw)
	if err != nil {
		return vEmpty, err
	}
	bf := vm.heap.Side(d.Ref()).(*builtinFn)
	name, owner := bf.shortName(), bf.objclass
	if typ.Tag() == gc.TagNone {
		if obj.Tag() == gc.TagNone {
			return vEmpty, vm.raise("TypeError", "__get__(None, None) is invalid")
		}
		typ = vm.typeOf(obj).Value()
	}
	t, ok := vm.asType(typ)
	if !ok {
		return vEmpty, vm.raise("TypeError", "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", name, owner.Name, vm.typeOf(typ).Name)
	}
	if !isSubtype(t, owner) {
		return vEmpty, vm.raise("TypeError", "descriptor '%s' requires a subtype of '%s' but received '%s'", name, owner.Name, t.Name)
	}
	return vm.bindBuiltin(d, typ), nil
}

// typeStatic makes the static method name of the builtin type t: a
// builtin that does not bind, whose repr, like CPython's (which passes
// the type as an unused self), names the type ("<built-in method
// maketrans of type object at ...>") and whose __self__ is t.
func (vm *VM) typeStatic(t *Type, name string, fn bfunc) gc.Value {
	r := vm.alloc(kindBuiltin, 1, 0)
	vm.heap.SetSide(r, &builtinFn{name: t.Name + "." + name, fn: fn, static: true, objclass: t})
	return mkref(TagBuiltin, r)
}

// kindTypeStatic is the block kind of the staticmethod objects that hold
// builtin types' static methods (numbered apart from object.go's kinds):
// unlike staticmethod(f) they copy no __name__ or __qualname__ from f.
const kindTypeStatic gc.Kind = 152

// newStaticMethod wraps fn in a staticmethod object, as CPython's type
// dicts hold their static methods (str.__dict__['maketrans']).
func (vm *VM) newStaticMethod(fn gc.Value) gc.Value {
	r := vm.alloc(kindTypeStatic, 1, 0)
	vm.setSlot(r, 0, fn)
	return mkref(TagStaticMethod, r)
}
