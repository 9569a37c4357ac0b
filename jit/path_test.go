// path_test.go checks root traces that leave their loop (path.go,
// trace.RecordLeaving): a loop left by break on its first iteration most
// of the time gets a path that enters the next loop's trace, side traces
// link to it, and the program then runs almost entirely in traces; a loop
// left by its condition gets one after a few aborts; a path that reaches
// the function's return aborts. Each test fails without paths (no path is
// compiled, or the abort reason is another). Random programs with such
// loops must print what the interpreter prints.

package jit

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
	"github.com/hotloop/hotloop/vm"
)

// breakLoopSrc: an odometer whose carry loop is left by break at once
// unless the lowest digit wraps, inside an outer for loop with a traced
// inner loop before it.
const breakLoopSrc = `
def odometer(base, digits, steps):
    d = [0] * digits
    total = 0
    carries = 0
    for step in range(steps):
        s = 0
        i = 0
        while i < digits:
            s += d[i] * (i + 1)
            i += 1
        total += s
        j = 0
        while j < d[0]:
            total -= j
            j += 1
        k = 0
        while True:
            d[k] += 1
            if d[k] < base:
                break
            d[k] = 0
            carries += 1
            k += 1
            if k == digits:
                break
    return total, carries, d

print(odometer(3, 6, 20000))
`

// condLoopSrc: the outer loop stores into a dict (it gets no trace), so
// its short while loop, left by its condition after one or two
// iterations, is entered from the interpreter each time.
const condLoopSrc = `
def f(n):
    d = {}
    t = 0
    q = 0
    for x in range(n):
        d[x % 5 + 0.5] = t
        q = x % 3
        while q < 4:
            t += q
            q += 2
        i = 0
        while i < 6:
            t += i * q
            i += 1
    return t, q, i, d

print(f(6000))
`

// returnLoopSrc: the loop is left by break, then the function returns.
const returnLoopSrc = `
def f(xs, key):
    i = 0
    while True:
        if xs[i] == key:
            break
        i += 1
    return i

t = 0
for r in range(3000):
    t += f([5, 3, 1, 7], 5 if r % 3 else 3)
print(t)
`

// runCounting runs src as run does and also returns the bytecodes the
// interpreter executed.
func runCounting(t *testing.T, src string, hook vm.Hook, threshold int) (string, uint64) {
	t.Helper()
	return jittest.RunCounting(t, src, hook, threshold)
}

