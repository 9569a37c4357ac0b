// fastlist_test.go holds the micro-benchmarks of the list fast paths of the
// dispatch loop (GETITEM and SETITEM with an int index, FORITER over a
// list; fastlist.go) and tests of what they compute, edge cases included
// (negative and out-of-range indexes, lists that grow or shrink while
// iterated). Each benchmark checks its program's output, so a fast wrong
// path fails it.

package vm

import (
	"strconv"
	"strings"
	"testing"
)

// listBenches are the programs of the list benchmarks: %N% is the number
// of loop iterations; each prints what want(N) returns.
var listBenches = map[string]struct {
	src  string
	want func(n int) string
}{
	// a[i] and a[-k] reads
	"Get": {`
def loop(n):
    a = [0, 1, 2, 3, 4, 5, 6, 7]
    t = 0
    for i in range(n):
        t += a[i & 7] + a[-1]
    print(t)
loop(%N%)
`, func(n int) string {
		t := 0
		for i := 0; i < n; i++ {
			t += i&7 + 7
		}
		return strconv.Itoa(t)
	}},
	// a[i] = x stores
	"Set": {`
def loop(n):
    a = [0] * 8
    for i in range(n):
        a[i & 7] = i
    print(sum(a))
loop(%N%)
`, func(n int) string {
		a := make([]int, 8)
		for i := 0; i < n; i++ {
			a[i&7] = i
		}
		t := 0
		for _, x := range a {
			t += x
		}
		return strconv.Itoa(t)
	}},
	// for x in list
	"Iter": {`
def loop(n):
    a = list(range(64))
    t = 0
    for j in range(n >> 6):
        for x in a:
            t += x
    for x in a[:n & 63]:
        t += x
    print(t)
loop(%N%)
`, func(n int) string {
		t := n>>6*(64*63/2) + (n&63)*(n&63-1)/2
		return strconv.Itoa(t)
	}},
}

// runListBench runs the list benchmark name with b.N iterations.
func runListBench(b *testing.B, name string) {
	lb := listBenches[name]
	n := max(b.N, 1)
	out, errs, code := run(b, strings.ReplaceAll(lb.src, "%N%", strconv.Itoa(n)), false)
	if want := lb.want(n) + "\n"; out != want || errs != "" || code != 0 {
		b.Fatalf("%s: got %q (stderr %q, exit %d), want %q", name, out, errs, code, want)
	}
}

func BenchmarkListGet(b *testing.B)  { runListBench(b, "Get") }
func BenchmarkListSet(b *testing.B)  { runListBench(b, "Set") }
func BenchmarkListIter(b *testing.B) { runListBench(b, "Iter") }

// TestListPaths runs the list benchmarks' programs for a few sizes, under
// GC stress too.
func TestListPaths(t *testing.T) {
	for name, lb := range listBenches {
		for _, n := range []int{0, 1, 9, 300} {
			for _, stress := range []bool{false, true} {
				out, errs, code := run(t, strings.ReplaceAll(lb.src, "%N%", strconv.Itoa(n)), stress)
				if want := lb.want(n) + "\n"; out != want || errs != "" || code != 0 {
					t.Errorf("%s(%d, stress %v): got %q (stderr %q, exit %d), want %q", name, n, stress, out, errs, code, want)
				}
			}
		}
	}
}

// listEdgeSrc exercises the bounds of the list fast paths; listEdgeWant is
// what python3 prints for it.
const listEdgeSrc = `
a = [10, 20, 30]
for i in (-4, -3, -1, 0, 2, 3, 1 << 62, -(1 << 62)):
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
    try:
        a[i] = i
        print(a)
    except IndexError as e:
        print(i, type(e).__name__, e)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if x < 4:
        b.append(x + 3)
print(out)
c = [1, 2, 3, 4, 5]
out = []
for x in c:
    out.append(x)
    if x == 2:
        del c[:]
print(out, c)
d = [1, 2]
it = iter(d)
print(next(it), next(it), next(it, 'end'))
d.append(3)
print(next(it, 'end'))
`

const listEdgeWant = `-4 IndexError list index out of range
-4 IndexError list assignment index out of range
-3 10
[-3, 20, 30]
-1 30
[-3, 20, -1]
0 -3
[0, 20, -1]
2 -1
[0, 20, 2]
3 IndexError list index out of range
3 IndexError list assignment index out of range
4611686018427387904 IndexError list index out of range
4611686018427387904 IndexError list assignment index out of range
-4611686018427387904 IndexError list index out of range
-4611686018427387904 IndexError list assignment index out of range
[1, 2, 3, 4, 5, 6]
[1, 2] []
1 2 end
end
`

// TestListEdges checks the list fast paths at their bounds.
func TestListEdges(t *testing.T) {
	for _, stress := range []bool{false, true} {
		out, errs, code := run(t, listEdgeSrc, stress)
		if out != listEdgeWant || errs != "" || code != 0 {
			t.Errorf("stress %v: got %q (stderr %q, exit %d), want %q", stress, out, errs, code, listEdgeWant)
		}
	}
}
