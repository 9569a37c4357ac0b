// bytecodecount_test.go checks the bytecodes compiled code counts itself
// (bytecodecount.go): with the JIT on, the bytecodes interpreted plus
// those run in traces, loop functions and function traces must add up to
// what the interpreter alone runs, exactly where the count is exact (loop
// functions and function traces, exits in the middle of their blocks
// included) and within a small margin where root traces' iterations are
// estimated. That holds when the interpreter counts every instruction of
// its fused dispatches (build tag hotloop_countfused: tests/run.sh runs
// this test so); by default it counts a fused dispatch once, and the
// JIT's total may only exceed its count by what fusing hides (fib: half
// again; at most double here; 1% less for the estimate).

package jit

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
	"github.com/hotloop/hotloop/vm"
)

// countRun runs src with hook at threshold and returns its output, the
// bytecodes interpreted and the JIT's stats, read before the VM (and
// with it the heap holding the count word) is closed.
func countRun(t *testing.T, src string, j *JIT, threshold int) (string, uint64, Stats) {
	t.Helper()
	var hook vm.Hook
	if j != nil {
		hook = j
	}
	var n uint64
	var st Stats
	out := jittest.RunInspect(t, src, hook, threshold, func(m *vm.VM) {
		n = m.BytecodesInterpreted()
		if j != nil {
			st = j.Stats()
		}
	})
	return out, n, st
}

const countInnerSrc = `
def step(pairs, n):
    for _ in range(n):
        for (a, b) in pairs:
            d = a[0] - b[0]
            a[1] += d * 0.5
            b[1] -= d * 0.25
        for p in pairs:
            p[0][0] += 0.001

pts = [[float(i), 0.0] for i in range(6)]
pairs = [(pts[i], pts[j]) for i in range(6) for j in range(i + 1, 6)]
step(pairs, 3000)
print(round(sum(p[1] for p in pts), 6))
`

// mandelDef is the mandelbrot of tests/bench: an escape loop left by a
// break, inside two loops.
const mandelDef = `
def mandel(w, h, max_iter):
    total = 0
    for py in range(h):
        ci = py * 2.0 / h - 1.0
        for px in range(w):
            cr = px * 3.0 / w - 2.0
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total += i
    return total
`

const countBreakSrc = mandelDef + `
print(mandel(60, 40, 50))
`

const countExitsSrc = loopExitsDefs + `
for n in (10, 30, 39, 40, 41, 60, 200):
    print(grow(n) % 1000003)
data = list(range(50))
for k in range(40):
    try:
        print(index(data, 45 + k % 10))
    except IndexError as e:
        print(type(e).__name__, e)
mixed = list(range(40)) + [1.5] + list(range(10))
print(index(mixed, 51))
`

const countDeepExitSrc = `
def grow(n):
    if n == 0:
        return 1
    return grow(n - 1) * 3 + n

def depth(n, limit):
    if n >= limit:
        return n
    return depth(n + 1, limit) + 1

for k in range(60):
    print(grow(k % 50) % 1000003, depth(0, k))
`

