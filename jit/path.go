// path.go holds root traces that leave their loop (paths): a loop whose
// iterations usually leave it by a break never goes round for a recording
// to see, so its recording goes on past the break, as a side trace's
// does, to the header of the next loop that has a trace, and enters that
// trace (trace.RecordLeaving). Side traces that reach the loop's header
// then link to the path instead of aborting, and a loop nest such as
// fannkuch's runs from trace to trace without the interpreter. docs/jit.md
// "Traces that leave their loop".

package jit

import (
	"errors"
	"strings"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// pathAfterAborts is the number of aborted recordings of a loop after
// which its next recording may leave the loop by a break and become a
// path (trace.RecordLeaving); testPathAfterAborts, the number after which
// it may leave by the loop's own test (a while loop's condition) too. A
// loop that usually goes round, recorded on the one iteration that leaves
// it, would otherwise get a path instead of a loop trace, and go round
// through a side trace and a hop per iteration; its first recordings that
// leave abort, as before paths, and back off, so that a later one most
// likely records a whole iteration. A loop that keeps leaving by its
// condition (a while loop of one or two iterations) gets a path before it
// would be blacklisted (Config.MaxAborts, 6 by default).
const (
	pathAfterAborts     = 1
	testPathAfterAborts = 3
)

// recordRoot records a root trace of key's loop for compile: a loop
// trace, or (past pathAfterAborts aborts) a path that leaves the loop and
// enters the trace of the next loop it reaches (docs/jit.md "Traces that
// leave their loop"). A loop trace's recording ends with a *trace.Stopped
// error when stop says so (eststop.go).
func (j *JIT) recordRoot(m *vm.VM, key loopKey, lp *loop, backEdge int, name string, stop trace.StopRule) (*trace.Recording, error) {
	if lp.penalty == 0 {
		lp.penalty = j.cfg.Penalty // (left at 0 by leftEarly)
	}
	j.recRoot, j.recWoke, j.recLeft = &key, false, rootLeft(m, key.pc) // calleewake.go
	defer func() { j.recRoot = nil }()
	if !j.recordsPath(lp) {
		rec, err := trace.RecordStopping(m, key.pc, backEdge, name, j.innerLookup(key), j.liveCache, stop, &j.scratch)
		if _, stopped := err.(*trace.Stopped); stopped {
			return rec, err // deferred (eststop.go), not aborted
		}
		j.calleeUntraced(lp, err)
		j.leftEarly(lp, err)
		return rec, err
	}
	rec, err := trace.RecordLeaving(m, key.pc, backEdge, name, j.innerLookup(key), j.linkLookup(key), lp.aborts >= testPathAfterAborts, j.liveCache, &j.scratch)
	j.leftEarly(lp, err)
	var a *trace.Abort
	if errors.As(err, &a) && a.LeftLoop && strings.HasSuffix(a.Reason, trace.SideUntracedLoop) {
		// The path reached a loop that has no trace yet, which it may
		// link to once it has: backed off as a side trace's exit is in
		// that case (at most maxUntracedPenalty hook calls), and not
		// counted towards blacklisting (compile's abort counts it, and
		// doubles the penalty, after this).
		lp.aborts--
		lp.penalty = min(lp.penalty, maxUntracedPenalty/2)
		if j.payoffOn(m) {
			// The interpreter follows the path to that loop's back-edge
			// after this hook call: recorded there (payoff.go).
			pc := a.PC
			if h, ok := a.UntracedHeader(); ok {
				pc = h // storms.go
			}
			j.wakeForPath(m, key, pc) // pathwake.go
		}
	}
	j.calleeUntraced(lp, err)
	return rec, err
}

// linkPath makes a root path's entered trace one it "calls" (rec.Calls,
// after build laid out the nested link words): retiring the entered
// trace retires the path first, and a background compile checks that the
// slot still holds it, as for an inner trace, so that the path never
// names a slot another trace may take. It logs the path.
func (j *JIT) linkPath(key loopKey, name string, rec *trace.Recording) {
	if rec.Enters {
		rec.Calls = append(rec.Calls, rec.EnterSlot)
		if t := j.bySlot[rec.EnterSlot]; t != nil {
			j.logf("%s at %s leaves its loop: a path entering %s at %s", name, where(key.code, key.pc), t.name, where(key.code, rec.EnterPC))
		}
	}
}

// isPath reports whether c is a root trace that leaves its loop and ends
// by entering another loop's trace (trace.RecordLeaving), not a loop.
func (c *compiled) isPath() bool {
	return c.root == c && len(c.t.Insts) > 1 && c.t.Insts[len(c.t.Insts)-1].Op == ir.EXIT
}

// leaveScan is how many instructions from an exit's resume pc leavesNear
// looks at for a way out of the loop.
const leaveScan = 8

// leavesNear reports whether the interpreter, resuming at pc after an
// exit of c (a root), may leave c's loop within leaveScan instructions:
// a jump out of it (the loop's own test at its end, a break) or the
// loop's last instruction. Such an exit is followed by the enclosing
// code, whose loops should be primed then (jit.go enter), as for an exit
// that resumes outside the loop.
func (c *compiled) leavesNear(m *vm.VM, pc int) bool {
	instrs := m.JITTopFrame().Instrs
	for i := pc; i < pc+leaveScan && i < len(instrs); i++ {
		if i < c.key.pc || i > c.backEdge {
			return true
		}
		ins := instrs[i]
		if t, ok := ins.JumpTarget(); ok && (t < c.key.pc || t > c.backEdge) {
			return true
		}
	}
	return false
}

// leftEarly lets a loop whose recording left it (its condition false
// after fewer iterations than a recording needs, with no path allowed yet)
// be recorded again at its next hook call instead of backing off
// exponentially: such aborts are how the loop shows that it is short,
// and testPathAfterAborts of them buy it a path. With the back-off, a
// short loop reached only now and then (fannkuch's `while r != 1`, 9,000
// iterations in a run, and its swap loop) waited 2+4+8 hook calls for its
// fourth try and never got a trace: side traces of the enclosing loop
// unrolled it instead, one per trip count, each waiting thousands of
// exits to pay. compile's abort sets skip from the penalty left here.
func (j *JIT) leftEarly(lp *loop, err error) {
	var a *trace.Abort
	if errors.As(err, &a) && a.Reason == "loop left while recording" && lp.aborts+1 < testPathAfterAborts+1 {
		lp.penalty = 0
	}
}
