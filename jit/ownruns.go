// ownruns.go tells the payoff rule (payoff.go rootPays) how long a run of
// a for loop over a short list is, from the list itself, and how many
// compiles its runs need before they stay in compiled code (session 24).
//
// The entry charge of short runs (payoff_runs.go, innerruns.go) knows a
// loop's iterations per run only from the innermost range loop around
// it, measured between two of the loop's hook calls in one run of that
// range loop. workloads/raytrace's `for obj in self.objects` (4 objects)
// in Scene.nearest runs once per call, 3-8 calls per pixel of render's
// `for i in range(48)` two or three frames up: the hook is called every
// 1,039 iterations, about 70 pixels apart, so the range loop's run was a
// new one at every call, no rate was ever measured, and the loop was
// priced at its measured time (mostly the shading around it) on the
// future of the rows left. Its trace was entered 2,689 times from the
// interpreter and each entry ended at an exit, after 48 bytecodes on
// average: the list holds three spheres and a plane, and the trace,
// recorded for one class, exits at the other's items.
//
// A for loop over a list iterator (or enumerate of one) runs at most the
// list's length per run. When the loop has no loop around it in its own
// frame, each run starts at a call of its function and enters the trace
// from the interpreter (a caller's trace that inlines the call is counted
// the same way by payoff_runs.go), and so does each run under a loop of
// its frame that will get no trace (blacklisted, or its recordings abort
// at a stable reason: jit/payoff_pathwake's `for i, v in enumerate(row)`
// under a `for row in rows` whose recordings abort was compiled by ski
// rental and took an exit per row). So that length is its iterations per
// run: the run length and rate the range loops would have given. And a
// list whose items are instances of k classes needs k traces (the root
// and a side trace per other class) before a run stays compiled, so the
// compile is priced k times.

package jit

