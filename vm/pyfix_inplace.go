// pyfix_inplace.go holds the augmented assignments that CPython's mutable
// containers do in place: list *= n, and +=, *=, |=, &=, -=, ^= on
// instances of subclasses of list, set, dict and bytearray, which edit the
// builtin value inside the instance and keep the instance (and its class).

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// containerInplace performs `a op= b` in place when a is a list (for *=)
// or an instance of a subclass of list, set, dict or bytearray; ok is false
// when the generic path must handle it.
func (vm *VM) containerInplace(op bytecode.Op, a, b gc.Value) (gc.Value, bool, error) {
	if a.Tag() == TagList {
		if op == bytecode.MUL && b.Tag() != TagObject {
			return vm.listInplaceRepeat(a, a, b)
		}
		return vEmpty, false, nil
	}
	base, ok := vm.baseOf(a)
	if !ok {
		return vEmpty, false, nil
	}
	switch base.Tag() {
	case TagList:
		switch op {
		case bytecode.ADD:
			return a, true, vm.listExtend(base, b)
		case bytecode.MUL:
			if b.Tag() != TagObject {
				return vm.listInplaceRepeat(a, base, b)
			}
		}
	case TagSet:
		done, err := vm.setInplace(op, base, vm.unwrap(b))
		if done || err != nil {
			return a, true, err
		}
	case TagDict:
		if op == bytecode.BITOR {
			return a, true, vm.dictUpdate(base, b)
		}
	case TagByteArray:
		if op == bytecode.ADD {
			if _, ok := vm.bytesLike(b); !ok && b.Tag() != TagObject {
				return vEmpty, true, vm.raise("TypeError", "can't concat %s to %s", vm.typeOf(b).Name, vm.typeOf(a).Name)
			}
		}
		if _, done, err := vm.byteArrayInplace(op, base, b); done || err != nil {
			return a, true, err
		}
	}
	return vEmpty, false, nil
}

// listInplaceRepeat is list.__imul__ for a non-instance n: the items of
// the list l (the builtin value of a) repeated n times, in l; a is the
// result.
func (vm *VM) listInplaceRepeat(a, l, n gc.Value) (gc.Value, bool, error) {
	r, err := vm.binaryOp(bytecode.MUL, l, n)
	if err != nil {
		return vEmpty, true, err
	}
	if r.Tag() != TagList {
		return r, true, nil
	}
	items := append([]gc.Value(nil), vm.listItems(r)...)
	vm.listSetLen(l, 0)
	for _, it := range items {
		vm.listAppend(l, it)
	}
	return a, true, nil
}
