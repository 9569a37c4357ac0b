// stormsret.go blacklists, before any recording, a side trace whose start
// can only end at a return from the loop's function (storms.go's rules
// find that out after two aborted recordings).

package jit

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// maxReturnScan bounds straightReturn's walk: the instructions between
// an exit's resume pc and a return without a branch are a few (a loop's
// end, then `return s`), and a longer walk pays for nothing.
const maxReturnScan = 64

// straightReturn reports whether the code from pc on reaches a RETURN
// without a branch: every instruction on the way falls through or is an
// unconditional JUMP (a break's jump past the loop's else). A side trace
// recorded from there ends at that return in the loop's own frame, where
// it always aborts ("return from the loop's function"): it can never come
// back to the loop's header. ret is the return's pc. Any conditional
// jump, FORITER, terminator other than RETURN, yield or await stops the
// walk (false): those may go elsewhere, or suspend the frame.
func straightReturn(instrs []bytecode.Instr, pc int) (ret int, ok bool) {
	for n := 0; n < maxReturnScan && pc >= 0 && pc < len(instrs); n++ {
		op := instrs[pc].Op()
		if op >= bytecode.NumOps {
			return 0, false
		}
		switch op {
		case bytecode.RETURN:
			return pc, true
		case bytecode.JUMP:
			pc = int(instrs[pc].Bx())
			continue
		case bytecode.YIELDVALUE, bytecode.YIELDFROM, bytecode.GETAWAITABLE, bytecode.GETANEXT:
			return 0, false
		}
		if bytecode.Table[op].Flags&(bytecode.FlagJump|bytecode.FlagTerminator) != 0 {
			return 0, false
		}
		pc++
	}
	return 0, false
}

// returnHeld is sideHeld's check at an exit's first hot moment (under the
// payoff rules, as the stable-abort rule): when the code from its resume
// pc leads straight to a return (resumeNext, straightReturn), the start is
// blacklisted without recording. jit/callloop_for's small functions end
// their loops with `return s`: each loop-end exit recorded two side
// traces that aborted there before the stable-abort rule gave up. The
// memo is marked as the two aborts would have marked it: blacklisted, and
// leaving the loop when the return is outside the loop's extent.
func (j *JIT) returnHeld(m *vm.VM, x *compiled, link, resume int, e *exitState) bool {
	s := e.memo
	if s.scanned || !j.cfg.Payoff {
		return false
	}
	s.scanned = true
	fr := m.JITTopFrame()
	next, ok := resumeNext(m, fr, x, link, resume, !s.live)
	if !ok {
		return false
	}
	ret, ok := straightReturn(fr.Instrs, next)
	if !ok {
		return false
	}
	root := x.root
	s.black, s.aborts = true, max(s.aborts, j.cfg.MaxSideAborts)
	s.leaves = s.leaves || ret < root.key.pc || ret > root.backEdge
	e.black, e.leaves, e.aborts = true, e.leaves || s.leaves, s.aborts
	j.logf("blacklisted exit %d of %s before recording: from %s it runs straight to a return at %s", link, x.name, where(root.key.code, resume), where(root.key.code, ret))
	return true
}

// noteResume is told of every exit snap of x that reaches Go before its
// start is judged (returnHeld), and notes in the start's memo when the
// branch at its resume pc goes on anywhere but straight to a return this
// time (live): a snapshot that several guards share is judged by these
// exits, not by the one at the hot moment (resumeNext).
func (j *JIT) noteResume(m *vm.VM, x *compiled, snap ir.SnapID, e *exitState) {
	if !j.cfg.Payoff || e.black || e.side != nil || e.memo != nil && (e.memo.scanned || e.memo.live) {
		return
	}
	resume := int(x.t.Snap(snap).PC)
	if e.memo == nil {
		e.memo = j.sideMemoFor(x, int(snap), resume)
	}
	fr := m.JITTopFrame()
	if next, ok := resumeNext(m, fr, x, int(snap), resume, true); !ok || !straightTo(fr.Instrs, next) {
		e.memo.live = true
	}
}

