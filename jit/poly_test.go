// poly_test.go checks polymorphic inner loops (poly.go,
// trace/record_poly.go): a scheduler whose search loop meets a task of
// another class on every iteration gets one trace that unrolls the search
// and runs nearly everything (it used to be cut at every search and run a
// quarter of its bytecodes in the interpreter); branch guards inside
// inlined calls do not make a snapshot a type snapshot (dropBranchSnaps);
// and random schedulers, with classes, methods and attributes changed
// mid-run, print what the interpreter prints.

package jit

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
)

// schedSrc: richards' shape in small: tasks of four classes searched in a
// fixed order, the last (the idle task) found almost every time; its
// step alternates on a bit and releases another task now and then.
const schedSrc = `
class Task:
    def __init__(self, s, ident):
        self.s = s
        self.ident = ident
        self.held = True
        self.queue = None
        self.count = 0

    def runnable(self):
        return not self.held and self.queue is None


class A(Task):
    def run(self):
        self.count += 1
        self.held = True


class B(Task):
    def run(self):
        self.count += 2
        self.held = True


class C(Task):
    def run(self):
        self.count += 3
        self.held = True


class Idle(Task):
    def __init__(self, s, ident):
        Task.__init__(self, s, ident)
        self.held = False
        self.v = 1

    def run(self):
        self.count += 1
        if self.v & 1 == 0:
            self.v = self.v >> 1
        else:
            self.v = (self.v >> 1) ^ 0xD008
        if self.count % 1000 == 0:
            self.s.release(self.count % 3)


class Sched:
    def __init__(self):
        self.order = []
        self.tasks = {}

    def add(self, t):
        self.order.append(t)
        self.tasks[t.ident] = t

    def release(self, ident):
        t = self.tasks.get(ident)
        if t is not None:
            t.held = False

    def schedule(self, n):
        steps = 0
        while steps < n:
            task = None
            for t in self.order:
                if t.runnable():
                    task = t
                    break
            if task is None:
                return steps
            task.run()
            steps += 1
        return steps


s = Sched()
for k, cls in enumerate([A, B, C, A, B]):
    s.add(cls(s, k))
s.add(Idle(s, 9))
print(s.schedule(60000), [t.count for t in s.order])
`

