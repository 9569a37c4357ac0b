// boundsmask_test.go checks ABC against a masked length (pairload.go's
// boundsLoaded, docs/jit.md "Combined compares (session 29)").

package wasmgen

import (
	"math"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// maskedBoundsTrace is n = r1 & mask, ABC(r0, n), r2 = n, then EXIT.
func maskedBoundsTrace(mask int64) *ir.Trace {
	tr := ir.NewTrace("abcmask", 4)
	b := ir.NewBuilder(tr, ir.Options{})
	x := b.SLoad(0, ir.Int)
	n := b.Op2(ir.IAND, ir.Int, b.SLoad(1, ir.Int), b.KInt(mask))
	b.Bounds(x, n, b.AddSnap(ir.Snapshot{PC: 1}))
	b.SStore(2, b.KTag(3), n)
	b.Exit(b.AddSnap(ir.Snapshot{PC: 2}))
	return tr
}

// TestLowerBoundsMaskedLength: with a non-negative mask the bounds check
// is one unsigned compare (fewer instructions emitted than with a
// negative mask, which keeps the generic two compares), priced as the
// generic code, and exits exactly where ir.Exec does.
func TestLowerBoundsMaskedLength(t *testing.T) {
	rig := newLowRig(t)
	vals := []int64{0, 1, -1, 2, 5, 6, 7, 100, -100, 1<<32 - 1, 1 << 32, 1<<32 + 3,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 5, -(1 << 32)}
	var pairs [][2]int64
	for _, a := range vals {
		for _, b := range vals {
			pairs = append(pairs, [2]int64{a, b})
		}
	}
	masks := []int64{0xffffffff, 6, 0, math.MaxInt64, -2, -1 << 32, math.MinInt64}
	for _, m := range masks {
		runIntOp(t, rig, maskedBoundsTrace(m), pairs)
	}
	lower := func(mask int64) *Lowered {
		low, err := Lower(maskedBoundsTrace(mask), rig.config())
		if err != nil {
			t.Fatal(err)
		}
		return low
	}
	fast, generic := lower(0xffffffff), lower(-2)
	if fast.Emitted >= generic.Emitted {
		t.Errorf("masked length: %d instructions emitted, generic %d: want fewer", fast.Emitted, generic.Emitted)
	}
	if fast.Instrs != generic.Instrs {
		t.Errorf("masked length priced %d, generic %d: want the same", fast.Instrs, generic.Instrs)
	}
}
