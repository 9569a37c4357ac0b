// record_alloc_test.go tests the recording of tuples and lists built in a
// loop, of list growth and of LISTAPPEND (record_alloc.go): the
// allocations and helper calls emitted, what sinking leaves, and where
// recordings abort.

package trace

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/opt"
	"github.com/hotloop/hotloop/vm"
)

// newOf counts the NEWs of allocations named name in tr.
func newOf(tr *ir.Trace, name string) int {
	return count(tr, func(in *ir.Inst) bool { return in.Op == ir.NEW && tr.Allocs[in.Aux].Name == name })
}

// onlyRecording records src and returns its one trace, recorded and
// after the passes.
func onlyRecording(t *testing.T, src string) (rec, opted *ir.Trace) {
	t.Helper()
	h := recordAll(t, src)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	ot, err := opt.Pipeline(tr, opt.Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	return tr, ot
}

func TestTupleUnpackedIsSunk(t *testing.T) {
	tr, ot := onlyRecording(t, `
def f(n):
    s = 0
    for i in range(n):
        p = (i, i * 2)
        a, b = p
        s += a + b + p[1]
    return s
f(100)
`)
	if n := newOf(tr, "tuple"); n != 1 {
		t.Errorf("%d tuple NEWs recorded, want 1\n%s", n, tr)
	}
	// Unpacking and indexing the tuple read the recorder's operands: no
	// load from the NEW.
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.A.IsInst() && tr.Insts[in.A].Op == ir.NEW }); n != 0 {
		t.Errorf("%d loads from a NEW\n%s", n, tr)
	}
	if n := count(ot, isOp(ir.NEW)); n != 0 {
		t.Errorf("%d NEW left after the passes, want 0\n%s", n, ot)
	}
}

func TestEscapingTupleAndListStay(t *testing.T) {
	tr, ot := onlyRecording(t, `
out = [0] * 1000
def f(n):
    for i in range(n):
        out[i] = (i, [i, -i])
f(100)
`)
	for _, name := range []string{"tuple", "list", "list_storage"} {
		if n := newOf(tr, name); n != 1 {
			t.Errorf("%d %s NEWs recorded, want 1\n%s", n, name, tr)
		}
		if n := newOf(ot, name); n != 2 { // the pre-loop copy and the loop's
			t.Errorf("%d %s NEWs after the passes, want 2\n%s", n, name, ot)
		}
	}
}

func TestListReadBackIsSunk(t *testing.T) {
	_, ot := onlyRecording(t, `
def f(n):
    s = 0
    for i in range(n):
        xs = [i, i + 1, i + 2]
        s += xs[0] + xs[2] + len(xs)
    return s
f(100)
`)
	// The list block is sunk; its storage is read by a computed index
	// (the constant 2 lives in a register) and stays.
	if n := newOf(ot, "list"); n != 0 {
		t.Errorf("%d list NEWs left after the passes, want 0\n%s", n, ot)
	}
}

func TestAppendToFreshFullListGrows(t *testing.T) {
	tr, _ := onlyRecording(t, `
def f(n):
    s = 0
    for i in range(n):
        xs = [1, 2, 3, 4]
        xs.append(i)
        s += xs[4]
    return s
f(100)
`)
	if n := helperCalls(tr, ListGrowHelper.Name); n != 1 {
		t.Errorf("%d calls of %s, want 1\n%s", n, ListGrowHelper.Name, tr)
	}
}

func TestComprehensionAppends(t *testing.T) {
	h := recordAll(t, `
xs = [i * i for i in range(100)]
`)
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.XSTORE && in.Class() == ClassItems }); n != 2 {
		t.Errorf("%d item stores, want 2 (tag and payload)\n%s", n, tr)
	}
}

func TestTupleIndexGuards(t *testing.T) {
	tr, _ := onlyRecording(t, `
ts = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (9, 10, 11), (12, 13, 14)] * 2
def f(n):
    s = 0
    for i in range(n):
        t = ts[i % 10]
        s += t[1] + t[-1]
    return s
f(100)
`)
	if n := count(tr, isOp(ir.ABC)); n != 3 { // the list's, and the tuple's two
		t.Errorf("%d bounds checks, want 3\n%s", n, tr)
	}
	if n := count(tr, func(in *ir.Inst) bool {
		return (in.Op == ir.FLOAD || in.Op == ir.XLOAD) && in.Class() == ClassTupleItems
	}); n != 4 {
		t.Errorf("%d tuple item loads, want 4\n%s", n, tr)
	}
}

func TestAllocAborts(t *testing.T) {
	cases := []struct{ want, src string }{
		{"list extend by something other than a known tuple",
			"ys = [1, 2]\ndef f(n):\n    s = 0\n    for i in range(n):\n        xs = [*ys]\n        s += len(xs)\n    return s\nf(100)\n"},
		{"subscript of a tuple by a non-int",
			"t = (1, 2)\ndef f(n):\n    s = 0\n    for i in range(n):\n        s += t[True]\n    return s\nf(100)\n"},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		found := false
		for _, a := range h.aborts {
			found = found || a == c.want
		}
		if !found {
			t.Errorf("%s: traces %d, aborts %q", c.want, len(h.traces), h.aborts)
		}
	}
}

func TestDequeOpsRecorded(t *testing.T) {
	tr, ot := onlyRecording(t, `
from _collections import deque
q = deque(range(50))
def f(n):
    s = 0
    for i in range(n):
        q.append(i)
        s += q.popleft() + q[0] + q[-1] + len(q)
    return s
f(100)
`)
	// Ring items are read and written through the deque's own class, no
	// helper is called while the ring has room, and the mutation counter
	// is stored.
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.XSTORE && in.Class() == ClassDequeItems }); n != 4 {
		t.Errorf("%d ring stores, want 4 (append, popleft's emptying)\n%s", n, tr)
	}
	if n := count(ot, isOp(ir.CALL)); n != 0 {
		t.Errorf("%d calls, want 0\n%s", n, ot)
	}
	if n := count(tr, func(in *ir.Inst) bool {
		return in.Op == ir.FSTORE && in.Class() == ClassDequeSlots && in.Aux == int64(vm.JITDequeStateOff)
	}); n != 2 {
		t.Errorf("%d counter stores, want 2\n%s", n, tr)
	}
}

func TestDequeAborts(t *testing.T) {
	cases := []struct{ want, src string }{
		{"append to a bounded deque",
			"from _collections import deque\nq = deque(maxlen=3)\ndef f(n):\n    for i in range(n):\n        q.append(i)\nf(100)\n"},
		{"deque method rotate",
			"from _collections import deque\nq = deque(range(9))\ndef f(n):\n    for i in range(n):\n        q.rotate(1)\nf(100)\n"},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.aborts) == 0 || h.aborts[0] != c.want {
			t.Errorf("%s: traces %d, aborts %q", c.want, len(h.traces), h.aborts)
		}
	}
}

func TestEnumerateAndTupleLoops(t *testing.T) {
	for _, src := range []string{`
xs = list(range(200))
def f():
    s = 0
    for i, x in enumerate(xs):
        s += i * x
    return s
f()
`, `
ts = tuple(range(200))
def f():
    s = 0
    for x in ts:
        s += x
    return s
f()
`} {
		_, ot := onlyRecording(t, src)
		if n := count(ot, isOp(ir.NEW)); n != 0 {
			t.Errorf("%d NEW left after the passes, want 0\n%s", n, ot)
		}
	}
}
