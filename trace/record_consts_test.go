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
