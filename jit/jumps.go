package jit

import "github.com/hotloop/hotloop/vm/bytecode"

// jumpsTo returns the pcs in [from, to) of the instructions that may jump
// to target: a loop's back-edges when target is its header (JUMP, and the
// conditional jumps of while loops and of `if`s that end a loop's body).
// The range is clipped to instrs.
func jumpsTo(instrs []bytecode.Instr, target, from, to int) []int {
	from, to = max(from, 0), min(to, len(instrs))
	var pcs []int
	for pc := from; pc < to; pc++ {
		if t, ok := instrs[pc].JumpTarget(); ok && t == target {
			pcs = append(pcs, pc)
		}
	}
	return pcs
}
