// record_attrs_test.go tests the recording of module-level names
// (record_names.go) and of attributes and method calls (record_attrs.go)
// through a hook that records every hot loop without running the traces:
// which loops record, which abort and why, and the shape of the IR (the
// guards an attribute access needs, stores of inlined methods deferred
// past every guard of the call).

package trace

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// recordingHook records each loop the first time it is hot.
type recordingHook struct {
	seen   map[int]bool
	traces []*Recording
	aborts []string
	instrs [][]bytecode.Instr // the loop frame's code of each trace
}

func (h *recordingHook) LoopHot(m *vm.VM, f *vm.Frame, pc int) (int, bool) {
	if h.seen[pc] {
		return 0, false
	}
	h.seen[pc] = true
	fr := m.JITTopFrame()
	rec, err := Record(m, pc, fr.PC, "t", nil, nil)
	if err != nil {
		h.aborts = append(h.aborts, err.(*Abort).Reason)
		return 0, false
	}
	h.traces = append(h.traces, rec)
	h.instrs = append(h.instrs, fr.Instrs)
	return 0, false
}

// recordAll runs src with the recording hook and returns it.
func recordAll(t *testing.T, src string) *recordingHook {
	t.Helper()
	var out bytes.Buffer
	h := &recordingHook{seen: map[int]bool{}}
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

// count returns how many instructions of tr satisfy f.
func count(tr *ir.Trace, f func(in *ir.Inst) bool) int {
	n := 0
	for i := 1; i < len(tr.Insts); i++ {
		if f(&tr.Insts[i]) {
			n++
		}
	}
	return n
}

func isStore(class ir.AliasClass) func(in *ir.Inst) bool {
	return func(in *ir.Inst) bool { return in.Op == ir.FSTORE && in.Class() == class }
}

func TestModuleLoopStoresNames(t *testing.T) {
	h := recordAll(t, "total = 0\nfor i in range(100):\n    total += i\n")
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	// i and total are stored (tag and payload each), and the version
	// word is zeroed at each store.
	if n := count(tr, isStore(ClassDictEntry)); n != 4 {
		t.Errorf("%d dict entry stores, want 4\n%s", n, tr)
	}
	if n := count(tr, isStore(ClassDictVersion)); n < 1 {
		t.Errorf("no version store\n%s", tr)
	}
}

func TestNamesAbort(t *testing.T) {
	h := recordAll(t, "class C:\n    for i in range(100):\n        y = i\n")
	if len(h.traces) != 0 || len(h.aborts) != 1 || h.aborts[0] != "STORENAME outside module code" {
		t.Fatalf("traces %d, aborts %q", len(h.traces), h.aborts)
	}
}

func TestAttributeGuards(t *testing.T) {
	src := `
class P:
    k = 2
    def __init__(self):
        self.x = 1
def f(p):
    s = 0
    for i in range(100):
        s += p.x * p.k
        p.x = i
    return s
f(P())
`
	h := recordAll(t, src)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	for _, class := range []ir.AliasClass{ClassInstType, ClassTypeVersion, ClassInstShape} {
		loads := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == class })
		if loads != 1 {
			t.Errorf("class %d: %d loads, want 1 (CSE'd between the accesses)\n%s", class, loads, tr)
		}
	}
	if n := count(tr, isStore(ClassInstSlot)); n != 2 {
		t.Errorf("%d slot stores, want 2\n%s", n, tr)
	}
}

