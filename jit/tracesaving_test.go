package jit

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
)

// firstRecordingHook records the first hot loop of a program once and
// runs nothing compiled.
type firstRecordingHook struct {
	rec *trace.Recording
	err error
}

func (h *firstRecordingHook) LoopHot(m *vm.VM, f *vm.Frame, pc int) (int, bool) {
	if h.rec == nil && h.err == nil {
		h.rec, h.err = trace.Record(m, pc, m.JITTopFrame().PC, "t", nil, nil)
	}
	return 0, false
}

// recordFirst returns the recording of src's first hot loop.
func recordFirst(t *testing.T, src string) *trace.Recording {
	t.Helper()
	var out bytes.Buffer
	h := &firstRecordingHook{}
	m, err := vm.New(vm.Config{Stdout: &out, Stderr: &out, Args: []string{""}, Hook: h, HookThreshold: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Exec("prog.py", []byte(src), vm.ModeExec); err != nil {
		t.Fatalf("program failed: %v\n%s", err, out.String())
	}
	if h.err != nil || h.rec == nil {
		t.Fatalf("no recording: %v", h.err)
	}
	return h.rec
}

// TestTraceSavingOrder checks traceSavingNs on recordings of four
// shapes: a loop that builds a tuple each iteration (which its trace
// sinks) saves more than an int loop of as many bytecodes or more, an
// int loop of more bytecodes more than a shorter one, and a loop with
// float arithmetic or a host helper (`in` on a set) is left unknown (0).
// Without the estimate every loop is credited by its bytecodes alone.
func TestTraceSavingOrder(t *testing.T) {
	tuple := recordFirst(t, `
def f(n):
    s = 0
    for i in range(n):
        t = (i, i + 1)
        s += t[0] + t[1]
    return s
print(f(100))
`)
	long := recordFirst(t, `
def f(n):
    v = 0
    for i in range(n):
        v = (v + i) & 1023
        v = (v ^ i) + 3
        v = v - (i & 7)
        v = (v | 5) - (i & 3)
    return v
print(f(100))
`)
	short := recordFirst(t, `
def f(n):
    v = 0
    for i in range(n):
        v = (v + i) & 1023
    return v
print(f(100))
`)
	float := recordFirst(t, `
def f(n):
    x = 0.5
    for i in range(n):
        x = x * 0.999 + 0.001
    return x
print(f(100))
`)
	host := recordFirst(t, `
def f(n):
    s = {1, 2, 3}
    v = 0
    for i in range(n):
        v = (v + i) & 1023
        v = (v ^ i) + 3
        if v & 63 in s:
            v += 1
    return v
print(f(100))
`)
	st, sl, ss := traceSavingNs(tuple), traceSavingNs(long), traceSavingNs(short)
	t.Logf("tuple %d bytecodes %.1f ns, long %d %.1f, short %d %.1f", tuple.Bytecodes, st, long.Bytecodes, sl, short.Bytecodes, ss)
	if tuple.Bytecodes > long.Bytecodes || !(st > sl && sl > ss && ss > 0) {
		t.Errorf("want tuple (%d bytecodes) > long int (%d) > short int (%d) > 0, got %.1f, %.1f, %.1f ns", tuple.Bytecodes, long.Bytecodes, short.Bytecodes, st, sl, ss)
	}
	if s := traceSavingNs(float); s != 0 {
		t.Errorf("float loop: %.1f ns, want 0 (unknown)", s)
	}
	if s := traceSavingNs(host); s != 0 {
		t.Errorf("set `in` loop: %.1f ns, want 0 (unknown)", s)
	}
}

// aliasLoopSrc is jit/hunt_alias.py's alias_attr loop (17 bytecodes, an
// int remainder per index, attribute loads and stores through two
// names) run n times: session 31 measured its trace saving about 40 ns
// an iteration against some 2.6 ms of CPU for its compile and pipeline.
const aliasLoopSrc = `
class A:
    def __init__(self, v):
        self.v = v
def alias_attr(R):
    objs = [A(1), A(2), A(3)]
    s = 0
    for i in range(R):
        p = objs[i %% 3]
        q = objs[(i * 7) %% 3]
        p.v = p.v + 1
        s += q.v
        q.v = s %% 13
        s += p.v
    return s
print(alias_attr(%d))
`

// aliasListSrc is jit/hunt_alias.py's alias_list loop (20 bytecodes),
// appended to aliasLoopSrc: after the first loop's 60,000 interpreted
// iterations the program's budget has room for an unknown future's
// compile, so the ski rental would compile it part-way through its run.
const aliasListSrc = `
def alias_list(R):
    L = [0, 1, 2, 3]
    M = L
    N = [9, 9, 9, 9]
    s = 0
    for i in range(R):
        L[i %% 4] = i
        s += M[(i + 1) %% 4] + M[i %% 4]
        if i == R // 2:
            M = N
        M[0] = s %% 100
        s = s %% 1000003 + L[0]
    return s, L, N
print(alias_list(%d))
`

// TestCertainFutureInRealCPU checks the payoff rule's decision for the
// shape of the short programs that lost: the alias loop run 60,000
// times, whose range's certain future paid its compile at the rule's
// credit (7 ns x 0.85 a bytecode) but not in real CPU, is not compiled,
// and neither is the alias_list loop after it, which stays uncompiled
// for the rest of its run (the ski rental does not compile it
// part-way); run 400,000 times the first loop is compiled at its first
// hook call. Before session 31 all three compiled at once.
func TestCertainFutureInRealCPU(t *testing.T) {
	for _, c := range []struct {
		n       int
		list    bool // aliasListSrc after it
		compile bool
	}{{60000, false, false}, {60000, true, false}, {400000, false, true}} {
		src := fmt.Sprintf(aliasLoopSrc, c.n)
		if c.list {
			src += fmt.Sprintf(aliasListSrc, c.n)
		}
		want := run(t, src, nil, 0)
		var log bytes.Buffer
		j := New(Config{Payoff: true, Log: &log})
		if got := run(t, src, j, 0); got != want {
			t.Fatalf("n=%d: JIT prints %q, interpreter %q", c.n, got, want)
		}
		compiled := j.Stats().TracesCompiled > 0
		if compiled != c.compile {
			t.Errorf("n=%d (alias_list after it: %v): traces compiled %d, want compiled %v; log:\n%s", c.n, c.list, j.Stats().TracesCompiled, c.compile, log.String())
		}
		if c.compile && strings.Count(log.String(), "deferred trace") > 1 {
			t.Errorf("n=%d: deferred more than once before its compile; log:\n%s", c.n, log.String())
		}
	}
}

// TestOnePath checks which loops the guess that runs repeat holds for:
// those whose sampled recordings all took one path, and not while
// deferOneSample prices a second path.
func TestOnePath(t *testing.T) {
	for _, c := range []struct {
		paths []uint64
		half  bool
		want  bool
	}{{nil, false, true}, {[]uint64{7}, false, true}, {[]uint64{7, 7, 7}, false, true}, {[]uint64{7, 9}, false, false}, {[]uint64{9, 7, 7}, false, false}, {[]uint64{7}, true, false}} {
		lp := &loop{paths: c.paths, halfShare: c.half}
		if got := lp.onePath(); got != c.want {
			t.Errorf("onePath(%v, half share %v) = %v, want %v", c.paths, c.half, got, c.want)
		}
	}
}

// altRunsSrc runs a range loop of n iterations, one path when alt is 0,
// two alternating paths when it is 1, in runs calls of its function.
const altRunsSrc = `
def run(n, alt):
    t = 0
    for i in range(n):
        if i & alt:
            t += i * 3
        else:
            t -= i
    return t


for k in range(%d):
    print(run(%d, %d))
`

// TestRunsRepeatOnePath: the guess that a loop's runs repeat (its
// iterations so far added to a later run's certain future, once a run did
// not pay) holds only for a loop whose recordings took one path. The
// corpus's jit/dictget_const and jit/megacall_phases record their loops
// down two paths (the alternating `i & 1` branch with and without the
// change function; two phases' callees) and compiled them on that guess
// in a later run; now nothing of theirs compiles, since no run's own
// future pays at a stay share of one half. A one-path loop run 10,000
// times still compiles on the guess (in its eighth run: it does not in
// four), as before.
func TestRunsRepeatOnePath(t *testing.T) {
	for _, c := range []struct{ name, line string }{{"dictget_const", "25"}, {"megacall_phases", "29"}} {
		src, err := os.ReadFile("../tests/corpus/jit/" + c.name + ".py")
		if err != nil {
			t.Fatal(err)
		}
		_, lg := runPayoffLogged(t, c.name, string(src), 1039)
		if regexp.MustCompile(`compiled trace_\d+ at prog.py:` + c.line + `:`).MatchString(lg) {
			t.Errorf("%s: the two-path loop at line %s compiled:\n%s", c.name, c.line, lg)
		}
		if !strings.Contains(lg, "a new path (0.50 of the recordings took it)") {
			t.Errorf("%s: no second path sampled:\n%s", c.name, lg)
		}
	}
	for _, c := range []struct {
		runs    int
		compile bool
	}{{4, false}, {8, true}} {
		j, lg := runPayoffLogged(t, "one path", fmt.Sprintf(altRunsSrc, c.runs, 10000, 0), 1039)
		if got := j.Stats().TracesCompiled > 0; got != c.compile {
			t.Errorf("one-path loop, %d runs of 10,000: compiled %v, want %v:\n%s", c.runs, got, c.compile, lg)
		}
	}
}
