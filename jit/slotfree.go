// slotfree.go installs slot-free trace modules (wasmgen/slotfree.go): a
// root or side trace built by build is lowered without its table slot,
// so that a trace with the same IR as one compiled before (a side trace
// of the same path grown from another parent's exit, or compiled again
// for a root that was compiled again) is the same module and wazero's
// compiled-module cache serves it without compiling (docs/jit.md
// "Compiles shared by identical traces (session 21)").

package jit

import (
	"crypto/sha256"
	"fmt"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/wasmgen"
)

// slotPlace is where a slot-free module goes: its slot and the values of
// its slot globals (wasmgen.SlotValues).
type slotPlace struct {
	slot        int32
	code, links uint32
}

// placeOf returns where low goes when it is slot-free, else nil.
func (j *JIT) placeOf(low *wasmgen.Lowered, side bool, slot int32) *slotPlace {
	if low == nil || !low.SlotFree {
		return nil
	}
	code, links := wasmgen.SlotValues(side, slot, j.linkBase(slot))
	return &slotPlace{slot: slot, code: code, links: links}
}

// place sets the slot globals of mod (compiled as cm from bin,
// instantiated as name) and installs its function into its slot with an
// installer module, which lives until release (the table refers to its
// import of the function). It counts the module as shared when a module
// of the same bytes was open, so that wazero's cache served it.
func (w *wasmRuntime) place(cm wazero.CompiledModule, mod api.Module, bin []byte, name string, p *slotPlace) error {
	if p == nil {
		return nil
	}
	for g, v := range map[string]uint32{wasmgen.SlotCodeGlobal: p.code, wasmgen.SlotLinksGlobal: p.links} {
		mg, ok := mod.ExportedGlobal(g).(api.MutableGlobal)
		if !ok {
			return fmt.Errorf("placing %s: no mutable global %s", name, g)
		}
		mg.Set(uint64(v))
	}
	ib, err := wasmgen.Installer(tableModule, tableName, uint32(w.tableSize), name, p.slot)
	if err != nil {
		return fmt.Errorf("placing %s: %w", name, err)
	}
	inst, err := w.r.InstantiateWithConfig(w.ctx, ib, w.config.WithName(name+"@install"))
	if err != nil {
		return fmt.Errorf("placing %s: %w", name, err)
	}
	if w.installers == nil {
		w.installers = map[api.Module]api.Module{}
	}
	w.installers[mod] = inst
	if w.openBytes == nil {
		w.openBytes, w.openSum = map[[32]byte]int{}, map[wazero.CompiledModule][32]byte{}
	}
	sum := sha256.Sum256(bin)
	if w.openBytes[sum] > 0 {
		w.shared++
	}
	w.openBytes[sum]++
	w.openSum[cm] = sum
	return nil
}

// loadPlaced compiles and instantiates a trace module and places it when
// it is slot-free.
func (w *wasmRuntime) loadPlaced(name string, bin []byte, p *slotPlace) (cm wazero.CompiledModule, mod api.Module, err error) {
	cm, mod, err = w.load(name, bin)
	if err != nil || p == nil {
		return cm, mod, err
	}
	if err := w.place(cm, mod, bin, name, p); err != nil {
		_ = mod.Close(w.ctx)
		_ = cm.Close(w.ctx)
		return nil, nil, err
	}
	return cm, mod, nil
}

// closeTrace closes a trace's instance (its slot no longer naming it)
// and its compiled module, which stays open a while when the module is
// slot-free (keepCompiled).
func (w *wasmRuntime) closeTrace(cm wazero.CompiledModule, mod api.Module) {
	inst, placed := w.installers[mod]
	if placed {
		delete(w.installers, mod)
		_ = inst.Close(w.ctx)
	}
	_ = mod.Close(w.ctx)
	if placed {
		w.keepCompiled(cm)
		return
	}
	_ = cm.Close(w.ctx)
}

// closeCompiled closes a compiled module, forgetting its bytes (place).
func (w *wasmRuntime) closeCompiled(cm wazero.CompiledModule) {
	if sum, ok := w.openSum[cm]; ok {
		delete(w.openSum, cm)
		if w.openBytes[sum]--; w.openBytes[sum] == 0 {
			delete(w.openBytes, sum)
		}
	}
	_ = cm.Close(w.ctx)
}

// keptCompiled is how many released slot-free modules stay compiled.
const keptCompiled = 16

// keepCompiled keeps the compiled module of a released slot-free trace
// open for a while, closing the one released keptCompiled modules
// before: wazero drops a compiled module from its cache when the last
// holder closes it, and a root that is retired with its side traces is
// often recorded and compiled again with the same ones (jit/
// dispatch_loop: 4 of 25 compiles).
func (w *wasmRuntime) keepCompiled(cm wazero.CompiledModule) {
	if len(w.kept) == keptCompiled {
		w.closeCompiled(w.kept[0])
		w.kept = append(w.kept[:0], w.kept[1:]...)
	}
	w.kept = append(w.kept, cm)
}
