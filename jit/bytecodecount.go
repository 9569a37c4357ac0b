// bytecodecount.go counts the bytecodes that compiled code runs where
// the hook never sees them. Go counts a root trace's iterations from
// the budget it leaves (Stats.BytecodesInTraces), but some work runs
// entirely inside wasm: an inner trace called by an outer one (all of
// nbody's pair loop), a loop function (all of fannkuch) and a function
// trace (fib's recursion). Their bytecodes are added to one int64 in the
// runtime area, vm.JITCountWordOffset: an outer trace adds its inner
// trace's iterations times its bytecodes per iteration after each call
// (wasmgen.LowerConfig.CountAddr), and a loop function or function trace
// adds each basic block's bytecodes when it enters the block, less the
// ones after an exit's pc when it exits in the middle of one, and adds
// its count to the word before it returns (blockCount). Traces add
// more: an outer trace the partial last iteration of its inner trace
// (each snapshot's Bytecodes), the hop dispatcher the iterations of the
// traces it hops out of (hop.go; Go's estimate of them, hopEstimated,
// is taken back out), and a path or side trace that ends by entering
// another trace its recorded bytecodes (wasmgen.LowerConfig.
// EnterBytecodes). The word is read only by Stats. The count costs run
// time (a local add per basic block: fannkuch 4% CPU), so it is
// compiled in only with Config.CountBytecodes, which the CLI sets with
// its stats flags.
// docs/jit.md "Bytecodes counted in compiled code (session 37)".

package jit

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/wasmgen"
)

// basicBlocks returns, per pc in [first, len(instrs)) that starts a basic
// block of compiled code, the block's length: a block starts where
// control may join (join), after a jump and after an instruction that
// is not compiled (an exit or dead code), and runs on through compiled
// instructions up to and including its first jump or terminator.
func basicBlocks(instrs []bytecode.Instr, first int, compiled, join func(pc int) bool) map[int]int {
	n := len(instrs)
	ends := func(pc int) bool {
		return bytecode.Table[instrs[pc].Op()].Flags&(bytecode.FlagJump|bytecode.FlagTerminator) != 0
	}
	blocks := map[int]int{}
	for pc := first; pc < n; pc++ {
		if !compiled(pc) {
			continue
		}
		if pc != first && !join(pc) && compiled(pc-1) && !ends(pc-1) {
			continue // inside the block before
		}
		end := pc + 1
		for !ends(end-1) && end < n && compiled(end) && !join(end) {
			end++
		}
		blocks[pc] = end - pc
	}
	return blocks
}

// blockCount is the count in one compiled function: an i64 local holding
// the bytecodes run since the function was entered, and the basic block
// being emitted.
type blockCount struct {
	f          *wasmgen.Func
	local      uint32
	blocks     map[int]int // basicBlocks; nil: not counting
	start, end int         // the block being emitted: [start, end)
}

// enter, at pc in the emitted code, adds the block starting there to the
// count.
func (c *blockCount) enter(pc int) {
	k, ok := c.blocks[pc]
	if !ok {
		return
	}
	c.start, c.end = pc, pc+k
	c.add(int64(k))
}

// add adds k to the count local.
func (c *blockCount) add(k int64) {
	c.f.LocalGet(c.local)
	c.f.I64Const(k)
	c.f.I64Add()
	c.f.LocalSet(c.local)
}

// leaveAt, on an exit to the interpreter that resumes at pc, takes back
// the instructions of the current block from pc on: the interpreter
// runs them.
func (c *blockCount) leaveAt(pc int) {
	if c.blocks != nil && pc >= c.start && pc < c.end {
		c.add(-int64(c.end - pc))
	}
}

// flush adds the count to the count word (before every return from the
// function).
func (c *blockCount) flush() {
	if c.blocks == nil {
		return
	}
	c.f.AddI64At(vm.JITCountWordOffset, func() { c.f.LocalGet(c.local) })
}

// innerBytecodes returns, for each inner trace that t calls (its
// "trace@SLOT:IDS:..." helpers), its bytecodes per iteration and those
// of the partial iteration before each exit t goes on after, for the
// count word.
func (j *JIT) innerBytecodes(t *ir.Trace) map[int32]wasmgen.InnerCount {
	var m map[int32]wasmgen.InnerCount
	for slot, ids := range acceptedExits(t) {
		in := j.bySlot[slot]
		if in == nil || in.bytecodes <= 0 {
			continue
		}
		c := wasmgen.InnerCount{Iteration: in.bytecodes, AtExit: map[int32]int{}}
		for _, id := range ids {
			if id > 0 && id < len(in.t.Snaps) {
				c.AtExit[int32(id)] = int(in.t.Snap(ir.SnapID(id)).Bytecodes)
			}
		}
		if m == nil {
			m = map[int32]wasmgen.InnerCount{}
		}
		m[slot] = c
	}
	return m
}

// bytecodesCounted reads the count word: the bytecodes compiled code
// counted itself (the word is zero in a fresh heap).
func (j *JIT) bytecodesCounted() int64 {
	if j.w == nil || !j.cfg.CountBytecodes {
		return 0
	}
	mem := j.w.heapBytes()
	if len(mem) < vm.JITCountWordOffset+8 {
		return 0
	}
	// the hops' iterations Go estimated are in the count exactly; the
	// partial iterations before exits to Go Go counted itself
	return int64(gcLE64(mem[vm.JITCountWordOffset:])) - j.hopEstimated + j.exitPartials
}

// pricedSize is the size in bytes that a module of n bytes (a loop
// function's or a function trace's) is priced at: with
// Config.CountBytecodes, the size of the same module lowered without the
// count (uncounted), so that the stats flags do not change which
// compiles pay. A function trace's count made fib's module 18% larger,
// and with --jit-stats jit/recur_fib compiled nothing (traces price
// their counting code out of Lowered.Instrs the same way).
func (j *JIT) pricedSize(n int, uncounted func() ([]byte, error)) int {
	if !j.cfg.CountBytecodes {
		return n
	}
	if b, err := uncounted(); err == nil {
		return len(b)
	}
	return n
}

// countAddr is the count word's address for wasmgen.LowerConfig.
// CountAddr, or 0 when the count is off.
func (j *JIT) countAddr() uint32 {
	if !j.cfg.CountBytecodes {
		return 0
	}
	return vm.JITCountWordOffset
}
