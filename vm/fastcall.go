// fastcall.go holds the cheap way into a Python function from Go code:
// operators reaching a dunder (__add__, __eq__, __lt__, __hash__, ...),
// property getters and __next__ of iterator classes call the function
// through callPy, which writes the arguments straight into the callee's
// registers. The general callValue takes a []gc.Value that escapes to the
// heap (a builtin may keep it), so each dunder call used to allocate its
// argument slice in Go's heap and then copy it again in bindArgs; the Go
// garbage that made cost more than the copies (docs/vm.md "The loop and
// calls").

package vm

import (
	"unsafe"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// callPy calls fn with the positional arguments args (no keywords). A plain
// Python function, or a bound method of one, that takes exactly these
// arguments positionally is entered without allocating: its frame is
// filled in place above the live frames. Anything else goes through
// callValue with a heap copy of args. args never escapes, so the caller's
// variadic slice stays on its stack.
func (vm *VM) callPy(fn gc.Value, args ...gc.Value) (gc.Value, error) {
	f, self := fn, vEmpty
	if f.Tag() == TagMethod {
		f, self = vm.slot(fn.Ref(), 0), vm.slot(fn.Ref(), 1)
	}
	if f.Tag() == TagFunc {
		ci := vm.funcCode(f)
		n := len(args)
		if !self.IsEmpty() {
			n++
		}
		if ci.simple && !ci.isGen && ci.code.ArgCount == n {
			return vm.enterExact(f, ci, self, args)
		}
	}
	return vm.callValue(fn, append([]gc.Value(nil), args...), nil)
}

// enterExact runs the simple function f (codeInfo ci) with self (unless
// empty) and args as its parameters, which are exactly ci's ArgCount.
func (vm *VM) enterExact(f gc.Value, ci *codeInfo, self gc.Value, args []gc.Value) (gc.Value, error) {
	c := ci.code
	base := vm.stackTop()
	if base+c.NumRegs+256 > stackSize {
		return vEmpty, vm.raise("RecursionError", "maximum recursion depth exceeded")
	}
	dst := vm.regs[base : base+c.NumRegs]
	k := 0
	if !self.IsEmpty() {
		dst[0] = self
		k = 1
	}
	copy(dst[k:], args)
	clear(dst[k+len(args):])
	if err := vm.pushFrame(ci, base, f, vm.slot(f.Ref(), fnGlobals), vEmpty, -1, true); err != nil {
		return vEmpty, err
	}
	if len(c.Freevars) > 0 {
		vm.loadFreevars(f, ci, base)
	}
	return vm.run()
}

// collectDue reports whether the heap's allocation budget is spent: the
// test gc.Heap.MaybeCollect starts with, read inline from linear memory so
// that a call, whose safepoint almost never collects, does not pay for a
// function call into package gc.
func (vm *VM) collectDue() bool {
	return *(*int64)(unsafe.Add(vm.base, gc.CtlBudget)) <= 0
}

// binaryDunder is binaryOp for two instances of the same Python class
// without a builtin base (Vec + Vec): the case in which binaryOp's checks
// for numbers, sequences, bytes, complex and views all decline and it
// calls dunderBinary, which tries a.__op__(b) and, the types being equal,
// nothing else. It looks the method up by an interned name (no Go string
// hashing, no opInfo map) and calls it through callPy. It reports false,
// having done nothing, when the operands are not such instances or the
// class has no __op__ (binaryOp then raises the TypeError).
func (vm *VM) binaryDunder(op bytecode.Op, a, b gc.Value) (gc.Value, bool, error) {
	ta := vm.typeOfRef(vm.slot(a.Ref(), instType).Ref())
	if ta.builtinBase != nil || vm.typeOfRef(vm.slot(b.Ref(), instType).Ref()) != ta {
		return vEmpty, false, nil
	}
	name := vm.opDunder[uint8(op)]
	if name.IsEmpty() {
		info, ok := opInfo[op]
		if !ok {
			return vEmpty, false, nil
		}
		name = vm.intern(info.name)
		vm.opDunder[uint8(op)] = name
	}
	m, found := vm.lookup(ta, name)
	if !found {
		return vEmpty, false, nil
	}
	r, err := vm.callPy(m, a, b)
	if err != nil {
		return vEmpty, true, err
	}
	if r.Tag() == TagNotImpl {
		return vEmpty, true, vm.raise("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", opInfo[op].sym, ta.Name, ta.Name)
	}
	return r, true, nil
}

// The helpers below restate small accessors (dictVersion, funcCode,
// typeOfRef of an instance's type slot, instShape) as single loads from
// linear memory. run is large enough that Go's inliner only inlines
// callees of cost 20 or less into it; the originals cost 28-37, so each
// use in the loop was a real call, with the spills and reloads around it
// that Go's register ABI (no callee-saved registers) implies.

// dictVer is dictVersion (dict raw word 0, JITDictVersionOff).
func (vm *VM) dictVer(d gc.Value) uint64 {
	return *(*uint64)(unsafe.Add(vm.base, uintptr(d.Ref())+JITDictVersionOff))
}

// codeOf is funcCode: a function's raw word 0 indexes vm.codeList.
func (vm *VM) codeOf(f gc.Value) *codeInfo {
	return vm.codeList[*(*uint64)(unsafe.Add(vm.base, uintptr(f.Ref())+gc.HeaderSize+fnNumSlots*gc.ValueSize))]
}

// typeAt is typeOfRef: a type object's raw word 0 indexes vm.types.
// (The class of an instance v is vm.typeAt(vm.slot(v.Ref(), instType).Ref()).)
func (vm *VM) typeAt(tr gc.Ref) *Type {
	return vm.types[*(*uint64)(unsafe.Add(vm.base, uintptr(tr)+gc.HeaderSize+gc.ValueSize))]
}

// callBuiltinMethod is CALLMETHOD's path for a method of a builtin type
// that LOADMETHOD found unbound on the receiver's type (stack.append(x),
// s.split(), d.get(k)): args is the register window self, arguments. When
// self is a plain builtin value whose type is exactly the method's owner,
// the self check of callValue (isInstance, the subclass unwrapping) has
// nothing to do, and the Go function is called with the registers as its
// argument slice. ok is false when the general path must run.
func (vm *VM) callBuiltinMethod(fn gc.Value, args []gc.Value) (x gc.Value, ok bool, err error) {
	if len(args) == 0 {
		return vEmpty, false, nil
	}
	self := args[0]
	if self.Tag() == TagObject || !vm.slot(fn.Ref(), 0).IsEmpty() {
		return vEmpty, false, nil
	}
	bf, _ := vm.heap.Side(fn.Ref()).(*builtinFn)
	if bf == nil || bf.owner == nil || bf.slot || bf.static || bf.classMethod || vm.typeOf(self) != bf.owner {
		return vEmpty, false, nil
	}
	if c := bf.checked; c != nil && c.spec.accepts(len(args)-1) {
		x, err = c.inner(vm, args, nil)
	} else {
		x, err = bf.fn(vm, args, nil)
	}
	return x, true, err
}

// Builtin method sites. A LOADMETHOD whose receiver has a tag that alone
// decides its type (fixedTypeTag: a str, list, dict, ...) keeps the method
// it found in its attrCache's btag/bmeth, and the dispatch loop takes it
// from there without typeOf or a version check: those types are immutable,
// so the method for a tag never changes. The CALLMETHOD that follows keeps,
// in its own pc's attrCache, the Go function callBuiltinMethod settled on
// for that method, self tag and argument count, and calls it directly next
// time (no side-table lookup, no owner or argument-spec checks).

// fixedTypeTag reports whether every value of tag t has the same builtin
// type, one whose attributes cannot be set.
func fixedTypeTag(t gc.Tag) bool {
	switch t {
	case TagStr, TagList, TagDict, TagTuple, TagSet, TagFrozenset, gc.TagInt, gc.TagFloat:
		return true
	}
	return false
}

// callBuiltinMethodAt is callBuiltinMethod for the CALLMETHOD whose cache
// is c: when the direct path applies and self's tag is a fixed one, it
// records the function it calls so that the loop calls it straight away
// next time.
func (vm *VM) callBuiltinMethodAt(c *attrCache, fn gc.Value, args []gc.Value) (x gc.Value, ok bool, err error) {
	if len(args) > 0 && args[0].Tag() == TagObject {
		return vm.callNativeMethodAt(c, fn, args)
	}
	inner := vm.builtinMethodFn(fn, args)
	if inner == nil {
		return vEmpty, false, nil
	}
	if fixedTypeTag(args[0].Tag()) {
		c.btag, c.bn, c.bmeth, c.bfn, c.btype = args[0].Tag(), int32(len(args)), fn, inner, nil
	}
	x, err = inner(vm, args, nil)
	return x, true, err
}

// callBuiltinAt is callValue for a CALL without keywords of a builtin
// function, whose cache is c: a plain function (no owner type, no bound
// self), for which callValue does nothing but call it, is remembered
// (bn -1) with the function to call, the one without the keyword check
// when there is one, so that the loop calls it directly next time.
func (vm *VM) callBuiltinAt(c *attrCache, fn gc.Value, args []gc.Value) (gc.Value, error) {
	bf, _ := vm.heap.Side(fn.Ref()).(*builtinFn)
	if bf == nil || bf.owner != nil || !vm.slot(fn.Ref(), 0).IsEmpty() {
		return vm.callValue(fn, args, nil)
	}
	call := bf.fn
	if bf.noKw != nil {
		call = bf.noKw
	}
	c.btag, c.bn, c.bmeth, c.bfn, c.btype = 0, -1, fn, call, nil
	return call(vm, args, nil)
}

// callNativeMethodAt handles a CALLMETHOD whose self is an instance: when
// fn is a method of a native type (deque, ...) and self is of exactly that
// type, with no builtin base to unwrap, callValue would do nothing but call
// the Go function, so this site remembers it for self's class.
func (vm *VM) callNativeMethodAt(c *attrCache, fn gc.Value, args []gc.Value) (x gc.Value, ok bool, err error) {
	if !vm.slot(fn.Ref(), 0).IsEmpty() {
		return vEmpty, false, nil
	}
	bf, _ := vm.heap.Side(fn.Ref()).(*builtinFn)
	t := vm.typeOf(args[0])
	if bf == nil || !t.native || bf.owner != t || t.builtinBase != nil || bf.slot || bf.static || bf.classMethod {
		return vEmpty, false, nil
	}
	c.btag, c.bn, c.bmeth, c.bfn, c.btype = TagObject, int32(len(args)), fn, bf.fn, t
	x, err = bf.fn(vm, args, nil)
	return x, true, err
}

// builtinMethodFn returns the Go function that callBuiltinMethod would
// call for fn and args (self first), or nil when the general path must
// run.
func (vm *VM) builtinMethodFn(fn gc.Value, args []gc.Value) bfunc {
	if len(args) == 0 {
		return nil
	}
	self := args[0]
	if self.Tag() == TagObject || !vm.slot(fn.Ref(), 0).IsEmpty() {
		return nil
	}
	bf, _ := vm.heap.Side(fn.Ref()).(*builtinFn)
	if bf == nil || bf.owner == nil || bf.slot || bf.static || bf.classMethod || vm.typeOf(self) != bf.owner {
		return nil
	}
	if c := bf.checked; c != nil && c.spec.accepts(len(args)-1) {
		return c.inner
	}
	return bf.fn
}

// checkedMethod is a builtin method with an argument spec (args.go
// methodArgSpecs): bf.fn checks the arguments against spec, with CPython's
// messages, and then calls inner. callBuiltinMethod calls inner itself
// when the positional count fits (it passes no keywords), so the common
// call skips the wrapper; a count that does not fit goes through bf.fn
// and raises there.
type checkedMethod struct {
	spec  argSpec
	inner bfunc
}

// accepts reports whether n positional arguments (after self) and no
// keywords pass the check of spec.
func (sp argSpec) accepts(n int) bool {
	switch sp.style {
	case 'N':
		return n == 0
	case 'O':
		return n == 1
	case 'R':
		return n >= sp.lo && n <= sp.hi
	case 'S':
		return true
	}
	return false
}
