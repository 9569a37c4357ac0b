// fastcall_test.go holds the micro-benchmarks of the call paths (issue 7
// item 5: a regression in call cost shows up in `go test -bench Call ./vm`)
// and tests of the results those paths compute. Each benchmark runs one
// Python program whose loop makes b.N calls of one kind (plus the loop's
// own few instructions), and checks what the program prints, so a fast
// wrong path fails the benchmark.

package vm

import (
	"strconv"
	"strings"
	"testing"
)

// callBenches are the programs of the call benchmarks: %N% is the number of
// iterations; each prints what want(N) returns.
var callBenches = map[string]struct {
	src  string
	want func(n int) string
}{
	// a plain function called with exactly its positional parameters
	"Exact": {`
def f(a, b):
    return a
def loop(n):
    t = 0
    for i in range(n):
        t += f(i, 1)
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n * (n - 1) / 2) }},
	// a method through LOADMETHOD/CALLMETHOD
	"Method": {`
class C:
    def m(self, x):
        return x
def loop(n):
    o = C()
    t = 0
    for i in range(n):
        t += o.m(i)
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n * (n - 1) / 2) }},
	// Class(args) with a Python __init__, inlined in the loop
	"Init": {`
class P:
    def __init__(self, x):
        self.x = x
def loop(n):
    t = 0
    for i in range(n):
        t += P(i).x
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n * (n - 1) / 2) }},
	// a closure (free variables loaded by the call)
	"Closure": {`
def make(k):
    def g(x):
        return x + k
    return g
def loop(n):
    g = make(0)
    t = 0
    for i in range(n):
        t += g(i)
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n * (n - 1) / 2) }},
	// a default parameter filled by bindArgs
	"Defaults": {`
def f(a, b=0):
    return a + b
def loop(n):
    t = 0
    for i in range(n):
        t += f(i)
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n * (n - 1) / 2) }},
	// keyword arguments
	"Keywords": {`
def f(a, b):
    return a - b
def loop(n):
    t = 0
    for i in range(n):
        t += f(b=0, a=i)
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n * (n - 1) / 2) }},
	// an operator reaching a Python __add__ (run entered from Go)
	"Dunder": {`
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return self.x + o.x
def loop(n):
    a = V(1)
    b = V(2)
    t = 0
    for i in range(n):
        t += a + b
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(3 * n) }},
	// a comparison reaching a Python __lt__
	"DunderCompare": {`
class K:
    def __init__(self, x):
        self.x = x
    def __lt__(self, o):
        return self.x < o.x
def loop(n):
    a = K(1)
    b = K(2)
    t = 0
    for i in range(n):
        if a < b:
            t += 1
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n) }},
	// a property getter (called from attribute lookup in Go)
	"Property": {`
class Q:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
def loop(n):
    q = Q(1)
    t = 0
    for i in range(n):
        t += q.x
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n) }},
	// a builtin method of a list (LOADMETHOD + CALLMETHOD, callBuiltinMethod)
	"BuiltinAppend": {`
def loop(n):
    a = []
    t = 0
    for i in range(n):
        a.append(i)
        if len(a) == 64:
            t += a.pop()
            a.clear()
    print(t + len(a))
loop(%N%)
`, func(n int) string {
		t, k := 0, 0
		for i := 0; i < n; i++ {
			k++
			if k == 64 {
				t += i
				k = 0
			}
		}
		return strconv.Itoa(t + k)
	}},
	// dict.get with a default
	"BuiltinDictGet": {`
def loop(n):
    d = {0: 1, 1: 2, 2: 3}
    t = 0
    for i in range(n):
        t += d.get(i & 3, 10)
    print(t)
loop(%N%)
`, func(n int) string {
		t := 0
		for i := 0; i < n; i++ {
			t += []int{1, 2, 3, 10}[i&3]
		}
		return strconv.Itoa(t)
	}},
	// set.add / set.discard on ints and a str method (method sites:
	// LOADMETHOD's tag entry, CALLMETHOD's remembered function)
	"BuiltinSetStr": {`
def loop(n):
    s = set()
    t = 0
    for i in range(n):
        s.add(i & 7)
        s.discard((i + 4) & 7)
        t += "ab".startswith("a")
    print(t + len(s))
loop(%N%)
`, func(n int) string {
		in := map[int]bool{}
		for i := 0; i < n; i++ {
			in[i&7] = true
			delete(in, (i+4)&7)
		}
		return strconv.Itoa(n + len(in))
	}},
	// builtin functions without keywords (CALL's remembered function)
	"BuiltinFunc": {`
def loop(n):
    a = [1, 2, 3]
    t = 0
    for i in range(n):
        t += len(a) + abs(-i) + ord("a")
    print(t)
loop(%N%)
`, func(n int) string {
		return strconv.Itoa(n*(3+97) + n*(n-1)/2)
	}},
	// resuming a generator
	"Generator": {`
def gen(n):
    for i in range(n):
        yield i
def loop(n):
    t = 0
    for x in gen(n):
        t += x
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(n * (n - 1) / 2) }},
}

// runCallBench runs the call benchmark name with b.N iterations.
func runCallBench(b *testing.B, name string) {
	cb := callBenches[name]
	n := max(b.N, 1)
	out, errs, code := run(b, strings.ReplaceAll(cb.src, "%N%", strconv.Itoa(n)), false)
	if want := cb.want(n) + "\n"; out != want || errs != "" || code != 0 {
		b.Fatalf("%s: got %q (stderr %q, exit %d), want %q", name, out, errs, code, want)
	}
}

func BenchmarkCallExact(b *testing.B)          { runCallBench(b, "Exact") }
func BenchmarkCallMethod(b *testing.B)         { runCallBench(b, "Method") }
func BenchmarkCallInit(b *testing.B)           { runCallBench(b, "Init") }
func BenchmarkCallClosure(b *testing.B)        { runCallBench(b, "Closure") }
func BenchmarkCallDefaults(b *testing.B)       { runCallBench(b, "Defaults") }
func BenchmarkCallKeywords(b *testing.B)       { runCallBench(b, "Keywords") }
func BenchmarkCallDunder(b *testing.B)         { runCallBench(b, "Dunder") }
func BenchmarkCallDunderCompare(b *testing.B)  { runCallBench(b, "DunderCompare") }
func BenchmarkCallProperty(b *testing.B)       { runCallBench(b, "Property") }
func BenchmarkCallGenerator(b *testing.B)      { runCallBench(b, "Generator") }
func BenchmarkCallBuiltinAppend(b *testing.B)  { runCallBench(b, "BuiltinAppend") }
func BenchmarkCallBuiltinDictGet(b *testing.B) { runCallBench(b, "BuiltinDictGet") }
func BenchmarkCallBuiltinSetStr(b *testing.B)  { runCallBench(b, "BuiltinSetStr") }
func BenchmarkCallBuiltinFunc(b *testing.B)    { runCallBench(b, "BuiltinFunc") }

// TestCallPaths runs every call benchmark's program for a few sizes (the
// printed results were checked against python3), under GC stress too.
func TestCallPaths(t *testing.T) {
	for name, cb := range callBenches {
		for _, n := range []int{0, 1, 7, 300} {
			for _, stress := range []bool{false, true} {
				out, errs, code := run(t, strings.ReplaceAll(cb.src, "%N%", strconv.Itoa(n)), stress)
				if want := cb.want(n) + "\n"; out != want || errs != "" || code != 0 {
					t.Errorf("%s(%d, stress %v): got %q (stderr %q, exit %d), want %q", name, n, stress, out, errs, code, want)
				}
			}
		}
	}
}
