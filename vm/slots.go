// slots.go exposes the special methods of the builtin types as attributes
// (CPython's "slot wrappers"): int.__add__, (1).__add__, [].__setitem__,
// dict.__getitem__, object.__lt__, super().__setitem__(k, v) in a dict
// subclass... One table says which builtin type has which special method;
// one generic implementation per method name computes it through the
// interpreter's own operations (binaryOp, compare, getItem...) on the
// builtin values, so explicit calls behave as the operators do.
//
// The wrappers live in the types' dicts (dir(), vars(), hasattr and super
// see them) but the generic operations never call them: lookupS skips
// them, so an operator on a builtin value or on an instance of a subclass
// that does not override the method keeps its fast path. docs/vm.md
// ("Slot wrappers") explains the choice.

package vm

import (
	"math"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// slotFamily says which operand types a builtin type's binary operators
// and comparisons accept (others give NotImplemented, as CPython's).
type slotFamily int

const (
	famObject slotFamily = iota
	famInt
	famFloat
	famComplex
	famStr
	famBytes
	famList
	famTuple
	famDict
	famSet
	famRange
	famSlice
	famNone
	famView
)

// slotTable lists the special methods exposed on each builtin type.
var slotTable = []struct {
	typ   string
	fam   slotFamily
	names string
}{
	{"object", famObject, "__lt__ __le__ __gt__ __ge__ __delattr__"},
	{"int", famInt, "__repr__ __hash__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ __float__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __str__"},
	{"bool", famInt, "__repr__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __str__"},
	{"float", famFloat, "__repr__ __hash__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __int__ __float__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __str__"},
	{"complex", famComplex, "__repr__ __hash__ __eq__ __ne__ __add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __truediv__ __rtruediv__"},
	{"str", famStr, "__repr__ __hash__ __str__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __mod__ __rmod__ __len__ __getitem__ __add__ __mul__ __rmul__ __contains__"},
	{"bytes", famBytes, "__repr__ __hash__ __str__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __mod__ __rmod__ __len__ __getitem__ __add__ __mul__ __rmul__ __contains__"},
	{"bytearray", famBytes, "__repr__ __str__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __mod__ __rmod__ __len__ __getitem__ __setitem__ __delitem__ __add__ __mul__ __rmul__ __contains__ __iadd__ __imul__"},
	{"list", famList, "__repr__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __len__ __getitem__ __setitem__ __delitem__ __add__ __mul__ __rmul__ __contains__ __iadd__ __imul__ __reversed__"},
	{"tuple", famTuple, "__repr__ __hash__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __len__ __getitem__ __add__ __mul__ __rmul__ __contains__"},
	{"dict", famDict, "__repr__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __or__ __ror__ __ior__ __len__ __getitem__ __setitem__ __delitem__ __contains__ __reversed__"},
	{"set", famSet, "__repr__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __sub__ __rsub__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __isub__ __iand__ __ixor__ __ior__ __len__ __contains__"},
	{"frozenset", famSet, "__repr__ __hash__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __sub__ __rsub__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __len__ __contains__"},
	{"range", famRange, "__repr__ __hash__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __bool__ __len__ __getitem__ __contains__ __reversed__"},
	{"slice", famSlice, "__repr__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__"},
	{"NoneType", famNone, "__repr__ __bool__"},
	{"dict_keys", famView, "__repr__ __iter__ __len__ __contains__ __reversed__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __sub__ __rsub__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__"},
	{"dict_values", famView, "__repr__ __iter__ __len__ __reversed__"},
	{"dict_items", famView, "__repr__ __iter__ __len__ __contains__ __reversed__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __sub__ __rsub__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__"},
}

// cmpOps maps comparison dunders to their opcodes.
var cmpOps = map[string]bytecode.Op{
	"__lt__": bytecode.LT, "__le__": bytecode.LE, "__gt__": bytecode.GT,
	"__ge__": bytecode.GE, "__eq__": bytecode.EQ, "__ne__": bytecode.NE,
}

// binOps maps binary-operator dunders (plain, reflected, in-place) to
// their opcodes.
var binOps = func() map[string]struct {
	op   bytecode.Op
	kind byte // 'n' plain, 'r' reflected, 'i' in-place
} {
	m := map[string]struct {
		op   bytecode.Op
		kind byte
	}{}
	for op, info := range opInfo {
		m[info.name] = struct {
			op   bytecode.Op
			kind byte
		}{op, 'n'}
		m[info.rname] = struct {
			op   bytecode.Op
			kind byte
		}{op, 'r'}
		m[info.iname] = struct {
			op   bytecode.Op
			kind byte
		}{op, 'i'}
	}
	return m
}()

// slotArity gives the number of arguments (after self) of a wrapper:
// lo..hi.
func slotArity(name string) (int, int) {
	switch name {
	case "__setitem__":
		return 2, 2
	case "__pow__", "__rpow__":
		return 1, 2
	case "__repr__", "__str__", "__hash__", "__len__", "__iter__", "__bool__", "__neg__", "__pos__",
		"__abs__", "__invert__", "__int__", "__float__", "__reversed__":
		return 0, 0
	}
	return 1, 1
}

// initSlots installs the slot wrappers of slotTable on the builtin types.
// A name the type already defines (list.__init__, object.__eq__...) keeps
// its existing method.
func (vm *VM) initSlots() {
	vm.initRangeMethods()
	vm.initViewTypes()
	vm.initSliceMethods()
	byName := map[string]*Type{}
	for _, t := range vm.types {
		if t.Module == "builtins" {
			if _, dup := byName[t.Name]; !dup {
				byName[t.Name] = t
			}
		}
	}
	for _, row := range slotTable {
		t := byName[row.typ]
		if t == nil {
			continue
		}
		for _, name := range strings.Fields(row.names) {
			key := vm.intern(name)
			if _, ok := vm.dictGetStr(t.Dict, key); ok {
				continue
			}
			r := vm.alloc(kindBuiltin, 1, 0)
			vm.heap.SetSide(r, &builtinFn{name: t.Name + "." + name, fn: vm.slotFunc(t, row.fam, name), owner: t, slot: true})
			vm.dictSet(t.Dict, key, mkref(TagBuiltin, r))
		}
	}
	vm.initNumberGetters()
	vm.applyArgSpecs()
	// The unhashable builtin types say so in their dicts, as CPython's.
	for _, n := range []string{"list", "dict", "set", "bytearray", "slice"} {
		if t := byName[n]; t != nil {
			vm.dictSet(t.Dict, vm.intern("__hash__"), vNone)
		}
	}
}

// slotFunc returns the implementation of the special method name of type
// t. The function receives self unconverted (callValue does not unwrap
// builtin-subclass instances for wrappers) and checks it.
func (vm *VM) slotFunc(t *Type, fam slotFamily, name string) bfunc {
	lo, hi := slotArity(name)
	impl := vm.slotImpl(t, fam, name)
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args)-len(kw) == 0 {
			return vEmpty, vm.raise("TypeError", "descriptor '%s' of '%s' object needs an argument", name, t.Name)
		}
		self := args[0]
		if !vm.isInstance(self, t) {
			return vEmpty, vm.raise("TypeError", "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, vm.typeOf(self).Name)
		}
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "wrapper %s() takes no keyword arguments", name)
		}
		rest := args[1:]
		if n := len(rest); n < lo || n > hi {
			if name == "__getitem__" && (t == vm.tDict || t == vm.tList) {
				// METH_O methods in CPython, not slot wrappers.
				return vEmpty, vm.raise("TypeError", "%s.__getitem__() takes exactly one argument (%d given)", t.Name, n)
			}
			if lo == hi {
				return vEmpty, vm.raise("TypeError", "expected %d argument%s, got %d", lo, plural(lo), n)
			}
			if n < lo {
				return vEmpty, vm.raise("TypeError", "expected at least %d argument%s, got %d", lo, plural(lo), n)
			}
			// CPython's ternary wrappers print a leading space here.
			return vEmpty, vm.raise("TypeError", " expected at most %d argument%s, got %d", hi, plural(hi), n)
		}
		return impl(self, rest)
	}
}

