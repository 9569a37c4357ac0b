package jit

import (
	"strings"
	"testing"
)

// waitEndSrc is a range loop whose body takes one of three paths by i % 3
// and i % 5, and leaves an inner loop over a tuple by a break at an item
// that depends on them (jit/lead_break_last's mixed_positions). The
// branch on i % 5 is split among three exits of the tree (the root's body
// and entry, and the side trace of i % 3), so that each is taken in a
// tenth of the root's iterations or less: its certain future (rate x the
// range left) is a few thousand exits, short of paying a compile at
// sideSavedNs each, but more than its ski-rental wait. The range starts
// at 3 so that the root's two sampled iterations (at the hook's call and
// the next, rootpaths.go) take the same path: the root compiles, as a
// loop whose samples agree does.
const waitEndSrc = `
def mixed_positions(rounds):
    hits = [0, 0, 0]
    for i in range(3, rounds + 3):
        stop = 4 if i % 3 else 5
        if i % %M% == 0:
            stop = 9
        for t in (0, 1, 2, 3, 4, 5):
            if t == stop:
                hits[0] += t
                break
        else:
            hits[1] += 1
        hits[2] += 1
    return hits


print(mixed_positions(30000))
`

// TestSideWaitEndsByFuture: a side trace whose exit's certain future is
// at least the exits its ski-rental wait has left compiles at once rather
// than at the end of the wait (sideWait), so the tree of mixed_positions
// exits to Go a few hundred times, not thousands (3,537 with the wait: each
// waited exit also re-enters the root through its entry, whose own exits
// then fire). An exit taken once in 97 iterations has a future short of
// its wait and still waits.
func TestSideWaitEndsByFuture(t *testing.T) {
	j, lg := runPayoffLogged(t, "i % 5", strings.ReplaceAll(waitEndSrc, "%M%", "5"), 1039) // payoff_budget_test.go
	if n := j.Stats().GuardExits; n > 1000 {
		t.Fatalf("%d guard exits, want at most 1000\n%s", n, lg)
	}
	if !strings.Contains(lg, "ends its wait by its certain future") {
		t.Fatalf("no side trace ended its wait by its future\n%s", lg)
	}
	_, lg = runPayoffLogged(t, "i % 97", strings.ReplaceAll(waitEndSrc, "%M%", "97"), 1039)
	if strings.Contains(lg, "ends its wait by its certain future") || !deferredSide.MatchString(lg) {
		t.Fatalf("a rare exit did not wait\n%s", lg)
	}
}
