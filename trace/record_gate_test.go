// record_gate_test.go checks that the host call gate counts dict.get's
// helper calls (record_gate.go): a loop of a str-keyed d.get, a store and
// a few other bytecodes is left to the interpreter, while the same loop
// with enough other work, or with a constant int key (read in memory, no
// call), is traced.

package trace

import (
	"strings"
	"testing"
)

func TestGateCountsDictGet(t *testing.T) {
	loop := func(body string, pad int) string {
		return "def f(ws):\n    counts = {}\n    c = 0\n    for w in ws:\n" + body +
			strings.Repeat("        c = c + 1\n", pad) + "    return counts, c\nf(['ab', 'cd', 'ef'] * 60)\n"
	}
	const gate = "too many host calls for the trace to pay"
	// 12 bytecodes, three calls (get's tag and payload, the store).
	h := recordAll(t, loop("        counts[w] = counts.get(w, 0) + 1\n", 2))
	if len(h.aborts) == 0 || h.aborts[len(h.aborts)-1] != gate {
		t.Errorf("str key, short body: traces %d, aborts %q, want the gate", len(h.traces), h.aborts)
	}
	h = recordAll(t, loop("        counts[w] = counts.get(w, 0) + 1\n", 24))
	if len(h.traces) == 0 || len(h.aborts) != 0 {
		t.Errorf("str key, long body: traces %d, aborts %q, want a trace", len(h.traces), h.aborts)
	}
	h = recordAll(t, "d = {3: 1}\ndef f(n):\n    c = 0\n    for i in range(n):\n        c = c + d.get(3, 0)\n        c = c - 1\n    return c\nf(100)\n")
	if len(h.traces) == 0 || len(h.aborts) != 0 {
		t.Errorf("constant int key: traces %d, aborts %q, want a trace", len(h.traces), h.aborts)
	}
}
