// mod_collections_test.go checks what the corpus cannot see directly: the
// deque ring buffer through many growths, wrap-arounds and rotations, and
// the tee buffer across chunk boundaries, with the collector running at
// every safepoint (GC stress), against a Go model of the same operations.

package vm

import (
	"fmt"
	"strings"
	"testing"
)

// TestDequeRingModel runs a long mixed sequence of deque operations and
// compares the final contents with a Go slice doing the same.
func TestDequeRingModel(t *testing.T) {
	src := `
from _collections import deque
d = deque()
x = 1
for i in range(3000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    op = x % 7
    if op < 2:
        d.append(i)
    elif op < 4:
        d.appendleft(i)
    elif op == 4 and d:
        d.pop()
    elif op == 5 and d:
        d.popleft()
    else:
        d.rotate(x % 11 - 5)
print(len(d), list(d) == [d[i] for i in range(len(d))])
print(",".join(str(v) for v in d))
`
	var model []int
	x := 1
	for i := 0; i < 3000; i++ {
		x = (x*1103515245 + 12345) & 0x7FFFFFFF
		switch op := x % 7; {
		case op < 2:
			model = append(model, i)
		case op < 4:
			model = append([]int{i}, model...)
		case op == 4 && len(model) > 0:
			model = model[:len(model)-1]
		case op == 5 && len(model) > 0:
			model = model[1:]
		case op == 6:
			n := x%11 - 5
			if len(model) > 1 {
				n %= len(model)
				if n < 0 {
					n += len(model)
				}
				model = append(model[len(model)-n:], model[:len(model)-n]...)
			}
		}
	}
	parts := make([]string, len(model))
	for i, v := range model {
		parts[i] = fmt.Sprint(v)
	}
	want := fmt.Sprintf("%d True\n%s\n", len(model), strings.Join(parts, ","))
	for _, stress := range []bool{false, true} {
		out, errs, code := run(t, src, stress)
		if out != want || code != 0 {
			t.Fatalf("stress=%v: got %q (stderr %q, exit %d), want %q", stress, out, errs, code, want)
		}
	}
}

// TestTeeChunks reads three tees at different speeds across many buffer
// chunks.
func TestTeeChunks(t *testing.T) {
	src := `
import itertools
a, b, c = itertools.tee(iter(range(1000)), 3)
first = [next(a) for _ in range(400)]
print(sum(b), sum(first) + sum(a), sum(c))
`
	want := "499500 499500 499500\n"
	for _, stress := range []bool{false, true} {
		out, errs, code := run(t, src, stress)
		if out != want || code != 0 {
			t.Fatalf("stress=%v: got %q (stderr %q, exit %d), want %q", stress, out, errs, code, want)
		}
	}
}
