// yieldruns.go prices the exits of a generator loop that yields on some
// of its paths. A root recording of such a loop that meets a yield of the
// loop's own frame aborts there (trace.GenYieldInLoopFrame); a later
// recording that takes a path without the yield compiles, and its trace
// leaves through a guard exit to Go at every iteration that takes the
// yield's branch again, whose side trace predict.go refuses (it would
// yield too). Each entry of the trace then runs only the iterations
// between two yields and pays a whole exit (exitNs) at its end, not an
// entry's round trip. jit/gen_pipeline's `for x in src: if x % 2 == 0:
// yield x` compiled a 595-instruction trace that ran 64 iterations in 94
// entries. docs/jit.md "Five short programs: gen_pipeline (session 32)".
package jit

import "github.com/hotloop/hotloop/trace"

// yieldSampleRun is the iterations between two yields assumed for a loop
// whose recordings met its own frame's yield: two recordings sampled one
// iteration each, one yielded and one did not (the one being priced), so
// half the iterations are taken to yield (Laplace's rule of succession on
// one hit in one trial: (1+1)/(1+2) rounds to one in two).
const yieldSampleRun = 2

// noteYieldAbort is told of an aborted root recording of lp's loop: an
// abort at a yield of the loop's own frame marks the loop as one whose
// runs end at a yield (yieldRunSaving).
func (lp *loop) noteYieldAbort(reason string) {
	if reason == trace.GenYieldInLoopFrame {
		lp.yieldRun = yieldSampleRun
	}
}

// yieldRunSaving returns saved, what one iteration of lp's loop saves in
// a trace, less the guard exit each of its yields costs spread over the
// iterations between two yields, when its recordings met one.
func (lp *loop) yieldRunSaving(saved float64) float64 {
	if lp.yieldRun <= 0 {
		return saved
	}
	return saved - exitNs/float64(lp.yieldRun)
}
