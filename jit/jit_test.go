// jit_test.go checks the JIT end to end and differentially: random
// numeric loop programs run in the VM without a hook and with the JIT at
// several thresholds must print the same output and raise the same
// exception; a sample is also compared with CPython. The tests also check
// that traces were really compiled and entered, so that they can fail.

package jit

import (
	"bytes"
	"fmt"
	"math/rand"
	"os/exec"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
	"github.com/hotloop/hotloop/vm"
)

// run executes src in a fresh VM with the given hook (jittest.Run).
func run(t *testing.T, src string, hook vm.Hook, threshold int) string {
	t.Helper()
	return jittest.Run(t, src, hook, threshold)
}

// progGen writes random numeric loop programs.
type progGen struct {
	r *rand.Rand
	b strings.Builder
}

func (g *progGen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

func (g *progGen) atom() string {
	switch g.r.Intn(6) {
	case 0:
		return fmt.Sprint(g.r.Intn(21) - 10)
	case 1:
		return g.pick("0.5", "-1.25", "3.0", "1e300", "-0.0", "7.75")
	case 2:
		return fmt.Sprintf("lst[i %% %d]", 8)
	default:
		return g.pick("a", "b", "x", "y", "i", "n")
	}
}

func (g *progGen) expr(depth int) string {
	if depth == 0 || g.r.Intn(3) == 0 {
		return g.atom()
	}
	switch g.r.Intn(8) {
	case 0:
		return fmt.Sprintf("abs(%s)", g.expr(depth-1))
	case 1:
		return fmt.Sprintf("%s(%s, %s)", g.pick("min", "max"), g.atom(), g.atom())
	case 2:
		return fmt.Sprintf("len(lst) * %s", g.atom())
	case 3:
		return fmt.Sprintf("-%s", g.atom())
	}
	op := g.pick("+", "-", "*", "+", "-", "*", "//", "%", "/", "<<", ">>", "&", "|", "^")
	if op == "<<" || op == ">>" {
		return fmt.Sprintf("(%s %s %d)", g.atom(), op, g.r.Intn(70))
	}
	if op == "*" {
		// A constant factor: squaring a variable every iteration would
		// build numbers of 2**n digits.
		return fmt.Sprintf("(%s * %s)", g.expr(depth-1), g.pick("3", "-7", "0.5", "i", "2**33", "-1.5"))
	}
	return fmt.Sprintf("(%s %s %s)", g.expr(depth-1), op, g.expr(depth-1))
}

func (g *progGen) stmt(indent string, depth int) {
	w := func(format string, args ...any) { fmt.Fprintf(&g.b, indent+format+"\n", args...) }
	switch g.r.Intn(9) {
	case 0, 1, 2:
		w("%s = %s", g.pick("a", "b", "x", "y"), g.expr(2))
	case 3:
		w("%s %s= %s", g.pick("a", "b", "x", "y"), g.pick("+", "-", "*"), g.pick("3", "i", "0.25", "-2", "lst[abs(i) % 8]"))
	case 4:
		w("lst[%s %% 8] = %s", g.pick("i", "a", "b"), g.expr(1))
	case 5:
		if depth > 0 {
			w("if %s %s %s:", g.atom(), g.pick("<", "<=", ">", ">=", "==", "!="), g.atom())
			g.stmt(indent+"    ", depth-1)
			w("else:")
			g.stmt(indent+"    ", depth-1)
		} else {
			w("y = y + 1")
		}
	case 6:
		w("if i %% %d == %d:", 5+g.r.Intn(50), g.r.Intn(5))
		w("    %s", g.pick("continue", "break", "a = 0.5", "b = 2**62", "x = a"))
	case 7:
		w("total += %s", g.atom())
	default:
		w("x = x %s %s", g.pick("+", "-"), g.atom())
	}
}

func (g *progGen) program() string {
	g.b.Reset()
	fmt.Fprintf(&g.b, "def f(n, a, b):\n    x = %s\n    y = %s\n    total = 0\n", g.atom(), g.pick("0", "0.0"))
	g.b.WriteString("    lst = [1, 2.5, 3, -4, 5.5, 6, 7, -8]\n")
	if g.r.Intn(3) == 0 {
		g.b.WriteString("    i = 0\n    while i < n:\n        i += 1\n")
	} else {
		fmt.Fprintf(&g.b, "    for i in range(%s):\n", g.pick("n", "n", "-n, n, 3", "n, 0, -1"))
	}
	for k := 0; k < 2+g.r.Intn(6); k++ {
		g.stmt("        ", 2)
	}
	if g.r.Intn(3) == 0 {
		// An inner loop: the outer trace calls its trace.
		if g.r.Intn(2) == 0 {
			fmt.Fprintf(&g.b, "        for j in range(%s):\n", g.pick("7", "i % 9", "20"))
		} else {
			fmt.Fprintf(&g.b, "        j = 0\n        while j < %s:\n            j += 1\n", g.pick("5", "i % 7", "12"))
		}
		for k := 0; k < 1+g.r.Intn(4); k++ {
			g.stmt("            ", 1)
		}
		g.b.WriteString("            x = x + j\n")
	}
	g.b.WriteString("    return a, b, x, y, total, lst\n\n")
	fmt.Fprintf(&g.b, "for n in (3, 50, 400):\n    try:\n        print(f(n, %s, %s))\n", g.pick("1", "-2", "0.5", "7"), g.pick("3", "-1.5", "2**40", "0"))
	g.b.WriteString("    except Exception as e:\n        print(type(e).__name__, e)\n")
	return strings.ReplaceAll(g.b.String(), "lst[i %", "lst[abs(i) %")
}

func TestRandomLoopsAgree(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	g := &progGen{r: rand.New(rand.NewSource(1))}
	var compiled, entries int64
	reasons := map[string]int64{}
	for k := 0; k < n; k++ {
		src := g.program()
		want := run(t, src, nil, 0)
		for _, threshold := range []int{1, 7} {
			j := New(Config{})
			got := run(t, src, j, threshold)
			s := j.Stats()
			compiled += s.TracesCompiled
			entries += s.TraceEntries
			for r, c := range s.AbortReasons {
				reasons[strings.Split(r, " at ")[0]] += c
			}
			if got != want {
				t.Fatalf("program %d, threshold %d: JIT output differs\n--- program\n%s\n--- interpreter\n%s\n--- JIT\n%s", k, threshold, src, want, got)
			}
		}
	}
	if compiled < int64(n)/2 || entries < int64(n) {
		t.Fatalf("only %d traces compiled and %d entries over %d programs (aborts: %v)", compiled, entries, n, reasons)
	}
	t.Logf("%d programs, %d traces compiled, %d entries; aborts: %v", n, compiled, entries, reasons)
}

// TestRandomLoopsMatchCPython compares a sample of the programs with
// python3 itself, so that an interpreter bug the JIT copies is caught too.
func TestRandomLoopsMatchCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIPPED: python3 not found")
	}
	g := &progGen{r: rand.New(rand.NewSource(2))}
	for k := 0; k < 25; k++ {
		src := g.program()
		cmd := exec.Command(py, "-c", src)
		cmd.Env = []string{"PYTHONHASHSEED=0"}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("python3: %v\n%s", err, out)
		}
		if got := run(t, src, New(Config{}), 1); got != string(out) {
			t.Fatalf("program %d differs from CPython\n--- program\n%s\n--- python3\n%s\n--- JIT\n%s", k, src, out, got)
		}
	}
}

// TestBlacklistAndRetire drives the life cycle: a loop that cannot be
// traced is blacklisted after MaxAborts aborts, and a trace whose global
// changes type keeps being retired until its loop is blacklisted too.
func TestBlacklistAndRetire(t *testing.T) {
	src := `
def f(n):
    s = b""
    for i in range(n):
        s += b"x"
    return len(s)

G = 1
def g(n):
    t = 0
    for i in range(n):
        t += G
    return t

print(f(5000))
for k in range(12):
    G = k if k % 2 else float(k)
    print(g(300))
`
	var log bytes.Buffer
	j := New(Config{Log: &log, MaxModules: 2})
	got := run(t, src, j, 1)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	if s.Blacklisted < 1 || s.TracesAborted < 6 || s.TracesCompiled < 2 {
		t.Fatalf("stats %+v\n%s", s, log.String())
	}
	if !strings.Contains(log.String(), "blacklisted loop at prog.py:4") {
		t.Fatalf("no blacklist event for the str loop:\n%s", log.String())
	}
	if s.ModulesLive > 2 {
		t.Fatalf("%d modules live, limit 2", s.ModulesLive)
	}
}
