// passes_test.go tests each pass on small hand-built traces: the shape of
// the result (what was removed, hoisted, sunk) and, by running both
// versions in the reference interpreter, that nothing observable changed.

package opt

import (
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
)

const (
	tagInt = 3
	tagRec = 0x80
)

// raw starts a trace recorded without any folding.
func raw() (*ir.Trace, *ir.Builder) {
	t := ir.NewTrace("test", 8)
	return t, ir.NewBuilder(t, ir.Options{})
}

// machine returns a frame of ints (register i holds vals[i]) and a heap
// with one record at 4096 (int field 5, version 1).
func machine(vals ...int64) *ir.Machine {
	m := &ir.Machine{Mem: map[uint32]ir.Word{}, Top: 4096, Helpers: irgen.Helpers()}
	m.Alloc(ir.AllocDesc{Name: "rec", NumVals: 2, Raw: 8})
	m.Mem[4096+irgen.RecInt] = ir.Word{Bits: 5}
	m.Mem[4096+irgen.RecVersion] = ir.Word{Bits: 1}
	m.Frame = make([]ir.Value, 8)
	for i, v := range vals {
		m.Frame[i] = ir.Value{Tag: tagInt, Bits: uint64(v)}
	}
	return m
}

func mustSame(t *testing.T, before, after *ir.Trace, m *ir.Machine, iters int) {
	t.Helper()
	c := irgen.Case{Trace: before, Machine: m, InitTop: m.Top}
	ok, err := checkSame(c, before, after, iters)
	if err != nil {
		t.Fatalf("%v\nbefore:\n%s\nafter:\n%s", err, before, after)
	}
	if !ok {
		t.Fatalf("the original trace failed to run\n%s", before)
	}
}

func count(t *ir.Trace, op ir.Op) int {
	n := 0
	for r := ir.Ref(1); r < t.Len(); r++ {
		if t.Inst(r).Op == op {
			n++
		}
	}
	return n
}

func snapAt(b *ir.Builder, pc int32, entries ...ir.SnapEntry) ir.SnapID {
	return b.AddSnap(ir.Snapshot{PC: pc, Entries: entries})
}

func TestFoldConstantsAndIdentities(t *testing.T) {
	tr, b := raw()
	s := snapAt(b, 1)
	x := b.SLoad(0, ir.Int)
	k := b.Op2(ir.IADD, ir.Int, b.KInt(2), b.KInt(3))          // 5
	y := b.Op2(ir.IMUL, ir.Int, x, b.KInt(1))                  // x
	z := b.Op2(ir.ISUB, ir.Int, y, x)                          // 0
	w := b.Guarded2(ir.IADD, ir.Int, z, k, s)                  // 5
	v := b.Guarded2(ir.IFLOORDIV, ir.Int, x, b.KInt(-7), s)    // Python // by a constant: no zero guard left
	f := b.Op2(ir.FADD, ir.Float, b.KFloat(-7.5), b.KFloat(2)) // -5.5
	fm := b.Guarded2(ir.FMOD, ir.Float, f, b.KFloat(2), s)     // Python: 0.5
	b.Guard(ir.LT, k, b.KInt(10), s)                           // always true: dropped
	g := b.Guarded2(ir.IADD, ir.Int, b.KInt(1<<62), b.KInt(1<<62), s)
	tr.Snaps = append(tr.Snaps, ir.Snapshot{PC: 9, Entries: []ir.SnapEntry{
		{Slot: 1, Tag: b.KTag(tagInt), Val: w}, {Slot: 2, Tag: b.KTag(tagInt), Val: v},
		{Slot: 3, Tag: b.KTag(4), Val: fm}, {Slot: 4, Tag: b.KTag(tagInt), Val: g}}})
	b.Exit(ir.SnapID(len(tr.Snaps) - 1))
	if err := ir.Verify(tr); err != nil {
		t.Fatal(err)
	}
	out := DCE(Fold(tr))
	text := out.String()
	for _, want := range []string{"3:t4|+0.5", "1:t3|+5", "IFLOORDIV    0001 -7\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if count(out, ir.GCMP) != 0 || count(out, ir.IMUL) != 0 {
		t.Errorf("guard or identity left:\n%s", text)
	}
	if !strings.Contains(text, "> int  IADD") {
		t.Errorf("an overflowing constant add must stay a guard:\n%s", text)
	}
	for _, v := range []int64{0, 22, -22} {
		mustSame(t, tr, out, machine(v), 1)
	}
}

