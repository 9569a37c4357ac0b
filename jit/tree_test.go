// tree_test.go checks trace trees (fastloop.go,
// wasmgen/inline.go, docs/jit.md "Back into the loop"): a loop whose
// branch goes both ways gets its root rebuilt with the side trace inside,
// a side path that writes a register the loop reads only before the loop
// or changes a type must not jump back into the loop, and every program
// prints what the interpreter and CPython print.

package jit

import (
	"bytes"
	"testing"
)

type treeCase struct {
	name      string
	src       string
	threshold int
	minTrees  int64 // roots rebuilt with side traces inside, at least
	maxTrees  int64 // and at most (-1: no bound)
	maxExits  int64 // exits that reached Go, at most (0: no bound)
}

var treeCases = []treeCase{
	{name: "alternating", threshold: 50, minTrees: 1, maxTrees: -1, maxExits: 40, src: `
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
	{name: "three ways", threshold: 30, minTrees: 1, maxTrees: -1, maxExits: 80, src: `
def f(n):
    a = b = c = 0
    for i in range(n):
        r = i % 3
        if r == 0:
            a += i
        elif r == 1:
            b -= i
        else:
            c ^= i
    return a, b, c
print(f(60000))
`},
	// Side traces at a pre-loop exit (even i) and at the same exit in the
	// loop body, both inlined: the body's read n as the pre-loop's load
	// of it, which the way in through the pre-loop one had not made (n
	// read as 0, the loop stopped after i=4). The dict delete is refused
	// by the recorder: its exits enter the trace again at odd and even i.
	// tests/corpus/jit/hunt25_preloop_invariant; docs/jit.md "Differential
	// hunt for JIT miscompilations (session 25)".
	{name: "pre-loop side and loop body side", threshold: 7, minTrees: 2, maxTrees: -1, src: `
def f(n):
    a = 0
    d = {}
    i = 0
    while i < n:
        i += 1
        if i % 6 in d:
            del d[i % 6]
        else:
            d[i % 6] = 1
        g = 0.0 if i % 2 == 0 else i * 0.5
        a += int(g)
    return a, i, sorted(d)
print(f(3000))
print(f(100))
print(f(101))
`},
	// The side path writes step, which the common path only reads: the
	// loop reads it once before the loop, so the side trace must go back
	// through the root's entry (it is not inlined).
	{name: "invariant register written", threshold: 20, minTrees: 0, maxTrees: 0, src: `
def f(n):
    step = 1
    t = 0
    for i in range(n):
        if i % 50 == 49:
            step += 1
        else:
            t += step
    return t, step
print(f(20000))
`},
	// The side path stores into the list item the common path reads:
	// the loop loads it once, before the loop, so the side trace may be
	// inlined only with that load done again at its end (wasmgen
	// recheck.go), which then differs and sends it back through the
	// entry: a tree, and the output right (without the recheck it is
	// wrong). The swap's side path stores to items the loop loads itself
	// each time.
	{name: "heap word written", threshold: 20, minTrees: 0, maxTrees: -1, src: `
def f(n):
    lst = [1, 2, 3]
    t = 0
    for i in range(n):
        if i % 10 == 9:
            lst[0] += 1
        else:
            t += lst[0]
    return t, lst
print(f(20000))
`},
	{name: "swap", threshold: 20, minTrees: 1, maxTrees: -1, src: `
def f(n):
    lst = list(range(8))
    t = 0
    for i in range(n):
        k = i % 7
        if lst[k] > lst[k + 1]:
            lst[k], lst[k + 1] = lst[k + 1], lst[k]
        else:
            t += lst[k]
        if i % 50 == 0:
            lst[0], lst[7] = lst[7], lst[0]
    return t, lst
print(f(20000))
`},
	// The side path makes x a float: its end must not enter the loop,
	// which assumes an int.
	{name: "type change", threshold: 20, minTrees: 0, maxTrees: -1, src: `
def f(n):
    x = 0
    for i in range(n):
        if i == n - 300:
            x = x / 2
        elif i % 2:
            x = x + 3
        else:
            x = x - 1
    return x
print(f(20000))
print(f(5001))
`},
	// A global the side path reads is rebound to a float while the tree
	// is live, then back: the guards retire or bypass the tree.
	{name: "global rebound", threshold: 20, minTrees: 1, maxTrees: -1, src: `
K = 3
def f(n):
    t = 0
    for i in range(n):
        if i & 1:
            t += K
        else:
            t -= 1
    return t
print(f(10000))
K = 0.5
print(f(10000))
K = 4
print(f(10000))
`},
}

// TestTraceTrees runs treeCases with the JIT and compares with the
// interpreter and CPython, and checks how many roots were rebuilt.
func TestTraceTrees(t *testing.T) {
	for _, tc := range treeCases {
		t.Run(tc.name, func(t *testing.T) {
			want := run(t, tc.src, nil, 0)
			checkCPython(t, tc.src, want)
			// Two table slots: roots, side traces and rebuilt roots
			// evict one another all the time.
			var small bytes.Buffer
			if got := run(t, tc.src, New(Config{Log: &small, MaxModules: 2}), tc.threshold); got != want {
				t.Fatalf("2 slots: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", want, got, small.String())
			}
			var log bytes.Buffer
			j := New(Config{Log: &log, HotExit: 10}) // the exit counts below assume side traces after 10 exits
			got := run(t, tc.src, j, tc.threshold)
			if got != want {
				t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", want, got, log.String())
			}
			s := j.Stats()
			if s.TraceTrees < tc.minTrees || (tc.maxTrees >= 0 && s.TraceTrees > tc.maxTrees) {
				t.Fatalf("%d trace trees, want %d..%d\n%s", s.TraceTrees, tc.minTrees, tc.maxTrees, log.String())
			}
			if tc.maxExits > 0 && s.GuardExits > tc.maxExits {
				t.Fatalf("%d guard exits, want <= %d\n%s", s.GuardExits, tc.maxExits, log.String())
			}
		})
	}
}
