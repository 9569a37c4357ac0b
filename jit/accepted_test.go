package jit

import (
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// stepPairsSrc is nbody's shape: an outer loop with two inner for loops
// run once per outer iteration each.
const stepPairsSrc = `
def step(bodies, pairs, n):
    for _ in range(n):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            d = p1[0] - p2[0]
            v1[0] -= d * m2
            v2[0] += d * m1
        for (p, v, m) in bodies:
            p[0] += v[0] * 0.01
`

// acceptedSrc runs stepPairsSrc on five bodies: the inner loops get
// traces first, their ends reach Go once per outer iteration until the
// outer loop's trace calls them.
const acceptedSrc = stepPairsSrc + `
bodies = [[[float(i)], [0.5 * i], 0.001 * (i + 1)] for i in range(5)]
pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
step(bodies, pairs, 6000)
print(["%.6f %.6f" % (b[0][0], b[1][0]) for b in bodies])
`

// TestAcceptedExitNoSide checks that an inner loop's end, which an outer
// trace calling the inner trace goes on after, keeps no side trace once
// the outer trace is live: such a side trace ran the outer path to the
// next loop and entered it by a hop, so the outer trace lost control at
// every inner loop's end (hops per outer iteration instead of none).
// The side traces are compiled before the outer trace here because
// their exits need only 2 visits (HotExit) while the outer loop reaches
// its threshold later; with the outer trace's install retiring them and
// no new ones grown, no hop is left.
func TestAcceptedExitNoSide(t *testing.T) {
	want := run(t, acceptedSrc, nil, 0)
	var log strings.Builder
	j := New(Config{Log: &log, HotExit: 2})
	got := run(t, acceptedSrc, j, 103)
	if got != want {
		t.Fatalf("JIT printed\n%s\nwant\n%s", got, want)
	}
	st := j.Stats()
	if st.TracesCompiled < 3 || !strings.Contains(log.String(), "trace@") && st.BytecodesInTraces == 0 {
		t.Fatalf("loops not compiled: %+v\n%s", st, log.String())
	}
	if st.TraceHops > 1000 {
		t.Errorf("%d trace hops: a side trace at an inner loop's end took the outer trace's place\n%s", st.TraceHops, log.String())
	}
	t.Logf("%+v", st)
}

// TestInnerPendingHoldsOuter checks innerPending: a root recording waits
// while a loop after its header in the same code and globals compiles in
// the background, and only then.
func TestInnerPendingHoldsOuter(t *testing.T) {
	code, other := &bytecode.Code{}, &bytecode.Code{}
	j := New(Config{})
	outer := loopKey{code, 10, 1}
	j.loops[outer] = &loop{}
	inner := loopKey{code, 14, 1}
	j.loops[inner] = &loop{pending: true}
	if j.innerPending(outer) {
		t.Fatal("held back with no compile in flight")
	}
	j.async.inflight = 1
	if !j.innerPending(outer) {
		t.Fatal("not held back while the inner loop compiles")
	}
	if j.innerPending(inner) || j.innerPending(loopKey{code, 20, 1}) {
		t.Fatal("a loop after the compiling one held back")
	}
	if j.innerPending(loopKey{code, 10, 2}) || j.innerPending(loopKey{other, 10, 1}) {
		t.Fatal("held back by another code's or globals' loop")
	}
	j.loops[inner].pending = false
	if j.innerPending(outer) {
		t.Fatal("held back after the inner compile ended")
	}
}
