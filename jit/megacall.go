// megacall.go answers trace.MegaCallSites: a call whose callee is fixed
// for a run of its loop (a function passed in, trace/record_megacall.go)
// is inlined for the first callee the recordings meet there and made
// residual from the megaCallees-th distinct one on (unless what the
// range loop has left of the phase being recorded pays for inlining it,
// or the loop's iteration is too short for its trace to pay the call),
// so that the phases after it share one side trace instead of growing a
// chain each. A
// residual call costs more than the interpreter's own call, so the
// callout helper (callout.go) watches each phase of such a site: when a
// new callee's phase is long enough to pay for a chain of its own (by
// what its range loop has left, or by the calls it has made so far), the
// JIT promotes it: it writes the callee's code word to the site's word,
// which the residual trace guards against, and refuses that call; the
// guard's exit then grows a side trace that inlines the callee. docs/
// jit.md "Call sites that see a new callee each phase (session 27)".

package jit

import (
	"encoding/binary"
	"slices"

	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// megaCallees is the number of distinct callees (code objects) a call
// site must have met for its later recordings to make the call residual.
// 2: the recording that meets the second callee is already that of a side
// trace hanging off the first callee's code guard.
const megaCallees = 2

// megaCalloutNs is what a residual call costs more than the same call
// inlined in the trace: a loop `t += f(i)` of 1.2 M iterations, 900 k of
// them residual, took 98.7 ms against 26.3 ms inlined (load 3).
const megaCalloutNs = 80

// megaChainNs is what a phase's inlined callee costs: its side trace and
// the sibling for the other side of the first branch after the call, and
// the exits waited for them (jit/dictget_const: 1.4 to 2 ms a phase).
const megaChainNs = 2e6

// megaMinBytecodes is the fewest bytecodes an iteration of the loop (its
// root trace's recording, the first callee inlined) must have for a
// residual call to pay: the trace must save more around the call than
// the call costs over the interpreter's. Measured on two programs
// (CPU, interleaved, load 8-9): jit/dictget_const (44 bytecodes, three
// inlined method calls around `change`) 40.1 -> 35.2 ms residual;
// jit/megacall_phases (31) 57.4 -> 64.3 ms residual, where main ran most
// phases in the interpreter (57.4 against 58.2 `--jit=off`).
const megaMinBytecodes = 40

// loopBytecodes returns the bytecodes per iteration of the loop at header
// of code in the top frame: its root trace's, else its last recording's
// (0 if none).
func (j *JIT) loopBytecodes(m *vm.VM, code *bytecode.Code, header int) int {
	lp := j.loops[loopKey{code, header, uint32(m.JITTopFrame().Globals.Ref())}]
	switch {
	case lp == nil:
		return 0
	case lp.tr != nil:
		return lp.tr.bytecodes
	}
	return lp.bytecodes
}

// megaSite is one call site's record: the callees met, and its phase.
type megaSite struct {
	header int              // the loop's header pc
	seen   []*bytecode.Code // distinct callees met, up to megaCallees
	word   uint32           // linear-memory address of the promoted callee's code word, 0 before the site is residual
	// promoted is the callee the JIT wants inlined (nil: none yet).
	promoted *bytecode.Code
	// The phase: the code word of the callee last called out, the range
	// iterations left when it started (0: not a range loop), and the
	// calls made in it.
	last  uint64
	left  int64
	calls int64
}

// megaSites records the call sites met by MegaCall.
type megaSites map[calloutSite]*megaSite

// MegaCall implements trace.MegaCallSites.
func (j *JIT) MegaCall(m *vm.VM, code *bytecode.Code, header, pc int, callee *bytecode.Code) (uint32, bool) {
	if j.megaSites == nil {
		j.megaSites = megaSites{}
	}
	key := calloutSite{code, pc}
	site := j.megaSites[key]
	if site == nil {
		site = &megaSite{header: header}
		j.megaSites[key] = site
	}
	if len(site.seen) < megaCallees && !slices.Contains(site.seen, callee) {
		site.seen = append(site.seen, callee)
	}
	if len(site.seen) < megaCallees || callee == site.promoted || j.w == nil {
		return 0, false
	}
	if float64(rangeLeft(m, header))*megaCalloutNs >= megaChainNs {
		return 0, false // this phase is long enough to pay for inlining
	}
	if j.loopBytecodes(m, code, header) < megaMinBytecodes {
		return 0, false // the trace saves too little around the call
	}
	if site.word == 0 {
		w, err := m.JITAllocFixed(8)
		if err != nil {
			return 0, false
		}
		binary.LittleEndian.PutUint64(j.w.heapBytes()[w:], ^uint64(0)) // no code word
		site.word = w
		j.stats.MegaCallSites++
		j.logf("call at %s met %d callees, one per run of its loop: residual from now on", where(code, pc), len(site.seen))
	}
	return site.word, true
}

// megaRefuses is told of a residual call about to run at pc of the top
// frame: at a residual call site whose callee starts a phase long enough
// to pay for its own inlined chain, it promotes the callee and reports
// true (the call is refused: the trace exits at it).
func (j *JIT) megaRefuses(m *vm.VM, pc int) bool {
	if len(j.megaSites) == 0 {
		return false
	}
	fr := m.JITTopFrame()
	site := j.megaSites[calloutSite{fr.Code, pc}]
	if site == nil || site.word == 0 || pc >= len(fr.Instrs) {
		return false
	}
	fn := fr.Regs[fr.Instrs[pc].A()]
	if fn.Tag() != vm.JITTagFunc {
		return false
	}
	cw := m.JITWord(uint32(fn.Ref()) + vm.JITFuncCodeOff)
	if cw != site.last {
		site.last, site.calls = cw, 0
		site.left = rangeLeft(m, site.header)
	}
	site.calls++
	if float64(max(site.left, site.calls))*megaCalloutNs < megaChainNs {
		return false
	}
	callee, ok := m.JITFunction(fn)
	if !ok {
		return false
	}
	site.promoted = callee.Code
	binary.LittleEndian.PutUint64(j.w.heapBytes()[site.word:], cw)
	j.logf("call at %s: %s's phase pays for inlining it (%d iterations left, %d calls made)", where(fr.Code, pc), callee.Code.Name, site.left, site.calls)
	return true
}
