package wasmgen

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/trace/opt"
)

// install instantiates a lowered module as the JIT does: a slot-bound one
// installs itself by its element segment; a slot-free one gets its slot
// globals set (SlotValues) and an Installer. Both live until the test
// ends, the installer after the module it imports from.
func (rig *lowRig) install(t *testing.T, low *Lowered, cfg LowerConfig) {
	t.Helper()
	rig.n++
	name := fmt.Sprintf("inst_%d", rig.n)
	mod, err := rig.r.InstantiateWithConfig(rig.ctx, low.Wasm, wazero.NewModuleConfig().WithName(name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mod.Close(rig.ctx) })
	if !low.SlotFree {
		return
	}
	code, links := SlotValues(cfg.Side, cfg.Slot, cfg.LinkBase)
	for g, v := range map[string]uint32{SlotCodeGlobal: code, SlotLinksGlobal: links} {
		mg, ok := mod.ExportedGlobal(g).(api.MutableGlobal)
		if !ok {
			t.Fatalf("%s: no mutable global %s", name, g)
		}
		mg.Set(uint64(v))
	}
	bin, err := Installer(cfg.TableModule, cfg.TableName, cfg.TableMin, name, cfg.Slot)
	if err != nil {
		t.Fatal(err)
	}
	if haveWabt() {
		if msg := wasmValidate(t, bin); msg != "" {
			t.Fatalf("wasm-validate of the installer: %s", msg)
		}
	}
	inst, err := rig.r.InstantiateWithConfig(rig.ctx, bin, wazero.NewModuleConfig().WithName(name+"_install"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inst.Close(rig.ctx) })
}

// TestSlotFreeLinks: slot-free root and side traces link, restart, count
// their budget and tag their exits with their slot as slot-bound ones do
// (link_test.go's checks).
func TestSlotFreeLinks(t *testing.T) { checkSideTraceLinks(t, true) }

// TestSlotFreeSameBytes: the same trace lowered slot-free for two slots
// (and link words) is the same module, which wazero then compiles once; a
// slot-bound one is not; a root carrying inlined side traces stays
// slot-bound.
func TestSlotFreeSameBytes(t *testing.T) {
	rig := newLowRig(t)
	_, side, _ := linkTraces(100)
	lower := func(slot int32, link uint32, free bool) *Lowered {
		cfg := rig.config()
		cfg.Name = "trace"
		cfg.Slot, cfg.LinkBase, cfg.Side, cfg.SlotFree = slot, link, true, free
		low, err := Lower(side, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if low.SlotFree != free {
			t.Fatalf("Lowered.SlotFree %v, want %v", low.SlotFree, free)
		}
		return low
	}
	if a, b := lower(5, 3072, true), lower(7, 4096, true); !bytes.Equal(a.Wasm, b.Wasm) {
		t.Fatal("slot-free modules of slots 5 and 7 differ")
	}
	if a, b := lower(5, 3072, false), lower(7, 4096, false); bytes.Equal(a.Wasm, b.Wasm) {
		t.Fatal("slot-bound modules of slots 5 and 7 are the same")
	}
	raw, side, _ := linkTraces(1 << 40)
	root, err := opt.Pipeline(raw, opt.Config{})
	if err != nil {
		t.Fatal(err)
	}
	exitA := peeledExit(t, root, 11) // inline_test.go
	cfg := rig.config()
	cfg.LinkBase, cfg.SlotFree = linkRootBase, true
	cfg.Inline = []InlineSide{{Exit: exitA, Trace: side, Slot: linkSideSlot, LinkBase: linkSideBase}}
	low, err := Lower(root, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if low.SlotFree || !low.FastRestart {
		t.Fatal("a root with inlined side traces was lowered slot-free")
	}
}
