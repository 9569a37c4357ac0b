// peel.go holds loop peeling (LuaJIT's lj_opt_loop.c idea, written anew).
//
// The recorder emits one iteration ending in JLOOP, whose snapshot is the
// state at the loop header. Peeling re-emits that body twice through the
// Builder: the first copy becomes the pre-loop (it runs once), a LOOP
// marker follows, then PHIs for every register the header snapshot sets,
// then the second copy, which is the loop. Because the second copy goes
// through fold and CSE with the first copy's instructions still in the CSE
// table, everything loop-invariant (pure ops on invariant operands, the
// same guards, loads no loop store can change) folds into the pre-loop
// value: that is loop-invariant code motion, and it is correct under
// guards, which plain LICM is not (hoisting a guard out of a loop body
// changes which iteration exits; here the pre-loop copy already executed
// it for the first iteration). PHIs start opaque; SimplifyPhis then drops
// those whose back-edge value equals their entry value and rebuilds, so
// values that only looked variant become invariant too.
//
// Snapshots inside the loop get the header snapshot's entries (as PHIs)
// under their own, since in the loop no register is written until an exit.

package opt

import (
	"errors"
	"fmt"

	"github.com/hotloop/hotloop/trace/ir"
)

// ErrNotLoop is returned by Peel for a trace that does not end in JLOOP or
// is already peeled.
var ErrNotLoop = errors.New("trace is not an unpeeled loop")

// PeelIfLoop peels t if it is an unpeeled loop whose loop-carried values
// keep their types, and returns t unchanged otherwise.
func PeelIfLoop(t *ir.Trace) (*ir.Trace, error) {
	nt, err := Peel(t)
	if err != nil {
		return t, nil
	}
	return nt, nil
}

