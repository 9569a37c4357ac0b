// innerwait.go holds back a root recording while a loop after its header
// in the same code (an inner loop, most likely) has its trace compiling
// in the background.
//
// The recording would not find the inner loop's trace (it is not
// installed yet), so it unrolls the inner loop into the outer trace: a
// long inner loop makes the recording abort ("trace too long", or too
// long to compile after lowering 12,000 wasm instructions for nothing),
// and the outer loop is backed off, running interpreted, with its inner
// trace entered from Go and leaving to Go at every inner loop's end,
// until a later recording. nbody, with background compiles on, aborted
// its outer loop twice so, a few milliseconds of recording and lowering
// each, while the pair loop's trace compiled. Waiting instead polls the
// outer loop every pendingPoll back-edges (as a loop whose own trace
// compiles does), and the recording that follows the install calls the
// inner trace. docs/jit.md "Inner loops' ends kept in the outer trace
// (session 18)".

package jit

// innerPending reports whether a loop of key's code and globals that
// starts after key's header has its trace compiling in the background.
// (A sibling loop after this one also holds it back; the wait is one
// compile at most.)
func (j *JIT) innerPending(key loopKey) bool {
	if j.async.inflight == 0 {
		return false
	}
	for k, lp := range j.loops {
		if lp.pending && k.code == key.code && k.globals == key.globals && k.pc > key.pc {
			return true
		}
	}
	return false
}
