// allocfast_test.go checks the trace module's inline allocator against
// gc.Heap.Alloc: two heaps brought to the same state, one allocating in Go
// and one through alloc_small, must end with the same bytes.

package wasmgen

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math/bits"
	"testing"

	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
)

// allocRig is a heap with a module exporting alloc_small, whose fallback
// import allocates with the heap's Go allocator and counts its calls.
type allocRig struct {
	heap  *gc.Heap
	fast  api.Function
	slows int
}

func newAllocRig(t *testing.T, poison bool) *allocRig {
	t.Helper()
	ctx := context.Background()
	h, err := gc.New(ctx, gc.Config{Poison: poison, InitialPages: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close(ctx) })
	rig := &allocRig{heap: h}
	i32 := api.ValueTypeI32
	// The JIT's runtime: compiled code over the heap's memory, which the
	// slow path may grow.
	rt, err := h.CompilerRuntime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = rt.NewHostModuleBuilder("rt").NewFunctionBuilder().
		WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, _ api.Module, s []uint64) {
			rig.slows++
			size, kind, nvals := int(uint32(s[0])), gc.Kind(uint32(s[1])), int(uint32(s[2]))
			ref, err := h.Alloc(kind, nvals, size-gc.HeaderSize-nvals*gc.ValueSize)
			if err != nil {
				panic(err)
			}
			s[0] = uint64(ref)
		}), []api.ValueType{i32, i32, i32}, []api.ValueType{i32}).Export(RuntimeAlloc).
		Instantiate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bin := allocFastModule(t)
	mod, err := rt.Instantiate(ctx, bin)
	if err != nil {
		t.Fatal(err)
	}
	rig.fast = mod.ExportedFunction(AllocFastName)
	return rig
}

// fragment allocates blocks of many sizes, keeps one in five (later one
// in 25) alive and collects, so that the small free lists and the large
// list hold the runs of dead blocks in between.
func (rig *allocRig) fragment(t *testing.T) {
	h := rig.heap
	for i := range 600 {
		r, err := h.Alloc(gc.Kind(1+i%7), i%5, (i*13)%90)
		if err != nil {
			t.Fatal(err)
		}
		if i%5 == 0 && i < 300 || i%25 == 0 {
			h.PushRoot(r.Value())
		}
	}
	h.Collect()
}

// goPath names the way gc.Heap.Alloc will find a block of size bytes in
// mem (gc.Heap.take's order), to check that the test reaches every path.
func goPath(mem []byte, size uint32) string {
	u32 := func(off uint32) uint32 { return binary.LittleEndian.Uint32(mem[off:]) }
	c := size/gc.BlockAlign - 1
	if m := binary.LittleEndian.Uint64(mem[gc.CtlNonEmpty:]) >> c << c; m != 0 {
		d := uint32(bits.TrailingZeros64(m))
		switch {
		case u32(gc.CtlFreeHeads+4*d) == 0:
			return "stale class bit"
		case d == c:
			return "pop"
		}
		return "pop larger class"
	}
	if l := u32(gc.CtlLargeHead); l != 0 {
		if u32(l+gc.HdrBlockSize) >= size {
			return "large head"
		}
		return "large walk"
	}
	if u32(gc.CtlTop)+size > u32(gc.CtlEnd) {
		return "grow"
	}
	return "bump"
}

// budget reads the allocation budget word.
func budget(mem []byte) int64 { return int64(binary.LittleEndian.Uint64(mem[gc.CtlBudget:])) }

func TestAllocFastMatchesHeapAlloc(t *testing.T) {
	for _, poison := range []bool{false, true} {
		t.Run(fmt.Sprintf("poison=%v", poison), func(t *testing.T) {
			goRig, wasmRig := newAllocRig(t, poison), newAllocRig(t, poison)
			goRig.fragment(t)
			wasmRig.fragment(t)
			// The collector's budget depends on CPU time; the rest of
			// the state must be identical.
			gm, wm := goRig.heap.Bytes(), wasmRig.heap.Bytes()
			gb0, wb0 := budget(gm), budget(wm)
			calls, paths := 0, map[string]int{}
			for i := range 3000 {
				nvals := i % 6
				raw := (i * 7) % 50
				size := int32((gc.HeaderSize + nvals*gc.ValueSize + raw + 15) &^ 15)
				size = max(size, gc.MinBlock)
				kind := gc.Kind(1 + i%9)
				paths[goPath(gm, uint32(size))]++
				want, err := goRig.heap.Alloc(kind, nvals, int(size)-gc.HeaderSize-nvals*gc.ValueSize)
				if err != nil {
					t.Fatal(err)
				}
				res, err := wasmRig.fast.Call(context.Background(), uint64(size), uint64(kind), uint64(nvals))
				if err != nil {
					t.Fatal(err)
				}
				calls++
				if got := gc.Ref(uint32(res[0])); got != want {
					t.Fatalf("alloc %d (size %d): wasm gave %#x, Go gave %#x", i, size, got, want)
				}
				gm, wm = goRig.heap.Bytes(), wasmRig.heap.Bytes()
				if gd, wd := gb0-budget(gm), wb0-budget(wm); gd != wd {
					t.Fatalf("alloc %d: wasm charged %d bytes in all, Go %d", i, wd, gd)
				}
				if len(gm) != len(wm) {
					t.Fatalf("alloc %d: memory sizes %d and %d", i, len(gm), len(wm))
				}
				if !bytes.Equal(gm[:gc.CtlBudget], wm[:gc.CtlBudget]) || !bytes.Equal(gm[gc.CtlBudget+8:], wm[gc.CtlBudget+8:]) {
					for j := range gm {
						if gm[j] != wm[j] && (j < gc.CtlBudget || j >= gc.CtlBudget+8) {
							t.Fatalf("alloc %d (size %d at %#x): byte %#x is %#x in wasm, %#x in Go", i, size, want, j, wm[j], gm[j])
						}
					}
				}
			}
			// Every inline path must have been taken, and only the
			// others may reach Go.
			for _, p := range []string{"pop", "pop larger class", "large head", "bump"} {
				if paths[p] == 0 {
					t.Errorf("no allocation took the path %q: %v", p, paths)
				}
			}
			if want := paths["stale class bit"] + paths["large walk"] + paths["grow"]; wasmRig.slows != want {
				t.Errorf("%d of %d allocations fell back to Go, want %d: %v", wasmRig.slows, calls, want, paths)
			}
			t.Logf("%d of %d allocations fell back to Go: %v", wasmRig.slows, calls, paths)
		})
	}
}
