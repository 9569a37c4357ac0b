// collect_test.go tests the collector: random object graphs with cycles
// checked against a model, the root stack, the vm's Roots, MaybeCollect's
// trigger and stress mode, and the panic on a corrupt reference.

package gc

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// modelObject is what the test expects to find in one heap object.
type modelObject struct {
	ref   Ref
	slots []Value
	raw   []byte
	side  any
}

// vmRoots stands in for the vm: some values held in Go, and a register
// file in the runtime area of linear memory.
type vmRoots struct {
	vals []Value
	regs int // values stored from RuntimeAreaStart
}

func (r *vmRoots) MarkRoots(m *Marker) {
	m.Values(r.vals)
	m.Range(RuntimeAreaStart, r.regs)
}

func TestRandomGraphs(t *testing.T) {
	for seed := range uint64(5) {
		h := newHeap(t, Config{InitialPages: 1})
		rng := rand.New(rand.NewPCG(seed, 1))
		vm := &vmRoots{}
		h.SetRoots(vm)
		var objs []*modelObject // objects the model says are live
		freed := map[Ref]bool{}
		reused := 0
		for round := range 8 {
			// Allocate, some objects large, some with side entries.
			for range 2000 {
				nvals, nraw := rng.IntN(7), rng.IntN(50)
				if rng.IntN(50) == 0 {
					nvals, nraw = rng.IntN(200), rng.IntN(5000)
				}
				o := &modelObject{ref: alloc(t, h, Kind(nvals), nvals, nraw),
					slots: make([]Value, nvals), raw: make([]byte, nraw)}
				if freed[o.ref] {
					reused++
				}
				for i := range o.raw {
					o.raw[i] = byte(rng.Uint32())
				}
				copy(h.Raw(o.ref), o.raw)
				if rng.IntN(4) == 0 {
					o.side = rng.Int()
					h.SetSide(o.ref, o.side)
				}
				objs = append(objs, o)
			}
			checkNoOverlap(t, h, objs)
			// Fill slots with immediates and references (cycles included).
			for _, o := range objs {
				for i := range o.slots {
					o.slots[i] = randomValue(rng, objs)
					h.SetSlot(o.ref, i, o.slots[i])
				}
			}
			// Choose roots of every sort.
			h.PopRootsTo(0)
			vm.vals, vm.regs = vm.vals[:0], rng.IntN(10)
			var roots []Value
			for i := range vm.regs {
				v := randomValue(rng, objs)
				h.Store(RuntimeAreaStart+uint32(i)*ValueSize, v)
				roots = append(roots, v)
			}
			for range 5 {
				roots = append(roots, randomValue(rng, objs))
				vm.vals = append(vm.vals, roots[len(roots)-1])
				roots = append(roots, randomValue(rng, objs))
				h.PushRoot(roots[len(roots)-1])
			}
			if round%3 == 0 {
				roots = append(roots, randomValue(rng, objs))
				h.AddPermanentRoot(roots[len(roots)-1])
			}
			roots = append(roots, h.permanent...)

			live := reachable(objs, roots)
			h.Collect()
			verify(t, h)
			var liveBytes uint64
			for _, o := range live {
				checkObject(t, h, o)
				liveBytes += uint64(h.u32(uint32(o.ref)))
			}
			s := h.Stats()
			if s.LiveObjects != uint64(len(live)) || s.LiveAfterGC != liveBytes || s.Collections != uint64(round+1) {
				t.Fatalf("seed %d round %d: stats %+v; model has %d objects, %d bytes live",
					seed, round, s, len(live), liveBytes)
			}
			for _, o := range objs {
				freed[o.ref] = true
			}
			for _, o := range live {
				delete(freed, o.ref)
			}
			objs = live
		}
		if reused == 0 {
			t.Errorf("seed %d: no freed block was reused", seed)
		}
	}
}

// randomValue returns an immediate or a reference to one of objs.
func randomValue(rng *rand.Rand, objs []*modelObject) Value {
	switch n := rng.IntN(10); {
	case n < 5 && len(objs) > 0:
		r := objs[rng.IntN(len(objs))].ref
		if n == 0 {
			return MakeValue(TagRef+1, uint64(r)) // a vm-defined reference tag
		}
		return r.Value()
	case n == 5:
		return Float(rng.Float64())
	case n == 6:
		return None()
	case n == 7:
		return Empty()
	case n == 8:
		return MakeValue(TagRef, 0) // a null reference
	}
	return Int(rng.Int64())
}

// reachable returns the objects of objs reachable from roots.
func reachable(objs []*modelObject, roots []Value) []*modelObject {
	byRef := map[Ref]*modelObject{}
	for _, o := range objs {
		byRef[o.ref] = o
	}
	seen := map[Ref]bool{}
	var live []*modelObject
	stack := slices.Clone(roots)
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if o := byRef[v.Ref()]; v.IsRef() && o != nil && !seen[o.ref] {
			seen[o.ref] = true
			live = append(live, o)
			stack = append(stack, o.slots...)
		}
	}
	return live
}

