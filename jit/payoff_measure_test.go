package jit

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// measureGapSrc calls f, a range loop with two back-edges, for 3,000
// iterations, then runs other work, then calls f again for %N%.
const measureGapSrc = `
def f(n):
    t = 0
    for i in range(n):
        if i % 2:
            t += i // 7
        else:
            t += 1
    return t


def other(n):
    d = {}
    k = 0
    while k < n:
        d[k % 13] = d.get(k % 13, 0) + k
        k += 1
    return len(d)


print(f(3000))
print(other(4000))
print(f(%N%))
`

// TestMeasureOwnRuns: a loop's time per iteration is measured within one
// run of it (payoff_measure.go). Measured across the two calls of f (the
// other work in between counted as f's loop's) and across its two
// back-edges' hook calls, its certain future of 30,000 iterations was
// priced at four times its worth and compiled a trace that does not pay;
// a future of 300,000 pays at its own price.
func TestMeasureOwnRuns(t *testing.T) {
	loop := regexp.MustCompile(`compiled trace_\d+ at prog.py:4:`)
	for _, c := range []struct {
		n       string
		compile bool
	}{{"30000", false}, {"300000", true}} {
		_, lg := runPayoffLogged(t, "n "+c.n, strings.ReplaceAll(measureGapSrc, "%N%", c.n), 1039)
		if loop.MatchString(lg) != c.compile {
			t.Fatalf("n %s: f's loop compiled %v, want %v\n%s", c.n, !c.compile, c.compile, lg)
		}
	}
}

// TestBackEdges: backEdges counts every jump back to a loop's header,
// and loopAround sees the loop around an inner one. The code, by pc:
// 0 outer FORITER (exit 9), 1 inner FORITER (exit 8), 2 JUMPIFFALSE 6,
// 3 ADD, 4 JUMP 1, 5 NOP, 6 SUB, 7 JUMP 1, 8 JUMP 0, 9 RETURN.
func TestBackEdges(t *testing.T) {
	bx := func(op bytecode.Op, a, x int) bytecode.Instr { return bytecode.MakeBx(op, a, uint32(x)) }
	instrs := []bytecode.Instr{
		bx(bytecode.FORITER, 1, 9),
		bx(bytecode.FORITER, 3, 8),
		bx(bytecode.JUMPIFFALSE, 5, 6),
		bytecode.Make(bytecode.ADD, 6, 6, 5),
		bx(bytecode.JUMP, 0, 1),
		bytecode.Make(bytecode.NOP, 0, 0, 0),
		bytecode.Make(bytecode.SUB, 6, 6, 5),
		bx(bytecode.JUMP, 0, 1),
		bx(bytecode.JUMP, 0, 0),
		bytecode.Make(bytecode.RETURN, 6, 0, 0),
	}
	if n := backEdges(instrs, 1); n != 2 {
		t.Errorf("inner loop: %d back-edges, want 2", n)
	}
	if n := backEdges(instrs, 0); n != 1 {
		t.Errorf("outer loop: %d back-edges, want 1", n)
	}
	if !loopAround(instrs, 1) || loopAround(instrs, 0) {
		t.Errorf("loopAround: inner %v (want true), outer %v (want false)", loopAround(instrs, 1), loopAround(instrs, 0))
	}
}
