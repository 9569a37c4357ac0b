// mod_operator.go is the native module operator: the function forms of
// the operators (each also under its dunder alias, as CPython's), and the
// callable types itemgetter, attrgetter and methodcaller with their reprs.
// Every function goes through the same generic operations the interpreter
// uses, so results and messages are the operators' own.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Fixed slots of itemgetter/attrgetter/methodcaller instances.
const (
	opgItems  = 2 // itemgetter: tuple of items; attrgetter: tuple of tuples of names; methodcaller: name
	opgArgs   = 3 // methodcaller: positional arguments tuple
	opgKw     = 4 // methodcaller: keyword arguments dict
	opgSlots  = 5
	opgModule = "operator"
)

// operatorModule fills the operator module's dict.
func (vm *VM) operatorModule(d gc.Value) {
	def := func(name string, fn bfunc, aliases ...string) {
		f := vm.newBuiltin(name, fn)
		vm.dictSet(d, vm.intern(name), f)
		for _, a := range aliases {
			vm.dictSet(d, vm.intern(a), f)
		}
	}
	dunder := func(name string) string { return "__" + strings.TrimSuffix(name, "_") + "__" }
	unary := func(name string, f func(v gc.Value) (gc.Value, error), aliases ...string) {
		def(name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.oneArg("_operator."+name, "_operator."+name, args, kw); err != nil {
				return vEmpty, err
			}
			return f(args[0])
		}, aliases...)
	}
	binary := func(name string, f func(a, b gc.Value) (gc.Value, error), aliases ...string) {
		def(name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("_operator."+name, name, args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			return f(args[0], args[1])
		}, aliases...)
	}
	arith := []struct {
		name string
		op   bytecode.Op
	}{
		{"add", bytecode.ADD}, {"sub", bytecode.SUB}, {"mul", bytecode.MUL},
		{"truediv", bytecode.TRUEDIV}, {"floordiv", bytecode.FLOORDIV},
		{"mod", bytecode.MOD}, {"pow", bytecode.POW}, {"matmul", bytecode.MATMUL},
		{"lshift", bytecode.LSHIFT}, {"rshift", bytecode.RSHIFT},
		{"and_", bytecode.BITAND}, {"or_", bytecode.BITOR}, {"xor", bytecode.BITXOR},
	}
	for _, a := range arith {
		op := a.op
		binary(a.name, func(x, y gc.Value) (gc.Value, error) { return vm.binaryOp(op, x, y) }, dunder(a.name))
		iname := "i" + strings.TrimSuffix(a.name, "_")
		binary(iname, func(x, y gc.Value) (gc.Value, error) { return vm.inplaceOp(op, x, y) }, "__"+iname+"__")
	}
	cmps := []struct {
		name string
		op   bytecode.Op
	}{
		{"lt", bytecode.LT}, {"le", bytecode.LE}, {"eq", bytecode.EQ},
		{"ne", bytecode.NE}, {"gt", bytecode.GT}, {"ge", bytecode.GE},
	}
	for _, c := range cmps {
		op := c.op
		binary(c.name, func(x, y gc.Value) (gc.Value, error) { return vm.compare(op, x, y) }, dunder(c.name))
	}
	unary("neg", func(v gc.Value) (gc.Value, error) { return vm.unaryOp(bytecode.NEG, v) }, "__neg__")
	unary("pos", func(v gc.Value) (gc.Value, error) { return vm.unaryOp(bytecode.POS, v) }, "__pos__")
	unary("invert", func(v gc.Value) (gc.Value, error) { return vm.unaryOp(bytecode.INVERT, v) }, "inv", "__invert__", "__inv__")
	unary("abs", func(v gc.Value) (gc.Value, error) {
		abs, _ := vm.dictGetStr(vm.builtins, vm.intern("abs"))
		return vm.callValue(abs, []gc.Value{v}, nil)
	}, "__abs__")
	unary("not_", func(v gc.Value) (gc.Value, error) {
		t, err := vm.truth(v)
		return gc.Bool(!t), err
	}, "__not__")
	unary("truth", func(v gc.Value) (gc.Value, error) {
		t, err := vm.truth(v)
		return gc.Bool(t), err
	})
	unary("index", func(v gc.Value) (gc.Value, error) {
		if isIntLike(v) {
			return vm.fromInt(vm.toInt(v)), nil
		}
		if v.Tag() == TagObject {
			if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok {
				r, err := vm.callValue(m, []gc.Value{v}, nil)
				if err != nil {
					return vEmpty, err
				}
				if !isIntLike(r) {
					return vEmpty, vm.raise("TypeError", "__index__ returned non-int (type %s)", vm.typeOf(r).Name)
				}
				return r, nil
			}
			if b, ok := vm.baseOf(v); ok && isIntLike(b) {
				return vm.fromInt(vm.toInt(b)), nil
			}
		}
		return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
	}, "__index__")
	binary("is_", func(x, y gc.Value) (gc.Value, error) { return gc.Bool(vm.is(x, y)), nil })
	binary("is_not", func(x, y gc.Value) (gc.Value, error) { return gc.Bool(!vm.is(x, y)), nil })
	binary("contains", func(x, y gc.Value) (gc.Value, error) {
		ok, err := vm.contains(x, y)
		return gc.Bool(ok), err
	}, "__contains__")
	binary("countOf", func(x, y gc.Value) (gc.Value, error) {
		n := 0
		err := vm.iterateOp(x, func(v gc.Value) (bool, error) {
			eq := vm.is(v, y)
			if !eq {
				var err error
				if eq, err = vm.eqBool(v, y); err != nil {
					return false, err
				}
			}
			if eq {
				n++
			}
			return true, nil
		})
		return gc.Int(int64(n)), err
	})
	binary("indexOf", func(x, y gc.Value) (gc.Value, error) {
		i, found := 0, false
		err := vm.iterateOp(x, func(v gc.Value) (bool, error) {
			eq := vm.is(v, y)
			if !eq {
				var err error
				if eq, err = vm.eqBool(v, y); err != nil {
					return false, err
				}
			}
			if eq {
				found = true
				return false, nil
			}
			i++
			return true, nil
		})
		if err != nil {
			return vEmpty, err
		}
		if !found {
			return vEmpty, vm.raise("ValueError", "sequence.index(x): x not in sequence")
		}
		return gc.Int(int64(i)), nil
	})
	binary("getitem", func(x, y gc.Value) (gc.Value, error) { return vm.getItem(x, y) }, "__getitem__")
	binary("delitem", func(x, y gc.Value) (gc.Value, error) { return vNone, vm.delItem(x, y) }, "__delitem__")
	def("setitem", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_operator.setitem", "setitem", args, kw, 3, 3); err != nil {
			return vEmpty, err
		}
		return vNone, vm.setItem(args[0], args[1], args[2])
	}, "__setitem__")
	concat := func(inplace bool) func(x, y gc.Value) (gc.Value, error) {
		return func(x, y gc.Value) (gc.Value, error) {
			if !vm.isSequence(x) {
				return vEmpty, vm.raise("TypeError", "'%s' object can't be concatenated", vm.typeOf(x).Name)
			}
			if inplace {
				return vm.inplaceOp(bytecode.ADD, x, y)
			}
			return vm.binaryOp(bytecode.ADD, x, y)
		}
	}
	binary("concat", concat(false), "__concat__")
	binary("iconcat", concat(true), "__iconcat__")
	def("length_hint", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_operator.length_hint", "length_hint", args, kw, 1, 2); err != nil {
			return vEmpty, err
		}
		def := 0
		if len(args) == 2 {
			if !isIntLike(args[1]) {
				return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(args[1]).Name)
			}
			var err error
			if def, err = vm.ssize(args[1]); err != nil {
				return vEmpty, err
			}
		}
		n, err := vm.lengthHint(args[0], def)
		return gc.Int(int64(n)), err
	})
	def("call", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args)-len(kw) < 1 {
			return vEmpty, vm.raise("TypeError", "call() missing 1 required positional argument: 'obj'")
		}
		return vm.callValue(args[0], args[1:], kw)
	}, "__call__")
	vm.operatorTypes(d)
}

