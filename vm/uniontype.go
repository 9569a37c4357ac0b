// uniontype.go holds types.UnionType, the value of `X | Y` between types
// (PEP 604): `int | None`, `list[int] | str`. type and types.GenericAlias
// get __or__/__ror__ that build one; isinstance and issubclass accept one
// as their second argument (builtins.go asks isUnion). The rules are
// CPython 3.11's unionobject.c: only None, classes, generic aliases and
// unions combine; nested unions are flattened; duplicates are dropped
// (classes by identity, generic aliases by equality); a union of one
// argument is that argument.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// unionType returns the types.UnionType type, made on first use.
func (vm *VM) unionType() *Type {
	if vm.tUnionType != nil {
		return vm.tUnionType
	}
	t := vm.newNativeType("types", "UnionType", nil, TagObject, 0)
	vm.tUnionType = t
	vm.nativeMethods(t, "UnionType", map[string]bfunc{
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s, err := vm.unionRepr(args[0])
			return vm.newStr(s), err
		},
		"__or__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.unionOr(args[0], args[1])
		},
		"__ror__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.unionOr(args[1], args[0])
		},
		"__eq__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if !vm.isUnion(args[1]) {
				return vNotImpl, nil
			}
			a, err := vm.newFrozensetFrom(vm.unionArgs(args[0]))
			if err != nil {
				return vEmpty, err
			}
			b, err := vm.newFrozensetFrom(vm.unionArgs(args[1]))
			if err != nil {
				return vEmpty, err
			}
			eq, err := vm.eqBool(a, b)
			return gc.Bool(eq), err
		},
		"__hash__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s, err := vm.newFrozensetFrom(vm.unionArgs(args[0]))
			if err != nil {
				return vEmpty, err
			}
			h, err := vm.hash(s)
			return gc.Int(h), err
		},
	})
	return t
}

// newFrozensetFrom makes a frozenset of items.
func (vm *VM) newFrozensetFrom(items []gc.Value) (gc.Value, error) {
	return vm.callValue(vm.tFrozenset.Value(), []gc.Value{vm.newTuple(items)}, nil)
}

// isUnion reports whether v is a types.UnionType instance.
func (vm *VM) isUnion(v gc.Value) bool {
	return vm.tUnionType != nil && v.Tag() == TagObject && vm.typeOf(v) == vm.tUnionType
}

// isGenericAlias reports whether v is a types.GenericAlias instance.
func (vm *VM) isGenericAlias(v gc.Value) bool {
	return vm.tGenericAlias != nil && v.Tag() == TagObject && vm.typeOf(v) == vm.tGenericAlias
}

// unionArgs returns a union's __args__ items.
func (vm *VM) unionArgs(u gc.Value) []gc.Value {
	a, _ := vm.instGet(u, vm.intern("__args__"))
	if a.Tag() != TagTuple {
		return nil
	}
	return vm.tupleItems(a)
}

// unionable reports whether v may be an operand of a type union.
func (vm *VM) unionable(v gc.Value) bool {
	if v.Tag() == gc.TagNone || vm.isUnion(v) || vm.isGenericAlias(v) {
		return true
	}
	_, ok := vm.asType(v)
	return ok
}

// unionOr is a | b for union operands, NotImplemented for others.
func (vm *VM) unionOr(a, b gc.Value) (gc.Value, error) {
	if !vm.unionable(a) || !vm.unionable(b) {
		return vNotImpl, nil
	}
	var args []gc.Value
	add := func(x gc.Value) error {
		if x.Tag() == gc.TagNone {
			x = vm.typeOf(vNone).Value()
		}
		for _, y := range args {
			if x == y {
				return nil
			}
			if vm.isGenericAlias(x) && vm.isGenericAlias(y) {
				eq, err := vm.eqBool(x, y)
				if err != nil || eq {
					return err
				}
			}
		}
		args = append(args, x)
		return nil
	}
	for _, v := range []gc.Value{a, b} {
		parts := []gc.Value{v}
		if vm.isUnion(v) {
			parts = vm.unionArgs(v)
		}
		for _, p := range parts {
			if err := add(p); err != nil {
				return vEmpty, err
			}
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	u := vm.newInstance(vm.unionType())
	if err := vm.instSet(u, vm.intern("__args__"), vm.newTuple(args)); err != nil {
		return vEmpty, err
	}
	if err := vm.instSet(u, vm.intern("__parameters__"), vm.emptyTuple); err != nil {
		return vEmpty, err
	}
	return u, nil
}

// unionRepr formats a union as CPython: `int | list[str] | None`.
func (vm *VM) unionRepr(u gc.Value) (string, error) {
	noneType := vm.typeOf(vNone)
	var parts []string
	for _, x := range vm.unionArgs(u) {
		if t, ok := vm.asType(x); ok {
			if t == noneType {
				parts = append(parts, "None")
				continue
			}
			q := t.qualname()
			if t.Module != "builtins" {
				q = t.Module + "." + q
			}
			parts = append(parts, q)
			continue
		}
		s, err := vm.reprOf(x)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | "), nil
}

// initUnionOps gives type its __or__ and __ror__ (called by initMetaType).
func (vm *VM) initUnionOps() {
	vm.methods(vm.tType, map[string]bfunc{
		"__or__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "expected 1 argument, got %d", len(args)-1)
			}
			return vm.unionOr(args[0], args[1])
		},
		"__ror__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "expected 1 argument, got %d", len(args)-1)
			}
			return vm.unionOr(args[1], args[0])
		},
	})
}

// unionCheck answers isinstance/issubclass (check) against each member of
// union u in order; reaching a parameterized generic member is an error,
// as in CPython.
func (vm *VM) unionCheck(u gc.Value, fname string, check func(gc.Value) (bool, error)) (bool, error) {
	for _, x := range vm.unionArgs(u) {
		if vm.isGenericAlias(x) {
			return false, vm.raise("TypeError", "%s() argument 2 cannot be a parameterized generic", fname)
		}
		ok, err := check(x)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}
