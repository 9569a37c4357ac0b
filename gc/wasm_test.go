// wasm_test.go proves that wasm code and Go see the same bytes: a module
// written by hand imports the heap memory and loads and stores 64-bit words.

package gc

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/tetratelabs/wazero"
)

// probeModule imports (memory "hotloop" "heap") and exports
// load(addr i32) i64 and store(addr i32, x i64).
func probeModule() []byte {
	section := func(id byte, payload ...byte) []byte {
		return append([]byte{id, byte(len(payload))}, payload...)
	}
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	b = append(b, section(1, 2, 0x60, 1, 0x7f, 1, 0x7e, 0x60, 2, 0x7f, 0x7e, 0)...) // types
	b = append(b, section(2, append(append([]byte{1, 7}, "hotloop"...),
		4, 'h', 'e', 'a', 'p', 2, 0, 0)...)...) // import memory, min 0, no max
	b = append(b, section(3, 2, 0, 1)...) // functions: load has type 0, store type 1
	b = append(b, section(7, 2, 4, 'l', 'o', 'a', 'd', 0, 0, 5, 's', 't', 'o', 'r', 'e', 0, 1)...)
	return append(b, section(10, 2,
		7, 0, 0x20, 0, 0x29, 3, 0, 0x0b, // local.get 0; i64.load; end
		9, 0, 0x20, 0, 0x20, 1, 0x37, 3, 0, 0x0b)...) // local.get 0; local.get 1; i64.store; end
}

// TestWasmSharesMemory runs a module that reads and writes the memory in
// the heap's runtime and in the compiler runtime, which the JIT's modules
// use: each sees Go's writes, also to grown memory, and Go sees its.
func TestWasmSharesMemory(t *testing.T) {
	t.Run("heap runtime", func(t *testing.T) {
		testWasmSharesMemory(t, func(h *Heap) (wazero.Runtime, error) { return h.Runtime(), nil })
	})
	t.Run("compiler runtime", func(t *testing.T) {
		testWasmSharesMemory(t, func(h *Heap) (wazero.Runtime, error) { return h.CompilerRuntime(context.Background()) })
	})
}

func testWasmSharesMemory(t *testing.T, runtime func(*Heap) (wazero.Runtime, error)) {
	ctx := context.Background()
	h := newHeap(t, Config{InitialPages: 1})
	base := &h.Bytes()[0]
	rt, err := runtime(h)
	if err != nil {
		t.Fatal(err)
	}
	probe, err := rt.InstantiateWithConfig(ctx, probeModule(), wazero.NewModuleConfig().WithName("probe"))
	if err != nil {
		t.Fatal(err)
	}
	load, store := probe.ExportedFunction("load"), probe.ExportedFunction("store")
	read := func(off uint32) uint64 {
		t.Helper()
		res, err := load.Call(ctx, uint64(off))
		if err != nil {
			t.Fatal(err)
		}
		return res[0]
	}

	r := alloc(t, h, 1, 2, 0)
	h.SetSlot(r, 0, Int(-42))
	slot0 := uint32(r) + HeaderSize
	if tag, payload := read(slot0), read(slot0+8); Tag(tag) != TagInt || int64(payload) != -42 {
		t.Fatalf("wasm read tag %d payload %d", tag, int64(payload))
	}
	if _, err := store.Call(ctx, uint64(slot0+ValueSize), uint64(TagFloat)); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Call(ctx, uint64(slot0+ValueSize+8), Float(1.5).Bits()); err != nil {
		t.Fatal(err)
	}
	if got := h.Slot(r, 1); got != Float(1.5) {
		t.Fatalf("Go read %v after wasm stored 1.5", got)
	}

	// Grow the memory from Go: wasm sees the new pages at once.
	big := alloc(t, h, 1, 1<<16, 0)
	h.SetSlot(big, 1<<16-1, Int(7))
	last := uint32(big) + HeaderSize + (1<<16-1)*ValueSize
	if last < PageSize || read(last+8) != 7 {
		t.Fatal("wasm does not see what Go wrote in grown memory")
	}

	// Closing a module that imports the memory must not free it.
	if err := probe.Close(ctx); err != nil {
		t.Fatal(err)
	}
	alloc(t, h, 1, 1<<17, 0)
	if &h.Bytes()[0] != base || h.Slot(big, 1<<16-1) != Int(7) || h.Slot(r, 0) != Int(-42) {
		t.Fatal("the memory moved or lost its contents after an importer closed")
	}
	verify(t, h)
}

// TestModulesValidate checks the hand-written modules with wabt's
// wasm-validate, when it is installed.
func TestModulesValidate(t *testing.T) {
	tool, err := exec.LookPath("wasm-validate")
	if err != nil {
		t.Skip("wasm-validate (Debian's wabt) is not installed")
	}
	for name, bin := range map[string][]byte{"memory": memoryModule(16), "probe": probeModule()} {
		file := filepath.Join(t.TempDir(), name+".wasm")
		if err := os.WriteFile(file, bin, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(tool, file).CombinedOutput(); err != nil {
			t.Errorf("%s module: %v\n%s", name, err, out)
		}
	}
}