// isSequence reports whether v supports the sequence protocol (concat).
func (vm *VM) isSequence(v gc.Value) bool {
	switch v.Tag() {
	case TagList, TagTuple, TagStr, TagBytes, TagRange:
		return true
	case TagDict, TagSet, TagFrozenset:
		return false
	case TagObject:
		if b, ok := vm.baseOf(v); ok {
			return vm.isSequence(b)
		}
		_, ok := vm.lookupS(vm.typeOf(v), "__getitem__")
		return ok
	}
	return v.Tag() == TagByteArray
}

// iterateOp iterates for countOf/indexOf with CPython's message for a
// non-iterable.
func (vm *VM) iterateOp(v gc.Value, f func(x gc.Value) (bool, error)) error {
	if _, err := vm.getIter(v); err != nil {
		if vm.isExcType(vm.exc, "TypeError") {
			vm.exc = vEmpty
			return vm.raise("TypeError", "argument of type '%s' is not iterable", vm.typeOf(v).Name)
		}
		return err
	}
	return vm.iterate(v, f)
}

// lengthHint is operator.length_hint: len() when defined, else the
// iterator's remaining length, else __length_hint__, else def.
func (vm *VM) lengthHint(v gc.Value, def int) (int, error) {
	switch v.Tag() {
	case TagIter:
		r := v.Ref()
		switch vm.kindOf(r) {
		case kindListIter, kindTupleIter:
			seq := vm.slot(r, 0)
			if seq.IsEmpty() {
				return 0, nil
			}
			return max(0, len(vm.seqItems(seq))-int(vm.rawU64(r, 1, 0))), nil
		case kindRangeIter:
			cur, stop, step := int64(vm.rawU64(r, 0, 0)), int64(vm.rawU64(r, 0, 1)), int64(vm.rawU64(r, 0, 2))
			n, _ := vm.rangeLen(vm.newRange(cur, stop, step))
			return int(n), nil
		case kindDequeIter, kindDequeRevIter:
			return int(vm.rawU64(r, 1, 2)), nil
		case kindRepeat:
			if n := vm.slot(r, 1); n.Tag() == gc.TagInt {
				return int(n.Int()), nil
			}
		}
	case TagObject:
		t := vm.typeOf(v)
		if _, ok := vm.lookupS(t, "__len__"); ok {
			return vm.length(v)
		}
		if m, ok := vm.lookupS(t, "__length_hint__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			if r.Tag() == TagNotImpl {
				return def, nil
			}
			if !isIntLike(r) {
				return 0, vm.raise("TypeError", "__length_hint__ must be an integer, not %s", vm.typeOf(r).Name)
			}
			n, err := vm.ssize(r)
			if err == nil && n < 0 {
				return 0, vm.raise("ValueError", "__length_hint__() should return >= 0")
			}
			return n, err
		}
		if b, ok := vm.baseOf(v); ok {
			return vm.length(b)
		}
		return def, nil
	default:
		if n, err := vm.length(v); err == nil {
			return n, nil
		}
		vm.exc = vEmpty
	}
	return def, nil
}

