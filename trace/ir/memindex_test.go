// memindex_test.go proves that Builder.forward, which walks the memory
// index's chains (memindex.go), answers exactly as the full backward scan
// it replaced (refForward below, kept as the reference) on many random
// traces, with and without a loop summary; and the same for the search
// for an identical pure call (Builder.lookupCSE, refLookupCall).

package ir

import (
	"math/rand"
	"testing"
)

// refForward is the pre-session-24 forward: a backward scan over every
// instruction of the trace.
func refForward(b *Builder, in *Inst) Ref {
	t := b.T
	for r := Ref(len(t.Insts) - 1); r > 0; r-- {
		x := &t.Insts[r]
		switch x.Op {
		case LOOP:
			if b.LoopKills == nil || b.LoopKills.kills(in, baseBefore(t, in, r)) {
				return Nil
			}
		case JLOOP, EXIT:
			return Nil
		case CALL:
			if x.Aux < 0 || int(x.Aux) >= len(t.Helpers) || t.Helpers[x.Aux].clobbers(in) {
				return Nil
			}
		case NEW:
			if in.Op == FLOAD && in.A == r && in.Aux >= 16 {
				return b.KZero(in.Type)
			}
		case SLOAD, FLOAD, XLOAD:
			if sameLoad(x, in) {
				return r
			}
		case SSTORE, FSTORE, XSTORE:
			switch t.alias(in, x) {
			case MustAlias:
				return t.storedValue(x, in)
			case MayAlias:
				return Nil
			}
		}
	}
	return Nil
}

// refLookupCall is the pre-session-24 search of Builder.lookupCSE for a
// call of a pure helper identical to in: a scan over every instruction.
func refLookupCall(b *Builder, in *Inst) (Ref, bool) {
	if in.Aux < 0 || int(in.Aux) >= len(b.T.Helpers) || b.T.Helpers[in.Aux].Effect != Pure {
		return Nil, false
	}
	for r := Ref(len(b.T.Insts) - 1); r > 0; r-- {
		x := &b.T.Insts[r]
		if x.Op == CALL && x.Aux == in.Aux && x.A == in.A && x.B == in.B && x.C == in.C && (x.Guarded() || !in.Guarded()) {
			return r, true
		}
	}
	return Nil, false
}

// randomMemTrace appends n random instructions to b's trace: loads,
// stores, allocations, calls of helpers of every effect, arithmetic, and
// at most one LOOP marker, over a few bases, offsets, classes and slots.
func randomMemTrace(rng *rand.Rand, b *Builder, n int, loop bool) {
	helpers := []int64{
		b.AddHelper(HelperSig{Name: "h_pure", Result: Ptr, Effect: Pure}),
		b.AddHelper(HelperSig{Name: "h_reads", Result: Int, Effect: Reads}),
		b.AddHelper(HelperSig{Name: "h_w", Result: Void, Effect: Writes}),
		b.AddHelper(HelperSig{Name: "h_wn", Result: Void, Effect: Writes, Clobbers: ClassBit(2)}),
	}
	types := []Type{Int, Float, Tag, Ptr}
	for i := 0; i < n; i++ {
		pick := func(ty Type) Ref { return randomRef(rng, b, ty) }
		in := Inst{}
		switch k := rng.Intn(16); {
		case k == 0 && loop && b.T.LoopRef() == Nil:
			in = Inst{Op: LOOP}
		case k == 1:
			in = Inst{Op: NEW, Type: Ptr}
		case k == 2:
			h := helpers[rng.Intn(len(helpers))]
			in = Inst{Op: CALL, Type: b.T.Helpers[h].Result, Aux: h, A: pick(Ptr)}
			if rng.Intn(2) == 0 {
				in.Snap = 1 // a guarded call
			}
		case k == 3:
			in = Inst{Op: SLOAD, Type: types[rng.Intn(len(types))], Aux: int64(rng.Intn(4))}
		case k == 4:
			in = Inst{Op: SSTORE, A: pick(Tag), B: pick(types[rng.Intn(len(types))]), Aux: int64(rng.Intn(4))}
		case k == 5 || k == 6:
			in = Inst{Op: FLOAD, Type: types[rng.Intn(len(types))], Flag: uint8(rng.Intn(3)), A: pick(Ptr), Aux: int64(8 * rng.Intn(6))}
		case k == 7:
			in = Inst{Op: FSTORE, Flag: uint8(rng.Intn(3)), A: pick(Ptr), B: pick(types[rng.Intn(len(types))]), Aux: int64(8 * rng.Intn(6))}
		case k == 8:
			in = Inst{Op: XLOAD, Type: types[rng.Intn(len(types))], Flag: uint8(rng.Intn(3)), A: pick(Ptr), B: pick(Int), Aux: int64(8 * rng.Intn(4))}
		case k == 9:
			in = Inst{Op: XSTORE, Flag: uint8(rng.Intn(3)), A: pick(Ptr), B: pick(Int), C: pick(types[rng.Intn(len(types))]), Aux: int64(8 * rng.Intn(4))}
		case k == 10 && rng.Intn(20) == 0:
			in = Inst{Op: EXIT}
		default:
			in = Inst{Op: IADD, Type: Int, A: pick(Int), B: pick(Int)}
		}
		b.Append(in)
	}
}

