// toolong.go refuses a root recording whose guessed module size
// (estimate.go) is far past Config.MaxTraceInstrs before it is optimised
// and lowered, rather than after.
//
// An outer loop recorded while its inner loop has no trace unrolls the
// inner loop (record_inner.go). When the inner loop is long, the
// recording still fits the recorder's limits (600 bytecodes, 3,000 IR
// instructions) but its module does not: it used to be optimised and
// lowered in full and then refused ("trace too long to compile"). nbody's
// outer loop, recorded while its pair loop's trace was deferred by the
// payoff rule, unrolled the 10 pairs: 1,976 IR instructions, guessed at
// 18,404 wasm instructions, lowered to 13,742 and refused, after 5-7 ms of
// optimising and lowering on the quiet machine (15 ms under load) in a
// run of 150 ms. The guess lands within 0.6-1.3 times the real size for
// 90% of root traces, so a guess above 1.3 times the limit is refused at
// once, with the same abort (and back-off) as the lowered module would
// have had.

package jit

import (
	"fmt"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
)

// tooLongGuess is the factor (in tenths) over Config.MaxTraceInstrs from
// which a root recording's guessed size refuses it unlowered.
const tooLongGuess = 13

// tooLongEstimated returns the abort reason for a root recording whose
// guessed module size is more than tooLongGuess/10 times the most a
// module may have, or "" when it should be lowered to find out (always
// when the payoff rules are off: forced-hot mode and the jit tests lower
// every recording).
func (j *JIT) tooLongEstimated(m *vm.VM, rec *trace.Recording) string {
	if !j.estimating(m) {
		return ""
	}
	est := estimateInstrs(rec.Trace, false)
	limit := j.cfg.MaxTraceInstrs * tooLongGuess / 10
	if est <= limit {
		return ""
	}
	j.logf("%s: about %d wasm instructions (estimated), %d allowed", rec.Trace.Name, est, j.cfg.MaxTraceInstrs)
	return fmt.Sprintf("trace too long to compile (estimated at more than %d wasm instructions)", limit)
}
