// heapsift_test.go runs the heap sift module (heapsift.go) in wazero on
// lists and tuples laid out in a memory as the vm lays them out, against
// a Go transcription of CPython's heapq on the same items: random pushes
// and pops of int tuples of lengths 0 to 3 with many ties, and items the
// module must hand to the host (a float inside a tuple, a non-tuple, a
// full list, an empty list) with the list left as it was.

package wasmgen

import (
	"context"
	"math/rand"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
)

// The test's layout: blocks have a 16-byte header whose word at +8 counts
// value slots, then 16-byte slots (tag word, payload word).
var testSiftLayout = HeapSiftLayout{ListStorageOff: 24, ListLenOff: 32, ItemsOff: 16, CountOff: 8, TagInt: gc.TagInt, TagTuple: 130}

const testTagFloat gc.Tag = 4

// siftMem is the test's memory and a bump allocator in it.
type siftMem struct {
	mem  api.Memory
	next uint32
}

func (s *siftMem) u64(off uint32) uint64 { v, _ := s.mem.ReadUint64Le(off); return v }
func (s *siftMem) set(off uint32, v uint64) {
	if !s.mem.WriteUint64Le(off, v) {
		panic("write out of range")
	}
}

// block allocates a block of n value slots.
func (s *siftMem) block(n int) uint32 {
	p := s.next
	s.next += 16 + 16*uint32(n)
	s.set(p+8, uint64(n))
	return p
}

// tuple makes a tuple of ints (a float where f is the index of one).
func (s *siftMem) tuple(xs []int64, f int) uint32 {
	p := s.block(len(xs))
	for i, x := range xs {
		tag := gc.TagInt
		if i == f {
			tag = testTagFloat
		}
		s.set(p+16+16*uint32(i), uint64(tag))
		s.set(p+24+16*uint32(i), uint64(x))
	}
	return p
}

