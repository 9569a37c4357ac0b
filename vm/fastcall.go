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