import (
	"slices"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// listRuns sets lp's run length and rate (payoff_runs.go, innerruns.go)
// and lp.classes for key's loop when it is a for loop over a list
// iterator of at most shortRunIters items with no loop around it in its
// own frame, or only one without a trace (noTraceAround) or one that
// has never been hot and cannot be before its run ends (coldRun, session
// 32: jit/nested_traces' `for v in row` of 30-40 items under `for row in
// matrix` of 200 rows was compiled by ski rental, priced at four times
// its bytecodes, and entered once per row from the interpreter, 96
// entries for 3,713 iterations, which could not pay back its compile
// and the wasm runtime's set-up); otherwise it
// leaves them alone and sets lp.classes to 1. Since session 27 a for loop
// over a range or a tuple gets the run length too (shortunroll.go's
// runLength): tests/bench/nqueens' `for c in range(n)` in its recursive
// solve and workloads/richards' `for i in range(BUFSIZE)` in a task's fn
// were compiled by ski rental and entered once per call, each entry
// ending at an exit to Go after 4-8 iterations (docs/jit.md "Traces
// entered often that rarely finish an iteration (session 27)").
func (j *JIT) listRuns(m *vm.VM, key loopKey, lp *loop) {
	lp.classes = 1
	fr := m.JITTopFrame()
	if key.pc < 0 || key.pc >= len(fr.Instrs) {
		return
	}
	ins := fr.Instrs[key.pc]
	if ins.Op() != bytecode.FORITER || int(ins.A()) >= len(fr.Regs) {
		return
	}
	if loopAround(fr.Instrs, key.pc) {
		// A loop around it in its frame that will not get a trace does
		// not call its trace: each run enters it from the interpreter.
		// Nor, in this run, does one that has never been hot and cannot
		// be before its run ends (coldRun).
		outer := enclosing(fr.Instrs, key.pc, lastBackEdge(fr.Instrs, key.pc, key.pc)) // polypredict.go, predict.go
		if outer < 0 {
			return
		}
		olp := j.loops[loopKey{fr.Code, outer, uint32(fr.Globals.Ref())}]
		if !noTraceAround(olp) && (olp != nil || !coldRun(m, fr, outer)) {
			return
		}
	}
	n, classes, ok := listShape(m, fr.Regs[ins.A()], shortRunIters)
	if !ok {
		// A range or a tuple: its length (a class per item is not
		// read: priced as one).
		n, ok = runLength(m, fr, key.pc) // shortunroll.go
		classes = 1
	}
	if !ok || n <= 0 || n > shortRunIters {
		return
	}
	if lp.runLen <= 0 || n < lp.runLen {
		lp.runLen = n
	}
	if lp.runRate <= 0 || n < lp.runRate {
		lp.runRate = n
	}
	lp.classes = max(classes, 1)
}

// noTraceAround reports whether lp, a loop around the loop being priced
// in its frame, will not get a trace: it is blacklisted, or its last
// recording aborted for a reason the bytecode gives (storms.go's stable
// aborts; the next one blacklists it). A loop deferred by the payoff
// rule may still compile and call the inner loop's trace: tests/bench/
// dijkstra's `while heap`, deferred at 7,573 wasm instructions, does, and
// its edge loop priced by its five edges went from 1.66 M to 16.5 M
// bytecodes interpreted.
func noTraceAround(lp *loop) bool {
	return lp != nil && lp.tr == nil && !lp.pending && !lp.wake && (lp.blacklisted || lp.lastAbort != "")
}

// listShape reads the list iterator it: the list's length n and, when n
// is at most maxItems, how many classes its items that are instances
// belong to (classes). ok is false when it is not a list iterator over a
// list (an exhausted one has none).
func listShape(m *vm.VM, it gc.Value, maxItems int64) (n int64, classes int, ok bool) {
	if it.Tag() != vm.JITTagIter {
		return 0, 0, false
	}
	mem := m.JITHeap().Bytes()
	word := func(addr uint64) (uint64, bool) { return heapWord(mem, addr) } // heapread.go
	ref := uint64(uint32(it.Ref()))
	hdr, ok := word(ref)
	if ok && (hdr>>vm.JITKindShift)&vm.JITKindMask == uint64(vm.JITKindEnumerate) {
		// enumerate(a list): its slot 0 holds the list iterator.
		tag, ok1 := word(ref + vm.JITListIterList)
		inner, ok2 := word(ref + vm.JITListIterList + 8)
		if !ok1 || !ok2 || gc.Tag(tag) != vm.JITTagIter {
			return 0, 0, false
		}
		ref = uint64(uint32(inner))
		hdr, ok = word(ref)
	}
	if !ok || (hdr>>vm.JITKindShift)&vm.JITKindMask != uint64(vm.JITKindListIter) {
		return 0, 0, false
	}
	if tag, ok := word(ref + vm.JITListIterList); !ok || gc.Tag(tag) != vm.JITTagList {
		return 0, 0, false
	}
	lst, ok := word(ref + vm.JITListIterList + 8)
	if !ok {
		return 0, 0, false
	}
	lst = uint64(uint32(lst))
	ln, ok1 := word(lst + vm.JITListLenOff)
	st, ok2 := word(lst + vm.JITListStorageOff)
	if !ok1 || !ok2 || int64(ln) < 0 {
		return 0, 0, false
	}
	n = int64(ln)
	if n > maxItems {
		return n, 0, true
	}
	items := uint64(uint32(st)) + vm.JITItemsOff
	// seen holds the classes met so far: up to maxItems of them, so that
	// a list of more than trace.MaxUnroll classes is counted exactly.
	seen := make([]uint64, 0, trace.MaxUnroll)
	for i := uint64(0); i < ln; i++ {
		tag, ok := word(items + 16*i)
		if !ok {
			return 0, 0, false
		}
		if gc.Tag(tag) != vm.JITTagObject {
			continue
		}
		p, ok := word(items + 16*i + 8)
		if !ok {
			return 0, 0, false
		}
		tp, ok := word(uint64(uint32(p)) + vm.JITInstTypeOff)
		if !ok {
			return 0, 0, false
		}
		if !slices.Contains(seen, tp) {
			seen = append(seen, tp)
		}
	}
	return n, len(seen), true
}

// coldRun reports whether the for loop whose header is at h in fr, which
// has never been hot, cannot be hot before its run in progress ends: the
// takes of its back-edges so far and the length of its run (the list,
// tuple or range its iterator walks) stay under the hook threshold.
func coldRun(m *vm.VM, fr vm.JITFrame, h int) bool {
	if fr.Instrs[h].Op() != bytecode.FORITER {
		return false
	}
	n, ok := runLength(m, fr, h) // shortunroll.go
	if !ok {
		return false
	}
	takes := int64(0)
	for _, b := range jumpsTo(fr.Instrs, h, h, len(fr.Instrs)) { // jumps.go
		takes += int64(m.JITBackEdgeTakes(b))
	}
	return takes+n < int64(m.JITHookThreshold())
}
