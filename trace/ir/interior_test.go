// interior_test.go checks that a store through a helper's result (a
// pointer that may point inside an object, such as a dict probe's entry
// address) is not told apart from field accesses at other offsets: the
// load of a dict entry by its storage's base must be loaded again after
// `d[k] += 1` stored through the probed address, inside an iteration and
// across LOOP.

package ir

import "testing"

func TestInteriorStoreKills(t *testing.T) {
	tr := NewTrace("t", 4)
	b := NewBuilder(tr, AllOn)
	probe := b.AddHelper(HelperSig{Name: "w_probe", Args: []Type{Ptr}, Result: Ptr, Effect: Reads})
	s := b.AddSnap(Snapshot{PC: 1})
	st := b.KPtr(4096)
	v := b.FLoad(Int, st, 264, 2) // an entry's payload by the storage's base
	p := b.Call(probe, s, st)     // the same entry's value slot, as an address
	b.FStore(p, 8, b.KInt(7), 2)
	if r := b.FLoad(Int, st, 264, 2); r == v {
		t.Error("entry load forwarded across a store through a probed address")
	}
	if a := tr.alias(&Inst{Op: FLOAD, Flag: 2, A: st, Aux: 264}, &Inst{Op: FSTORE, Flag: 2, A: st, Aux: 8}); a != NoAlias {
		t.Errorf("two fields of one object: %v, want NoAlias", a)
	}
	sum := SummariseLoop(tr, 1, tr.Len()-1)
	if !sum.Kills(&Inst{Op: FLOAD, Flag: 2, Aux: 264}) {
		t.Error("loop summary: the store through a probed address does not kill the entry load")
	}
	if sum.Kills(&Inst{Op: FLOAD, Flag: 2, Aux: 260}) {
		t.Error("loop summary kills a load at an offset that differs modulo 16")
	}
}
