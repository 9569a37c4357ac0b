// shortunroll.go keeps an inner loop of short, regular runs from getting
// a trace of its own, so that the recording of the loop around it
// unrolls it (trace/record_inner.go) instead of calling its trace
// (session 25).
//
// An outer trace that calls an inner loop's trace pays about 100 ns per
// run of the inner loop (docs/jit.md "Short nested loops (session 24)"):
// the registers written to the frame and reloaded and guarded by the
// inner trace, the range object and iterator allocated, the inner loop's
// end writing its snapshot. A loop of a few iterations a run cannot pay
// that back, and each inner trace is one more compile (and its exits
// more side traces) in a program that may be short. Unrolled, the inner
// loop's iterations are part of the outer trace: its loop test is a
// guard like any branch, and a run of another length leaves by a side
// exit.
//
// The hook sees an inner loop every threshold back-edges; at each such
// call the length of the run in progress is read from its iterator: a
// list's or tuple's length, or a range's, from the range object that the
// GETITER before the header read (when its register still holds it) or,
// for `range(n)`, from the iterator's stop. When the payoff rule has
// decided that the loop's trace pays, and every sample so far saw the
// same length, at most shortUnrollIters, with at most
// shortUnrollBytecodes instructions unrolled, the loop is marked instead
// (loop.unroll, as poly.go marks a polymorphic loop) and gets no trace.
// The decision comes after the payoff rule's so that a loop it defers is
// priced as before. A run of another length (the outer trace would exit
// at each length it was not recorded with), a wake (a side trace reached
// the loop and waits for its trace), and a loop around that will not
// record it (blacklisted, a stable abort) or whose recording aborted
// after the mark, unmark it for good. docs/jit.md "Short inner loops
// unrolled (session 25)".

package jit

