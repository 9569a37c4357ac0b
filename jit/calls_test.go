// calls_test.go checks calls into traced loops (calls.go,
// trace/record_calls.go): a traced loop that calls a function whose own
// loop has a trace calls that trace in the callee's register window
// instead of aborting ("loop in an inlined function"), so the calls stop
// reaching Go; and exits that resume inside the callee (guards of the
// inner trace, guards after it, exceptions) push the callee's frame and
// print what the interpreter and CPython print, tracebacks included.

package jit

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// collatzCallSrc: the module loop calls a function whose while loop has
// a trace (tests/bench/collatz.py, smaller).
const collatzCallSrc = `
def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps

total = 0
best = 0
for n in range(1, 20000):
    c = collatz_len(n)
    total += c
    if c > best:
        best = c
print(total, best)
`

// TestCallIntoTracedLoop: the outer loop's trace calls the inner trace,
// so exits to Go and interpreted bytecodes fall far below one per call.
func TestCallIntoTracedLoop(t *testing.T) {
	want, all := runCounting(t, collatzCallSrc, nil, 0)
	checkCPython(t, collatzCallSrc, want)
	for _, threshold := range []int{1, 50} {
		var log bytes.Buffer
		j := New(Config{Log: &log})
		got, interp := runCounting(t, collatzCallSrc, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		st := j.Stats()
		t.Logf("threshold %d: %d exits to Go, %d of %d bytecodes interpreted, %d trees, %d retired", threshold, st.GuardExits, interp, all, st.TraceTrees, st.Retired)
		// One exit per call (19,999) without the inner call; a few
		// hundred with it.
		if st.GuardExits > 2000 || interp*20 > all {
			t.Fatalf("threshold %d: %d exits to Go, %d of %d bytecodes interpreted\n%s", threshold, st.GuardExits, interp, all, log.String())
		}
		for r := range st.AbortReasons {
			if strings.HasPrefix(r, "loop in an inlined function at") {
				t.Fatalf("threshold %d: the outer loop aborted: %v", threshold, st.AbortReasons)
			}
		}
	}
}

// calleeExitsSrc: exits in the middle of the callee: the inner loop
// overflows into big ints and turns an int into a float, a division by
// zero inside the called loop is caught by the caller, the result after
// the loop changes type, and the last loop's call raises out of the called
// loop (the corpus's jit/callloop_exits checks the traceback).
const calleeExitsSrc = `
def bump(x, k):
    i = 0
    while i < k:
        x = x * 7 + 3
        i += 1
    return x

def halve(x, k):
    i = 0
    while i < k:
        x = x / 2 if i > 100 else x + 1
        i += 1
    return x

def pick(n):
    i = 0
    t = 0
    while i < n:
        t += i
        i += 1
    if n > 150:
        return str(t)
    return t

def inv(n):
    i = 0
    s = 0.0
    while i < 5:
        s += 1 / (n - i)
        i += 1
    return s

acc = 0
for n in range(1, 3000):
    acc += bump(n, 18 + n % 5)
print(acc % 998244353)
acc = 0
for n in range(2000):
    acc += halve(n, 98 + n % 6)
print(acc)
out = []
for n in range(2000):
    out.append(pick(n % 170 + n // 1000 * 30))
print(len([x for x in out if type(x) is str]), out[-1])
caught = 0
tot = 0.0
for n in range(-400, 400):
    try:
        tot += inv(n)
    except ZeroDivisionError as e:
        caught += 1
print(caught, round(tot, 6))
try:
    for n in range(300, -1, -1):
        tot += inv(n)
except ZeroDivisionError as e:
    print("raised at", n, e)
`

// TestCalleeFrames: exits resuming in the callee push its frame, and the
// program's output and traceback are the interpreter's and CPython's.
func TestCalleeFrames(t *testing.T) {
	want := run(t, calleeExitsSrc, nil, 0)
	if !strings.Contains(want, "raised at 4 division by zero") {
		t.Fatalf("the program should end in a ZeroDivisionError at n = 4:\n%s", want)
	}
	checkCPython(t, calleeExitsSrc, want)
	pushed := int64(0)
	for _, threshold := range []int{1, 7, 50} {
		var log bytes.Buffer
		j := New(Config{Log: &log})
		if got := run(t, calleeExitsSrc, j, threshold); got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		pushed += j.Stats().CalleeFrames
		t.Logf("threshold %d: %d callee frames pushed", threshold, j.Stats().CalleeFrames)
	}
	if pushed == 0 {
		t.Fatalf("no exit resumed inside a callee")
	}
}

// callProgram writes a random program whose loop calls a function with a
// loop of its own (random statements, progGen's, list stores included:
// recorded once the callee's frame is real), with arguments that vary
// per call.
func (g *progGen) callProgram() string {
	g.b.Reset()
	fmt.Fprintf(&g.b, "lst = [1, 2.5, 3, -4, 5.5, 6, 7, -8]\n\ndef g(n, a, b):\n    x = %s\n    y = %s\n    total = 0\n", g.atom(), g.pick("0", "0.0"))
	if g.r.Intn(3) == 0 {
		fmt.Fprintf(&g.b, "    for i in range(%s):\n", g.pick("n", "n, 0, -1"))
	} else {
		g.b.WriteString("    i = 0\n    while i < n:\n        i += 1\n")
	}
	for k := 0; k < 2+g.r.Intn(5); k++ {
		g.stmt("        ", 2)
	}
	g.b.WriteString("    return " + g.pick("x", "total", "x + total", "y") + "\n\n")
	fmt.Fprintf(&g.b, "def f(m):\n    acc = 0\n    for k in range(m):\n        acc = acc + g(%s, %s, %s)\n    return acc\n\n",
		g.pick("k % 13", "5", "k % 3 + 1", "20 - k % 20"), g.pick("k", "1", "-2", "0.5"), g.pick("3", "-1.5", "2**40", "k"))
	g.b.WriteString("for m in (3, 60, 500):\n    try:\n        print(f(m))\n    except Exception as e:\n        print(type(e).__name__, e)\n")
	return strings.ReplaceAll(g.b.String(), "lst[i %", "lst[abs(i) %")
}

// TestRandomCallsAgree: random loops calling functions with loops print
// the same with the JIT (thresholds 1 and 7) as without.
func TestRandomCallsAgree(t *testing.T) {
	n := 120
	if testing.Short() {
		n = 30
	}
	g := &progGen{r: rand.New(rand.NewSource(31))}
	var frames, windows int64
	for k := 0; k < n; k++ {
		src := g.callProgram()
		want := run(t, src, nil, 0)
		for _, threshold := range []int{1, 7} {
			var log bytes.Buffer
			j := New(Config{Log: &log})
			got := run(t, src, j, threshold)
			if got != want {
				t.Fatalf("program %d, threshold %d: JIT output differs\n--- program\n%s\n--- interpreter\n%s\n--- JIT\n%s\n--- log\n%s", k, threshold, src, want, got, log.String())
			}
			frames += j.Stats().CalleeFrames
			for _, c := range j.live {
				if c.callee != nil {
					windows++
				} else if len(calleeSlots(c.t)) > 0 {
					t.Fatalf("program %d: %s calls a trace in a callee's window but its call site is unknown", k, c.name)
				}
			}
		}
	}
	t.Logf("%d programs: %d live traces calling a loop in a callee's window, %d callee frames pushed", n, windows, frames)
	if windows < int64(n)/4 || frames == 0 {
		t.Fatalf("too few window calls (%d live traces, %d frames pushed) over %d programs", windows, frames, n)
	}
}
