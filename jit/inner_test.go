// inner_test.go checks that an outer loop whose inner loop is too short
// to get a trace of its own is still compiled, with the inner loop
// unrolled into it (trace/record_inner.go), and gives the interpreter's
// output.

package jit

import (
	"strings"
	"testing"
)

func TestShortInnerLoopUnrolled(t *testing.T) {
	// Every run of the inner while loop is two iterations: its recording
	// starts at the back-edge, before the last one, so it leaves the loop
	// at once and the inner loop never gets a trace.
	src := `
total = 0
n = 0
for i in range(3000):
    j = 0
    while j < 2:
        total += i * 3 + j
        j += 1
    n += 1
print(total, n)
`
	want := run(t, src, nil, 0)
	var log strings.Builder
	j := New(Config{Log: &log})
	got := run(t, src, j, 10)
	if got != want {
		t.Fatalf("JIT output %q, interpreter %q", got, want)
	}
	s := j.Stats()
	for reason := range s.AbortReasons {
		if strings.Contains(reason, "inner loop without a trace") {
			t.Errorf("abort %q: the inner loop should be unrolled\n%s", reason, log.String())
		}
	}
	if s.TracesCompiled < 1 || s.BytecodesInTraces < 90000 {
		t.Errorf("outer loop not run in a trace: %+v\n%s", s, log.String())
	}
}

// TestInnerLoopEndsInSideTrace runs an outer loop whose inner loop has a
// trace with a side trace (an alternating branch), and ends in the side
// trace about every other time: the outer trace must go on after the
// side trace's exit at the inner loop's end (wasmgen's exit-pc table)
// instead of leaving to Go there.
func TestInnerLoopEndsInSideTrace(t *testing.T) {
	src := `
total = 0
for i in range(4000):
    j = 0
    m = 40 + i % 2
    while j < m:
        if j % 2 == 0:
            total += 1
        else:
            total += j
        j += 1
    total += i
print(total)
`
	want := run(t, src, nil, 0)
	var log strings.Builder
	j := New(Config{Log: &log})
	got := run(t, src, j, 10)
	if got != want {
		t.Fatalf("JIT output %q, interpreter %q", got, want)
	}
	s := j.Stats()
	if s.SideTraces < 1 || s.GuardExits > 400 {
		t.Errorf("inner loop's end in its side trace leaves the outer trace: %+v\n%s", s, log.String())
	}
}
