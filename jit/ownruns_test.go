package jit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
	"github.com/hotloop/hotloop/vm"
)

// listRunsSrc calls nearest, a for loop over the list objs, twice per
// iteration of a range loop that cannot be traced (WITHENTER is not
// recorded): each run of nearest's loop would enter its trace from the
// interpreter.
const listRunsSrc = untraceableCtxSrc + `class A:
    def __init__(self, v):
        self.v = v
    def hit(self, x):
        return x + self.v if x > self.v else None
class B:
    def __init__(self, v):
        self.v = v
    def hit(self, x):
        return x - self.v
def nearest(objs, x):
    best = None
    for ob in objs:
        t = ob.hit(x)
        if t is not None and (best is None or t < best):
            best = t
    return best
def f(objs, n):
    t = 0
    for k in range(n):
        with c:
            t += k & 7
        t += nearest(objs, k & 15) + nearest(objs, k & 7)
    return t
print(f(%L%, %N%))
`

// TestListRunsPriced: a loop over a list of four items of two classes
// runs four iterations per entry and needs a trace per class, so it is
// not compiled on the range loop's future (before session 24 it was, and
// its 20,000 calls took 40,613 exits to Go); one over 200 items of one
// class is compiled early.
func TestListRunsPriced(t *testing.T) {
	for _, c := range []struct {
		list, n, want string
		maxExits      int64
		minInTraces   int64
	}{
		{"[A(1), A(3), A(5), B(-2)]", "20000", "337500\n", 10000, 0},
		{"[B(v) for v in range(200)]", "400", "-153400\n", 1000, 500000},
	} {
		src := strings.NewReplacer("%L%", c.list, "%N%", c.n).Replace(listRunsSrc)
		var log bytes.Buffer
		j := New(Config{Payoff: true, Log: &log})
		if got := jittest.Run(t, src, j, 1039); got != c.want {
			t.Fatalf("list %s: printed %q, want %q", c.list, got, c.want)
		}
		st := j.Stats()
		if st.GuardExits > c.maxExits || st.BytecodesInTraces < c.minInTraces {
			t.Fatalf("list %s: %d exits to Go (at most %d), %d bytecodes in traces (at least %d); log:\n%s",
				c.list, st.GuardExits, c.maxExits, st.BytecodesInTraces, c.minInTraces, log.String())
		}
	}
}

// firstOverSrc runs an enumerate loop over rows of 12 items that leaves
// by a break, under a for loop in the same frame whose recordings abort
// (WITHENTER): each run of the inner loop would enter its trace from the
// interpreter.
const firstOverSrc = untraceableCtxSrc + `def first_over(rows, limit):
    hits = 0
    for row in rows:
        with c:
            hits += 1
        for i, v in enumerate(row):
            if v > limit:
                hits += i
                break
    return hits
rows = [[(r * 7 + c * 13) % 50 for c in range(12)] for r in range(6000)]
print(first_over(rows, 40), first_over(rows, 45), first_over(rows, 30), first_over(rows, 47))
`

// TestListRunsAroundNoTrace: an inner loop over a short list under a
// same-frame loop that gets no trace is priced by the list too, and is
// not compiled (before session 24 ski rental compiled it, and its trace
// was parked twice: 7,792 exits to Go).
func TestListRunsAroundNoTrace(t *testing.T) {
	var log bytes.Buffer
	j := New(Config{Payoff: true, Log: &log})
	if got, want := jittest.Run(t, firstOverSrc, j, 1039), "24240 23280 12480 21840\n"; got != want {
		t.Fatalf("printed %q, want %q", got, want)
	}
	if st := j.Stats(); st.TracesCompiled > 0 || st.GuardExits > 0 {
		t.Fatalf("%d traces compiled, %d exits to Go, want none; log:\n%s", st.TracesCompiled, st.GuardExits, log.String())
	}
}

// shapeProbe is a hook that runs listShape on the first list or
// enumerate iterator in the registers of the loop that gets hot.
type shapeProbe struct {
	max     int64
	n       int64
	classes int
	ok      bool
}

func (p *shapeProbe) LoopHot(m *vm.VM, _ *vm.Frame, _ int) (int, bool) {
	for _, r := range m.JITTopFrame().Regs {
		if r.Tag() == vm.JITTagIter {
			p.n, p.classes, p.ok = listShape(m, r, p.max)
			break
		}
	}
	return 0, false
}

// TestListShapeCountsClasses: listShape counts the classes of a list's
// instances exactly, also past trace.MaxUnroll of them (before, each
// instance after the sixteenth class counted as one more class).
func TestListShapeCountsClasses(t *testing.T) {
	const prelude = "cls = [type('C%d' % i, (), {}) for i in range(20)]\n" +
		"few = [cls[i % 3]() for i in range(10)] + [1, 'x']\n" +
		"many = [cls[i % 20]() for i in range(60)]\n"
	for _, c := range []struct {
		loop        string
		max         int64
		wantN       int64
		wantClasses int
	}{
		{"for x in few: pass", 64, 12, 3},
		{"for x in many: pass", 64, 60, 20},
		{"for i, x in enumerate(many): pass", 64, 60, 20},
		{"for x in many: pass", 16, 60, 0},
	} {
		p := &shapeProbe{max: c.max}
		if out := jittest.Run(t, prelude+c.loop+"\n", p, 2); out != "" {
			t.Fatalf("%s: printed %q", c.loop, out)
		}
		if !p.ok || p.n != c.wantN || p.classes != c.wantClasses {
			t.Errorf("%s: listShape(max %d) = %d items, %d classes, ok %v; want %d, %d, true",
				c.loop, c.max, p.n, p.classes, p.ok, c.wantN, c.wantClasses)
		}
	}
}
