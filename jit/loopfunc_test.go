// loopfunc_test.go checks loop functions (loopfunc*.go): fannkuch runs
// as one compiled function with no traces; exits in the middle of a loop
// (an int overflowing into a big int, an index out of range, an item
// that is not an int, a list resized between entries) resume the
// interpreter where CPython would be, with the same exception and line;
// Ctrl-C stops a long compiled loop; random int-and-list loop functions
// agree with the interpreter. Every program's output is compared with
// the interpreter's and CPython's, at thresholds 1 (entry at the first
// back-edge) and more.

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

const loopFannkuchSrc = `
def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1

print(fannkuch(7))
print(fannkuch(5))
`

// loopFuncRun runs src without the JIT, checks it against CPython, and
// runs it with the JIT at each threshold, returning the JITs.
func loopFuncRun(t *testing.T, src string, thresholds ...int) []*JIT {
	t.Helper()
	want := run(t, src, nil, 0)
	checkCPython(t, src, want)
	var js []*JIT
	for _, th := range thresholds {
		var log bytes.Buffer
		j := New(Config{Log: &log, LoopFuncs: true})
		if got := run(t, src, j, th); got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", th, want, got, log.String())
		}
		js = append(js, j)
	}
	return js
}

// TestLoopFuncFannkuch: fannkuch is one loop function, its loops are not
// traced, and almost nothing is interpreted.
func TestLoopFuncFannkuch(t *testing.T) {
	want, all := runCounting(t, loopFannkuchSrc, nil, 0)
	checkCPython(t, loopFannkuchSrc, want)
	for _, th := range []int{1, 7, 50} {
		var log bytes.Buffer
		j := New(Config{Log: &log, LoopFuncs: true})
		got, interp := runCounting(t, loopFannkuchSrc, j, th)
		if got != want {
			t.Fatalf("threshold %d: output %q, want %q\n%s", th, got, want, log.String())
		}
		st := j.Stats()
		if st.LoopFuncs.Compiled != 1 || st.LoopFuncs.Entries == 0 || st.LoopFuncs.Exits != 0 {
			t.Fatalf("threshold %d: loop functions %+v, want fannkuch compiled and entered without exits\n%s", th, st.LoopFuncs, log.String())
		}
		if st.TracesCompiled != 1 || st.TraceEntries != 0 || st.SideTraces != 0 {
			t.Fatalf("threshold %d: %d traces compiled, %d entered: want fannkuch's loops untraced", th, st.TracesCompiled, st.TraceEntries)
		}
		if interp*20 > all {
			t.Fatalf("threshold %d: %d of %d bytecodes interpreted", th, interp, all)
		}
	}
}

// loopExitsDefs are two loop functions with exits in the middle of their
// loops: an int that grows into a big int, an index out of range.
const loopExitsDefs = `
def grow(n):
    out = 0
    for rep in range(2):
        x = 1
        i = 0
        while i < n:
            x = x * 3 + i
            i += 1
        out += x
    return out

def index(lst, n):
    s = 0
    for rep in range(2):
        for i in range(n):
            s += lst[i] * 2
    return s
`

// TestLoopFuncExits: exits in the middle of a compiled loop.
func TestLoopFuncExits(t *testing.T) {
	src := `
def line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno
` + loopExitsDefs + `
def shifts(n):
    s = 0
    for rep in range(3):
        for i in range(n):
            s ^= (i << (i % 50)) >> 3
            s += -i // 7 + i % -5 + rep
    return s

def swap_all(lst):
    for rep in range(1):
        lo = 0
        hi = len(lst) - 1
        while lo < hi:
            t = lst[lo]
            lst[lo] = lst[hi]
            lst[hi] = t
            lo += 1
            hi -= 1
    return lst

for n in (10, 30, 39, 40, 41, 60):
    print(grow(n))
data = list(range(50))
print(index(data, 50))
try:
    index(data, 60)
except IndexError as e:
    print(type(e).__name__, e, line(e))
print(index(data, -5), index(data[:3], 3))
mixed = list(range(40)) + [1.5] + list(range(10))
try:
    print(index(mixed, 51))
except TypeError as e:
    print(type(e).__name__, e)
strs = list(range(30)) + ["x"] + list(range(10))
try:
    print(index(strs, 41))
except TypeError as e:
    print(type(e).__name__, e, line(e))
print(index([True, False] * 20, 40))
print(shifts(300))
lst = list(range(21))
for k in range(30):
    lst.append(k)
    swap_all(lst)
    if k % 7 == 0:
        del lst[:5]
print(lst)
print(swap_all([1, "a", 2.5, None, (1, 2)]))
try:
    index(5, 3)
except TypeError as e:
    print(type(e).__name__, e)
`
	for _, j := range loopFuncRun(t, src, 1, 7, 50) {
		if st := j.Stats().LoopFuncs; st.Compiled < 3 || st.Exits == 0 || st.Returns == 0 {
			t.Fatalf("loop functions %+v: want compiled functions with exits", st)
		}
	}
}

