// calleewake.go keeps a root recording from waking a callee's loop when
// the root loop runs loops of other functions too (session 23).
//
// A root trace calls the trace of at most one loop in an inlined callee
// (calls.go's calleeSite); a recording that meets a second such loop
// aborts ("inner loop"). A recording that meets a callee's loop without
// a trace wakes that loop (CalleeLoop), so that the next recording calls
// its trace; when the root loop's body calls other functions whose loops
// run too, that next recording aborts at the second one, and the woken
// loop's trace is entered from the interpreter at every call instead:
// jit/callloop_for's and jit/storms_return's module loops call four and
// seven functions with loops, and each woke one, whose runs of 4-15
// iterations then paid an entry each (parked after 128 entries that all
// ended at an exit to Go). The other loops are known by the payoff rule's
// record of the range loops around them (loop.outer, payoff_future.go):
// a loop of another function seen running inside the root loop, a frame
// or more down.

package jit

import "github.com/hotloop/hotloop/vm"

// calleeWakePays reports whether the root recording that met the loop
// at key of a callee, lp, which has no trace, should wake it: the root
// loop runs no other function's loops (calleeCrowded), and, when it is
// a range loop, the iterations its range has left run the callee's loop
// long enough (lp.runRate iterations each, at a loop bytecode's price)
// to pay for two compiles of the callee loop's size: its own, and at
// least as much of the root's that calls it. A first recording of a
// root (made to learn its size) met jit/callloop_for's `total(vals)`
// with 1,961 of 3,000 iterations left, woke its loop of 8 iterations a
// call, and the root's trace, 1,039 wasm instructions, then did not pay.
func (j *JIT) calleeWakePays(key loopKey, lp *loop) bool {
	if j.calleeCrowded(key) || lp.classes > 1 {
		return false // (a list of several classes: its payoff rule prices their traces, ownruns.go)
	}
	if j.recLeft < 0 || lp.runRate <= 0 {
		return true // not a range loop, or the callee's runs not measured: woken as before
	}
	est := float64(max(lp.bytecodes, 1)) * loopNsPerBytecode * savedShare
	return float64(j.recLeft*lp.runRate)*est >= 2*j.rootCost(lp.instrs)
}

// rootLeft returns the iterations the range loop whose header is at pc
// has left in the top frame, or -1 when it is not a range loop.
func rootLeft(m *vm.VM, pc int) int64 {
	if _, _, _, left, ok := rangeIn(m, m.JITTopFrame(), pc); ok {
		return left
	}
	return -1
}

// calleeCrowded reports whether a loop of a function other than key's
// has been seen running inside the root loop being recorded (j.recRoot),
// in a called function.
func (j *JIT) calleeCrowded(key loopKey) bool {
	root := j.recRoot
	if root == nil {
		return false
	}
	for k, lp := range j.loops {
		if k.code == key.code {
			continue // the callee's own loops run inside its trace, or after it in its frame
		}
		for _, r := range lp.outer {
			if r.depth > 0 && r.code == root.code && r.h == root.pc {
				return true
			}
		}
	}
	return false
}

// calleeWoken keeps a root recording that woke a callee's loop and then
// aborted (at that loop, which it could not call yet: "inner loop")
// from backing its loop off: the next hook call records it again, by
// when the callee's loop has its trace to call. Backed off as any abort
// (twice the last penalty), a range loop of a few thousand iterations
// never came back to it, and the woken trace only paid its entries from
// the interpreter (jit/callloop_for's `for n in range(3000): out +=
// total(vals)`). Bounded as calleeUntraced is, by maxCalleeWaits.
func (j *JIT) calleeWoken(lp *loop, err error) {
	if err == nil || !j.recWoke || lp.untracedCallee >= maxCalleeWaits {
		return
	}
	lp.untracedCallee++
	lp.aborts--
	lp.penalty = 0 // abort's back-off is 0; the next recording restores it (recordRoot)
}
