// calls.go is the runtime side of calls into traced loops
// (trace/record_calls.go): a root trace that inlines a call of a function
// whose loop has a trace calls that inner trace in the callee's register
// window. When such a trace leaves in the middle of the callee (one of its
// own guards after the inner call, whose snapshot has an ir.SnapFrame, or
// an exit of the inner trace it does not continue after, or a side trace
// of the inner trace entering another loop of the callee), the callee's
// frame exists only in memory: Go pushes it (vm.JITPushFrame, as the
// interpreter's CALL would have) before the interpreter goes on in it.
// docs/jit.md "Calls into traced loops".

package jit

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// calleeSite is the call of an inner trace in a callee's window that a
// root trace makes (at most one per trace).
type calleeSite struct {
	slot   int32 // the inner (root) trace's table slot
	base   int   // the callee's register 0 in the trace's frame window
	callPC int   // the CALL in the trace's frame
}

// CalleeLoop implements trace.CalleeLoops: the compiled root trace of the
// loop at pc of code (with globals), which a recording that inlines a call
// of that code may call in the callee's window.
// A loop that has been hot but has no trace (deferred by the payoff rule,
// or backed off) is woken: compiled at its next hot back-edge, since the
// outer loop's trace waits for it.
func (j *JIT) CalleeLoop(code *bytecode.Code, globals gc.Value, pc int) (trace.Inner, bool) {
	key := loopKey{code, pc, uint32(globals.Ref())}
	in, ok := j.innerLookup(key)(pc)
	if ok && j.codeHasCallout(code) {
		return trace.Inner{}, false // its calls are residual (callout.go)
	}
	if lp := j.loops[key]; !ok && lp != nil && lp.tr == nil && !lp.blacklisted && !lp.pending && !lp.wake && lp.instrs > 0 && !lp.unsized && j.calleeWakePays(key, lp) {
		lp.wake, lp.skip = true, 0
		j.recWoke = true // calleewake.go
		j.logf("woke deferred trace at %s: a call of its function is inlined in a hot loop", where(code, pc))
	}
	return in, ok
}

// calleeSiteOf finds the inner trace call in a callee's window among t's
// helpers (InnerTracePrefix+"SLOT:IDS:PC:BASE"), and the CALL whose
// callee it is (the frame of any snapshot naming one).
func calleeSiteOf(t *ir.Trace) *calleeSite {
	for _, h := range t.Helpers {
		spec, ok := strings.CutPrefix(h.Name, trace.InnerTracePrefix)
		if !ok {
			continue
		}
		parts := strings.Split(spec, ":")
		if len(parts) != 4 {
			continue
		}
		slot, err1 := strconv.Atoi(parts[0])
		base, err2 := strconv.Atoi(parts[3])
		if err1 != nil || err2 != nil {
			continue
		}
		s := &calleeSite{slot: int32(slot), base: base, callPC: -1}
		for i := 1; i < len(t.Snaps); i++ {
			if fr := t.Snaps[i].Frames; len(fr) > 0 {
				s.callPC = int(fr[0].ReturnPC)
				break
			}
		}
		if s.callPC < 0 {
			return nil
		}
		return s
	}
	return nil
}

// calleeSlots lists the slots of t's inner trace calls made in a callee's
// window (they get no nested link words: their exits resume in the
// callee's frame, which only Go can make real).
func calleeSlots(t *ir.Trace) map[int32]bool {
	var m map[int32]bool
	for _, h := range t.Helpers {
		spec, ok := strings.CutPrefix(h.Name, trace.InnerTracePrefix)
		if !ok || strings.Count(spec, ":") != 3 {
			continue
		}
		if slot, err := strconv.Atoi(spec[:strings.IndexByte(spec, ':')]); err == nil {
			if m == nil {
				m = map[int32]bool{}
			}
			m[int32(slot)] = true
		}
	}
	return m
}

// pushCallee makes the callee's frame of c's call site real, resuming at
// resume in it, after priming c's loop (the interpreter comes back to it
// when the callee returns). A failure is a bug: the trace and the frame
// disagree.
func (j *JIT) pushCallee(m *vm.VM, c *compiled, base, callPC, resume int) {
	if lp := j.loops[c.key]; lp != nil && lp.tr == c {
		j.primeBackEdges(m, c)
	}
	if err := m.JITPushFrame(callPC, base, resume); err != nil {
		panic(fmt.Sprintf("jit: trace %s: %v", c.name, err))
	}
	j.stats.CalleeFrames++
}

// inCallee reports whether r, the root of a trace whose exit reached c
// nested, runs in c's callee window: the callee loop's trace, or a trace
// that one calls, directly or through the traces it calls (the callee's
// inner loops). Their snapshots are relative to the window, so the
// callee's frame must be pushed (calleeExit). Session 23's differential
// hunt found an inner trace's exit taken for c's own: the interpreter
// resumed at the callee's pc in the caller's frame
// (jit/lead_callee_nest).
func (j *JIT) inCallee(c, r *compiled) bool {
	if r.slot == c.callee.slot {
		return true
	}
	t := j.bySlot[c.callee.slot]
	if t == nil {
		return false
	}
	return calledBy(r, t, maxCalleeNest)
}

