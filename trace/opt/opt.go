// Package opt holds the optimisation passes that run on a recorded trace
// before wasmgen lowers it. Each pass is a function from a trace to a new
// trace (the input is never modified), listed by name in Passes, and
// tested on its own by running traces before and after it in the
// reference interpreter (ir.Exec). Pipeline runs the standard order and can
// verify the IR between passes and dump it after any pass.
//
// The passes, in pipeline order:
//
//	simplify  rebuild through the Builder: fold, forward, CSE (fold.go, mem.go in package ir)
//	peel      loop peeling: copy the body after LOOP, PHIs for loop-carried slots (peel.go)
//	phis      drop PHIs whose back-edge value equals their entry value, then simplify again
//	guards    redundant guard elimination, range facts, bounds-check elimination (guards.go)
//	dse       dead store elimination (dse.go)
//	samestore removal of stores of the value a word already holds (samestore.go)
//	sink      allocation sinking (sink.go)
//	dce       dead code elimination and compaction (dce.go)
package opt

import (
	"fmt"

	"github.com/hotloop/hotloop/trace/ir"
)

// Pass is one named pass.
type Pass struct {
	Name string
	Run  func(*ir.Trace) (*ir.Trace, error)
}

// Passes is the standard pipeline, in order.
var Passes = []Pass{
	{"simplify", func(t *ir.Trace) (*ir.Trace, error) { return Simplify(t), nil }},
	{"peel", PeelIfLoop},
	{"phis", func(t *ir.Trace) (*ir.Trace, error) { return SimplifyPhis(t), nil }},
	{"abcwiden", func(t *ir.Trace) (*ir.Trace, error) { return WidenBounds(t), nil }},
	{"guards", func(t *ir.Trace) (*ir.Trace, error) { return Guards(t), nil }},
	{"dse", func(t *ir.Trace) (*ir.Trace, error) { return DSE(t), nil }},
	{"samestore", func(t *ir.Trace) (*ir.Trace, error) { return SameStores(t), nil }},
	{"sink", func(t *ir.Trace) (*ir.Trace, error) { return Sink(t), nil }},
	{"dce", func(t *ir.Trace) (*ir.Trace, error) { return DCE(t), nil }},
}

// Config controls Pipeline.
type Config struct {
	Verify bool                           // run ir.Verify after every pass
	Skip   map[string]bool                // passes not to run
	Dump   func(pass string, t *ir.Trace) // called after each pass, if set
}

// Pipeline runs the standard passes on t.
func Pipeline(t *ir.Trace, cfg Config) (*ir.Trace, error) {
	if cfg.Verify {
		if err := ir.Verify(t); err != nil {
			return nil, fmt.Errorf("before the passes: %w", err)
		}
	}
	for _, p := range Passes {
		if cfg.Skip[p.Name] {
			continue
		}
		nt, err := p.Run(t)
		if err != nil {
			return nil, fmt.Errorf("pass %s: %w", p.Name, err)
		}
		t = nt
		if cfg.Verify {
			if err := ir.Verify(t); err != nil {
				return nil, fmt.Errorf("after pass %s: %w\n%s", p.Name, err, t)
			}
		}
		if cfg.Dump != nil {
			cfg.Dump(p.Name, t)
		}
	}
	return t, nil
}

// Fold rebuilds t with constant folding and algebraic simplification only.
func Fold(t *ir.Trace) *ir.Trace { return Rebuild(t, ir.Options{Fold: true}, nil) }

// CSE rebuilds t with common-subexpression elimination only.
func CSE(t *ir.Trace) *ir.Trace { return Rebuild(t, ir.Options{CSE: true}, nil) }

// Forward rebuilds t with store-to-load forwarding (and load CSE) only.
func Forward(t *ir.Trace) *ir.Trace { return Rebuild(t, ir.Options{Forward: true}, nil) }

// Simplify rebuilds t with folding, forwarding and CSE.
func Simplify(t *ir.Trace) *ir.Trace { return Rebuild(t, ir.AllOn, nil) }

// newLike returns an empty trace with t's name, frame size, allocations
// and helpers.
func newLike(t *ir.Trace) *ir.Trace {
	return newLikeSized(t, 1)
}

// newLikeSized is newLike with room for copies times t's instructions
// and snapshots (Peel makes two copies of the body).
func newLikeSized(t *ir.Trace, copies int) *ir.Trace {
	nt := ir.NewTraceSized(t.Name, t.FrameSize, copies*len(t.Insts)+1, len(t.Consts)+4, copies*len(t.Snaps)+1)
	nt.Allocs = append(nt.Allocs, t.Allocs...)
	nt.Helpers = append(nt.Helpers, t.Helpers...)
	return nt
}

