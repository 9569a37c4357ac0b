// hook.go holds the eval-loop hook: the narrow interface through which the
// JIT (package jit, which vm never imports) learns that a loop is hot and
// may run compiled code for it.
//
// The interpreter counts each backward jump per loop header pc. When a
// counter reaches Config.HookThreshold, it resets the counter and calls
// Hook.LoopHot with the frame and the loop header's pc. The frame's
// registers are in linear memory at Frame.RegsOffset, so compiled code reads
// and writes them natively. The hook returns the pc at which the
// interpreter resumes (with the registers already updated), or ok=false to
// let the interpreter run the loop itself. With no hook installed the cost
// is one nil check per back-edge.

package vm

// Hook is implemented by the JIT.
type Hook interface {
	// LoopHot is called when the loop whose header is pc has run
	// HookThreshold iterations since the last call.
	LoopHot(vm *VM, f *Frame, pc int) (resume int, ok bool)
}

// NopHook is the default hook: it never takes over.
type NopHook struct{}

// LoopHot implements Hook.
func (NopHook) LoopHot(*VM, *Frame, int) (int, bool) { return 0, false }
