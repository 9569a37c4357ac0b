// record_calls.go records a call, inlined in a traced loop, of a function
// whose own loop has a compiled trace (collatz's module loop calling
// collatz_len): instead of aborting ("loop in an inlined function"), the
// outer trace writes the callee's registers where the interpreter's CALL
// would have put its frame (right above the call's function register, so
// the arguments are already in place), calls the inner trace there with
// that window as its frame, and goes on recording the rest of the callee
// from the inner loop's end, reading the callee's registers back from
// that window. From the inner call on, the callee's frame exists in
// memory: a guard after it resumes *inside* the callee, through a
// snapshot with one ir.SnapFrame (the JIT pushes the callee's frame,
// vm.JITPushFrame, before the interpreter goes on), and an exit of the
// inner trace that the outer trace does not continue after does the same.
// Before the inner call nothing the callee did is visible, so guards there
// still resume at the CALL, as for any inlined call. docs/jit.md "Calls
// into traced loops".

package trace

import (
	"fmt"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// CalleeLoops is implemented by a JIT hook that can name the compiled
// trace of a loop in any function (by code, globals dict and header pc);
// the recorder asks the VM's hook for it when an inlined callee reaches
// its loop's back-edge.
type CalleeLoops interface {
	CalleeLoop(code *bytecode.Code, globals gc.Value, pc int) (Inner, bool)
}

// CalleeUntracedLoop is the abort reason of a recording that reached the
// back-edge of a loop in an inlined function, a loop that has no compiled
// trace yet (it may get one: the JIT does not count this abort towards
// blacklisting the outer loop).
const CalleeUntracedLoop = "loop in an inlined function without a trace"

// SideCalleeLoop is the abort reason of a side trace that reached the
// back-edge of a loop with a trace in an inlined function: only a root
// trace calls it in the callee's window, so the JIT records the root
// again (its recording inlined the call when the loop ran too few
// iterations to reach a back-edge, or before the loop had a trace).
const SideCalleeLoop = "side trace reached a loop with a trace in an inlined function"

// SecondCalleeLoop is the abort reason of a recording that reached the
// back-edge of a loop with a trace in a second inlined call after it
// called an inner trace in a callee's window already: an exit of an inner
// trace does not say from which call site it came, so the JIT handles
// one such site per trace.
const SecondCalleeLoop = "second call of a loop with a trace in an inlined function"

// CalleeFrameSuffix separates, in an inner trace call's helper name, the
// base register of the callee window the inner trace runs in:
// InnerTracePrefix+"SLOT:ID,...:PC:BASE".
const CalleeFrameSuffix = ":"

// calleeCall is the callee frame a recording has made real in memory by
// calling its loop's trace.
type calleeCall struct {
	depth  int     // len(r.stack) while the callee's frame is the current one
	base   int     // its register 0 in the loop frame's window
	callPC int     // the CALL in the loop's frame
	fn     ir.Ref  // the function (in the CALL's function register)
	regs   []rslot // the callee's register table
	sim    bool    // simulating the inner loop: snapshots are scratch
}

// calleeBase is the slot offset of the current frame's registers in the
// trace's frame window: the callee's base while its frame is the current
// one, else 0 (inlined frames that are not real keep every register in
// the recorder and never load one).
func (r *recorder) calleeBase() int {
	if c := r.callee; c != nil && len(r.stack) == c.depth {
		return c.base
	}
	return 0
}

// calleeLoop handles the arrival at h inside an inlined call, by a jump
// back (back) or not: when h is the header of a loop of the callee whose
// trace is compiled, the outer trace calls it in the callee's window (see
// the file comment) and the recording goes on where the inner loop ends.
// Otherwise a jump back aborts as before, and anything else goes on at h.
func (r *recorder) calleeLoop(h int, back bool) (int, error) {
	fail := func() (int, error) {
		if back {
			return 0, r.abort("loop in an inlined function")
		}
		return h, nil
	}
	if !back && !isLoopHeader(r.fr.Instrs, h) {
		return h, nil
	}
	if r.unroll.simulating || r.callee != nil || len(r.stack) != 1 || r.inGenFrame() {
		return fail()
	}
	if r.calleeUsed {
		// A second call site: the JIT knows one callee window per trace
		// (jit/calls.go's calleeSite) and would push an exit of this
		// call's inner trace as a frame of the first call, whose
		// function register holds that call's result by now.
		if back {
			return 0, r.abort(SecondCalleeLoop)
		}
		return h, nil
	}
	top := r.stack[0]
	if top.ret != retValue || top.gen != nil || len(r.attrs.pending) > 0 {
		return fail()
	}
	look, ok := r.m.JITHook().(CalleeLoops)
	if !ok {
		return fail()
	}
	in, ok := look.CalleeLoop(r.fr.Code, r.fr.Globals, h)
	if !ok {
		if back {
			return 0, r.abort(CalleeUntracedLoop)
		}
		return h, nil
	}
	if r.side != nil && !r.side.root {
		if back {
			return 0, r.abort(SideCalleeLoop)
		}
		return h, nil
	}
	// The callee's window, as the interpreter's CALL lays it out.
	call := top.callerFr.Instrs[top.callPC]
	a := call.A()
	base := a + 1
	if call.Op() == bytecode.CALLMETHOD && top.callerRegs[a+1].v.IsEmpty() {
		base = a + 2
	}
	if (call.Op() != bytecode.CALL && call.Op() != bytecode.CALLMETHOD) || top.retReg != a ||
		top.callerRegs[a].v.Tag() != vm.JITTagFunc || len(r.regs) > 200 {
		return fail()
	}
	b := r.b
	// The loop frame's registers below the window, then every callee
	// register: the inner trace, and the interpreter if it exits, read
	// them there. (The loop frame's registers from base on are the
	// call's arguments: dead once the callee runs, and its frame's now.)
	for i := 0; i < base && i < len(r.root); i++ {
		if s := &r.root[i]; s.dirty {
			b.SStore(int32(i), s.tag, s.val)
		}
	}
	for i := range r.regs {
		s := &r.regs[i]
		b.SStore(int32(base+i), s.tag, s.val)
	}
	for i := base; i < len(r.root); i++ {
		r.root[i] = rslot{operand: operand{v: gc.Empty()}, stale: true}
	}
	if n := int32(base + len(r.regs)); n > b.T.FrameSize {
		b.T.FrameSize = n
	}
	r.calleeUsed = true
	r.callee = &calleeCall{depth: 1, base: base, callPC: top.callPC, fn: top.callerRegs[a].val, regs: r.regs}
	r.calleeForget()
	cont, err := r.simulateCalleeLoop(h, in)
	if err != nil {
		return 0, err
	}
	var accept []string
	for id, pc := range in.SnapPCs {
		if id > 0 && int(pc) == cont {
			accept = append(accept, fmt.Sprint(id))
		}
	}
	if len(accept) == 0 {
		return 0, r.abort("inner trace has no exit where the inner loop ends")
	}
	r.calleeForget() // the inner trace leaves them in the window
	hs := ir.HelperSig{Name: fmt.Sprintf("%s%d:%s:%d%s%d", InnerTracePrefix, in.Slot, strings.Join(accept, ","), cont, CalleeFrameSuffix, base), Effect: ir.Writes}
	b.Call(b.AddHelper(hs), r.snap(h))
	r.calls = append(r.calls, in.Slot)
	r.maxDepth = max(r.maxDepth, len(r.stack)+in.Depth)
	return cont, nil
}

// simulateCalleeLoop runs the inner loop whose header is h on the
// recorder's copy, with its IR going to a scratch trace, until it leaves
// the loop, and returns the pc where the outer recording goes on: the
// conditional jump that ended the loop, or h for an exhausted FORITER
// (callInner's rules, one frame up).
func (r *recorder) simulateCalleeLoop(h int, in Inner) (int, error) {
	r.callee.sim = true
	defer func() { r.callee.sim = false }()
	return r.simulateInnerLoop(h, in, len(r.stack), r.calleeForget, r.calleeExhausted)
}

// calleeForget makes every register of the callee's frame be read again
// from its window (keeping its concrete value).
func (r *recorder) calleeForget() {
	for i := range r.callee.regs {
		s := &r.callee.regs[i]
		r.callee.regs[i] = rslot{operand: operand{v: s.v}, stale: true}
	}
	r.ver++
}

// calleeExhausted reports whether FORITER in the callee would leave its
// loop now (exhausted, for the callee's registers).
func (r *recorder) calleeExhausted(ins bytecode.Instr) bool {
	return r.iterExhausted(r.regs[ins.A()].v)
}

// calleeSnap is snap while the callee's frame is real: the snapshot
// resumes in the callee (at pc, or at the call a deeper inlined frame was
// made by), with the callee's frame above the loop's, and holds the loop
// frame's changed registers below the window and the callee's changed
// registers in it.
func (r *recorder) calleeSnap(pc int) ir.SnapID {
	c := r.callee
	if len(r.stack) > c.depth {
		pc = r.stack[c.depth].callPC
	}
	if pc == r.snapPC && r.ver == r.snapVer {
		return r.snapID
	}
	s := ir.Snapshot{PC: int32(pc)}
	if !c.sim {
		s.Frames = []ir.SnapFrame{{Base: int32(c.base), Func: c.fn, ReturnPC: int32(c.callPC)}}
		for i := 0; i < c.base && i < len(r.root); i++ {
			if r.root[i].dirty {
				s.Entries = append(s.Entries, ir.SnapEntry{Slot: int32(i), Tag: r.root[i].tag, Val: r.root[i].val})
			}
		}
		for i := range c.regs {
			if c.regs[i].dirty {
				s.Entries = append(s.Entries, ir.SnapEntry{Slot: int32(c.base + i), Tag: c.regs[i].tag, Val: c.regs[i].val})
			}
		}
	}
	r.snapPC, r.snapVer, r.snapID = pc, r.ver, r.b.AddSnap(s)
	return r.snapID
}

// calleeStep runs after each recorded instruction inside an inlined call:
// once the real callee frame returns, the recording is back in the loop's
// frame, whose registers from the window's base on now hold what the
// callee left there (the interpreter's view too). Attribute stores are
// deferred to the outermost return in inlined calls, which a guard
// resuming inside the real callee frame would skip: the recording aborts
// on one.
func (r *recorder) calleeStep() error {
	c := r.callee
	if c == nil {
		return nil
	}
	if len(r.stack) < c.depth {
		for i := c.base; i < len(r.root) && i-c.base < len(c.regs); i++ {
			r.root[i] = rslot{operand: operand{v: c.regs[i-c.base].v}, stale: true}
		}
		r.callee = nil
		r.ver++
		return nil
	}
	if len(r.attrs.pending) > 0 {
		return r.abort("attribute store after a call into a traced loop")
	}
	return nil
}

// isLoopHeader reports whether some jump after pc goes back to it.
func isLoopHeader(instrs []bytecode.Instr, pc int) bool {
	for i := pc + 1; i < len(instrs); i++ {
		ins := instrs[i]
		if t, ok := ins.JumpTarget(); ok && t == pc {
			return true
		}
	}
	return false
}

// calleeFrameReal reports whether the current frame is a callee whose
// frame the recording has made real (its registers live in its window).
func (r *recorder) calleeFrameReal() bool {
	return r.callee != nil && len(r.stack) == r.callee.depth
}

// calleeMayAlloc reports whether an iterator or range may be allocated in
// the current inlined frame: in a callee whose loop's trace the recording
// may call in its window (a guard before that call resumes at the outer
// CALL, and the object is then garbage), or whose frame is real already.
func (r *recorder) calleeMayAlloc() bool {
	if r.calleeFrameReal() {
		return true
	}
	if r.callee != nil || len(r.stack) != 1 || r.unroll.simulating || r.side != nil && !r.side.root {
		return false
	}
	top := r.stack[0]
	if top.ret != retValue || top.gen != nil {
		return false
	}
	for pc := range r.fr.Instrs {
		if isLoopHeader(r.fr.Instrs, pc) {
			return true
		}
	}
	return false
}
