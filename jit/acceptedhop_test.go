package jit

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
)

// calleeNestSrc is lead_callee_nest's drive/f3 shape: a range loop calls
// a function of three nested short loops, the innermost of two
// iterations a run. Each inner loop's end is entered from the
// interpreter at the first iteration of every run of the loop around it,
// so its exit gets hot while the outer loop's trace, which calls the
// inner trace and goes on after that exit, is live.
const calleeNestSrc = `
def f3(i, L):
    m = 0
    for x in L[i % 3]:
        for y in range(x):
            for z in range(2):
                if z == 1 and y == x - 1 and i % 3 == 1:
                    m += 1000
                    break
                m += z
    return m

def drive(rounds, L):
    t = 0
    for i in range(rounds):
        t += f3(i, L)
    return t

print(drive(30000, [[3, 7, 5], [], [2, 9, 2, 4]]))
`

// TestCalleeNestHops checks that while drive's trace calls f3's outer
// loop trace in f3's window, no side trace in f3's loop nest enters a
// trace that calls its parent: each such hop went through Go and resumed
// f3 in the interpreter, which then ran 5.3 M of the program's 6.9 M
// bytecodes (about 0.2 M with them retired and refused).
func TestCalleeNestHops(t *testing.T) {
	want, all := runCounting(t, calleeNestSrc, nil, 0)
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	got, interp := runCounting(t, calleeNestSrc, j, 1039)
	if got != want {
		t.Fatalf("JIT prints %q, interpreter %q\n%s", got, want, log.String())
	}
	if !strings.Contains(log.String(), "calls trace_") {
		t.Fatalf("no side trace retired or refused\n%s", log.String())
	}
	for _, c := range j.live {
		if c.root != c && c.enters != nil && callsTrace(c.enters, c.parent) && j.inCalleeNest(c.enters) {
			t.Errorf("%s hops from %s into %s, which calls it in a callee's window\n%s", c.name, c.parent.name, c.enters.name, log.String())
		}
	}
	if interp > all/4 {
		t.Errorf("%d of %d bytecodes interpreted\n%s", interp, all, log.String())
	}
	t.Logf("%d of %d bytecodes interpreted; %+v", interp, all, j.Stats())
}

// TestNestHop checks the rule on hand-made traces: a side trace of x
// entering a trace that calls x counts only inside the nest of a root
// calling a callee's loop in its window.
func TestNestHop(t *testing.T) {
	j := New(Config{})
	mk := func(slot int32, tr *ir.Trace) *compiled {
		c := &compiled{slot: slot, t: tr}
		c.root = c
		j.bySlot[slot] = c
		j.live = append(j.live, c)
		return c
	}
	x := mk(4, &ir.Trace{})
	mid := mk(6, innerCallTrace(t, 4, "1,9"))
	top := mk(8, innerCallTrace(t, 6, "1"))
	if j.nestHop(x, mid) {
		t.Error("a hop counted with no root calling the nest in a callee's window")
	}
	caller := mk(9, &ir.Trace{})
	caller.callee = &calleeSite{slot: 8}
	if !j.nestHop(x, mid) || !j.nestHop(mid, top) {
		t.Error("a hop into the trace calling its parent not seen")
	}
	if j.nestHop(x, top) {
		t.Error("a hop into a trace that does not call the parent counted")
	}
	side := &compiled{root: x, slot: 5}
	if j.nestHop(side, mid) {
		t.Error("a side trace's exit taken as the root's")
	}
}

// innerCallTrace is a trace whose only helper calls the trace in slot,
// going on after the exits listed in ids (acceptedExits reads it).
func innerCallTrace(t *testing.T, slot int, ids string) *ir.Trace {
	t.Helper()
	tr := &ir.Trace{}
	tr.Helpers = append(tr.Helpers, ir.HelperSig{Name: fmt.Sprintf("%s%d:%s:%d", trace.InnerTracePrefix, slot, ids, 21)})
	return tr
}
