// exitnear_test.go checks that an exit's "leaves the loop near its
// resume pc" answer is scanned once per exit, not at each of its
// returns to Go (exitnear.go), and that the kept answer still decides
// as a scan would: an exit in the middle of the body primes the loops
// inside it (midExits), one just before the loop's end primes the
// frame's loops instead.

package jit

import (
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
)

// midExitSrc's trace (recorded on the even path: the loop is first hot
// at i = 0 with threshold 1) exits on every odd i, resuming in the
// middle of the body, well before the back-edge; its float sum keeps
// the function from the loop-function compiler. endExitSrc's inner
// loop, run from an outer loop that cannot be traced (`with`), exits at
// its `break`, which leaves it. Outputs are CPython's.
const midExitSrc = `
def f(n):
    t = 0.0
    i = 0
    while i < n:
        if i & 1:
            t += 3.0
        else:
            t += 1.0
        t += 0.5
        t += 0.25
        t = t * 1.0
        t -= 0.75
        i += 1
    return int(t)
print(f(20000))
`

const endExitSrc = untraceableCtxSrc + `
def g(n):
    t = 0.0
    for k in range(n):
        with c:
            t += 0.25
        i = 0
        while True:
            t += 1.5
            i += 1
            if i == 3:
                break
        t -= 0.5
    return int(t)
print(g(20000))
`

func TestExitLeaveScanKept(t *testing.T) {
	for _, tc := range []struct {
		name, src, out string
		mid            bool // the exits resume mid-body (none leaves near)
	}{
		{"mid", midExitSrc, "40000\n", true},
		{"end", endExitSrc, "85000\n", false},
	} {
		j := New(Config{HotExit: 1 << 30})
		if got := jittest.Run(t, tc.src, j, 1); got != tc.out {
			t.Fatalf("%s: printed %q, want %q", tc.name, got, tc.out)
		}
		st := j.Stats()
		if st.GuardExits < 5000 {
			t.Fatalf("%s: %d exits to Go, want thousands", tc.name, st.GuardExits)
		}
		if j.leaveScans > 8 {
			t.Errorf("%s: %d scans for a way out of the loop over %d exits, want one per exit taken", tc.name, j.leaveScans, st.GuardExits)
		}
		var mid int64
		for _, c := range j.live {
			mid += c.midExits
		}
		if tc.mid && mid < st.GuardExits-8 {
			t.Errorf("%s: %d of %d exits primed as mid-body exits, want all", tc.name, mid, st.GuardExits)
		}
		if !tc.mid && mid > 8 {
			t.Errorf("%s: %d of %d exits primed as mid-body exits, want none", tc.name, mid, st.GuardExits)
		}
	}
}