// maxCalleeNest bounds the chain of callers calledBy follows.
const maxCalleeNest = 8

// calledBy reports whether trace r is t or one of t's side traces, or is
// called by one of those through at most depth links of callers.
func calledBy(r, t *compiled, depth int) bool {
	if r == t || r.root == t {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, up := range r.callers {
		if calledBy(up, t, depth-1) {
			return true
		}
	}
	return false
}

// calleeExit handles an exit of c (or of an inner trace c called in a
// callee's window) that resumes in the callee: it pushes the callee's
// frame and returns the pc to resume at there.
func (j *JIT) calleeExit(m *vm.VM, c, x *compiled, snap ir.SnapID) (int, bool) {
	s := x.t.Snap(snap)
	j.stats.GuardExits++
	c.entries++
	c.iters++
	if fr := s.Frames; len(fr) > 0 {
		j.pushCallee(m, c, int(fr[0].Base), int(fr[0].ReturnPC), int(s.PC))
		return int(s.PC), true
	}
	// An exit of the inner trace (or of one of its side traces): its
	// snapshot is relative to the callee's window.
	j.pushCallee(m, c, c.callee.base, c.callee.callPC, int(s.PC))
	j.nestedTaken(m, c, x, snap)
	if lp := j.loops[x.root.key]; lp != nil && lp.tr == x.root {
		j.primeBackEdges(m, x.root)
	}
	return int(s.PC), true
}

// calleeEnter handles a side trace of c's inner trace that ended at the
// header of another loop of the callee (EnterTrace with t's slot): the
// callee's frame is pushed and the interpreter goes on at that header,
// primed to enter t.
func (j *JIT) calleeEnter(m *vm.VM, c, t *compiled) (int, bool) {
	j.pushCallee(m, c, c.callee.base, c.callee.callPC, t.key.pc)
	j.primeBackEdges(m, t)
	return t.key.pc, true
}

// calleeUntraced keeps a recording that reached a loop without a trace in
// an inlined function (trace.CalleeUntracedLoop) from counting towards
// blacklisting its loop, and bounds its back-off: the callee's loop may
// get its trace any moment (CalleeLoop woke it).
func (j *JIT) calleeUntraced(lp *loop, err error) {
	var a *trace.Abort
	if errors.As(err, &a) && a.Reason == trace.CalleeUntracedLoop && lp.untracedCallee < maxCalleeWaits {
		lp.untracedCallee++
		lp.aborts--
		lp.penalty = min(lp.penalty, maxUntracedPenalty/2)
	}
	j.calleeWoken(lp, err) // calleewake.go
}

// maxCalleeWaits bounds the aborts at an untraced callee loop that are
// not counted (a callee loop that never gets a trace must not keep its
// caller's loop recording forever).
const maxCalleeWaits = 8

// kindWord reports whether a (an IAND) extracts a field of an object's
// header word (an iterator's kind, a tuple's length: typeGuards counts
// guards on them as type guards), not a bit test of a number: collatz_len's `if n & 1` branch,
// recorded on the odd side, fails at once on every even entry, which is
// no sign that the trace is dead (it was retired again and again, and the
// calls into its loop waited for it).
func kindWord(t *ir.Trace, a *ir.Inst) bool {
	if !a.A.IsInst() {
		return false
	}
	w := t.Inst(a.A)
	if w.Op == ir.ISHR && w.A.IsInst() {
		w = t.Inst(w.A)
	}
	return w.Op == ir.FLOAD && w.Class() == trace.ClassHeader
}

// calleeTree rebuilds the inner trace c calls in a callee's window as a
// trace tree once a side trace waits for it (payoff.go's treeAt): that
// check runs when Go enters the inner trace, which c's calls never do,
// and a trace entered by c runs once per iteration of c, so it has paid.
func (j *JIT) calleeTree(c *compiled) {
	if in := j.bySlot[c.callee.slot]; in != nil && in.root == in && in.treeAt > 0 {
		in.treeAt = 0
		j.inlineSides(in)
	}
}

// recordAgain retires root, whose exit inside an inlined call leads to a
// loop with a trace in that function (trace.SideCalleeLoop: a side trace
// cannot call it in the callee's window), so that its loop is recorded
// again and calls that trace itself; as for a retired trace that keeps
// failing, after 4 retirements the loop is blacklisted.
func (j *JIT) recordAgain(root *compiled) {
	lp := j.loops[root.key]
	if lp == nil || lp.tr != root || root.callee != nil {
		return
	}
	j.retireCounted(lp, root)
}

// calleeRoom reports whether the register stack has room above the top
// frame for the callee frame c may have to push (vm.JITPushFrame checks
// what the interpreter's CALL checks; the recorder allows at most 200
// callee registers): without it the interpreter would have raised
// RecursionError at the call, so c is not entered.
func calleeRoom(m *vm.VM, c *compiled) bool {
	return c.callee == nil || m.JITStackRoom() >= c.callee.base+200+256
}
