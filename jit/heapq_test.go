// heapq_test.go runs programs whose traced loops push to and pop from
// heaps (trace/record_heapq.go, runtime_heapq.go): output equal to the
// interpreter's and to CPython's, including the comparisons the helpers
// leave to the interpreter (items with __lt__, mixed kinds, NaN) and the
// exceptions those raise, and the heap operations really ran in traces.

package jit

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

var heapqCases = []struct {
	name, src string
	threshold int
	inTraces  bool // no abort may name heappush or heappop
}{
	{"int pairs", `
import heapq
def run(n):
    h = []
    out = 0
    for i in range(n):
        heapq.heappush(h, ((i * 7919) % 1013, i))
        heapq.heappush(h, ((i * 31) % 17, -i))
        d, u = heapq.heappop(h)
        out = (out * 31 + d * 7 + u) % 1000003
    while h:
        d, u = heapq.heappop(h)
        out = (out * 31 + d + u) % 1000003
    return out
print(run(20000))
`, 7, true},
	{"equal firsts, float and str items", `
import heapq
def run(n):
    a, b, c = [], [], []
    out = []
    for i in range(n):
        heapq.heappush(a, (i % 3, (i * 7) % 11 * 0.25, i))
        heapq.heappush(b, (i % 2, "k%04d" % ((i * 13) % 997)))
        heapq.heappush(c, ((i * 5) % 9) - 4.5)
    for i in range(n):
        out.append((heapq.heappop(a), heapq.heappop(b), heapq.heappop(c)))
    return out[:3], out[-2:], len(out)
print(run(5000))
`, 1, true}, // three pushes in ten bytecodes: gated at 7 (hostPays)
	{"ints and strs", `
import heapq
words = [str(i) for i in range(101)]
def run(n):
    h, s = [], []
    t = 0
    for i in range(n):
        heapq.heappush(h, (i * 37) % 101)
        heapq.heappush(s, words[(i * 37) % 101])
        if i % 2:
            t += heapq.heappop(h) + len(heapq.heappop(s))
    return t, h[:4], s[:4]
print(run(6000))
`, 1, true},
	{"int tuples sifted in wasm: ties, lengths, signs, bools, big ints", `
import heapq
def run(n):
    h, k = [], []
    out = 0
    for i in range(n):
        a = (i * 7919) % 13 - 6
        if i % 5 == 0:
            item = (a,)
        elif i % 5 == 1:
            item = (a, (i * 31) % 7 - 3, i % 4)
        elif i % 97 == 3:
            item = (a, True)
        elif i % 89 == 7:
            item = (a, 2 ** 70 - i)
        else:
            item = (a, (i * 31) % 7 - 3)
        heapq.heappush(h, item)
        heapq.heappush(k, (i % 3, -i))
        if i % 3 != 2:
            x = heapq.heappop(h)
            y = heapq.heappop(k)
            out = (out * 31 + hash(x) % 1009 + y[1]) % 1000003
    rest = []
    while h:
        rest.append(heapq.heappop(h))
    return out, rest[:6], rest[-6:], len(rest), k[:5]
print(run(4000))
`, 1, false}, // bools and big ints: comparisons the interpreter decides
	{"int tuples sifted in wasm, payoff threshold", `
import heapq
def run(n):
    h = [(0, 0)]
    out = 0
    for i in range(n):
        d, u = heapq.heappop(h)
        out = (out * 7 + d + u) % 1000003
        heapq.heappush(h, (d + (i * 7919) % 101, u + 1))
        heapq.heappush(h, (d + (i * 31) % 101, u + 2))
    return out, len(h), sorted(h)[:3]
print(run(30000))
`, 7, true},
	{"items with __lt__ and mixed kinds", `
import heapq
class P:
    def __init__(self, p): self.p = p
    def __lt__(self, o): return self.p < o.p
def run(n):
    h, m = [], []
    t = 0
    for i in range(n):
        heapq.heappush(h, (i % 3, P((i * 7) % 10)))
        heapq.heappush(m, i % 5 if i % 50 else (i % 5) + 0.5)
        if i % 3 == 0:
            t += heapq.heappop(h)[1].p + heapq.heappop(m)
    return t
print(run(3000))
`, 7, false},
	{"NaN in tuples", `
import heapq
def run(n):
    h = []
    nan = float("nan")
    for i in range(n):
        heapq.heappush(h, (nan if i % 97 == 5 else float(i % 13), i))
    return [heapq.heappop(h)[1] for i in range(20)]
print(run(2000))
`, 1, false},
	{"uncomparable items raise", `
import heapq
def run(n):
    h = []
    errs = 0
    for i in range(n):
        try:
            heapq.heappush(h, (0, "s" if i % 200 == 199 else i))
        except TypeError as e:
            errs += 1
            last = str(e)
    return errs, len(h), last
print(run(2000))
def fresh(bad, n):
    h = [(1, "s") if bad else (0, 0)]
    for j in range(n):
        h.append((5, j))
    return h
def partial(n):
    heaps = [fresh(False, 40), fresh(False, 40), fresh(True, 40)]
    errs = 0
    out = []
    for i in range(n):
        h = heaps[i % 3]
        try:
            heapq.heappush(h, (1, i))
        except TypeError:
            errs += 1
            out.append((h[1], h[2], h[4], len(h), h[-3:], sum(1 for x in h if x[0] == 1)))
            heaps[2] = fresh(True, 40)
        if len(h) > 60:
            heaps[i % 3] = fresh(False, 40)
    return errs, out[:2], out[-1]
print(partial(300))
def pops(n):
    h = [(0, i) for i in range(n)]
    h[n - 1] = (0, None)
    t = 0
    for i in range(n):
        t += heapq.heappop(h)[0]
    return t
try:
    pops(500)
except TypeError as e:
    print("TypeError", e)
h = [3, 1, 2]
heapq.heapify(h)
t = 0
for i in range(10):
    try:
        t += heapq.heappop(h)
    except IndexError as e:
        print("IndexError", i, e)
print(t)
`, 1, false},
}

func TestHeapqPrograms(t *testing.T) {
	py, _ := exec.LookPath("python3")
	for _, tc := range heapqCases {
		t.Run(tc.name, func(t *testing.T) {
			want := run(t, tc.src, nil, 0)
			if py != "" {
				cmd := exec.Command(py, "-c", tc.src)
				cmd.Env = []string{"PYTHONHASHSEED=0"}
				out, err := cmd.CombinedOutput()
				if err != nil {
					t.Fatalf("python3: %v\n%s", err, out)
				}
				if string(out) != want {
					t.Fatalf("interpreter differs from CPython\n--- python3\n%s\n--- interpreter\n%s", out, want)
				}
			}
			var log bytes.Buffer
			j := New(Config{Log: &log})
			got := run(t, tc.src, j, tc.threshold)
			if got != want {
				t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", want, got, log.String())
			}
			s := j.Stats()
			if !tc.inTraces {
				return
			}
			if s.TracesCompiled == 0 {
				t.Errorf("no trace\n%s", log.String())
			}
			for reason := range s.AbortReasons {
				if strings.Contains(reason, "heappush") || strings.Contains(reason, "heappop") {
					t.Errorf("abort %q", reason)
				}
			}
			if s.BytecodesInTraces == 0 {
				t.Errorf("nothing ran in traces\n%s", log.String())
			}
		})
	}
}