// Peel peels the loop of t (see the file comment). It fails for a trace
// that is not an unpeeled loop, and for a type-unstable loop (a register
// read as one type whose back-edge value has another), which keeps its
// unpeeled form: JLOOP then writes the registers and restarts the trace.
func Peel(t *ir.Trace) (*ir.Trace, error) {
	n := t.Len()
	if t.LoopRef() != ir.Nil || t.Inst(n-1).Op != ir.JLOOP {
		return nil, ErrNotLoop
	}
	header := t.Snaps[t.Inst(n-1).Snap]
	nt := newLikeSized(t, 2)
	b := ir.NewBuilder(nt, ir.AllOn)
	b.LoopKills = ir.SummariseLoop(t, 1, n-1)

	k := func(r ir.Ref) ir.Ref {
		c := t.Const(r)
		return b.K(c.Type, c.Bits)
	}
	// copyBody re-emits instructions 1..n-2; sload supplies SLOAD results
	// (Nil: emit the load).
	var stored map[int64]bool // slots an SSTORE of the current copy wrote so far
	copyBody := func(m []ir.Ref, sload func(in *ir.Inst) (ir.Ref, error), snapOf func(ir.SnapID) ir.SnapID) error {
		stored = map[int64]bool{}

		mapRef := func(r ir.Ref) ir.Ref {
			if r < 0 {
				return k(r)
			}
			return m[r]
		}
		for r := ir.Ref(1); r < n-1; r++ {
			in := *t.Inst(r)
			if in.Op == ir.NOP {
				continue
			}
			if in.Op == ir.SSTORE {
				stored[in.Aux] = true
			}
			if in.Op == ir.SLOAD && !stored[in.Aux] {
				v, err := sload(&in)
				if err != nil {
					return err
				}
				if v != ir.Nil {
					m[r] = v
					continue
				}
			}
			if in.Op.IsControl() || in.Op == ir.SUNK {
				return fmt.Errorf("%04d: unexpected %s in an unpeeled body", r, in.Op)
			}
			in.A, in.B, in.C = mapRef(in.A), mapRef(in.B), mapRef(in.C)
			in.Snap = snapOf(in.Snap)
			m[r] = b.Emit(in)
		}
		return nil
	}
	mapSnap := func(s ir.Snapshot, m []ir.Ref) ir.Snapshot {
		c := (&ir.Trace{Snaps: []ir.Snapshot{s}}).Clone().Snaps[0]
		c.MapRefs(func(r ir.Ref) ir.Ref {
			if r < 0 {
				return k(r)
			}
			if r > 0 {
				return m[r]
			}
			return r
		})
		return c
	}

	// The pre-loop: the body as recorded.
	m1 := make([]ir.Ref, n)
	pre := map[ir.SnapID]ir.SnapID{}
	err := copyBody(m1, func(*ir.Inst) (ir.Ref, error) { return ir.Nil, nil }, func(s ir.SnapID) ir.SnapID {
		if s == ir.NoSnap {
			return s
		}
		if ns, ok := pre[s]; ok {
			return ns
		}
		ns := b.AddSnap(mapSnap(t.Snaps[s], m1))
		pre[s] = ns
		return ns
	})
	if err != nil {
		return nil, err
	}
	entry := mapSnap(header, m1)
	b.Loop(b.AddSnap(entry))

	// PHIs for every register the header snapshot sets.
	type phiPair struct{ tag, val ir.Ref }
	phis := map[int32]phiPair{}
	for _, e := range entry.Entries {
		p := phiPair{
			tag: b.Append(ir.Inst{Op: ir.PHI, Type: ir.Tag, A: e.Tag}),
			val: b.Append(ir.Inst{Op: ir.PHI, Type: nt.TypeOf(e.Val), A: e.Val}),
		}
		phis[e.Slot] = p
	}
	// The loop: the body again, registers of the header snapshot read
	// through the PHIs.
	m2 := make([]ir.Ref, n)
	err = copyBody(m2, func(in *ir.Inst) (ir.Ref, error) {
		p, ok := phis[int32(in.Aux)]
		if !ok {
			return ir.Nil, nil
		}
		if in.Type == ir.Tag {
			return p.tag, nil
		}
		if nt.TypeOf(p.val) != in.Type {
			return ir.Nil, fmt.Errorf("type-unstable loop: slot %d read as %s, carried as %s", in.Aux, in.Type, nt.TypeOf(p.val))
		}
		return p.val, nil
	}, func(s ir.SnapID) ir.SnapID {
		if s == ir.NoSnap {
			return s
		}
		own := mapSnap(t.Snaps[s], m2)
		for slot, p := range phis {
			if _, has := own.Entry(slot); !has && !stored[int64(slot)] {
				own.SetEntry(ir.SnapEntry{Slot: slot, Tag: p.tag, Val: p.val})
			}
		}
		return b.AddSnap(own)
	})
	if err != nil {
		return nil, err
	}
	back := mapSnap(header, m2)
	for _, e := range back.Entries {
		p := phis[e.Slot]
		if nt.TypeOf(e.Val) != nt.TypeOf(p.val) {
			return nil, fmt.Errorf("type-unstable loop: slot %d enters as %s, comes back as %s", e.Slot, nt.TypeOf(p.val), nt.TypeOf(e.Val))
		}
		nt.Inst(p.tag).B = e.Tag
		nt.Inst(p.val).B = e.Val
	}
	b.JLoop(b.AddSnap(back))
	return compactSnaps(nt), nil
}

// SimplifyPhis replaces every PHI whose back-edge value is its entry value
// (or itself) by its entry value and rebuilds the trace with folding,
// forwarding and CSE, until no such PHI remains.
func SimplifyPhis(t *ir.Trace) *ir.Trace {
	for range 64 {
		redundant := map[ir.Ref]bool{}
		for r := ir.Ref(1); r < t.Len(); r++ {
			in := t.Inst(r)
			if in.Op == ir.PHI && (in.B == in.A || in.B == r) {
				redundant[r] = true
			}
		}
		if len(redundant) == 0 {
			return t
		}
		t = Rebuild(t, ir.AllOn, func(old ir.Ref, m func(ir.Ref) ir.Ref) (ir.Ref, bool) {
			if redundant[old] {
				return m(t.Inst(old).A), true
			}
			return ir.Nil, false
		})
	}
	return t
}
