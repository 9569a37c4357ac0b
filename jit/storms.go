// storms.go keeps the JIT from recording the same thing again and again
// when the recording keeps failing (docs/jit.md "What the JIT costs a
// program it does not speed up"). Three rules:
//
//   - Side traces remember their aborts by where they start (the root
//     loop and the exit's resume pc), not by the exit of one compiled
//     trace: a parent that is recompiled (retired and recorded again,
//     rebuilt into a tree) gets fresh exits, which used to start their
//     back-off and their blacklisting over. An exit whose side trace
//     reached a loop without a trace waits for that loop to get one
//     (retrying at once when it does, and otherwise only after a back-off
//     that doubles), instead of recording every 16 exits.
//   - An abort for the same reason at the same pc as the last one, for a
//     reason that does not depend on the moment (an unsupported
//     instruction, operand types, the host-call gate, a yield in the
//     loop's generator), blacklists the loop or the exit at once: the
//     next recording would see the same bytecode and abort the same way.
//   - Aborted recordings are bounded per program by the work it has done
//     (recordBudget), so that a program whose loops cannot be traced
//     spends at most a few percent of its time recording them.
package jit

import (
	"strings"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// sideKey names where side traces start: the root loop they return to,
// the pc the interpreter resumes at after the exit, and which exit it is:
// its link word (the snapshot number, or a nested link word) and, for an
// exit of a side trace, that side trace's depth and link. Two exits of one
// trace may resume at the same pc after different guards (a loop's end
// and a type guard on its item, both before FORITER) and have nothing
// else in common; a trace recorded again the same way numbers its
// snapshots the same way, so its exits find what the last one learnt.
type sideKey struct {
	root       loopKey
	pc         int
	link       int
	gen        int
	parentLink int
}

// sideMemo is what the JIT remembers about side traces that start at one
// sideKey, over every exit (of every trace) that resumes there.
type sideMemo struct {
	aborts   int    // recordings that aborted, except at a loop without a trace
	untraced int    // recordings that ended at a loop without a trace
	penalty  int    // the next back-off, in exits
	last     string // the last stable abort's reason (stableAbort)
	lastPC   int
	black    bool
	scanned  bool // returnHeld looked at the start's bytecode
	live     bool // an exit before that went on past its resume branch (noteResume)
	leaves   bool // a recording's path left the root loop
	// waiting: the last recording ended at the loop waitFor, which had
	// no trace; recording again is pointless until it has one.
	waiting bool
	waitFor loopKey
	// cold: waitFor had not been hot yet (no loop record) at the last
	// abort; the wait ends when it is (storms.go waitOver).
	cold bool
}

// sideMemoFor returns the memo of side traces hanging off link word link
// of x and starting at pc resume.
func (j *JIT) sideMemoFor(x *compiled, link, resume int) *sideMemo {
	if j.sideMemos == nil {
		j.sideMemos = map[sideKey]*sideMemo{}
	}
	k := sideKey{x.root.key, resume, link, x.gen, x.parentLink}
	s := j.sideMemos[k]
	if s == nil {
		s = &sideMemo{}
		j.sideMemos[k] = s
	}
	return s
}

// waitOver reports whether e's side trace was waiting for a loop to get
// a trace and that loop now has one, or was waiting for a loop that had
// not been hot and now is (its next recording wakes it): time to record
// it again.
func (j *JIT) waitOver(e *exitState) bool {
	s := e.memo
	if s == nil || !s.waiting {
		return false
	}
	lp := j.loops[s.waitFor]
	return lp != nil && (lp.tr != nil || s.cold && !lp.blacklisted)
}

// sideHeld is called when e (link word link of x, resuming at resume)
// is hot, before its side trace is recorded. It reports true
// when the recording should not happen now: the start is blacklisted
// (from another exit or an earlier compile of the parent) or runs
// straight to a return (returnHeld), its side trace waits for a loop that
// still has no trace (a first try from this exit only: a later one is the
// back-off's retry; any try while that loop is woken, wokenWait), or the
// program's recording budget is spent.
func (j *JIT) sideHeld(m *vm.VM, x *compiled, link, resume int, e *exitState) bool {
	root := x.root
	if e.memo == nil {
		e.memo = j.sideMemoFor(x, link, resume)
	}
	s := e.memo
	if s.black {
		e.black, e.leaves, e.aborts = true, e.leaves || s.leaves, s.aborts
		j.logf("blacklisted exit at %s: its side traces aborted %d times before", where(root.key.code, resume), s.aborts)
		return true
	}
	if j.returnHeld(m, x, link, resume, e) { // stormsret.go
		return true
	}
	if j.waitsForPending(e) { // async.go
		e.skip = pendingSideSkip
		return true
	}
	if s.waiting && !j.waitOver(e) && (!e.tried || j.wokenWait(m, s)) { // stormswake.go
		e.skip = max(s.penalty, 1)
		return true
	}
	if !j.recordBudget(m) {
		e.skip = max(s.penalty, j.cfg.Penalty)
		return true
	}
	// It records now: if it stops at a loop without a trace again,
	// sideAborted waits again; otherwise waiting is over (a side trace
	// deferred for the payoff must not count as woken at every exit).
	e.tried, s.waiting = true, false
	return false
}

// sideAborted counts an aborted side trace recording of e at its start's
// memo and backs the exit off; e.black says whether it is blacklisted.
// header is the loop without a trace that the recording reached (the
// Abort's UntracedHeader), or -1: then it is the loop at pc.
func (j *JIT) sideAborted(m *vm.VM, root *compiled, e *exitState, pc, header int, reason string, left bool) {
	s := e.memo
	if s == nil {
		s = &sideMemo{}
		e.memo = s
	}
	if header < 0 {
		header = loopHeaderAt(m, pc)
	}
	wait := loopKey{root.key.code, header, root.key.globals}
	if lp := j.loops[wait]; reason == trace.SideUntracedLoop && (lp == nil || !lp.blacklisted) {
		// Not counted as an abort: that loop may get its trace any moment
		// (payoff deferral), and the exit retries as soon as it has one
		// (hot, waitOver). maxUntracedAborts still bounds the tries. A
		// blacklisted loop never gets one: that counts as an abort.
		s.untraced++
		if s.untraced >= maxUntracedAborts {
			s.aborts = max(s.aborts, j.cfg.MaxSideAborts)
		}
		s.waiting, s.waitFor, s.cold = true, wait, lp == nil
	} else {
		s.aborts++
		s.waiting = false
		if reason == trace.SideUntracedLoop && j.cfg.Payoff {
			// The loop it reached is blacklisted: it never gets a
			// trace to link to, and the next recording would stop there
			// again (jit/abort_storms' sliced rows: four recordings per
			// exit of the inner trace and of its side trace).
			s.aborts = max(s.aborts, j.cfg.MaxSideAborts)
		}
		if stableAbort(reason) {
			if j.cfg.Payoff && reason == s.last && pc == s.lastPC {
				s.aborts = max(s.aborts, j.cfg.MaxSideAborts)
				j.logf("side trace aborted twice for %q: no more tries", reason)
			}
			s.last, s.lastPC = reason, pc
		}
	}
	s.leaves = s.leaves || reason == trace.SideLeftLoop || left
	e.leaves = e.leaves || s.leaves
	if s.penalty == 0 {
		s.penalty = j.cfg.Penalty
	}
	e.skip = s.penalty
	s.penalty = min(2*s.penalty, 1<<24)
	if reason == trace.SideUntracedLoop && j.payoffOn(m) {
		e.skip = max(e.skip, j.wakeForSide(m, root.key, header, e.count)) // stormswake.go
		if j.loops[wait] == nil {
			// That loop has not been hot yet: nothing to wake, and it
			// cannot have a trace before it has run a threshold of
			// iterations, which the exit, taken once per run of the
			// enclosing path, takes about as many exits to see. Retrying
			// sooner recorded the same abort again and again (jit/
			// linked_loops' countdown: 9 recordings from one exit before
			// its outer loop was first hot). waitOver ends the wait as
			// soon as the loop is hot (its record made, its trace
			// deferred or recorded): the next recording wakes it.
			e.skip = max(e.skip, m.JITHookThreshold())
		}
	}
	e.aborts = s.aborts
	if s.aborts >= j.cfg.MaxSideAborts {
		s.black, e.black = true, true
	}
}

// loopHeaderAt returns the header of the loop whose header or back-edge
// jump is at pc in the top frame (an untraced loop's abort pc). A FORITER
// is a header itself: its jump is the loop's exit, which points backwards
// when the loop is the last statement of an outer loop's body (the
// compiler threads it to the outer header). Taking that for a back-edge
// named the outer loop, which has a trace, so an exit whose side trace
// waited for the inner loop retried at every exit (jit/inner_end_accepted:
// 20 recordings from one exit) and the inner loop was never woken.
func loopHeaderAt(m *vm.VM, pc int) int {
	return headerOf(m.JITTopFrame().Instrs, pc)
}

// headerOf is loopHeaderAt on instrs.
func headerOf(instrs []bytecode.Instr, pc int) int {
	if pc >= 0 && pc < len(instrs) {
		ins := instrs[pc]
		if t, ok := ins.JumpTarget(); ok && ins.Op() != bytecode.FORITER && t <= pc {
			return t
		}
	}
	return pc
}

// rootAborted is told of an aborted root recording of lp's loop (after
// abort counted it): a stable reason at the same pc as the loop's last
// stable abort blacklists the loop (sets its count to MaxAborts).
// Transient aborts in between (the loop left while recording, say) do
// not count either way.
func (j *JIT) rootAborted(lp *loop, pc int, reason string) {
	if !stableAbort(reason) {
		return
	}
	if j.cfg.Payoff && reason == lp.lastAbort && pc == lp.lastAbortPC {
		lp.aborts = max(lp.aborts, j.cfg.MaxAborts)
		j.logf("recording aborted twice for %q: no more tries", reason)
	}
	lp.lastAbort, lp.lastAbortPC = reason, pc
}

// transientAborts are parts of abort reasons that depend on the moment
// of the recording rather than on the bytecode: the values met (an
// error or the loop's end while recording), or other loops' traces,
// which may appear later (an inner loop, a loop without a trace, a trace
// that went), or the recording's length, which an inner loop's trace
// shortens.
var transientAborts = []string{
	"while recording", // "loop left while recording", "int overflow or error while recording", ...
	"inner",
	"without a trace",
	"with a trace",
	"trace gone",
	"too long",
	"in an inlined function",
	// Types are values too: an item of a list that holds several types,
	// an operand that changes type (hexiom's side trace recorded "list
	// item type" three times, then a fourth time without, and saved 30 k
	// exits). Only the reasons that name a value's type: "call of a
	// builtin type or a special class" and "call of builtin type int"
	// (other arguments) name the callee, which the next recording meets
	// again (session 22: a bare "type" matched them too).
	"item type",      // list, tuple, deque, dict item type
	"operand type",   // operand types, unary operand type
	"another type",   // right operand, dict item or store, result, int()/float() argument
	"argument types", // call of builtin f with other argument types
}

// stableAbort reports whether an abort for reason would come again at
// the next recording of the same loop or exit: it names the bytecode
// (an unsupported instruction or call, operand or item types, a yield)
// rather than the moment. A side trace's plain SideLeftLoop is not
// counted (it costs no recording).
func stableAbort(reason string) bool {
	if reason == trace.SideLeftLoop {
		return false
	}
	for _, t := range transientAborts {
		if strings.Contains(reason, t) {
			return false
		}
	}
	return true
}

// Recording budget: a program may abort recordingsFree recordings, and
// one more per bytecodesPerRecording bytecodes it has run (interpreted or
// in traces). A recording costs 0.05-0.3 ms and an interpreted bytecode
// about 25 ns, so aborted recordings cost at most about a tenth of the
// run once the free ones are spent.
const (
	recordingsFree        = 16
	bytecodesPerRecording = 100_000
)

// recordBudget reports whether the program may record now: always in
// forced-hot mode and without Config.Payoff (tests), otherwise while its
// aborted recordings are within the budget. A recording it refuses is
// tried again after the usual back-off.
func (j *JIT) recordBudget(m *vm.VM) bool {
	if !j.payoffOn(m) {
		return true
	}
	work := int64(m.BytecodesInterpreted()) + j.stats.BytecodesInTraces
	if j.stats.TracesAborted < recordingsFree+work/bytecodesPerRecording {
		return true
	}
	j.stats.RecordingsRefused++
	return false
}
