// record_gen_test.go tests the recording of for loops over generators
// (record_gen.go): a consumer's loop records with the generator resumed
// inline, nested pipelines and filters that loop inside the generator
// body record in place, every write-back to a generator comes after every
// guard, and the shapes that are not supported abort with their reasons.

package trace

import (
	"bytes"
	"slices"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// genHook records each loop (code object and header) the first time it
// is hot: the generators' loops and their consumers' often share a
// header pc, which recordingHook keys its loops by.
type genHook struct {
	seen   map[loopAt]bool
	traces []*Recording
	aborts []string
}

type loopAt struct {
	code *bytecode.Code
	pc   int
}

func (h *genHook) LoopHot(m *vm.VM, f *vm.Frame, pc int) (int, bool) {
	if h.seen[loopAt{f.Code, pc}] {
		return 0, false
	}
	h.seen[loopAt{f.Code, pc}] = true
	rec, err := Record(m, pc, m.JITTopFrame().PC, "t", nil, nil)
	if err != nil {
		h.aborts = append(h.aborts, err.(*Abort).Reason)
		return 0, false
	}
	h.traces = append(h.traces, rec)
	return 0, false
}

// recordGen runs src with a genHook and returns it.
func recordGen(t *testing.T, src string) *genHook {
	t.Helper()
	var out bytes.Buffer
	h := &genHook{seen: map[loopAt]bool{}}
	m, err := vm.New(vm.Config{Stdout: &out, Stderr: &out, Args: []string{""}, Hook: h, HookThreshold: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Exec("prog.py", []byte(src), vm.ModeExec); err != nil {
		t.Fatalf("program failed: %v\n%s", err, out.String())
	}
	return h
}

// lastGuardAt returns the index of the last instruction of tr that can
// exit resuming at pc (before any JLOOP), and firstStore the first FSTORE
// of class c.
func lastGuardAt(tr *ir.Trace, pc int) int {
	last := 0
	for i := 1; i < len(tr.Insts); i++ {
		in := &tr.Insts[i]
		if in.Op == ir.JLOOP || in.Op == ir.LOOP {
			break
		}
		if in.Snap != 0 && int(tr.Snaps[in.Snap].PC) == pc {
			last = i
		}
	}
	return last
}

func firstStore(tr *ir.Trace, f func(in *ir.Inst) bool) int {
	for i := 1; i < len(tr.Insts); i++ {
		if f(&tr.Insts[i]) {
			return i
		}
	}
	return 0
}

// isGenStore matches stores into any generator's saved registers (regs)
// or object words (!regs).
func isGenStore(regs bool) func(in *ir.Inst) bool {
	return func(in *ir.Inst) bool {
		c := in.Class()
		return in.Op == ir.FSTORE && c >= ClassGenBase && ((c-ClassGenBase)%2 == 1) == regs
	}
}

// genPCLoads counts the loads of generators' pc words.
func genPCLoads(tr *ir.Trace) int {
	return count(tr, func(in *ir.Inst) bool {
		return in.Op == ir.FLOAD && in.Class() >= ClassGenBase && (in.Class()-ClassGenBase)%2 == 0 && in.Aux == vm.JITGenPCOff
	})
}

func TestForOverGenerator(t *testing.T) {
	src := `
def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1
def consume(g):
    s = 0
    for x in g:
        s += x
    return s
consume(count_from(0, 100))
`
	h := recordGen(t, src)
	// count_from's own loop yields in its own frame: it aborts.
	if !slices.Contains(h.aborts, GenYieldInLoopFrame) {
		t.Errorf("aborts %q, want %q", h.aborts, GenYieldInLoopFrame)
	}
	if len(h.traces) != 1 {
		t.Fatalf("traces %d, aborts %q", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	if d := h.traces[0].InlineDepth; d != 1 {
		t.Errorf("inline depth %d, want 1", d)
	}
	// The state, pc and code are guarded; i is loaded from the saved
	// registers, and stored back with the comparison's result register,
	// the yield's register (None on resume, then the comparison) and pc.
	if n := genPCLoads(tr); n != 1 {
		t.Errorf("%d pc loads, want 1\n%s", n, tr)
	}
	if n := count(tr, isGenStore(true)); n != 2 {
		t.Errorf("%d register stores, want 2 (i's tag and payload: the comparison's register is dead at the resume pc)\n%s", n, tr)
	}
	// The pc does not change (one yield): no store.
	if n := count(tr, isGenStore(false)); n != 0 {
		t.Errorf("%d state stores, want 0\n%s", n, tr)
	}
	if s, g := firstStore(tr, isGenStore(true)), lastGuardAt(tr, h.traces[0].Header); s < g {
		t.Errorf("a register store (%d) before the last guard (%d)\n%s", s, g, tr)
	}
}

func TestGeneratorPipeline(t *testing.T) {
	src := `
def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1
def squares(src):
    for x in src:
        yield x * x
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def take_sum(src, k):
    s = 0
    for x in src:
        s += x % 1000003
        k -= 1
        if k == 0:
            break
    return s
take_sum(evens(squares(count_from(0, 10 ** 9))), 200)
`
	h := recordGen(t, src)
	var found *Recording
	for _, rec := range h.traces {
		if rec.InlineDepth == 3 {
			found = rec
		}
	}
	if found == nil {
		t.Fatalf("no trace of take_sum's loop: %d traces, aborts %q", len(h.traces), h.aborts)
	}
	tr := found.Trace
	// squares is resumed twice (one odd square skipped): its second
	// resumption needs no guard on its state, which the recording knows.
	if n := genPCLoads(tr); n != 3 {
		t.Errorf("%d pc loads, want 3 (one per generator)\n%s", n, tr)
	}
	if s, g := firstStore(tr, isGenStore(true)), lastGuardAt(tr, found.Header); s < g {
		t.Errorf("a register store (%d) before the last guard (%d)\n%s", s, g, tr)
	}
}

func TestGeneratorAborts(t *testing.T) {
	cases := []struct{ src, reason string }{
		{`
def g(n):
    i = 0
    while i < n:
        try:
            yield i
        finally:
            pass
        i += 1
def f():
    s = 0
    for x in g(100):
        s += x
f()
`, GenYieldInTry},
		{`
def g(n):
    i = 0
    while True:
        yield i
        i += 1
        if i == 20:
            return
def f():
    s = 0
    for r in range(20):
        for x in g(100):
            s += x
f()
`, ""},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if c.reason != "" && !slices.Contains(h.aborts, c.reason) {
			t.Errorf("aborts %q, want %q in\n%s", h.aborts, c.reason, c.src)
		}
	}
}

func TestGeneratorsGuardedDistinct(t *testing.T) {
	src := `
def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1
def merge(a, b):
    for x in a:
        for y in b:
            yield x * 1000 + y
            break
def use(g):
    s = 0
    for v in g:
        s += v
    return s
use(merge(count_from(0, 300), count_from(5, 10 ** 6)))
`
	h := recordGen(t, src)
	var found *Recording
	for _, rec := range h.traces {
		if rec.InlineDepth == 2 {
			found = rec
		}
	}
	if found == nil {
		t.Fatalf("no trace of use's loop: %d traces, aborts %q", len(h.traces), h.aborts)
	}
	tr := found.Trace
	// Three generators (merge and its two sources), each pair guarded
	// distinct by pointer.
	ne := count(tr, func(in *ir.Inst) bool {
		return in.Op == ir.GCMP && ir.Cond(in.Flag) == ir.NE && !in.A.IsConst() && !in.B.IsConst() &&
			tr.Insts[in.A].Type == ir.Ptr && tr.Insts[in.B].Type == ir.Ptr
	})
	if ne != 3 {
		t.Errorf("%d distinctness guards, want 3\n%s", ne, tr)
	}
}

func TestDeepGeneratorPipeline(t *testing.T) {
	src := `
def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1
def add_one(src):
    for x in src:
        yield x + 1
def use(g):
    s = 0
    for v in g:
        s += v
    return s
def use2(g):
    s = 0
    for v in g:
        s += v
    return s
use(add_one(add_one(add_one(add_one(count_from(0, 1000))))))
use2(add_one(add_one(add_one(add_one(add_one(add_one(count_from(0, 1000))))))))
`
	h := recordGen(t, src)
	depths := map[int]bool{}
	for _, rec := range h.traces {
		depths[rec.InlineDepth] = true
	}
	// Five stages are resumed in the consumer's trace; seven are too many.
	if !depths[5] || !slices.Contains(h.aborts, "inlining too deep") {
		t.Errorf("depths %v, aborts %q", depths, h.aborts)
	}
}

func TestNextOfGenerator(t *testing.T) {
	src := `
def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1
def squares(src):
    for x in src:
        yield x * x
def f(n):
    g = squares(count_from(0, 10 ** 6))
    t = 0
    for i in range(n):
        t += next(g) + i
    return t
f(100)
`
	h := recordGen(t, src)
	var found *Recording
	for _, rec := range h.traces {
		if rec.InlineDepth == 2 {
			found = rec
		}
	}
	if found == nil {
		t.Fatalf("no trace of f's loop: %d traces, aborts %q", len(h.traces), h.aborts)
	}
	if n := genPCLoads(found.Trace); n != 2 {
		t.Errorf("%d pc loads, want 2\n%s", n, found.Trace)
	}
}
