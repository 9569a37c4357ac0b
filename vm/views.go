// views.go holds the dict views' own behaviour: their three types
// (dict_keys, dict_values, dict_items: one heap layout, TagDictView, whose
// raw word says which), membership, the set operators and comparisons of
// keys and items views (which act as sets, as CPython's dictviews_* do),
// isdisjoint and mapping.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Which view a TagDictView is (its raw word 0).
const (
	viewKeys   = 0
	viewValues = 1
	viewItems  = 2
)

// initViewTypes makes the three view types and their methods.
func (vm *VM) initViewTypes() {
	for i, name := range []string{"dict_keys", "dict_values", "dict_items"} {
		t := vm.newType(name, []*Type{vm.tObject}, TagDictView)
		vm.viewTypes[i] = t
		vm.nativeGetter(t, "mapping", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.slot(args[0].Ref(), 0), nil
		}, nil)
		if i == viewValues {
			continue
		}
		vm.methods(t, map[string]bfunc{
			"isdisjoint": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if err := vm.oneArg(name+".isdisjoint", name+".isdisjoint", args[1:], kw); err != nil {
					return vEmpty, err
				}
				disjoint := true
				err := vm.iterate(args[1], func(x gc.Value) (bool, error) {
					in, err := vm.viewContains(args[0], x)
					if in {
						disjoint = false
					}
					return err == nil && !in, err
				})
				return gc.Bool(disjoint), err
			},
		})
	}
}

// viewKind returns which view v is, or -1 when v is not a view.
func (vm *VM) viewKind(v gc.Value) int {
	if v.Tag() != TagDictView {
		return -1
	}
	return int(vm.rawU64(v.Ref(), 1, 0))
}

// isSetView reports whether v is a keys or items view (set-like).
func (vm *VM) isSetView(v gc.Value) bool {
	k := vm.viewKind(v)
	return k == viewKeys || k == viewItems
}

// viewContains implements x in view.
func (vm *VM) viewContains(view, x gc.Value) (bool, error) {
	d := vm.slot(view.Ref(), 0)
	switch vm.viewKind(view) {
	case viewKeys:
		_, ok, err := vm.dictGet(d, x)
		return ok, err
	case viewItems:
		if x.Tag() != TagTuple || len(vm.tupleItems(x)) != 2 {
			return false, nil
		}
		kv := vm.tupleItems(x)
		key, val := kv[0], kv[1]
		got, ok, err := vm.dictGet(d, key)
		if err != nil || !ok {
			return false, err
		}
		if vm.is(got, val) {
			return true, nil
		}
		return vm.eqBool(got, val)
	}
	found := false
	err := vm.iterate(view, func(v gc.Value) (bool, error) {
		eq, err := vm.eqBool(v, x)
		found = eq
		return err == nil && !eq, err
	})
	return found, err
}

// viewBinaryOp implements & | - ^ when an operand is a keys or items
// view: the result is a set, as CPython's dictviews_and and friends.
func (vm *VM) viewBinaryOp(op bytecode.Op, a, b gc.Value) (gc.Value, bool, error) {
	switch op {
	case bytecode.BITAND, bytecode.BITOR, bytecode.SUB, bytecode.BITXOR:
	default:
		return vEmpty, false, nil
	}
	if !vm.isSetView(a) && !vm.isSetView(b) {
		return vEmpty, false, nil
	}
	if op == bytecode.BITAND {
		r, err := vm.viewIntersect(a, b)
		return r, true, err
	}
	// The operands keep their order: set(a) op b, whichever is the view
	// (a set or iterable on the left gives way to the view's reflected
	// operator, which CPython implements with the same function).
	out := vm.newDictTag(TagSet, 4)
	if err := vm.setUpdate(out, a); err != nil {
		return vEmpty, true, err
	}
	var err error
	switch op {
	case bytecode.BITOR:
		err = vm.setUpdate(out, b)
	case bytecode.SUB:
		err = vm.setDifferenceUpdate(out, b)
	case bytecode.BITXOR:
		err = vm.setSymmetricDifferenceUpdate(out, b)
	}
	return out, true, err
}

// viewIntersect is _PyDictView_Intersect: self is a view; a larger set
// other uses set.intersection; otherwise other's items in self.
func (vm *VM) viewIntersect(self, other gc.Value) (gc.Value, error) {
	if !vm.isSetView(self) {
		self, other = other, self
	}
	lenSelf := vm.dictLen(vm.slot(self.Ref(), 0))
	if other.Tag() == TagSet && lenSelf <= vm.dictLen(other) {
		return vm.setIntersection(other, self)
	}
	if vm.isSetView(other) && vm.dictLen(vm.slot(other.Ref(), 0)) > lenSelf {
		self, other = other, self
	}
	out := vm.newDictTag(TagSet, 4)
	it, err := vm.getIter(other)
	if err != nil {
		return vEmpty, err
	}
	for {
		x, ok, err := vm.next(it)
		if err != nil || !ok {
			return out, err
		}
		in, err := vm.viewContains(self, x)
		if err != nil {
			return vEmpty, err
		}
		if in {
			if err := vm.dictSet(out, x, vNone); err != nil {
				return vEmpty, err
			}
		}
	}
}

// viewCompare implements the comparisons of a keys or items view with a
// set or another such view (subset order); ok is false otherwise.
func (vm *VM) viewCompare(op bytecode.Op, a, b gc.Value) (gc.Value, bool, error) {
	setLike := func(v gc.Value) bool { return isSetTag(v.Tag()) || vm.isSetView(v) }
	if !(vm.isSetView(a) || vm.isSetView(b)) || !setLike(a) || !setLike(b) {
		return vEmpty, false, nil
	}
	size := func(v gc.Value) int {
		if v.Tag() == TagDictView {
			return vm.dictLen(vm.slot(v.Ref(), 0))
		}
		return vm.dictLen(v)
	}
	within := func(x, y gc.Value) (bool, error) {
		all := true
		err := vm.iterate(x, func(v gc.Value) (bool, error) {
			var in bool
			var err error
			if y.Tag() == TagDictView {
				in, err = vm.viewContains(y, v)
			} else {
				_, in, err = vm.dictGet(y, v)
			}
			all = in
			return err == nil && in, err
		})
		return all, err
	}
	la, lb := size(a), size(b)
	var r bool
	var err error
	switch op {
	case bytecode.EQ, bytecode.NE:
		r = la == lb
		if r {
			r, err = within(a, b)
		}
		if op == bytecode.NE {
			r = !r
		}
	case bytecode.LT:
		r = la < lb
		if r {
			r, err = within(a, b)
		}
	case bytecode.LE:
		r = la <= lb
		if r {
			r, err = within(a, b)
		}
	case bytecode.GT:
		r = la > lb
		if r {
			r, err = within(b, a)
		}
	case bytecode.GE:
		r = la >= lb
		if r {
			r, err = within(b, a)
		}
	}
	return gc.Bool(r), true, err
}
