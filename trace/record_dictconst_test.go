// record_dictconst_test.go tests d.get(k) with an int constant key
// (record_dictconst.go): no helper call, the entry's key and value tag
// guarded and the value loaded; varying, absent and str keys call the
// wasm probe (record_setprobe.go) and load the value from its entry.

package trace

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

func TestDictGetConstKey(t *testing.T) {
	cases := []struct {
		name, src string
		calls     map[string]int
		loads     int // loads of dict entry words from a loaded storage pointer
	}{
		{"constant int key, object value",
			"class T: pass\nd = {i: T() for i in range(4)}\ndef f(n):\n    c = 0\n    for i in range(n):\n        if d.get(2) is not None:\n            c += 1\n    return c\nf(100)\n",
			map[string]int{DictGetTagIntKey.Name: 0, DictGetRefIntKey.Name: 0}, 4},
		{"constant int key through an inlined method, int value",
			"class S:\n    def __init__(self):\n        self.t = {4: 40, 5: 50}\n    def get(self, k):\n        return self.t.get(k)\ns = S()\ndef f(n):\n    c = 0\n    for i in range(n):\n        c += s.get(5)\n    return c\nf(100)\n",
			map[string]int{DictGetTagIntKey.Name: 0, DictGetIntIntKey.Name: 0}, 4},
		{"varying int key: the helpers",
			"d = {i: i for i in range(4)}\ndef f(n):\n    c = 0\n    for i in range(n):\n        c += d.get(i & 3)\n" + hostPad + "    return c\nf(100)\n",
			map[string]int{DictProbeIntKey.Name: 1, DictGetTagIntKey.Name: 0, DictGetIntIntKey.Name: 0}, 2}, // a wasm probe (record_setprobe.go)
		{"absent constant key: the helper",
			"d = {1: 2}\ndef f(n):\n    c = 0\n    for i in range(n):\n        c += d.get(7, 1)\n    return c\nf(100)\n",
			map[string]int{DictProbeIntKey.Name: 1, DictGetTagIntKey.Name: 0}, 0},
		{"key equal to a bool entry: the helper",
			"d = {True: 2}\ndef f(n):\n    c = 0\n    for i in range(n):\n        c += d.get(1)\n" + hostPad + "    return c\nf(100)\n",
			map[string]int{DictProbeIntKey.Name: 1, DictGetTagIntKey.Name: 0, DictGetIntIntKey.Name: 0}, 2},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.traces) == 0 || len(h.aborts) != 0 {
			t.Errorf("%s: traces %d, aborts %v", c.name, len(h.traces), h.aborts)
			continue
		}
		tr := h.traces[0].Trace
		for name, want := range c.calls {
			if got := helperCalls(tr, name); got != want {
				t.Errorf("%s: %d calls of %s, want %d\n%s", c.name, got, name, want, tr)
			}
		}
		// (Globals are read from a constant storage block; these entries
		// from the storage the dict's slot holds.)
		loads := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FLOAD && in.Class() == ClassDictEntry && in.A.IsInst() })
		if loads != c.loads {
			t.Errorf("%s: %d loads of dict entries, want %d\n%s", c.name, loads, c.loads, tr)
		}
	}
}
