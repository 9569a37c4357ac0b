// hop.go runs chains of traces inside wasm. A side trace that ends at
// another loop's header returns wasmgen.EnterTrace with that loop's table
// slot; going back to Go for each such hop (a return to Go and a fresh
// CallWithStack, with the enter loop around it) cost fannkuch, whose short
// inner loops end a million times, 0.48 s of CPU against 0.42 s with the
// hops in wasm. So Go enters traces through a small dispatcher module
// instead of calling the table module's enter directly: it calls the
// trace in a slot and, while the result is EnterTrace|slot and Go marked
// that slot as one that may be entered without Go's checks (a root trace
// that inlines no call, so it needs no frame room), calls that trace next.
// Each hop counts one against the budget and polls the interrupt word and
// the collector's budget, as a back-edge does, so a cycle of traces
// entering each other still returns to Go. Anything else returns to Go
// with the slot of the root trace that ran last (Go resumes from that
// trace's snapshot), the budget it was entered with (its own iterations)
// and the number of hops. It also counts the hops into each slot, which
// is how a root entered only by hops shows Go that it runs (hoptrees.go).
// docs/jit.md "Linking to other loops".

package jit

import (
	"encoding/binary"
	"fmt"

	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// hopModule is the dispatcher's module name.
const hopModule = "hotloop_hop"

// hopper is the dispatcher and its words in linear memory: per slot
// whether a hop may enter it, the slot of the last root trace run, the
// budget it was entered with and the hops counter.
type hopper struct {
	fn      api.Function
	enterOK uint32 // one word per slot
	entered uint32 // one word per slot: hops into it (hoptrees.go)
	last    uint32 // the slot of the root trace run last
	entry   uint32 // the budget that root was entered with
	hops    uint32
	// bytecodes, with Config.CountBytecodes: one word per slot, the
	// bytecodes per iteration of the root trace there; the dispatcher
	// counts the iterations of every trace it hops out of with them
	// (bytecodecount.go). 0: no count.
	bytecodes uint32
	stack     []uint64
}

// setupHops allocates the dispatcher's words and instantiates it. A
// failure leaves hops to Go (enter).
func (j *JIT) setupHops(m *vm.VM) {
	if j.links == 0 || j.cfg.GoHops {
		return
	}
	n := j.cfg.MaxModules
	size := 8*n + 12 // bytes: two words per slot, three more
	if j.cfg.CountBytecodes {
		size += 4 * n // a third word per slot
	}
	base, err := m.JITAllocFixed(size)
	if err != nil {
		j.logf("hops in Go: %v", err)
		return
	}
	h := &hopper{enterOK: base, stack: make([]uint64, 3)}
	h.entered = h.enterOK + 4*uint32(n)
	h.last = h.entered + 4*uint32(n)
	h.entry = h.last + 4
	h.hops = h.entry + 4
	if j.cfg.CountBytecodes {
		h.bytecodes = h.hops + 4
	}
	bin, err := h.module(n)
	if err == nil {
		var mod api.Module
		if mod, err = j.w.r.InstantiateWithConfig(j.w.ctx, bin, j.w.config.WithName(hopModule)); err == nil {
			h.fn = mod.ExportedFunction("hop")
		}
	}
	if err != nil {
		j.logf("hops in Go: %v", err)
		return
	}
	j.hop = h
}

// hopsWanted reports whether hops run in the wasm dispatcher, once one is
// made (ensureHops): side traces are on and GoHops is not asked for.
func (j *JIT) hopsWanted() bool {
	return j.links != 0 && !j.cfg.GoHops
}

// ensureHops sets the dispatcher up at the first hop rather than with the
// wasm runtime: it costs about 0.7 ms (a wazero compile), which programs
// whose side traces never end at another loop's header need not pay.
// Roots compiled before it are marked enterable then.
func (j *JIT) ensureHops(m *vm.VM) {
	if j.hopsTried || j.w == nil || !j.hopsWanted() {
		return
	}
	j.hopsTried = true
	j.setupHops(m)
	if j.hop == nil {
		return
	}
	for _, c := range j.live {
		if c.root == c {
			j.setEnterOK(c, true)
		}
	}
	j.logf("hop dispatcher set up")
}

// module builds the dispatcher: hop(slot, frame, budget) -> exit code.
func (h *hopper) module(tableSize int) ([]byte, error) {
	m := wasmgen.NewModule()
	m.Name = hopModule
	m.ImportMemory(gc.ModuleName, gc.MemoryName, wasmgen.Limits{Min: 0})
	tbl := m.ImportTable(tableModule, tableName, wasmgen.Limits{Min: uint32(tableSize)})
	sig := m.Type(wasmgen.Sig([]wasmgen.ValType{wasmgen.I32, wasmgen.I32}, wasmgen.I32))
	f := m.NewFunc("hop", wasmgen.Sig([]wasmgen.ValType{wasmgen.I32, wasmgen.I32, wasmgen.I32}, wasmgen.I32))
	const slot, frame, budget = 0, 1, 2
	code, s, w := f.Local(wasmgen.I32), f.Local(wasmgen.I32), f.Local(wasmgen.I32)
	given := f.Local(wasmgen.I32) // the budget the trace called was given

	// spend counts one hop against the budget (the budget left by the
	// last exit, less one) and leaves a 1 on the stack when the budget
	// ran out or a poll fired.
	spend := func() {
		f.I32Const(0)
		f.I32Load(vm.JITBudgetWordOffset)
		f.LocalTee(w)
		f.LocalGet(budget)
		f.LocalGet(w)
		f.LocalGet(budget)
		f.Op(wasmgen.OpI32LtS)
		f.Select()
		f.I32Const(1)
		f.Op(wasmgen.OpI32Sub)
		f.LocalTee(budget)
		f.I32Const(0)
		f.Op(wasmgen.OpI32LeS)
		f.I32Const(0)
		f.I32Load(vm.InterruptWordOffset)
		f.Op(wasmgen.OpI32Or)
		f.I32Const(0)
		f.I64Load(gc.CtlBudget)
		f.I64Const(0)
		f.Op(wasmgen.OpI64LeS)
		f.Op(wasmgen.OpI32Or)
	}
	hopLbl := f.Loop()
	f.LocalGet(budget)
	f.LocalSet(given)
	f.I32Const(0)
	f.LocalGet(budget)
	f.I32Store(h.entry)
	f.LocalGet(frame)
	f.LocalGet(budget)
	f.LocalGet(slot)
	f.CallIndirect(sig, tbl)
	f.LocalTee(code)
	// EnterTrace|slot: enter that trace when Go allows it.
	f.I32Const(^int32(wasmgen.MaxNestedSlot << wasmgen.NestedSlotShift))
	f.Op(wasmgen.OpI32And)
	f.I32Const(wasmgen.EnterTrace)
	f.Op(wasmgen.OpI32Eq)
	f.If()
	f.LocalGet(code)
	f.I32Const(wasmgen.NestedSlotShift)
	f.Op(wasmgen.OpI32ShrU)
	f.I32Const(wasmgen.MaxNestedSlot)
	f.Op(wasmgen.OpI32And)
	f.LocalTee(s)
	f.I32Const(2)
	f.Op(wasmgen.OpI32Shl)
	f.I32Load(h.enterOK)
	f.If()
	spend()
	f.Op(wasmgen.OpI32Eqz)
	f.If()
	if h.bytecodes != 0 {
		// the trace left hops on: its iterations (the budget it was
		// given less the budget it left, in w; none when it left more,
		// as spend takes the smaller) times its bytecodes
		f.AddI64At(vm.JITCountWordOffset, func() {
			f.LocalGet(given)
			f.LocalGet(w)
			f.Op(wasmgen.OpI32Sub)
			f.LocalTee(w)
			f.I32Const(0)
			f.LocalGet(w)
			f.I32Const(0)
			f.Op(wasmgen.OpI32GtS)
			f.Select()
			f.I64ExtendI32S()
			f.LocalGet(slot)
			f.I32Const(2)
			f.Op(wasmgen.OpI32Shl)
			f.I32Load(h.bytecodes)
			f.I64ExtendI32U()
			f.Op(wasmgen.OpI64Mul)
		})
	}
	f.LocalGet(s)
	f.LocalSet(slot)
	// entered[s]++ (hoptrees.go)
	f.LocalGet(s)
	f.I32Const(2)
	f.Op(wasmgen.OpI32Shl)
	f.LocalTee(w)
	f.LocalGet(w)
	f.I32Load(h.entered)
	f.I32Const(1)
	f.Op(wasmgen.OpI32Add)
	f.I32Store(h.entered)
	f.I32Const(0)
	f.I32Const(0)
	f.I32Load(h.hops)
	f.I32Const(1)
	f.Op(wasmgen.OpI32Add)
	f.I32Store(h.hops)
	f.Br(f.LabelDepth(hopLbl))
	f.End()
	f.End()
	f.End()
	f.I32Const(0)
	f.LocalGet(slot)
	f.I32Store(h.last)
	f.LocalGet(code)
	f.Return()
	f.End() // hopLbl
	f.Unreachable()
	if err := f.Finish(); err != nil {
		return nil, fmt.Errorf("jit: building the hop dispatcher: %w", err)
	}
	m.ExportFunc("hop", f.Index())
	bin, err := m.Bytes()
	if err != nil {
		return nil, fmt.Errorf("jit: building the hop dispatcher: %w", err)
	}
	return bin, nil
}

// run enters the trace in slot through the dispatcher and returns the
// exit code, the slot of the root trace that ran last, the budget it was
// entered with and the hops made.
func (h *hopper) run(w *wasmRuntime, slot int32, frame uint32, budget int32) (code uint32, last, entry int32, hops int64, err error) {
	mem := w.heapBytes()
	binary.LittleEndian.PutUint32(mem[h.hops:], 0)
	s := h.stack[:3]
	s[0], s[1], s[2] = api.EncodeI32(slot), api.EncodeI32(int32(frame)), api.EncodeI32(budget)
	if err := h.fn.CallWithStack(w.ctx, s); err != nil {
		return 0, 0, 0, 0, err
	}
	return uint32(s[0]), int32(binary.LittleEndian.Uint32(mem[h.last:])), int32(binary.LittleEndian.Uint32(mem[h.entry:])),
		int64(binary.LittleEndian.Uint32(mem[h.hops:])), nil
}

// setEnterOK says whether a hop may enter the trace in c's slot without
// Go: a live root trace that needs no frame room (Go checks the room for
// one that inlines calls).
func (j *JIT) setEnterOK(c *compiled, ok bool) {
	if j.hop == nil {
		return
	}
	v := uint32(0)
	if ok && c.root == c && c.depth == 0 {
		v = 1
	}
	binary.LittleEndian.PutUint32(j.w.heapBytes()[j.hop.enterOK+4*uint32(c.slot):], v)
	if j.hop.bytecodes != 0 && c.root == c {
		binary.LittleEndian.PutUint32(j.w.heapBytes()[j.hop.bytecodes+4*uint32(c.slot):], uint32(max(c.bytecodes, 0)))
	}
}

// clearHopWords zeroes a freed slot's enter word and hop count.
func (j *JIT) clearHopWords(slot int32) {
	if j.hop == nil {
		return
	}
	mem := j.w.heapBytes()
	binary.LittleEndian.PutUint32(mem[j.hop.enterOK+4*uint32(slot):], 0)
	binary.LittleEndian.PutUint32(mem[j.hop.entered+4*uint32(slot):], 0)
}
