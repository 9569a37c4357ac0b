// setprobe_test.go runs loops whose set and dict lookups are wasm probes
// (trace/record_setprobe.go, runtime_setprobe.go, wasmgen/dictprobe.go)
// under the JIT: the output must be the interpreter's and CPython's when a
// key of a user class collides mid-loop, when the set is changed inside
// the loop and when the probed name is rebound to a dict, a frozenset, a
// set subclass or a list; and above threshold 1 the host call gate must
// no longer refuse these loops, which must run mostly in traces.

package jit

import (
	"bytes"
	"strings"
	"testing"
)

const setProbeSrc = `
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, K) else o)

class Sub(set):
    def __contains__(self, k): return k % 2 == 0

def members(n):
    s = set(range(0, 600, 3))
    fs = frozenset(range(0, 600, 5))
    c = 0
    for i in range(n):
        if i % 600 in s and (i + 1) % 600 not in fs:
            c += 1
        if i == n // 2:
            s.add(K(301))
    return c

def rebound(n):
    c = set(range(0, 100, 2))
    t = 0
    for i in range(n):
        if i == n // 5:
            c = {k: 1 for k in range(0, 100, 3)}
        elif i == 2 * n // 5:
            c = frozenset(range(0, 100, 5))
        elif i == 3 * n // 5:
            c = Sub(range(10))
        elif i == 4 * n // 5:
            c = list(range(0, 100, 7))
        if i % 100 in c:
            t += 1
    return t

def mutated(n):
    s = set()
    t = 0
    for i in range(n):
        if i % 50 in s:
            s.discard(i % 50)
            t += 1
        else:
            s.add(i % 50)
    return t, len(s)

def words(n):
    ws = ["w%d" % (i % 97) for i in range(n)]
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    pairs = {}
    for i in range(n - 1):
        key = ws[i] + " " + ws[i + 1]
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return len(counts), counts["w5"], len(pairs), max(pairs.values())

print(members(30000))
print(rebound(30000))
print(mutated(30000))
print(words(30000))
`

// setProbeOnlySrc has loops whose only container operations are probes
// (membership, d.get, d[k] += 1 on existing keys): none may be gated.
const setProbeOnlySrc = `
def members(n):
    s = set(range(0, 600, 3))
    fs = frozenset(range(0, 600, 5))
    c = 0
    for i in range(n):
        if i % 600 in s and (i + 1) % 600 not in fs:
            c += 1
    return c

def counting(n):
    ws = ["w%d" % i for i in range(97)] * (n // 97 + 1)
    counts = dict.fromkeys(ws, 0)
    ints = dict.fromkeys(range(0, 1000, 2), 3)
    t = 0
    for i in range(n):
        w = ws[i]
        counts[w] = counts.get(w, 0) + 1
        t += ints.get(i % 1000, -1)
    return counts["w5"], t

print(members(30000))
print(counting(30000))
`

func TestSetProbesRun(t *testing.T) {
	for _, src := range []string{setProbeSrc, setProbeOnlySrc} {
		want, all := runCounting(t, src, nil, 0)
		checkCPython(t, src, want)
		for _, threshold := range []int{1, 7} {
			var log bytes.Buffer
			j := New(Config{Log: &log})
			got, interp := runCounting(t, src, j, threshold)
			if got != want {
				t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
			}
			s := j.Stats()
			if s.TracesCompiled == 0 || s.TraceEntries == 0 {
				t.Fatalf("threshold %d: stats %+v\n%s", threshold, s, log.String())
			}
			if src != setProbeOnlySrc {
				continue
			}
			for reason := range s.AbortReasons {
				if strings.Contains(reason, "too many host calls for the trace to pay") {
					t.Errorf("threshold %d: a probe loop was gated: %v", threshold, s.AbortReasons)
				}
			}
			t.Logf("threshold %d: %d of %d bytecodes interpreted, %d traces", threshold, interp, all, s.TracesCompiled)
			if interp*4 > all {
				t.Errorf("threshold %d: %d of %d bytecodes interpreted", threshold, interp, all)
			}
		}
	}
}

// TestDictProbeFallbackInTrace: keys the wasm probe hands to the host
// helper (ints past 2**61-1, non-ASCII strs, a stored float equal to an
// int key) are decided there and the trace goes on: before session 16 the
// host helper h_dentry_* had no case in runHost and failed every time, so
// each such lookup exited the trace.
func TestDictProbeFallbackInTrace(t *testing.T) {
	src := `
big = 2**62
s = {big + i for i in range(0, 100, 2)} | {"é%d" % i for i in range(0, 100, 2)} | {7.0}
keys = [big + i for i in range(100)]
strs = ["é%d" % i for i in range(100)]
n = 0
for r in range(100):
    for i in range(100):
        if keys[i] in s:
            n += 1
        if strs[i] in s:
            n += 10
        if 7 in s:
            n += 100
print(n)
`
	want, _ := runCounting(t, src, nil, 0)
	checkCPython(t, src, want)
	var log bytes.Buffer
	j := New(Config{Log: &log})
	got, _ := runCounting(t, src, j, 1)
	if got != want {
		t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", want, got, log.String())
	}
	if s := j.Stats(); s.GuardExits > 1000 {
		t.Errorf("%d guard exits for 10,000 iterations: the host fallback fails\n%s", s.GuardExits, log.String())
	}
}
