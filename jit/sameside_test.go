// sameside_test.go checks that a side trace recorded the same as the side
// trace it leaves is refused (sameside.go): dijkstra.py's graph building
// loop grew a chain of six identical side traces without it.

package jit

import (
	"bytes"
	"testing"
)

const graphSrc = `
def make_graph(n, degree, seed):
    x = seed
    adj = {i: [] for i in range(n)}
    for u in range(n):
        for _ in range(degree):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            v = x % n
            w = 1 + (x >> 16) % 100
            adj[u].append((v, w))
    return adj
adj = make_graph(20000, 5, 42)
print(sum(len(v) for v in adj.values()), adj[7], adj[19999])
`

func TestSameSideTraceRefused(t *testing.T) {
	want := run(t, graphSrc, nil, 0)
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	if got := run(t, graphSrc, j, 0); got != want {
		t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", want, got, log.String())
	}
	if n := j.Stats().SideTraces; n > 2 {
		t.Fatalf("%d side traces, want at most 2\n%s", n, log.String())
	}
}