func TestCSEGuardsAndValues(t *testing.T) {
	tr, b := raw()
	s := snapAt(b, 1)
	x := b.SLoad(0, ir.Int)
	a1 := b.Guarded2(ir.IMUL, ir.Int, x, x, s)
	a2 := b.Guarded2(ir.IMUL, ir.Int, x, x, s)
	a3 := b.Op2(ir.IMUL, ir.Int, x, x) // the guarded twin proves it equal
	b.Guard(ir.LT, x, b.KInt(100), s)
	b.Guard(ir.LT, x, b.KInt(100), s)
	sum := b.Op2(ir.IADD, ir.Int, b.Op2(ir.IADD, ir.Int, a1, a2), a3)
	b.Exit(b.AddSnap(ir.Snapshot{PC: 2, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(tagInt), Val: sum}}}))
	out := DCE(CSE(tr))
	if count(out, ir.IMUL) != 1 || count(out, ir.GCMP) != 1 {
		t.Errorf("CSE left duplicates:\n%s", out)
	}
	for _, v := range []int64{3, 200, 1 << 40} {
		mustSame(t, tr, out, machine(v), 1)
	}
}

func TestForwardingAndCalls(t *testing.T) {
	tr, b := raw()
	s := snapAt(b, 1)
	rec := b.KPtr(4096)
	x := b.SLoad(0, ir.Int)
	b.FStore(rec, irgen.RecInt, x, irgen.ClassRecInt)
	l1 := b.FLoad(ir.Int, rec, irgen.RecInt, irgen.ClassRecInt) // = x
	l2 := b.FLoad(ir.Int, rec, irgen.RecVersion, irgen.ClassVersion)
	// Helper indexes follow irgen.Helpers: 0 mix, 1 peek, 2 poke.
	b.AddHelper(ir.HelperSig{Name: "mix", Args: []ir.Type{ir.Int, ir.Int}, Result: ir.Int, Effect: ir.Pure})
	peek := b.AddHelper(ir.HelperSig{Name: "peek", Args: []ir.Type{ir.Ptr}, Result: ir.Int, Effect: ir.Reads})
	poke := b.AddHelper(ir.HelperSig{Name: "poke", Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Int, Effect: ir.Writes})
	c := b.Call(peek, ir.NoSnap, rec)
	l3 := b.FLoad(ir.Int, rec, irgen.RecVersion, irgen.ClassVersion) // a Reads call kills nothing: = l2
	b.Call(poke, ir.NoSnap, rec, x)                                  // poke writes
	l4 := b.FLoad(ir.Int, rec, irgen.RecVersion, irgen.ClassVersion) // must be reloaded
	b.Guard(ir.EQ, l4, b.KInt(2), s)
	sum := b.Op2(ir.IADD, ir.Int, b.Op2(ir.IADD, ir.Int, l1, l3), c)
	b.Exit(b.AddSnap(ir.Snapshot{PC: 2, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(tagInt), Val: sum}, {Slot: 2, Tag: b.KTag(tagInt), Val: l2}}}))
	out := DCE(Forward(tr))
	if count(out, ir.FLOAD) != 2 {
		t.Errorf("want 2 loads left (version before and after the writing call):\n%s", out)
	}
	for _, v := range []int64{3, -9} {
		mustSame(t, tr, out, machine(v), 1)
	}
}

func TestGuardsRangesAndBounds(t *testing.T) {
	tr, b := raw()
	s := snapAt(b, 1)
	tag := b.SLoad(0, ir.Tag)
	b.Guard(ir.EQ, tag, b.KTag(tagInt), s)
	b.Guard(ir.NE, tag, b.KTag(4), s) // implied by the tag being 3
	b.Guard(ir.EQ, tag, b.KTag(tagInt), snapAt(b, 2))
	i := b.SLoad(0, ir.Int)
	n := b.SLoad(1, ir.Int)
	b.Guard(ir.LT, i, n, s)
	next := b.Guarded2(ir.IADD, ir.Int, i, b.KInt(1), s) // cannot overflow: i < n
	b.Bounds(b.Guarded2(ir.IADD, ir.Int, i, b.KInt(2), s), n, s)
	b.Bounds(i, n, s)
	b.Bounds(b.Guarded2(ir.IADD, ir.Int, i, b.KInt(1), s), n, s) // between i+0 and i+2: implied
	b.Guard(ir.GE, i, b.KInt(0), s)                              // implied by the bounds checks
	b.Exit(b.AddSnap(ir.Snapshot{PC: 3, Entries: []ir.SnapEntry{{Slot: 2, Tag: b.KTag(tagInt), Val: next}}}))
	out := DCE(Guards(CSE(tr)))
	if got := count(out, ir.ABC); got != 2 {
		t.Errorf("want 2 bounds checks, got %d:\n%s", got, out)
	}
	if got := count(out, ir.GCMP); got != 2 {
		t.Errorf("want 2 guards (tag, i < n), got %d:\n%s", got, out)
	}
	if strings.Contains(out.String(), "> int  IADD         0002 +1") {
		t.Errorf("i+1 kept its overflow guard:\n%s", out)
	}
	for _, v := range [][]int64{{0, 5}, {3, 5}, {4, 5}, {-1, 5}, {9, 5}, {5, 5}} {
		mustSame(t, tr, out, machine(v...), 1)
	}
}

