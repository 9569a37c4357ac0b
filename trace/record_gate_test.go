// record_gate_test.go checks the host call gate (record_gate.go): a loop
// of a str-keyed d.get and a store, whose lookup is a wasm probe since
// session 16 (no host call), is traced, as are longer bodies and constant
// int keys (read in memory), while a short loop of tuple-key lookups (host
// calls) is left to the interpreter.

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
	// 12 bytecodes and, since session 16, no host call: get's lookup is a
	// wasm probe (record_setprobe.go) whose entry the store writes in place.
	h := recordAll(t, loop("        counts[w] = counts.get(w, 0) + 1\n", 2))
	if len(h.traces) == 0 || len(h.aborts) != 0 {
		t.Errorf("str key, short body: traces %d, aborts %q, want a trace", len(h.traces), h.aborts)
	}
	// Two tuple-key lookups (host calls) in as short a body: the gate.
	h = recordAll(t, "s = {(1, 2)}\ndef f(n):\n    c = 0\n    for i in range(n):\n        if (i, 2) in s or (2, i) in s:\n            c += 1\n    return c\nf(100)\n")
	if len(h.aborts) == 0 || h.aborts[len(h.aborts)-1] != gate {
		t.Errorf("tuple keys, short body: traces %d, aborts %q, want the gate", len(h.traces), h.aborts)
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

// TestGateSkipsHeapq checks that heapq's helpers are not counted by the
// gate (isHeapqHelperName): a short loop of one pop and one push is traced.
func TestGateSkipsHeapq(t *testing.T) {
	h := recordAll(t, "import heapq\ndef f(n):\n    h = [(5, 1), (7, 2), (9, 3)]\n    for i in range(n):\n        heapq.heappush(h, heapq.heappop(h))\n    return h\nf(100)\n")
	if len(h.traces) == 0 || len(h.aborts) != 0 {
		t.Errorf("heappop and heappush: traces %d, aborts %q, want a trace", len(h.traces), h.aborts)
	}
}