// TestPolymorphicSearchUnrolled: the search loop is marked polymorphic
// (at the default threshold its trace exists before the scheduler's
// loop is recorded), the scheduler's trace unrolls it, and the program then runs with under
// 5% of its bytecodes interpreted (59% when the scheduler's trace called
// the search loop's trace).
func TestPolymorphicSearchUnrolled(t *testing.T) {
	want, all := runCounting(t, schedSrc, nil, 0)
	checkCPython(t, schedSrc, want)
	for _, threshold := range []int{0, 50} {
		var log bytes.Buffer
		j := New(Config{Log: &log})
		got, interp := runCounting(t, schedSrc, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		lg := log.String()
		if threshold == 0 && !strings.Contains(lg, "inner loop at prog.py:66 is polymorphic") {
			// (At 50 the search loop's recordings leave it, and the
			// scheduler's trace unrolls it as a loop without a trace.)
			t.Fatalf("threshold %d: the search loop was not marked polymorphic\n%s", threshold, lg)
		}
		if strings.Contains(lg, "(loop at prog.py:65)") && strings.Contains(lg, "retired") && strings.Contains(lg, "blacklisted loop at prog.py:65") {
			t.Fatalf("threshold %d: the scheduler's loop was blacklisted\n%s", threshold, lg)
		}
		t.Logf("threshold %d: %d of %d bytecodes interpreted", threshold, interp, all)
		if interp*20 > all {
			t.Fatalf("threshold %d: %d of %d bytecodes interpreted (want under 5%%)\n%s", threshold, interp, all, lg)
		}
	}
}

// TestDropBranchSnaps: a snapshot shared by a register's tag guard and a
// branch on an attribute (an inlined call's guards all resume at its
// CALL) is no type snapshot; one with only the tag guard, and the loop
// header's, stay type snapshots.
func TestDropBranchSnaps(t *testing.T) {
	tr := ir.NewTrace("t", 6)
	b := ir.NewBuilder(tr, ir.Options{})
	snap := func(pc int32) ir.SnapID { return b.AddSnap(ir.Snapshot{PC: pc}) }
	head := snap(3)
	tag0 := b.SLoad(0, ir.Tag)
	b.Guard(ir.EQ, tag0, b.KTag(3), head)
	obj := b.SLoad(1, ir.Ptr)
	mixed := snap(7)
	tag1 := b.SLoad(2, ir.Tag)
	b.Guard(ir.EQ, tag1, b.KTag(3), mixed)
	held := b.FLoad(ir.Int, obj, 40, trace.ClassInstSlot)
	b.Guard(ir.EQ, held, b.KInt(0), mixed)
	onlyTag := snap(9)
	tag2 := b.SLoad(3, ir.Tag)
	b.Guard(ir.EQ, tag2, b.KTag(3), onlyTag)
	attrTag := snap(11)
	none := b.FLoad(ir.Tag, obj, 48, trace.ClassInstSlot)
	b.Guard(ir.EQ, none, b.KTag(1), attrTag)
	b.Guard(ir.NE, held, b.KInt(5), head)
	b.JLoop(snap(3))
	marks := typeGuards(tr)
	if !marks[head] || !marks[onlyTag] {
		t.Errorf("header or tag-only snapshot unmarked: %v", marks)
	}
	if marks[mixed] {
		t.Errorf("snapshot shared with a branch on an attribute still a type snapshot: %v", marks)
	}
	if marks[attrTag] {
		t.Errorf("`x.attr is None` (an attribute's tag) still a type snapshot: %v", marks)
	}
}

// polyProgram writes a random scheduler: tasks of random classes (some
// overriding ready or step) searched by a for loop with break inside a
// while loop, and one mutation at a random step: a class added at the
// front, a method replaced, an attribute deleted or shadowed, a task's
// class changed, the list grown past the unroll limit, or an exception.
func polyProgram(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(`
class T:
    w = 1
    def __init__(self, k):
        self.k = k
        self.n = 0
        self.busy = k % 3 == 0
    def ready(self, i):
        return not self.busy and (i + self.k) % 5 != 0
    def step(self, acc, i):
        self.n += 1
        return acc + self.w * self.k

class U(T):
    def step(self, acc, i):
        self.n += 2
        self.busy = i % 7 == 0
        return acc ^ (i & 1023)

class V(T):
    w = 3
    def ready(self, i):
        return i % 11 == self.k % 11

class W(V):
    def step(self, acc, i):
        self.n -= 1
        if i % 4 == 0:
            self.w = i % 9
        return (acc * 7 + self.n) % 100003

class Z(T):
    def ready(self, i):
        return True

def late(self, acc, i):
    return acc + 100

`)
	classes := []string{"T", "U", "V", "W"}
	n := 2 + r.Intn(6)
	b.WriteString("order = [")
	for k := 0; k < n; k++ {
		fmt.Fprintf(&b, "%s(%d), ", classes[r.Intn(len(classes))], k+1)
	}
	b.WriteString("Z(0)]\n")
	at := 200 + r.Intn(3000)
	mutations := []string{
		"order.insert(0, Z(99))",
		"U.step = late",
		"V.ready = lambda self, i: i % 3 == 0",
		"del order[0].n",
		"order[-1].w = 5",
		"order[0].__class__ = W",
		"order.extend(T(50 + q) for q in range(20))",
		"order[0].step = None",
		"T.w = 2.5",
		"order[-1].k = 'x'",
	}
	fmt.Fprintf(&b, `
def sched(order, steps):
    acc = 0
    i = 0
    while i < steps:
        if i == %d:
            %s
        task = None
        for t in order:
            if t.ready(i):
                task = t
                break
        if task is None:
            return acc, i
        acc = task.step(acc, i)
        i += 1
    return acc, i

try:
    print(sched(order, %d))
except Exception as e:
    print(type(e).__name__, e)
print([getattr(t, 'n', None) for t in order])
`, at, mutations[r.Intn(len(mutations))], 4000+r.Intn(4000))
	return b.String()
}

// TestRandomPolymorphicSearch runs random schedulers at thresholds 1 and
// 7 (and the default) against the interpreter.
func TestRandomPolymorphicSearch(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	count := 40
	if testing.Short() {
		count = 10
	}
	unrolled := 0
	for p := 0; p < count; p++ {
		src := polyProgram(r)
		want := run(t, src, nil, 0)
		for _, threshold := range []int{1, 7, 0} {
			var log bytes.Buffer
			j := New(Config{Log: &log})
			if got := run(t, src, j, threshold); got != want {
				t.Fatalf("program %d, threshold %d: JIT output differs\n%s\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", p, threshold, src, want, got, log.String())
			}
			if strings.Contains(log.String(), "is polymorphic") {
				unrolled++
			}
		}
	}
	t.Logf("%d runs unrolled a polymorphic search loop", unrolled)
	if unrolled == 0 {
		t.Fatal("no run unrolled a polymorphic search loop")
	}
}
