// record_closures_test.go tests the recording of calls of closures and of
// calls that leave parameters to their defaults (record_closures.go): the
// cells and the defaults are loaded from the function object, the
// function's identity is not guarded when it is not a constant, a
// nonlocal store is deferred past the call's guards, and the calls that
// are still not inlined abort with their reasons.

package trace

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// loadsAt counts the FLOADs of class at byte offset off.
func loadsAt(tr *ir.Trace, class ir.AliasClass, off int64) int {
	return count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == class && in.Aux == off })
}

func TestClosuresOfOneCodeShareATrace(t *testing.T) {
	src := `
def adder(k):
    return lambda x: x + k
def f(fns):
    s = 0
    for i in range(100):
        g = fns[i & 3]
        s += g(i)
    return s
f([adder(0), adder(1), adder(2), adder(3)])
`
	h := recordAll(t, src)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	// The function read from the list is never compared with a constant
	// pointer: its code word and globals are.
	identity := count(tr, func(in *ir.Inst) bool {
		return in.Op == ir.GCMP && in.B.IsConst() && tr.Const(in.B).Type == ir.Ptr && tr.Insts[in.A].Op == ir.XLOAD
	})
	if identity != 0 {
		t.Errorf("%d guards compare the list item with a constant\n%s", identity, tr)
	}
	if n := loadsAt(tr, ClassFuncCode, vm.JITFuncCodeOff); n != 1 {
		t.Errorf("%d code word loads, want 1\n%s", n, tr)
	}
	// The cell comes from the closure tuple, its value from the cell.
	if n := loadsAt(tr, ClassFuncCode, vm.JITFuncClosureOff+8); n != 1 {
		t.Errorf("%d closure loads, want 1\n%s", n, tr)
	}
	if n := loadsAt(tr, ClassTupleItems, vm.JITItemsOff+8); n != 1 {
		t.Errorf("%d cell loads, want 1\n%s", n, tr)
	}
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == ClassCellValue }); n != 2 {
		t.Errorf("%d cell value loads, want 2 (tag and payload)\n%s", n, tr)
	}
}

// TestNonlocalStoreDeferred checks that STOREDEREF in an inlined closure
// stores after every guard resuming at the call (an exit there runs the
// whole call again), and that the closure's second read of the variable
// is the value it stored.
func TestNonlocalStoreDeferred(t *testing.T) {
	src := `
def counter():
    n = 0
    def inc(step):
        nonlocal n
        n += step
        return n * 2 + n
    return inc
def f(inc):
    t = 0
    for i in range(100):
        t += inc(i)
    return t
f(counter())
`
	h := recordAll(t, src)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	callPC := -1
	for pc, ins := range h.instrs[0] {
		if ins.Op() == bytecode.CALL {
			callPC = pc
		}
	}
	firstStore, lastCallGuard := 0, 0
	for i := 1; i < len(tr.Insts); i++ {
		in := &tr.Insts[i]
		if in.Op == ir.FSTORE && in.Class() == ClassCellValue && firstStore == 0 {
			firstStore = i
		}
		if in.Snap != 0 && tr.Snaps[in.Snap].PC == int32(callPC) {
			lastCallGuard = i
		}
	}
	if firstStore == 0 || lastCallGuard == 0 || firstStore < lastCallGuard {
		t.Fatalf("first cell store %d, last guard resuming at the call (pc %d) %d\n%s", firstStore, callPC, lastCallGuard, tr)
	}
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == ClassCellValue }); n != 2 {
		t.Errorf("%d cell value loads, want 2 (n read once, then the pending store)\n%s", n, tr)
	}
	if n := count(tr, isStore(ClassCellValue)); n != 2 {
		t.Errorf("%d cell value stores, want 2 (tag and payload)\n%s", n, tr)
	}
}

// TestDefaultsLoaded checks that a call leaving parameters out reads the
// defaults tuple from the function: its tag and length guarded, the
// defaults used loaded with their tags guarded.
func TestDefaultsLoaded(t *testing.T) {
	src := `
def g(x, k=2, off=None):
    return x * k
def f():
    s = 0
    for i in range(100):
        s += g(i) + g(i, 3)
    return s
f()
`
	h := recordAll(t, src)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	// Both calls read the slot (the second only off's default), and
	// CSE merges the second call's loads into the first's.
	if n := loadsAt(tr, ClassFuncCode, vm.JITFuncDefaultsOff); n != 1 {
		t.Errorf("%d loads of the defaults slot's tag, want 1\n%s", n, tr)
	}
	// Tags of k's and off's defaults, k's payload (None's is its tag).
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == ClassTupleItems }); n != 3 {
		t.Errorf("%d defaults tuple item loads, want 3\n%s", n, tr)
	}
	// The tuple's length decides which default goes where: guarded.
	if n := loadsAt(tr, ClassHeader, vm.JITTupleCountOff); n != 1 {
		t.Errorf("%d tuple length loads, want 1\n%s", n, tr)
	}
}

func TestClosureCallAborts(t *testing.T) {
	loop := "def f():\n    for i in range(100):\n        y = CALL\nf()\n"
	cases := []struct{ want, defs, call string }{
		{"call of a generator function", "def g(x):\n    yield x\n", "g(i)"},
		{"call of a function with keyword-only, *args or **kwargs parameters", "def g(x, *, k=1):\n    return x\n", "g(i)"},
		{"call of a function with keyword-only, *args or **kwargs parameters", "def g(*a):\n    return 1\n", "g(i)"},
		{"call of a function with cell variables (it makes closures)", "def g(x):\n    return lambda: x\n", "g(i)"},
	}
	for _, c := range cases {
		src := c.defs + loop[:len(loop)-len("CALL\nf()\n")] + c.call + "\nf()\n"
		h := recordAll(t, src)
		if len(h.aborts) == 0 || h.aborts[len(h.aborts)-1] != c.want {
			t.Errorf("%s: traces %d, aborts %q", c.want, len(h.traces), h.aborts)
		}
	}
}

// TestKeywordArguments checks that keyword arguments bind to their
// parameters (no abort, no default loaded for a parameter a keyword
// gives) and that the trace computes with the right operands.
func TestKeywordArguments(t *testing.T) {
	src := `
def g(a, b=1, c=5):
    return a * 1000 + b * 10 + c
def f():
    s = 0
    for i in range(100):
        s += g(c=i, a=2)
    return s
f()
`
	h := recordAll(t, src)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	// Only b comes from the defaults: its tag and payload (c's default,
	// the tuple's second item, is never read).
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == ClassTupleItems }); n != 2 {
		t.Errorf("%d defaults tuple item loads, want 2\n%s", n, tr)
	}
	if n := loadsAt(tr, ClassTupleItems, vm.JITItemsOff); n != 1 {
		t.Errorf("%d loads of the first default's tag, want 1\n%s", n, tr)
	}
	// a = 2 is a constant: 2 * 1000 folds.
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.IMUL }); n != 1 {
		t.Errorf("%d multiplies, want 1 (b * 10; a * 1000 folded)\n%s", n, tr)
	}
}
