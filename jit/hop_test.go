// hop_test.go checks the wasm dispatcher (hop.go) on its own: two stand-in
// traces that enter each other forever must come back to Go when the
// budget runs out, when the interrupt word is set and when the collector
// asks, only slots Go marked may be entered, and each hop is counted in
// the slot it enters.

package jit

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// standIn builds a module for table slot slot whose function leaves its
// budget where an exit leaves it and returns EnterTrace for slot other.
func standIn(t *testing.T, slot, other int32, tableSize int) []byte {
	t.Helper()
	m := wasmgen.NewModule()
	m.Name = fmt.Sprintf("standin_%d", slot)
	m.ImportMemory(gc.ModuleName, gc.MemoryName, wasmgen.Limits{Min: 0})
	m.ImportTable(tableModule, tableName, wasmgen.Limits{Min: uint32(tableSize)})
	f := m.NewFunc(wasmgen.TraceExport, wasmgen.Sig([]wasmgen.ValType{wasmgen.I32, wasmgen.I32}, wasmgen.I32))
	f.I32Const(0)
	f.LocalGet(1)
	f.I32Store(vm.JITBudgetWordOffset)
	f.I32Const(wasmgen.EnterTrace | other<<wasmgen.NestedSlotShift)
	f.Return()
	if err := f.Finish(); err != nil {
		t.Fatal(err)
	}
	m.ExportFunc(wasmgen.TraceExport, f.Index())
	m.Elem(wasmgen.ConstI32(slot), f.Index())
	bin, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

func TestHopDispatcherPolls(t *testing.T) {
	m, err := vm.New(vm.Config{Args: []string{""}})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	j := New(Config{MaxModules: 4})
	w, err := newWasmRuntime(m.JITHeap(), j.cfg.MaxModules, m.JITFloatPow)
	if err != nil {
		t.Fatal(err)
	}
	j.w = w
	j.setupLinks(m)
	j.setupHops(m)
	if j.hop == nil {
		t.Fatal("no dispatcher")
	}
	for s := int32(0); s < 2; s++ {
		if _, _, err := w.load(fmt.Sprintf("standin_%d", s), standIn(t, s, 1-s, j.cfg.MaxModules)); err != nil {
			t.Fatal(err)
		}
	}
	mem := m.JITHeap().Bytes()
	setOK := func(slot int32, v uint32) {
		binary.LittleEndian.PutUint32(mem[j.hop.enterOK+4*uint32(slot):], v)
	}
	const frame = 0 // the stand-ins never read it
	gcBudget := binary.LittleEndian.Uint64(mem[gc.CtlBudget:])
	if int64(gcBudget) <= 0 {
		binary.LittleEndian.PutUint64(mem[gc.CtlBudget:], 1<<40)
	}

	// Neither slot may be entered: the first result comes back.
	code, last, _, hops, err := j.hop.run(w, 0, frame, 1000)
	if err != nil || code != wasmgen.EnterTrace|1<<wasmgen.NestedSlotShift || last != 0 || hops != 0 {
		t.Fatalf("not allowed: code %#x last %d hops %d err %v", code, last, hops, err)
	}
	// Both may: the budget (one per hop) ends the cycle.
	setOK(0, 1)
	setOK(1, 1)
	code, last, _, hops, err = j.hop.run(w, 0, frame, 1000)
	if err != nil || hops < 900 || hops >= 1000 {
		t.Fatalf("budget: code %#x last %d hops %d err %v", code, last, hops, err)
	}
	if slot, ok := wasmgen.EnterTarget(code); !ok || slot != 1-last {
		t.Fatalf("budget: code %#x from slot %d", code, last)
	}
	// Each hop is counted in the slot it enters (hoptrees.go).
	in0 := j.hopEntries(&compiled{slot: 0})
	in1 := j.hopEntries(&compiled{slot: 1})
	if in0+in1 != hops || in1-in0 < 0 || in1-in0 > 1 {
		t.Fatalf("hop counts: %d into slot 0, %d into slot 1, %d hops", in0, in1, hops)
	}
	// The interrupt word stops it at once.
	binary.LittleEndian.PutUint32(mem[vm.InterruptWordOffset:], 1)
	_, _, _, hops, err = j.hop.run(w, 0, frame, 1000)
	binary.LittleEndian.PutUint32(mem[vm.InterruptWordOffset:], 0)
	if err != nil || hops != 0 {
		t.Fatalf("interrupt: hops %d err %v", hops, err)
	}
	// So does a collection that is due.
	saved := binary.LittleEndian.Uint64(mem[gc.CtlBudget:])
	binary.LittleEndian.PutUint64(mem[gc.CtlBudget:], 0)
	_, _, _, hops, err = j.hop.run(w, 0, frame, 1000)
	binary.LittleEndian.PutUint64(mem[gc.CtlBudget:], saved)
	if err != nil || hops != 0 {
		t.Fatalf("collection: hops %d err %v", hops, err)
	}
	// A slot Go did not mark stops the chain there.
	setOK(0, 0)
	code, last, _, hops, err = j.hop.run(w, 0, frame, 1000)
	if err != nil || hops != 1 || last != 1 || code != wasmgen.EnterTrace {
		t.Fatalf("unmarked slot: code %#x last %d hops %d err %v", code, last, hops, err)
	}
}

// TestHopTrees: a root waiting for its tree (treeAt) whose iterations Go
// never sees is rebuilt once the hops into it reach treeAt, and a retired
// root stops waiting (hoptrees.go).
func TestHopTrees(t *testing.T) {
	m, err := vm.New(vm.Config{Args: []string{""}})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	j := New(Config{MaxModules: 4})
	w, err := newWasmRuntime(m.JITHeap(), j.cfg.MaxModules, m.JITFloatPow)
	if err != nil {
		t.Fatal(err)
	}
	j.w = w
	j.setupLinks(m)
	j.setupHops(m)
	if j.hop == nil {
		t.Fatal("no dispatcher")
	}
	mem := m.JITHeap().Bytes()
	setHops := func(slot int32, n uint32) {
		binary.LittleEndian.PutUint32(mem[j.hop.entered+4*uint32(slot):], n)
	}
	a := &compiled{name: "a", slot: 1, iters: 3}
	b := &compiled{name: "b", slot: 2}
	a.root, b.root = a, b
	j.bySlot[a.slot], j.bySlot[b.slot] = a, b
	a.treeAt = j.treeProgress(a) + 10
	b.treeAt = j.treeProgress(b) + 10
	j.waitTree(a)
	j.waitTree(b)
	j.waitTree(a)
	if len(j.treeWait) != 2 {
		t.Fatalf("%d roots waiting, want 2", len(j.treeWait))
	}
	setHops(1, 9)
	j.hopTrees(nil)
	if a.treeAt == 0 || len(j.treeWait) != 2 {
		t.Fatalf("9 hops of 10: treeAt %d, %d waiting", a.treeAt, len(j.treeWait))
	}
	setHops(1, 10)
	delete(j.bySlot, b.slot) // b retired
	j.hopTrees(nil)
	if a.treeAt != 0 || len(j.treeWait) != 0 {
		t.Fatalf("10 hops of 10: treeAt %d, %d waiting", a.treeAt, len(j.treeWait))
	}
}
