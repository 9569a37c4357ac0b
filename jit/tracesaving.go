// tracesaving.go estimates what one iteration of a recorded root trace
// saves, in real nanoseconds of CPU, from what the recording does, and
// holds a root compile's real price, so that the payoff rule's certain
// future is also checked in one unit on both sides (session 31, docs/
// jit.md "What a traced bytecode saves, per trace (session 31)").
//
// The rule's credit (loopNsPerBytecode x savedShare a bytecode) and its
// compile price (rootCostNs) are in session 21's loop-bytecode
// nanoseconds; on this machine a loop bytecode takes about 3.0 ns, so the
// credit is 2.55 ns of real CPU, and a compile costs 1.7 times its price
// per wasm instruction (docs/jit.md "What a compile costs a short program
// (session 25)"). Measured per loop (the CPU of 400,000 iterations less
// that of 100,000, JIT on and off, the same decisions, so that compiles
// cancel), 14 loops of int, attribute, list and call shapes save 1.0-3.5
// ns a bytecode, 2.3 over all their bytecodes; a loop that allocates
// (a NEW in the recording: a tuple the trace sinks, a list iterator)
// saves 25-35 ns more an allocation. Loops with host helpers (set and
// dict operations, str work: 2.8-13 ns a bytecode), float arithmetic or
// calls of inner loops' traces are not what these measured; the
// estimate leaves them unknown and the rule as it was.

package jit

import (
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// The estimate's weights: real ns an iteration saves for each recorded
// bytecode and for each allocation recorded (docs/jit.md's table).
const (
	savedNsPerBytecode = 2.3
	savedNsPerAlloc    = 28.0
)

// otherWorkRatio: a loop whose iteration, as the rule measures it, takes
// over this many times its recorded bytecodes' time does work the
// recording does not hold (an iteration down another path takes a few
// more bytecodes than the recorded one: 1.0-1.2).
const otherWorkRatio = 1.5

// A root compile's real cost in process CPU (recording, passes,
// lowering, wazero's compile and the instantiation): session 25's fit
// of cold - warm CPU plus the warm runs' pipeline spans over 36 programs.
const (
	realCompileFixedNs    = 450000.0
	realCompileNsPerInstr = 1650.0
)

// traceSavingNs returns what one iteration of rec's loop is estimated to
// save when it runs in its trace rather than in the interpreter, in ns of
// real CPU, or 0 when the recording has a part the estimate does not
// price (a host helper call, float arithmetic, a call of an inner loop's
// trace).
func traceSavingNs(rec *trace.Recording) float64 {
	if len(rec.Calls) > 0 {
		return 0
	}
	allocs := 0
	for _, in := range rec.Trace.Insts {
		switch {
		case in.Op == ir.CALL, floatOp(in.Op):
			return 0
		case in.Op == ir.NEW:
			allocs++
		}
	}
	return float64(max(rec.Bytecodes, 1))*savedNsPerBytecode + float64(allocs)*savedNsPerAlloc
}

// floatOp reports whether op is float arithmetic, a float compare or a
// conversion to or from float.
func floatOp(op ir.Op) bool {
	return op >= ir.FADD && op <= ir.FTOI || op == ir.FCMP || op == ir.GFCMP
}

// realRootCostNs is what compiling a root trace of instrs wasm
// instructions costs in real CPU.
func realRootCostNs(instrs int) float64 {
	return realCompileFixedNs + float64(instrs)*realCompileNsPerInstr
}

// paysInRealCPU reports whether the certain future of lp's loop, left
// iterations of its range run, pays its trace back in real CPU: lp.saving
// an iteration (traceSavingNs of its last recording) times runShare (the
// share of an iteration's credit the rule keeps for its runs' entries,
// payoff_runs.go) against price: realRootCostNs at the measured compile
// price (compileprice.go) times the rule's factor for retired traces. Once an earlier run did not pay, the loop's
// iterations so far are added to the future (its runs repeat: the ski
// rental's guess), so that a loop of a function called many times still
// compiles; only for a loop whose recordings all took one path
// (rootpaths.go onePath; session 34): a loop seen down two paths needs
// side traces (more compiles) for its iterations to stay, and its later
// runs may go other ways than its first (jit/dictget_const's loop, its
// runs calling other change functions, compiled on the guess in its third
// run and was retired 5,449 iterations on, by that run's change). A loop
// whose saving is unknown passes, and so does one whose
// measured iteration is well over its bytecodes' (perRatio, measured
// over estimated, above otherWorkRatio: work of inner loops or
// generators the recording does not hold). When it does not pay, the
// run is remembered (inUnpaidRun).
func (lp *loop) paysInRealCPU(m *vm.VM, key loopKey, left int64, perRatio, runShare, price float64) bool {
	if lp.saving <= 0 || perRatio > otherWorkRatio {
		return true
	}
	run := rangeIter(m, key.pc)
	future := float64(left)
	if lp.unpaidRun != 0 && run != lp.unpaidRun && lp.onePath() {
		future += float64(lp.seen)
	}
	if future*lp.saving*lp.stayShare()*runShare >= price {
		return true
	}
	lp.unpaidRun = run
	return false
}

// inUnpaidRun reports whether lp's loop is in the range run whose
// certain future did not pay (paysInRealCPU): the rest of that run is not
// compiled on an unknown future either (the ski rental), which would
// compile it part-way with less of the run left.
func (lp *loop) inUnpaidRun(m *vm.VM, key loopKey) bool {
	return lp.unpaidRun != 0 && lp.unpaidRun == rangeIter(m, key.pc)
}

// rangeIter returns the range iterator the loop whose header is at pc
// runs on in the top frame, 0 when it is not a range loop.
func rangeIter(m *vm.VM, pc int) uint64 {
	it, _, _, _, ok := rangeIn(m, m.JITTopFrame(), pc) // payoff_future.go
	if !ok {
		return 0
	}
	return it
}
