package jit

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// priceLoopSrc is a range loop of float arithmetic (about 750 wasm
// instructions traced) running %N% iterations: its future is certain
// from its first hook call.
const priceLoopSrc = `
def f(n):
    a = 0.5
    b = 1.25
    c = 0.0
    for i in range(n):
        x = i * 0.5
        a = a * 0.999 + x * 0.001
        b = b * 0.998 + a * 0.002
        c = c + a * b - x * 0.0001
        if c > 1e9:
            c = 0.0
    return c


print(round(f(%N%), 3))
`

// Session 25's fit of what a module costs a short program, in loop
// bytecodes interpreted at the same moment (docs/jit.md "What a compile
// costs a short program (session 25)"): 0.45 ms + 1.65 us per wasm
// instruction of process CPU against the interpreter's 3.0 ns per loop
// bytecode.
const (
	fitFixedBytecodes    = 150000.0
	fitPerInstrBytecodes = 550.0
)

// TestRootPriceFit: a range loop whose certain future (its iterations
// left at its first hook call) saves less than the fitted cost of its
// trace's module is not compiled, and one with comfortably more is. The
// break-even is computed from the trace's own size and bytecodes (read
// from the log of a long run), so the test follows the emitted code. The
// price before session 25 (1.5 x compileCostNs: 1.05 ms + 2.25 us per
// instruction at 7 ns a bytecode, about 150,000 + 320 bytecodes per
// instruction) compiled the loop at 90% of the break-even.
func TestRootPriceFit(t *testing.T) {
	const threshold = 1039
	src := func(n int) string { return strings.ReplaceAll(priceLoopSrc, "%N%", strconv.Itoa(n)) }
	_, lg := runPayoffLogged(t, "long", src(1000000), threshold)
	m := regexp.MustCompile(`compiled trace_\d+ at prog.py:6: (\d+) bytecodes, .*?, (\d+) wasm instructions`).FindStringSubmatch(lg)
	if m == nil {
		t.Fatalf("a loop of 1,000,000 iterations was not compiled\n%s", lg)
	}
	bytecodes, _ := strconv.Atoi(m[1])
	instrs, _ := strconv.Atoi(m[2])
	// Iterations whose saving (savedShare of each bytecode) pays the fit.
	need := (fitFixedBytecodes + fitPerInstrBytecodes*float64(instrs)) / (float64(bytecodes) * savedShare)
	for _, c := range []struct {
		share   float64
		compile bool
	}{{0.9, false}, {2, true}} {
		n := threshold + int(c.share*need)
		j, lg := runPayoffLogged(t, "n "+strconv.Itoa(n), src(n), threshold)
		if compiled := j.Stats().TracesCompiled > 0; compiled != c.compile {
			t.Errorf("%d iterations (%.1f times the %.0f that pay a trace of %d wasm instructions, %d bytecodes): compiled %v, want %v\n%s",
				n, c.share, need, instrs, bytecodes, compiled, c.compile, lg)
		}
	}
}
