// callout.go runs the residual calls of traces (trace/record_callout.go):
// the callout host helper asks the VM to run a Python call in the
// interpreter (vm.JITCallout) while the trace that made it waits inside
// its wazero call. The callee's hot loops may enter their own traces (and
// in recursion, the very trace that is waiting), so the JIT is re-entered
// from inside a wasm call; this file keeps that sound:
//
//   - A wazero api.Function runs on one stack of its own: calling it again
//     while it runs would overwrite the frames of the run that waits. Each
//     nesting level gets its own functions for the table module's enter
//     and the hop dispatcher (made once per level, then reused), swapped
//     in for the nested run and back after it, with the dispatcher's
//     result words, which the nested run overwrites.
//   - A trace that waits below must keep its module and its table slot:
//     while any call is out, retiring a trace (eviction, a trace that keeps
//     failing, a polymorphic inner loop) is put off until the outermost
//     callout returns, and trace trees are not rebuilt (the rebuild closes
//     the old module).
//
// docs/jit.md "Calls a trace cannot inline (session 16)".

package jit

import (
	"context"
	"encoding/binary"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// calloutState is the JIT's residual-call nesting.
type calloutState struct {
	depth  int             // callouts running now
	levels []*calloutLevel // by depth-1: the functions runs that deep use
	// retired: traces whose retirement waits for depth 0.
	retired []*compiled
	waited  int64 // retirements put off (tests)
	calls   int64 // callouts made (Stats)
	raised  int64 // of those, callees that raised
	// sites: calls (by loop and call pc) whose inlining made a recording
	// abort (trace.CalloutAbortReasons): later recordings make them
	// residual.
	sites map[calloutSite]bool
}

// calloutSite is a call in a loop's body: its code and pc.
type calloutSite struct {
	code *bytecode.Code
	pc   int
}

// calloutLevel is what a run at one nesting level calls wasm with, and
// what the run below it used, put aside while it waits.
type calloutLevel struct {
	enter, hop                api.Function
	stack, hopStack           []uint64
	outerEnter, outerHop      api.Function
	outerStack, outerHopStack []uint64
	hopWords                  [3]uint32 // the dispatcher's last, entry and hops words below
}

// addCalloutHelper adds the callout host function to b: (code id, pc)
// -> ok.
func (w *wasmRuntime) addCalloutHelper(b wazero.HostModuleBuilder) wazero.HostModuleBuilder {
	fn := func(_ context.Context, _ api.Module, s []uint64) {
		ok := w.callout != nil && w.callout(int(int64(s[0])), int(int64(s[1])))
		s[0] = b2w(ok)
	}
	i64 := api.ValueTypeI64
	return b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(fn),
		[]api.ValueType{i64, i64}, []api.ValueType{api.ValueTypeI32}).Export(trace.CalloutHelper.Name)
}

// runCallout runs the call at pc of the innermost frame (of the code the
// VM names code) in the interpreter, from inside a trace: true when it
// returned (its result is in the frame), false when the trace must exit
// at the call.
func (j *JIT) runCallout(m *vm.VM, code, pc int) bool {
	if !j.calloutIn() {
		return false
	}
	res := m.JITCallout(code, pc)
	j.calloutOut()
	j.callout.calls++
	if res == vm.JITCalloutRaised {
		j.callout.raised++
		j.logf("residual call at %s raised", where(m.JITTopFrame().Code, pc))
	}
	return res == vm.JITCalloutDone
}

