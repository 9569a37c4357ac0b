// speed14_bench_test.go holds Go micro-benchmarks (and their correctness
// checks) for the interpreter fast paths of session 14 (docs/vm.md
// "Interpreter speed (session 14)"): each runs a small Python loop b.N
// times in a fresh VM and checks its printed result, whose expected value
// is computed in Go.

package vm

import (
	"strconv"
	"strings"
	"testing"
)

// speedBench is a Python program with %N% for the iteration count and the
// Go function computing what it prints.
type speedBench struct {
	src  string
	want func(n int) string
}

var speedBenches = map[string]speedBench{
	// `k in s` / `k not in d` with int keys (fastset.go)
	"IntIn": {`
def loop(n):
    s = {1, 5, 9, 13, 100}
    d = {2: 0, 4: 0}
    t = 0
    for i in range(n):
        k = i & 15
        if k in s:
            t += 1
        if k not in d:
            t += 2
    print(t)
loop(%N%)
`, func(n int) string {
		t := 0
		for i := 0; i < n; i++ {
			switch k := i & 15; k {
			case 1, 5, 9, 13:
				t++
			}
			if k := i & 15; k != 2 && k != 4 {
				t += 2
			}
		}
		return strconv.Itoa(t)
	}},
	// a short inner `for j in range(...)` loop entered n times (fastset.go)
	"RangeHeader": {`
def loop(n):
    t = 0
    for i in range(n):
        for j in range(3):
            t += j
        for j in range(1, 2):
            t += j
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(4 * n) }},
	// int and float comparisons tested by the next instruction
	// (fastbranch.go), in both branch directions and in a while loop
	"CompareBranch": {`
def loop(n):
    t = 0
    x = 0.5
    i = 0
    while i < n:
        if i & 3 < 2:
            t += 1
        if x <= 0.25:
            t += 10
        elif not i != 7:
            t += 100
        i += 1
    print(t)
loop(%N%)
`, func(n int) string {
		t := 0
		for i := 0; i < n; i++ {
			if i&3 < 2 {
				t++
			}
			if i == 7 {
				t += 100
			}
		}
		return strconv.Itoa(t)
	}},
	// recursive calls with a compare-and-branch base case (fib's shape)
	"Recurse": {`
def depth(k):
    if k < 1:
        return 0
    return depth(k - 1) + 1
def loop(n):
    t = 0
    for i in range(n // 10 + 1):
        t += depth(10)
    print(t)
loop(%N%)
`, func(n int) string { return strconv.Itoa(10 * (n/10 + 1)) }},
	// set algebra on 64-item sets: presized results, stored hashes
	// (fastset.go, set.go)
	"SetAlgebra": {`
def loop(n):
    a = set(range(0, 128, 2))
    b = set(range(0, 192, 3))
    t = 0
    for i in range(n):
        t += len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
    print(t)
loop(%N%)
`, func(n int) string {
		inA := func(k int) bool { return k < 128 && k%2 == 0 }
		inB := func(k int) bool { return k < 192 && k%3 == 0 }
		or, and, sub, xor := 0, 0, 0, 0
		for k := 0; k < 192; k++ {
			switch a, b := inA(k), inB(k); {
			case a && b:
				or, and = or+1, and+1
			case a:
				or, sub, xor = or+1, sub+1, xor+1
			case b:
				or, xor = or+1, xor+1
			}
		}
		return strconv.Itoa(n * (or + and + sub + xor))
	}},
	// d[s], `s in d` and `y //= 7`-style updates (fastset.go)
	"StrKeyInplace": {`
def loop(n):
    d = {"ab": 1, "cd": 2, "ef": 3}
    keys = ["ab", "cd", "ef", "gh"]
    t = 0
    for i in range(n):
        k = keys[i & 3]
        if k in d:
            t += d[k]
        y = i
        y //= 7
        y %= 5
        y *= 3
        t += y
    print(t)
loop(%N%)
`, func(n int) string {
		t := 0
		for i := 0; i < n; i++ {
			if j := i & 3; j < 3 {
				t += j + 1
			}
			t += (i / 7 % 5) * 3
		}
		return strconv.Itoa(t)
	}},
}

// runSpeedBench runs speed benchmark name with b.N iterations.
func runSpeedBench(b *testing.B, name string) {
	sb := speedBenches[name]
	n := max(b.N, 1)
	out, errs, code := run(b, strings.ReplaceAll(sb.src, "%N%", strconv.Itoa(n)), false)
	if want := sb.want(n) + "\n"; out != want || errs != "" || code != 0 {
		b.Fatalf("%s: got %q (stderr %q, exit %d), want %q", name, out, errs, code, want)
	}
}

func BenchmarkIntIn(b *testing.B)         { runSpeedBench(b, "IntIn") }
func BenchmarkRangeHeader(b *testing.B)   { runSpeedBench(b, "RangeHeader") }
func BenchmarkCompareBranch(b *testing.B) { runSpeedBench(b, "CompareBranch") }
func BenchmarkRecurse(b *testing.B)       { runSpeedBench(b, "Recurse") }

// TestSpeedPaths runs every speed benchmark's program for a few sizes,
// under GC stress too.
func TestSpeedPaths(t *testing.T) {
	for name, sb := range speedBenches {
		for _, n := range []int{0, 1, 7, 300} {
			for _, stress := range []bool{false, true} {
				out, errs, code := run(t, strings.ReplaceAll(sb.src, "%N%", strconv.Itoa(n)), stress)
				if want := sb.want(n) + "\n"; out != want || errs != "" || code != 0 {
					t.Errorf("%s n=%d stress=%v: got %q (stderr %q, exit %d), want %q", name, n, stress, out, errs, code, want)
				}
			}
		}
	}
}

func BenchmarkSetAlgebra(b *testing.B)    { runSpeedBench(b, "SetAlgebra") }
func BenchmarkStrKeyInplace(b *testing.B) { runSpeedBench(b, "StrKeyInplace") }
