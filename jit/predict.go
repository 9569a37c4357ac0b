// predict.go refuses recordings that are certain to abort before they
// are made (docs/jit.md "Aborts predicted (session 21)"). A loop of a
// generator whose every iteration yields from the loop's own frame
// (`for x in src: yield x * x`, a generator expression, `while True:
// yield i`) aborts "yield in the loop's own generator" at each
// recording: the recorder cannot follow the consumer past the yield. So
// does a side trace whose every path from its exit back to the loop's
// header passes such a yield (the even branch of `if x % 2 == 0: yield
// x`). storms.go blacklisted both after the second abort at the same
// pc; they are now blacklisted before the first recording, which saves
// the recordings and, for a root, the payoff rule's estimate of a
// recording that can never compile.
package jit

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// yieldsBeforeHeader reports whether every path that starts at pc from
// and stays inside the loop [header, backEdge] of instrs reaches a
// YIELDVALUE of that frame before it comes back to the header, and the
// pc of one such yield. A path that leaves the loop (a break, a return,
// an exit jump other than the header FORITER's own end of the loop) or
// reaches an instruction outside instrs is taken not to yield: the
// answer is false then, and the recording is made as before.
func yieldsBeforeHeader(instrs []bytecode.Instr, header, backEdge, from int) (int, bool) {
	backEdge = lastBackEdge(instrs, header, backEdge)
	if header < 0 || backEdge >= len(instrs) || header > backEdge || from < header || from > backEdge {
		return 0, false
	}
	seen := make([]bool, backEdge-header+1)
	work := []int{from}
	yieldPC := -1
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if pc < header || pc > backEdge {
			return 0, false // the path leaves the loop
		}
		if seen[pc-header] {
			continue
		}
		seen[pc-header] = true
		ins := instrs[pc]
		op := ins.Op()
		if op >= bytecode.NumOps {
			return 0, false
		}
		if op == bytecode.YIELDVALUE {
			if yieldPC < 0 {
				yieldPC = pc
			}
			continue // this path stops here: the recording aborts at it
		}
		info := bytecode.Table[op]
		if info.Flags&bytecode.FlagTerminator != 0 && op != bytecode.JUMP {
			return 0, false // RETURN, RAISE, RERAISE: the loop is left
		}
		if info.Flags&bytecode.FlagJump != 0 && info.HasBx {
			t := int(ins.Bx())
			if t == header {
				return 0, false // a back-edge reached without a yield
			}
			if !(op == bytecode.FORITER && pc == header) {
				work = append(work, t) // (the header FORITER's exhausted jump is the loop's end)
			}
		}
		if op != bytecode.JUMP {
			if pc+1 == header {
				return 0, false
			}
			work = append(work, pc+1)
		}
	}
	return yieldPC, yieldPC >= 0
}

// lastBackEdge returns the last jump back to header at or after
// backEdge (a loop whose branches each end in their own jump to the
// header, or whose `if` jumps back when false, has several back-edges;
// the one that made the loop hot need not be the last).
func lastBackEdge(instrs []bytecode.Instr, header, backEdge int) int {
	if edges := jumpsTo(instrs, header, backEdge+1, len(instrs)); len(edges) > 0 {
		return edges[len(edges)-1]
	}
	return backEdge
}

// predictRootAbort reports whether a recording of key's loop, whose
// back-edge is at backEdge in the top frame, would certainly abort at a
// yield of the loop's own generator, and that yield's pc.
func predictRootAbort(m *vm.VM, key loopKey, backEdge int) (int, bool) {
	fr := m.JITTopFrame()
	if fr.Code != key.code {
		return 0, false
	}
	return yieldsBeforeHeader(fr.Instrs, key.pc, backEdge, key.pc)
}

