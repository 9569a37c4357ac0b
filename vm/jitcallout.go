// jitcallout.go holds the VM entry point for a residual call: a trace of a
// loop whose body calls a Python function it cannot inline (a recursive
// call: nqueens' solve calling solve) does not abort; it writes every
// register it holds to the frame and asks the VM to run the call in the
// interpreter, exactly where the interpreter's CALL would have run it (the
// callee's registers right above the call's function register, the
// result to that register), and then goes on in wasm. The callee's own hot
// loops may enter their traces: the interpreter runs nested, as for a
// builtin that calls Python code. docs/jit.md "Calls a trace cannot inline
// (session 16)".

package vm

import (
	"sync/atomic"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Results of JITCallout.
const (
	// JITCalloutDone: the call ran and returned; its result is in the
	// CALL's result register.
	JITCalloutDone = iota
	// JITCalloutSkipped: the call was not run (not a plain call of a
	// Python function, an interrupt pending...): the trace exits at the
	// CALL and the interpreter runs it.
	JITCalloutSkipped
	// JITCalloutRaised: the call ran and raised. The CALL's function
	// register now holds a builtin that raises the same exception again
	// (its traceback already holds the callee's lines): the trace exits
	// at the CALL, and the interpreter's CALL of that builtin makes the
	// exception go on from the caller's frame as if the callee had raised
	// it there, without running the call twice.
	JITCalloutRaised
)

// JITCodeID names a code object for JITCallout (-1 for a code the VM has
// not run).
func (vm *VM) JITCodeID(c *bytecode.Code) int {
	if ci, ok := vm.codes[c]; ok {
		return ci.id
	}
	return -1
}

// JITCallout runs the call at pc of the innermost frame, whose code must
// be the one codeID names, in the interpreter, from a trace's host helper.
// The trace has written the frame's registers. It returns one of the
// JITCallout results.
func (vm *VM) JITCallout(codeID, pc int) int {
	if vm.nframes == 0 {
		return JITCalloutSkipped
	}
	f := vm.topFrame()
	ci := f.ci
	if ci.id != codeID || pc < 0 || pc >= len(ci.instrs) || atomic.LoadUint32(vm.intr.word) != 0 {
		return JITCalloutSkipped
	}
	ins := ci.instrs[pc]
	if op := ins.Op(); op != bytecode.CALL && op != bytecode.CALLMETHOD || ins.C() != 0 {
		return JITCalloutSkipped
	}
	a := ins.A()
	fnv := vm.regs[f.base+a]
	if fnv.Tag() != TagFunc {
		return JITCalloutSkipped
	}
	cci := vm.codeOf(fnv)
	if cci.isGen {
		return JITCalloutSkipped
	}
	nargs, argStart := ins.B(), a+1
	if ins.Op() == bytecode.CALLMETHOD {
		if vm.regs[f.base+a+1].IsEmpty() {
			argStart++
		} else {
			nargs++
		}
	}
	nb := f.base + argStart
	// The frame's pc is the CALL while the callee runs (tracebacks,
	// sys._getframe), then again what the hook left there (the loop's
	// back-edge: the JIT primes it after an exit).
	hookPC := f.pc
	defer func() { f.pc = hookPC }()
	f.pc = pc
	if err := vm.calloutPush(fnv, cci, nb, nargs, f.base+a); err != nil {
		vm.calloutRaised(f.base+a, err)
		return JITCalloutRaised
	}
	// The callee runs in a nested interpreter loop. When the trace was
	// entered from the outermost one, nothing Go holds between the two
	// needs rooting (the trace wrote its registers to the frame, and the
	// hook is called at a safepoint), so the callee may collect as the
	// interpreter would have.
	depth := vm.runDepth
	if depth == 1 {
		vm.runDepth = 0
	}
	x, err := vm.run()
	vm.runDepth = depth
	if err != nil {
		vm.calloutRaised(f.base+a, err)
		return JITCalloutRaised
	}
	vm.regs[f.base+a] = x
	return JITCalloutDone
}

// calloutPush binds the arguments in the registers from nb and pushes the
// callee's frame as the interpreter's CALL does, but as an entry frame:
// its RETURN ends the nested run.
func (vm *VM) calloutPush(fnv gc.Value, cci *codeInfo, nb, nargs, ret int) error {
	if nb+int(cci.nregs)+256 > stackSize {
		return vm.raise("RecursionError", "maximum recursion depth exceeded")
	}
	if err := vm.bindArgs(fnv, cci, vm.regs[nb:nb+nargs], nil, nb); err != nil {
		return err
	}
	if err := vm.pushFrame(cci, nb, fnv, vm.slot(fnv.Ref(), fnGlobals), vEmpty, ret, true); err != nil {
		return err
	}
	if cci.hasFree {
		vm.loadFreevars(fnv, cci, nb)
	}
	return nil
}

// calloutRaised puts in register reg (the CALL's function register) a
// builtin that raises the pending exception again (JITCalloutRaised). The
// exception is the builtin's bound self (its value slot, which the
// collector scans), not a value the Go closure captures: the trace exits
// and the interpreter calls the builtin later, and a collection between
// (an allocation on the exit path, a side trace's recording) freed an
// exception only Go held (session 27's hunt: a Go panic matching it under
// GCSTRESS at threshold 1).
func (vm *VM) calloutRaised(reg int, err error) {
	bound := err == errRaised && !vm.exc.IsEmpty()
	vm.regs[reg] = vm.newBuiltin(calloutRaiseName, func(vm *VM, args []gc.Value, _ []string) (gc.Value, error) {
		switch {
		case bound:
			vm.exc = args[0]
		case err == errRaised:
			vm.exc = vEmpty
		}
		return vEmpty, err
	})
	if bound {
		vm.setSlot(vm.regs[reg].Ref(), 0, vm.exc)
	}
}

// calloutRaiseName names the builtin JITCallout leaves in a CALL's
// function register when the callee raised: no trace records a call of it.
const calloutRaiseName = "<callout raise>"
