// call.go holds calls: the general call of any callable from Go
// (callValue), Python functions entered from Go, argument binding with
// CPython's messages, *args/**kwargs calls, type calls (instance creation),
// __build_class__ and zero-argument super().

package vm

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// builtinFn is a function implemented in Go. args holds the positional
// arguments followed by the values of the keyword arguments named in kw.
type builtinFn struct {
	name        string
	fn          func(vm *VM, args []gc.Value, kw []string) (gc.Value, error)
	static      bool  // a builtin in a type dict that does not bind (staticmethod-like)
	owner       *Type // the builtin type whose method this is, or nil
	classMethod bool  // binds to the type
	objclass    *Type // a class or static method's type (__objclass__, __self__), or nil
	slot        bool  // a slot wrapper (slots.go): receives self unconverted
	ownSelf     bool  // receives self unconverted and checks it (pyfix_descr.go)
	// checked: the argument spec fn checks and the function it wraps
	// (applyArgSpecs), for CALLMETHOD's direct path (callBuiltinMethod)
	checked *checkedMethod
	// noKw: for a builtin function that takes no keywords, fn without
	// the keyword check around it, which a CALL without keywords may call
	// directly (callBuiltinAt)
	noKw bfunc
}

// newBuiltin allocates a builtin function object (len, time.localtime,
// operator.add ...). Such a function is not a descriptor in CPython: stored
// in a class and read from an instance it is not bound (logging's
// `converter = time.localtime`), so it is made static. Methods of builtin
// types are made with an owner instead (typeinit.go, mod_native.go) and do
// bind.
func (vm *VM) newBuiltin(name string, fn func(vm *VM, args []gc.Value, kw []string) (gc.Value, error)) gc.Value {
	r := vm.alloc(kindBuiltin, 1, 0)
	vm.heap.SetSide(r, &builtinFn{name: name, fn: fn, static: true})
	return mkref(TagBuiltin, r)
}

// callValue calls any callable.
func (vm *VM) callValue(fn gc.Value, args []gc.Value, kw []string) (gc.Value, error) {
	switch fn.Tag() {
	case TagFunc:
		return vm.callFunction(fn, args, kw, vEmpty)
	case TagBuiltin:
		bf := vm.heap.Side(fn.Ref()).(*builtinFn)
		if self := vm.slot(fn.Ref(), 0); !self.IsEmpty() {
			nargs := make([]gc.Value, len(args)+1)
			nargs[0] = self
			copy(nargs[1:], args)
			args = nargs
		}
		if bf.owner != nil && !bf.slot && !bf.ownSelf && !bf.static && !bf.classMethod && bf.owner != vm.tObject {
			// An unbound method of a builtin type checks its self, as
			// CPython's method descriptors.
			if len(args) == 0 {
				return vEmpty, vm.raise("TypeError", "unbound method %s() needs an argument", bf.name)
			}
			if !vm.isInstance(args[0], bf.owner) {
				return vEmpty, vm.raise("TypeError", "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", bf.name[strings.LastIndexByte(bf.name, '.')+1:], bf.owner.Name, vm.typeOf(args[0]).Name)
			}
		}
		if bf.owner != nil && len(args) > 0 && args[0].Tag() == TagObject && !bf.slot && !bf.ownSelf {
			// A builtin type's method called on an instance of a subclass
			// works on the builtin value inside.
			if b, ok := vm.baseOf(args[0]); ok && bf.owner != vm.tObject && isSubtype(vm.typeOf(b), bf.owner) {
				nargs := append([]gc.Value(nil), args...)
				nargs[0] = b
				args = nargs
			}
		}
		return bf.fn(vm, args, kw)
	case TagMethod:
		nargs := make([]gc.Value, len(args)+1)
		nargs[0] = vm.slot(fn.Ref(), 1)
		copy(nargs[1:], args)
		return vm.callValue(vm.slot(fn.Ref(), 0), nargs, kw)
	case TagType:
		return vm.callType(vm.typeOfRef(fn.Ref()), args, kw)
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(fn), "__call__"); ok {
			nargs := make([]gc.Value, len(args)+1)
			nargs[0] = fn
			copy(nargs[1:], args)
			return vm.callValue(m, nargs, kw)
		}
	case TagStaticMethod, TagClassMethod:
		return vm.callValue(vm.slot(fn.Ref(), 0), args, kw)
	}
	return vEmpty, vm.raise("TypeError", "'%s' object is not callable", vm.typeOf(fn).Name)
}

