// link_test.go checks side traces that end at another loop's header and
// enter that loop's trace (docs/jit.md "Side traces", "Linking to other
// loops"): a loop nest whose short inner loops end many times must keep
// its exits out of Go, a trace that such side traces enter may be retired
// under them, and a cycle of traces entering each other must still let
// Ctrl-C in. Each test fails without the linking (exits reach Go, no hop
// is counted).

package jit

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// fannkuchSrc is tests/bench/fannkuch.py at n = 7: four short inner loops
// (copy, flip, swap, rotation) inside an outer loop whose path between
// them runs in side traces.
const fannkuchSrc = `
def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1

print(fannkuch(7))
`

// retiredTargetSrc: the first inner loop's end links to the second inner
// loop's trace (the outer loop cannot be traced: a dict store); G's type
// changes between calls, so traces are recorded again, and with a table
// of 3 or 4 slots eviction retires traces that side traces enter.
const retiredTargetSrc = `
def f(n):
    d = {}
    t = 0
    for k in range(n):
        d[k % 5] = t
        i = 0
        while i < 8:
            t += i
            i += 1
        j = 0
        while j < 4:
            t += G
            j += 1
    return t, d
G = 1
print(f(3000))
G = 1.5
print(f(3000))
G = 2
print(f(3000))
`

// checkCPython runs src under python3 (when installed) and compares with
// the interpreter's output want.
func checkCPython(t *testing.T, src, want string) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		return
	}
	cmd := exec.Command(py, "-c", src)
	cmd.Env = []string{"PYTHONHASHSEED=0"}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	if string(out) != want {
		t.Fatalf("interpreter differs from CPython\n--- python3\n%s\n--- interpreter\n%s", out, want)
	}
}

// TestLinkedSideTraces: fannkuch's inner loop ends become side traces
// that run the outer path and enter the next inner loop's trace. Without
// them about 15,000 exits reach Go at this size (every end of every
// inner loop entered from the interpreter). With them it is about 500 to
// 1,550: the count moved with the priming rules of session 12 (paths), so
// the bound is 2,000, still far below the unlinked 15,000.
func TestLinkedSideTraces(t *testing.T) {
	want := run(t, fannkuchSrc, nil, 0)
	checkCPython(t, fannkuchSrc, want)
	for _, goHops := range []bool{false, true} {
		for _, threshold := range []int{50, 7} {
			var log bytes.Buffer
			j := New(Config{Log: &log, GoHops: goHops, HotExit: 10}) // exit bounds assume 10
			if got := run(t, fannkuchSrc, j, threshold); got != want {
				t.Fatalf("threshold %d, hops in Go %v: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, goHops, want, got, log.String())
			}
			s := j.Stats()
			t.Logf("threshold %d, hops in Go %v: %d linked side traces, %d hops, %d exits to Go", threshold, goHops, s.LinkedSides, s.TraceHops, s.GuardExits)
			if s.LinkedSides < 2 || s.TraceHops < 1000 || s.GuardExits > 2000 {
				t.Fatalf("threshold %d, hops in Go %v: %d linked side traces (want >= 2), %d hops (want >= 1000), %d exits to Go (want <= 2000)\n%s",
					threshold, goHops, s.LinkedSides, s.TraceHops, s.GuardExits, log.String())
			}
		}
	}
}

// TestLinkTargetRetired: retiring a trace that side traces enter retires
// those side traces first (their result names its table slot, which the
// next trace compiled may take); the output stays CPython's.
func TestLinkTargetRetired(t *testing.T) {
	want := run(t, retiredTargetSrc, nil, 0)
	checkCPython(t, retiredTargetSrc, want)
	for _, mods := range []int{3, 4} {
		var log bytes.Buffer
		j := New(Config{Log: &log, MaxModules: mods, GoHops: mods == 4})
		if got := run(t, retiredTargetSrc, j, 50); got != want {
			t.Fatalf("modules %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", mods, want, got, log.String())
		}
		lg := log.String()
		entering := regexp.MustCompile(`compiled side trace (trace_\d+) .*entering (trace_\d+)`).FindAllStringSubmatch(lg, -1)
		ok := false
		for _, m := range entering {
			side, target := strings.Index(lg, "retired "+m[1]+" "), strings.Index(lg, "retired "+m[2]+" ")
			if target > 0 && side > 0 && side < target {
				ok = true
			}
			if target > 0 && (side < 0 || side > target) {
				t.Fatalf("modules %d: %s retired, but not %s, which enters it, before it\n%s", mods, m[2], m[1], lg)
			}
		}
		if !ok || j.Stats().TraceHops == 0 {
			t.Fatalf("modules %d: no retired trace that a side trace entered, or no hop (%d)\n%s", mods, j.Stats().TraceHops, lg)
		}
	}
}
