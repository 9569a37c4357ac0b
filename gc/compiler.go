// compiler.go makes the wazero runtime with the compiler engine, where the
// JIT compiles its modules, when the JIT first needs it.

package gc

import (
	"context"
	"fmt"

	"github.com/tetratelabs/wazero"
)

// CompilerRuntime returns the runtime with wazero's compiler engine, making
// it at the first call: its own instance of the memory module, named as
// the heap's (ModuleName, MemoryName) and over the same bytes at the
// memory's present size, which grow keeps equal to the heap's from then
// on. Config.CodeCache is its compilation cache.
//
// The heap's own runtime has the interpreter engine, which sets up in a
// fraction of the compiler's time: a program that never compiles a trace
// never pays for the compiler (docs/memory.md "The compiler runtime at
// the first compile"). CompilerRuntime may be called on another goroutine
// than the heap's user (the JIT prepares its runtime in the background);
// it takes growMu while it reads the memory's size and registers its
// instance, so a growth cannot fall between the two.
func (h *Heap) CompilerRuntime(ctx context.Context) (wazero.Runtime, error) {
	h.growMu.Lock()
	rt := h.compiler
	h.growMu.Unlock()
	if rt != nil {
		return rt, nil
	}
	// The engine's set-up is most of the cost: outside the lock, so that
	// the heap can grow meanwhile.
	rcfg := wazero.NewRuntimeConfigCompiler().WithCoreFeatures(coreFeatures)
	if h.cfg.CodeCache != nil {
		rcfg = rcfg.WithCompilationCache(h.cfg.CodeCache)
	}
	rt = wazero.NewRuntimeWithConfig(ctx, rcfg)
	h.growMu.Lock()
	defer h.growMu.Unlock()
	if h.compiler != nil { // made meanwhile by another caller
		_ = rt.Close(ctx)
		return h.compiler, nil
	}
	if h.res.all == nil {
		_ = rt.Close(ctx)
		return nil, fmt.Errorf("gc: the compiler runtime of a closed heap")
	}
	mem, err := defineMemory(ctx, rt, h.res, uint32(h.res.committed/PageSize))
	if err != nil {
		_ = rt.Close(ctx)
		return nil, fmt.Errorf("gc: the compiler runtime's memory: %w", err)
	}
	h.compiler, h.compilerMemory = rt, mem
	return rt, nil
}
