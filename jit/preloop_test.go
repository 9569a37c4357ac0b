// preloop_test.go checks trace trees whose inlined side traces continue
// exits of the root's pre-loop (wasmgen/preloop.go, docs/jit.md
// "Fannkuch: short inner loops (session 15)"): a flips loop whose swap
// loop is unrolled for one trip count exits in its peeled iteration for
// every other count; those side traces must be carried inside the rebuilt
// root (before, only exits of the loop body were), and every program
// prints what the interpreter and CPython print, also with two table
// slots, where roots, side traces and rebuilt roots evict one another.

package jit

import (
	"bytes"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// preloopFlipsSrc is fannkuch's flips loop on its own: the swap loop runs
// 1 to 4 times per flip.
const preloopFlipsSrc = `
def flips(n, reps):
    total = 0
    checksum = 0
    perm = [0] * n
    for rep in range(reps):
        for i in range(n):
            perm[i] = (rep * 7 + i * 5 + rep // n) % n
        k = perm[0]
        f = 0
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            f += 1
            k = perm[0]
            if f > 40:
                break
        total += f
        checksum += f * (rep % 13)
    return total, checksum
print(flips(9, 3000))
print(flips(8, 500))
`

// preloopInlined counts the side traces carried inside a rebuilt root
// that continue an exit of its pre-loop.
func preloopInlined(j *JIT) int {
	n := 0
	for _, s := range j.live {
		r := s.inlinedIn
		if r == nil || s.parentLink <= 0 {
			continue
		}
		loop := r.t.LoopRef()
		for x := ir.Ref(1); x < loop; x++ {
			if in := r.t.Inst(x); int(in.Snap) == s.parentLink && in.Guarded() {
				n++
				break
			}
		}
	}
	return n
}

func TestPreloopSidesInlined(t *testing.T) {
	// Thresholds at which the flips loop is recorded with its swap loop
	// unrolled (at others the swap loop has its trace first and is called).
	preloopCase(t, fannkuchSrc, 20)
	preloopCase(t, fannkuchSrc, 200)
	preloopCase(t, preloopFlipsSrc, 50)
}

func preloopCase(t *testing.T, src string, threshold int) {
	want := run(t, src, nil, 0)
	checkCPython(t, src, want)
	{
		var small bytes.Buffer
		if got := run(t, src, New(Config{Log: &small, MaxModules: 2}), threshold); got != want {
			t.Fatalf("threshold %d, 2 slots: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, small.String())
		}
		var log bytes.Buffer
		j := New(Config{Log: &log, HotExit: 10})
		got := run(t, src, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		if n := preloopInlined(j); n == 0 || j.Stats().TraceTrees == 0 {
			t.Fatalf("threshold %d: %d trees, %d pre-loop side traces inside, want some\n%s", threshold, j.Stats().TraceTrees, n, log.String())
		}
	}
}
