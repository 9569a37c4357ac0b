// storms_test.go checks the bounds on recordings that keep aborting
// (storms.go): side traces waiting for a loop without a trace, the same
// stable abort twice, and the per-program recording budget.
package jit

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// untracedAborts sums the side trace aborts at a loop without a trace.
func untracedAborts(s Stats) int64 {
	n := int64(0)
	for k, v := range s.AbortReasons {
		if strings.Contains(k, "side trace reached a loop without a trace") {
			n += v
		}
	}
	return n
}

// TestStormUntracedLoop: the inner loop's end is an exit whose side
// trace goes back to the outer loop's header, and the outer loop never
// gets a trace (its body slices, which the recorder does not support).
// Each outer iteration takes that exit: the side trace used to be
// recorded again every 16 exits, 64 times; it now waits for the outer
// loop with a doubling back-off and gives up once that loop is
// blacklisted.
func TestStormUntracedLoop(t *testing.T) {
	src := `
def work(rows):
    total = 0
    for r in rows:
        head = r[1:]
        for v in r:
            total += v
        total += len(head)
    return total
rows = [[i, i + 1, i + 2, i + 3] for i in range(6000)]
print(work(rows))
`
	var log bytes.Buffer
	j := New(Config{Log: &log})
	got := run(t, src, j, 7)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	if s.TracesCompiled < 1 {
		t.Fatalf("the inner loop got no trace: %+v\n%s", s, log.String())
	}
	if n := untracedAborts(s); n < 1 || n > 12 {
		t.Fatalf("%d side trace recordings aborted at the untraced outer loop, want 1-12\n%s", n, log.String())
	}
	if s.TracesAborted > 24 {
		t.Fatalf("%d recordings aborted: %v", s.TracesAborted, s.AbortReasons)
	}
}

// TestStormWaitLinks: the outer loop gets its trace late (it aborts
// while its inner loop has none, then is deferred); the exit whose side
// trace waits for it must still link once it has one, and the program's
// exits to Go must stay few.
func TestStormWaitLinks(t *testing.T) {
	src := `
def three(n):
    s = 0
    for a in range(n):
        for b in range(n):
            for c in range(n):
                s += a ^ b ^ c
    return s
t = 0
for k in range(6):
    t += three(24)
print(t)
`
	var log bytes.Buffer
	j := New(Config{Log: &log})
	got := run(t, src, j, 7)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	if n := untracedAborts(s); n > 12 {
		t.Fatalf("%d side trace recordings aborted at an untraced loop, want at most 12\n%s", n, log.String())
	}
	if s.LinkedSides < 1 || s.GuardExits > 200 {
		t.Fatalf("%d side traces entering another loop, %d exits to Go (want >= 1, <= 200)\n%s", s.LinkedSides, s.GuardExits, log.String())
	}
}

// TestStormStableAbort: with the payoff rules on (as the CLI runs), a
// loop whose recording aborts twice in a row at the same pc for the same
// reason that names the bytecode (here an unsupported slice) is
// blacklisted after those two, not after MaxAborts.
func TestStormStableAbort(t *testing.T) {
	src := `
def f(xs):
    n = 0
    for i in range(len(xs)):
        n += len(xs[i:])
    return n
t = 0
for k in range(400):
    t += f(list(range(200)))
print(t)
`
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	got := run(t, src, j, 50)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	// (A recording that starts near the loop's end may leave it first:
	// "loop left while recording", another reason, in between.)
	slices := s.AbortReasons["unsupported BUILDSLICE at prog.py:5"]
	if slices < 2 || slices > 3 || !strings.Contains(log.String(), "blacklisted loop at prog.py:4") {
		t.Fatalf("%d slice aborts (want 2-3, then a blacklist): %v\n%s", slices, s.AbortReasons, log.String())
	}
}

// TestStableAbortReasons: which abort reasons count as stable.
func TestStableAbortReasons(t *testing.T) {
	for reason, want := range map[string]bool{
		"unsupported BUILDSLICE":                                         true,
		"yield in the loop's own generator":                              true,
		"too many host calls for the trace to pay":                       true,
		"side trace left the loop, then return from the loop's function": true,
		"operand types":                             false,
		"list item type":                            false,
		"loop left while recording":                 false,
		"int overflow or error while recording":     false,
		"inner loop":                                false,
		"side trace reached a loop without a trace": false,
		"loop left while recording, then side trace reached a loop without a trace": false,
		"side trace left the loop":                                      false,
		"trace too long to compile (more than 12000 wasm instructions)": false,
		"call of a builtin type or a special class":                     true,
		"call of builtin type int":                                      true,
		"call of builtin type float on another type":                    false,
		"unary operand type":                                            false,
		"tuple item type":                                               false,
		"dict store of a value of another type":                         false,
		"call of builtin abs with other argument types":                 false,
		"call of builtin abs with a result of another type":             false,
		"operator with a right operand of another type":                 false,
	} {
		if got := stableAbort(reason); got != want {
			t.Errorf("stableAbort(%q) = %v, want %v", reason, got, want)
		}
	}
}

