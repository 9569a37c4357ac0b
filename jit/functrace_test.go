// functrace_test.go checks function traces (functrace.go,
// functrace_gen.go): a recursive function is compiled and its calls run
// in wasm; exits deep in the recursion leave the interpreter with the
// frames CPython has (traceback depth, RecursionError at the same depth);
// a function rebound mid-recursion and arguments that are not ints are
// interpreted as they should be. Every program's output is compared with
// the interpreter's and with CPython's.

package jit

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/hotloop/hotloop/vm"
)

// fibDef is the recursive fib the function-trace tests run.
const fibDef = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
`

const fibSrc = fibDef + `
total = 0
for k in range(10, 21):
    total += fib(k)
print(total, fib(0), fib(1), fib(-3))
`

// funcRun runs src without the JIT, checks it against CPython, and runs
// it with the JIT at each threshold, returning the JITs.
func funcRun(t *testing.T, src string, thresholds ...int) []*JIT {
	t.Helper()
	want := run(t, src, nil, 0)
	checkCPython(t, src, want)
	var js []*JIT
	for _, th := range thresholds {
		var log bytes.Buffer
		j := New(Config{Log: &log})
		if got := run(t, src, j, th); got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", th, want, got, log.String())
		}
		js = append(js, j)
	}
	return js
}

// TestFuncTraceFib: fib gets a function trace, the stats say so, and
// the recursion runs in wasm (no exits, few interpreted bytecodes).
func TestFuncTraceFib(t *testing.T) {
	want, all := runCounting(t, fibSrc, nil, 0)
	checkCPython(t, fibSrc, want)
	for _, th := range []int{1, 7, 50} {
		j := New(Config{})
		got, interp := runCounting(t, fibSrc, j, th)
		if got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s", th, want, got)
		}
		st := j.Stats().Funcs
		t.Logf("threshold %d: %+v, %d of %d bytecodes interpreted", th, st, interp, all)
		if st.Compiled != 1 || st.Entries == 0 || st.Exits != 0 || interp*20 > all {
			t.Fatalf("threshold %d: function traces %+v, %d of %d bytecodes interpreted", th, st, interp, all)
		}
	}
}

// TestFuncTraceExitsAtDepth: an exception raised deep in a compiled
// recursion unwinds through one interpreter frame per level (the
// traceback's depth), big ints and RecursionError come out as without
// the JIT.
func TestFuncTraceExitsAtDepth(t *testing.T) {
	src := `
import sys
def depth(tb):
    k = 0
    while tb is not None:
        k += 1
        tb = tb.tb_next
    return k

def boom(n):
    if n == 0:
        return 1 // n
    return boom(n - 1) + 1

for i in range(6):
    try:
        boom(15 + i)
    except ZeroDivisionError as e:
        print("depth", depth(e.__traceback__), e)

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print([fact(k) for k in range(18, 26)])

sys.setrecursionlimit(250)
def down(n):
    return down(n + 1) + 1
for i in range(3):
    try:
        down(0)
    except RecursionError as e:
        print("recursion", depth(e.__traceback__), e)
def down2(n, k):
    if k == 0:
        return n
    return down2(n + 1, k - 1)
print(down2(0, 240))
try:
    down2(0, 260)
except RecursionError as e:
    print("recursion", depth(e.__traceback__))
`
	js := funcRun(t, src, 1, 7)
	for _, j := range js {
		if st := j.Stats().Funcs; st.Compiled < 3 || st.Exits == 0 || st.Frames < 100 {
			t.Fatalf("function traces %+v: want compiled functions whose exits pushed frames", st)
		}
	}
}

// TestFuncTraceRebound: the function's global is rebound in the middle
// of a recursion (by a call the compiled code leaves at), and the
// recursion calls the new function from then on; then arguments that
// are not ints (floats, a str) are interpreted.
func TestFuncTraceRebound(t *testing.T) {
	src := `
def other(n):
    return 1000

def swap(n):
    global walk
    if n == 3:
        walk = other
    return 0

def walk(n):
    if n == 0:
        return 0
    swap(n)
    return walk(n - 1) + 1

def walk2(n):
    global walk2
    if n == 0:
        return 0
    if n == 3:
        walk2 = other
    return walk2(n - 1) + 1

original, original2 = walk, walk2
for i in range(300):
    walk, walk2 = original, original2
    r = walk(6), walk2(6 + i % 4)
print(r, walk(6), walk2(6))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(15), fib(15.0), fib(True))
try:
    fib("x")
except TypeError as e:
    print("TypeError", e)

