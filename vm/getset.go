// getset.go gives the data attributes that Go code installs on builtin
// types (nativeGetter: int.real, float.imag, the frame and traceback
// fields...) CPython's type for them, getset_descriptor, and its repr
// "<attribute 'real' of 'int' objects>". They stay property objects
// underneath (TagProperty, the same slots), so attribute lookup, the
// interpreter's and the JIT's property paths treat them as before; only
// the block kind and one more slot, the owner type, tell them apart.

package vm

import "github.com/hotloop/hotloop/gc"

// kindGetSet is the block kind of a getset_descriptor (numbered apart from
// object.go's kinds, like kindBigRange).
const kindGetSet gc.Kind = 151

// getsetOwner is the slot after the property slots that holds the type
// the descriptor belongs to; getsetSlots is their number.
const (
	getsetOwner = propertySlots
	getsetSlots = propertySlots + 1
)

// isGetSet reports whether a TagProperty value is a getset_descriptor.
func (vm *VM) isGetSet(p gc.Value) bool { return vm.kindOf(p.Ref()) == kindGetSet }

// getsetOwnerType returns the type a getset_descriptor belongs to.
func (vm *VM) getsetOwnerType(p gc.Value) *Type {
	return vm.typeOfRef(vm.slot(p.Ref(), getsetOwner).Ref())
}

// getsetRepr is the repr of a getset_descriptor.
func (vm *VM) getsetRepr(p gc.Value) string {
	return "<attribute '" + vm.str(vm.slot(p.Ref(), propertyName)) + "' of '" + vm.getsetOwnerType(p).Name + "' objects>"
}

// initGetSetType makes getset_descriptor: property's __get__, __set__ and
// __delete__ (they work on any TagProperty value), and __name__,
// __qualname__ and __objclass__ as CPython's.
func (vm *VM) initGetSetType() {
	t := vm.newType("getset_descriptor", []*Type{vm.tObject}, TagProperty)
	for which, m := range []string{"__get__", "__set__", "__delete__"} {
		f, ok := vm.dictGetStr(vm.tProperty.Dict, vm.intern(m))
		if !ok {
			continue
		}
		if which == 0 {
			vm.methods(t, map[string]bfunc{m: vm.getsetReader(f)})
			continue
		}
		vm.methods(t, map[string]bfunc{m: vm.getsetWriter(f, which)})
	}
	vm.tGetSet = t
	vm.nativeGetter(t, "__name__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.slot(args[0].Ref(), propertyName), nil
	}, nil)
	vm.nativeGetter(t, "__qualname__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		p := args[0]
		return vm.newStr(vm.getsetOwnerType(p).Name + "." + vm.str(vm.slot(p.Ref(), propertyName))), nil
	}, nil)
	vm.nativeGetter(t, "__objclass__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.slot(args[0].Ref(), getsetOwner), nil
	}, nil)
}

// getsetReader is __get__ of getset_descriptor: property's __get__ f,
// after CPython's check that the object is an instance of the owner (the
// Go getter reads the object as one).
func (vm *VM) getsetReader(f gc.Value) bfunc {
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) >= 2 && args[0].Tag() == TagProperty && vm.isGetSet(args[0]) && args[1].Tag() != gc.TagNone {
			p, obj := args[0], args[1]
			if owner := vm.getsetOwnerType(p); !vm.isInstance(obj, owner) {
				return vEmpty, vm.raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
					vm.str(vm.slot(p.Ref(), propertyName)), owner.Name, vm.typeOf(obj).Name)
			}
		}
		return vm.callValue(f, args, kw)
	}
}

// getsetWriter is __set__ (which 1) or __delete__ (which 2) of
// getset_descriptor: property's method f, but a read-only descriptor says
// "not writable" as CPython's does.
func (vm *VM) getsetWriter(f gc.Value, which int) bfunc {
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) > 0 && args[0].Tag() == TagProperty && vm.isGetSet(args[0]) && vm.slot(args[0].Ref(), which).Tag() == gc.TagNone {
			p := args[0]
			return vEmpty, vm.raise("AttributeError", "attribute '%s' of '%s' objects is not writable", vm.str(vm.slot(p.Ref(), propertyName)), vm.getsetOwnerType(p).Name)
		}
		return vm.callValue(f, args, kw)
	}
}