// TestStormRecordingBudget: a program with many loops that all abort
// and little other work stops recording once its aborted recordings
// pass the budget (recordingsFree plus one per bytecodesPerRecording
// bytecodes run).
func TestStormRecordingBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString("t = 0\n")
	for i := 0; i < 40; i++ {
		// Forty functions, each with its own loop that cannot be traced
		// (two aborts each before it is blacklisted: 80 without the
		// budget).
		b.WriteString("def f" + strconv.Itoa(i) + "(xs):\n    n = 0\n    for x in xs:\n        n += len(x[1:])\n    return n\n")
		b.WriteString("for k in range(12):\n    t += f" + itoa(i) + "([[1, 2]] * 60)\n")
	}
	b.WriteString("print(t)\n")
	src := b.String()
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	got := run(t, src, j, 50)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	if s.RecordingsRefused == 0 || s.TracesAborted > recordingsFree+4 {
		t.Fatalf("%d aborted, %d refused: %v", s.TracesAborted, s.RecordingsRefused, s.AbortReasons)
	}
}

// TestStormThreadedForIter: the inner loops are the last statements of
// the outer loop's body, so the compiler threads each FORITER's exit to
// the outer loop's header (a backward jump from a loop header). The side
// trace of the first inner loop's end reaches the second inner loop,
// which has no trace yet (deferred by the payoff rule): the exit must
// wait for that loop and wake it, not take the FORITER's threaded exit
// for a back-edge of the outer loop (which has a trace) and record again
// at every exit (20 recordings from one exit in jit/inner_end_accepted).
func TestStormThreadedForIter(t *testing.T) {
	src := `
def step(bodies, pairs, n):
    for _ in range(n):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            d = p1[0] - p2[0]
            v1[0] -= d * m2
            v2[0] += d * m1
        for (p, v, m) in bodies:
            p[0] += v[0] * 0.01
def make(k):
    bodies = [[[float(i)], [0.5 * i], 0.001 * (i + 1)] for i in range(k)]
    pairs = [(bodies[i], bodies[j]) for i in range(k) for j in range(i + 1, k)]
    return bodies, pairs
def show(bodies):
    print(" ".join("%.9f/%.9f" % (b[0][0], b[1][0]) for b in bodies))
bodies, pairs = make(5)
step(bodies, pairs, 3000)
for _ in range(400):
    for ((p1, v1, m1), (p2, v2, m2)) in pairs:
        v1[0] -= (p1[0] - p2[0]) * 1e-6
step(bodies, pairs, 500)
bodies[3][2] = 2
step(bodies, pairs, 500)
show(bodies)
`
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true, LoopFuncs: true})
	got := run(t, src, j, 0)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	if n := untracedAborts(s); n > 4 {
		t.Fatalf("%d side trace recordings aborted at a loop without a trace, want at most 4: %v\n%s", n, s.AbortReasons, log.String())
	}
}

// TestStormOuterPathExits: a scheduler (jit/poly_sched's shape) whose
// outer trace calls the search loop's trace, which breaks out through
// side traces that run the rest of the outer body and enter the outer
// trace. The polymorphic `task.step(acc)` after the break is a guard of
// those side traces outside the search loop: its exits must grow side
// traces (entering the outer trace too), not go to Go at every step
// (11,910 exits to Go before, 5,791 now).
func TestStormOuterPathExits(t *testing.T) {
	src := `
class Task:
    weight = 1

    def __init__(self, sched, ident):
        self.sched = sched
        self.ident = ident
        self.held = True
        self.count = 0
        self.total = 0

    def ready(self):
        return not self.held

    def step(self, acc):
        self.count += 1
        return acc + self.weight


class Idle(Task):
    def __init__(self, sched, ident):
        Task.__init__(self, sched, ident)
        self.held = False
        self.v = 1

    def step(self, acc):
        self.count += 1
        if self.v & 1 == 0:
            self.v = self.v >> 1
            self.sched.release(1)
        else:
            self.v = (self.v >> 1) ^ 0xD008
            if self.count % 3 == 0:
                self.sched.release(2)
        return acc + 1


class Worker(Task):
    def step(self, acc):
        self.count += 1
        self.total += self.weight
        self.held = True
        return (acc * 3 + self.ident) % 1000003


class Device(Task):
    def __init__(self, sched, ident):
        Task.__init__(self, sched, ident)
        self.weight = 5

    def ready(self):
        return not self.held and self.count < 1000000

    def step(self, acc):
        self.count += 1
        self.total += self.weight
        self.held = True
        return acc ^ (self.count & 255)


class Sched:
    def __init__(self):
        self.order = []
        self.tasks = {}
        self.current = None

    def add(self, task):
        self.order.append(task)
        self.tasks[task.ident] = task

    def release(self, ident):
        t = self.tasks.get(ident)
        if t is not None:
            t.held = False

    def run(self, limit, hook=None):
        acc = 0
        steps = 0
        while True:
            task = None
            for t in self.order:
                if t.ready():
                    task = t
                    break
            if task is None:
                return acc, steps
            self.current = task
            acc = task.step(acc)
            steps += 1
            if hook is not None:
                hook(self, steps)
            if steps >= limit:
                return acc, steps


def make():
    s = Sched()
    s.add(Device(s, 1))
    s.add(Worker(s, 2))
    s.add(Device(s, 3))
    s.add(Worker(s, 4))
    s.add(Idle(s, 0))
    return s


def report(s, r):
    print(r, [(type(t).__name__, t.count, t.total) for t in s.order])


s = make()
report(s, s.run(30000))
`
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true, LoopFuncs: true})
	got := run(t, src, j, 0)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	t.Logf("exits %d sides %d", s.GuardExits, s.SideTraces)
	if s.GuardExits > 8000 {
		t.Fatalf("%d exits to Go, want at most 8,000: %+v\n%s", s.GuardExits, s, log.String())
	}
}
