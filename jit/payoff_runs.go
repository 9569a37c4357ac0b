// payoff_runs.go charges a loop's short runs their entries (session 22).
//
// A trace entered from the interpreter pays a round trip through Go at
// every run that ends at its loop's exit (exitcost.go's exitRoundTripNs:
// the wazero call, the exit's bookkeeping, the interpreter's resume). A
// loop of a few iterations per run under an outer loop that will not
// have a trace saves less per run than that round trip: jit/payoff_outer's
// `while i < limit` of 5-17 iterations per call from a caller's range
// loop and a generator's `for j in range(k % 9)` of 0-8 were compiled on
// their certain future (payoff_future.go) or on ski rental, and the
// second was parked after 128 entries that all ended at an exit. The
// payoff rule now prices an iteration's saving less its share of an
// entry: the round trip over the loop's iterations per run, as the
// innermost range loop around it measures them (iterations per iteration
// of that loop, one run each; outerFuture keeps it in loop.runLen).
//
// Only when that range loop is in a caller's frame (its trace, if it gets
// one, inlines the call and wakes the callee's loop when its recording
// meets it untraced: calls.go), is blacklisted, or (session 23,
// innerruns.go) has been hot and has no trace. An outer loop in the
// same frame that may still get a trace would call the inner loop's trace
// or unroll the loop, and charging the inner loop there reordered
// jit/inner_end_accepted's compiles: its outer loop, woken by a side
// trace, compiled with the inner loop unrolled, 5,900 wasm instructions
// (46 -> 85 ms of CPU). Without a range loop around it the run length is
// unknown and nothing is charged, as before. docs/jit.md "Short runs
// priced (session 22)".

package jit

import "github.com/hotloop/hotloop/vm"

// entriesPaid reports whether the runs of a loop inside the range loop
// at header h of fr, depth frames down, will each pay an entry from the
// interpreter: the range loop is a caller's, is blacklisted, or has been
// hot and has no trace (outerDeferred).
func (j *JIT) entriesPaid(depth int, fr vm.JITFrame, h int) bool {
	if depth > 0 {
		return true
	}
	lp := j.loops[loopKey{fr.Code, h, uint32(fr.Globals.Ref())}]
	return lp != nil && (lp.blacklisted || outerDeferred(lp)) // innerruns.go
}

// runSaving returns what one iteration of lp's loop saves in a trace,
// given saved, its saving before entries are charged: saved less an
// entry's round trip spread over the loop's iterations per run, when
// those are known. (Session 22 spread it over the most of those and what
// the loop's own range had left; a run that leaves by a break or a
// return is shorter than its range: innerruns.go.)
func (lp *loop) runSaving(saved float64) float64 {
	saved = lp.yieldRunSaving(saved) // yieldruns.go
	if lp.runLen <= 0 {
		return saved
	}
	return saved - exitRoundTripNs/float64(lp.runLen)
}