// TestPathLeavesByBreak: the carry loop gets a path entering the outer
// loop's trace, and with it the program runs almost entirely in traces.
func TestPathLeavesByBreak(t *testing.T) {
	want, all := runCounting(t, breakLoopSrc, nil, 0)
	checkCPython(t, breakLoopSrc, want)
	for _, goHops := range []bool{false, true} {
		for _, threshold := range []int{1, 50} {
			var log bytes.Buffer
			j := New(Config{Log: &log, GoHops: goHops})
			got, interp := runCounting(t, breakLoopSrc, j, threshold)
			if got != want {
				t.Fatalf("threshold %d, hops in Go %v: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, goHops, want, got, log.String())
			}
			lg := log.String()
			if threshold == 1 && !strings.Contains(lg, "at prog.py:19 leaves its loop: a path entering") {
				// (At 50 the outer loop's trace, compiled first, runs
				// the carry loop unrolled, and its side traces the rest.)
				t.Fatalf("threshold %d, hops in Go %v: no path for the carry loop\n%s", threshold, goHops, lg)
			}
			t.Logf("threshold %d, hops in Go %v: %d of %d bytecodes interpreted", threshold, goHops, interp, all)
			if threshold == 1 && interp*20 > all {
				t.Fatalf("threshold %d, hops in Go %v: %d of %d bytecodes interpreted (want under 5%%)\n%s", threshold, goHops, interp, all, lg)
			}
		}
	}
}

// TestPathLeavesByCondition: a loop whose recordings keep leaving by its
// condition gets a path (after testPathAfterAborts aborts) instead of
// being blacklisted; its output stays CPython's.
func TestPathLeavesByCondition(t *testing.T) {
	want := run(t, condLoopSrc, nil, 0)
	checkCPython(t, condLoopSrc, want)
	var log bytes.Buffer
	j := New(Config{Log: &log})
	if got := run(t, condLoopSrc, j, 1); got != want {
		t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", want, got, log.String())
	}
	lg := log.String()
	if !strings.Contains(lg, "at prog.py:10 leaves its loop: a path entering") {
		t.Fatalf("no path for the while loop left by its condition\n%s", lg)
	}
	if strings.Contains(lg, "blacklisted loop at prog.py:10") {
		t.Fatalf("the while loop was blacklisted\n%s", lg)
	}
}

// TestPathStopsAtReturn: a path that reaches the function's return
// aborts with its own reason; the loop never gets a path.
func TestPathStopsAtReturn(t *testing.T) {
	want := run(t, returnLoopSrc, nil, 0)
	checkCPython(t, returnLoopSrc, want)
	var log bytes.Buffer
	j := New(Config{Log: &log})
	if got := run(t, returnLoopSrc, j, 1); got != want {
		t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", want, got, log.String())
	}
	found := false
	for reason := range j.Stats().AbortReasons {
		if strings.HasPrefix(reason, "loop left while recording, then return from the loop's function") {
			found = true
		}
	}
	if !found || strings.Contains(log.String(), "leaves its loop") {
		t.Fatalf("want an abort at the return and no path; reasons %v\n%s", j.Stats().AbortReasons, log.String())
	}
}

// pathProgram writes a random program whose outer loop holds a loop left
// by break on its first iteration most of the time, between other loops,
// with random statements (progGen's) around and inside them.
func (g *progGen) pathProgram() string {
	g.b.Reset()
	fmt.Fprintf(&g.b, "def f(n, a, b):\n    x = %s\n    y = %s\n    total = 0\n    k = 0\n    j = 0\n", g.atom(), g.pick("0", "0.0"))
	g.b.WriteString("    lst = [1, 2.5, 3, -4, 5.5, 6, 7, -8]\n")
	if g.r.Intn(3) == 0 {
		g.b.WriteString("    i = 0\n    while i < n:\n        i += 1\n")
	} else {
		g.b.WriteString("    for i in range(n):\n")
	}
	body := func(indent string, count int) {
		for c := 0; c < count; c++ {
			at := g.b.Len()
			g.stmt(indent, 1)
			if len(indent) > 8 {
				// No continue in an inner loop: it would skip the
				// statement that ends the loop.
				st := g.b.String()
				g.b.Reset()
				g.b.WriteString(st[:at] + strings.ReplaceAll(st[at:], "continue", "y = y + 1"))
			}
		}
	}
	loops := 1 + g.r.Intn(3)
	for l := 0; l < loops; l++ {
		body("        ", g.r.Intn(3))
		switch g.r.Intn(4) {
		case 0, 1:
			// Left by break at once unless (i + k) % m == r.
			fmt.Fprintf(&g.b, "        k = 0\n        while True:\n")
			body("            ", g.r.Intn(3))
			fmt.Fprintf(&g.b, "            k += 1\n            if (i + k) %% %d != %d or k > %d:\n                break\n", 2+g.r.Intn(5), g.r.Intn(2), 1+g.r.Intn(6))
			body("            ", g.r.Intn(2))
		case 2:
			// A for loop left by break, or by its end.
			fmt.Fprintf(&g.b, "        for k in range(%s):\n", g.pick("3", "i % 4", "6"))
			body("            ", g.r.Intn(2))
			fmt.Fprintf(&g.b, "            if (i + k) %% %d == 0:\n                break\n", 2+g.r.Intn(3))
		default:
			// A short while loop left by its condition.
			fmt.Fprintf(&g.b, "        j = 0\n        while j < %s:\n", g.pick("i % 3", "2", "i % 2 + 1"))
			body("            ", g.r.Intn(3))
			g.b.WriteString("            j += 1\n")
		}
		g.b.WriteString("        total += k + j\n")
	}
	g.b.WriteString("    return a, b, x, y, total, k, j, lst\n\n")
	fmt.Fprintf(&g.b, "for n in (3, 60, 700):\n    try:\n        print(f(n, %s, %s))\n", g.pick("1", "-2", "0.5", "7"), g.pick("3", "-1.5", "2**40", "0"))
	g.b.WriteString("    except Exception as e:\n        print(type(e).__name__, e)\n")
	return strings.ReplaceAll(g.b.String(), "lst[i %", "lst[abs(i) %")
}

// TestRandomPathsAgree runs random programs with loops left by break or
// by their condition inside outer loops under the interpreter and the JIT
// (thresholds 1 and 7, hops in wasm and in Go): the outputs must agree,
// and paths must have been compiled in some of them.
func TestRandomPathsAgree(t *testing.T) {
	n := 120
	if testing.Short() {
		n = 30
	}
	g := &progGen{r: rand.New(rand.NewSource(12))}
	paths := 0
	for k := 0; k < n; k++ {
		src := g.pathProgram()
		want := run(t, src, nil, 0)
		for _, threshold := range []int{1, 7} {
			var log bytes.Buffer
			j := New(Config{Log: &log, GoHops: k%2 == 1})
			if got := run(t, src, j, threshold); got != want {
				t.Fatalf("program %d, threshold %d: JIT output differs\n--- program\n%s\n--- interpreter\n%s\n--- JIT\n%s\n--- log\n%s", k, threshold, src, want, got, log.String())
			}
			paths += strings.Count(log.String(), "leaves its loop: a path entering")
		}
	}
	if paths < n/20 {
		t.Fatalf("only %d paths compiled over %d programs", paths, n)
	}
	t.Logf("%d programs, %d paths", n, paths)
}
