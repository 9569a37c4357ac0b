// gendrain_test.go tests and times builtins draining generators
// (gendrain.go): results, the state left behind, and GC stress.

package vm

import (
	"strings"
	"testing"
)

// TestDrainLeavesNoState checks that drains which stop early, fail in the
// generator, or fail in the consumer leave no drain in progress and the
// generators where CPython leaves them (outputs are CPython 3.11's).
func TestDrainLeavesNoState(t *testing.T) {
	src := `
def g(n):
    for i in range(n):
        yield i
    raise KeyError(n)
a = g(5)
print(any(x == 2 for x in [2]), 2 in a, next(a))
try:
    sum(g(3))
except KeyError as e:
    print("KeyError", e)
b = (x for x in [1, "a", 3])
try:
    sum(b)
except TypeError:
    print("TypeError", next(b))
print(sum(sum(y for y in range(x)) for x in range(30)), max(x % 11 for x in range(100)))
print(list(x for x in a if False))
`
	want := "True True 3\nKeyError 3\nTypeError 3\n4060 10\n"
	for _, stress := range []bool{false, true} {
		out, errOut, code := run(t, src, stress)
		if code != 1 || !strings.HasPrefix(out, want) || !strings.Contains(errOut, "KeyError: 5") {
			t.Errorf("stress %v: code %d\nstdout %q\nstderr %q", stress, code, out, errOut)
		}
	}
}

// BenchmarkSumGenexpr times sum() over a generator expression, per item.
func BenchmarkSumGenexpr(b *testing.B) {
	src := `
s = sum(x % 7 for x in range(%N%))
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N)), false)
}

// BenchmarkNextGen times next() on a generator, per item: the full
// resumption from Go that a drain avoids.
func BenchmarkNextGen(b *testing.B) {
	src := `
def g():
    while True:
        yield 1
it = g()
for _ in range(%N%):
    next(it)
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N)), false)
}