// calloutIn enters one more nesting level: the wasm functions of the run
// that waits are put aside in the level's record and the level's own
// swapped in.
func (j *JIT) calloutIn() bool {
	cs, w := &j.callout, j.w
	if len(cs.levels) <= cs.depth {
		lv := &calloutLevel{stack: make([]uint64, 3), hopStack: make([]uint64, 3)}
		tbl := w.r.Module(tableModule)
		if tbl == nil {
			return false
		}
		if lv.enter = tbl.ExportedFunction("enter"); lv.enter == nil {
			return false
		}
		cs.levels = append(cs.levels, lv)
	}
	lv := cs.levels[cs.depth]
	h := j.hop
	if h != nil && lv.hop == nil {
		if mod := w.r.Module(hopModule); mod != nil {
			lv.hop = mod.ExportedFunction("hop")
		}
		if lv.hop == nil {
			return false
		}
	}
	lv.outerEnter, lv.outerStack = w.enter, w.stack
	w.enter, w.stack = lv.enter, lv.stack
	lv.outerHop = nil
	if h != nil {
		lv.outerHop, lv.outerHopStack = h.fn, h.stack
		mem := w.heapBytes()
		for i, addr := range [3]uint32{h.last, h.entry, h.hops} {
			lv.hopWords[i] = binary.LittleEndian.Uint32(mem[addr:])
		}
		h.fn, h.stack = lv.hop, lv.hopStack
	}
	cs.depth++
	return true
}

// calloutOut leaves a nesting level (restoring what calloutIn put aside)
// and, at depth 0, retires the traces whose retirement waited.
func (j *JIT) calloutOut() {
	cs, w := &j.callout, j.w
	cs.depth--
	lv := cs.levels[cs.depth]
	w.enter, w.stack = lv.outerEnter, lv.outerStack
	if h := j.hop; h != nil && lv.outerHop != nil {
		h.fn, h.stack = lv.outerHop, lv.outerHopStack
		mem := w.heapBytes()
		for i, addr := range [3]uint32{h.last, h.entry, h.hops} {
			binary.LittleEndian.PutUint32(mem[addr:], lv.hopWords[i])
		}
	}
	if cs.depth == 0 && len(cs.retired) > 0 {
		retired := cs.retired
		cs.retired = nil
		for _, c := range retired {
			j.retire(c)
		}
	}
}

// calloutDefersRetire reports whether c's retirement must wait (a call is
// out: c, or a trace that calls it, may be waiting below), and if so
// queues it.
func (j *JIT) calloutDefersRetire(c *compiled) bool {
	cs := &j.callout
	if cs.depth == 0 {
		return false
	}
	for _, x := range cs.retired {
		if x == c {
			return true
		}
	}
	cs.retired = append(cs.retired, c)
	cs.waited++
	return true
}

// calloutBusy reports whether a residual call is out (trace trees are not
// rebuilt then).
func (j *JIT) calloutBusy() bool { return j.callout.depth > 0 }

// calloutNoteAbort remembers the call at pc of a recording of loop key
// that aborted for reason, when the reason is one a residual call avoids.
func (j *JIT) calloutNoteAbort(key loopKey, pc int, reason string) {
	if !trace.CalloutAbortReasons[reason] || pc < 0 {
		return
	}
	cs := &j.callout
	if cs.sites == nil {
		cs.sites = map[calloutSite]bool{}
	}
	cs.sites[calloutSite{key.code, pc}] = true
}

// CalloutSite implements trace.CalloutSites: the call at pc of a loop of
// code (the innermost frame's, being recorded) is made residual when its
// inlining aborted a recording before, or when callee has a loop whose
// trace makes residual calls (a recursive function with a loop).
func (j *JIT) CalloutSite(code *bytecode.Code, pc int, callee *bytecode.Code) bool {
	return j.callout.sites[calloutSite{code, pc}] || j.codeHasCallout(callee)
}

// codeHasCallout reports whether a loop of code has a trace that makes
// residual calls (such a trace cannot run in a callee's window: its calls
// run in the interpreter's innermost frame, which is not the callee's).
func (j *JIT) codeHasCallout(code *bytecode.Code) bool {
	for _, k := range j.byCode[code] {
		if lp := j.loops[k]; lp != nil && lp.tr != nil && lp.tr.t != nil && trace.HasCallout(lp.tr.t) {
			return true
		}
	}
	return false
}
