// jitapi_frames.go lets the JIT's payoff rule (jit/payoff_future.go) look
// at the frames below the innermost one: the loops of the callers that
// called into a hot loop, whose range iterators say how much longer the
// hot loop will keep being entered. Read-only, like jitapi.go.

package vm

// JITCallerFrame returns the frame depth levels below the innermost one
// (1: its caller) with the pc of the instruction it is executing (the
// call), or false when the stack is not that deep. Its registers are a
// view: do not write them. Call it only from the hook.
func (vm *VM) JITCallerFrame(depth int) (JITFrame, bool) {
	i := vm.nframes - 1 - depth
	if depth < 0 || i < 0 {
		return JITFrame{}, false
	}
	f := vm.frameAt(i)
	if f.base < 0 || f.base+f.ci.code.NumRegs > len(vm.regs) {
		return JITFrame{}, false
	}
	return vm.jitFrame(f), true
}
