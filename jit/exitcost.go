// exitcost.go makes an exit to Go cheaper and prices exits in the payoff
// rules. An exit's round trip (the hook's loop lookup, the exit's
// bookkeeping, priming the back-edges that should enter a trace next, the
// wazero call) ran through a map lookup keyed by (code, pc, globals) per
// hook call and one more per loop of the frame for every prime, and
// scanned the loop's whole body for its back-edges at every prime; the
// loops of a code object are now kept with their loop records, the last
// loop the hook found is remembered, and a trace's back-edges are found
// once. docs/jit.md "Exits priced (session 16)".

package jit

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// codeLoop is one loop of a code object (JIT.codeLoops, JIT.byCode's
// keys with their records) with its record.
type codeLoop struct {
	key loopKey
	lp  *loop
}

// loopOf returns the record of the loop key names, made on its first
// hot back-edge. Loop records are never dropped, so the one found last
// stays valid; a loop that runs its trace over and over (a short inner
// loop entered once per outer iteration, a trace exiting every few
// iterations) hits it without hashing the key.
func (j *JIT) loopOf(key loopKey) *loop {
	if j.lastLoop != nil && j.lastKey == key {
		return j.lastLoop
	}
	lp := j.loops[key]
	if lp == nil {
		lp = &loop{penalty: j.cfg.Penalty}
		j.loops[key] = lp
		j.byCode[key.code] = append(j.byCode[key.code], key)
		j.codeLoops[key.code] = append(j.codeLoops[key.code], codeLoop{key, lp})
	}
	j.lastKey, j.lastLoop = key, lp
	return lp
}

// backEdgePCs returns the pcs of the jumps back to c's loop header
// (JUMP, and the conditional jumps of while loops), found in the top
// frame's instructions, kept from the first call made in c's own code:
// a code object's instructions never change.
func (c *compiled) backEdgePCs(m *vm.VM) []int {
	if c.edgesSet {
		return c.edges
	}
	fr := m.JITTopFrame()
	edges := jumpsTo(fr.Instrs, c.key.pc, c.key.pc, c.backEdge+1)
	if fr.Code == c.key.code {
		// (Kept only when read from c's own code, as the callers mean.)
		c.edges, c.edgesSet = edges, true
	}
	return edges
}

// Exits priced at run time. A trace entered from the interpreter pays a
// round trip through Go for every entry that ends at an exit reaching Go
// (BenchmarkExitRoundTrip: about 150 ns of CPU in the simplest case,
// more with nested exits, hops and the priming of several loops), and
// saves what its iterations would have cost interpreted. A short inner
// loop whose outer loop has no trace, or a trace whose exits' side
// traces cannot be made, may save less per entry than the round trip
// costs (a three-iteration loop of 5 bytecodes entered once per run of
// an untraced outer loop: TestShortLoopTraceParked took 293 k exits to
// Go). Such a trace is parked: the interpreter stops entering it
// for a number of interpreted bytecodes that doubles at each parking
// (other traces still call it and hop into it). Only exits that are no
// longer on their way to a side trace are charged: one still counting
// towards its first recording, or whose side trace waits to pay
// (payoff.go), is an investment the side-trace rule already prices.
// Every counter is work, never time, so the decisions are the same from
// run to run (docs/jit.md "Deterministic trace decisions").
const (
	// exitRoundTripNs is what an entry that ends at an exit to Go costs
	// beyond the work it does (the wazero call, the exit's bookkeeping
	// in Go, the interpreter's resume, the hook at the next back-edge).
	exitRoundTripNs = 400.0
	// exitSavedNsPerBytecode is what a bytecode run in a trace saves
	// (interpNsPerBytecode less traceNsPerBytecode).
	exitSavedNsPerBytecode = interpNsPerBytecode - traceNsPerBytecode
	// exitWindow is how many entries from the interpreter a trace is
	// judged over; its first window starts after exitWarmEntries, so that
	// the side traces of its first hot exits come in before it is judged.
	exitWindow      = 128
	exitWarmEntries = 64
	// parkFirstBytecodes is the first parking's length in interpreted
	// bytecodes (about 2.5 ms of interpretation); each parking of the
	// same loop doubles it.
	parkFirstBytecodes = 100_000
)

// exitWindowCount counts a root trace's entries from the interpreter
// over the current window: entries, exits to Go charged to them (exitRoundTripNs
// each) and the bytecodes run in traces meanwhile (saved).
type exitWindowCount struct {
	entries, charged, bytecodes int64
	nested                      int64 // entries made inside a residual call (calloutEntryNs each)
	seen                        int64 // entries before the window (warm-up)
}