// TestBytecodesCounted: loop functions (fannkuch; exits in the middle of
// blocks) and function traces (fib; an int overflowing deep in a
// recursion, whose exit unwinds every compiled level) count exactly what
// the interpreter would have run. Traces count their iterations, an
// inner trace's last, partial iteration before the exit its outer trace
// goes on after, the iterations of the traces the hop dispatcher runs
// and the bytecodes of paths and side traces that end by entering
// another trace, and Go the partial iterations before exits to Go: an
// outer trace calling an inner trace comes within 1% of the truth;
// mandelbrot's escape loop at threshold 1 (36,000 hops between paths and
// side traces, whose parents' partial iterations are not counted) within
// 60%, where before the count it was 5%. No count may exceed the truth.
func TestBytecodesCounted(t *testing.T) {
	for _, tc := range []struct {
		name     string
		src      string
		loopFunc bool
		least    float64 // the least share of the truth counted, at any threshold
		hops     bool    // at threshold 1 the hop dispatcher runs its traces
	}{
		{"fannkuch", loopFannkuchSrc, true, 1, false},
		{"exits", countExitsSrc, true, 1, false},
		{"inner trace", countInnerSrc, false, 0.99, false},
		{"inner trace left by break", countBreakSrc, false, 0.4, true},
		{"function trace", fibSrc, false, 1, false},
		{"function trace exits", countDeepExitSrc, false, 1, false},
	} {
		want, all, _ := countRun(t, tc.src, nil, 0)
		checkCPython(t, tc.src, want)
		for _, th := range []int{1, 7, 50} {
			var log bytes.Buffer
			j := New(Config{Log: &log, LoopFuncs: tc.loopFunc, CountBytecodes: true})
			got, interp, st := countRun(t, tc.src, j, th)
			if got != want {
				t.Fatalf("%s, threshold %d: output %q, want %q\n%s", tc.name, th, got, want, log.String())
			}
			if tc.name == "function trace exits" && st.Funcs.Exits == 0 {
				t.Fatalf("%s, threshold %d: function traces %+v, want exits\n%s", tc.name, th, st.Funcs, log.String())
			}
			if tc.hops && th == 1 && st.TraceHops == 0 {
				t.Fatalf("%s, threshold %d: no hops\n%s", tc.name, th, log.String())
			}
			total := int64(interp) + st.BytecodesInTraces + st.BytecodesCounted
			t.Logf("%s, threshold %d: %d interpreted + %d estimated + %d counted = %d, interpreter alone %d", tc.name, th, interp, st.BytecodesInTraces, st.BytecodesCounted, total, all)
			bad := float64(total) < tc.least*float64(all)
			if vm.CountsFusedInstructions {
				// exact where the count is, and never more than the truth
				bad = bad || total > int64(all) || tc.least == 1 && total != int64(all)
			} else {
				bad = bad || total > 2*int64(all) // fused dispatches count once
			}
			if bad {
				t.Fatalf("%s, threshold %d: %d interpreted + %d estimated + %d counted = %d bytecodes, the interpreter alone %d (fused instructions counted: %v)\n%s",
					tc.name, th, interp, st.BytecodesInTraces, st.BytecodesCounted, total, all, vm.CountsFusedInstructions, log.String())
			}
		}
		// without CountBytecodes nothing is counted (nor compiled in)
		j := New(Config{LoopFuncs: tc.loopFunc})
		if got, _, st := countRun(t, tc.src, j, 7); got != want || st.BytecodesCounted != 0 {
			t.Fatalf("%s without the count: %d counted, output %q, want %q", tc.name, st.BytecodesCounted, got, want)
		}
	}
}

// TestCountKeepsDecisions: the bytecode count (Config.CountBytecodes,
// which the CLI's stats flags turn on) makes modules larger, but their
// prices are those of the modules without it (Lowered.Instrs leaves the
// counting code out; pricedSize lowers loop functions and function
// traces again without it), so a run with the count decides what the
// same run without it does: the same log, once the sizes in bytes and
// the times are taken out, and the same counters. With the count's
// bytes priced in, the recursive program's function trace (fib, the
// shape of jit/recur_fib) was never compiled with the stats on.
func TestCountKeepsDecisions(t *testing.T) {
	noise := regexp.MustCompile(`\d+ wasm bytes|\d+\.\d+`)
	for _, tc := range []struct {
		name     string
		src      string
		loopFunc bool
	}{
		{"fannkuch", loopFannkuchSrc + "print(fannkuch(8))\n", true},
		{"inner trace", countInnerSrc, false},
		{"recursion", countRecursionSrc, false},
	} {
		for _, th := range []int{50, 1039} {
			var logs [2]string
			var stats [2]Stats
			for i, count := range []bool{false, true} {
				var log bytes.Buffer
				j := New(Config{Log: &log, Payoff: true, LoopFuncs: tc.loopFunc, CountBytecodes: count})
				_, _, stats[i] = countRun(t, tc.src, j, th)
				logs[i] = noise.ReplaceAllString(log.String(), "#")
			}
			if logs[0] != logs[1] {
				t.Fatalf("%s, threshold %d: the count changed the JIT's decisions\n--- without\n%s\n--- with\n%s", tc.name, th, logs[0], logs[1])
			}
			a, b := stats[0], stats[1]
			if a.TracesCompiled != b.TracesCompiled || a.SideTraces != b.SideTraces || a.Funcs.Compiled != b.Funcs.Compiled || a.LoopFuncs.Compiled != b.LoopFuncs.Compiled || a.TracesAborted != b.TracesAborted {
				t.Fatalf("%s, threshold %d: counters without the count %+v, with it %+v", tc.name, th, a, b)
			}
			if tc.name == "recursion" && a.Funcs.Compiled == 0 || tc.loopFunc && a.LoopFuncs.Compiled == 0 {
				t.Fatalf("%s, threshold %d: nothing of its kind compiled; the case needs it\n%s", tc.name, th, logs[0])
			}
			t.Logf("%s, threshold %d: %d traces, %d side traces, %d function traces, %d loop functions", tc.name, th, a.TracesCompiled, a.SideTraces, a.Funcs.Compiled, a.LoopFuncs.Compiled)
		}
	}
}

// countRecursionSrc is the start of jit/recur_fib, run longer: a fib
// whose function trace pays late in the run.
const countRecursionSrc = fibDef + `
print([fib(i) for i in range(15)])
total = 0
for k in range(18, 25):
    total += fib(k)
print("fib total", total, fib(-5), fib(0))
`
