// acceptedhop.go keeps side traces that hop into the trace calling their
// parent out of the loops a trace runs in a callee's register window.
//
// A root trace may call the trace of a callee's loop in the callee's
// register window (calls.go), and that trace the traces of the callee's
// inner loops ("Nested loops"), each going on after its inner loop's end.
// An inner trace's end is also entered from the interpreter, at the first
// iteration of every run of the loop around it, and its exit may grow a
// side trace that runs the outer loop's path back to the outer header and
// enters the outer loop's trace (a hop). Linked, that side trace also runs
// inside the outer trace's own call of the inner trace, so the outer trace
// loses control at every end of the inner loop. In a loop's own frame the
// hop dispatcher re-enters the outer trace (hop.go); in a callee's window
// the hop reaches Go, which pushes the callee's frame and resumes it in
// the interpreter at the outer header (calleeEnter), and the rest of the
// call runs interpreted: lead_callee_nest's drive loop ran 5.3 M of its
// 6.9 M bytecodes in the interpreter, behind 40,712 such hops. So while a
// root calls a callee's loop in its window, the side traces in that
// callee's loop nest that would enter a trace calling their parent are
// retired (at the root's install) and refused (at their compile); the
// inner exits then reach Go from interpreter entries only, and the parked
// traces stop those. docs/jit.md "Short nested loops (session 24)".

package jit

import "github.com/hotloop/hotloop/trace"

// maxNestDepth bounds how deep calleeNest follows inner trace calls.
const maxNestDepth = 6

// callsTrace reports whether trace a calls trace t directly (an inner
// trace call, "trace@SLOT:...": acceptedExits).
func callsTrace(a, t *compiled) bool {
	if a == nil || t == nil {
		return false
	}
	_, ok := acceptedExits(a.t)[t.slot]
	return ok
}

// nestHas reports whether t is a, or a trace that a calls through inner
// trace calls, at most depth calls down.
func (j *JIT) nestHas(a, t *compiled, depth int) bool {
	if a == nil || depth < 0 {
		return false
	}
	if a == t {
		return true
	}
	for slot := range acceptedExits(a.t) {
		if in := j.bySlot[slot]; in != nil && in != a && j.nestHas(in, t, depth-1) {
			return true
		}
	}
	return false
}

// inCalleeNest reports whether a live root trace calls, in a callee's
// window, a loop trace that is t or calls t through inner trace calls.
func (j *JIT) inCalleeNest(t *compiled) bool {
	for _, c := range j.live {
		if c.root != c || c.callee == nil {
			continue
		}
		if j.nestHas(j.bySlot[c.callee.slot], t, maxNestDepth) {
			return true
		}
	}
	return false
}

// nestHop reports whether a side trace of root trace x that enters
// target hops into a trace calling x inside a callee's loop nest.
func (j *JIT) nestHop(x, target *compiled) bool {
	if x == nil || target == nil || x.root != x || target.root != target || target == x {
		return false
	}
	return callsTrace(target, x) && j.inCalleeNest(target)
}

// refuseNestHop blacklists exit link of x when its recorded side trace
// rec would enter a trace that calls x inside a callee's loop nest, and
// reports whether it did.
func (j *JIT) refuseNestHop(x, target *compiled, link int, rec *trace.Recording, e *exitState) bool {
	if !rec.Enters || !j.nestHop(x, target) {
		return false
	}
	e.black = true
	j.logf("refused side trace for exit %d of %s: it would enter %s, which calls %s in a callee's window", link, x.name, target.name, x.name)
	return true
}

// dropNestHops retires, when root c calls a callee's loop trace in its
// window, the side traces in that loop's nest that enter a trace calling
// their parent (they were compiled while the callee ran in the
// interpreter), and makes their exits count again.
func (j *JIT) dropNestHops(c *compiled) {
	if c.callee == nil {
		return
	}
	top := j.bySlot[c.callee.slot]
	for _, x := range append([]*compiled(nil), j.live...) {
		if x.root != x || !j.nestHas(top, x, maxNestDepth) {
			continue
		}
		for id := range x.exits {
			e := &x.exits[id]
			sd := e.side
			if sd != nil && sd.inlinedIn == nil && callsTrace(sd.enters, x) && j.dropShared(x, id, e) { // sideshare.go
				j.logf("unlinked exit %d of %s from side trace %s: it enters %s, which calls %s in the window of %s", id, x.name, sd.name, sd.enters.name, x.name, c.name)
				e.earnAgain()
				continue
			}
			if sd == nil || sd.parent != x || sd.parentLink != id || sd.inlinedIn != nil || !callsTrace(sd.enters, x) {
				continue
			}
			j.logf("retired side trace %s of %s: it enters %s, which calls %s in the window of %s", sd.name, x.name, sd.enters.name, x.name, c.name)
			j.retire(sd)
			e.earnAgain()
		}
	}
}