// slotAccepts reports whether the builtin operators of family fam apply
// to the (unwrapped) operand o.
func (vm *VM) slotAccepts(fam slotFamily, o gc.Value) bool {
	switch fam {
	case famInt:
		return isIntLike(o)
	case famFloat:
		return isIntLike(o) || o.Tag() == gc.TagFloat
	case famComplex:
		return isIntLike(o) || o.Tag() == gc.TagFloat || o.Tag() == TagComplex
	case famStr:
		return o.Tag() == TagStr
	case famBytes:
		return isBytesTag(o.Tag())
	case famList:
		return o.Tag() == TagList
	case famTuple:
		return o.Tag() == TagTuple
	case famDict:
		return o.Tag() == TagDict
	case famSet:
		return isSetTag(o.Tag())
	case famRange:
		return o.Tag() == TagRange
	case famSlice:
		return o.Tag() == TagSlice
	case famView:
		return isSetTag(o.Tag()) || o.Tag() == TagDictView
	}
	return false
}

// isSeqFamily reports whether fam's + and * are sequence concatenation and
// repetition (which raise TypeError rather than return NotImplemented).
func isSeqFamily(fam slotFamily) bool {
	switch fam {
	case famStr, famBytes, famList, famTuple:
		return true
	}
	return false
}

