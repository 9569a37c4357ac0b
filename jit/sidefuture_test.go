package jit

import (
	"regexp"
	"strconv"
	"testing"
)

// pathwakeSrc is jit/payoff_pathwake's schedule: a range loop of 40,000
// iterations whose inner loop over seven jobs leaves by a break at the
// first ready job, a different one from iteration to iteration, so that
// nearly every iteration of the root trace leaves it by one of a few
// exits to Go until side traces take them.
const pathwakeSrc = `
class Job:
    def __init__(self, p):
        self.p = p
        self.done = 0

    def ready(self):
        return self.p > 2

    def run(self):
        self.done += 1
        return self.done


def schedule(jobs, n):
    found = 0
    for k in range(n):
        for jb in jobs:
            if jb.ready():
                found += jb.run()
                break
        jb = jobs[k % len(jobs)]
        jb.p = (jb.p + 1) % 5
    return found


jobs = [Job(k % 5) for k in range(7)]
print(schedule(jobs, 40000), [jb.done for jb in jobs])
`

var sideFutureLine = regexp.MustCompile(`pays by its certain future: (\d+) more exits`)

// TestSideFutureAtMostLeft: an exit is taken at most once an iteration of
// its root loop, so the certain future sideFuture credits a side trace
// of schedule's root is at most the 40,000 iterations of its range. Its
// rate was the exit's count over the iterations the root trace finished,
// which left out the iterations that ended in exits to Go: the first
// side trace was credited 132,720 exits (30 in 9 finished iterations,
// with 58 exits to Go); counted over every pass of the header, 17,828.
func TestSideFutureAtMostLeft(t *testing.T) {
	_, lg := runPayoffLogged(t, "schedule", pathwakeSrc, 1039) // payoff_budget_test.go
	ms := sideFutureLine.FindAllStringSubmatch(lg, -1)
	if len(ms) == 0 {
		t.Fatalf("no side trace compiled on its certain future\n%s", lg)
	}
	for _, m := range ms {
		if n, _ := strconv.Atoi(m[1]); n > 40000 {
			t.Errorf("a side trace was credited %d more exits of a loop of 40,000 iterations", n)
		}
	}
}

// TestHeaderPasses: a root's header passes are its finished iterations
// and its tree's exits to Go.
func TestHeaderPasses(t *testing.T) {
	j := &JIT{}
	root := &compiled{name: "root", iters: 9}
	root.root = root
	if n := j.headerPasses(root); n != 9 {
		t.Fatalf("%d passes with no exit, want 9", n)
	}
	j.ledgerOf(root).exits = 58
	if n := j.headerPasses(root); n != 67 {
		t.Fatalf("%d passes, want 67", n)
	}
}
