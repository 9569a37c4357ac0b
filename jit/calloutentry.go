// calloutentry.go prices the entries of a trace made inside a residual
// call (docs/jit.md "Calls a trace cannot inline (session 16)"): a
// recursive function whose loop has a trace that calls the function again
// (nqueens' solve) enters that trace once per call at every depth, each
// time from Go inside a call out of wasm, and leaves it at the loop's end
// by an exit to Go. enterPriced (exitcost.go) judged such a trace on two
// wrong numbers: an outer entry was credited with the bytecodes of every
// entry made under it (counted again by those entries), and a nested
// entry was charged exitRoundTripNs, where nqueens measured about 2 µs
// (with its traces admitted, 505 k entries cost 0.9 s of CPU beyond the
// 15.6 M bytecodes they ran: 1.9 µs an entry, at load 10).

package jit

// calloutEntryNs is what an entry made inside a residual call costs
// beyond its work, charged to every such entry on top of exitRoundTripNs.
const calloutEntryNs = 1500.0

// nestedEntryCount is what the entries finished so far were credited
// with (bytecodes run in traces, the work under them included), so that an
// entry is credited with its own work only.
type nestedEntryCount struct {
	credited int64
}

// start is called before an entry: it returns the count so far and
// whether the entry is made inside a residual call.
func (n *nestedEntryCount) start(j *JIT) (int64, bool) {
	return n.credited, j.callout.depth > 0
}

// finish is called after an entry that started with count before and
// ran total bytecodes in traces, those of the entries made inside it
// included: it returns the entry's own bytecodes and credits the total
// to the enclosing entry's count.
func (n *nestedEntryCount) finish(before, total int64) int64 {
	inner := n.credited - before
	n.credited = before + max(total, inner)
	return max(total-inner, 0)
}
