package jit

import (
	"bytes"
	"strings"
	"testing"
)

// whileNestSrc is a while loop nest in a function; a test appends the
// call (TestLoopFuncPayoff, TestLoopFuncLoweredLate).
const whileNestSrc = `
def f(n, m):
    s = 0
    k = 0
    while k < n:
        j = 0
        while j < m:
            s += (k ^ j) & 7
            j += 1
        k += 1
    return s
`

// TestLoopFuncPayoff checks the loop-function payoff rule
// (loopfunc_payoff.go) at a loop threshold above 1: a nest whose whole
// run is a few thousand iterations is never compiled (its loops are
// interpreted, not traced), a nest whose outer range loop has many
// iterations left is compiled at its first hot header, and a while nest
// that keeps going is compiled once it has run long enough; without
// Config.Payoff and in forced-hot mode the short nest is compiled at
// once, as before. A range nest with a return inside is not compiled on
// its range's iterations left (loopPlan.returnsInside): the return ends
// it first. Every run prints what the interpreter prints.
func TestLoopFuncPayoff(t *testing.T) {
	nest := whileNestSrc
	rangeNest := `
def f(n, m):
    s = 0
    for k in range(n):
        for j in range(m):
            s += (k ^ j) & 7
    return s
`
	// The nest of jit/leave_return's early_exit: its range promises a
	// million outer iterations, its return ends it after about 1,600.
	returnNest := `
def f(n, m):
    s = 0
    for k in range(n):
        j = 0
        while j < m:
            s += k ^ j
            if s > 10 ** 7:
                return k, j, s
            j += 1
    return s
`
	cases := []struct {
		name      string
		src       string
		payoff    bool
		threshold int
		compiled  bool
		interpMax uint64 // most bytecodes interpreted (0: no bound)
	}{
		{"short", nest + "print(f(40, 100))\n", true, 50, false, 0},
		{"short no payoff", nest + "print(f(40, 100))\n", false, 50, true, 0},
		{"short forced", nest + "print(f(40, 100))\n", true, 1, true, 0},
		{"long range", rangeNest + "print(f(20000, 30))\n", true, 50, true, 20000},
		{"long while", nest + "print(f(20000, 30))\n", true, 50, true, 0},
		{"range left by return", returnNest + "print(f(10 ** 6, 8))\n", true, 50, false, 0},
		{"range left by return forced", returnNest + "print(f(10 ** 6, 8))\n", true, 1, true, 0},
	}
	for _, c := range cases {
		want, all := runCounting(t, c.src, nil, 0)
		var log bytes.Buffer
		j := New(Config{Log: &log, LoopFuncs: true, Payoff: c.payoff})
		got, interp := runCounting(t, c.src, j, c.threshold)
		if got != want {
			t.Fatalf("%s: JIT prints %q, interpreter %q\n%s", c.name, got, want, log.String())
		}
		st := j.Stats()
		if (st.LoopFuncs.Compiled > 0) != c.compiled {
			t.Fatalf("%s: %d loop functions compiled, want compiled %v\n%s", c.name, st.LoopFuncs.Compiled, c.compiled, log.String())
		}
		if !c.compiled && (st.TracesCompiled != 0 || st.TraceEntries != 0) {
			t.Fatalf("%s: %d traces compiled while the loop function waited: its loops must be interpreted\n%s", c.name, st.TracesCompiled, log.String())
		}
		if c.interpMax > 0 && interp > c.interpMax {
			t.Fatalf("%s: %d of %d bytecodes interpreted, want at most %d (compiled at the first hot header)\n%s", c.name, interp, all, c.interpMax, log.String())
		}
		if c.name == "long while" && interp*4 > all {
			t.Fatalf("%s: %d of %d bytecodes interpreted: compiled too late\n%s", c.name, interp, all, log.String())
		}
	}
}

// TestLoopFuncUnwrittenRegs: exits skip the registers no compiled
// instruction writes (the frame holds them), but every entry still checks
// their kinds: a function compiled with int arguments and called again
// with big ones is refused, not run on their pointers.
func TestLoopFuncUnwrittenRegs(t *testing.T) {
	src := `
def stepped(a, b, c):
    s = 0
    for rep in range(2):
        for i in range(a, b, c):
            s = s * 3 + i
            s %= 1000003
    return s

print(stepped(0, 100, 7))
print(stepped(0, 2 ** 65, 2 ** 63))
print(stepped(0, 3000, 7))
`
	js := loopFuncRun(t, src, 1, 7)
	if st := js[0].Stats(); st.LoopFuncs.Compiled != 1 {
		t.Fatalf("threshold 1: %d loop functions compiled, want 1", st.LoopFuncs.Compiled)
	}
}

// TestLoopFuncOuterExit: a loop the analysis does not reach back to,
// because an exit (max(), not compiled) lies on its way round, still
// holds the compiled inner loops; every entry would leave at that exit,
// so the function is refused with the exit's reason, not compiled and
// dropped.
func TestLoopFuncOuterExit(t *testing.T) {
	src := `
def rounds(n):
    most = 0
    r = 0
    while True:
        k = r
        f = 0
        while k > 0:
            j = k
            while j > 1:
                j = j // 3
                f += 1
            k = k // 2
            f += 1
        most = max(most, f)
        r += 1
        if r == n:
            return most

print(rounds(3000))
`
	for _, j := range loopFuncRun(t, src, 1, 7) {
		st := j.Stats()
		if st.LoopFuncs.Compiled != 0 {
			t.Fatalf("loop functions %+v: want none", st.LoopFuncs)
		}
		found := false
		for reason := range st.AbortReasons {
			found = found || strings.Contains(reason, "loop function: LOADGLOBAL in a loop")
		}
		if !found {
			t.Fatalf("want the max() exit as the refusal in %v", st.AbortReasons)
		}
	}
}

// TestLoopFuncOuterMinDone: a sieve's outer loop does most of its work in
// its first iterations (i = 2: half the array), so one outer iteration is
// no measure of the ones left; the loop function (lang/algorithms' sieve,
// a 2.6 KB module) is not compiled on that extrapolation (lfOuterMinDone)
// and the sieve stays interpreted. It was compiled at i = 3 for the last
// tenth of the work. (A sieve whose module is smaller, 1.7 KB when it
// returns sum(is_p), still compiles at i = 13: the average of the first
// outer iterations is still ten times that of the rest.)
func TestLoopFuncOuterMinDone(t *testing.T) {
	src := `
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]

print(len(sieve(10000)))
`
	want, _ := runCounting(t, src, nil, 0)
	var log bytes.Buffer
	j := New(Config{Log: &log, LoopFuncs: true, Payoff: true})
	got, _ := runCounting(t, src, j, 1039)
	if got != want {
		t.Fatalf("JIT prints %q, interpreter %q\n%s", got, want, log.String())
	}
	if !strings.Contains(log.String(), "planned loop function sieve") {
		t.Fatalf("sieve not planned\n%s", log.String())
	}
	if n := j.Stats().LoopFuncs.Compiled; n != 0 {
		t.Fatalf("%d loop functions compiled for a sieve at its end\n%s", n, log.String())
	}
}
