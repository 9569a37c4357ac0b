package jit

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// lowerDeferSrc has a pair loop whose first recording is guessed small
// enough to pay (about 980 wasm instructions) and whose second, at the
// next hot check, lowers to about 1,500 and is deferred after lowering
// (compile's check of a guessed size); nothing else in it gets hot.
const lowerDeferSrc = `def step(bodies, pairs, n):
    for _ in range(n):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            d = p1[0] - p2[0]
            v1[0] -= d * m2
            v2[0] += d * m1


` + pairsMakeSrc + `

bodies, pairs = make(5)
step(bodies, pairs, 3000)
print(" ".join("%.9f" % b[1][0] for b in bodies))
`

// TestNoRuntimeForLowerDeferral: a root recording let through on its
// guessed size that the check after lowering may still defer does not
// start the wasm runtime beside its lowering (prepareEarly): when the
// check defers it and nothing else compiles, no runtime is set up.
func TestNoRuntimeForLowerDeferral(t *testing.T) {
	want, _ := runCounting(t, lowerDeferSrc, nil, 0)
	var log bytes.Buffer
	j := New(Config{Log: &log, Async: true, Payoff: true, SpareCore: func() bool { return true }})
	got, _ := runCounting(t, lowerDeferSrc, j, 0)
	if got != want {
		t.Fatalf("JIT prints %q, interpreter %q\n%s", got, want, log.String())
	}
	lg := log.String()
	if !regexp.MustCompile(`deferred trace at prog.py:3: \d+ wasm instructions`).MatchString(lg) || strings.Contains(lg, "compiled") {
		t.Fatalf("want a trace deferred after lowering and none compiled\n%s", lg)
	}
	if j.w != nil || j.async.rt != nil {
		t.Fatalf("wasm runtime set up for a trace deferred after lowering\n%s", lg)
	}
}