import (
	"encoding/binary"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// shortUnrollIters is the longest run of an inner loop that is unrolled
// into the outer trace rather than given a trace of its own.
// shortUnrollBytecodes bounds the run's length times the loop's body
// (its instructions from the header to its last back-edge): a longer
// body does enough work a run that the call's cost is a small part of
// it, and its copies make the outer trace long (tests/bench/dijkstra's
// edge loop, 5 x 15 and 5 x 19, bfs_deque's 4 x 31 and nbody's pair loop,
// 5 x 20, each lost its own trace and ran longer interpreted while the
// outer loop, deferred on its longer recording, waited; the targets'
// loops are 2 x 5 to 6 x 10).
const (
	shortUnrollIters     = 8
	shortUnrollBytecodes = 64
)

// runLengths is what the hook has seen of a loop's run lengths.
type runLengths struct {
	n         int64 // the length all samples had so far (0: none yet)
	irregular bool  // a sample was longer than shortUnrollIters, or differed: never marked again
	marked    bool  // lp.unroll was set here
	body      int64 // its instructions from the header to its last back-edge
	outer     int   // the header of the loop around it
	aborts    int   // that loop's aborted recordings when it was marked
}

// shortInner samples the length of the run in progress of key's loop,
// which has no trace, at its hook call, and reports whether the loop is
// marked (its compile is skipped: the loop around it unrolls it). A run
// that is not short or of another length than the earlier samples, a
// wake (a side trace reached the loop and waits for its trace), and a
// loop around that will not record it (blacklisted, a stable abort) or
// whose recording aborted after the mark, unmark it for good. Only with
// the payoff rules on (the corpus' threshold-1 runs and the tests compile
// every loop).
func (j *JIT) shortInner(m *vm.VM, key loopKey, lp *loop) bool {
	s := &lp.short
	if s.irregular || !j.payoffOn(m) || (lp.unroll && !s.marked) {
		return false // never, or poly.go's mark
	}
	fr := m.JITTopFrame()
	if fr.Code != key.code {
		return false
	}
	outer := shortOuter(fr.Instrs, key.pc)
	if outer < 0 {
		s.irregular = true
		return false
	}
	olp := j.loops[loopKey{key.code, outer, key.globals}]
	if lp.wake || (olp != nil && (noTraceAround(olp) || (s.marked && olp.aborts > s.aborts))) { // ownruns.go
		j.unmarkShort(key, lp, "the loop around it will not unroll it soon")
		return false
	}
	n, ok := runLength(m, fr, key.pc)
	body := int64(lastBackEdge(fr.Instrs, key.pc, key.pc) - key.pc)
	if !ok || n > shortUnrollIters || n*body > shortUnrollBytecodes || (s.n > 0 && n != s.n) {
		j.unmarkShort(key, lp, "its runs are not short and regular")
		return false
	}
	s.n, s.outer, s.body = n, outer, body
	return s.marked
}

// refuseShortCompile is asked by compile when the payoff rule has said
// that key's loop pays for its trace: a loop whose samples (shortInner)
// all saw the same short run is marked instead, and reports true (its
// trace is not compiled). The decision comes after the payoff rule's,
// so that a loop it defers is priced as before (a side trace reaching it
// is then woken by the price: stormswake.go).
func (j *JIT) refuseShortCompile(m *vm.VM, key loopKey, lp *loop) bool {
	s := &lp.short
	if s.irregular || s.n <= 0 || lp.wake || lp.unroll || !j.payoffOn(m) {
		return false
	}
	s.marked = true
	if olp := j.loops[loopKey{key.code, s.outer, key.globals}]; olp != nil {
		s.aborts = olp.aborts
	}
	lp.unroll = true
	j.logf("inner loop at %s runs %d iterations a run of %d bytecodes: outer recordings unroll it", where(key.code, key.pc), s.n, s.body)
	return true
}

// unmarkShort gives up unrolling key's loop: it is never marked again,
// and compiles as any loop does.
func (j *JIT) unmarkShort(key loopKey, lp *loop, why string) {
	s := &lp.short
	s.irregular = true
	if s.marked {
		s.marked, lp.unroll = false, false
		j.logf("inner loop at %s is no longer unrolled: %s", where(key.code, key.pc), why)
	}
}

// shortOuter returns the header of the loop around the for loop whose
// header is at pc, in the same code, or -1 when pc is not a FORITER or
// there is none.
func shortOuter(instrs []bytecode.Instr, pc int) int {
	if pc < 0 || pc >= len(instrs) || instrs[pc].Op() != bytecode.FORITER {
		return -1
	}
	back := lastBackEdge(instrs, pc, pc) // predict.go
	if back == pc {
		return -1
	}
	return enclosing(instrs, pc, back) // polypredict.go
}

// runLength returns the number of items of the run in progress of the
// for loop whose header is at pc in fr: the length of the list or tuple
// its iterator walks, or of the range whose iterator it is: from the
// range object when the register the GETITER before the header read still
// holds it, else from the iterator's stop when the GETITER read the
// result of a one-argument call of `range` (whose start is 0).
func runLength(m *vm.VM, fr vm.JITFrame, pc int) (int64, bool) {
	ins := fr.Instrs[pc]
	if int(ins.A()) >= len(fr.Regs) {
		return 0, false
	}
	it := fr.Regs[ins.A()]
	if it.Tag() != vm.JITTagIter {
		return 0, false
	}
	mem := m.JITHeap().Bytes()
	word := func(ref, off uint64) (uint64, bool) { return heapWord(mem, ref+off) } // heapread.go
	ref := uint64(uint32(it.Ref()))
	hdr, ok := word(ref, 0)
	if !ok {
		return 0, false
	}
	switch (hdr >> vm.JITKindShift) & vm.JITKindMask {
	case uint64(vm.JITKindListIter):
		n, _, ok := listShape(m, it, 0) // ownruns.go
		return n, ok
	case uint64(vm.JITKindTupleIter):
		tag, ok1 := word(ref, vm.JITListIterList)
		tup, ok2 := word(ref, vm.JITListIterList+8)
		if !ok1 || !ok2 || gc.Tag(tag) != vm.JITTagTuple {
			return 0, false
		}
		cnt, ok := word(uint64(uint32(tup)), vm.JITTupleCountOff)
		return int64(uint32(cnt)), ok
	case uint64(vm.JITKindRangeIter):
		stop, ok1 := word(ref, vm.JITRangeStopOff)
		step, ok2 := word(ref, vm.JITRangeStepOff)
		if !ok1 || !ok2 {
			return 0, false
		}
		if n, ok := rangeObjLength(m, fr, pc, int64(stop), int64(step)); ok {
			return n, true
		}
		if int64(step) == 1 && oneArgRange(m, fr, pc) {
			return max(int64(stop), 0), true // range(stop) starts at 0
		}
	}
	return 0, false
}

// rangeObjLength finds the GETITER that made the iterator of the for
// loop at pc (a few instructions before it) and returns the length of
// the range in the register it read, when that is a small range with
// the iterator's stop and step.
func rangeObjLength(m *vm.VM, fr vm.JITFrame, pc int, stop, step int64) (int64, bool) {
	g := getIterBefore(fr.Instrs, pc)
	if g < 0 || int(fr.Instrs[g].B()) >= len(fr.Regs) {
		return 0, false
	}
	r := fr.Regs[fr.Instrs[g].B()]
	if r.Tag() != vm.JITTagRange {
		return 0, false
	}
	mem := m.JITHeap().Bytes()
	ref := uint64(uint32(r.Ref()))
	if ref+vm.JITRangeObjStep+8 > uint64(len(mem)) ||
		(binary.LittleEndian.Uint64(mem[ref:])>>vm.JITKindShift)&vm.JITKindMask != uint64(vm.JITKindRange) {
		return 0, false
	}
	start := int64(binary.LittleEndian.Uint64(mem[ref+vm.JITRangeObjStart:]))
	if int64(binary.LittleEndian.Uint64(mem[ref+vm.JITRangeObjStop:])) != stop ||
		int64(binary.LittleEndian.Uint64(mem[ref+vm.JITRangeObjStep:])) != step {
		return 0, false
	}
	return rangeCount(start, stop, step), true // heapread.go
}

// getIterBefore returns the pc of the GETITER, at most three instructions
// before the header pc, that made the iterator of the for loop at pc, or
// -1. The loop's constants that the compiler hoisted between the two
// (LOADCONSTs) are not counted: `for i in range(4): k = (k * 31 + i) &
// 1023` loads 31, 1023 and 4 there (session 27).
func getIterBefore(instrs []bytecode.Instr, pc int) int {
	it := instrs[pc].A()
	for b, other := pc-1, 0; b >= 0 && other < 3; b-- {
		g := instrs[b]
		if g.Op() == bytecode.GETITER && g.A() == it {
			return b
		}
		if g.Op() != bytecode.LOADCONST {
			other++
		}
	}
	return -1
}

// oneArgRange reports whether the GETITER before the for loop at pc
// reads the result of the CALL just before it, a call with one
// positional argument of the function a LOADGLOBAL of the name `range`
// put in the call's register.
func oneArgRange(m *vm.VM, fr vm.JITFrame, pc int) bool {
	g := getIterBefore(fr.Instrs, pc)
	if g < 1 {
		return false
	}
	call := fr.Instrs[g-1]
	if call.Op() != bytecode.CALL || call.A() != fr.Instrs[g].B() || call.B() != 1 || call.C() != 0 {
		return false
	}
	for b := g - 2; b >= 0 && b >= g-4; b-- {
		ld := fr.Instrs[b]
		if ld.Op() == bytecode.LOADGLOBAL && ld.A() == call.A() {
			if int(ld.Bx()) >= len(fr.Consts) {
				return false
			}
			name, ok := m.JITStr(fr.Consts[ld.Bx()])
			return ok && name == "range"
		}
	}
	return false
}
