// classassign.go implements the two instance attributes whose stores
// change the instance itself rather than one of its attributes:
// `obj.__class__ = C` (CPython's object_set_class) and
// `obj.__dict__ = d` (subtype_setdict). Before them both stores went to
// the instance's own attributes, so the instance kept its class and its
// attributes (session 26's differential hunt).

package vm

import (
	"maps"

	"github.com/hotloop/hotloop/gc"
)

// setInstSpecial performs a store of __class__ or __dict__ on the instance
// v of the class t; handled is false for any other name.
func (vm *VM) setInstSpecial(v gc.Value, t *Type, name string, x gc.Value) (handled bool, err error) {
	switch name {
	case "__class__":
		return true, vm.setInstClass(v, t, x)
	case "__dict__":
		if t.restricted || t == vm.tObject {
			return false, nil // no __dict__: the generic store raises
		}
		return true, vm.setInstDict(v, x)
	}
	return false, nil
}

// instSpecialName reports whether name is one of the two instance
// attributes whose stores change the instance (setInstSpecial): inline
// caches and the JIT's attribute resolvers leave them to the generic
// path, even when the instance's dict has the name.
func instSpecialName(name string) bool { return name == "__class__" || name == "__dict__" }

// mutableClass reports whether t is a class made by a class statement (or
// type()), whose instances may change class: CPython's heap types.
func mutableClass(t *Type) bool { return t.Module != "builtins" && !t.native }

// setInstClass makes nt the class of the instance v of t, when both are
// classes whose instances have the same layout: the same fixed slots, the
// same builtin base, the same __slots__ and both exceptions or neither.
// The instance keeps its attributes (and its shape, whose slots start
// after the same fixed slots).
func (vm *VM) setInstClass(v gc.Value, t *Type, x gc.Value) error {
	if x.Tag() != TagType {
		return vm.raise("TypeError", "__class__ must be set to a class, not '%s' object", vm.typeOf(x).Name)
	}
	nt := vm.typeOfRef(x.Ref())
	if !mutableClass(nt) || !mutableClass(t) {
		return vm.raise("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if nt.inst != t.inst || nt.nslots != t.nslots || nt.builtinBase != t.builtinBase || nt.isExc != t.isExc ||
		nt.restricted != t.restricted || !maps.Equal(nt.slotNames, t.slotNames) {
		return vm.raise("TypeError", "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, t.Name)
	}
	vm.setSlot(v.Ref(), instType, nt.Value())
	return nil
}

// setInstDict replaces the attribute dict of instance v by the dict x:
// the instance goes to dict mode with x as its dict (the old attributes
// are dropped, as CPython drops the old dict).
func (vm *VM) setInstDict(v, x gc.Value) error {
	if x.Tag() != TagDict {
		return vm.raise("TypeError", "__dict__ must be set to a dictionary, not a '%s'", vm.typeOf(x).Name)
	}
	vm.instDict(v) // to dict mode: the attribute slots are cleared
	r := v.Ref()
	vm.setSlot(r, instDict, x)
	return nil
}

// delInstClass raises CPython's error for `del obj.__class__`.
func (vm *VM) delInstClass() error {
	return vm.raise("TypeError", "can't delete __class__ attribute")
}