// checkObject compares a heap object with the model.
func checkObject(t *testing.T, h *Heap, o *modelObject) {
	t.Helper()
	if h.Kind(o.ref) != Kind(len(o.slots)) || h.NumValues(o.ref) != len(o.slots) {
		t.Fatalf("object %#x: header changed", o.ref)
	}
	for i, v := range o.slots {
		if got := h.Slot(o.ref, i); got != v {
			t.Fatalf("object %#x slot %d: %v, want %v", o.ref, i, got, v)
		}
	}
	if !bytes.Equal(h.Raw(o.ref)[:len(o.raw)], o.raw) {
		t.Fatalf("object %#x: raw bytes changed", o.ref)
	}
	if h.Side(o.ref) != o.side {
		t.Fatalf("object %#x: side entry %v, want %v", o.ref, h.Side(o.ref), o.side)
	}
}

// checkNoOverlap fails if any two objects' blocks overlap.
func checkNoOverlap(t *testing.T, h *Heap, objs []*modelObject) {
	t.Helper()
	refs := make([]uint32, len(objs))
	for i, o := range objs {
		refs[i] = uint32(o.ref)
	}
	slices.Sort(refs)
	for i := 1; i < len(refs); i++ {
		if refs[i-1]+h.u32(refs[i-1]) > refs[i] {
			t.Fatalf("blocks %#x and %#x overlap", refs[i-1], refs[i])
		}
	}
}

func TestRootStack(t *testing.T) {
	h := newHeap(t, Config{})
	a, b := alloc(t, h, 1, 1, 0), alloc(t, h, 1, 0, 0)
	h.SetSlot(a, 0, b.Value())
	sa := h.PushRoot(a.Value())
	sb := h.PushRoot(Empty())
	h.SetRoot(sb, Int(3))
	if h.Root(sb) != Int(3) || h.RootDepth() != 2 {
		t.Fatal("root stack does not hold what was pushed")
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("popping below the top did not panic")
			}
		}()
		h.PopRoot(sa)
	}()
	h.Collect()
	if h.Stats().LiveObjects != 2 {
		t.Fatalf("%d objects live, want 2", h.Stats().LiveObjects)
	}
	h.PopRoot(sb)
	h.PopRoot(sa)
	func() {
		defer func() {
			if recover() == nil {
				t.Error("PopRootsTo above the depth did not panic")
			}
		}()
		h.PopRootsTo(1)
	}()
	h.Collect()
	if h.Stats().LiveObjects != 0 {
		t.Fatalf("%d objects live after popping every root", h.Stats().LiveObjects)
	}
	verify(t, h)
}

func TestMaybeCollect(t *testing.T) {
	h := newHeap(t, Config{MinTrigger: 1 << 20, GrowthFactor: 3, FixedGrowth: true})
	keep := alloc(t, h, 1, 0, 1<<20-HeaderSize) // 1 MiB live
	h.AddPermanentRoot(keep.Value())
	n := 0
	for h.Stats().Collections < 2 {
		alloc(t, h, 1, 2, 0)
		n++
		h.MaybeCollect()
	}
	// The first collection comes at once (the permanent object alone is
	// MinTrigger), the second after 2 MiB more: (GrowthFactor-1) × live.
	if want := 1 + (2<<20)/48; n < want-2 || n > want+2 {
		t.Errorf("two collections after %d allocations, want about %d", n, want)
	}
	stress := newHeap(t, Config{Stress: true})
	for range 10 {
		if !stress.MaybeCollect() {
			t.Fatal("stress mode skipped a collection")
		}
	}
	if s := stress.Stats(); s.Collections != 10 || s.PauseTotal <= 0 || s.PauseMax < s.PauseLast {
		t.Errorf("stress stats %+v", s)
	}
}

func TestNearLimitCollectsSooner(t *testing.T) {
	h := newHeap(t, Config{InitialPages: 1, LimitPages: 8})
	for i := range 100000 {
		if _, err := h.Alloc(1, 2, 0); err != nil {
			t.Fatalf("allocation %d: %v (MaybeCollect should have collected)", i, err)
		}
		h.MaybeCollect()
	}
	if s := h.Stats(); s.Collections < 5 || s.Pages > 8 {
		t.Errorf("%d collections, %d pages", s.Collections, s.Pages)
	}
}

func TestCorruptReferencePanics(t *testing.T) {
	h := newHeap(t, Config{})
	r := alloc(t, h, 1, 1, 0)
	for _, bad := range []Value{MakeValue(TagRef, uint64(r)+8), MakeValue(TagRef, 1<<40), MakeValue(TagRef, 64)} {
		h.SetSlot(r, 0, bad)
		s := h.PushRoot(r.Value())
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("collecting with a reference to %#x did not panic", bad.Bits())
				}
				clear(h.markStack)
				h.markStack = h.markStack[:0]
				h.mem[r+HdrFlags] &^= flagMark
			}()
			h.Collect()
		}()
		h.PopRoot(s)
	}
}
