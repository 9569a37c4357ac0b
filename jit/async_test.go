package jit

import (
	"strings"
	"testing"
)

// TestAsyncCompile runs loops whose traces compile in the background: the
// output must be the interpreter's, and the traces must be installed and
// entered once ready (the loops run long enough interpreted, about a
// second, for a compile to finish even on a loaded machine).
func TestAsyncCompile(t *testing.T) {
	src := `
def f(n):
    s = 0
    x = 0.5
    for i in range(n):
        if i % 3:
            s += i & 7
        else:
            x = x * 0.5 + 1.0
    return s, x

def g(n):
    t = 0
    for i in range(n):
        j = 0
        while j < 5:
            t += i ^ j
            j += 1
    return t

for k in range(3):
    print(f(1000000 + k), g(100000 + k))
`
	want := run(t, src, nil, 0)
	for _, threshold := range []int{7, 1039} {
		j := New(Config{Async: true})
		got := run(t, src, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: async JIT printed\n%s\nwant\n%s", threshold, got, want)
		}
		st := j.Stats()
		if st.TracesCompiled == 0 || st.TraceEntries == 0 {
			t.Fatalf("threshold %d: no background trace was installed and entered: %+v", threshold, st)
		}
		if j.inflight < 0 || strings.Contains(got, "ERROR") {
			t.Fatalf("threshold %d: inflight %d", threshold, j.inflight)
		}
	}
}

// TestAsyncNotForced checks that forced-hot mode (threshold 1) compiles
// synchronously even with Config.Async: every loop runs its trace from its
// first back-edge, which is what the corpus's --jit-threshold=1 pass tests.
func TestAsyncNotForced(t *testing.T) {
	src := `
s = 0
for i in range(40):
    s += i * 3
print(s)
`
	want := run(t, src, nil, 0)
	j := New(Config{Async: true})
	if got := run(t, src, j, 1); got != want {
		t.Fatalf("async JIT printed %q, want %q", got, want)
	}
	if st := j.Stats(); st.TracesCompiled == 0 || st.BytecodesInTraces == 0 || j.done != nil {
		t.Fatalf("threshold 1: trace not compiled and run synchronously: %+v, background channel %v", st, j.done != nil)
	}
}