// Rebuild re-emits every instruction of t through a Builder with the given
// options, in order. subst, if set, may replace an old instruction by a
// Ref of the new trace (it is called before the instruction is emitted;
// ok=false means "emit as usual"). NOPs disappear. PHIs keep their place
// after LOOP; their back-edge values are filled in at JLOOP.
func Rebuild(t *ir.Trace, opt ir.Options, subst func(old ir.Ref, m func(ir.Ref) ir.Ref) (ir.Ref, bool)) *ir.Trace {
	nt := newLike(t)
	b := ir.NewBuilder(nt, opt)
	if loop := t.LoopRef(); loop != ir.Nil {
		b.LoopKills = ir.SummariseLoop(t, loop, t.Len()-1)
	}
	m := make([]ir.Ref, len(t.Insts))
	mapRef := func(r ir.Ref) ir.Ref {
		switch {
		case r < 0:
			c := t.Const(r)
			return b.K(c.Type, c.Bits)
		case r > 0:
			return m[r]
		}
		return ir.Nil
	}
	snaps := map[ir.SnapID]ir.SnapID{}
	mapSnap := func(s ir.SnapID) ir.SnapID {
		if s == ir.NoSnap {
			return s
		}
		if ns, ok := snaps[s]; ok {
			return ns
		}
		c := cloneSnap(t, s)
		c.MapRefs(mapRef)
		ns := b.AddSnap(c)
		snaps[s] = ns
		return ns
	}
	type pendingPhi struct{ newRef, oldB ir.Ref }
	var phis []pendingPhi
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := *t.Inst(r)
		if subst != nil {
			if nr, ok := subst(r, mapRef); ok {
				m[r] = nr
				continue
			}
		}
		switch in.Op {
		case ir.NOP:
			continue
		case ir.LOOP:
			m[r] = b.Loop(mapSnap(in.Snap))
		case ir.PHI:
			nr := b.Append(ir.Inst{Op: ir.PHI, Type: in.Type, A: mapRef(in.A)})
			phis = append(phis, pendingPhi{nr, in.B})
			m[r] = nr
		case ir.JLOOP, ir.EXIT:
			for _, p := range phis {
				nt.Inst(p.newRef).B = mapRef(p.oldB)
			}
			in.Snap = mapSnap(in.Snap)
			m[r] = b.Append(in)
		case ir.SUNK:
			m[r] = b.Append(in)
		default:
			in.A, in.B, in.C = mapRef(in.A), mapRef(in.B), mapRef(in.C)
			in.Snap = mapSnap(in.Snap)
			m[r] = b.Emit(in)
		}
	}
	return compactSnaps(nt)
}

// cloneSnap returns a deep copy of snapshot s of t (cloning the whole
// trace for each snapshot made Rebuild and compact quadratic: a long
// trace's passes took 50 ms).
func cloneSnap(t *ir.Trace, s ir.SnapID) ir.Snapshot {
	return (&ir.Trace{Snaps: []ir.Snapshot{*t.Snap(s)}}).Clone().Snaps[0]
}

// compact returns t without the instructions keep marks false (which no
// kept instruction or snapshot may reference), renumbered, and without
// unused snapshots and constants.
func compact(t *ir.Trace, keep []bool) *ir.Trace {
	nt := newLike(t)
	b := ir.NewBuilder(nt, ir.Options{})
	m := make([]ir.Ref, len(t.Insts))
	mapRef := func(r ir.Ref) ir.Ref {
		switch {
		case r < 0:
			c := t.Const(r)
			return b.K(c.Type, c.Bits)
		case r > 0:
			return m[r]
		}
		return ir.Nil
	}
	snaps := map[ir.SnapID]ir.SnapID{}
	for r := ir.Ref(1); r < t.Len(); r++ {
		if !keep[r] {
			continue
		}
		in := *t.Inst(r)
		if in.Op != ir.PHI {
			in.A, in.B, in.C = mapRef(in.A), mapRef(in.B), mapRef(in.C)
		} else {
			in.A = mapRef(in.A) // B is patched below: it may be a forward ref
		}
		if in.Snap != ir.NoSnap {
			ns, ok := snaps[in.Snap]
			if !ok {
				c := cloneSnap(t, in.Snap)
				c.MapRefs(mapRef)
				ns = b.AddSnap(c)
				snaps[in.Snap] = ns
			}
			in.Snap = ns
		}
		m[r] = b.Append(in)
	}
	for r := ir.Ref(1); r < t.Len(); r++ {
		if keep[r] && t.Inst(r).Op == ir.PHI {
			nt.Inst(m[r]).B = mapRef(t.Inst(r).B)
		}
	}
	return nt
}

// compactSnaps drops snapshots no instruction uses.
func compactSnaps(t *ir.Trace) *ir.Trace {
	used := make([]bool, len(t.Snaps))
	for r := ir.Ref(1); r < t.Len(); r++ {
		used[t.Inst(r).Snap] = true
	}
	remap := make([]ir.SnapID, len(t.Snaps))
	out := t.Snaps[:1]
	for s := 1; s < len(t.Snaps); s++ {
		if used[s] {
			remap[s] = ir.SnapID(len(out))
			out = append(out, t.Snaps[s])
		}
	}
	t.Snaps = out
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		in.Snap = remap[in.Snap]
	}
	return t
}

// users counts, for every instruction, its uses as an operand.
func users(t *ir.Trace) []int {
	u := make([]int, len(t.Insts))
	for r := ir.Ref(1); r < t.Len(); r++ {
		for _, a := range t.Inst(r).Args() {
			if a.IsInst() {
				u[a]++
			}
		}
	}
	return u
}