// slotImpl is the body of one wrapper: self is an instance of t.
func (vm *VM) slotImpl(t *Type, fam slotFamily, name string) func(self gc.Value, args []gc.Value) (gc.Value, error) {
	if op, ok := cmpOps[name]; ok {
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			if fam == famObject {
				switch op {
				case bytecode.EQ:
					if vm.is(self, args[0]) {
						return vTrue, nil
					}
				case bytecode.NE:
					r, err := vm.compare(bytecode.EQ, self, args[0])
					if err != nil || r.Tag() == TagNotImpl {
						return r, err
					}
					b, err := vm.truth(r)
					return gc.Bool(!b), err
				}
				return vNotImpl, nil
			}
			s, o := vm.unwrap(self), vm.unwrap(args[0])
			if !vm.slotAccepts(fam, o) {
				return vNotImpl, nil
			}
			if (fam == famDict || fam == famRange || fam == famComplex) && op != bytecode.EQ && op != bytecode.NE {
				return vNotImpl, nil
			}
			return vm.compare(op, s, o)
		}
	}
	if b, ok := binOps[name]; ok {
		f := vm.binarySlot(fam, name, b.op, b.kind)
		if t == vm.tInt {
			// int's own wrapper computes int's result for bools:
			// int.__and__(True, True) is 1, where bool's is True.
			return func(self gc.Value, args []gc.Value) (gc.Value, error) {
				if self.Tag() == gc.TagBool {
					self = gc.Int(int64(self.Bits()))
				}
				if len(args) > 0 && args[0].Tag() == gc.TagBool {
					args = append([]gc.Value{gc.Int(int64(args[0].Bits()))}, args[1:]...)
				}
				return f(self, args)
			}
		}
		return f
	}
	switch name {
	case "__divmod__", "__rdivmod__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			s, o := vm.unwrap(self), vm.unwrap(args[0])
			if !vm.slotAccepts(fam, o) {
				return vNotImpl, nil
			}
			if name == "__rdivmod__" {
				s, o = o, s
			}
			return vm.callBuiltinNamed("divmod", s, o)
		}
	case "__neg__", "__pos__", "__invert__":
		op := map[string]bytecode.Op{"__neg__": bytecode.NEG, "__pos__": bytecode.POS, "__invert__": bytecode.INVERT}[name]
		return func(self gc.Value, args []gc.Value) (gc.Value, error) { return vm.unaryOp(op, vm.unwrap(self)) }
	case "__abs__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			return vm.callBuiltinNamed("abs", vm.unwrap(self))
		}
	case "__bool__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			b, err := vm.truth(vm.unwrap(self))
			return gc.Bool(b), err
		}
	case "__int__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) { return vm.toIntValue(vm.unwrap(self)) }
	case "__float__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			return ctorFloat(vm, vm.tFloat, []gc.Value{vm.unwrap(self)}, nil)
		}
	case "__repr__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			s, err := vm.reprOf(vm.unwrap(self))
			return vm.newStr(s), err
		}
	case "__str__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			s, err := vm.strOf(vm.unwrap(self))
			return vm.newStr(s), err
		}
	case "__hash__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			h, err := vm.hash(vm.unwrap(self))
			return gc.Int(h), err
		}
	case "__len__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			n, err := vm.length(vm.unwrap(self))
			return gc.Int(int64(n)), err
		}
	case "__iter__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) { return vm.getIter(vm.unwrap(self)) }
	case "__reversed__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			return vm.callValue(vm.iterTypes[kindReversed].Value(), []gc.Value{vm.unwrap(self)}, nil)
		}
	case "__contains__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			b, err := vm.contains(vm.unwrap(self), args[0])
			return gc.Bool(b), err
		}
	case "__getitem__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			s := vm.unwrap(self)
			if s.Tag() == TagDict && self.Tag() == TagObject {
				// A dict subclass's __missing__ applies, as in
				// dict.__getitem__ (not the subclass's own __getitem__).
				v, ok, err := vm.dictGet(s, args[0])
				if err != nil || ok {
					return v, err
				}
				if m, ok := vm.lookupS(vm.typeOf(self), "__missing__"); ok {
					return vm.callValue(m, []gc.Value{self, args[0]}, nil)
				}
				return vEmpty, vm.raiseValue(vm.newExc("KeyError", args[0]), vEmpty)
			}
			return vm.getItem(s, args[0])
		}
	case "__setitem__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			return vNone, vm.setItem(vm.unwrap(self), args[0], args[1])
		}
	case "__delitem__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			return vNone, vm.delItem(vm.unwrap(self), args[0])
		}
	case "__delattr__":
		return func(self gc.Value, args []gc.Value) (gc.Value, error) {
			if args[0].Tag() != TagStr {
				return vEmpty, vm.raise("TypeError", "attribute name must be string, not '%s'", vm.typeOf(args[0]).Name)
			}
			return vNone, vm.delAttr(self, args[0])
		}
	}
	return func(self gc.Value, args []gc.Value) (gc.Value, error) {
		return vEmpty, vm.raise("SystemError", "slot wrapper %s of %s is not implemented", name, t.Name)
	}
}

