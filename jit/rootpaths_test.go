package jit

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// pathsSrc is payoff_pathwake's schedule (sidefuture_test.go's
// pathwakeSrc) run first 3,000 times with eight jobs, as the corpus
// program does, then n times: the outer loop's recordings take different
// paths, its inner loop breaking at whichever job is ready.
func pathsSrc(n int) string {
	seven := "jobs = [Job(k % 5) for k in range(7)]"
	s := strings.Replace(pathwakeSrc, seven, "jobs = [Job(k % 5) for k in range(8)]\nprint(schedule(jobs, 3000), [jb.done for jb in jobs])\n"+seven, 1)
	return strings.Replace(s, "schedule(jobs, 40000)", fmt.Sprintf("schedule(jobs, %d)", n), 1)
}

// TestNewPathDefersRoot checks the root decision for a loop whose two
// recordings took different paths: run 40,000 times (as payoff_pathwake
// does) the second recording is priced with half its iterations staying
// and is deferred, and nothing is compiled for the rest of that run;
// run 400,000 times it pays even so and is compiled. Before session 32
// the 40,000 run compiled its root (and then four side traces) on the
// first recording's path.
func TestNewPathDefersRoot(t *testing.T) {
	for _, c := range []struct {
		n       int
		compile bool
	}{{40000, false}, {400000, true}} {
		checkRootDecision(t, pathsSrc(c.n), c.n, c.compile, "a new path (0.50 of the recordings took it)")
	}
}

// checkRootDecision runs src (its loop run n times) with the payoff rule
// and checks that it prints what the interpreter prints, that it compiles
// a trace exactly when compile says so, and that a run that compiles
// nothing logs deferral, the deferral it is to make.
func checkRootDecision(t *testing.T, src string, n int, compile bool, deferral string) {
	t.Helper()
	want := run(t, src, nil, 0)
	var log bytes.Buffer
	j := New(Config{Payoff: true, Log: &log})
	if got := run(t, src, j, 0); got != want {
		t.Fatalf("n=%d: JIT prints %q, interpreter %q", n, got, want)
	}
	if compiled := j.Stats().TracesCompiled > 0; compiled != compile {
		t.Errorf("n=%d: traces compiled %d, want compiled %v; log:\n%s", n, j.Stats().TracesCompiled, compile, log.String())
	}
	if !compile && !strings.Contains(log.String(), deferral) {
		t.Errorf("n=%d: no deferral %q; log:\n%s", n, deferral, log.String())
	}
}

// TestStayShare checks the share of samples that took the last path.
func TestStayShare(t *testing.T) {
	for _, c := range []struct {
		paths []uint64
		want  float64
	}{{nil, 1}, {[]uint64{7}, 1}, {[]uint64{7, 7, 7}, 1}, {[]uint64{7, 9}, 0.5}, {[]uint64{9, 7, 9, 9}, 0.75}, {[]uint64{1, 2, 3}, 1.0 / 3}} {
		lp := &loop{paths: c.paths}
		if got := lp.stayShare(); got != c.want {
			t.Errorf("stayShare(%v) = %v, want %v", c.paths, got, c.want)
		}
	}
}

// mixedSrc is lead_break_last's mixed_positions: the inner loop breaks
// at another item by the outer index's residues mod 3 and 5, so that
// recordings a hook call apart (a threshold of iterations, a multiple of
// neither's period only by chance) may take the same path while
// consecutive iterations do not.
const mixedSrc = `
def mixed_positions(rounds):
    hits = [0, 0, 0]
    for i in range(rounds):
        stop = 4 if i %% 3 else 5
        if i %% 5 == 0:
            stop = 9
        for t in (0, 1, 2, 3, 4, 5):
            if t == stop:
                hits[0] += t
                break
        else:
            hits[1] += 1
        hits[2] += 1
    return hits
print(mixed_positions(%d))
`

// TestOneSampleRecordsAgain checks deferOneSample: a loop whose first
// recording pays only if every iteration takes its path is recorded
// again at its next iteration, which here takes another path, and is
// deferred (30,000 rounds); run 600,000 times it pays even at one half
// and compiles. Before session 32 the 30,000 run compiled its root on
// the one sample (and three side traces after it).
func TestOneSampleRecordsAgain(t *testing.T) {
	for _, c := range []struct {
		n       int
		compile bool
	}{{30000, false}, {600000, true}} {
		checkRootDecision(t, fmt.Sprintf(mixedSrc, c.n), c.n, c.compile, "one path sampled")
	}
}