// refuseDoomedRoot blacklists lp's loop without recording it when
// predictRootAbort says the recording would abort at a yield, counting
// the prediction among the abort reasons (not among the aborted
// recordings: nothing was recorded). It reports whether it did.
func (j *JIT) refuseDoomedRoot(m *vm.VM, key loopKey, lp *loop, backEdge int) bool {
	pc, ok := predictRootAbort(m, key, backEdge)
	if !ok {
		return false
	}
	j.stats.AbortReasons[trace.GenYieldInLoopFrame+" (predicted, not recorded) at "+where(key.code, pc)]++
	lp.aborts = max(lp.aborts, j.cfg.MaxAborts)
	lp.blacklisted = true
	j.stats.Blacklisted++
	j.logf("blacklisted loop at %s: every iteration yields at %s (not recorded)", where(key.code, key.pc), where(key.code, pc))
	return true
}

// refuseDoomedSide blacklists exit e (of a trace of root, resuming at
// resume in the loop's own frame) without recording its side trace when
// every path from resume back to the loop's header yields from that
// frame. It reports whether it did.
func (j *JIT) refuseDoomedSide(m *vm.VM, root *compiled, e *exitState, resume int) bool {
	fr := m.JITTopFrame()
	if fr.Code != root.key.code || e.memo == nil {
		return false
	}
	from, ok := branchTaken(fr, resume)
	if !ok || from == root.key.pc {
		return false
	}
	pc, ok := yieldsBeforeHeader(fr.Instrs, root.key.pc, root.backEdge, from)
	if !ok {
		return false
	}
	j.stats.AbortReasons["side trace: "+trace.GenYieldInLoopFrame+" (predicted, not recorded) at "+where(root.key.code, pc)]++
	s := e.memo
	s.aborts = max(s.aborts, j.cfg.MaxSideAborts)
	s.black, e.black, e.aborts = true, true, s.aborts
	j.logf("blacklisted exit at %s: its side trace would yield at %s (not recorded)", where(root.key.code, resume), where(root.key.code, pc))
	return true
}

// branchTaken returns where the frame goes from pc when pc is a
// conditional jump on a bool register (an exit of a guard on a branch
// resumes at the branch, and the side trace's recording takes the way
// the register says now), pc itself for any other instruction; ok is
// false for a conditional jump on another value.
func branchTaken(fr vm.JITFrame, pc int) (int, bool) {
	if pc < 0 || pc >= len(fr.Instrs) {
		return 0, false
	}
	ins := fr.Instrs[pc]
	op := ins.Op()
	if op != bytecode.JUMPIFTRUE && op != bytecode.JUMPIFFALSE {
		return pc, true
	}
	a := int(ins.A())
	if a >= len(fr.Regs) || fr.Regs[a].Tag() != gc.TagBool {
		return 0, false
	}
	if fr.Regs[a].Bool() == (op == bytecode.JUMPIFTRUE) {
		return int(ins.Bx()), true
	}
	return pc + 1, true
}

// certainSideAbortReason reports whether reason is one a side trace's
// next recording from the same exit meets again: an exit taken because a
// str is not ASCII (the guard of the str's length word) resumes where
// that str is indexed. The first such abort blacklists the exit
// (storms.go's rule waits for a second abort at the same pc). The
// host-call gate is not one: the path after an exit may branch again, and
// in jit/callout_backtrack a second recording from an exit the gate
// refused took another path and compiled.
func certainSideAbortReason(reason string) bool {
	return reason == trace.StrItemNonASCII
}

// certainSideAbort blacklists exit e's side traces after an abort for
// a certain reason, certainSideAbortReason (told by compileSide's fail, after
// sideAborted counted it).
func (j *JIT) certainSideAbort(e *exitState, reason string) {
	s := e.memo
	if s == nil || s.black || !j.cfg.Payoff {
		return
	}
	if certainSideAbortReason(reason) {
		s.aborts = max(s.aborts, j.cfg.MaxSideAborts)
		s.black, e.black, e.aborts = true, true, s.aborts
		j.logf("side trace aborted for %q: the exit's path meets it again, no more tries", reason)
	}
}