// binarySlot implements a binary operator's wrapper (plain, reflected or
// in-place) for a builtin type of family fam.
func (vm *VM) binarySlot(fam slotFamily, name string, op bytecode.Op, kind byte) func(self gc.Value, args []gc.Value) (gc.Value, error) {
	return func(self gc.Value, args []gc.Value) (gc.Value, error) {
		s, o := vm.unwrap(self), vm.unwrap(args[0])
		if op == bytecode.POW && len(args) == 2 && args[1].Tag() != gc.TagNone {
			if !vm.slotAccepts(fam, o) {
				return vNotImpl, nil
			}
			if kind == 'r' {
				s, o = o, s
			}
			return vm.callBuiltinNamed("pow", s, o, vm.unwrap(args[1]))
		}
		if isSeqFamily(fam) && op == bytecode.MUL {
			n, err := vm.ssize(args[0])
			if err != nil {
				return vEmpty, err
			}
			r, err := vm.binaryOp(bytecode.MUL, s, gc.Int(int64(n)))
			if err != nil || kind != 'i' {
				return r, err
			}
			return vm.inplaceResult(self, s, r)
		}
		if isSeqFamily(fam) && op == bytecode.ADD && kind != 'r' {
			if !vm.slotAccepts(fam, o) && !(fam == famList && kind == 'i') {
				tn := vm.typeOf(s).Name
				if fam == famBytes {
					return vEmpty, vm.raise("TypeError", "can't concat %s to %s", vm.typeOf(args[0]).Name, tn)
				}
				return vEmpty, vm.raise("TypeError", "can only concatenate %s (not \"%s\") to %s", tn, vm.typeOf(args[0]).Name, tn)
			}
			if kind == 'i' {
				r, err := vm.inplaceOp(bytecode.ADD, s, o)
				if err != nil {
					return r, err
				}
				return vm.inplaceResult(self, s, r)
			}
			return vm.binaryOp(bytecode.ADD, s, o)
		}
		if fam == famStr && op == bytecode.MOD {
			if kind == 'r' {
				if o.Tag() != TagStr {
					return vNotImpl, nil
				}
				return vm.binaryOp(bytecode.MOD, o, s)
			}
			return vm.binaryOp(bytecode.MOD, s, args[0])
		}
		if fam == famBytes && op == bytecode.MOD {
			if kind == 'r' {
				if !isBytesTag(o.Tag()) {
					return vNotImpl, nil
				}
				return vm.binaryOp(bytecode.MOD, o, s)
			}
			return vm.binaryOp(bytecode.MOD, s, args[0])
		}
		if fam == famDict && kind == 'i' {
			if err := vm.dictUpdate(s, args[0]); err != nil {
				return vEmpty, err
			}
			return self, nil
		}
		if !vm.slotAccepts(fam, o) {
			return vNotImpl, nil
		}
		switch kind {
		case 'r':
			return vm.binaryOp(op, o, s)
		case 'i':
			r, err := vm.inplaceOp(op, s, o)
			if err != nil {
				return r, err
			}
			return vm.inplaceResult(self, s, r)
		}
		return vm.binaryOp(op, s, o)
	}
}

