package trace

import (
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// TestPrologueConstRegs checks that int loop constants whose registers
// the code before the loop also used (range(n)'s argument shares the
// register of the hoisted 0 here, as in nbody) are constants of the trace:
// every subscript of v is by a constant index, so none needs the
// index >= 0 guard of a variable index.
func TestPrologueConstRegs(t *testing.T) {
	src := `
def f(vs, n, x):
    s = 0.0
    for _ in range(n):
        for v in vs:
            v[0] -= x * 1.5
            v[1] -= x
            s += v[2] * 2.0
    return s
vs = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
print(f(vs, 200, 0.5))
`
	h := recordAll(t, src)
	found := false
	for _, rec := range h.traces {
		tr := rec.Trace
		constIdx := count(tr, func(in *ir.Inst) bool { return in.Op == ir.ABC && in.A.IsConst() })
		nonNeg := count(tr, func(in *ir.Inst) bool {
			return in.Op == ir.GCMP && in.Cond() == ir.GE && in.B.IsConst() && tr.Const(in.B).Int() == 0
		})
		if constIdx < 3 {
			continue // the outer loop's trace
		}
		found = true
		if nonNeg != 0 {
			t.Errorf("%d index >= 0 guards, %d bounds checks by a constant index:\n%s", nonNeg, constIdx, tr)
		}
	}
	if !found {
		t.Fatalf("no trace with the constant subscripts; aborts %v", h.aborts)
	}
}

// TestConstRegsAfterOtherWrites checks that a loop constant's register
// counts as one when the code before the loop wrote it with other
// values after loading other constants into it: here the register that
// holds the hoisted 3 of `i % 3` first carried the argument 1 of A(1),
// then a class and a call's result, before the loop's LOADCONST. Its
// last writes before the loop are constants, so every `% 3` and `* 7` of
// the trace is by an IR constant (jit/hunt_alias's alias_attr: the
// divisor read from the frame kept the zero and -1 checks of a variable
// divisor in every iteration).
func TestConstRegsAfterOtherWrites(t *testing.T) {
	src := `
class A:
    def __init__(self, v):
        self.v = v
def f(n):
    objs = [A(1), A(2), A(3)]
    s = 0
    for i in range(n):
        p = objs[i % 3]
        s += p.v * 7
    return s
print(f(300))
`
	h := recordAll(t, src)
	found := false
	for _, rec := range h.traces {
		tr := rec.Trace
		byConst := count(tr, func(in *ir.Inst) bool { return (in.Op == ir.IMOD || in.Op == ir.IMUL) && in.B.IsConst() })
		byReg := count(tr, func(in *ir.Inst) bool {
			return (in.Op == ir.IMOD || in.Op == ir.IMUL) && !in.B.IsConst() && !in.A.IsConst()
		})
		if byConst+byReg == 0 {
			continue
		}
		found = true
		if byReg != 0 || byConst < 2 {
			t.Errorf("%d IMOD/IMUL by a constant, %d by a register:\n%s", byConst, byReg, tr)
		}
	}
	if !found {
		t.Fatalf("no trace with the loop's IMOD; aborts %v", h.aborts)
	}
}
