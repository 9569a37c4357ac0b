// bench_test.go measures what a trace costs to make: recording, the IR
// passes, lowering to wasm and wazero's compile and instantiate, per
// compiled trace, on loops shaped like the benchmark suite's (go test
// -bench TraceCompile ./jit). The programs run a few iterations past the
// threshold, so almost all of an operation's time is the JIT's own work
// plus a fresh VM.

package jit_test

import (
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit"
	"github.com/hotloop/hotloop/jit/jittest"
)

// compileLoops are small programs whose hot loops each make one or more
// traces: float arithmetic, list-of-lists float updates with unpacking (an
// nbody pair loop), instance attributes and a method call, and a nested
// integer loop (an inner trace called from an outer one).
var compileLoops = map[string]string{
	"float": `
def f(n):
    x = 0.5
    s = 0.0
    for i in range(n):
        s += x * i - s / 3.0
        x = x * 0.999 + 0.001
    return s
print(f(40))
`,
	"pairs": `
bodies = [[[1.0, 2.0, 3.0], [0.1, 0.2, 0.3], 5.0], [[4.0, 5.0, 6.0], [0.4, 0.5, 0.6], 7.0]]
pairs = [(bodies[0], bodies[1]), (bodies[1], bodies[0])] * 20
def adv(pairs):
    for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        mag = 0.01 * (dx * dx + dy * dy + dz * dz)
        v1[0] -= dx * m2 * mag
        v2[0] += dx * m1 * mag
adv(pairs)
print(bodies[0][1][0])
`,
	"attrs": `
class P:
    def __init__(self, x):
        self.x = x
        self.y = 0
    def step(self, k):
        self.y += self.x * k
ps = [P(i) for i in range(5)]
for k in range(40):
    for p in ps:
        p.step(k)
print(sum(p.y for p in ps))
`,
	"nested": `
def g(n):
    t = 0
    for i in range(n):
        j = 0
        while j < 7:
            t += i ^ j
            j += 1
    return t
print(g(40))
`,
}

func BenchmarkTraceCompile(b *testing.B) {
	for _, name := range []string{"float", "pairs", "attrs", "nested"} {
		src := compileLoops[name]
		b.Run(name, func(b *testing.B) {
			var traces int64
			var secs float64
			for i := 0; i < b.N; i++ {
				j := jit.New(jit.Config{})
				out := jittest.Run(b, src, j, 2)
				if strings.Contains(out, "ERROR") || strings.Contains(out, "Traceback") {
					b.Fatalf("program failed:\n%s", out)
				}
				st := j.Stats()
				if st.TracesCompiled == 0 {
					b.Fatalf("no trace compiled (aborts: %v)", st.AbortReasons)
				}
				traces += st.TracesCompiled + st.SideTraces
				secs += st.CompileSeconds
			}
			b.ReportMetric(secs*1e6/float64(traces), "µs/trace")
			b.ReportMetric(float64(traces)/float64(b.N), "traces/op")
		})
	}
}