// randomRef returns a random earlier value of type ty, or a constant.
func randomRef(rng *rand.Rand, b *Builder, ty Type) Ref {
	t := b.T
	for try := 0; try < 8 && len(t.Insts) > 1; try++ {
		r := Ref(1 + rng.Intn(len(t.Insts)-1))
		if t.Insts[r].Type == ty {
			return r
		}
	}
	if ty == Ptr {
		return b.KPtr(uint32(4096 * (1 + rng.Intn(2))))
	}
	return b.K(ty, uint64(rng.Intn(3)))
}

func TestForwardMatchesFullScan(t *testing.T) {
	rng := rand.New(rand.NewSource(24))
	queries, calls, hits := 0, 0, 0
	for round := 0; round < 300; round++ {
		tr := NewTrace("t", 4)
		b := NewBuilder(tr, Options{CSE: true})
		loop := round%2 == 0
		for step := 0; step < 20; step++ {
			randomMemTrace(rng, b, 1+rng.Intn(30), loop)
			if lr := tr.LoopRef(); lr != Nil && round%4 == 0 {
				b.LoopKills = SummariseLoop(tr, lr, tr.Len()-1)
			} else {
				b.LoopKills = nil
			}
			// Query loads shaped like the trace's own, and random ones.
			for q := 0; q < 10; q++ {
				var in Inst
				if r := Ref(1 + rng.Intn(len(tr.Insts)-1)); (tr.Insts[r].Op.IsLoad() || tr.Insts[r].Op == CALL) && q%2 == 0 {
					in = tr.Insts[r]
					in.Snap = SnapID(rng.Intn(2))
				} else {
					randomMemTrace(rng, b, 1, false)
					in = tr.Insts[len(tr.Insts)-1]
					tr.Insts = tr.Insts[:len(tr.Insts)-1]
				}
				if in.Op == CALL {
					calls++
					got, gok := b.lookupCSE(&in)
					want, wok := refLookupCall(b, &in)
					if wok && want != Nil {
						hits++
					}
					if got != want || gok != wok {
						t.Fatalf("round %d: lookupCSE(CALL) = %v %v, full scan = %v %v\n%s", round, got, gok, want, wok, tr)
					}
				}
				if !in.Op.IsLoad() {
					continue
				}
				queries++
				if got, want := b.forward(&in), refForward(b, &in); got != want {
					t.Fatalf("round %d: forward(%v) = %v, full scan = %v\n%s", round, in.Op, got, want, tr)
				}
			}
		}
	}
	if queries < 10000 || calls < 1000 || hits < 100 {
		t.Fatalf("only %d load and %d call queries (%d found a call)", queries, calls, hits)
	}
}