// counterLoop records `while i < n: total += i * k; i += 1` with k read
// from a record's field each iteration (loop-invariant).
func counterLoop() *ir.Trace {
	tr, b := raw()
	rec := b.KPtr(4096)
	for slot := int32(0); slot < 3; slot++ {
		b.Guard(ir.EQ, b.SLoad(slot, ir.Tag), b.KTag(tagInt), snapAt(b, 1))
	}
	i, n, total := b.SLoad(0, ir.Int), b.SLoad(1, ir.Int), b.SLoad(2, ir.Int)
	s := snapAt(b, 2)
	b.Guard(ir.LT, i, n, s)
	v := b.FLoad(ir.Int, rec, irgen.RecVersion, irgen.ClassVersion)
	b.Guard(ir.EQ, v, b.KInt(1), s)
	k := b.FLoad(ir.Int, rec, irgen.RecInt, irgen.ClassRecInt)
	p := b.Guarded2(ir.IMUL, ir.Int, i, k, s)
	t2 := b.Guarded2(ir.IADD, ir.Int, total, p, s)
	s3 := snapAt(b, 3, ir.SnapEntry{Slot: 2, Tag: b.KTag(tagInt), Val: t2})
	i2 := b.Guarded2(ir.IADD, ir.Int, i, b.KInt(1), s3)
	b.JLoop(snapAt(b, 0, ir.SnapEntry{Slot: 0, Tag: b.KTag(tagInt), Val: i2}, ir.SnapEntry{Slot: 2, Tag: b.KTag(tagInt), Val: t2}))
	return tr
}

func TestPeelHoistsInvariants(t *testing.T) {
	tr := counterLoop()
	out, err := Peel(Simplify(tr))
	if err != nil {
		t.Fatal(err)
	}
	out = DCE(Guards(SimplifyPhis(out)))
	loop := out.LoopRef()
	if loop == ir.Nil {
		t.Fatalf("not peeled:\n%s", out)
	}
	for r := loop + 1; r < out.Len(); r++ {
		switch in := out.Inst(r); in.Op {
		case ir.FLOAD, ir.SLOAD:
			t.Errorf("%s left in the loop:\n%s", in.Op, out)
		case ir.GCMP:
			if in.Cond() == ir.EQ {
				t.Errorf("tag or version guard left in the loop:\n%s", out)
			}
		}
	}
	if got := count(out, ir.PHI); got != 2 {
		t.Errorf("want PHIs for i and total only, got %d:\n%s", got, out)
	}
	for _, iters := range []int{1, 2, 3, 10, 100} {
		mustSame(t, tr, out, machine(0, 50, 7), iters)
		mustSame(t, tr, out, machine(45, 50, 7), iters)
	}
	m := machine(0, 10, 0)
	o, err := ir.Exec(out, m, 1000)
	if err != nil || o.PC != 2 || int64(m.Frame[2].Bits) != 5*45 {
		t.Errorf("sum of 5*i for i < 10: got %d (%v, %v)", int64(m.Frame[2].Bits), o, err)
	}
}

