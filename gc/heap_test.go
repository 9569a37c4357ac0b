// heap_test.go tests values, allocation, growth, out-of-memory and side
// tables, and holds the helpers the other tests share.

package gc

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"
)

// newHeap returns a heap closed when the test ends.
func newHeap(t testing.TB, cfg Config) *Heap {
	t.Helper()
	h, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := h.Close(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return h
}

// alloc allocates or fails the test.
func alloc(t testing.TB, h *Heap, kind Kind, nvals, nraw int) Ref {
	t.Helper()
	r, err := h.Alloc(kind, nvals, nraw)
	if err != nil {
		t.Fatalf("Alloc(%d, %d, %d): %v", kind, nvals, nraw, err)
	}
	return r
}

func verify(t testing.TB, h *Heap) {
	t.Helper()
	if err := h.Verify(); err != nil {
		t.Fatal(err)
	}
}

func TestValues(t *testing.T) {
	h := newHeap(t, Config{})
	r := alloc(t, h, 1, 8, 0)
	vals := []Value{Empty(), None(), Bool(true), Bool(false), Int(-7), Int(math.MaxInt64),
		Float(-0.5), Float(math.Inf(1)), r.Value(), MakeValue(TagRef+5, uint64(r)), MakeValue(9, 42)}
	for i, v := range vals[:8] {
		h.SetSlot(r, i, v)
		if got := h.Slot(r, i); got != v {
			t.Errorf("slot %d: stored %v, loaded %v", i, v, got)
		}
	}
	off := uint32(r) + HeaderSize
	h.Store(off, Int(-2))
	b := h.Bytes()[off : off+16]
	want := []byte{3, 0, 0, 0, 0, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
	if string(b) != string(want) {
		t.Errorf("Int(-2) in memory: % x, want % x", b, want)
	}
	if Int(-7).Int() != -7 || Float(-0.5).Float() != -0.5 || !Bool(true).Bool() || Bool(false).Bool() {
		t.Error("accessors do not invert constructors")
	}
	if !vals[8].IsRef() || !vals[9].IsRef() || vals[10].IsRef() || vals[9].Ref() != r || !Empty().IsEmpty() {
		t.Error("reference tags misclassified")
	}
}

func TestAllocLayout(t *testing.T) {
	h := newHeap(t, Config{})
	for _, c := range []struct{ nvals, nraw, size int }{
		{0, 0, 32}, {1, 0, 32}, {0, 17, 48}, {2, 5, 64}, {63, 0, 1024}, {0, 1009, 1040}, {1000, 3, 16032},
	} {
		r := alloc(t, h, 7, c.nvals, c.nraw)
		if r < HeapStart || r%16 != 0 {
			t.Errorf("Alloc returned misplaced %#x", r)
		}
		if h.Kind(r) != 7 || h.NumValues(r) != c.nvals || int(h.u32(uint32(r))) != c.size {
			t.Errorf("Alloc(%d, %d): kind %d, %d values, size %d; want size %d",
				c.nvals, c.nraw, h.Kind(r), h.NumValues(r), h.u32(uint32(r)), c.size)
		}
		if raw := h.Raw(r); len(raw) < c.nraw || len(raw) != c.size-16-16*c.nvals {
			t.Errorf("Alloc(%d, %d): %d raw bytes", c.nvals, c.nraw, len(raw))
		}
	}
	verify(t, h)
}

func TestFreeListReuse(t *testing.T) {
	h := newHeap(t, Config{})
	old := map[Ref]bool{}
	for i := range 1000 {
		r := alloc(t, h, 1, i%5, i%70)
		if i%5 > 0 {
			h.SetSlot(r, 0, Int(1)) // dirty the memory
		}
		copy(h.Raw(r), "dirty")
		old[r] = true
	}
	top := h.u32(CtlTop)
	keep := alloc(t, h, 1, 0, 0) // pins the end so the run is not returned to the bump pointer
	h.PushRoot(keep.Value())
	h.Collect()
	verify(t, h)
	if h.u32(CtlTop) != top+32 {
		t.Fatalf("top moved from %#x to %#x", top+32, h.u32(CtlTop))
	}
	for i := range 1000 {
		r := alloc(t, h, 2, i%5, i%70)
		if uint32(r) >= top {
			t.Fatalf("allocation %d at %#x bumped although free blocks remain", i, r)
		}
		for j := range i % 5 {
			if !h.Slot(r, j).IsEmpty() {
				t.Fatal("reused block not zeroed")
			}
		}
		for _, c := range h.Raw(r) {
			if c != 0 {
				t.Fatal("reused raw bytes not zeroed")
			}
		}
	}
	verify(t, h)
	h.PopRootsTo(0)
	h.Collect()
	if h.u32(CtlTop) != HeapStart {
		t.Errorf("an empty heap's top is %#x", h.u32(CtlTop))
	}
	verify(t, h)
}

// TestGrowthKeepsBase grows the memory with only the heap's runtime (the
// interpreter engine's, a run without the JIT), with the compiler runtime
// made before the growth, and made halfway through it (the JIT's first
// compile): every instance of the memory must stay where it was reserved
// and have the heap's size.
func TestGrowthKeepsBase(t *testing.T) {
	for _, compilerAt := range []int{-1, 0, 10000} {
		t.Run(fmt.Sprintf("compiler runtime at %d", compilerAt), func(t *testing.T) {
			testGrowthKeepsBase(t, compilerAt)
		})
	}
}

// TestCompilerRuntimeWhileGrowing makes the compiler runtime on another
// goroutine while the heap grows, as the JIT's background set-up may
// (jit/async.go prepareRuntime): whichever comes first, the compiler's
// memory ends with the heap's size and base. Run it with -race too.
func TestCompilerRuntimeWhileGrowing(t *testing.T) {
	for round := range 5 {
		h := newHeap(t, Config{InitialPages: 1})
		done := make(chan error, 1)
		go func() {
			_, err := h.CompilerRuntime(context.Background())
			done <- err
		}()
		for range 2000 * (round + 1) {
			alloc(t, h, 1, 2, 500)
		}
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		alloc(t, h, 1, 1<<18, 0) // one more growth, with the runtime surely made
		checkCompilerMemory(t, h)
		verify(t, h)
	}
}

// checkCompilerMemory fails t unless the compiler runtime's instance of
// the memory has the heap's size and base.
func checkCompilerMemory(t *testing.T, h *Heap) {
	t.Helper()
	m := h.compilerMemory
	view, _ := m.Read(0, 1)
	if m.Size() != uint32(len(h.Bytes())) || &view[0] != &h.Bytes()[0] {
		t.Fatalf("the compiler runtime's memory has %d bytes at %p, the heap %d at %p", m.Size(), &view[0], len(h.Bytes()), &h.Bytes()[0])
	}
}

func testGrowthKeepsBase(t *testing.T, compilerAt int) {
	h := newHeap(t, Config{InitialPages: 1})
	base := &h.Bytes()[0]
	first := alloc(t, h, 1, 1, 0)
	h.SetSlot(first, 0, Int(12345))
	for i := range 20000 {
		if i == compilerAt {
			if _, err := h.CompilerRuntime(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		alloc(t, h, 1, 2, 500) // 10 MiB
	}
	big := alloc(t, h, 1, 1<<20, 0) // 16 MiB at once
	h.SetSlot(big, 1<<20-1, Float(2.5))
	if (h.compilerMemory != nil) != (compilerAt >= 0) {
		t.Fatalf("compiler runtime's memory %v, made at %d", h.compilerMemory, compilerAt)
	}
	if h.compilerMemory != nil {
		checkCompilerMemory(t, h)
	}
	s := h.Stats()
	if s.Pages < 400 || len(h.Bytes()) != int(s.Pages)*PageSize || h.Memory().Size() != uint32(len(h.Bytes())) {
		t.Fatalf("memory did not grow as expected: %d pages, view %d bytes, wasm %d bytes",
			s.Pages, len(h.Bytes()), h.Memory().Size())
	}
	if &h.Bytes()[0] != base {
		t.Fatal("the memory moved")
	}
	wasmView, _ := h.Memory().Read(0, 1)
	if &wasmView[0] != base {
		t.Fatal("wasm's view of the memory is elsewhere")
	}
	if h.Slot(first, 0) != Int(12345) || h.Slot(big, 1<<20-1) != Float(2.5) {
		t.Fatal("contents lost while growing")
	}
	verify(t, h)
}

func TestOutOfMemory(t *testing.T) {
	h := newHeap(t, Config{InitialPages: 1, LimitPages: 4})
	var n int
	for ; ; n++ {
		_, err := h.Alloc(1, 3, 0)
		if errors.Is(err, ErrOutOfMemory) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
	}
	if n < (4*PageSize-HeapStart-TailSlack)/64-1 || h.Stats().Pages != 4 {
		t.Fatalf("out of memory after %d objects in %d pages", n, h.Stats().Pages)
	}
	if top := h.u32(CtlTop); uint64(top)+TailSlack > uint64(len(h.mem)) {
		t.Fatalf("blocks reach %#x, into the last %d bytes of %#x (TailSlack)", top, TailSlack, len(h.mem))
	}
	for _, c := range []struct{ nvals, nraw int }{{0, 4 * PageSize}, {math.MaxInt, 0}, {0, math.MaxInt}, {1 << 40, 0}} {
		if _, err := h.Alloc(1, c.nvals, c.nraw); !errors.Is(err, ErrOutOfMemory) {
			t.Errorf("Alloc(%d, %d) = %v, want out of memory", c.nvals, c.nraw, err)
		}
	}
	h.Collect()
	verify(t, h)
	alloc(t, h, 1, 0, 3*PageSize) // everything was garbage
	verify(t, h)
}

func TestSideTable(t *testing.T) {
	h := newHeap(t, Config{})
	var refs []Ref
	for i := range 100 {
		r := alloc(t, h, 1, 0, 8)
		h.SetSide(r, i)
		refs = append(refs, r)
	}
	h.SetSide(refs[0], "replaced")
	for i, r := range refs {
		if i%2 == 0 {
			h.PushRoot(r.Value())
		}
	}
	h.Collect()
	verify(t, h)
	if got := h.Stats().SideEntries; got != 50 {
		t.Fatalf("%d side entries live, want 50", got)
	}
	for i := 2; i < len(refs); i += 2 {
		if h.Side(refs[i]) != i {
			t.Fatalf("side entry of object %d is %v", i, h.Side(refs[i]))
		}
	}
	if h.Side(refs[0]) != "replaced" {
		t.Fatalf("replaced side entry is %v", h.Side(refs[0]))
	}
	for i := range 50 {
		r := alloc(t, h, 1, 0, 8)
		if h.Side(r) != nil {
			t.Fatal("new object has a side entry")
		}
		h.SetSide(r, -i)
	}
	if len(h.side) != 100 {
		t.Errorf("side table grew to %d entries instead of reusing handles", len(h.side))
	}
	verify(t, h)
}

// TestAllocRaw checks that AllocRaw empties the value slots and the header
// of a reused block but leaves its raw bytes as they were, and that fresh
// memory is zero either way.
func TestAllocRaw(t *testing.T) {
	h := newHeap(t, Config{})
	r, err := h.AllocRaw(3, 2, 40)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range h.Raw(r) {
		if c != 0 {
			t.Fatal("fresh raw bytes not zero")
		}
	}
	h.SetSlot(r, 0, Int(5))
	h.SetSlot(r, 1, r.Value())
	copy(h.Raw(r), "dirty bytes")
	keep := alloc(t, h, 1, 0, 0) // pins the end so r's block is reused
	h.PushRoot(keep.Value())
	h.Collect()
	r2, err := h.AllocRaw(4, 2, 40)
	if err != nil {
		t.Fatal(err)
	}
	if r2 != r {
		t.Fatalf("AllocRaw took %#x, not the freed %#x", r2, r)
	}
	if h.Kind(r2) != 4 || h.NumValues(r2) != 2 || !h.Slot(r2, 0).IsEmpty() || !h.Slot(r2, 1).IsEmpty() {
		t.Fatal("AllocRaw left a stale header or value slot")
	}
	if string(h.Raw(r2)[:11]) != "dirty bytes" {
		t.Errorf("AllocRaw cleared the raw bytes: %q", h.Raw(r2)[:11])
	}
	verify(t, h)
	h.Collect()
	if r3 := alloc(t, h, 1, 2, 40); r3 != r || string(h.Raw(r3)[:11]) != string(make([]byte, 11)) {
		t.Error("Alloc after AllocRaw did not clear the raw bytes")
	}
	verify(t, h)
}

// TestFreeListsInAddressOrder checks that the sweep rebuilds each free list
// in ascending address order, so that allocation walks the heap forwards.
func TestFreeListsInAddressOrder(t *testing.T) {
	h := newHeap(t, Config{})
	for i := range 400 {
		// live, dead small (3 classes), live, dead large: no two dead
		// blocks touch, so none coalesce.
		h.PushRoot(alloc(t, h, 1, 1, 0).Value())
		alloc(t, h, 1, 1, (i%3)*200)
		h.PushRoot(alloc(t, h, 1, 1, 0).Value())
		alloc(t, h, 1, 0, 2000+(i%4)*16)
	}
	h.Collect()
	verify(t, h)
	lists := 0
	for c := uint32(0); c <= numClasses; c++ {
		head := uint32(CtlFreeHeads + 4*c)
		if c == numClasses {
			head = CtlLargeHead
		}
		prev := uint32(0)
		for off := h.u32(head); off != 0; off = h.u32(off + HdrAux) {
			if off <= prev {
				t.Fatalf("free list %d: %#x after %#x", c, off, prev)
			}
			prev = off
		}
		if prev != 0 {
			lists++
		}
	}
	if lists < 2 {
		t.Fatalf("only %d non-empty free lists: the test checks nothing", lists)
	}
	prev := Ref(0)
	for range 50 {
		r := alloc(t, h, 1, 0, 2000)
		if r <= prev {
			t.Fatalf("large allocations went backwards: %#x after %#x", r, prev)
		}
		prev = r
	}
	verify(t, h)
}
