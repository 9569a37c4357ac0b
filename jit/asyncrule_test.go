package jit

import (
	"bytes"
	"testing"
)

// TestAsyncMinWork checks Config.AsyncMinWork: a root trace whose loop
// gets hot before the program's work clock reaches it compiles on the
// VM's goroutine, one that gets hot later in the background. f's loop is
// hot at once (about 0.1 ms of work) and its 300,000 iterations in the
// trace bring the clock past 1 ms (5 bytecodes an iteration at 2.5 ns),
// before g's loop is hot.
func TestAsyncMinWork(t *testing.T) {
	src := `
def f(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s

def g(n):
    t = 0
    i = 0
    while i < n:
        t ^= i * 3
        i += 1
    return t

print(f(300000))
print(g(20000))
`
	want := run(t, src, nil, 0)
	for _, tc := range []struct {
		minWork     float64
		bg, short   int64
		description string
	}{
		{0, 2, 0, "no minimum: both in the background"},
		{1e6, 1, 1, "1 ms: f's at once, g's in the background"},
		{1e12, 0, 2, "never reached: both at once"},
	} {
		var log bytes.Buffer
		j := New(Config{Log: &log, Async: true, AsyncMinWork: tc.minWork})
		j.async.wait = true
		if got := run(t, src, j, 1039); got != want {
			t.Fatalf("%s: printed %q, want %q\n%s", tc.description, got, want, log.String())
		}
		st := j.Stats()
		if st.TracesCompiled != 2 || st.Background != tc.bg || st.BackgroundShort != tc.short {
			t.Fatalf("%s: %d traces, %d in the background, %d at once for a short program; want 2, %d, %d\n%s",
				tc.description, st.TracesCompiled, st.Background, st.BackgroundShort, tc.bg, tc.short, log.String())
		}
	}
}
