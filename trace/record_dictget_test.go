// record_dictget_test.go tests the recording of dict.get
// (record_dictget.go): the helper calls and guards it emits, and where it
// aborts. Loops whose d.get calls helpers carry hostPad's bytecodes, so
// that the host call gate (which counts them: record_gate.go) lets them
// be traced.

package trace

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// helperCalls counts the CALLs of the helper named name in tr.
func helperCalls(tr *ir.Trace, name string) int {
	return count(tr, func(in *ir.Inst) bool {
		return in.Op == ir.CALL && in.Aux >= 0 && int(in.Aux) < len(tr.Helpers) && tr.Helpers[in.Aux].Name == name
	})
}

func TestDictGetRecords(t *testing.T) {
	cases := []struct {
		name, src string
		calls     map[string]int
	}{
		{"object value, int key",
			"class T: pass\nd = {i: T() for i in range(4)}\ndef f(n):\n    c = 0\n    for i in range(n):\n        if d.get(i % 4) is not None:\n            c += 1\n" + hostPad + "    return c\nf(100)\n",
			map[string]int{DictProbeIntKey.Name: 1, DictGetTagIntKey.Name: 0, DictGetRefIntKey.Name: 0}}, // a wasm probe (record_setprobe.go)
		{"int value, str key, default",
			"d = {'a': 1}\ndef f(n):\n    c = 0\n    for i in range(n):\n        c += d.get('a', 0)\n" + hostPad + "    return c\nf(100)\n",
			map[string]int{DictProbeStrKey.Name: 1, DictGetTagStrKey.Name: 0, DictGetIntStrKey.Name: 0}},
		{"absent key: the default, no payload call",
			"d = {'a': 1}\ndef f(n):\n    c = 0\n    for i in range(n):\n        c += d.get('b', 2)\n    return c\nf(100)\n",
			map[string]int{DictProbeStrKey.Name: 1, DictGetTagStrKey.Name: 0, DictGetIntStrKey.Name: 0}},
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
	}
}

func TestDictGetAborts(t *testing.T) {
	cases := []struct{ want, src string }{
		{"dict.get of a value other than an int, None or an object",
			"d = {1: 2.5}\ndef f(n):\n    s = 0.0\n    for i in range(n):\n        s += d.get(1)\n    return s\nf(100)\n"},
		{"dict.get that may run __eq__",
			"class K:\n    def __hash__(self):\n        return 1\n    def __eq__(self, o):\n        return o == 1\nd = {K(): 3}\ndef f(n):\n    s = 0\n    for i in range(n):\n        s += d.get(1)\n    return s\nf(100)\n"},
		{"dict.get with a key other than an int or str",
			"d = {(1, 2): 3}\nk = (1, 2)\ndef f(n):\n    s = 0\n    for i in range(n):\n        s += d.get(k)\n    return s\nf(100)\n"},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.aborts) == 0 || h.aborts[len(h.aborts)-1] != c.want {
			t.Errorf("%s: traces %d, aborts %q", c.want, len(h.traces), h.aborts)
		}
	}
}
