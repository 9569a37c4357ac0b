// estskip.go defers a loop's first trace without recording it when no
// recording could say "compile" at that hook call. A loop's first
// recording was made to learn its size for the payoff rule (estimate.go
// deferEstimated), but for most of the first recordings deferred on
// their guess, no size at all would have paid with the loop's iterations
// so far: over the corpus's jit/ and workloads/ programs, 29% of them
// could not have paid even at the most bytecodes a recording holds, and
// the outer loops that unroll their inner ones cost 0.4-0.5 ms each
// (docs/jit.md "What the JIT costs programs it compiles nothing for
// (session 26)").
//
// rootPays never pays more for a larger module or for fewer bytecodes
// per iteration, so a loop that does not pay at the smallest module a
// recording can lower to (estRootFixed) running the most bytecodes a
// recording can hold (trace.MaxBytecodes) cannot pay with any
// recording. Such a loop is left "deferred, size unknown" (lp.unsized)
// with that bound as its size: later hook calls price it by the bound
// (LoopHot), and it is recorded at the first one where the bound pays,
// then priced with its guess as a first recording is. The readers of a
// deferred loop's size (calleewake, pathwake, stormswake, polypredict,
// innerruns) see the bound, which pays sooner than any real size would.
//
// With the code cache, a loop's first recording also found a module
// compiled in an earlier run (knownRecording) and loaded it at once. A
// loop whose trace was compiled is therefore marked in the cache too
// (markLoop), and a marked loop is always recorded.
//
// It is off unless Config.SkipUnpayable (HOTLOOP_JIT_ESTSKIP=1): a loop
// recorded later than at its first hot check follows another iteration's
// path, and the synchronous counters of 15 of the 169 jit/, workloads/
// and benchmark programs moved, both ways (docs/jit.md "Recordings
// skipped (session 26)").

package jit

import (
	"encoding/binary"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
)

// skipBound returns the smallest size (wasm instructions) and the most
// bytecodes per iteration any root recording can have: no recording
// pays at a hook call where this bound does not (rootPays).
func skipBound() (instrs, bytecodes int) {
	return int(estRootFixed), trace.MaxBytecodes
}

// skipUnpayable reports whether lp's loop, about to be recorded for the
// first time, is deferred unrecorded: Config.SkipUnpayable and the
// payoff rules are on, its loop
// is not marked in the code cache, and it does not pay at skipBound's
// bound (measured, as a first recording's deferral measures it). It
// leaves lp unsized with the bound as its size either way, so that the
// recording it lets go on is priced without measuring again
// (deferEstimated).
func (j *JIT) skipUnpayable(m *vm.VM, key loopKey, lp *loop) bool {
	if !j.cfg.SkipUnpayable || lp.instrs != 0 || lp.wake || !j.estimating(m) || j.loopMarked(key) {
		return false
	}
	lp.instrs, lp.bytecodes = skipBound()
	lp.estimated, lp.unsized, lp.saving = true, true, 0
	if j.rootPays(m, key, lp, true) {
		return false
	}
	j.stats.RecordingsSkipped++
	j.logf("deferred trace at %s: not recorded, it would not pay at %d wasm instructions and %d bytecodes, %d iterations seen", where(key.code, key.pc), lp.instrs, lp.bytecodes, lp.seen)
	return true
}

// loopMarkKey returns the bytes that name key's loop across runs for the
// code cache's marks (Config.Known, Config.Compiled): its code object's
// file, qualified name, first line and length, and the loop header's pc.
func loopMarkKey(key loopKey) []byte {
	c := key.code
	b := make([]byte, 0, 32+len(c.Filename)+len(c.QualName))
	b = append(b, "hotloop loop 1"...)
	b = append(b, 0)
	b = append(b, c.Filename...)
	b = append(b, 0)
	b = append(b, c.QualName...)
	b = append(b, 0)
	b = binary.AppendVarint(b, int64(c.FirstLine))
	b = binary.AppendVarint(b, int64(len(c.Instrs)))
	b = binary.AppendVarint(b, int64(key.pc))
	return b
}

// loopMarked reports whether a trace of key's loop was compiled in an
// earlier run with this code cache (markLoop).
func (j *JIT) loopMarked(key loopKey) bool {
	return j.cfg.Known != nil && j.cfg.Known(loopMarkKey(key))
}

// markLoop marks key's loop as having had a trace compiled, so that
// later runs record it in full at its first hot check (skipUnpayable,
// stopRule) and find its module in the cache.
func (j *JIT) markLoop(key loopKey) {
	if (j.cfg.SkipUnpayable || j.cfg.StopUnpayable) && j.cfg.Compiled != nil {
		j.cfg.Compiled(loopMarkKey(key))
	}
}
