// member.go holds the member descriptors of __slots__ classes: the
// objects CPython puts in a slotted class's dict, one per slot name
// (C.__dict__['x'], repr <member 'x' of 'C' objects>).
//
// hotloop keeps a slot's value in the instance's own attribute storage
// (the names a restricted class accepts are its slotNames), so instance
// attribute lookup needs no descriptor: lookupMRO treats a member
// descriptor as absent, and the instance paths (interpreter caches, the
// JIT) see the same class attributes as before. Only reads of the class
// itself (C.x, C.__dict__, hasattr(C, 'x')) and the descriptor's own
// methods (C.x.__get__(obj), __set__, __delete__) see the object.

package vm

import (
	"maps"
	"slices"

	"github.com/hotloop/hotloop/gc"
)

// Slots of a member descriptor (after every instance's type and dict).
const (
	memberNameSlot  = 2 // the slot's name (str)
	memberClassSlot = 3 // the class whose __slots__ named it
	memberNumSlots  = 4
)

// initMemberType creates the type member_descriptor.
func (vm *VM) initMemberType() {
	mt := vm.newType("member_descriptor", []*Type{vm.tObject}, TagObject)
	mt.native, mt.noSubcls, mt.restricted = true, true, true
	mt.nslots = memberNumSlots
	vm.tMember = mt
	// check verifies that args[0] is a member and obj an instance of its
	// class, as CPython's descr_check.
	check := func(args []gc.Value, obj gc.Value) error {
		m := args[0]
		if !vm.isMember(m) {
			return vm.raise("TypeError", "descriptor requires a 'member_descriptor' object")
		}
		owner := vm.memberOwner(m)
		if !isSubtype(vm.typeOf(obj), owner) {
			return vm.raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				vm.str(vm.slot(m.Ref(), memberNameSlot)), owner.Name, vm.typeOf(obj).Name)
		}
		return nil
	}
	vm.nativeMethods(mt, "member_descriptor", map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vEmpty, vm.raise("TypeError", "cannot create 'member_descriptor' instances")
		},
		"__get__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("", args, 2, 3); err != nil {
				return vEmpty, err
			}
			obj := args[1]
			if obj.Tag() == gc.TagNone {
				if len(args) < 3 || args[2].Tag() == gc.TagNone {
					return vEmpty, vm.raise("TypeError", "__get__(None, None) is invalid")
				}
				return args[0], nil
			}
			if err := check(args, obj); err != nil {
				return vEmpty, err
			}
			name := vm.slot(args[0].Ref(), memberNameSlot)
			if vm.memberOwner(args[0]).valueMembers {
				return vm.getAttr(obj, name)
			}
			if x, ok := vm.instGet(obj, name); ok {
				return x, nil
			}
			return vEmpty, vm.attrError(obj, name)
		},
		"__set__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("", args, 3, 3); err != nil {
				return vEmpty, err
			}
			if err := check(args, args[1]); err != nil {
				return vEmpty, err
			}
			if vm.memberOwner(args[0]).valueMembers {
				return vEmpty, vm.raise("AttributeError", "readonly attribute")
			}
			return vNone, vm.instSet(args[1], vm.slot(args[0].Ref(), memberNameSlot), args[2])
		},
		"__delete__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("", args, 2, 2); err != nil {
				return vEmpty, err
			}
			if err := check(args, args[1]); err != nil {
				return vEmpty, err
			}
			if vm.memberOwner(args[0]).valueMembers {
				return vEmpty, vm.raise("AttributeError", "readonly attribute")
			}
			name := vm.slot(args[0].Ref(), memberNameSlot)
			if !vm.instDel(args[1], name) {
				return vEmpty, vm.raise("AttributeError", "%s", vm.str(name))
			}
			return vNone, nil
		},
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			m := args[0]
			owner := vm.memberOwner(m)
			return vm.newStr("<member '" + vm.str(vm.slot(m.Ref(), memberNameSlot)) + "' of '" + owner.Name + "' objects>"), nil
		},
	})
	vm.nativeGetter(mt, "__name__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.slot(args[0].Ref(), memberNameSlot), nil
	}, nil)
	vm.nativeGetter(mt, "__doc__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vNone, nil
	}, nil)
	vm.nativeGetter(mt, "__objclass__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.slot(args[0].Ref(), memberClassSlot), nil
	}, nil)
	vm.nativeGetter(mt, "__qualname__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		owner := vm.memberOwner(args[0])
		q := owner.Qualname
		if q == "" {
			q = owner.Name
		}
		return vm.newStr(q + "." + vm.str(vm.slot(args[0].Ref(), memberNameSlot))), nil
	}, nil)
}

// memberOwner returns the class whose __slots__ named member m.
func (vm *VM) memberOwner(m gc.Value) *Type {
	return vm.typeOfRef(vm.slot(m.Ref(), memberClassSlot).Ref())
}

// isMember reports whether v is a member descriptor.
func (vm *VM) isMember(v gc.Value) bool {
	return v.Tag() == TagObject && vm.tMember != nil && vm.typeOf(v) == vm.tMember
}

// addSlotMembers puts a member descriptor for each of names (the class's
// own __slots__, without __dict__ and __weakref__) in t's dict.
func (vm *VM) addSlotMembers(t *Type, names map[string]bool) {
	for _, n := range slices.Sorted(maps.Keys(names)) {
		if n == "__dict__" || n == "__weakref__" {
			continue
		}
		vm.putMember(t, n)
	}
}

// putMember puts a member descriptor of class t for name n in t's dict.
func (vm *VM) putMember(t *Type, n string) {
	m := vm.newInstance(vm.tMember)
	vm.setSlot(m.Ref(), memberNameSlot, vm.intern(n))
	vm.setSlot(m.Ref(), memberClassSlot, t.Value())
	vm.dictSet(t.Dict, vm.intern(n), m)
}

// mroEntry finds the first class on t's MRO whose dict holds name, and
// the value there, without lookup's skipping of descriptors the objects
// serve themselves (slotMember, valuegetset.go).
func (vm *VM) mroEntry(t *Type, name gc.Value) (*Type, gc.Value, bool) {
	for _, c := range t.MRO {
		if v, ok := vm.dictGetStr(c.Dict, name); ok {
			return c, v, true
		}
	}
	return nil, vEmpty, false
}

// slotMember finds a member descriptor for name in t's MRO, which lookup
// treats as absent (the instance's own storage holds the slot).
func (vm *VM) slotMember(t *Type, name gc.Value) (gc.Value, bool) {
	_, v, ok := vm.mroEntry(t, name)
	return v, ok && vm.isMember(v)
}

// addValueMembers puts member descriptors for the read-only data
// attributes names of builtin type t in its dict, as CPython's
// (complex.real, slice.start, range.step). The instances still serve the
// values (specialAttr); lookup skips the descriptors (valueMembers).
func (vm *VM) addValueMembers(t *Type, names ...string) {
	t.valueMembers = true
	for _, n := range names {
		vm.putMember(t, n)
	}
}
