package jit

import (
	"strings"
	"testing"
)

// TestCompileCaps checks the bounds on compiled code: a trace whose
// module would exceed MaxTraceInstrs aborts (and its loop runs
// interpreted, with the same output), and a MaxCodeBytes smaller than the
// live modules retires traces before new ones are compiled.
func TestCompileCaps(t *testing.T) {
	src := `
def f(n):
    a = b = c = 0
    for i in range(n):
        a += i & 3
        b ^= a + i
        c += (a * 3 - b) % 7
    return a, b, c

def g(n):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    return s

def h(n):
    t = 0
    k = 0
    while k < n:
        t += k % 5
        k += 1
    return t

for r in range(3):
    print(f(3000 + r), g(2000 + r), h(2500 + r))
`
	want := run(t, src, nil, 0)

	j := New(Config{MaxTraceInstrs: 50})
	if got := run(t, src, j, 7); got != want {
		t.Fatalf("with MaxTraceInstrs 50:\n%s\nwant\n%s", got, want)
	}
	st := j.Stats()
	if st.TracesCompiled != 0 {
		t.Fatalf("a trace longer than 50 wasm instructions was compiled: %+v", st)
	}
	found := false
	for reason := range st.AbortReasons {
		found = found || strings.Contains(reason, "trace too long to compile")
	}
	if !found {
		t.Fatalf("no 'too long to compile' abort: %v", st.AbortReasons)
	}

	j = New(Config{MaxCodeBytes: 1})
	if got := run(t, src, j, 7); got != want {
		t.Fatalf("with MaxCodeBytes 1:\n%s\nwant\n%s", got, want)
	}
	if st := j.Stats(); st.TracesCompiled < 2 || st.Retired == 0 || st.ModulesLive > 1 {
		t.Fatalf("MaxCodeBytes 1 should keep at most one module live, retiring the others: %+v", st)
	}
}