def half(n):
    if n < 1:
        return 0
    return half(n // 2) + half(n - 1 - n // 2) + 1
def bits(n):
    if n == 0:
        return 0
    return bits(n // 2) + 1
print(half(100), bits(2**70), bits(2**62), bits(-1 + 2**63))
`
	for _, j := range funcRun(t, src, 1, 7) {
		if st := j.Stats().Funcs; st.Compiled < 2 || st.Exits == 0 {
			t.Fatalf("function traces %+v: want walk2 and fib compiled, walk2 leaving", st)
		}
	}
}

// TestFuncTraceInterrupt: Ctrl-C (the interrupt word) stops a compiled
// recursion at its next call, with one interpreter frame per level for
// the KeyboardInterrupt's traceback, and the program goes on.
func TestFuncTraceInterrupt(t *testing.T) {
	src := `
def depth(tb):
    k = 0
    while tb is not None:
        k += 1
        tb = tb.tb_next
    return k

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
try:
    fib(60)
    print("finished?")
except KeyboardInterrupt as e:
    d = depth(e.__traceback__)
    print("interrupted", d >= 3, d <= 62)
print(fib(15))
`
	var out bytes.Buffer
	j := New(Config{})
	cfg := vm.Config{Stdout: &out, Stderr: &out, Args: []string{""}, HookThreshold: 7, Hook: j}
	if testing.Short() {
		cfg.Hook = nil
	}
	m, err := vm.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	done := make(chan struct{})
	go func() {
		select {
		case <-time.After(300 * time.Millisecond):
			m.Interrupt()
		case <-done:
		}
	}()
	_, err = m.Exec("prog.py", []byte(src), vm.ModeExec)
	close(done)
	m.Flush()
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if want := "6765\ninterrupted True True\n610\n"; out.String() != want {
		t.Fatalf("output %q, want %q", out.String(), want)
	}
	if st := j.Stats().Funcs; st.Compiled != 1 || st.Exits == 0 || st.Frames < 2 {
		t.Fatalf("function traces %+v: want the interrupt to leave fib's trace with frames pushed", st)
	}
}

// recurGen writes random recursive int functions: arithmetic with
// Python's rules (floor division and modulo of negatives, zero
// divisors, overflow into big ints), branches and two kinds of returns.
type recurGen struct {
	r *rand.Rand
	b strings.Builder
}

func (g *recurGen) atom(vars ...string) string {
	switch g.r.Intn(5) {
	case 0:
		return fmt.Sprint(g.r.Intn(21) - 10)
	case 1:
		return g.pick("3037000500", "-4611686018427387904", "9223372036854775807", "7", "-1")
	default:
		return g.pick(vars...)
	}
}

func (g *recurGen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

func (g *recurGen) expr(depth int, vars ...string) string {
	if depth == 0 || g.r.Intn(3) == 0 {
		return g.atom(vars...)
	}
	op := g.pick("+", "-", "*", "//", "%", "&", "|", "^", "+", "-")
	if g.r.Intn(8) == 0 {
		return "(-" + g.expr(depth-1, vars...) + ")"
	}
	return "(" + g.expr(depth-1, vars...) + " " + op + " " + g.expr(depth-1, vars...) + ")"
}

func (g *recurGen) program() string {
	g.b.Reset()
	w := func(format string, args ...any) { fmt.Fprintf(&g.b, format+"\n", args...) }
	w("def f(n, m):")
	w("    if n <= 0:")
	w("        return %s", g.expr(2, "m", "n"))
	w("    x = %s", g.expr(3, "m", "n"))
	if g.r.Intn(2) == 0 {
		w("    if %s %s %s:", g.expr(1, "m", "x"), g.pick("<", "<=", "==", "!=", ">", ">="), g.expr(1, "n", "x"))
		w("        x = %s", g.expr(2, "m", "x"))
	}
	if g.r.Intn(3) == 0 {
		w("    if x %% %d == 0:", 2+g.r.Intn(4))
		w("        return f(n - %d, x) - m", 1+g.r.Intn(2))
	}
	w("    return f(n - 1, %s) %s %s", g.expr(2, "m", "x", "n"), g.pick("+", "-", "^", "*"), g.expr(1, "x", "m"))
	w("")
	w("for k in range(%d):", 6+g.r.Intn(20))
	w("    try:")
	w("        print(k, f(k %% %d, k - %d))", 3+g.r.Intn(12), g.r.Intn(10))
	w("    except ZeroDivisionError as e:")
	w("        print(k, 'ZeroDivisionError', e)")
	return g.b.String()
}

// TestRandomRecursionAgrees runs random recursive functions with and
// without the JIT (thresholds 1 and 7): the output must be the same, and
// some must have run compiled (a handful are also compared with CPython).
func TestRandomRecursionAgrees(t *testing.T) {
	g := &recurGen{r: rand.New(rand.NewSource(15))}
	n := 120
	if testing.Short() {
		n = 30
	}
	var compiled, entries int64
	for i := 0; i < n; i++ {
		src := g.program()
		want := run(t, src, nil, 0)
		if i < 5 {
			checkCPython(t, src, want)
		}
		for _, th := range []int{1, 7} {
			j := New(Config{})
			if got := run(t, src, j, th); got != want {
				t.Fatalf("program %d, threshold %d: JIT output differs\n%s\n--- want\n%s\n--- JIT\n%s", i, th, src, want, got)
			}
			st := j.Stats().Funcs
			compiled += st.Compiled
			entries += st.Entries
		}
	}
	t.Logf("%d programs: %d function traces compiled, %d entries", n, compiled, entries)
	if compiled < int64(n) {
		t.Fatalf("only %d function traces compiled for %d programs", compiled, n)
	}
}

// TestFuncHookRecursiveOnly: the function hook is offered the calls of
// recursive functions only (WantsCalls); a hot non-recursive function's
// calls cost what they cost with no hook, and FuncHot never sees them
// (before, it gave each such function up at its first hot call, leaving
// a dead entry).
func TestFuncHookRecursiveOnly(t *testing.T) {
	src := fibSrc + `
def inc(x):
    return x + 1

s = 0
for i in range(200):
    s = inc(s)
print(s)
`
	for _, j := range funcRun(t, src, 1, 7) {
		names := map[string]bool{}
		for code := range j.funcs.byCode {
			names[code.Name] = true
		}
		if !names["fib"] || names["inc"] {
			t.Errorf("codes offered to FuncHot: %v (want fib, not inc)", names)
		}
	}
}
