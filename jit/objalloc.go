// objalloc.go holds what the JIT does after a trace hands a safepoint to
// the interpreter. A trace that allocates runs the collector's budget
// down and leaves through its loop's safepoint exit so that the
// interpreter can collect at the back-edge; the loop must then be entered
// again at its next back-edge. Without priming, the interpreter ran the
// loop for a whole HookThreshold of iterations after every collection
// (vectors.py: 7% of its particle steps interpreted, a third of its time).

package jit

import "github.com/hotloop/hotloop/vm"

// primeAfterSafepoint makes the back-edge of c's loop enter c again the
// next time it is taken, after a safepoint exit returned c's loop header
// to the interpreter. hopped says the interpreter's own back-edge belongs
// to another loop (c was entered from a side trace), so every jump back
// to c's header is primed instead.
func (j *JIT) primeAfterSafepoint(m *vm.VM, c *compiled, hopped bool) {
	lp := j.loops[c.key]
	if lp == nil || lp.tr != c {
		return
	}
	if hopped {
		j.primeBackEdges(m, c)
		return
	}
	m.JITPrimeLoop(m.JITTopFrame().PC)
}