// callFunction runs a Python function from Go; locals is the namespace of
// a class body (empty otherwise).
func (vm *VM) callFunction(fn gc.Value, args []gc.Value, kw []string, locals gc.Value) (gc.Value, error) {
	ci := vm.funcCode(fn)
	base := vm.stackTop()
	if base+ci.code.NumRegs+256 > stackSize {
		return vEmpty, vm.raise("RecursionError", "maximum recursion depth exceeded")
	}
	if err := vm.bindArgs(fn, ci, args, kw, base); err != nil {
		return vEmpty, err
	}
	if err := vm.pushFrame(ci, base, fn, vm.slot(fn.Ref(), fnGlobals), locals, -1, true); err != nil {
		return vEmpty, err
	}
	if len(ci.code.Freevars) > 0 {
		vm.loadFreevars(fn, ci, base)
	}
	if ci.isGen {
		g := vm.makeGenerator(fn, ci, base)
		vm.popFrame()
		return g, nil
	}
	return vm.run()
}

// bindArgs binds arguments to the parameters of fn into the registers at
// base (which may overlap args).
func (vm *VM) bindArgs(fn gc.Value, ci *codeInfo, args []gc.Value, kw []string, base int) error {
	c := ci.code
	npos := len(args) - len(kw)
	dst := vm.regs[base : base+c.NumRegs]
	if c.ArgCount == npos && len(kw) == 0 && ci.simple {
		// Exact positional call: copy (a memmove, args may be the same
		// registers) and clear the other locals.
		copy(dst, args)
		clear(dst[npos:])
		return nil
	}
	// args may overlap dst: keep a copy, on the stack for short calls.
	var buf [8]gc.Value
	tmp := append(buf[:0], args...)
	clear(dst)
	name := vm.str(vm.slot(fn.Ref(), fnQualName))
	hasVarargs := c.Flags&bytecode.FlagVarargs != 0
	hasVarkw := c.Flags&bytecode.FlagVarkeywords != 0
	vaIdx := c.ArgCount + c.KwOnlyArgCount
	kwIdx := vaIdx
	if hasVarargs {
		kwIdx++
	}
	n := min(npos, c.ArgCount)
	copy(dst, tmp[:n])
	defaults := vm.slot(fn.Ref(), fnDefaults)
	var defs []gc.Value
	if defaults.Tag() == TagTuple {
		defs = vm.tupleItems(defaults)
	}
	if npos > c.ArgCount {
		if !hasVarargs {
			kwGiven := 0
			for _, k := range kw {
				for i := c.ArgCount; i < c.ArgCount+c.KwOnlyArgCount; i++ {
					if c.Varnames[i] == k {
						kwGiven++
					}
				}
			}
			takes := fmt.Sprintf("%d positional argument%s", c.ArgCount, plural(c.ArgCount))
			if len(defs) > 0 {
				takes = fmt.Sprintf("from %d to %d positional arguments", c.ArgCount-len(defs), c.ArgCount)
			}
			given := fmt.Sprintf("%d", npos)
			was := "were"
			if npos == 1 {
				was = "was"
			}
			if kwGiven > 0 {
				given = fmt.Sprintf("%d positional argument%s (and %d keyword-only argument%s)", npos, plural(npos), kwGiven, plural(kwGiven))
			}
			return vm.raise("TypeError", "%s() takes %s but %s %s given", name, takes, given, was)
		}
		dst[vaIdx] = vm.newTuple(tmp[c.ArgCount:npos])
	} else if hasVarargs {
		dst[vaIdx] = vm.emptyTuple
	}
	var kwd gc.Value
	if hasVarkw {
		kwd = vm.newDict()
		dst[kwIdx] = kwd
	}
	for j, k := range kw {
		val := tmp[npos+j]
		found := -1
		for i := c.PosOnlyArgCount; i < c.ArgCount+c.KwOnlyArgCount; i++ {
			if c.Varnames[i] == k {
				found = i
				break
			}
		}
		if found < 0 {
			if hasVarkw {
				if err := vm.dictSet(kwd, vm.intern(k), val); err != nil {
					return err
				}
				continue
			}
			// every positional-only parameter given by keyword is named,
			// in parameter order
			var posOnly []string
			for i := 0; i < c.PosOnlyArgCount; i++ {
				if slices.Contains(kw, c.Varnames[i]) {
					posOnly = append(posOnly, c.Varnames[i])
				}
			}
			if len(posOnly) > 0 {
				return vm.raise("TypeError", "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posOnly, ", "))
			}
			return vm.raise("TypeError", "%s() got an unexpected keyword argument '%s'", name, k)
		}
		if !dst[found].IsEmpty() {
			return vm.raise("TypeError", "%s() got multiple values for argument '%s'", name, k)
		}
		dst[found] = val
	}
	// defaults
	var missing []string
	for i := 0; i < c.ArgCount; i++ {
		if dst[i].IsEmpty() {
			d := i - (c.ArgCount - len(defs))
			if d >= 0 {
				dst[i] = defs[d]
			} else {
				missing = append(missing, c.Varnames[i])
			}
		}
	}
	if len(missing) > 0 {
		return vm.raise("TypeError", "%s() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), nameList(missing))
	}
	kwdefs := vm.slot(fn.Ref(), fnKwDefaults)
	for i := c.ArgCount; i < c.ArgCount+c.KwOnlyArgCount; i++ {
		if dst[i].IsEmpty() {
			if kwdefs.Tag() == TagDict {
				if v, ok := vm.dictGetStr(kwdefs, vm.intern(c.Varnames[i])); ok {
					dst[i] = v
					continue
				}
			}
			missing = append(missing, c.Varnames[i])
		}
	}
	if len(missing) > 0 {
		return vm.raise("TypeError", "%s() missing %d required keyword-only argument%s: %s", name, len(missing), plural(len(missing)), nameList(missing))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// nameList formats 'a', 'b' and 'c' as CPython's messages do.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// callEx implements f(*args, **kwargs).
func (vm *VM) callEx(fn, args, kwargs gc.Value) (gc.Value, error) {
	var pos []gc.Value
	if args.Tag() == TagTuple || args.Tag() == TagList {
		pos = append(pos, vm.seqItems(args)...)
	} else if !args.IsEmpty() {
		if !vm.isIterable(args) {
			return vEmpty, vm.raise("TypeError", "%s argument after * must be an iterable, not %s", vm.calleeName(fn), vm.typeOf(args).Name)
		}
		items, err := vm.collect(args)
		if err != nil {
			return vEmpty, err
		}
		pos = items
	}
	var kw []string
	if !kwargs.IsEmpty() && kwargs.Tag() == TagDict {
		var err error
		vm.dictEach(kwargs, func(k, v gc.Value) bool {
			if k.Tag() != TagStr {
				err = vm.raise("TypeError", "keywords must be strings")
				return false
			}
			kw = append(kw, vm.str(k))
			pos = append(pos, v)
			return true
		})
		if err != nil {
			return vEmpty, err
		}
	}
	return vm.callValue(fn, pos, kw)
}

// callType implements calling a type: builtin constructors, or creating an
// instance and running __init__.
func (vm *VM) callType(t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	if t.meta != nil || t.inst == TagType {
		if r, ok, err := vm.metaCall(t, args, kw); ok {
			return r, err
		}
	}
	return vm.instantiate(t, args, kw)
}

// instantiate is type.__call__ for a class that is not a metaclass.
func (vm *VM) instantiate(t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	// types.GenericAlias is the one native instance type built by its
	// constructor (queue.Queue[int] and the like call it).
	if t.ctor != nil && (t.inst != TagObject || t == vm.tGenericAlias) {
		return t.ctor(vm, t, args, kw)
	}
	if t.builtinBase != nil {
		return vm.callBuiltinSubclass(t, args, kw)
	}
	var obj gc.Value
	if nw, ok := vm.lookupS(t, "__new__"); ok && nw.Tag() != TagBuiltin {
		nargs := append([]gc.Value{t.Value()}, args...)
		var err error
		if nw.Tag() == TagStaticMethod {
			nw = vm.slot(nw.Ref(), 0)
		}
		obj, err = vm.callValue(nw, nargs, kw)
		if err != nil {
			return vEmpty, err
		}
		if !vm.isInstance(obj, t) {
			return obj, nil
		}
	} else if g, ok, err := vm.newExcGroup(t, args, kw); ok {
		if err != nil {
			return vEmpty, err
		}
		obj, t = g, vm.typeOf(g)
	} else {
		if t.isExc {
			t = vm.osErrorType(t, args[:len(args)-len(kw)])
		}
		obj = vm.newInstance(t)
		if t.isExc {
			vm.setSlot(obj.Ref(), excArgsSlot, vm.newTuple(args[:len(args)-len(kw)]))
		}
	}
	if init, ok := vm.lookupS(t, "__init__"); ok {
		if init.Tag() == TagBuiltin && vm.heap.Side(init.Ref()).(*builtinFn).name == "object.__init__" {
			if len(args) > 0 {
				if _, ok := vm.lookupS(t, "__new__"); !ok || true {
					if nw, _ := vm.lookupS(t, "__new__"); nw.Tag() == TagBuiltin {
						return vEmpty, vm.raise("TypeError", "%s() takes no arguments", t.Name)
					}
				}
			}
			return obj, nil
		}
		nargs := make([]gc.Value, len(args)+1)
		nargs[0] = obj
		copy(nargs[1:], args)
		r, err := vm.callValue(init, nargs, kw)
		if err != nil {
			return vEmpty, err
		}
		if r.Tag() != gc.TagNone {
			return vEmpty, vm.raise("TypeError", "__init__() should return None, not '%s'", vm.typeOf(r).Name)
		}
	}
	return obj, nil
}

// superCall implements super() and super(type, obj).
func (vm *VM) superCall(args []gc.Value) (gc.Value, error) {
	var typ, obj gc.Value
	if len(args) == 2 {
		typ, obj = args[0], args[1]
	} else if len(args) == 0 {
		if vm.nframes == 0 {
			return vEmpty, vm.raise("RuntimeError", "super(): no arguments")
		}
		f := vm.topFrame()
		c := f.ci.code
		if c.ArgCount == 0 {
			return vEmpty, vm.raise("RuntimeError", "super(): no arguments")
		}
		obj = vm.regs[f.base]
		for k, name := range c.Cellvars {
			if name == c.Varnames[0] {
				if cell := vm.regs[f.base+c.CellBase+k]; cell.Tag() == TagCell {
					obj = vm.slot(cell.Ref(), 0)
				}
			}
		}
		for k, name := range c.Freevars {
			if name == "__class__" {
				cell := vm.regs[f.base+c.CellBase+len(c.Cellvars)+k]
				if cell.Tag() == TagCell {
					typ = vm.slot(cell.Ref(), 0)
				}
			}
		}
		if typ.IsEmpty() {
			return vEmpty, vm.raise("RuntimeError", "super(): __class__ cell not found")
		}
		if obj.IsEmpty() {
			return vEmpty, vm.raise("RuntimeError", "super(): arg[0] deleted")
		}
	} else {
		return vEmpty, vm.raise("TypeError", "super() takes 0 or 2 arguments")
	}
	if typ.Tag() != TagType {
		return vEmpty, vm.raise("TypeError", "super() argument 1 must be a type, not %s", vm.typeOf(typ).Name)
	}
	if err := vm.superCheck(typ, obj); err != nil {
		return vEmpty, err
	}
	r := vm.alloc(kindMisc, 2, 0)
	vm.setSlot(r, 0, typ)
	vm.setSlot(r, 1, obj)
	return mkref(TagSuper, r), nil
}

// superCheck is CPython's supercheck: the object of super(typ, obj) is an
// instance of typ or a subclass of it (or None: an unbound super). An
// instance whose __class__ was assigned (classassign.go) may no longer be
// one, which a zero-argument super() in a method of its old class meets.
func (vm *VM) superCheck(typ, obj gc.Value) error {
	if obj.Tag() == gc.TagNone {
		return nil
	}
	t := vm.typeOfRef(typ.Ref())
	if ot, ok := vm.asType(obj); ok && isSubtype(ot, t) {
		return nil
	}
	if isSubtype(vm.typeOf(obj), t) {
		return nil
	}
	return vm.raise("TypeError", "super(type, obj): obj must be an instance or subtype of type")
}

// baseSlot is the instance slot holding the builtin value of an instance
// of a subclass of a builtin type.
const baseSlot = 2

// baseOf returns the builtin value inside an instance of a subclass of a
// builtin type.
func (vm *VM) baseOf(v gc.Value) (gc.Value, bool) {
	if v.Tag() != TagObject {
		return vEmpty, false
	}
	if t := vm.typeOf(v); t.builtinBase != nil {
		return vm.slot(v.Ref(), baseSlot), true
	}
	return vEmpty, false
}

// unwrap returns the builtin value of a builtin-subclass instance, or v.
func (vm *VM) unwrap(v gc.Value) gc.Value {
	if b, ok := vm.baseOf(v); ok {
		return b
	}
	return v
}

// isMutableBase reports whether instances of bb are filled by __init__
// (list, dict, set, bytearray) rather than made by __new__.
// Subclasses of property, staticmethod and classmethod are filled by
// __init__ too (pyfix_descr.go).
func isMutableBase(bb *Type) bool {
	switch bb.inst {
	case TagList, TagDict, TagSet, TagByteArray, TagProperty, TagStaticMethod, TagClassMethod:
		return true
	}
	return false
}

// callBuiltinSubclass creates an instance of a subclass of a builtin type:
// the builtin value is made from the arguments (immutable bases) or empty
// and then filled by the base's __init__ unless the class has its own.
func (vm *VM) callBuiltinSubclass(t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	bb := t.builtinBase
	if !isMutableBase(bb) {
		// A class-defined __new__ (namedtuple's) makes the instance.
		if nw, ok := vm.lookupS(t, "__new__"); ok && nw.Tag() != TagBuiltin {
			return vm.callUserNew(t, nw, args, kw)
		}
	}
	obj := vm.newInstance(t)
	var base gc.Value
	var err error
	if vm.isDescriptorBase(bb) {
		base = vm.emptyDescriptor(bb)
	} else if isMutableBase(bb) {
		base, err = bb.ctor(vm, bb, nil, nil)
	} else {
		base, err = bb.ctor(vm, bb, args, kw)
	}
	if err != nil {
		return vEmpty, err
	}
	vm.setSlot(obj.Ref(), baseSlot, base)
	init, _ := vm.lookup(t, vm.s__init__)
	if init.Tag() == TagBuiltin {
		if isMutableBase(bb) {
			if _, err := vm.callValue(init, append([]gc.Value{obj}, args...), kw); err != nil {
				return vEmpty, err
			}
		}
		return obj, nil
	}
	r, err := vm.callValue(init, append([]gc.Value{obj}, args...), kw)
	if err != nil {
		return vEmpty, err
	}
	if r.Tag() != gc.TagNone {
		return vEmpty, vm.raise("TypeError", "__init__() should return None, not '%s'", vm.typeOf(r).Name)
	}
	return obj, nil
}