// TestLoopFuncRefused: functions the compiler does not take are traced
// or interpreted, with a reason in the stats.
func TestLoopFuncRefused(t *testing.T) {
	src := `
def floats(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s

def appends(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out[-1]

def calls(n):
    s = 0
    for i in range(n):
        s += abs(i - 50)
    return s

print(floats(200), appends(200), calls(200))
`
	for _, j := range loopFuncRun(t, src, 1, 7) {
		st := j.Stats()
		if st.LoopFuncs.Compiled != 0 {
			t.Fatalf("loop functions %+v: want none", st.LoopFuncs)
		}
		n := 0
		for reason := range st.AbortReasons {
			if strings.HasPrefix(reason, "loop function: ") {
				n++
			}
		}
		if n < 3 {
			t.Fatalf("want three refusals in %v", st.AbortReasons)
		}
	}
}

// TestLoopFuncInterrupt: Ctrl-C stops a compiled loop that would run for
// ever (the code returns to Go every 65,536 back-edges), and the program
// goes on (small, one loop, is left to the tracer).
func TestLoopFuncInterrupt(t *testing.T) {
	src := `
def spin(lst):
    i = 0
    while True:
        for j in range(8):
            lst[j] = lst[(i + j) & 7] + 1 & 0xffff
        i += 1

def small(n):
    s = 0
    for i in range(n):
        s += i
    return s

try:
    spin([0] * 8)
except KeyboardInterrupt:
    print("interrupted")
print(small(1000))
`
	var out bytes.Buffer
	j := New(Config{LoopFuncs: true})
	cfg := vm.Config{Stdout: &out, Stderr: &out, Args: []string{""}, HookThreshold: 7, Hook: j}
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
	if want := "interrupted\n499500\n"; out.String() != want {
		t.Fatalf("output %q, want %q", out.String(), want)
	}
	if st := j.Stats().LoopFuncs; st.Compiled != 1 || st.Polls == 0 {
		t.Fatalf("loop functions %+v: want spin compiled and polling", st)
	}
}

// loopFuncGen writes random loop functions over ints and a list.
type loopFuncGen struct {
	r *rand.Rand
	b strings.Builder
}

func (g *loopFuncGen) atom() string {
	switch g.r.Intn(5) {
	case 0:
		return fmt.Sprint(g.r.Intn(41) - 20)
	case 1:
		return fmt.Sprintf("lst[%s %% len(lst)]", g.pick("i", "a", "b"))
	}
	return g.pick("a", "b", "i", "n")
}

func (g *loopFuncGen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

func (g *loopFuncGen) expr(depth int) string {
	if depth == 0 || g.r.Intn(3) == 0 {
		return g.atom()
	}
	if g.r.Intn(8) == 0 {
		return "-" + g.atom()
	}
	op := g.pick("+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "+", "-")
	if op == "<<" || op == ">>" {
		return fmt.Sprintf("(%s %s %d)", g.expr(depth-1), op, g.r.Intn(70))
	}
	return fmt.Sprintf("(%s %s %s)", g.expr(depth-1), op, g.expr(depth-1))
}

func (g *loopFuncGen) stmts(indent string, depth int) {
	w := func(format string, args ...any) { fmt.Fprintf(&g.b, indent+format+"\n", args...) }
	for k := 0; k < 2+g.r.Intn(3); k++ {
		switch g.r.Intn(7) {
		case 0, 1:
			w("%s = %s", g.pick("a", "b"), g.expr(2))
		case 2:
			w("%s %s= %s", g.pick("a", "b"), g.pick("+", "-", "^", "|"), g.expr(1))
		case 3:
			w("lst[%s %% len(lst)] = %s", g.pick("a", "b", "i"), g.expr(1))
		case 4:
			if depth > 0 {
				w("for j in range(%d):", g.r.Intn(5))
				g.stmts(indent+"    ", depth-1)
			} else {
				w("a += 1")
			}
		case 5:
			w("if %s %s %s:", g.expr(1), g.pick("<", "<=", "==", "!=", ">", ">="), g.expr(1))
			g.stmts(indent+"    ", 0)
		default:
			w("a = a & 0xffffff")
		}
	}
}

// TestLoopFuncRandom: random loop functions agree with the interpreter
// (and CPython) at thresholds 1 and 7.
func TestLoopFuncRandom(t *testing.T) {
	r := rand.New(rand.NewSource(16))
	n := 60
	compiled := 0
	if testing.Short() {
		n = 10
	}
	for k := 0; k < n; k++ {
		g := &loopFuncGen{r: r}
		g.b.WriteString("def f(n, lst):\n    a = 1\n    b = 2\n    for rep in range(2):\n        i = 0\n        while i < n:\n")
		g.stmts("            ", 1)
		// bounded between iterations (big ints inside one), so that the
		// interpreter's run stays short
		g.b.WriteString("            a %= 1000000007\n            b %= 998244353\n            i += 1\n    return a, b, lst\n\n")
		g.b.WriteString("for n in (3, 20, 40):\n    try:\n        print(f(n, list(range(1, 9))))\n    except Exception as e:\n        print(type(e).__name__, e)\n")
		src := g.b.String()
		want := run(t, src, nil, 0)
		if k < 10 {
			checkCPython(t, src, want)
		}
		for _, th := range []int{1, 7} {
			j := New(Config{LoopFuncs: true})
			if got := run(t, src, j, th); got != want {
				t.Fatalf("program %d threshold %d: JIT output differs\n%s\n--- want\n%s\n--- JIT\n%s", k, th, src, want, got)
			}
			if j.Stats().LoopFuncs.Entries > 0 {
				compiled++
			}
		}
	}
	if compiled < n {
		t.Fatalf("only %d of %d runs entered a loop function", compiled, 2*n)
	}
}
