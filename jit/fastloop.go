// fastloop.go holds the JIT's side of trace trees (wasmgen/fastloop.go,
// wasmgen/inline.go): a peeled root remembers whether side traces inlined
// into it can go back into its loop, each side trace whether it may
// (wasmgen.SideLoopsFast against its root), and a root is rebuilt with
// such side traces of its loop body inside it, swapped into its own table
// slot (docs/jit.md "Side traces", "Back into the loop").

package jit

import (
	"fmt"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// setFastRestart records what lowering root c gave: whether it has a fast
// restart plan (inlined side traces can go back into its loop). A root
// lowered unpeeled for an if/elif chain (unpeeled, trace/opt/ifchain.go)
// needs none: its inlined side traces restart it from the frame
// (wasmgen.UnpeeledLoop), so it may be rebuilt as a tree too. Roots left
// unpeeled because they call inner traces keep their side traces apart.
func (c *compiled) setFastRestart(low *wasmgen.Lowered, unpeeled bool) {
	c.fastRestart = low.FastRestart || unpeeled && wasmgen.UnpeeledLoop(c.t)
}

// fastLoopParent reports whether a side trace hanging off an exit of x
// may go back into the loop: x's root has a fast restart plan and x is
// that root or a side trace that may itself (so that nothing on the way
// from the root wrote an invariant word or register).
func (x *compiled) fastLoopParent() bool {
	if x == nil || x.root == nil || !x.root.fastRestart {
		return false
	}
	return x == x.root || x.loopFast
}

// rootTrace is the optimised IR of x's root (nil without one), which
// wasmgen.SideLoopsFast checks a side trace against.
func (x *compiled) rootTrace() *ir.Trace {
	if x == nil || x.root == nil {
		return nil
	}
	return x.root.t
}

// Trace trees (wasmgen/inline.go): a root whose side traces may go back
// into its loop is rebuilt with their code inside it, at most maxRebuilds
// times, carrying at most maxInlined side traces.
const (
	maxRebuilds = 3
	maxInlined  = 16
)

// inlineSides rebuilds root r with the side traces hanging directly off
// its exits that may go back into the loop (treeSides, twins.go), and
// swaps the new module into r's table slot: r keeps its IR, its exits,
// its link words and its slot, so traces calling it and its side traces
// see no change, only the exits now run their side traces' code in place.
// A failure leaves r as it was.
func (j *JIT) inlineSides(r *compiled) {
	priced := r.treeLow // the tree treeDue just lowered to price it (sidebudget.go)
	r.treeLow = nil
	if j.calloutBusy() {
		return // its old module may be running below a residual call (callout.go)
	}
	if r.root != r || !r.fastRestart || r.rebuilds >= maxRebuilds || j.treeBusy(r) {
		return
	}
	sides, in := j.treeSides(r) // twins.go
	fresh := false
	for _, s := range sides {
		fresh = fresh || s.inlinedIn != r
	}
	if !fresh {
		return
	}
	start := time.Now()
	r.rebuilds++
	name := fmt.Sprintf("%s_tree%d", r.name, r.rebuilds)
	low, err := priced, error(nil)
	if low == nil {
		low, err = j.lowerTree(r, in)
	}
	if err != nil {
		r.rebuilds = maxRebuilds
		j.logf("no trace tree for %s: %v", r.name, err)
		return
	}
	if j.cfg.DumpDir != "" {
		j.dump(name, r.t, r.t, low.Wasm)
	}
	if j.treeAsync(r, name, low, sides, start) {
		return // compiling in the background (async.go)
	}
	// Instantiating the new module sets r's table slot to its function
	// (its element segment); only then does the old module go.
	var cm wazero.CompiledModule
	var mod api.Module
	j.pricedLoad(low.Wasm, low.Instrs, func() { cm, mod, err = j.w.load(name, low.Wasm) }) // compileprice.go
	if err != nil {
		r.rebuilds = maxRebuilds
		j.logf("no trace tree for %s: %v", r.name, err)
		return
	}
	j.treeInstalled(r, name, low, sides, cm, mod, time.Since(start))
}

// lowerTree lowers root r with the side traces in inside it.
func (j *JIT) lowerTree(r *compiled, in []wasmgen.InlineSide) (*wasmgen.Lowered, error) {
	return wasmgen.Lower(r.t, wasmgen.LowerConfig{
		Name: wasmModuleName, MemModule: gc.ModuleName, MemName: gc.MemoryName,
		TableModule: tableModule, TableName: tableName, TableMin: uint32(j.cfg.MaxModules), Slot: r.slot,
		RuntimeModule: runtimeModule, HostModule: hostModuleOf, InterruptAddr: vm.InterruptWordOffset, GCBudgetAddr: gc.CtlBudget,
		BudgetOutAddr: vm.JITBudgetWordOffset, LinkBase: j.linkBase(r.slot), NestedLinks: r.nestedLinks,
		CountAddr: j.countAddr(), InnerBytecodes: j.innerBytecodes(r.t),
		ExitPCs: j.exitPCs(), Inline: in,
	})
}

// treeInstalled makes the loaded tree (cm, mod) r's module, in place of
// its old one, which it closes; made is the time its making took.
func (j *JIT) treeInstalled(r *compiled, name string, low *wasmgen.Lowered, sides []*compiled, cm wazero.CompiledModule, mod api.Module, made time.Duration) {
	j.w.closeTrace(r.cm, r.mod) // slotfree.go (the tree's element segment took the slot)
	r.cm, r.mod = cm, mod
	r.wasmBytes = len(low.Wasm)
	for _, s := range sides {
		s.inlinedIn = r
	}
	secs := made.Seconds()
	j.stats.CompileSeconds += secs
	j.stats.TraceTrees++
	j.logf("rebuilt %s as %s with %d side traces inside: %d wasm instructions, %.2f ms", r.name, name, len(sides), low.Instrs, secs*1e3)
}
