// objalloc_test.go tests what session 14 changed for loops that allocate
// objects: a trace leaving through its safepoint for a collection is
// entered again at the loop's next back-edge (objalloc.go), and an outer
// recording whose simulated inner loop would run out of fake addresses
// aborts at the inner loop's header after two iterations instead of at an
// allocation dozens of iterations later (trace/record_objalloc.go).

package jit

import (
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
)

// vecProgram has an inner loop over particles that makes two escaping
// Vec instances per step; the outer loop runs it many times.
const vecProgram = `
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)

class P:
    def __init__(self, i):
        self.pos = Vec(float(i % 7), float(i % 5))
        self.vel = Vec(0.5, -0.25 * (i % 3))
    def step(self, dt):
        self.vel = self.vel + self.pos.scale(-0.01 * dt)
        self.pos = self.pos + self.vel.scale(dt)

ps = [P(i) for i in range(NPART)]
for t in range(NSTEP):
    for p in ps:
        p.step(0.1)
s = 0.0
for p in ps:
    s += p.pos.x + p.pos.y + p.vel.x
print("%.6f" % s)
`

func vecSrc(npart, nstep int) string {
	r := strings.NewReplacer("NPART", itoa(npart), "NSTEP", itoa(nstep))
	return r.Replace(vecProgram)
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

// TestSafepointReentersLoop: the inner loop's trace allocates enough to
// make the collector run many times; after each collection the trace must
// be entered at the next back-edge, so the interpreter runs about one
// iteration per outer iteration (plus the warm-up), not a threshold's
// worth after every collection.
func TestSafepointReentersLoop(t *testing.T) {
	src := vecSrc(400, 600)
	want, offSteps := jittest.RunCounting(t, src, nil, 0)
	j := New(Config{Payoff: false})
	got, steps := jittest.RunCounting(t, src, j, 0)
	if got != want {
		t.Fatalf("JIT output %q, interpreter %q", got, want)
	}
	// 240,000 particle steps of ~40 bytecodes, 60 MB of Vecs; the
	// interpreter's share is the warm-up (one threshold of iterations),
	// the first iteration of each inner loop and the recordings, about
	// 1.5%. Without re-entry after a collection each collection cost
	// another threshold of interpreted iterations (over 6%).
	if steps*30 > offSteps {
		t.Errorf("interpreted %d of %d bytecodes with the JIT (stats %+v)", steps, offSteps, j.Stats())
	}
}

// TestSimulatedAllocationAbortsEarly: the outer loop's recording
// simulates the inner loop, whose 3,000 iterations keep two new Vecs
// each, far beyond the recorder's fake addresses: it aborts at the inner
// loop's header, found by projection, rather than at the allocation
// that runs out.
func TestSimulatedAllocationAbortsEarly(t *testing.T) {
	src := vecSrc(3000, 8)
	want := jittest.Run(t, src, nil, 0)
	j := New(Config{Payoff: false})
	got := jittest.Run(t, src, j, 2)
	if got != want {
		t.Fatalf("JIT output %q, interpreter %q", got, want)
	}
	found := false
	for reason := range j.Stats().AbortReasons {
		if strings.HasPrefix(reason, "too many allocations while recording") {
			found = true
			if !strings.HasSuffix(reason, "prog.py:22") {
				t.Errorf("abort %q, want it at the inner loop's header (prog.py:22)", reason)
			}
		}
	}
	if !found {
		t.Errorf("no allocation abort: %v", j.Stats().AbortReasons)
	}
}
