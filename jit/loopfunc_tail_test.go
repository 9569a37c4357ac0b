package jit

import (
	"bytes"
	"strings"
	"testing"
)

// sieveTailSrc is jit/bridge_branches' count_primes: a while loop nest
// (the sieve), then a flat range loop over the flags, the function's last.
const sieveTailSrc = `
def count_primes(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last
`

// repeatedTailSrc calls a function whose hot loop is its last flat range
// loop seven times; the nest before it is hot in the first call only (the
// function is planned there): from the second call on, the last loop's
// runs repeat and the ski rental compiles it.
const repeatedTailSrc = `
def f(n, m):
    s = 0
    for a in range(m):
        for b in range(m):
            s += a * b
    for k in range(n):
        s += (k ^ 5) & 7
    return s

print(f(30000, 60))
for rep in range(6):
    print(f(30000 + rep, 2))
`

// TestLoopFuncTailWaits checks loopfunc_tail.go at the hook's usual
// threshold: count_primes called once is not compiled in its last loop
// (its sieve's work paid the ski rental with a fraction of that loop
// left), and called twice it is compiled in the second call (a later run:
// calls repeat), as is a function whose last loop is all its work, called
// six times. Without the rule the single call compiles the function at
// its last loop (checked by turning tailOnly off: 1 loop function); with
// a later run of the last loop taken for the first (tailPast never set),
// the repeated function is never compiled.
func TestLoopFuncTailWaits(t *testing.T) {
	cases := []struct {
		name     string
		calls    string
		compiled int64
	}{
		{"one call", "print(count_primes(50000))\n", 0},
		{"two calls", "print(count_primes(50000))\nprint(count_primes(50000))\n", 1},
		{"tail repeated", repeatedTailSrc, 1},
	}
	for _, c := range cases {
		src := sieveTailSrc + c.calls
		want, _ := runCounting(t, src, nil, 0)
		var log bytes.Buffer
		j := New(Config{Log: &log, LoopFuncs: true, Payoff: true})
		got, _ := runCounting(t, src, j, 1039)
		if got != want {
			t.Fatalf("%s: JIT prints %q, interpreter %q\n%s", c.name, got, want, log.String())
		}
		if n := j.Stats().LoopFuncs.Compiled; n != c.compiled {
			t.Fatalf("%s: %d loop functions compiled, want %d\n%s", c.name, n, c.compiled, log.String())
		}
		if c.compiled > 0 && !strings.Contains(log.String(), "compiled loop function ") {
			t.Fatalf("%s: no compile logged\n%s", c.name, log.String())
		}
	}
}

// TestLastFlatLoop checks which headers lastFlatLoop takes for the last
// flat loop of a function, on the back-edge maps of a few shapes.
func TestLastFlatLoop(t *testing.T) {
	cases := []struct {
		name  string
		backs map[int][]int
		pc    int
		want  bool
	}{
		{"only loop", map[int][]int{10: {20}}, 10, true},
		{"two back-edges", map[int][]int{10: {15, 20}}, 10, true},
		{"after a nest", map[int][]int{2: {30}, 8: {20}, 40: {50}}, 40, true},
		{"before another loop", map[int][]int{10: {20}, 30: {40}}, 10, false},
		{"inner loop inside", map[int][]int{10: {30}, 15: {25}}, 10, false},
		{"inside an outer loop", map[int][]int{5: {40}, 10: {20}}, 10, false},
		{"not a header", map[int][]int{10: {20}}, 12, false},
	}
	for _, c := range cases {
		if got := lastFlatLoop(c.backs, c.pc); got != c.want {
			t.Errorf("%s: lastFlatLoop = %v, want %v", c.name, got, c.want)
		}
	}
}