// parkState is a loop's parking: until the interpreter has run until
// bytecodes in all, its trace is not entered from the interpreter;
// parks counts the parkings so far (each doubles the next).
type parkState struct {
	until uint64
	parks int
}

// parked reports whether lp's trace is parked now.
func (j *JIT) parked(m *vm.VM, lp *loop) bool {
	return lp.park.until != 0 && m.BytecodesInterpreted() < lp.park.until
}

// enterPriced enters lp's trace from the interpreter (enter) and charges
// the entry: the exits to Go it ended with that no side trace is still
// coming for, and the bytecodes it ran in traces. At the end of each
// window it parks a trace whose round trips cost more than its
// iterations saved.
func (j *JIT) enterPriced(m *vm.VM, f *vm.Frame, lp *loop) (int, bool) {
	c := lp.tr
	bc, iters := j.stats.BytecodesInTraces, c.iters
	j.exitCharged = false
	inner, nested := j.nestedEntries.start(j) // calloutentry.go
	resume, ok := j.enter(m, f, lp)
	own := j.nestedEntries.finish(inner, max(j.stats.BytecodesInTraces-bc, (c.iters-iters)*int64(c.bytecodes)))
	if !j.cfg.Payoff || lp.tr != c || m.JITHookThreshold() <= 1 {
		return resume, ok
	}
	w := &c.exitWin
	if w.seen < exitWarmEntries {
		w.seen++
		return resume, ok
	}
	w.entries++
	// (An exit of an inner trace c called counts an iteration of c but
	// no bytecodes: count c's iterations too. Without the work of the
	// entries made inside this one: calloutentry.go.)
	w.bytecodes += own
	if j.exitCharged || nested {
		w.charged++
	}
	if nested {
		w.nested++
	}
	if w.entries < exitWindow {
		return resume, ok
	}
	saved := float64(w.bytecodes) * exitSavedNsPerBytecode
	cost := float64(w.charged)*exitRoundTripNs + float64(w.nested)*calloutEntryNs
	// (Only when most entries end so: an entry ending elsewhere may have
	// run part of an iteration, which counts no bytecodes, and a trace
	// whose exits mostly wait for side traces is the side-trace rule's.)
	if cost > saved && 2*w.charged >= w.entries {
		n := uint64(parkFirstBytecodes) << min(lp.park.parks, 20)
		lp.park.until = m.BytecodesInterpreted() + n
		lp.park.parks++
		j.stats.TracesParked++
		j.logf("parked %s (loop at %s) for %d interpreted bytecodes: %d of %d entries ended at an exit to Go, %d bytecodes in traces",
			c.name, where(c.key.code, c.key.pc), n, w.charged, w.entries, w.bytecodes)
	}
	*w = exitWindowCount{seen: w.seen}
	return resume, ok
}

// noteExit is told of an exit (snap of x) that reached Go, after its side
// trace bookkeeping (exitTaken): it is charged unless a side trace is
// still to come for it.
func (j *JIT) noteExit(x *compiled, snap ir.SnapID) {
	if int(snap) <= 0 || int(snap) >= len(x.exits) {
		j.exitCharged = true
		return
	}
	e := &x.exits[snap]
	// (A blacklisted exit gets no side trace, whatever it waited for
	// before its recordings aborted: nqueens' exits were deferred, then
	// blacklisted with waits still set, and were never charged, so its
	// trace, 1.6 M entries of 8 bytecodes each, was never parked.)
	j.exitCharged = e.black || !(e.side == nil && (e.waits || x.exitCounting(snap) || j.waitsForPending(e)))
}

// noteNestedExit is noteExit for an exit of inner trace x that c called
// (nestedTaken's two cases: x's own exit, or c's link word for it once
// x's is blacklisted).
func (j *JIT) noteNestedExit(c, x *compiled, snap ir.SnapID) {
	if int(snap) <= 0 || int(snap) >= len(x.exits) {
		j.exitCharged = true
		return
	}
	if !x.exits[snap].black {
		j.noteExit(x, snap)
		return
	}
	j.exitCharged = true
	if nl, ok := c.nestedLinks[x.slot]; ok && uint32(snap) < nl.Count {
		if e := c.nested[int(nl.Base)+int(snap)]; e != nil && e.side == nil && !e.black && (e.waits || !e.tried && e.aborts == 0) {
			j.exitCharged = false
		}
	}
}
