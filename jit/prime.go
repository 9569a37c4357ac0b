// prime.go holds the probation test of priming (jit.go enter,
// primeFrame): after an exit, a loop's back-edge is primed so that the
// interpreter enters its trace again at the next one, unless the trace is
// on probation. Probation is for a trace whose entries keep ending at an
// exit in the middle of its loop after few iterations (a branch that goes
// the other way half the time, with no side trace yet): priming it would
// make every few iterations pay an exit and an entry. It counted every
// entry, so a short loop, whose entries end at its natural end after two
// or three iterations (fannkuch's swap and flips loops), was put on
// probation too and then entered once per HookThreshold iterations: most
// of fannkuch then ran interpreted, how much depending on the order its
// traces came in (30-80 M bytecodes of 88 M at thresholds other than the
// default). Entries that end where the loop ends (or by a hop to another
// trace) no longer count against it (docs/jit.md "Deterministic trace
// decisions").

package jit

import "github.com/hotloop/hotloop/vm"

// primeable reports whether c's loop should be primed after an exit: it
// is not on probation (fewer than primeProbation entries, or at least
// minItersPerEntry iterations per entry that ended in the middle of the
// loop).
func (c *compiled) primeable() bool {
	return c.entries < primeProbation || c.iters >= minItersPerEntry*(c.midExits+c.goEnds)
}

// primeInner primes the back-edges of the loops nested in c's loop that
// have a trace not on probation, after an exit of c that resumes in the
// middle of its loop: the interpreter runs the rest of c's body, and its
// inner loops should enter their traces at their first back-edge, not
// after HookThreshold interpreted iterations (an exit of fannkuch's main
// loop trace left its copy, flips and swap loops to the interpreter for
// the rest of the run when their traces were not otherwise primed).
func (j *JIT) primeInner(m *vm.VM, c *compiled) {
	for _, cl := range j.codeLoops[c.key.code] {
		if k := cl.key; k.globals != c.key.globals || k.pc <= c.key.pc || k.pc > c.backEdge {
			continue
		}
		if lp := cl.lp; lp.tr != nil && lp.tr.primeable() {
			j.primeBackEdges(m, lp.tr)
		}
	}
}

// primeNested primes after an exit of an inner trace that c called and
// does not continue after: the interpreter resumes inside the inner loop,
// runs the rest of c's body and comes round to c's header, so c's loop
// and the loops nested in it should be entered at their next back-edge.
// Nothing was primed before: a trace calling inner traces that exit
// (fannkuch's main loop calling its copy loop's trace) left the rest of
// the run to the interpreter until a counter reached HookThreshold.
func (j *JIT) primeNested(m *vm.VM, c *compiled) {
	if lp := j.loops[c.key]; lp != nil && lp.tr == c && c.primeable() {
		j.primeBackEdges(m, c)
	}
	j.primeInner(m, c)
}