// refLess is CPython's tuple < on the test's int tuples.
func refLess(a, b []int64) bool {
	for i := 0; i < min(len(a), len(b)); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

// refPush and refPop are heapq's heappush and heappop (CPython's _siftdown
// and _siftup) on indexes into items.
func refPush(h []int, it int, items [][]int64) []int {
	h = append(h, it)
	pos := len(h) - 1
	for pos > 0 {
		par := (pos - 1) >> 1
		if !refLess(items[it], items[h[par]]) {
			break
		}
		h[pos] = h[par]
		pos = par
	}
	h[pos] = it
	return h
}

func refPop(h []int, items [][]int64) (int, []int) {
	last := h[len(h)-1]
	h = h[:len(h)-1]
	if len(h) == 0 {
		return last, h
	}
	top := h[0]
	h[0] = last
	n, pos := len(h), 0
	newitem := h[0]
	child := 1
	for child < n {
		if right := child + 1; right < n && !refLess(items[h[child]], items[h[right]]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = newitem
	for pos > 0 {
		par := (pos - 1) >> 1
		if !refLess(items[newitem], items[h[par]]) {
			break
		}
		h[pos] = h[par]
		pos = par
	}
	h[pos] = newitem
	return top, h
}

func TestHeapSiftModule(t *testing.T) {
	ctx := context.Background()
	r := newRuntime(t)
	var hostPushes, hostPops int
	_, err := r.NewHostModuleBuilder("rt").
		NewFunctionBuilder().WithFunc(func(lst, item uint32) uint32 { hostPushes++; return 0 }).Export("h_push").
		NewFunctionBuilder().WithFunc(func(lst uint32) (uint32, uint32) { hostPops++; return 0, 0 }).Export("h_pop").
		Instantiate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mm := NewModule()
	mm.Name = "heap"
	mm.Memory(Limits{Min: 64})
	mm.ExportMemory("mem")
	if _, err := r.InstantiateWithConfig(ctx, mustBytes(t, mm), wazero.NewModuleConfig().WithName("heap")); err != nil {
		t.Fatal(err)
	}
	b, err := BuildHeapSiftModule("sift", "heap", "mem", "rt", testSiftLayout, HeapSiftNames{Push: "wq_push", PushHost: "h_push", Pop: "wq_pop", PopHost: "h_pop"})
	if err != nil {
		t.Fatal(err)
	}
	mustValidate(t, b)
	mod, err := r.InstantiateWithConfig(ctx, b, wazero.NewModuleConfig().WithName("sift"))
	if err != nil {
		t.Fatal(err)
	}
	push, pop := mod.ExportedFunction("wq_push"), mod.ExportedFunction("wq_pop")
	s := &siftMem{mem: r.Module("heap").Memory(), next: 64}

	rng := rand.New(rand.NewSource(17))
	const capacity = 600
	lst := s.block(1)
	st := s.block(capacity)
	s.set(lst+24, uint64(st))
	var items [][]int64 // by index; refs[i] is its tuple
	var refs []uint32
	var h []int
	check := func(step int) {
		t.Helper()
		if n := s.u64(lst + 32); int(n) != len(h) {
			t.Fatalf("step %d: length %d, want %d", step, n, len(h))
		}
		for i, it := range h {
			tag, ref := s.u64(st+16+16*uint32(i)), s.u64(st+24+16*uint32(i))
			if tag != uint64(testSiftLayout.TagTuple) || uint32(ref) != refs[it] {
				t.Fatalf("step %d: item %d is (%d, %#x), want the tuple %v at %#x", step, i, tag, ref, items[it], refs[it])
			}
		}
		if len(h) < capacity {
			if tag := s.u64(st + 16 + 16*uint32(len(h))); tag != 0 {
				t.Fatalf("step %d: slot %d past the end has tag %d", step, len(h), tag)
			}
		}
	}
	for step := 0; step < 6000; step++ {
		if len(h) < capacity && (len(h) == 0 || rng.Intn(5) < 3) {
			xs := make([]int64, rng.Intn(4))
			for i := range xs {
				xs[i] = int64(rng.Intn(5) - 2)
				if rng.Intn(50) == 0 {
					xs[i] = -1 << 62
				}
			}
			items = append(items, xs)
			refs = append(refs, s.tuple(xs, -1))
			res, err := push.Call(ctx, uint64(lst), uint64(refs[len(refs)-1]))
			if err != nil || res[0] != 1 {
				t.Fatalf("step %d: push of %v: %v %v", step, xs, res, err)
			}
			h = refPush(h, len(items)-1, items)
		} else {
			res, err := pop.Call(ctx, uint64(lst))
			if err != nil || res[1] != 1 {
				t.Fatalf("step %d: pop: %v %v", step, res, err)
			}
			var top int
			top, h = refPop(h, items)
			if uint32(res[0]) != refs[top] {
				t.Fatalf("step %d: popped %#x, want %v at %#x", step, res[0], items[top], refs[top])
			}
		}
		check(step)
	}
	if hostPushes != 0 || hostPops != 0 {
		t.Fatalf("%d pushes and %d pops handed to the host, want none", hostPushes, hostPops)
	}

	// What the host must decide: the list is left as it was.
	snapshot := func() []uint64 {
		out := make([]uint64, 0, 2*capacity+1)
		out = append(out, s.u64(lst+32))
		for i := 0; i < 2*capacity; i++ {
			out = append(out, s.u64(st+16+8*uint32(i)))
		}
		return out
	}
	same := func(what string, before []uint64, hostCalls *int, want int) {
		t.Helper()
		after := snapshot()
		for i := range before {
			if before[i] != after[i] {
				t.Fatalf("%s: word %d changed from %#x to %#x", what, i, before[i], after[i])
			}
		}
		if *hostCalls != want {
			t.Fatalf("%s: %d host calls, want %d", what, *hostCalls, want)
		}
	}
	for len(h) > 300 {
		res, _ := pop.Call(ctx, uint64(lst))
		var top int
		top, h = refPop(h, items)
		if uint32(res[0]) != refs[top] {
			t.Fatal("pop before the hand-over tests")
		}
	}
	before := snapshot()
	floaty := s.tuple([]int64{-3, 1}, 0) // (-3.0-ish float, 1): compared with the root
	if res, _ := push.Call(ctx, uint64(lst), uint64(floaty)); res[0] != 0 {
		t.Fatalf("push of a tuple holding a float: %v, want the host's 0", res)
	}
	same("push of a float tuple", before, &hostPushes, 1)
	// A non-tuple at the root: the pop is another helper's.
	tag0 := s.u64(st + 16)
	s.set(st+16, uint64(gc.TagInt))
	before = snapshot()
	if res, _ := pop.Call(ctx, uint64(lst)); res[1] != 0 {
		t.Fatalf("pop of a non-tuple: %v, want the host's", res)
	}
	same("pop of a non-tuple", before, &hostPops, 1)
	s.set(st+16, tag0)
	// A float deep in the last item: the pop compares it on the way up.
	lastRef := s.u64(st + 24 + 16*uint32(len(h)-1))
	s.set(st+24+16*uint32(len(h)-1), uint64(s.tuple([]int64{9, 9}, 0)))
	before = snapshot()
	if res, _ := pop.Call(ctx, uint64(lst)); res[1] != 0 {
		t.Fatalf("pop whose sift meets a float: %v, want the host's", res)
	}
	same("pop meeting a float", before, &hostPops, 2)
	s.set(st+24+16*uint32(len(h)-1), lastRef)
	// A full list: the host grows it.
	s.set(st+8, uint64(len(h)))
	before = snapshot()
	if res, _ := push.Call(ctx, uint64(lst), uint64(s.tuple([]int64{0}, -1))); res[0] != 0 {
		t.Fatal("push into a full list not handed over")
	}
	same("push into a full list", before, &hostPushes, 2)
	// An empty list.
	s.set(lst+32, 0)
	if res, _ := pop.Call(ctx, uint64(lst)); res[1] != 0 || hostPops != 3 {
		t.Fatal("pop of an empty list not handed over")
	}
}