func TestPeelRefusesTypeUnstableLoops(t *testing.T) {
	tr, b := raw()
	b.Guard(ir.EQ, b.SLoad(0, ir.Tag), b.KTag(tagInt), snapAt(b, 1))
	x := b.SLoad(0, ir.Int)
	f := b.Op1(ir.ITOF, ir.Float, x)
	b.JLoop(snapAt(b, 0, ir.SnapEntry{Slot: 0, Tag: b.KTag(4), Val: f}))
	if _, err := Peel(tr); err == nil {
		t.Fatal("peeled a loop whose register changes type")
	}
	out, err := Pipeline(tr, Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	mustSame(t, tr, out, machine(3), 5)
}

func TestDSE(t *testing.T) {
	tr, b := raw()
	rec := b.KPtr(4096)
	x := b.SLoad(0, ir.Int)
	b.FStore(rec, irgen.RecInt, x, irgen.ClassRecInt)              // dead: overwritten
	b.FStore(rec, irgen.RecVersion, x, irgen.ClassVersion)         // kept: a guard sees it
	b.FStore(rec, irgen.RecInt, b.KInt(9), irgen.ClassRecInt)      // kept: a guard follows
	b.Guard(ir.LT, x, b.KInt(10), snapAt(b, 1))                    //
	b.FStore(rec, irgen.RecVersion, b.KInt(7), irgen.ClassVersion) // kept: last
	b.Exit(snapAt(b, 2))
	out := DSE(tr)
	if got := count(out, ir.FSTORE); got != 3 {
		t.Errorf("want 3 stores, got %d:\n%s", got, out)
	}
	for _, v := range []int64{3, 30} {
		mustSame(t, tr, out, machine(v), 1)
	}
}

func TestSinkTemporaries(t *testing.T) {
	tr, b := raw()
	alloc := b.AddAlloc(ir.AllocDesc{Name: "rec", Kind: 1, NumVals: 2, Raw: 8})
	x := b.SLoad(0, ir.Int)
	p := b.New(alloc)
	b.FStore(p, irgen.RecInt-8, b.KTag(tagInt), ir.AnyClass)
	b.FStore(p, irgen.RecInt, x, irgen.ClassRecInt)
	y := b.FLoad(ir.Int, p, irgen.RecInt, irgen.ClassRecInt) // forwarded: x
	q := b.New(alloc)                                        // escapes through a call
	_ = b.AddHelper(ir.HelperSig{Name: "mix", Args: []ir.Type{ir.Int, ir.Int}, Result: ir.Int, Effect: ir.Pure})
	peek := b.AddHelper(ir.HelperSig{Name: "peek", Args: []ir.Type{ir.Ptr}, Result: ir.Int, Effect: ir.Reads})
	z := b.Call(peek, ir.NoSnap, q)
	sum := b.Op2(ir.IADD, ir.Int, y, z)
	s := snapAt(b, 5, ir.SnapEntry{Slot: 3, Tag: b.KTag(tagRec), Val: p})
	b.Guard(ir.LT, x, b.KInt(10), s)
	b.FStore(p, irgen.RecInt, sum, irgen.ClassRecInt) // after the guard: not in its virtual
	b.Exit(snapAt(b, 6, ir.SnapEntry{Slot: 3, Tag: b.KTag(tagRec), Val: p}, ir.SnapEntry{Slot: 4, Tag: b.KTag(tagRec), Val: q}))
	out := DCE(Sink(Forward(tr)))
	if count(out, ir.SUNK) != 1 || count(out, ir.NEW) != 1 || count(out, ir.FSTORE) != 0 {
		t.Errorf("want one sunk and one real allocation, no stores:\n%s", out)
	}
	text := out.String()
	if !strings.Contains(text, "{0002 rec +16=t3 +24=0001}") {
		t.Errorf("the guard's virtual should hold the fields stored before it:\n%s", text)
	}
	for _, v := range []int64{3, 30} {
		mustSame(t, tr, out, machine(v), 1)
	}
}

func TestDCEDropsDeadPhiCycles(t *testing.T) {
	tr, b := raw()
	b.Guard(ir.EQ, b.SLoad(0, ir.Tag), b.KTag(tagInt), snapAt(b, 1))
	x := b.SLoad(0, ir.Int)
	dead := b.Op2(ir.IMUL, ir.Int, x, x)
	_ = dead
	x2 := b.Guarded2(ir.IADD, ir.Int, x, b.KInt(1), snapAt(b, 2))
	b.JLoop(snapAt(b, 0, ir.SnapEntry{Slot: 0, Tag: b.KTag(tagInt), Val: x2}))
	out, err := Pipeline(tr, Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	if count(out, ir.IMUL) != 0 {
		t.Errorf("dead multiply kept:\n%s", out)
	}
	mustSame(t, tr, out, machine(1), 7)
	mustSame(t, tr, out, machine(math.MaxInt64-3), 7) // overflows: exits
}

func TestVerifierCatchesBrokenIR(t *testing.T) {
	c := irgen.Generate(rand.New(rand.NewSource(7)))
	bad := c.Trace.Clone()
	bad.Insts[2].A = bad.Len() // a forward reference
	if ir.Verify(bad) == nil {
		t.Error("forward reference not caught")
	}
	bad = c.Trace.Clone()
	bad.Insts[bad.Len()-1].Snap = ir.NoSnap
	if ir.Verify(bad) == nil {
		t.Error("JLOOP without a snapshot not caught")
	}
	bad = c.Trace.Clone()
	bad.Insts = append(bad.Insts[:len(bad.Insts)-1:len(bad.Insts)-1], ir.Inst{Op: ir.IADD, Type: ir.Int, A: -1, B: -1}, bad.Insts[len(bad.Insts)-1])
	bad.Consts[1] = ir.Const{Type: ir.Float}
	if ir.Verify(bad) == nil {
		t.Error("type error not caught")
	}
}
