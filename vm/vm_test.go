// vm_test.go tests the interpreter end to end on small programs (their
// expected output is CPython 3.11's, checked when written) and benchmarks
// dispatch, calls and object creation.

package vm

import (
	"bytes"
	"strings"
	"testing"
)

// run compiles and runs src, returning stdout, stderr and the exit code.
func run(tb testing.TB, src string, stress bool) (string, string, int) {
	tb.Helper()
	return runConfig(tb, src, Config{GCStress: stress})
}

// runConfig compiles and runs src in a VM made from cfg (its Stdout and
// Stderr replaced by buffers, the VM closed on return), returning stdout,
// stderr and the exit code.
func runConfig(tb testing.TB, src string, cfg Config) (string, string, int) {
	tb.Helper()
	code := compileProgram(tb, src)
	var out, errb bytes.Buffer
	cfg.Stdout, cfg.Stderr = &out, &errb
	m, err := New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	defer m.Close()
	if err := m.RunFile("t.py", []byte(src), code); err != nil {
		tb.Fatal(err)
	}
	return out.String(), errb.String(), m.ExitCode()
}

func TestPrograms(t *testing.T) {
	tests := []struct{ src, out string }{
		{"print(1 + 2, 2 ** 70, 7 // -2, -7 % 3, 1 / 4)", "3 1180591620717411303424 -4 2 0.25\n"},
		{"print(9223372036854775807 + 1, -9223372036854775808 - 1)", "9223372036854775808 -9223372036854775809\n"},
		{"print(3037000500 * 3037000500)", "9223372037000250000\n"},
		{"print(0.1 + 0.2, 1e16, 1.5e-7)", "0.30000000000000004 1e+16 1.5e-07\n"},
		{"x = [1, 2]\nx.append(x)\nprint(x)", "[1, 2, [...]]\n"},
		{"print({3, 1, 2}, {'b': 1, 'a': 2})", "{1, 2, 3} {'b': 1, 'a': 2}\n"},
		{"def f(*a, **k):\n    return a, k\nprint(f(1, x=2))", "((1,), {'x': 2})\n"},
		{"class A:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return f'A({self.v})'\nprint([A(1), A(2)])", "[A(1), A(2)]\n"},
		{"def g():\n    yield 1\n    yield 2\nprint(list(g()))", "[1, 2]\n"},
		{"try:\n    [][0]\nexcept IndexError as e:\n    print(e)", "list index out of range\n"},
		{"print(hash('abc'), hash((1, 2)))", "-4594863902769663758 -3550055125485641917\n"},
	}
	for _, tc := range tests {
		for _, stress := range []bool{false, true} {
			out, errs, code := run(t, tc.src, stress)
			if out != tc.out || code != 0 {
				t.Errorf("%q (stress %v):\n got %q (exit %d, stderr %q)\nwant %q", tc.src, stress, out, code, errs, tc.out)
			}
		}
	}
}

func TestTraceback(t *testing.T) {
	src := "def f(x):\n    return 1 / x\n\nf(0)\n"
	_, errs, code := run(t, src, false)
	want := "Traceback (most recent call last):\n" +
		"  File \"t.py\", line 4, in <module>\n    f(0)\n" +
		"  File \"t.py\", line 2, in f\n    return 1 / x\n           ~~^~~\n" +
		"ZeroDivisionError: division by zero\n"
	if errs != want || code != 1 {
		t.Errorf("got %q (exit %d)\nwant %q", errs, code, want)
	}
}

func TestRecursionLimit(t *testing.T) {
	out, _, code := run(t, "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n", false)
	if out != "maximum recursion depth exceeded\n" || code != 0 {
		t.Errorf("got %q exit %d", out, code)
	}
}

func TestStrHash(t *testing.T) {
	// Values from CPython 3.11 with PYTHONHASHSEED=0.
	for s, want := range map[string]int64{"": 0, "a": 4644417185603328019, "hello world!": 839851713330019024} {
		if got := strHashOf(s); got != want {
			t.Errorf("hash(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestDictGrowDelete(t *testing.T) {
	src := "d = {}\nfor i in range(1000):\n    d[i] = i\nfor i in range(0, 1000, 2):\n    del d[i]\nprint(len(d), sum(d), list(d)[:3])\n"
	out, errs, _ := run(t, src, true)
	if out != "500 250000 [1, 3, 5]\n" {
		t.Errorf("got %q %q", out, errs)
	}
}

const benchLoop = `
def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 2 % 7
        i += 1
    return total
loop(%N%)
`

const benchCalls = `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(%N%)
`

const benchObjects = `
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return P(self.x + o.x, self.y + o.y)
acc = P(0, 0)
d = P(1, 2)
for _ in range(%N%):
    acc = acc.add(d)
`

// BenchmarkDispatch times one iteration of a 6-instruction while loop body.
func BenchmarkDispatch(b *testing.B) {
	run(b, strings.ReplaceAll(benchLoop, "%N%", itoa(b.N)), false)
}

// BenchmarkCalls times one Python-to-Python call (fib's calls).
func BenchmarkCalls(b *testing.B) {
	n, calls := 1, 1
	for calls < b.N {
		n++
		calls = calls*1618/1000 + 1
	}
	b.ResetTimer()
	run(b, strings.ReplaceAll(benchCalls, "%N%", itoa(n)), false)
}

// BenchmarkObjects times creating an instance through __init__ and a
// method call.
func BenchmarkObjects(b *testing.B) {
	run(b, strings.ReplaceAll(benchObjects, "%N%", itoa(b.N)), false)
}

// countHook records the loop headers reported hot.
type countHook struct{ calls []int }

func (h *countHook) LoopHot(_ *VM, f *Frame, pc int) (int, bool) {
	h.calls = append(h.calls, pc)
	return 0, false
}

func TestHook(t *testing.T) {
	src := "t = 0\nfor i in range(100):\n    t += i\nprint(t)\n"
	h := &countHook{}
	out, _, _ := runConfig(t, src, Config{Hook: h, HookThreshold: 10})
	if out != "4950\n" || len(h.calls) != 10 {
		t.Errorf("output %q, %d hook calls (want 10)", out, len(h.calls))
	}
}
