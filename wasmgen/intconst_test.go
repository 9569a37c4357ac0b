// intconst_test.go checks the lowerings of intconst.go against ir.Exec on
// edge values: IMUL's overflow check by a constant and of two variables,
// and IFLOORDIV and IMOD by constants (powers of two and others, both
// signs).

package wasmgen

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
	"github.com/tetratelabs/wazero"
)

// intEdgeValues are operands around every boundary the lowerings test.
func intEdgeValues() []int64 {
	vs := []int64{0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 100, -100,
		1<<31 - 1, -(1 << 31), 1 << 31, -(1 << 31) - 1, 1 << 32, -(1 << 32),
		3037000499, 3037000500, -3037000499, -3037000500, 1 << 62, -(1 << 62),
		math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
		math.MaxInt64 / 3, math.MinInt64 / 3, math.MaxInt64/3 + 1, math.MinInt64/3 - 1,
		math.MaxInt64 / 7, math.MinInt64/7 - 1}
	r := rand.New(rand.NewSource(16))
	for range 40 {
		vs = append(vs, r.Int63()>>uint(r.Intn(63))*int64(1-2*r.Intn(2)))
	}
	return vs
}

// intOpTrace is r2 = op(r0, b) (b is r1 when c is nil, else the constant
// *c), guarded when guarded, then EXIT.
func intOpTrace(op ir.Op, c *int64, guarded bool) *ir.Trace {
	return intOpTraceSide(op, c, guarded, false)
}

// intOpTraceSide is intOpTrace with the constant as the left operand when
// left is set.
func intOpTraceSide(op ir.Op, c *int64, guarded, left bool) *ir.Trace {
	tr := ir.NewTrace("intop", 4)
	b := ir.NewBuilder(tr, ir.Options{})
	x := b.SLoad(0, ir.Int)
	var y ir.Ref
	if c != nil {
		y = b.KInt(*c)
	} else {
		y = b.SLoad(1, ir.Int)
	}
	s := b.AddSnap(ir.Snapshot{PC: 1})
	if left {
		x, y = y, x
	}
	var r ir.Ref
	if guarded {
		r = b.Guarded2(op, ir.Int, x, y, s)
	} else {
		r = b.Op2(op, ir.Int, x, y)
	}
	b.SStore(2, b.KTag(3), r)
	b.Exit(b.AddSnap(ir.Snapshot{PC: 2}))
	return tr
}

// runIntOp lowers tr once and runs it for each (a, b) pair, comparing the
// exit and the frame with ir.Exec.
func runIntOp(t *testing.T, rig *lowRig, tr *ir.Trace, pairs [][2]int64) {
	t.Helper()
	low, err := Lower(tr, rig.config())
	if err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	mod, err := rig.r.InstantiateWithConfig(rig.ctx, low.Wasm, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		t.Fatalf("instantiate: %v\n%s", err, tr)
	}
	defer mod.Close(rig.ctx)
	for _, p := range pairs {
		m := &ir.Machine{Mem: map[uint32]ir.Word{}, Top: irgen.HeapStart, Frame: []ir.Value{
			{Tag: 3, Bits: uint64(p[0])}, {Tag: 3, Bits: uint64(p[1])}, {}, {}}}
		ref := m.Clone()
		o, err := ir.Exec(tr, ref, 1)
		if err != nil {
			t.Fatalf("exec %v: %v", p, err)
		}
		rig.load(m)
		res, err := rig.enter.Call(rig.ctx, lowSlot, lowFrame, 1)
		if err != nil {
			t.Fatalf("call %v: %v\n%s", p, err, tr)
		}
		if pc := tr.Snap(ir.SnapID(uint32(res[0]) &^ SafepointFlag)).PC; pc != o.PC {
			t.Fatalf("%d, %d: wasm exits at pc %d, exec at %v\n%s", p[0], p[1], pc, o, tr)
		}
		if err := rig.compare(ref); err != nil {
			t.Fatalf("%d, %d: %v\n%s", p[0], p[1], err, tr)
		}
	}
}

func TestLowerIntConstOps(t *testing.T) {
	rig := newLowRig(t)
	vals := intEdgeValues()
	consts := []int64{1, 2, 4, 1 << 40, 1 << 62, 3, 7, 10, 1000003, -2, -3, -8, -10,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 3037000500, -3037000500}
	var withConst [][2]int64
	for _, v := range vals {
		withConst = append(withConst, [2]int64{v, 0})
	}
	for _, c := range append(consts, 0, -1, math.MaxInt64-1, math.MinInt64+2) {
		for _, op := range []ir.Op{ir.IMUL, ir.IFLOORDIV, ir.IMOD, ir.IADD, ir.ISUB} {
			for _, g := range []bool{false, true} {
				runIntOp(t, rig, intOpTrace(op, &c, g), withConst)
			}
		}
		for _, op := range []ir.Op{ir.IADD, ir.ISUB} {
			runIntOp(t, rig, intOpTraceSide(op, &c, true, true), withConst)
		}
	}
	var pairs [][2]int64
	for _, a := range vals {
		for _, b := range vals {
			pairs = append(pairs, [2]int64{a, b})
		}
	}
	runIntOp(t, rig, intOpTrace(ir.IMUL, nil, true), pairs)
}

// boundsTrace is ABC(r0, k) (ABC(k, r0) when indexConst), then r2 = 1,
// then EXIT.
func boundsTrace(k int64, indexConst bool) *ir.Trace {
	tr := ir.NewTrace("abc", 4)
	b := ir.NewBuilder(tr, ir.Options{})
	x := b.SLoad(0, ir.Int)
	s := b.AddSnap(ir.Snapshot{PC: 1})
	if indexConst {
		b.Bounds(b.KInt(k), x, s)
	} else {
		b.Bounds(x, b.KInt(k), s)
	}
	b.SStore(2, b.KTag(3), b.KInt(1))
	b.Exit(b.AddSnap(ir.Snapshot{PC: 2}))
	return tr
}

func TestLowerBoundsConst(t *testing.T) {
	rig := newLowRig(t)
	var vals [][2]int64
	for _, v := range intEdgeValues() {
		vals = append(vals, [2]int64{v, 0})
	}
	for _, k := range []int64{0, 1, 2, 3, 1000, -1, -5, math.MaxInt64, math.MinInt64} {
		for _, ic := range []bool{false, true} {
			runIntOp(t, rig, boundsTrace(k, ic), vals)
		}
	}
}

// TestMulConstBounds: the bounds are exact (the product of each bound
// fits, one step beyond overflows).
func TestMulConstBounds(t *testing.T) {
	for _, c := range []int64{-1, 2, -2, 3, -3, 7, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 3037000500} {
		lo, hi := mulConstBounds(c)
		for _, x := range []int64{lo, hi} {
			if _, ov := mulOverflows(x, c); ov {
				t.Errorf("c=%d: %d*c overflows", c, x)
			}
		}
		if lo > math.MinInt64 {
			if _, ov := mulOverflows(lo-1, c); !ov {
				t.Errorf("c=%d: %d*c fits, lo %d", c, lo-1, lo)
			}
		}
		if hi < math.MaxInt64 {
			if _, ov := mulOverflows(hi+1, c); !ov {
				t.Errorf("c=%d: %d*c fits, hi %d", c, hi+1, hi)
			}
		}
	}
}

// mulOverflows is the reference: the product and whether it overflowed.
func mulOverflows(a, b int64) (int64, bool) {
	r := a * b
	return r, a != 0 && (r/a != b || (a == -1 && b == math.MinInt64))
}
