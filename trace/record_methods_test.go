// record_methods_test.go tests the recording of list.append and
// list.pop (record_methods.go): the stores they emit, and where they abort.

package trace

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

func TestListAppendRecords(t *testing.T) {
	h := recordAll(t, "def f(n):\n    out = []\n    for i in range(n):\n        out.append(i)\n    return out\nf(100)\n")
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.XSTORE && in.Class() == ClassItems }); n != 2 {
		t.Errorf("%d item stores, want the tag and the payload\n%s", n, tr)
	}
	if n := count(tr, isStore(ClassListLen)); n != 1 {
		t.Errorf("%d length stores, want 1\n%s", n, tr)
	}
	// The capacity guard: the length below the storage's slot count.
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.GCMP && in.Cond() == ir.LT }); n < 2 {
		t.Errorf("no capacity guard besides the range test\n%s", tr)
	}
}

func TestListAppendAborts(t *testing.T) {
	cases := []struct{ want, src string }{
		{"list.append in an inlined function",
			"def add(l, x):\n    l.append(x)\ndef f(n):\n    out = []\n    for i in range(n):\n        add(out, i)\nf(100)\n"},
		{"builtin method insert",
			"def f(n):\n    out = []\n    for i in range(n):\n        out.insert(0, i)\nf(100)\n"},
		{"list.pop with other arguments",
			"def f(n):\n    out = list(range(200))\n    for i in range(n):\n        out.pop(0)\nf(100)\n"},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.aborts) == 0 || h.aborts[len(h.aborts)-1] != c.want {
			t.Errorf("%s: traces %d, aborts %q", c.want, len(h.traces), h.aborts)
		}
	}
}

func TestListPopRecords(t *testing.T) {
	h := recordAll(t, "def f(n):\n    st = list(range(500))\n    s = 0\n    for i in range(n):\n        s += st.pop()\n    return s\nf(100)\n")
	if len(h.traces) != 1 || len(h.aborts) != 0 {
		t.Fatalf("traces %d, aborts %v", len(h.traces), h.aborts)
	}
	tr := h.traces[0].Trace
	// The vacated slot is emptied (tag and payload) and the length stored.
	if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.XSTORE && in.Class() == ClassItems }); n != 2 {
		t.Errorf("%d item stores, want 2\n%s", n, tr)
	}
	if n := count(tr, isStore(ClassListLen)); n != 1 {
		t.Errorf("%d length stores, want 1\n%s", n, tr)
	}
}