// straightTo is straightReturn without the return's pc.
func straightTo(instrs []bytecode.Instr, pc int) bool {
	_, ok := straightReturn(instrs, pc)
	return ok
}

// resumeNext returns where the interpreter goes from resume, the pc exit
// link of x resumes at in frame fr: resume itself, or, when the
// instruction there is a branch (a loop's FORITER, a conditional jump),
// the way the frame as the exit wrote it makes it go now (an exhausted
// range or list iterator, a bool condition). That is the way it goes
// every time the exit is taken when exactly one guard of x exits through
// the snapshot (it failed the same way each time). A snapshot several
// guards share (a loop's entry guards on the iterator's kind and step,
// and its end) may be taken for another reason next time: jit/
// callloop_for's `stepped` exit 1 runs the loop with another step after
// an empty range (session 20 lost its side trace to a rule that judged
// from one abort); such a snapshot is judged only with shared, when every
// exit of it so far went the same way (noteResume).
func resumeNext(m *vm.VM, fr vm.JITFrame, x *compiled, link, resume int, shared bool) (int, bool) {
	if resume < 0 || resume >= len(fr.Instrs) {
		return 0, false
	}
	ins := fr.Instrs[resume]
	op := ins.Op()
	if op >= bytecode.NumOps {
		return 0, false
	}
	if bytecode.Table[op].Flags&bytecode.FlagJump == 0 || op == bytecode.JUMP {
		return resume, true
	}
	if link <= 0 || link >= len(x.t.Snaps) || int(ins.A()) >= len(fr.Regs) {
		return 0, false
	}
	if !shared && snapGuards(x, ir.SnapID(link)) != 1 {
		return 0, false
	}
	v := fr.Regs[ins.A()]
	switch op {
	case bytecode.FORITER:
		if done, known := iterDone(m, v); known && done {
			return int(ins.Bx()), true
		}
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE:
		return branchTaken(fr, resume) // predict.go
	}
	return 0, false
}

// snapGuards counts the guards of x's trace that exit through snapshot s.
func snapGuards(x *compiled, s ir.SnapID) int {
	n := 0
	for i := 1; i < len(x.t.Insts); i++ {
		if in := &x.t.Insts[i]; in.Snap == s && in.Guarded() {
			n++
		}
	}
	return n
}

// iterDone reports whether v is a range or list iterator with nothing
// left (known: it is one of those).
func iterDone(m *vm.VM, v gc.Value) (done, known bool) {
	if v.Tag() != vm.JITTagIter {
		return false, false
	}
	mem := m.JITHeap().Bytes()
	ref := uint64(uint32(v.Ref()))
	word := func(off uint64) (uint64, bool) { return heapWord(mem, ref+off) } // heapread.go
	head, ok := word(0)
	if !ok {
		return false, false
	}
	switch (head >> vm.JITKindShift) & vm.JITKindMask {
	case uint64(vm.JITKindRangeIter):
		cur, ok1 := word(vm.JITRangeCurOff)
		stop, ok2 := word(vm.JITRangeStopOff)
		step, ok3 := word(vm.JITRangeStepOff)
		if !ok1 || !ok2 || !ok3 {
			return false, false
		}
		c, e, st := int64(cur), int64(stop), int64(step)
		return !(st > 0 && c < e || st < 0 && c > e), true
	case uint64(vm.JITKindListIter):
		tag, ok1 := word(vm.JITListIterList)
		if !ok1 {
			return false, false
		}
		if gc.Tag(tag) != vm.JITTagList {
			return true, true
		}
		lref, ok2 := word(vm.JITListIterList + 8)
		idx, ok3 := word(vm.JITListIterIndex)
		n, ok4 := heapWord(mem, uint64(uint32(lref))+vm.JITListLenOff)
		if !ok2 || !ok3 || !ok4 {
			return false, false
		}
		return int64(idx) >= int64(n), true
	}
	return false, false
}
