// alloc_test.go runs programs that build tuples and lists in traced
// loops, grow lists and use deques (trace/record_alloc.go,
// trace/record_deque.go): output equal to the interpreter's and to
// CPython's, and the loops really ran in traces (few exits to Go, no
// aborts for the bytecodes these files record).

package jit

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

var allocCases = []struct {
	name, src string
	threshold int
	maxExits  int64
	noAbort   []string // abort reasons that must not appear
}{
	{"escaping rows", `
def build(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFF
        out.append((x & 0xFF, (x >> 8) & 0xFF, [i, x]))
    return out
rows = build(20000, 5)
acc = 0
for a, b, pair in rows:
    acc += a * b + pair[1] % 17
print(len(rows), rows[7], rows[-1], acc)
`, 7, 200, []string{"BUILDTUPLE", "BUILDLIST", "grows the list"}},
	{"comprehension", `
for rep in range(3):
    sq = [i * i for i in range(30000)]
    ev = [(i, -i) for i in range(30000) if i % 3]
    print(len(sq), sq[-1], len(ev), ev[-1])
`, 7, 300, []string{"LISTAPPEND", "BUILDTUPLE"}},
	{"fresh lists grown", `
def f(n):
    s = 0
    for i in range(n):
        xs = [1, 2, 3, 4]
        xs.append(i)
        xs.append(i + 1)
        s += xs[4] + xs[-1] + len(xs)
    return s
print(f(50000))
`, 7, 50, []string{"grows the list"}},
	{"grown in side traces", `
def f(n):
    tot = 0
    for j in range(n):
        l = []
        for i in range(j % 40):
            l.append(i * j)
        tot += len(l) + (l[-1] if l else 0)
    return tot
print(f(4000))
`, 1, 0, []string{"grows the list"}},
	{"deque queue and stack", `
from collections import deque
def f(n):
    q = deque()
    t = 0
    for i in range(n):
        q.append(i + 1)
        q.appendleft(i)
        if len(q) > 6:
            t += q.pop() + q.popleft() + q[0] - q[-1]
    while q:
        t += q.pop()
    return t
print(f(30000))
`, 7, 300, []string{"special class"}},
}

func TestAllocPrograms(t *testing.T) {
	py, _ := exec.LookPath("python3")
	for _, tc := range allocCases {
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
			if s.TracesCompiled == 0 || (tc.maxExits > 0 && s.GuardExits > tc.maxExits) {
				t.Errorf("%d traces, %d guard exits (want <= %d)\n%s", s.TracesCompiled, s.GuardExits, tc.maxExits, log.String())
			}
			for reason := range s.AbortReasons {
				for _, bad := range tc.noAbort {
					if strings.Contains(reason, bad) {
						t.Errorf("abort %q", reason)
					}
				}
			}
		})
	}
}
