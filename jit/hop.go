// hop.go runs chains of traces inside wasm. A side trace that leaves its
// root loop and ends at another loop's header returns wasmgen.EnterTrace
// with that loop's table slot; going back to Go for each such hop (a
// return to Go and a fresh CallWithStack, about 40 ns with the loop
// around it) cost as much as the interpreter saved on fannkuch, whose
// short inner loops end a million times. So Go enters traces through a
// small dispatcher module instead of calling the table module's enter
// directly: it calls the trace in a slot and looks at the result.
//
//   - An exit (of the root it called, or tagged with the slot of a side
//     or inner trace) that has a *leave link* calls that side trace. Side
//     traces whose path leaves their root loop are linked here, not
//     through their parent's link word: an outer trace that calls the
//     inner loop's trace goes on by itself after the inner loop's end
//     (docs/jit.md "Exits of inner traces"), and a link word would run
//     the outer path in the side trace and end the outer trace there.
//   - EnterTrace|slot calls the trace in that slot next, when Go marked
//     the slot as one that may be entered without Go's checks (a root
//     trace that inlines no call, so it needs no frame room).
//
// Each link call and each hop counts one against the budget and polls
// the interrupt word and the collector's budget, as a back-edge does, so
// a cycle of traces still returns to Go. Anything else returns to Go with
// the slot of the root trace that ran last (Go resumes from that trace's
// snapshot) and the number of hops and link calls made (the budget they
// spent, which is not loop iterations).

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

// hopper is the dispatcher and its words in linear memory: per (slot,
// exit id) the leave link (side trace slot + 1, or 0), per slot whether
// a hop may enter it, the slot of the last root trace run and the hops
// counter.
type hopper struct {
	fn      api.Function
	leave   uint32 // LinkWords words per slot
	enterOK uint32 // one word per slot
	last    uint32 // the slot of the root trace run last
	entry   uint32 // the budget that root was entered with
	hops    uint32
	stack   []uint64
}

// setupHops allocates the dispatcher's words and instantiates it. A
// failure leaves hops to Go (enter) and leave links in link words.
func (j *JIT) setupHops(m *vm.VM) {
	if j.links == 0 || j.cfg.GoHops {
		return
	}
	n := j.cfg.MaxModules
	base, err := m.JITAllocFixed(4*wasmgen.LinkWords*n + 4*n + 12)
	if err != nil {
		j.logf("hops in Go: %v", err)
		return
	}
	h := &hopper{leave: base, enterOK: base + 4*wasmgen.LinkWords*uint32(n), stack: make([]uint64, 3)}
	h.last = h.enterOK + 4*uint32(n)
	h.entry = h.last + 4
	h.hops = h.entry + 4
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
	const idMask = 1<<wasmgen.NestedSlotShift - 1

	// spend counts one link call or hop against the budget (the budget
	// left by the last exit, less one) and leaves a 1 on the stack when
	// the budget ran out or a poll fired.
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
	count := func() {
		f.I32Const(0)
		f.I32Const(0)
		f.I32Load(h.hops)
		f.I32Const(1)
		f.Op(wasmgen.OpI32Add)
		f.I32Store(h.hops)
	}
	call := func(slotLocal uint32, minus1 bool) {
		f.LocalGet(frame)
		f.LocalGet(budget)
		f.LocalGet(slotLocal)
		if minus1 {
			f.I32Const(1)
			f.Op(wasmgen.OpI32Sub)
		}
		f.CallIndirect(sig, tbl)
		f.LocalSet(code)
	}

	hopLbl := f.Loop()
	f.I32Const(0)
	f.LocalGet(budget)
	f.I32Store(h.entry)
	call(slot, false)
	again := f.Loop() // look at code again after a link call
	out := f.Block()
	// A leave link for the exit: (slot named in the code, or the root
	// just called) and the exit id, no safepoint.
	f.LocalGet(code)
	f.I32Const(wasmgen.SafepointFlag)
	f.Op(wasmgen.OpI32And)
	f.Op(wasmgen.OpI32Eqz)
	f.LocalGet(code)
	f.I32Const(idMask)
	f.Op(wasmgen.OpI32And)
	f.I32Const(wasmgen.LinkWords)
	f.Op(wasmgen.OpI32LtU)
	f.Op(wasmgen.OpI32And)
	f.If()
	f.LocalGet(code)
	f.I32Const(wasmgen.NestedSlotShift)
	f.Op(wasmgen.OpI32ShrU)
	f.I32Const(wasmgen.MaxNestedSlot)
	f.Op(wasmgen.OpI32And)
	f.LocalGet(slot)
	f.LocalGet(code)
	f.I32Const(wasmgen.NestedFlag)
	f.Op(wasmgen.OpI32And)
	f.Select()
	f.I32Const(wasmgen.LinkWords)
	f.Op(wasmgen.OpI32Mul)
	f.LocalGet(code)
	f.I32Const(idMask)
	f.Op(wasmgen.OpI32And)
	f.Op(wasmgen.OpI32Add)
	f.I32Const(2)
	f.Op(wasmgen.OpI32Shl)
	f.I32Load(h.leave)
	f.LocalTee(s)
	f.If()
	spend()
	f.BrIf(f.LabelDepth(out))
	count()
	call(s, true)
	f.Br(f.LabelDepth(again))
	f.End()
	f.End()
	// EnterTrace|slot: enter that trace when Go allows it.
	f.LocalGet(code)
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
	f.Op(wasmgen.OpI32Eqz)
	f.BrIf(f.LabelDepth(out))
	spend()
	f.BrIf(f.LabelDepth(out))
	f.LocalGet(s)
	f.LocalSet(slot)
	count()
	f.Br(f.LabelDepth(hopLbl))
	f.End()
	f.End() // out
	f.I32Const(0)
	f.LocalGet(slot)
	f.I32Store(h.last)
	f.LocalGet(code)
	f.Return()
	f.End() // again
	f.Unreachable()
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
// entered with and the hops and link calls made.
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

// setLeave writes the leave link for exit id of the trace in slot (the
// side trace's slot + 1, or 0).
func (j *JIT) setLeave(slot int32, id int, v uint32) {
	if j.hop == nil || id <= 0 || id >= wasmgen.LinkWords {
		return
	}
	mem := j.w.heapBytes()
	binary.LittleEndian.PutUint32(mem[j.hop.leave+4*(wasmgen.LinkWords*uint32(slot)+uint32(id)):], v)
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
}

// clearHopWords zeroes a freed slot's leave links and its enter word.
func (j *JIT) clearHopWords(slot int32) {
	if j.hop == nil {
		return
	}
	mem := j.w.heapBytes()
	base := j.hop.leave + 4*wasmgen.LinkWords*uint32(slot)
	clear(mem[base : base+4*wasmgen.LinkWords])
	binary.LittleEndian.PutUint32(mem[j.hop.enterOK+4*uint32(slot):], 0)
}