// operatorTypes declares itemgetter, attrgetter and methodcaller.
func (vm *VM) operatorTypes(d gc.Value) {
	mk := func(name string, init, call, repr bfunc) {
		t := vm.newNativeType(opgModule, name, nil, TagObject, 0)
		t.nslots = opgSlots
		t.noSubcls = true
		t.restricted = true
		t.attrCap = 1
		vm.nativeMethods(t, name, map[string]bfunc{"__init__": init, "__call__": call, "__repr__": repr})
		vm.dictSet(d, vm.intern(name), t.Value())
	}
	callArg := func(name string, args []gc.Value, kw []string) error {
		if len(kw) > 0 {
			return vm.raise("TypeError", "%s() takes no keyword arguments", name)
		}
		if len(args) != 2 {
			return vm.raise("TypeError", "%s expected 1 argument, got %d", name, len(args)-1)
		}
		return nil
	}
	mk("itemgetter", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "itemgetter() takes no keyword arguments")
		}
		if len(args) < 2 {
			return vEmpty, vm.raise("TypeError", "itemgetter expected 1 argument, got 0")
		}
		vm.setSlot(args[0].Ref(), opgItems, vm.newTuple(args[1:]))
		return vNone, nil
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := callArg("itemgetter", args, kw); err != nil {
			return vEmpty, err
		}
		items := append([]gc.Value(nil), vm.tupleItems(vm.slot(args[0].Ref(), opgItems))...)
		if len(items) == 1 {
			return vm.getItem(args[1], items[0])
		}
		out := make([]gc.Value, len(items))
		for i, it := range items {
			v, err := vm.getItem(args[1], it)
			if err != nil {
				return vEmpty, err
			}
			out[i] = v
		}
		return vm.newTuple(out), nil
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.opgRepr(args[0], "operator.itemgetter", vm.tupleItems(vm.slot(args[0].Ref(), opgItems)), vEmpty)
	})
	mk("attrgetter", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "attrgetter() takes no keyword arguments")
		}
		if len(args) < 2 {
			return vEmpty, vm.raise("TypeError", "attrgetter expected 1 argument, got 0")
		}
		for _, a := range args[1:] {
			if a.Tag() != TagStr {
				return vEmpty, vm.raise("TypeError", "attribute name must be a string")
			}
		}
		vm.setSlot(args[0].Ref(), opgItems, vm.newTuple(args[1:]))
		return vNone, nil
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := callArg("attrgetter", args, kw); err != nil {
			return vEmpty, err
		}
		names := append([]gc.Value(nil), vm.tupleItems(vm.slot(args[0].Ref(), opgItems))...)
		out := make([]gc.Value, len(names))
		for i, n := range names {
			v := args[1]
			for _, part := range strings.Split(vm.str(n), ".") {
				var err error
				if v, err = vm.getAttr(v, vm.intern(part)); err != nil {
					return vEmpty, err
				}
			}
			out[i] = v
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return vm.newTuple(out), nil
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.opgRepr(args[0], "operator.attrgetter", vm.tupleItems(vm.slot(args[0].Ref(), opgItems)), vEmpty)
	})
	mk("methodcaller", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		npos := len(args) - len(kw)
		if npos < 2 {
			return vEmpty, vm.raise("TypeError", "methodcaller needs at least one argument, the method name")
		}
		if args[1].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "method name must be a string")
		}
		r := args[0].Ref()
		vm.setSlot(r, opgItems, vm.intern(vm.str(args[1])))
		vm.setSlot(r, opgArgs, vm.newTuple(args[2:npos]))
		kwd := vm.newDict()
		for i, k := range kw {
			vm.dictSet(kwd, vm.intern(k), args[npos+i])
		}
		vm.setSlot(r, opgKw, kwd)
		return vNone, nil
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := callArg("methodcaller", args, kw); err != nil {
			return vEmpty, err
		}
		r := args[0].Ref()
		m, err := vm.getAttr(args[1], vm.slot(r, opgItems))
		if err != nil {
			return vEmpty, err
		}
		call := append([]gc.Value(nil), vm.tupleItems(vm.slot(r, opgArgs))...)
		var names []string
		vm.dictEach(vm.slot(r, opgKw), func(k, v gc.Value) bool {
			names = append(names, vm.str(k))
			call = append(call, v)
			return true
		})
		return vm.callValue(m, call, names)
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		r := args[0].Ref()
		items := append([]gc.Value{vm.slot(r, opgItems)}, vm.tupleItems(vm.slot(r, opgArgs))...)
		return vm.opgRepr(args[0], "operator.methodcaller", items, vm.slot(r, opgKw))
	})
}

// opgRepr formats name(item, ..., k=v, ...), "name(...)" when recursive.
func (vm *VM) opgRepr(self gc.Value, name string, items []gc.Value, kwd gc.Value) (gc.Value, error) {
	if vm.reprActive == nil {
		vm.reprActive = map[gc.Value]bool{}
	}
	if vm.reprActive[self] {
		return vm.newStr(name + "(...)"), nil
	}
	vm.reprActive[self] = true
	defer delete(vm.reprActive, self)
	parts := make([]string, 0, len(items))
	for _, it := range items {
		s, err := vm.reprOf(it)
		if err != nil {
			return vEmpty, err
		}
		parts = append(parts, s)
	}
	if !kwd.IsEmpty() {
		var err error
		vm.dictEach(kwd, func(k, v gc.Value) bool {
			var s string
			if s, err = vm.reprOf(v); err != nil {
				return false
			}
			parts = append(parts, vm.str(k)+"="+s)
			return true
		})
		if err != nil {
			return vEmpty, err
		}
	}
	return vm.newStr(name + "(" + strings.Join(parts, ", ") + ")"), nil
}
