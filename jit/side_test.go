// side_test.go checks side traces (side.go, docs/jit.md "Side traces"):
// programs whose loops branch both ways, change a type on one path, exit
// inside an inlined call, raise on a side path or run out of table slots
// must print what CPython prints, and the side traces must really be
// compiled and taken (few exits reach Go), so that the tests fail without
// them.

package jit

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/hotloop/hotloop/vm"
)

// sideCase is a program and what its JIT run must show.
type sideCase struct {
	name       string
	src        string
	threshold  int
	maxModules int
	minSides   int64
	maxExits   int64 // exits that reached Go, at most
}

var sideCases = []sideCase{
	{name: "alternating", threshold: 50, minSides: 1, maxExits: 40, src: `
def f(n):
    s = 0
    i = 0
    while i < n:
        if i & 1:
            s += 3
        else:
            s -= 1
        i += 1
    return s
print(f(100000))
`},
	// One exit per call (the loop's end) reaches Go; without side traces
	// also one per odd step.
	{name: "collatz", threshold: 50, minSides: 1, maxExits: 3500, src: `
def clen(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps
def main():
    t = 0
    for n in range(1, 3000):
        t += clen(n)
    print(t)
main()
`},
	{name: "type change on the side path", threshold: 20, minSides: 1, maxExits: 60, src: `
def f(n):
    x = 0
    acc = 0.0
    for i in range(n):
        if i % 3 == 0:
            x = i * 0.5
        else:
            x = i
        acc += x
    return acc, x
print(f(30000))
`},
	{name: "exit inside an inlined call", threshold: 20, minSides: 1, maxExits: 60, src: `
def step(v, i):
    if i % 4 == 1:
        return v + i
    return v - 1
def f(n):
    v = 0
    for i in range(n):
        v = step(v, i)
    return v
print(f(40000))
`},
	{name: "side path raises", threshold: 20, minSides: 1, maxExits: 60, src: `
def f(n, d):
    t = 0
    for i in range(n):
        if i % 2:
            t += 1000 // (d - i // 1000)
        else:
            t += 1
    return t
print(f(4000, 9))
try:
    print(f(20000, 9))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
`},
	{name: "side traces of side traces", threshold: 20, minSides: 2, maxExits: 120, src: `
def f(n):
    a = b = c = 0
    for i in range(n):
        if i % 3 == 0:
            a += 1
            if i % 2 == 0:
                b += 2
            else:
                c -= 1
        else:
            c += 1
    return a, b, c
print(f(60000))
`},
	// The inner loop ends two ways (break, or its condition); the outer
	// trace calls the inner trace and continues after one of them, and
	// the other gets a side trace of the outer trace through its nested
	// link words.
	{name: "inner loop left two ways", threshold: 30, minSides: 1, maxExits: 1000, src: `
def f(w, limit):
    total = 0
    for px in range(w):
        z = px % 13
        i = 0
        while i < limit:
            z = (z * z + px) % 97
            if z < 5:
                break
            i += 1
        total += i
    return total
print(f(20000, 6))
`},
	{name: "eviction retires roots with their side traces", threshold: 5, maxModules: 2, src: `
def f(n, k):
    s = 0
    for i in range(n):
        if i % k:
            s += i
        else:
            s -= 1
    return s
def g(n):
    s = 0.0
    for i in range(n):
        if i & 2:
            s += 0.5
        else:
            s *= 0.99
    return s
for r in range(6):
    print(f(3000, r + 2), g(2000))
`},
}

func TestSideTraces(t *testing.T) {
	py, _ := exec.LookPath("python3")
	for _, tc := range sideCases {
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
			j := New(Config{Log: &log, MaxModules: tc.maxModules})
			got := run(t, tc.src, j, tc.threshold)
			if got != want {
				t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", want, got, log.String())
			}
			s := j.Stats()
			if s.SideTraces < tc.minSides || (tc.maxExits > 0 && s.GuardExits > tc.maxExits) {
				t.Fatalf("%d side traces (want >= %d), %d guard exits (want <= %d)\n%s", s.SideTraces, tc.minSides, s.GuardExits, tc.maxExits, log.String())
			}
			if tc.maxModules > 0 && s.ModulesLive > int64(tc.maxModules) {
				t.Fatalf("%d modules live, limit %d", s.ModulesLive, tc.maxModules)
			}
			if !strings.Contains(log.String(), "compiled side trace") && tc.minSides > 0 {
				t.Fatalf("no side trace in the log:\n%s", log.String())
			}
		})
	}
}

// TestSideTraceBlacklist: an exit whose side trace would leave the loop
// (the loop's own end, taken on every call) is tried MaxSideAborts times
// and then blacklisted. (The outer loop stores into a dict, so it gets no
// trace of its own, which would call f's loop's trace: calls.go.)
func TestSideTraceBlacklist(t *testing.T) {
	src := `
def f(n):
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    return s
t = 0
d = {}
for k in range(300):
    t += f(40)
    d[k % 3 + 0.5] = t
print(t)
`
	var log bytes.Buffer
	j := New(Config{Log: &log, MaxSideAborts: 3})
	got := run(t, src, j, 5)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	n := strings.Count(log.String(), "side trace left the loop")
	if n != 3 || !strings.Contains(log.String(), "blacklisted exit") || s.SideTraces != 0 {
		t.Fatalf("%d loop-leaving aborts (want 3, then a blacklist), %d side traces\n%s", n, s.SideTraces, log.String())
	}
}

// TestSideTraceInterrupt: once i passes 200, every iteration leaves the
// root trace (recorded on the other path) for the side trace, so the
// root's own back-edge is never taken again: the restart after the side
// trace must count the budget and poll the interrupt word, or Ctrl-C
// would never stop the loop and no safepoint would come back to Go.
func TestSideTraceInterrupt(t *testing.T) {
	src := `
def spin():
    i = 0
    while True:
        if i < 200:
            i += 1
        else:
            i += 2
try:
    spin()
except KeyboardInterrupt:
    print("interrupted")
`
	var out, log bytes.Buffer
	j := New(Config{Log: &log, Budget: 1000})
	m, err := vm.New(vm.Config{Stdout: &out, Stderr: &out, Args: []string{""}, HookThreshold: 50, Hook: j})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-time.After(300 * time.Millisecond):
				if j.Stats().SideTraces > 0 {
					m.Interrupt()
				}
			}
		}
	}()
	_, err = m.Exec("prog.py", []byte(src), vm.ModeExec)
	close(done)
	m.Flush()
	if err != nil || out.String() != "interrupted\n" {
		t.Fatalf("err %v, output %q\n%s", err, out.String(), log.String())
	}
	if s := j.Stats(); s.SideTraces < 1 || s.TraceEntries < 10 || s.GuardExits > 40 {
		t.Fatalf("%d side traces, %d entries (safepoints), %d guard exits\n%s", s.SideTraces, s.TraceEntries, s.GuardExits, log.String())
	}
}