// inplaceResult returns the result of an in-place wrapper: self when the
// operation mutated the builtin value s in place, else the new value.
func (vm *VM) inplaceResult(self, s, r gc.Value) (gc.Value, error) {
	if r == s {
		return self, nil
	}
	if s.Tag() == TagList && r.Tag() == TagList {
		// list *= n: CPython repeats in place.
		items := append([]gc.Value(nil), vm.listItems(r)...)
		vm.listSetLen(s, 0)
		vm.listReserve(s, len(items))
		vm.setRawU64(s.Ref(), 1, 0, uint64(len(items)))
		copy(vm.listItems(s), items)
		return self, nil
	}
	return r, nil
}

// callBuiltinNamed calls the builtin function of that name.
func (vm *VM) callBuiltinNamed(name string, args ...gc.Value) (gc.Value, error) {
	f, ok := vm.dictGetStr(vm.builtins, vm.intern(name))
	if !ok {
		return vEmpty, vm.raise("SystemError", "builtin %s missing", name)
	}
	return vm.callValue(f, args, nil)
}

// isSlotWrapper reports whether v is a slot wrapper of a builtin type,
// which the generic operations skip (the builtin path is the same thing,
// faster).
func (vm *VM) isSlotWrapper(v gc.Value) bool {
	return v.Tag() == TagBuiltin && vm.heap.Side(v.Ref()).(*builtinFn).slot
}

// slotReprMethod reports whether CPython exposes this special method of a
// builtin type as a method descriptor ("<method '__getitem__' of 'list'
// objects>") rather than a slot wrapper.
func slotReprMethod(owner, name string) bool {
	switch name {
	case "__getitem__":
		return owner == "list" || owner == "dict"
	case "__contains__":
		return owner == "dict" || owner == "set" || owner == "frozenset"
	case "__reversed__":
		return true
	}
	return false
}

// freshFloat returns f as a value; a NaN gets a payload of its own, so
// that two NaNs made by two float() calls are not identical (floats are
// immediates compared by bits, and CPython's are distinct objects: [nan]
// == [float("nan")] is False while [nan] == [nan] is True).
func (vm *VM) freshFloat(f float64) gc.Value {
	if f == f {
		return gc.Float(f)
	}
	vm.nanSerial++
	bits := math.Float64bits(f)&(1<<63) | 0x7ff8000000000000 | vm.nanSerial&(1<<51-1)
	return gc.Float(math.Float64frombits(bits))
}

// initNumberGetters installs the data descriptors of the numbers (int.real,
// int.numerator, float.imag...), so that they are attributes of the types
// and setting or deleting them says "not writable", as CPython's.
func (vm *VM) initNumberGetters() {
	intPart := func(which string) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			v := vm.unwrap(args[0])
			if which == "imag" {
				return gc.Int(0), nil
			}
			if which == "denominator" {
				return gc.Int(1), nil
			}
			return vm.fromInt(vm.toInt(v)), nil
		}
	}
	for _, n := range []string{"real", "imag", "numerator", "denominator"} {
		vm.nativeGetter(vm.tInt, n, intPart(n), nil)
	}
	vm.nativeGetter(vm.tFloat, "real", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.unwrap(args[0]), nil
	}, nil)
	vm.nativeGetter(vm.tFloat, "imag", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return gc.Float(0), nil
	}, nil)
}
