// random_test.go runs loops that draw random() in their traces
// (trace/record_random.go) and checks that every number drawn is the
// interpreter's and CPython's: across many twists, with the trace's
// draws interleaved with the interpreter's (exits mid-stream, draws of
// other functions at odd positions), and with a random.Random instance
// and the module's generator in one loop; and shuffle() in a loop that
// reads the list after it.

package jit

import (
	"bytes"
	"strings"
	"testing"
)

const randomSrc = `
import random

def darts(rng, n):
    inside = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside

def interleaved(n):
    random.seed(11)
    g = random.Random(3)
    inside = 0
    acc = 0
    for i in range(n):
        x = random.random()
        y = g.random()
        if x * x + y * y <= 1.0:
            inside += 1
        if i % 37 == 0:
            acc += random.getrandbits(7)   # one word: odd positions
        if i % 101 == 0:
            acc += g.randint(1, 9) + int(random.uniform(0, 10))
    return inside, acc, random.random(), g.random()

def switch(n):
    a = random.Random(1)
    b = random.Random(2)
    s = 0.0
    g = a
    for i in range(n):
        if i == n // 2:
            g = b               # the generator changes mid-loop
        s += g.random() + random.random()
    return round(s, 9), a.random(), b.random()

def shuffles(n):
    random.seed(9)
    deck = list(range(52))
    tot = 0
    for i in range(n):
        random.shuffle(deck)
        tot += deck[0] * deck[51] + int(random.random() * 3)
    return tot, deck[:5]

random.seed(12345)
print(darts(random, 20000), random.random())
print(shuffles(3000))
print(interleaved(9000))
print(switch(7000))
g = random.Random(99)
print(darts(g, 5000), g.random())
`

func TestRandomInTraces(t *testing.T) {
	want, all := runCounting(t, randomSrc, nil, 0)
	checkCPython(t, randomSrc, want)
	for _, threshold := range []int{1, 7} {
		var log bytes.Buffer
		j := New(Config{Log: &log})
		got, interp := runCounting(t, randomSrc, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		s := j.Stats()
		if s.TracesCompiled < 4 || s.TraceEntries == 0 {
			t.Fatalf("threshold %d: stats %+v\n%s", threshold, s, log.String())
		}
		for reason := range s.AbortReasons {
			if strings.HasPrefix(reason, "call of builtin random") || strings.HasPrefix(reason, "too many host calls") {
				t.Errorf("threshold %d: abort %q", threshold, reason)
			}
		}
		t.Logf("threshold %d: %d of %d bytecodes interpreted, %d traces, %d exits", threshold, interp, all, s.TracesCompiled, s.GuardExits)
		if interp*4 > all {
			t.Errorf("threshold %d: %d of %d bytecodes interpreted", threshold, interp, all)
		}
	}
}
