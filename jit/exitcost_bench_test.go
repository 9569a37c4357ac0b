// exitcost_bench_test.go measures an exit to Go: the round trip from a
// guard that fails in a trace, through Go (the exit's bookkeeping), the
// interpreter's resume and the next back-edge's hook call, back into the
// trace (go test -bench ExitRoundTrip ./jit). The loop's trace covers one
// side of a branch taken every other iteration and side traces are off
// (HotExit out of reach), so every second iteration is one round trip;
// at threshold 1 the hook is called at every back-edge, so the trace is
// entered again at once. docs/jit.md "Exits priced (session 16)".

package jit

import (
	"strings"
	"testing"
	"time"

	"github.com/hotloop/hotloop/jit/jittest"
)

// exitLoopSrc exits its trace on every odd i (the recorded path is the
// even one: the loop is first hot at i = 0 with threshold 1). Its float
// sum keeps the function from the loop-function compiler (loopfunc.go),
// which takes int loops whole.
const exitLoopSrc = `
def f(n):
    t = 0.0
    for i in range(n):
        if i & 1:
            t += 3.0
        else:
            t += 1.0
    return int(t)
print(f(1000000))
`

// BenchmarkExitRoundTrip reports the process CPU time per exit of the
// run with the JIT (cpu-ns/exit: the round trip, with the interpreted
// half iteration and the trace's own iteration) and that time less the
// CPU time of the same program interpreted (net-ns/exit: what an exit
// costs beyond the interpretation it replaces, exitNs's meaning).
func BenchmarkExitRoundTrip(b *testing.B) {
	var exits int64
	var on, off time.Duration
	for b.Loop() {
		start := cpuTime()
		if out := jittest.Run(b, exitLoopSrc, nil, 1); strings.TrimSpace(out) != "2000000" {
			b.Fatalf("interpreted program printed %q", out)
		}
		mid := cpuTime()
		j := New(Config{HotExit: 1 << 30})
		if out := jittest.Run(b, exitLoopSrc, j, 1); strings.TrimSpace(out) != "2000000" {
			b.Fatalf("program printed %q", out)
		}
		off, on = off+mid-start, on+cpuTime()-mid
		exits += j.Stats().GuardExits
	}
	if exits == 0 {
		b.Fatal("no exits")
	}
	b.ReportMetric(float64(on.Nanoseconds())/float64(exits), "cpu-ns/exit")
	b.ReportMetric(float64((on-off).Nanoseconds())/float64(exits), "net-ns/exit")
	b.ReportMetric(float64(exits)/float64(b.N), "exits/op")
}
