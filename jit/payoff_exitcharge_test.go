package jit

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// TestBlacklistedExitCharged: an exit whose side trace was deferred
// (waits) and whose recordings then aborted until it was blacklisted is
// charged to the entry that ended at it, as every blacklisted exit is;
// one still waiting for its side trace is not. (nqueens' exits were so
// left waiting, never charged, and its trace, whose entries end at them
// a few bytecodes after entering, ran 1.6 M round trips through Go
// unparked when its compile came later: session 21.)
func TestBlacklistedExitCharged(t *testing.T) {
	j := New(Config{})
	x := &compiled{exits: make([]exitState, 3)}
	x.exits[1].waits, x.exits[1].black, x.exits[1].tried, x.exits[1].aborts = true, true, true, 4
	x.exits[2].waits, x.exits[2].tried = true, true
	for _, c := range []struct {
		snap    int
		charged bool
	}{{1, true}, {2, false}} {
		j.exitCharged = !c.charged
		j.noteExit(x, ir.SnapID(c.snap))
		if j.exitCharged != c.charged {
			t.Errorf("exit %d: charged %v, want %v", c.snap, j.exitCharged, c.charged)
		}
	}
}
