// funchot.go holds the function-entry hook: the second, optional way in
// which the JIT may run compiled code. A program whose time is spent in
// recursion (fib) has no hot loop, so the loop hook (hook.go) never fires
// for it. The interpreter's CALL of a Python function counts calls per
// code object (only when a hook is installed, and only for the code
// objects the hook asks for: CallFilter); when the count reaches
// Config.HookThreshold and the hook also implements FunctionHook, it is
// offered the new frame, at pc 0, before any of its code has run. It may
// run the whole call itself (JITFuncReturn), or run part of it and leave
// the interpreter frames to finish (JITFuncResume, JITPushFrame), or do
// nothing. docs/jit.md "Recursive functions (session 15)".

package vm

import (
	"math"

	"github.com/hotloop/hotloop/gc"
)

// FunctionHook is implemented by a Hook that can also run whole calls of
// hot functions. FuncHot is called with the frame of a call the
// interpreter has just pushed (its registers bound, pc 0). On return the
// interpreter goes on in whatever the top frame then is, at its pc: the
// hook that did nothing leaves f on top at pc 0; one that ran the call
// popped f with JITFuncReturn; one that stopped in the middle set the
// frames up with JITFuncResume and JITPushFrame.
type FunctionHook interface {
	FuncHot(vm *VM, f *Frame)
}

// funcHot counts a call of nf's code (just pushed by CALL) and offers the
// frame to the function hook when the code is hot. It returns the frame
// the interpreter goes on in.
func (vm *VM) funcHot(nf *frame) *frame {
	ci := nf.ci
	ci.fcalls++
	if ci.fcalls < int32(vm.hookThreshold) || !nf.initObj.IsEmpty() {
		return nf
	}
	fh, ok := vm.hook.(FunctionHook)
	if !ok {
		ci.fcalls, ci.callHook = math.MinInt32, false // never again
		return nf
	}
	ci.fcalls = int32(vm.hookThreshold) // stays hot: the hook is called at every call
	fh.FuncHot(vm, &Frame{Code: ci.code, Base: nf.base,
		RegsOffset: uint32(vm.stackRef) + gc.HeaderSize + uint32(nf.base)*gc.ValueSize})
	return vm.topFrame()
}

// JITFuncCold stops the function hook for the top frame's code: its calls
// are no longer counted, as with no hook installed.
func (vm *VM) JITFuncCold() {
	ci := vm.topFrame().ci
	ci.fcalls, ci.callHook = math.MinInt32, false
}

// JITFuncBackOff makes the next n calls of the top frame's code run
// without the hook.
func (vm *VM) JITFuncBackOff(n int) {
	vm.topFrame().ci.fcalls = int32(vm.hookThreshold - min(n, math.MaxInt32/2))
}

// JITFuncReturn finishes the call in the top frame (pushed by CALL, with
// FuncHot called for it) with result v, as its RETURN would: the frame is
// popped, v goes to the caller's result register, and the caller goes on
// after its CALL.
func (vm *VM) JITFuncReturn(v gc.Value) {
	f := vm.topFrame()
	ret := f.ret
	vm.popFrame()
	vm.regs[ret] = v
	vm.topFrame().pc++
}

// JITFuncResume makes the top frame go on at pc (its registers already
// written by compiled code).
func (vm *VM) JITFuncResume(pc int) { vm.topFrame().pc = pc }

// JITFuncCall describes the top frame for the function hook.
type JITFuncCall struct {
	Fn      gc.Value // the function called
	Globals gc.Value // its globals dict
	Frames  int      // frames on the stack, the top one included
	Limit   int      // the recursion limit
	Regs0   uint32   // linear-memory offset of register 0 of the register stack
	NumRegs int      // registers in the register stack
}

// JITFuncCallInfo describes the top frame's call.
func (vm *VM) JITFuncCallInfo() JITFuncCall {
	f := vm.topFrame()
	return JITFuncCall{Fn: f.fn, Globals: f.globals, Frames: vm.nframes, Limit: vm.recLimit,
		Regs0: uint32(vm.stackRef) + gc.HeaderSize, NumRegs: stackSize}
}

// JITCallReserve is the register room above a callee's registers the
// interpreter's CALL requires (less raises RecursionError).
const JITCallReserve = 256

// JITNewRange returns range(start, stop, step) of small bounds (a loop
// function's exit materialises the range it kept in wasm locals).
func (vm *VM) JITNewRange(start, stop, step int64) gc.Value { return vm.newRange(start, stop, step) }

// JITNewRangeIter returns a range iterator at cur (as GETITER of a small
// range makes it, advanced): a loop function's exit materialises the
// iterator it kept in wasm locals.
func (vm *VM) JITNewRangeIter(cur, stop, step int64) gc.Value {
	r := vm.alloc(kindRangeIter, 0, 24)
	vm.setRawU64(r, 0, 0, uint64(cur))
	vm.setRawU64(r, 0, 1, uint64(stop))
	vm.setRawU64(r, 0, 2, uint64(step))
	return mkref(TagIter, r)
}
