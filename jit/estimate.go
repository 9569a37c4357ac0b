// estimate.go guesses a trace module's size from its recording, so that
// the payoff rules (payoff.go) can defer a trace without optimising and
// lowering it. The rules need the size to price the compile, and used to
// learn it by running the whole pipeline on a recording that they then
// threw away when the loop (or exit) did not pay yet: most hot loops of a
// short program are deferred at least once, and the passes and the
// lowering cost 3-4 times the recording itself (docs/jit.md "JIT cost on
// short programs (session 15)"). The guess is a linear fit of the wasm
// instruction count on the recorded trace's guards and snapshot entries
// (guards become exits whose snapshot stores make most of a trace's
// code), measured over the corpus's jit, lang and workloads traces: for
// root traces it lands within 0.6-1.3 of the real size for 90% of them,
// for side traces within 0.8-1.2. A guess that says "pays" is checked
// again with the real size after lowering, so a trace is never compiled
// on the guess alone. With a code cache, a recording whose module was
// compiled in an earlier run is lowered at once instead (recordingKey),
// so that a second run still loads its traces at their first hot check.

package jit

import (
	"encoding/binary"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// Fitted weights of estimateInstrs (wasm instructions): per module, per
// guard and per snapshot entry of the recorded (unoptimised) trace.
const (
	estRootFixed    = 180.0
	estRootGuard    = 18.4
	estRootEntry    = 9.6
	estSideFixed    = 46.5
	estSideGuard    = 10.2
	estSideEntry    = 7.6
	estMinimumInstr = 16
)

// estimateInstrs guesses how many wasm instructions the module lowered
// from recorded trace t would have (a side trace's if side).
func estimateInstrs(t *ir.Trace, side bool) int {
	guards, entries := 0, 0
	for i := 1; i < len(t.Insts); i++ {
		if t.Insts[i].Guarded() {
			guards++
		}
	}
	for i := 1; i < len(t.Snaps); i++ {
		entries += len(t.Snaps[i].Entries)
	}
	return estimateFrom(guards, entries, side)
}

// estimateFrom is estimateInstrs' guess for a trace of guards guards
// and entries snapshot entries (snapshot 0's left out).
func estimateFrom(guards, entries int, side bool) int {
	fixed, perGuard, perEntry := estRootFixed, estRootGuard, estRootEntry
	if side {
		fixed, perGuard, perEntry = estSideFixed, estSideGuard, estSideEntry
	}
	return max(int(fixed+perGuard*float64(guards)+perEntry*float64(entries)), estMinimumInstr)
}

// estimating reports whether the payoff rules may decide on a
// recording's guessed size.
func (j *JIT) estimating(m *vm.VM) bool {
	return j.payoffOn(m)
}

// recordingKey returns bytes that name a recording, for Config.Known and
// Config.Compiled: the code cache can only be asked about a module's
// bytes, which exist after lowering, so each compiled recording is also
// marked under this key. A recording marked in an earlier run is lowered
// (its module is likely in the cache and loads at once, payoff.go known)
// instead of being deferred on its guessed size. Every field the lowering
// reads is in it; heap addresses are the same from run to run (docs/
// jit.md "The code cache").
func recordingKey(rec *trace.Recording, side bool) []byte {
	t := rec.Trace
	b := make([]byte, 0, 64+len(t.Insts)*40+len(t.Consts)*9+len(t.Snaps)*32)
	b = append(b, "hotloop recording 1"...)
	if side {
		b = append(b, 's')
	}
	num := func(v int64) { b = binary.AppendVarint(b, v) }
	num(int64(rec.Bytecodes))
	num(int64(rec.EnterPC))
	num(int64(rec.EnterSlot))
	num(int64(rec.Header))
	num(int64(rec.BackEdge))
	num(int64(len(rec.Calls)))
	for _, c := range rec.Calls {
		num(int64(c))
	}
	if rec.Enters {
		b = append(b, 'e')
	}
	if rec.Left {
		b = append(b, 'l')
	}
	num(int64(t.FrameSize))
	num(int64(len(t.Insts)))
	for i := range t.Insts {
		in := &t.Insts[i]
		b = append(b, byte(in.Op), byte(in.Type), in.Flag)
		num(int64(in.A))
		num(int64(in.B))
		num(int64(in.C))
		num(in.Aux)
		num(int64(in.Snap))
	}
	num(int64(len(t.Consts)))
	for _, c := range t.Consts {
		b = append(b, byte(c.Type))
		b = binary.LittleEndian.AppendUint64(b, c.Bits)
	}
	num(int64(len(t.Snaps)))
	for i := range t.Snaps {
		sn := &t.Snaps[i]
		num(int64(sn.PC))
		num(int64(len(sn.Frames)))
		for _, f := range sn.Frames {
			num(int64(f.Base))
			num(int64(f.Func))
			num(int64(f.ReturnPC))
		}
		num(int64(len(sn.Entries)))
		for _, e := range sn.Entries {
			num(int64(e.Slot))
			num(int64(e.Tag))
			num(int64(e.Val))
		}
		num(int64(len(sn.Virtuals)))
		for _, v := range sn.Virtuals {
			num(int64(v.Ref))
			num(int64(v.Alloc))
			num(int64(len(v.Fields)))
			for _, f := range v.Fields {
				num(int64(f.Off))
				num(int64(f.Val))
			}
		}
	}
	num(int64(len(t.Allocs)))
	for _, a := range t.Allocs {
		b = append(b, a.Kind)
		num(int64(a.NumVals))
		num(int64(a.Raw))
	}
	num(int64(len(t.Helpers)))
	for _, h := range t.Helpers {
		b = append(b, h.Name...)
		b = append(b, 0)
	}
	return b
}

// knownRecording reports whether a module was compiled from this
// recording in an earlier run (recordingKey).
func (j *JIT) knownRecording(rec *trace.Recording, side bool) bool {
	return j.cfg.Known != nil && j.cfg.Known(recordingKey(rec, side))
}

// markRecording marks a recording whose module was loaded (recordingKey).
func (j *JIT) markRecording(rec *trace.Recording, side bool) {
	if j.cfg.Compiled != nil {
		j.cfg.Compiled(recordingKey(rec, side))
	}
}

// deferEstimated decides a root recording on its guessed size, before
// build: at a loop's first recording, unless the recording was compiled
// in an earlier run, it records the guess as the loop's size
// (lp.estimated) and reports true, after logging the deferral, when the
// loop does not pay yet by it. A recording that goes on is checked
// again with its real size after lowering (compile), and so is the next
// recording of a loop deferred on a guess.
//
// A loop deferred without a recording (lp.unsized, estskip.go) was
// measured at this hook call already, on its bound: it is priced here
// with its guess as a first recording is, without measuring again.
func (j *JIT) deferEstimated(m *vm.VM, key loopKey, lp *loop, rec *trace.Recording) bool {
	if lp.instrs != 0 && !lp.unsized {
		return false
	}
	measured := lp.unsized
	lp.instrs, lp.bytecodes, lp.unsized, lp.saving = 0, 0, false, 0
	if j.knownRecording(rec, false) {
		return false
	}
	lp.guessFrom(rec)
	if measured && j.paysWithFuture(m, key, lp, lp.outerNow) || !measured && j.rootPays(m, key, lp, true) {
		return false
	}
	j.logf("deferred trace at %s: about %d wasm instructions (estimated), %d bytecodes, %d iterations seen", where(key.code, key.pc), lp.instrs, rec.Bytecodes, lp.seen)
	return true
}

// guessFrom sizes lp's loop by a root recording before build: its
// guessed wasm instructions, its bytecodes and its estimated saving.
func (lp *loop) guessFrom(rec *trace.Recording) {
	lp.instrs, lp.bytecodes, lp.estimated = estimateInstrs(rec.Trace, false), rec.Bytecodes, true
	lp.saving = traceSavingNs(rec)
}

// sideDeferredEstimated decides a side trace's recording on its guessed
// size, before build (unless the recording was compiled in an earlier
// run): it reports true, with the exit told to wait (as
// compileSide does after lowering), when the exit has not been taken
// often enough to pay for a module of that size. A recording that goes
// on is checked again with its real size.
func (j *JIT) sideDeferredEstimated(m *vm.VM, rec *trace.Recording, e *exitState, link int, x *compiled) bool {
	if j.knownRecording(rec, true) {
		return false
	}
	est := estimateInstrs(rec.Trace, true)
	wait := j.sideWait(m, x.root, e, est, rec.Bytecodes, nil) // sidebudget.go
	if wait == 0 {
		return false
	}
	e.skip = wait
	e.waits = true
	j.noteWait(m, e, est, rec.Bytecodes, x.root.bytecodes)
	j.stats.SideEstimated++
	j.logf("deferred side trace for exit %d of %s: about %d wasm instructions (estimated), %d bytecodes pay after %d exits, %d seen", link, x.name, est, rec.Bytecodes, e.count+wait, e.count)
	return true
}
