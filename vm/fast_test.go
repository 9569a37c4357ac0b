// fast_test.go checks the fast paths of fastlookup.go, fastsort.go and
// fastfmt.go against CPython (python3, skipped when absent), with and
// without GC stress, and holds micro-benchmarks for them.

package vm

import (
	"os/exec"
	"strings"
	"testing"
)

// fastPathsSrc exercises each fast path and the ways its assumptions can
// break: class attributes replaced after a lookup was cached (on the class
// and on a base), __slots__ stores, sorts of every specialised key kind and
// their fallbacks, and % formats on both sides of the fast path.
const fastPathsSrc = `
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
class W(V):
    __slots__ = ()
a = W(1, 2)
for i in range(3):
    a = a + W(i, i)
print(a.x, a.y)
V.__add__ = lambda s, o: "replaced"
print(a + a)
def radd(s, o):
    return "sub"
W.__add__ = radd
print(a + a)
del W.__add__
print(a + a)
try:
    a.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
class B:
    def __len__(self):
        return 3
class C(B):
    pass
c = C()
print(len(c))
B.__len__ = lambda s: 7
print(len(c))
C.__len__ = lambda s: 9
print(len(c))
import random
random.seed(3)
nums = [random.randint(-50, 50) for _ in range(300)]
print(sorted(nums)[:10], sorted(nums, reverse=True)[:10])
print(sorted([x / 7 for x in nums])[:5])
print(sorted([str(x) for x in nums], reverse=True)[:8])
print(sorted(range(300), key=lambda i: (nums[i] % 5, -nums[i]))[:20])
print(sorted(range(300), key=lambda i: (str(nums[i]), nums[i]), reverse=True)[:20])
print(sorted([3, 1.5, 2, True]), sorted([(1, 2), (1, 2.5), (0,)]))
print(sorted([float("nan"), 2.0, 1.0])[1:])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
print([(1, "b") < (1, "c"), [1, 2] < [1, 2, 0], ("a",) == ("a",), (2, 1) > (1, 5)])
for f, x in [("w%d", 5), ("%s-%s", ("a", -3)), ("%d%%", 7), ("%s", (1, 2)), ("%d", "x"), ("%x", 255)]:
    try:
        print(repr(f % x))
    except TypeError as e:
        print(type(e).__name__, e)
print(2.0 ** 1.5, 10.0 ** -1.5, 3.0 ** 2.5, 1e-300 ** -1.5)
print(2 ** 100 * 3 % 1000007, (1 << 64) * (1 << 64) // 7)
`

func TestFastPaths(t *testing.T) {
	want, err := exec.Command("python3", "-c", fastPathsSrc).Output()
	if err != nil {
		t.Skipf("python3 not available: %v", err)
	}
	for _, stress := range []bool{false, true} {
		got, stderr, code := run(t, fastPathsSrc, stress)
		if got != string(want) || code != 0 {
			t.Errorf("stress %v: exit %d, stderr %q\ngot:\n%s\nwant:\n%s", stress, code, stderr, got, want)
		}
	}
}

// benchOps is a loop of operator dunder calls (the lookup cache).
const benchOps = `
class V:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
a = V(0)
one = V(1)
for _ in range(%N%):
    a = a + one
`

// BenchmarkDunderAdd times a + b reaching a Python __add__ (and __init__).
func BenchmarkDunderAdd(b *testing.B) {
	run(b, strings.ReplaceAll(benchOps, "%N%", itoa(b.N)), false)
}

// BenchmarkSortTuples times sorting 1000 (int, str) tuple keys, per key.
func BenchmarkSortTuples(b *testing.B) {
	src := `
keys = [(i * 7919 % 1000, str(i)) for i in range(1000)]
for _ in range(%N%):
    sorted(keys)
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N/1000+1)), false)
}

// BenchmarkPercentInt times "w%d" % i.
func BenchmarkPercentInt(b *testing.B) {
	src := `
for i in range(%N%):
    s = "w%d" % i
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N)), false)
}
