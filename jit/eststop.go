// eststop.go stops a loop's first recording once the part recorded
// already guesses a module far too large to pay at this hook call. A
// loop's first recording is made to learn its size for the payoff rule
// (estimate.go deferEstimated), and most are deferred; an outer loop
// that unrolls its inner loops records hundreds of bytecodes (0.4-0.5
// ms) for a guess of 10,000 wasm instructions where at most 2,500 could
// have paid (jit/inner_end_accepted's loops at :10 and :76; docs/jit.md
// "What the JIT costs programs it compiles nothing for (session 26)").
//
// The guess counts guards and snapshot entries, which a recording only
// appends, so a prefix's guess bounds the whole one's from below; and
// rootPays never pays more for a larger module or fewer bytecodes per
// iteration. So once the prefix's guess is over the largest size that
// pays at this call with the most bytecodes a recording holds
// (trace.MaxBytecodes), the whole recording would have been deferred on
// its guess (or aborted further on). It stops a margin past that point
// (stopMargin, stopMinBytecodes), and the loop is left "deferred, size
// unknown" (lp.unsized, as estskip.go leaves a loop it does not record)
// with the prefix's guess and trace.MaxBytecodes as its size. Later hook
// calls price it by that bound and record it in full at the first where
// the bound pays (deferEstimated prices that recording by its guess).
//
// Only where the smallest recording would pay (skipBound): a loop that
// cannot pay at any size is recorded in full as before, so that this
// rule stops only the recordings that are too big, not the ones made
// too early (estskip.go's case, which moves decisions). The CLI turns it
// on unless HOTLOOP_JIT_ESTSTOP=0 (docs/jit.md "Recordings stopped
// before their end (session 28)").

package jit

import (
	"errors"
	"slices"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
)

// stopRule returns the rule that stops lp's first recording at this hook
// call once its guessed size cannot pay (nil: record it in full):
// Config.StopUnpayable and the payoff rules are on, lp has no size yet,
// is not woken, is not marked in the code cache, is recorded as a loop
// (not as a path that may leave it: recordRoot), and pays at skipBound's
// bound. It measures a copy of lp, so that lp is measured, as before,
// only when its recording is deferred (deferEstimated, deferStopped):
// the work clock does not move while recording.
func (j *JIT) stopRule(m *vm.VM, key loopKey, lp *loop) trace.StopRule {
	if !j.cfg.StopUnpayable || lp.instrs != 0 || lp.wake || !j.estimating(m) || j.loopMarked(key) || j.recordsPath(lp) {
		return nil
	}
	probe := *lp
	probe.outer = slices.Clone(lp.outer) // (measuring updates its runs in place)
	probe.instrs, probe.bytecodes = skipBound()
	if !j.rootPays(m, key, &probe, true) {
		return nil
	}
	most := j.largestPaying(m, key, &probe)
	return func(guards, entries, bytecodes int) bool {
		return bytecodes >= stopMinBytecodes && estimateFrom(guards, entries, false) > stopMargin*most
	}
}

// A recording is stopped once it has recorded stopMinBytecodes
// bytecodes and its guess is over stopMargin times the largest size that
// pays. A shorter recording costs little (25-110 us) and its loop's
// bound, priced later instead of its guess, would let it be recorded
// again at its next hook call (the loop at jit/inner_end_accepted.py:35,
// stopped after 5 bytecodes); under twice that size, so would a long
// one's: seen doubles from the first hook call to the second, and with
// it about the size the ski rental pays for (payoff.go). Stopped at
// once over the size that pays, bench/spectral_norm's loops were
// recorded again early and took another path (exits 2,320 -> 4,318).
const (
	stopMinBytecodes = 64
	stopMargin       = 2
)

// largestPaying returns the largest module (wasm instructions) whose
// trace pays at this hook call (paysWithFuture, with the future rootPays
// just measured into lp) running lp.bytecodes an iteration, lp.instrs
// being a size that pays. lp's size is left as it was.
func (j *JIT) largestPaying(m *vm.VM, key loopKey, lp *loop) int {
	saved := lp.instrs
	pays := func(instrs int) bool {
		lp.instrs = instrs
		return j.paysWithFuture(m, key, lp, lp.outerNow)
	}
	lo, hi := lp.instrs, 2*lp.instrs
	for hi < maxStopInstrs && pays(hi) {
		lo, hi = hi, 2*hi
	}
	for hi-lo > 1 { // lo pays, hi does not (or is past maxStopInstrs)
		mid := lo + (hi-lo)/2
		if pays(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	lp.instrs = saved
	return lo
}

// maxStopInstrs bounds largestPaying's search: a loop that pays at a
// module this large is never stopped in practice (a recording of
// trace.MaxIR instructions guesses less).
const maxStopInstrs = 1 << 20

// recordsPath reports whether lp's next root recording may leave its
// loop (recordRoot's RecordLeaving), which stopRule leaves alone.
func (j *JIT) recordsPath(lp *loop) bool {
	return j.links != 0 && lp.aborts >= pathAfterAborts
}

// deferStopped leaves lp deferred after its recording was stopped (err
// is the recorder's *trace.Stopped): unsized, with the prefix's guess and
// trace.MaxBytecodes as its size, measured as a first recording's
// deferral measures it (rootPays, which cannot pay at that size). It
// reports false for any other error.
func (j *JIT) deferStopped(m *vm.VM, key loopKey, lp *loop, err error) bool {
	var s *trace.Stopped
	if !errors.As(err, &s) {
		return false
	}
	lp.instrs, lp.bytecodes = estimateFrom(s.Guards, s.Entries, false), trace.MaxBytecodes
	lp.estimated, lp.unsized, lp.saving = true, true, 0
	j.rootPays(m, key, lp, true) // (false: the recording was stopped at a size that cannot pay)
	j.stats.RecordingsStopped++
	j.logf("deferred trace at %s: recording stopped after %d bytecodes at about %d wasm instructions (estimated), %d iterations seen", where(key.code, key.pc), s.Bytecodes, lp.instrs, lp.seen)
	return true
}
