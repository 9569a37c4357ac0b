// samestore_test.go tests SameStores (samestore.go) on hand-built traces
// and checks that the generated traces of the property test give it
// stores to remove.

package opt

import (
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
)

// tagStoreTrace loads the record's int field, guards it equal to 5 and
// stores 5 back (removable); then, depending on between, something that
// may change the word, and another store of 5.
func tagStoreTrace(between func(b *ir.Builder, rec ir.Ref)) *ir.Trace {
	tr, b := raw()
	rec := b.KPtr(4096)
	s := snapAt(b, 1)
	v := b.FLoad(ir.Int, rec, irgen.RecInt, irgen.ClassRecInt)
	b.Guard(ir.EQ, v, b.KInt(5), s)
	b.FStore(rec, irgen.RecInt, b.KInt(5), irgen.ClassRecInt)
	between(b, rec)
	b.FStore(rec, irgen.RecInt, b.KInt(5), irgen.ClassRecInt)
	b.Exit(snapAt(b, 2))
	return tr
}

func TestSameStores(t *testing.T) {
	writes := func(b *ir.Builder, rec ir.Ref) {
		h := b.AddHelper(ir.HelperSig{Name: "bump", Args: []ir.Type{ir.Ptr}, Effect: ir.Writes})
		b.Call(h, ir.NoSnap, rec)
	}
	other := func(b *ir.Builder, rec ir.Ref) {
		p := b.SLoad(1, ir.Ptr) // may be the record
		b.FStore(p, irgen.RecInt, b.KInt(9), irgen.ClassRecInt)
	}
	unrelated := func(b *ir.Builder, rec ir.Ref) {
		b.FStore(rec, irgen.RecVersion, b.KInt(1), irgen.ClassVersion)
	}
	cases := []struct {
		name    string
		between func(b *ir.Builder, rec ir.Ref)
		want    int // stores of the int field left
	}{
		{"nothing between", func(*ir.Builder, ir.Ref) {}, 0},
		{"another field", unrelated, 0},
		{"a writing call", writes, 1},
		{"a store through another pointer", other, 2},
	}
	for _, c := range cases {
		tr := tagStoreTrace(c.between)
		out := SameStores(tr)
		n := 0
		for r := ir.Ref(1); r < out.Len(); r++ {
			if in := out.Inst(r); in.Op == ir.FSTORE && in.Aux == irgen.RecInt {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%s: %d stores left, want %d:\n%s", c.name, n, c.want, out)
		}
		for _, v := range []int64{5, 6} {
			m := machine(0, 0)
			m.Mem[4096+irgen.RecInt] = ir.Word{Bits: uint64(v)}
			m.Frame[1] = ir.Value{Tag: tagRec, Bits: 4096}
			cs := irgen.Case{Trace: tr, Machine: m, InitTop: m.Top}
			if ok, err := checkSame(cs, tr, out, 1); err != nil || !ok {
				t.Errorf("%s, field %d: %v %v", c.name, v, ok, err)
			}
		}
	}
}

// TestSameStoresLoopBoundary: a guard before LOOP says nothing about the
// word in later iterations, so the loop's store stays.
func TestSameStoresLoopBoundary(t *testing.T) {
	tr, b := raw()
	rec := b.KPtr(4096)
	s := snapAt(b, 1)
	v := b.FLoad(ir.Int, rec, irgen.RecInt, irgen.ClassRecInt)
	b.Guard(ir.EQ, v, b.KInt(5), s)
	b.Loop(snapAt(b, 0))
	b.FStore(rec, irgen.RecInt, b.KInt(5), irgen.ClassRecInt)
	b.JLoop(snapAt(b, 0))
	if out := SameStores(tr); count(out, ir.FSTORE) != 1 {
		t.Errorf("the loop's store was removed:\n%s", out)
	}
}

// TestSameStoresHasWork keeps the property test honest: some generated
// traces have stores this pass removes after the pipeline's earlier
// passes.
func TestSameStoresHasWork(t *testing.T) {
	hits := 0
	for seed := int64(1); seed <= 300; seed++ {
		c := irgen.Generate(rand.New(rand.NewSource(seed)))
		pre := DSE(Guards(Simplify(c.Trace)))
		if SameStores(pre).Len() < pre.Len() {
			hits++
		}
	}
	t.Logf("%d of 300 generated traces lose a store", hits)
	if hits < 3 {
		t.Errorf("only %d generated traces have a store SameStores removes", hits)
	}
}
