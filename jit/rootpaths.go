// rootpaths.go keeps the paths a loop's root recordings took through its
// iteration, so that the real-CPU check of a root's certain future
// (tracesaving.go) credits only the iterations expected to stay in the
// trace. A root trace is one path; an iteration down another leaves it
// by an exit, is finished by the interpreter, and saves nothing until a
// side trace (another compile) covers it. The recorder samples the
// loop's iterations: when two recordings of one loop took different
// paths, no single path is what most iterations do, and the share that
// stays is estimated by the samples: the recordings that took the last
// one's path over all of them (docs/jit.md "Roots that most iterations
// leave (session 32)").

package jit

import (
	"hash/fnv"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
)

// maxPathSamples bounds the recordings' paths a loop keeps.
const maxPathSamples = 8

// pathSig names the path rec took through its loop's iteration: its
// bytecode count and the resume pcs (with inlined depth) of its
// snapshots, in order. Two recordings down the same branches of the same
// code have the same signature.
func pathSig(rec *trace.Recording) uint64 {
	h := fnv.New64a()
	var b [8]byte
	put := func(v int64) {
		for i := range b {
			b[i] = byte(v >> (8 * i))
		}
		_, _ = h.Write(b[:])
	}
	put(int64(rec.Bytecodes))
	for _, s := range rec.Trace.Snaps[1:] {
		put(int64(s.PC))
		put(int64(len(s.Frames)))
	}
	return h.Sum64()
}

// notePath records the path of a root recording of lp's loop.
func (lp *loop) notePath(rec *trace.Recording) {
	lp.resample = false
	if len(lp.paths) == maxPathSamples {
		copy(lp.paths, lp.paths[1:])
		lp.paths = lp.paths[:maxPathSamples-1]
	}
	lp.paths = append(lp.paths, pathSig(rec))
}

// stayShare returns the share of lp's iterations expected to follow the
// path of its last recording: the sampled recordings that took it over
// all of them (1 with one sample, or when every sample took one path);
// one half while deferOneSample asks what a second path would leave.
func (lp *loop) stayShare() float64 {
	n := len(lp.paths)
	if lp.halfShare {
		return 0.5
	}
	if n < 2 {
		return 1
	}
	last, same := lp.paths[n-1], 0
	for _, s := range lp.paths {
		if s == last {
			same++
		}
	}
	return float64(same) / float64(n)
}

// onePath reports whether lp's loop is a one-path loop, for the guess
// that its runs repeat (tracesaving.go paysInRealCPU): every root
// recording it keeps (the last maxPathSamples, kept across retirements)
// took the same path, and deferOneSample is not pricing it as if a
// second sample had taken another. A loop recorded once is one-path: no
// sample said otherwise.
func (lp *loop) onePath() bool {
	if lp.halfShare {
		return false
	}
	for _, s := range lp.paths {
		if s != lp.paths[0] {
			return false
		}
	}
	return true
}

// newPath reports whether lp's last two recordings took different paths.
func (lp *loop) newPath() bool {
	n := len(lp.paths)
	return n >= 2 && lp.paths[n-1] != lp.paths[n-2]
}

// deferNewPath decides again, before build, a root recording whose path
// differs from the loop's previous recording: the decision to record was
// made on the previous path's size and saving, with every iteration
// expected to stay; the new sample lowers that share (stayShare). The
// recording is priced on its guessed size, as a first recording is
// (estimate.go), and reports true, after logging the deferral, when the
// loop does not pay by it.
func (j *JIT) deferNewPath(m *vm.VM, key loopKey, lp *loop, rec *trace.Recording) bool {
	if !lp.newPath() || !j.estimating(m) || j.knownRecording(rec, false) {
		return false
	}
	lp.guessFrom(rec) // estimate.go
	if j.paysWithFuture(m, key, lp, lp.outerNow) {
		return false
	}
	j.logf("deferred trace at %s: about %d wasm instructions (estimated), %d bytecodes, %d iterations seen, a new path (%.2f of the recordings took it)", where(key.code, key.pc), lp.instrs, rec.Bytecodes, lp.seen, lp.stayShare())
	return true
}

// deferOneSample defers a loop's first recording when its certain future
// pays in real CPU only if every iteration stays on the recorded path:
// priced again as if a second sample had taken another path (a stay
// share of one half), it would not pay. The loop's back-edges are primed
// so that its very next iteration is recorded (a later hook call, a
// threshold of iterations on, samples a periodic loop in the same phase
// again), and that second sample decides (deferNewPath): the same path
// compiles, another defers. A loop whose future pays even at one half,
// or whose saving the estimate does not know, goes on at once.
func (j *JIT) deferOneSample(m *vm.VM, key loopKey, lp *loop, rec *trace.Recording) bool {
	if len(lp.paths) != 1 || lp.saving <= 0 || !j.estimating(m) || j.knownRecording(rec, false) {
		return false
	}
	risk, unpaid := lp.risk, lp.unpaidRun
	lp.halfShare = true
	pays := j.paysWithFuture(m, key, lp, lp.outerNow)
	lp.risk, lp.unpaidRun, lp.halfShare = risk, unpaid, false
	if pays {
		return false
	}
	j.logf("deferred trace at %s: about %d wasm instructions (estimated), %d bytecodes, %d iterations seen, one path sampled: it pays only if every iteration takes it", where(key.code, key.pc), lp.instrs, rec.Bytecodes, lp.seen)
	lp.resample = true
	primeBackEdges(m, key.pc) // payoff.go
	return true
}

// hookIters returns the iterations lp's loop ran since the hook's last
// call for it: the threshold, or one after deferOneSample primed it.
func (lp *loop) hookIters(m *vm.VM) int64 {
	if lp.resample {
		return 1
	}
	return int64(m.JITHookThreshold())
}