func TestAttributeAborts(t *testing.T) {
	set := "o = C()\no.x = 1\n"
	loop := "def f(o):\n    for i in range(100):\n        y = o.x\nf(o)\n"
	cases := []struct{ want, src string }{
		{"attribute is a property or descriptor", "class D:\n    def __get__(self, o, t): return 1\n    def __set__(self, o, v): pass\n" +
			"class C:\n    x = D()\no = C()\n" + loop}, // a property with a Python getter is inlined (record_dunder.go)
		{"attribute of a class with __getattr__", "class C:\n    def __getattr__(self, n): return 1\n" + set + loop},
		{"bound method as a value", "class C:\n    def x(self): return 1\no = C()\n" + loop},
		{"attribute of a builtin object", "o = 1 + 2j\n" + strings.Replace(loop, "o.x", "o.real", 1)},
		{"attribute added by a store", "class C:\n    pass\nobjs = [C() for _ in range(100)]\n" +
			"def f(objs):\n    for i in range(100):\n        objs[i].x = 1\nf(objs)\n"},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		// The loop of f is the last one to become hot.
		if len(h.aborts) == 0 || h.aborts[len(h.aborts)-1] != c.want {
			t.Errorf("%s: traces %d, aborts %q", c.want, len(h.traces), h.aborts)
		}
	}
	h := recordAll(t, "class C:\n    def __setattr__(self, n, v): object.__setattr__(self, n, v)\n"+set+
		"def f(o):\n    for i in range(100):\n        o.x = i\nf(o)\n")
	if want := "attribute store on a class with __setattr__"; len(h.aborts) != 1 || h.aborts[0] != want {
		t.Errorf("%s: traces %d, aborts %q", want, len(h.traces), h.aborts)
	}
}

// TestInlinedStoresDeferred checks that a method's attribute stores come
// after every guard that resumes at the method's CALL: an exit there runs
// the whole call again in the interpreter.
func TestInlinedStoresDeferred(t *testing.T) {
	src := `
class A:
    def __init__(self):
        self.n = 0
        self.k = 3
    def step(self, i):
        self.n = self.n + 1
        return self.n * self.k + i
def f(a):
    t = 0
    for i in range(100):
        t += a.step(i)
    return t
f(A())
`
	h := recordAll(t, src)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	callPC := -1
	for pc, ins := range h.instrs[0] {
		if ins.Op() == bytecode.CALLMETHOD {
			callPC = pc
		}
	}
	firstStore, lastCallGuard := 0, 0
	for i := 1; i < len(tr.Insts); i++ {
		in := &tr.Insts[i]
		if in.Op == ir.FSTORE && in.Class() == ClassInstSlot && firstStore == 0 {
			firstStore = i
		}
		if in.Snap != 0 && tr.Snaps[in.Snap].PC == int32(callPC) {
			lastCallGuard = i
		}
	}
	if firstStore == 0 || lastCallGuard == 0 || firstStore < lastCallGuard {
		t.Fatalf("first slot store %d, last guard resuming at the call (pc %d) %d\n%s", firstStore, callPC, lastCallGuard, tr)
	}
	// The method's second read of self.n is the value it stored: no load
	// of the slot after the deferred store's value was computed.
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == ClassInstSlot }); n != 4 {
		t.Errorf("%d slot loads, want 4 (tag and payload of n and k)\n%s", n, tr)
	}
}

// TestSlotsAndDictMode checks that __slots__ instances (whose attributes
// are shape slots as any instance's) and instances in dict mode record,
// the latter through their dict's entry with its key guarded.
func TestSlotsAndDictMode(t *testing.T) {
	loop := "def f(o):\n    for i in range(100):\n        o.x = o.x + 1\nf(o)\n"
	h := recordAll(t, "class C:\n    __slots__ = ('x',)\no = C()\no.x = 1\n"+loop)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("slots: traces %d, aborts %v", len(h.traces), h.aborts)
	}
	h = recordAll(t, "class C:\n    def m(self): return 1\no = C()\no.x = 1\no.__dict__\n"+
		"def f(o):\n    for i in range(100):\n        o.x = o.x + o.m()\nf(o)\n")
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("dict mode: traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	if n := count(tr, isStore(ClassDictEntry)); n != 2 {
		t.Errorf("%d dict entry stores, want 2\n%s", n, tr)
	}
	// The method's absence from the instance's dict: the dict itself is
	// guarded (a constant pointer compared with the loaded one).
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == ClassInstDict }); n < 2 {
		t.Errorf("%d loads of the dict slot, want its tag and pointer\n%s", n, tr)
	}
}
