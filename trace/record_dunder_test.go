// record_dunder_test.go tests the recording of operator dunders,
// properties and class calls (record_dunder.go, record_new.go) through
// the recording hook of record_attrs_test.go: which loops record, which
// abort and why, and the shape of the IR (guards on the type and its
// version, the allocation of a class call and its sinking, stores into a
// new instance emitted at once, NotImplemented and __init__'s result).

package trace

import (
	"bytes"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/opt"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

const vecClass = `
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __lt__(self, o):
        return self.x < o.x
    def __neg__(self):
        return V(-self.x, -self.y)
    @property
    def n2(self):
        return self.x * self.x + self.y * self.y
`

// onlyTrace records src and returns its one trace, failing on aborts.
func onlyTrace(t *testing.T, src string) *ir.Trace {
	t.Helper()
	h := recordAll(t, src)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %q", len(h.traces), h.aborts)
	}
	return h.traces[0].Trace
}

func isOp(op ir.Op) func(in *ir.Inst) bool {
	return func(in *ir.Inst) bool { return in.Op == op }
}

func isLoad(class ir.AliasClass) func(in *ir.Inst) bool {
	return func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == class }
}

func TestDunderSubInlined(t *testing.T) {
	tr := onlyTrace(t, vecClass+`
def f(a, b):
    t = 0
    for i in range(100):
        d = a - b
        t += d.x + d.n2
        if b < a:
            t += 1
        t += (-d).y
    return t
f(V(5, 7), V(1, 2))
`)
	// The type slot of a and of b is loaded and guarded; the class's
	// version guarded; one instance allocated per __sub__ and __neg__.
	if n := count(tr, isLoad(ClassInstType)); n < 2 {
		t.Errorf("%d type slot loads, want 2 or more\n%s", n, tr)
	}
	if n := count(tr, isLoad(ClassTypeVersion)); n < 1 {
		t.Errorf("no version guard\n%s", tr)
	}
	if n := count(tr, isOp(ir.NEW)); n != 2 {
		t.Errorf("%d NEW, want 2\n%s", n, tr)
	}
	// The new instances' attributes are read back from the recorder,
	// never loaded: no load of an instance slot from a NEW.
	for i := 1; i < len(tr.Insts); i++ {
		in := &tr.Insts[i]
		if in.Op == ir.FLOAD && in.A.IsInst() && tr.Insts[in.A].Op == ir.NEW {
			t.Errorf("load %d from a NEW\n%s", i, tr)
		}
	}
	// Both allocations are temporaries: sinking removes them.
	ot, err := opt.Pipeline(tr, opt.Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(ot, isOp(ir.NEW)); n != 0 {
		t.Errorf("%d NEW left after the passes, want 0\n%s", n, ot)
	}
}

func TestClassCallStoresAtOnce(t *testing.T) {
	tr := onlyTrace(t, `
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y * 3
def f(n):
    out = [None]
    for i in range(n):
        out[0] = V(i, 2 * i)
    return out
f(100)
`)
	// The allocation, its type slot, its shape word and x, y (tag and
	// payload each) are stored into it at once: x before the guard of
	// y * 3 in __init__ (nothing can see the new instance if that guard
	// fails and the interpreter runs the call again).
	firstStore, mul := 0, 0
	for i := 1; i < len(tr.Insts); i++ {
		in := &tr.Insts[i]
		if in.Op == ir.FSTORE && in.Class() == ClassInstSlot && firstStore == 0 {
			firstStore = i
		}
		if in.Op == ir.IMUL && in.Guarded() && firstStore != 0 && mul == 0 {
			mul = i
		}
	}
	if firstStore == 0 || mul == 0 {
		t.Errorf("store of x at %d, y * 3 at %d: want the store first\n%s", firstStore, mul, tr)
	}
	var newAt ir.Ref
	for i := 1; i < len(tr.Insts); i++ {
		if tr.Insts[i].Op == ir.NEW {
			newAt = ir.Ref(i)
		}
	}
	if newAt == 0 {
		t.Fatalf("no NEW\n%s", tr)
	}
	stores := map[ir.AliasClass]int{}
	for i := int(newAt) + 1; i < len(tr.Insts); i++ {
		if in := &tr.Insts[i]; in.Op == ir.FSTORE && in.A == newAt {
			stores[in.Class()]++
		}
	}
	if stores[ClassInstType] != 2 || stores[ClassInstShape] != 3 || stores[ClassInstSlot] != 4 {
		t.Errorf("stores into the instance by class: %v\n%s", stores, tr)
	}
	// It escapes into the list: it stays allocated.
	ot, err := opt.Pipeline(tr, opt.Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	// (one in the peeled first iteration, one in the loop)
	if n := count(ot, isOp(ir.NEW)); n != 2 {
		t.Errorf("%d NEW after the passes, want 2\n%s", n, ot)
	}
	if tr.Allocs[0].Kind != uint8(vm.JITKindObject) || tr.Allocs[0].Raw != vm.JITInstRaw {
		t.Errorf("allocation %+v", tr.Allocs[0])
	}
}

func TestObjectAborts(t *testing.T) {
	loop := func(body string) string {
		return "def f(a, b):\n    t = 0\n    for i in range(100):\n        try:\n            " + body + "\n        except TypeError:\n            t = 0\n    return t\n"
	}
	cases := []struct{ want, src string }{
		{"dunder returned NotImplemented", "class C:\n    def __add__(self, o): return NotImplemented\n    def __radd__(self, o): return 1\n" +
			loop("t = a + b") + "f(C(), 1)\n"},
		{"__init__ returned a value", "class C:\n    def __init__(self, v):\n        self.v = v\n        return 1\n" +
			loop("t = C(i).v") + "f(0, 0)\n"},
		{"operator with a right operand of another type", "class C:\n    def __add__(self, o): return 1\nclass D(C):\n    pass\n" +
			loop("t = a + b") + "f(C(), D())\n"},
		{"operator without its dunder on an instance", "class C:\n    pass\n" +
			loop("t = a + b") + "f(C(), 1)\n"},
		{"class with its own __new__", "class C:\n    def __new__(cls, v): return object.__new__(cls)\n    def __init__(self, v): self.v = v\n" +
			loop("t = C(i).v") + "f(0, 0)\n"},
		{"call of a function with keyword-only, *args or **kwargs parameters", "class C:\n    def __init__(self, v, *, w=1): self.v = v\n" +
			loop("t = C(i).v") + "f(0, 0)\n"},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.aborts) == 0 || h.aborts[len(h.aborts)-1] != c.want {
			t.Errorf("%s: traces %d, aborts %q", c.want, len(h.traces), h.aborts)
		}
	}
}

func TestPropertyInlined(t *testing.T) {
	tr := onlyTrace(t, `
class T:
    def __init__(self):
        self._c = 1
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
def f(o):
    t = 0
    for i in range(100):
        o.c = i
        t += o.c
    return t
f(T())
`)
	// The setter's store into _c is deferred to its return and then
	// forwarded to the getter's load: one slot store (tag, payload) and
	// no slot load of _c's payload after it.
	if n := count(tr, isStore(ClassInstSlot)); n != 2 {
		t.Errorf("%d slot stores, want 2\n%s", n, tr)
	}
}

// abortHook records each loop once and keeps the aborts with the loop
// frame's instructions.
type abortHook struct {
	aborts []*Abort
	instrs [][]bytecode.Instr
}

func (h *abortHook) LoopHot(m *vm.VM, f *vm.Frame, pc int) (int, bool) {
	fr := m.JITTopFrame()
	if _, err := Record(m, pc, fr.PC, "t", nil, nil); err != nil {
		h.aborts = append(h.aborts, err.(*Abort))
		h.instrs = append(h.instrs, fr.Instrs)
	}
	return 0, false
}

// TestAbortInInlinedCallReportsCallSite checks that an abort inside an
// inlined call names the loop's own pc (the call), whose line the JIT
// reports, not the callee's pc.
func TestAbortInInlinedCallReportsCallSite(t *testing.T) {
	src := `
class C:
    def m(self, x):
        y = x
        y = y
        y = y
        y = y
        y = y
        return {}
def f(o):
    for i in range(100):
        o.m(i)
f(C())
`
	h := &abortHook{}
	var out bytes.Buffer
	m, err := vm.New(vm.Config{Stdout: &out, Stderr: &out, Args: []string{""}, Hook: h, HookThreshold: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Exec("prog.py", []byte(src), vm.ModeExec); err != nil {
		t.Fatalf("program failed: %v\n%s", err, out.String())
	}
	if len(h.aborts) == 0 {
		t.Fatal("no abort")
	}
	a := h.aborts[0]
	if op := h.instrs[0][a.PC].Op(); op != bytecode.CALLMETHOD {
		t.Errorf("abort %q at pc %d, a %s, want the CALLMETHOD", a.Reason, a.PC, op)
	}
}

func TestNumberConversions(t *testing.T) {
	tr := onlyTrace(t, `
def f(n):
    t = 0.0
    for i in range(n):
        t += float(i) + int(t * 0.5)
    return t
f(100)
`)
	if count(tr, isOp(ir.ITOF)) < 1 || count(tr, isOp(ir.FTOI)) != 1 {
		t.Errorf("want ITOF and one FTOI\n%s", tr)
	}
}

// TestInitDefaults: an __init__ with a default parameter is inlined with
// the default loaded from the function's defaults tuple (guarded), as
// inline binds a plain call's defaults.
func TestInitDefaults(t *testing.T) {
	tr := onlyTrace(t, `
class C:
    def __init__(self, a, b=3):
        self.a = a
        self.b = b
def f(n):
    t = 0
    for i in range(n):
        t += C(i).b
    return t
f(100)
`)
	if n := count(tr, isLoad(ClassTupleItems)); n < 1 {
		t.Errorf("no load of the default\n%s", tr)
	}
}

// TestBaseInitThroughClass: Base.__init__(self, a) in a subclass's
// __init__ is LOADMETHOD on the class (the function a constant under
// the class's identity and version guards) and an inlined call storing
// into the new instance.
func TestBaseInitThroughClass(t *testing.T) {
	tr := onlyTrace(t, `
class B:
    def __init__(self, a):
        self.a = a
class D(B):
    def __init__(self, a):
        B.__init__(self, a)
        self.b = 1
def f(n):
    t = 0
    for i in range(n):
        t += D(i).a
    return t
f(100)
`)
	if n := count(tr, isOp(ir.NEW)); n != 1 {
		t.Errorf("%d NEW, want 1\n%s", n, tr)
	}
}

// TestSuperCall: super().__init__(a) and super().m() in inlined methods
// record a super object (a NEW the recorder resolves LOADMETHOD on), and
// sinking removes it with the instance, which only they use.
func TestSuperCall(t *testing.T) {
	tr := onlyTrace(t, `
class B:
    def __init__(self, a):
        self.a = a
    def m(self):
        return self.a
class D(B):
    def __init__(self, a):
        super().__init__(a)
        self.b = 1
    def m(self):
        return super().m() + self.b
def f(n):
    t = 0
    for i in range(n):
        t += D(i).m()
    return t
f(100)
`)
	if n := count(tr, isOp(ir.NEW)); n != 3 {
		t.Errorf("%d NEW, want 3 (the instance, two super objects)\n%s", n, tr)
	}
	ot, err := opt.Pipeline(tr, opt.Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(ot, isOp(ir.NEW)); n != 0 {
		t.Errorf("%d NEW after the passes, want 0\n%s", n, ot)
	}
}
