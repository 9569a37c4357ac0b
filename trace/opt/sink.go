// sink.go holds allocation sinking (PyPy's virtuals, LuaJIT's
// lj_opt_sink.c). An allocation whose result is only stored into (FSTORE
// with it as the base), stored into another sinkable allocation, or named
// by snapshots never needs to exist while the trace runs: the NEW becomes
// SUNK (no code), its stores disappear, and every snapshot that can see the
// object gets a Virtual describing its fields as they are at that guard,
// so an exit rebuilds it. A loop-carried allocation (through a PHI), one
// that reaches a call, a register store, a compare or an indexed access,
// one that is still loaded from after forwarding, and a pre-loop allocation
// that the loop stores into are not sunk.

package opt

import "github.com/hotloop/hotloop/trace/ir"

// Sink sinks the allocations that can be sunk.
func Sink(t *ir.Trace) *ir.Trace {
	loop := t.LoopRef()
	cand := map[ir.Ref]bool{}
	for r := ir.Ref(1); r < t.Len(); r++ {
		if t.Inst(r).Op == ir.NEW {
			cand[r] = true
		}
	}
	if len(cand) == 0 {
		return t
	}
	// container[v] lists the allocations v is stored into.
	container := map[ir.Ref][]ir.Ref{}
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		for i, a := range in.Args() {
			if !cand[a] {
				continue
			}
			switch {
			case in.Op == ir.FSTORE && i == 0 && in.B != a:
				if loop != ir.Nil && a < loop && r > loop {
					delete(cand, a) // the loop changes a pre-loop object
				}
			case in.Op == ir.FSTORE && i == 1 && in.A != a:
				container[a] = append(container[a], in.A)
			default:
				delete(cand, a)
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for v := range cand {
			for _, c := range container[v] {
				if !cand[c] {
					delete(cand, v)
					changed = true
					break
				}
			}
		}
	}
	if len(cand) == 0 {
		return t
	}
	t = t.Clone()
	keep := make([]bool, t.Len())
	fields := map[ir.Ref][]ir.VField{}
	// copies[s] is the last copy of snapshot s made below: the guards
	// that shared s in the recording (one bytecode's guards) keep sharing
	// it while the virtuals they see are the same, so that they keep one
	// exit (each exit rebuilding a virtual is an allocation call and its
	// stores: jit/dispatch_polysearch's root had 50 such exits for 28
	// recorded snapshots).
	copies := map[ir.SnapID]ir.SnapID{}
	for r := ir.Ref(1); r < t.Len(); r++ {
		keep[r] = true
		in := t.Inst(r)
		if in.Op == ir.FSTORE && cand[in.A] {
			fields[in.A] = setField(fields[in.A], ir.VField{Off: int32(in.Aux), Val: in.B})
			keep[r] = false
			continue
		}
		if in.Op == ir.NEW && cand[r] {
			in.Op = ir.SUNK
			continue
		}
		if in.Snap == ir.NoSnap {
			continue
		}
		// Give the snapshot the virtuals it can see, as of here.
		s := t.Snaps[in.Snap]
		var virt []ir.Virtual
		seen := map[ir.Ref]bool{}
		var visit func(ir.Ref)
		visit = func(v ir.Ref) {
			if !cand[v] || seen[v] || v >= r {
				return
			}
			seen[v] = true
			fs := append([]ir.VField(nil), fields[v]...)
			virt = append(virt, ir.Virtual{Ref: v, Alloc: int32(t.Inst(v).Aux), Fields: fs})
			for _, f := range fs {
				visit(f.Val)
			}
		}
		s.Refs(visit)
		if len(virt) == 0 {
			continue
		}
		if prev, ok := copies[in.Snap]; ok && sameVirtuals(t.Snaps[prev].Virtuals[len(s.Virtuals):], virt) {
			in.Snap = prev
			continue
		}
		c := (&ir.Trace{Snaps: []ir.Snapshot{s}}).Clone().Snaps[0]
		c.Virtuals = append(c.Virtuals, virt...)
		t.Snaps = append(t.Snaps, c)
		copies[in.Snap] = ir.SnapID(len(t.Snaps) - 1)
		in.Snap = ir.SnapID(len(t.Snaps) - 1)
	}
	return compactSnaps(compact(t, keep))
}

func setField(fs []ir.VField, f ir.VField) []ir.VField {
	out := append([]ir.VField(nil), fs...)
	for i := range out {
		if out[i].Off == f.Off {
			out[i] = f
			return out
		}
	}
	return append(out, f)
}

// sameVirtuals reports whether two lists of virtuals describe the same
// objects with the same fields, in the same order.
func sameVirtuals(a, b []ir.Virtual) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Ref != b[i].Ref || a[i].Alloc != b[i].Alloc || len(a[i].Fields) != len(b[i].Fields) {
			return false
		}
		for k := range a[i].Fields {
			if a[i].Fields[k] != b[i].Fields[k] {
				return false
			}
		}
	}
	return true
}
