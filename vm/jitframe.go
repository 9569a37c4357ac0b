// jitframe.go holds the VM entry point the JIT uses to materialise a
// Python frame that a trace ran without one: an outer trace that inlines
// a call of a function whose loop has a trace of its own calls that trace
// in the callee's register window (the registers the interpreter's CALL
// would give the callee, right above the call's function register), so
// when the trace leaves in the middle of the callee (a guard of the inner
// trace, or one after it), the interpreter must go on in a real frame of
// that function, exactly as if the CALL had pushed it. docs/jit.md "Calls
// into traced loops".

package vm

import (
	"fmt"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// JITPushFrame pushes the frame of the call at callPC of the innermost
// frame, whose callee's registers start at register base of the caller
// and are already written (by the trace), and makes the new frame resume
// at resumePC. The function is the one in the CALL's function register,
// which the trace left there. The interpreter then goes on in the new
// frame: the hook call sites reload the top frame when it changed
// (jitFrameSwitched). An error means the trace and the frame disagree (a
// bug in the JIT, which turns it into a SystemError).
func (vm *VM) JITPushFrame(callPC, base, resumePC int) error {
	f := vm.topFrame()
	if callPC < 0 || callPC >= len(f.ci.instrs) {
		return fmt.Errorf("jit frame: call pc %d out of range", callPC)
	}
	ins := f.ci.instrs[callPC]
	if op := ins.Op(); op != bytecode.CALL && op != bytecode.CALLMETHOD {
		return fmt.Errorf("jit frame: instruction at %d is %s, not a call", callPC, op)
	}
	a := ins.A()
	fnv := vm.regs[f.base+a]
	if fnv.Tag() != TagFunc {
		return fmt.Errorf("jit frame: register %d holds no function", a)
	}
	ci := vm.codeOf(fnv)
	if base <= a || base+int(ci.nregs) > int(f.ci.nregs)+256 || resumePC < 0 || resumePC >= len(ci.instrs) {
		return fmt.Errorf("jit frame: base %d or resume pc %d does not fit %s", base, resumePC, ci.code.Name)
	}
	nb := f.base + base
	if nb+int(ci.nregs)+256 > stackSize {
		return vm.raise("RecursionError", "maximum recursion depth exceeded")
	}
	f.pc = callPC
	nf, err := vm.pushCall(ci, nb, fnv, f, f.base+a, vEmpty)
	if err != nil {
		return err
	}
	nf.pc = resumePC
	return nil
}

// jitFrameSwitched reports whether the hook pushed a frame above f
// (JITPushFrame): the interpreter must go on in the new top frame.
func (vm *VM) jitFrameSwitched(f *frame) bool { return vm.topFrame() != f }

// JITHook returns the installed eval-loop hook (nil: none). The recorder
// asks it, when it implements the interface, for compiled traces of loops
// in the functions a recording inlines.
func (vm *VM) JITHook() Hook { return vm.hook }

// JITStackRoom is the number of registers of the register stack above the
// innermost frame's.
func (vm *VM) JITStackRoom() int {
	f := vm.topFrame()
	return stackSize - (f.base + int(f.ci.nregs))
}
