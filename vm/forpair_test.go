// forpair_test.go holds the micro-benchmarks of the pair step of FORITER
// (forpair.go: `for k, v in d.items()`, `for i, x in enumerate(a)`,
// `for a, b in zip(x, y)`) and a test of what their programs compute,
// under GC stress too, so that a fast wrong path fails.

package vm

import (
	"strconv"
	"strings"
	"testing"
)

// pairBenches are the programs of the pair-loop benchmarks: %N% is the
// number of loop iterations; each prints what want(N) returns.
var pairBenches = map[string]struct {
	src  string
	want func(n int) string
}{
	"Items": {`
def loop(n):
    d = {i: i & 3 for i in range(64)}
    t = 0
    for j in range(n >> 6):
        for k, v in d.items():
            t += v
    for k, v in list(d.items())[:n & 63]:
        t += v
    print(t)
loop(%N%)
`, func(n int) string {
		t := 0
		for j := 0; j < n>>6; j++ {
			for i := 0; i < 64; i++ {
				t += i & 3
			}
		}
		for i := 0; i < n&63; i++ {
			t += i & 3
		}
		return strconv.Itoa(t)
	}},
	"Enumerate": {`
def loop(n):
    a = [1] * 64
    t = 0
    for j in range(n >> 6):
        for i, x in enumerate(a):
            t += i + x
    for i, x in enumerate(a[:n & 63]):
        t += i + x
    print(t)
loop(%N%)
`, func(n int) string {
		t := n>>6*(64*63/2+64) + (n&63)*(n&63-1)/2 + n&63
		return strconv.Itoa(t)
	}},
	"Zip": {`
def loop(n):
    a = list(range(64))
    t = 0
    for j in range(n >> 6):
        for x, y in zip(a, a):
            t += x - y + 1
    for x, y in zip(a, a[:n & 63]):
        t += x - y + 1
    print(t)
loop(%N%)
`, func(n int) string {
		return strconv.Itoa(n>>6*64 + n&63)
	}},
}

// runPairBench runs the pair-loop benchmark name with b.N iterations.
func runPairBench(b *testing.B, name string) {
	pb := pairBenches[name]
	n := max(b.N, 1)
	out, errs, code := run(b, strings.ReplaceAll(pb.src, "%N%", strconv.Itoa(n)), false)
	if want := pb.want(n) + "\n"; out != want || errs != "" || code != 0 {
		b.Fatalf("%s: got %q (stderr %q, exit %d), want %q", name, out, errs, code, want)
	}
}

func BenchmarkPairItems(b *testing.B)     { runPairBench(b, "Items") }
func BenchmarkPairEnumerate(b *testing.B) { runPairBench(b, "Enumerate") }
func BenchmarkPairZip(b *testing.B)       { runPairBench(b, "Zip") }

// TestPairLoops runs the pair-loop benchmarks' programs for a few sizes,
// under GC stress too.
func TestPairLoops(t *testing.T) {
	for name, pb := range pairBenches {
		for _, n := range []int{0, 1, 63, 64, 200} {
			for _, stress := range []bool{false, true} {
				out, errs, code := run(t, strings.ReplaceAll(pb.src, "%N%", strconv.Itoa(n)), stress)
				if want := pb.want(n) + "\n"; out != want || errs != "" || code != 0 {
					t.Errorf("%s(%d, stress %v): got %q (stderr %q, exit %d), want %q", name, n, stress, out, errs, code, want)
				}
			}
		}
	}
}
