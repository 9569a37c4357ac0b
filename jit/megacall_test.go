// megacall_test.go checks call sites whose callee is fixed for a run of
// the loop and changes between runs (megacall.go, trace/
// record_megacall.go): short phases share one residual-call side trace,
// a long phase is inlined as before, and a long phase met after the site
// went residual is promoted back to an inlined side trace. Outputs are
// compared with the interpreter's and CPython's at thresholds 1, 7, 50.

package jit

import (
	"fmt"
	"strings"
	"testing"
)

// megaSrc runs `run(n, f)` once per phase with the callees named in
// phases (n iterations each): the loop calls f(acc, i), and the callees
// include a closure, a function with a default, a bound method, a
// builtin, a class and one that raises.
func megaSrc(phases string) string {
	return `
class Tally:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self.total & 1

def run(n, f):
    acc = 0
    tally = Tally()
    for i in range(n):
        r = f(acc & 255, i)
        if isinstance(r, int):
            acc += r
        else:
            acc += 1
        if i & 1:
            acc ^= 3
        acc += tally.add(i & 7) + tally.add(acc & 3)
    return acc + tally.total

def add(a, i):
    return a + i

def sub(a, i):
    return i - a

def make(k):
    def shift(a, i, k=k):
        return (i >> k) + a
    return shift

class Box:
    def __init__(self, a, i):
        self.v = a + i

class Tick:
    def __init__(self):
        self.n = 0
    def tick(self, a, i):
        self.n += 1
        return a ^ i

def bad(a, i):
    if i == 700:
        raise ValueError(i)
    return a

t = Tick()
out = []
for n, f in ` + phases + `:
    try:
        out.append(run(n, f))
    except ValueError as e:
        out.append("ValueError %s" % e)
print(out, t.n)
`
}

// TestMegaCallShortPhases: phases of 1,500 iterations, too short to pay
// for a chain of side traces each: the call goes residual (one site) and
// the calls run in the interpreter. Without megacall.go no site is
// residual.
func TestMegaCallShortPhases(t *testing.T) {
	src := megaSrc("[(1500, f) for f in (add, sub, make(1), make(3), bad) * 3 + (t.tick, max, Box, add)]")
	js := funcRun(t, src, 1, 7, 50)
	st := js[0].Stats()
	t.Logf("threshold 1: %d side traces, %d exits, %d callouts (%d raised), %d residual sites", st.SideTraces, st.GuardExits, st.Callouts, st.CalloutsRaised, st.MegaCallSites)
	if st.MegaCallSites != 1 || st.Callouts < 10000 {
		t.Fatalf("threshold 1: %d residual call sites, %d callouts; want 1 and at least 10000", st.MegaCallSites, st.Callouts)
	}
}

// TestMegaCallLongPhases: phases of 40,000 iterations pay for inlining
// their callee (40,000 residual calls cost more than a chain): the site
// stays inlined, as before megacall.go. Fails if the recording's range
// future is not consulted (the site then goes residual).
func TestMegaCallLongPhases(t *testing.T) {
	src := megaSrc("[(40000, f) for f in (add, sub, make(2), add)]")
	js := funcRun(t, src, 1, 50)
	for i, j := range js {
		if st := j.Stats(); st.MegaCallSites != 0 || st.Callouts != 0 {
			t.Fatalf("run %d: %d residual call sites, %d callouts; want none", i, st.MegaCallSites, st.Callouts)
		}
	}
}

// TestMegaCallPromotes: short phases make the site residual; a long
// phase after them is promoted (its callee inlined in a side trace off
// the residual trace's guard), so most of its 60,000 calls are not
// residual. Fails without the promotion (megaRefuses): every call of the
// long phase is then residual.
func TestMegaCallPromotes(t *testing.T) {
	src := megaSrc("[(1500, f) for f in (add, sub, make(1), add, sub)] + [(60000, make(4))]")
	want := run(t, src, nil, 0)
	checkCPython(t, src, want)
	var log strings.Builder
	j := New(Config{Log: &log})
	if got := run(t, src, j, 1); got != want {
		t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s", want, got)
	}
	st := j.Stats()
	t.Logf("%d side traces, %d exits, %d callouts, %d residual sites", st.SideTraces, st.GuardExits, st.Callouts, st.MegaCallSites)
	promoted := strings.Contains(log.String(), "phase pays for inlining it")
	if st.MegaCallSites != 1 || !promoted || st.Callouts > 30000 {
		t.Fatalf("%d residual call sites, promoted %v, %d callouts; want 1, true and at most 30000\n%s",
			st.MegaCallSites, promoted, st.Callouts, fmt.Sprint(log.String()))
	}
}
