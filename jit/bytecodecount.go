// bytecodecount.go counts the bytecodes that compiled code runs where
// the hook never sees them. Go counts a root trace's iterations from
// the budget it leaves (Stats.BytecodesInTraces), but two kinds of work
// run entirely inside wasm: an inner trace called by an outer one (all of
// nbody's pair loop) and a loop function (all of fannkuch). Their
// bytecodes are added to one int64 in the runtime area,
// vm.JITCountWordOffset: an outer trace adds its inner trace's
// iterations times its bytecodes per iteration after each call
// (wasmgen.LowerConfig.CountAddr), and a loop function adds each basic
// block's bytecodes when it enters the block, less the ones after an
// exit's pc when it exits in the middle of one (loopfunc_gen.go). The
// word is read only by Stats. The count costs run time (a local add per
// basic block: fannkuch 4% CPU), so it is compiled in only with
// Config.CountBytecodes, which the CLI sets with its stats flags.
// docs/jit.md "Bytecodes counted in compiled code (session 37)".

package jit

import (
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// innerBytecodes returns the bytecodes per iteration of each inner trace
// that t calls (its "trace@SLOT:..." helpers), for the count word.
func (j *JIT) innerBytecodes(t *ir.Trace) map[int32]int {
	var m map[int32]int
	for _, h := range t.Helpers {
		spec, ok := strings.CutPrefix(h.Name, trace.InnerTracePrefix)
		if !ok {
			continue
		}
		slotStr, _, _ := strings.Cut(spec, ":")
		slot, err := strconv.Atoi(slotStr)
		if err != nil {
			continue
		}
		if in := j.bySlot[int32(slot)]; in != nil && in.bytecodes > 0 {
			if m == nil {
				m = map[int32]int{}
			}
			m[int32(slot)] = in.bytecodes
		}
	}
	return m
}

// countAddr is the count word's address for wasmgen.LowerConfig.
// CountAddr, or 0 when the count is off.
func (j *JIT) countAddr() uint32 {
	if !j.cfg.CountBytecodes {
		return 0
	}
	return vm.JITCountWordOffset
}

// bytecodesCounted reads the count word: the bytecodes compiled code
// counted itself (the word is zero in a fresh heap).
func (j *JIT) bytecodesCounted() int64 {
	if j.w == nil {
		return 0
	}
	mem := j.w.heapBytes()
	if len(mem) < vm.JITCountWordOffset+8 {
		return 0
	}
	return int64(gcLE64(mem[vm.JITCountWordOffset:]))
}
