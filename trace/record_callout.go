// record_callout.go records a call that a trace cannot inline (a recursive
// call in a loop's body: nqueens' solve calling solve, a tree walk, a
// backtracking search) as a residual call: instead of aborting, the trace
// writes every register it changed to the frame (the interpreter's state
// at the CALL, which also makes the collector see every object the trace
// holds) and calls the callout helper, which runs the call in the
// interpreter where the interpreter's CALL would have (vm/jitcallout.go)
// and leaves the result in the CALL's register. The recording goes on
// after the CALL without knowing the result (the recorder simulates and
// cannot run the callee): the result register is left in the frame, with a
// guessed value, so its first use loads it and guards its tag; a wrong
// guess exits there, after the call, and grows a side trace recorded with
// the real value. The helper may write anything (ir.Writes): every heap
// value is loaded again after it. docs/jit.md "Calls a trace cannot
// inline (session 16)".

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// CalloutHelper runs the call at a pc (its second argument) of the frame
// whose code the VM names by its first argument (vm.JITCodeID), in the
// interpreter. It fails (the trace exits at the CALL) when the call was
// not run, or when it raised (the CALL's function register then holds a
// builtin raising the exception again: vm.JITCallout). The payoff gate
// prices it apart (calloutPays).
var CalloutHelper = ir.HelperSig{Name: "callout", Args: []ir.Type{ir.Int, ir.Int}, Effect: ir.Writes}

// CalloutWeight is what a residual call costs a root trace in the payoff
// gate, in host calls (HostCallBytecodes each): a loop making 10 M calls
// of a function that returns at once took 0.43-0.46 s interpreted and
// 1.03-1.16 s with the calls residual, about 65 ns more per call, where a
// host helper costs 15-20 ns more than the interpreter's call of the same
// Go code (docs/jit.md "Calls a trace cannot inline").
const CalloutWeight = 4

// calloutPays is hostPays for a recording that makes residual calls: a
// root trace must run HostCallBytecodes other bytecodes per host call and
// CalloutWeight times that per residual call, or the interpreter runs the
// loop faster. A side trace's residual calls are not counted: without the
// side trace, its path leaves the trace, which costs more than the call.
func (r *recorder) calloutPays(steps int) error {
	t := r.b.T
	if r.m.JITHookThreshold() <= 1 || !HasCallout(t) || r.side != nil && !r.side.root {
		return nil
	}
	calls := 0
	for i := 1; i < len(t.Insts); i++ {
		if in := &t.Insts[i]; in.Op == ir.CALL {
			name := t.Helpers[in.Aux].Name
			calls += hostCallWeight(name) + dictGetCallWeight(name)
			if name == CalloutHelper.Name {
				calls += CalloutWeight
			}
		}
	}
	if steps < HostCallBytecodes*calls {
		return &Abort{Reason: "too many host calls for the trace to pay", PC: r.header}
	}
	return nil
}

// HasCallout reports whether trace t makes residual calls (the JIT does
// not peel such a trace: the registers are written in the middle of its
// iteration).
func HasCallout(t *ir.Trace) bool {
	for _, h := range t.Helpers {
		if h.Name == CalloutHelper.Name {
			return true
		}
	}
	return false
}

// CalloutSites is implemented by a JIT hook that knows which calls are
// better made residual: a call whose inlining made an earlier recording of
// the loop abort ("inlining too deep": recursion), or of a function whose
// loop's trace makes residual calls itself (a recursive function with a
// loop, whose trace cannot be called in a callee's window).
type CalloutSites interface {
	CalloutSite(code *bytecode.Code, pc int, callee *bytecode.Code) bool
}

// CalloutAbortReasons are the abort reasons after which the JIT makes the
// call the recording aborted in a residual call (CalloutSites).
var CalloutAbortReasons = map[string]bool{"inlining too deep": true, "loop in an inlined function": true}

// calloutWanted reports whether the call ins of callee, met in the loop's
// own frame, is to be a residual call: a call of the loop's own function
// (recursion through the loop, which inlining would abort on), or one the
// JIT names (CalloutSites).
func (r *recorder) calloutWanted(ins bytecode.Instr, callee vm.JITCallee) bool {
	if len(r.stack) > 0 || r.callee != nil || r.unroll.simulating || ins.C() != 0 || callee.Generator {
		return false
	}
	if op := ins.Op(); op != bytecode.CALL && op != bytecode.CALLMETHOD {
		return false
	}
	if callee.Code == r.fr.Code {
		return true
	}
	sites, ok := r.m.JITHook().(CalloutSites)
	return ok && sites.CalloutSite(r.fr.Code, r.pc, callee.Code)
}

// callout records the call ins as a residual call (see the file comment).
func (r *recorder) callout(ins bytecode.Instr) (int, error) {
	if len(r.attrs.pending) > 0 || len(r.objs.fresh) > 0 || len(r.alloc.grown) > 0 || len(r.gens.words) > 0 {
		// The recording's own knowledge of those objects would outlive
		// a call that may change them.
		return 0, r.abort("residual call after an allocation or a deferred store")
	}
	code := r.m.JITCodeID(r.fr.Code)
	if code < 0 {
		return 0, r.abort("residual call in an unknown code")
	}
	b := r.b
	for i := range r.root {
		if s := &r.root[i]; s.dirty {
			b.SStore(int32(i), s.tag, s.val)
			s.dirty = false
		}
	}
	if n := int32(len(r.root)); n > b.T.FrameSize {
		b.T.FrameSize = n
	}
	r.ver++
	b.Call(r.helper(CalloutHelper), r.snap(r.pc), b.KInt(int64(code)), b.KInt(int64(r.pc)))
	// The result: in the frame, read (and its tag guarded) at its first
	// use. The callee's frame overlapped the registers above the CALL's
	// (the caller's temporaries): the frame holds whatever it left there.
	a := ins.A()
	r.root[a] = rslot{operand: operand{v: calloutGuess}, stale: true}
	for i := a + 1; i < len(r.root); i++ {
		r.root[i] = rslot{operand: operand{v: gc.Empty()}, stale: true}
	}
	r.ver++
	return r.pc + 1, nil
}

// calloutGuess is the value a recording assumes a residual call returned:
// an int (a count, a sum, a depth: the common result of a recursive call
// in a loop). Any other result exits where it is first used, after the
// call, and that exit grows a side trace with the real value.
var calloutGuess = gc.Int(0)
