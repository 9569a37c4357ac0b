// accepted.go keeps side traces off the exits of an inner trace that an
// outer trace calling it goes on after (the inner loop's end).
//
// An outer root trace calls an inner loop's trace and continues after the
// exits where the recorded inner loop ended ("Nested loops"). When such
// an exit also has a linked side trace, the inner trace calls that side
// trace instead of returning: the side trace runs the outer loop's path
// to the next loop header and enters that loop's trace by a hop, so the
// outer trace loses control at every inner loop's end and is re-entered
// by hops (nbody: two hops per outer iteration, 350,000 in all). The side
// trace only gets compiled when the inner trace's end reached Go often
// enough before the outer trace was live, which is what a background
// compile of the outer trace allows (its exits keep coming while it
// compiles). So when an outer root trace is installed, the side traces
// on the exits it goes on after are retired, and the exits must earn
// their side traces again: from then on they reach Go only when the
// interpreter enters the inner trace itself (the outer trace left in its
// middle), where a side trace does help. docs/jit.md "Inner loops' ends
// kept in the outer trace (session 18)".

package jit

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
)

// acceptedExits returns, per inner trace slot that t calls, the exit ids
// of that trace after which t goes on (the IDS of "trace@SLOT:IDS:...").
func acceptedExits(t *ir.Trace) map[int32][]int {
	var m map[int32][]int
	for _, h := range t.Helpers {
		spec, ok := strings.CutPrefix(h.Name, trace.InnerTracePrefix)
		if !ok {
			continue
		}
		parts := strings.Split(spec, ":")
		if len(parts) < 2 {
			continue
		}
		slot, err := strconv.Atoi(parts[0])
		if err != nil {
			continue
		}
		for _, f := range strings.Split(parts[1], ",") {
			id, err := strconv.Atoi(f)
			if err != nil {
				continue
			}
			if m == nil {
				m = map[int32][]int{}
			}
			m[int32(slot)] = append(m[int32(slot)], id)
		}
	}
	return m
}

// dropAcceptedSides retires the side traces of the inner traces c (a
// root just installed) calls that hang off exits c goes on after, and
// makes those exits earn their side traces again (also the ones that have
// none yet: their counts come from the interpreted outer loop, and a side
// trace compiled on them now would enter c by a hop from inside c's own
// call).
func (j *JIT) dropAcceptedSides(c *compiled) {
	accepted := acceptedExits(c.t)
	// In slot order: the map's order made the retirements (their log and
	// the slots they free) differ between runs (TestDecisionsDeterministic).
	for _, slot := range slices.Sorted(maps.Keys(accepted)) {
		ids := accepted[slot]
		x := j.bySlot[slot]
		if x == nil || x.root != x {
			continue
		}
		for _, id := range ids {
			if id <= 0 || id >= len(x.exits) {
				continue
			}
			e := &x.exits[id]
			if sd := e.side; sd != nil && sd.inlinedIn == nil {
				j.dropShared(x, id, e) // sideshare.go: an exit linked to another exit's side trace
			}
			if sd := e.side; sd != nil {
				if sd.inlinedIn != nil || sd.parent != x || sd.parentLink != id {
					continue
				}
				j.logf("retired side trace %s of %s: exit %d ends the inner loop, which %s goes on after", sd.name, x.name, id, c.name)
				j.retire(sd)
			}
			// From now on the exit reaches Go only when the interpreter
			// entered x, not c: its side trace must be earned again.
			e.earnAgain()
		}
	}
}
