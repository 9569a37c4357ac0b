package jit

import (
	"bytes"
	"strings"
	"testing"
)

// predictSrc has a generator whose loop yields at every iteration (on
// both branches of an if), one that yields on one branch only (a root
// trace covers the other, its exit to the yielding branch is refused a
// side trace), and one whose loop may go round without yielding through
// a `continue`.
const predictSrc = `
def both(n):
    for i in range(n):
        if i % 3:
            yield i
        else:
            yield -i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def skips(n):
    i = 0
    while i < n:
        i += 1
        if i % 5 == 0:
            continue
        yield i

t = 0
for v in both(5000):
    t += v
for v in evens(range(6000)):
    t += v
for v in skips(4000):
    t += v
print(t)
`

// TestYieldAbortsPredicted: loops and exits whose recordings would abort
// at a yield of the loop's own generator are blacklisted without a
// recording; a loop with a path round that does not yield is recorded.
func TestYieldAbortsPredicted(t *testing.T) {
	want := run(t, predictSrc, nil, 0)
	for _, threshold := range []int{1, 50} {
		var log bytes.Buffer
		j := New(Config{Log: &log, Payoff: threshold > 1})
		if got := run(t, predictSrc, j, threshold); got != want {
			t.Fatalf("threshold %d: JIT prints %q, interpreter %q\n%s", threshold, got, want, log.String())
		}
		lg := log.String()
		s := j.Stats()
		if !strings.Contains(lg, "blacklisted loop at prog.py:3: every iteration yields") {
			t.Errorf("threshold %d: both()'s loop not refused before recording\n%s", threshold, lg)
		}
		if n := s.AbortReasons["yield in the loop's own generator at prog.py:5"] + s.AbortReasons["yield in the loop's own generator at prog.py:7"]; n != 0 {
			t.Errorf("threshold %d: both()'s loop recorded %d times\n%s", threshold, n, lg)
		}
		if strings.Contains(lg, "blacklisted loop at prog.py:17: every iteration") || strings.Contains(lg, "blacklisted loop at prog.py:10: every iteration") {
			t.Errorf("threshold %d: evens() or skips() refused, whose loops go round without a yield\n%s", threshold, lg)
		}
		if threshold == 1 && !strings.Contains(lg, "its side trace would yield at") {
			t.Errorf("threshold %d: no yielding exit refused its side trace\n%s", threshold, lg)
		}
		for r, n := range s.AbortReasons {
			if strings.HasPrefix(r, "side trace: yield in the loop's own generator at") {
				t.Errorf("threshold %d: %d side trace recordings aborted at a yield (%s)\n%s", threshold, n, r, lg)
			}
		}
	}
}

// nonASCIISrc indexes an alphabet that is ASCII for the first calls (the
// trace is recorded then) and not ASCII for the last ones: the trace
// exits at its ASCII guard, and the side trace from there aborts at the
// index.
const nonASCIISrc = `
def words(n, seed, alpha):
    x = seed
    out = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out += len(alpha[x % len(alpha)])
    return out

t = 0
for alpha in ("abcdef", "xyz", "a\u00e9\u2603", "xy\U0001d11e"):
    for k in range(4):
        t += words(30000, k, alpha)
print(t)
`

// TestCertainSideAbortOnce: a side trace aborted at an index of a
// non-ASCII str is not recorded again from the same exit.
func TestCertainSideAbortOnce(t *testing.T) {
	want := run(t, nonASCIISrc, nil, 0)
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	if got := run(t, nonASCIISrc, j, 50); got != want {
		t.Fatalf("JIT prints %q, interpreter %q\n%s", got, want, log.String())
	}
	seen := map[string]bool{}
	aborts := 0
	for _, line := range strings.Split(log.String(), "\n") {
		if !strings.Contains(line, "side trace abort") || !strings.HasSuffix(line, "index of a non-ASCII str") {
			continue
		}
		aborts++
		exit := line[strings.Index(line, "(exit "):strings.Index(line, ", loop at")]
		if seen[exit] {
			t.Fatalf("%s recorded again after its non-ASCII abort\n%s", exit, log.String())
		}
		seen[exit] = true
	}
	if aborts == 0 {
		t.Fatalf("no side trace met a non-ASCII str: the test tests nothing\n%s", log.String())
	}
}
