// host_test.go runs loops whose bodies call host helpers (sets, dicts,
// strs, random and math: trace/record_host.go, runtime_host.go) under the
// JIT and checks that they agree with the interpreter and CPython, that
// traces were compiled and entered, and that most of the loop ran in
// them.

package jit

import (
	"bytes"
	"strings"
	"testing"
)

// hostSrc exercises every host helper in loops long enough to be traced
// at threshold 7, with changes mid-loop that must make traces exit (a key
// with a user __eq__, a container changed while iterated, a KeyError).
const hostSrc = `
import random, math

class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, K) else o)

def sets(n):
    s = set(range(0, 200, 3))
    c = 0
    for i in range(n):
        if i % 200 in s and (i + 1) % 200 not in s:
            c += 1
        if i == n // 2:
            s.add(K(1))
        s.add(1000 + i % 7)
        s.discard(1000 + (i + 3) % 7)
    return c, len(s)

def dicts(n):
    d = {}
    words = {}
    alpha = "abcdefg"
    for i in range(n):
        k = alpha[i % 7] + alpha[(i // 7) % 7]
        if k in words:
            words[k] += 1
        else:
            words[k] = 1
        d[i % 13] = d.get(i % 13, 0) + i
    t = 0
    for k, v in words.items():
        t += v * len(k)
    for k in d:
        t += d[k]
    for v in d.values():
        t -= v
    m = {}
    for i in range(60):
        m[i] = i
        m[str(i)] = float(i)
    for r in range(40):
        for k, v in m.items():
            if isinstance(k, int):
                t += v
            else:
                t += int(v) * 2
    return t, sorted(words.items())[:3]

def strs(n):
    s = "the quick brown fox"
    out = ""
    lt = 0
    for i in range(n):
        c = s[i % len(s)]
        if c < "m":
            lt += ord(c)
        if i % 97 == 0:
            out = out + c
    return lt, out

def rnd(n):
    random.seed(5)
    inside = 0
    acc = 0.0
    for i in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
        acc += math.sin(x) + random.randint(1, 6)
    return inside, round(acc, 6)

def errors(n):
    d = {i: i for i in range(50)}
    t = 0
    try:
        for i in range(n):
            t += d[i]
    except KeyError as e:
        print("KeyError", e)
    s = set(range(100))
    try:
        for x in s:
            if x == 60:
                s.add(-1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        for i in range(n):
            s.remove(i)
    except KeyError as e:
        print("KeyError", e)
    return t

print(sets(3000))
print(dicts(3000))
print(strs(3000))
print(rnd(3000))
print(errors(3000))
`

func TestHostHelpersRun(t *testing.T) {
	want, all := runCounting(t, hostSrc, nil, 0)
	checkCPython(t, hostSrc, want)
	for _, threshold := range []int{1, 7} {
		var log bytes.Buffer
		j := New(Config{Log: &log})
		got, interp := runCounting(t, hostSrc, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		s := j.Stats()
		if threshold > 1 {
			// Above threshold 1 the host call gate (trace.HostCallBytecodes)
			// leaves these small loops to the interpreter.
			gated := false
			for reason := range s.AbortReasons {
				gated = gated || strings.HasPrefix(reason, "too many host calls for the trace to pay")
			}
			if !gated {
				t.Errorf("threshold %d: no loop left to the interpreter by the host call gate: %v", threshold, s.AbortReasons)
			}
			continue
		}
		if s.TracesCompiled < 8 || s.TraceEntries == 0 {
			t.Fatalf("threshold %d: stats %+v\n%s", threshold, s, log.String())
		}
		for reason := range s.AbortReasons {
			for _, old := range []string{"unsupported IN", "call of builtin random", "subscript of a non-list", "operand types"} {
				if strings.HasPrefix(reason, old) {
					t.Errorf("threshold %d: abort %q", threshold, reason)
				}
			}
		}
		t.Logf("threshold %d: %d of %d bytecodes interpreted, %d traces", threshold, interp, all, s.TracesCompiled)
		if interp*2 > all {
			t.Errorf("threshold %d: %d of %d bytecodes interpreted", threshold, interp, all)
		}
	}
}
