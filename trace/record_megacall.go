// record_megacall.go makes a call residual (record_callout.go) when its
// callee is a local the loop never assigns and the call site has already
// met another callee: the loop is run once per phase with a different
// function (`run(s, n, change)` called with one `change` after another).
// Inlined, each phase's function fails the code guard of the call that
// inlined the one before and grows its own chain of side traces
// (jit/dictget_const: 16 side traces for 5 phases), each waiting out ski
// rental and paying a compile. As a residual call, one side trace serves
// every later phase. A residual call costs more than the interpreter's
// call, so a phase long enough to pay for its own chain is inlined again:
// before the call the trace guards that the callee's code is not the one
// the JIT promoted (a word in linear memory the JIT writes, jit/
// megacall.go); that guard's exit grows the side trace that inlines it.
// A callee that changes within one run of the loop (an attribute of the
// item, a table entry: richards' task functions) is polymorphic, not
// phased, and stays inlined. docs/jit.md "Call sites that see a new
// callee each phase (session 27)".

package trace

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// ClassMegaWord is the alias class of a call site's promoted-callee word
// (written by the JIT between runs of the trace, never by a trace).
const ClassMegaWord ir.AliasClass = 94

// MegaCallSites is implemented by a JIT hook that counts the callees met
// at calls whose callee cannot change while their loop runs (the loop's
// header is header): MegaCall notes callee at the call at pc of code and
// reports whether the call is to be residual, and the linear-memory
// address of the word holding the code word of the callee the JIT wants
// inlined instead (the trace guards the callee is not that one).
type MegaCallSites interface {
	MegaCall(m *vm.VM, code *bytecode.Code, header, pc int, callee *bytecode.Code) (promoted uint32, residual bool)
}

// megaCallWanted reports whether the call ins of callee, met in the loop's
// own frame, is to be a residual call because its callee is fixed for a
// run of the loop and the JIT has seen the site change callee between
// runs, and the address of the site's promoted-callee word.
func (r *recorder) megaCallWanted(ins bytecode.Instr, callee vm.JITCallee) (uint32, bool) {
	if len(r.stack) > 0 || r.callee != nil || r.unroll.simulating || ins.C() != 0 || callee.Generator ||
		ins.Op() != bytecode.CALL || !r.calloutClean() {
		return 0, false
	}
	sites, ok := r.m.JITHook().(MegaCallSites)
	if !ok || !loopInvariantCallee(r.fr.Code, r.fr.Instrs, r.header, r.backEdge, r.pc) {
		return 0, false
	}
	return sites.MegaCall(r.m, r.fr.Code, r.header, r.pc, callee.Code)
}

// megaCallout records the call ins of the function fn as a residual call
// guarded by the callee's code not being the promoted one (word).
func (r *recorder) megaCallout(ins bytecode.Instr, fn operand, word uint32) (int, error) {
	b := r.b
	snap := r.snap(r.pc)
	code := b.FLoad(ir.Int, fn.val, vm.JITFuncCodeOff, ClassFuncCode)
	promoted := b.FLoad(ir.Int, b.KPtr(word), 0, ClassMegaWord)
	b.Guard(ir.NE, code, promoted, snap)
	return r.callout(ins)
}

// calloutClean reports whether the recording may make a residual call
// here (callout aborts otherwise).
func (r *recorder) calloutClean() bool {
	return len(r.attrs.pending) == 0 && len(r.objs.fresh) == 0 && len(r.alloc.grown) == 0 && len(r.gens.words) == 0
}

// loopInvariantCallee reports whether the CALL at pc, inside the loop
// [header, backEdge] of code, calls a function that one run of the loop
// cannot change: its function register is set by a MOVE from a register
// below it that no instruction of the loop may write, with no jump
// landing between the MOVE and the CALL. Conservative: a code object with
// exception handlers (a handler may run code outside the range and come
// back) never qualifies.
func loopInvariantCallee(code *bytecode.Code, instrs []bytecode.Instr, header, backEdge, pc int) bool {
	if code == nil || len(code.Handlers) > 0 || header < 0 || backEdge >= len(instrs) || pc <= header || pc > backEdge {
		return false
	}
	a := instrs[pc].A()
	mv := -1
	for q := pc - 1; q >= header; q-- {
		if mayWriteReg(instrs[q], a) {
			mv = q
			break
		}
	}
	if mv < 0 || instrs[mv].Op() != bytecode.MOVE {
		return false
	}
	src := instrs[mv].B()
	if src >= a {
		return false // a temporary, not a local
	}
	for q := header; q <= backEdge; q++ {
		ins := instrs[q]
		if t, ok := ins.JumpTarget(); ok && t > mv && t <= pc {
			return false
		}
		if mayWriteReg(ins, src) {
			return false
		}
	}
	return true
}

// mayWriteReg reports whether ins may write register x (conservatively:
// a call writes every register from its function register up, where the
// callee's frame goes; an opcode not modelled writes everything).
func mayWriteReg(ins bytecode.Instr, x int) bool {
	op := ins.Op()
	if op >= bytecode.NumOps {
		return true
	}
	a, b := ins.A(), ins.B()
	switch op {
	case bytecode.CALL, bytecode.CALLMETHOD, bytecode.CALLEX, bytecode.UNPACKEX:
		return x >= a
	case bytecode.UNPACK:
		return x >= a && x < a+ins.C()
	case bytecode.LOADMETHOD, bytecode.CHECKEGMATCH:
		return x == a || x == a+1
	case bytecode.FORITER:
		return x == a+1
	case bytecode.WITHENTER, bytecode.ASYNCWITHENTER:
		return x == a || x == b+1
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE, bytecode.RETURN, bytecode.STOREATTR, bytecode.SETITEM,
		bytecode.STOREGLOBAL, bytecode.STORENAME, bytecode.STOREDEREF, bytecode.DELATTR, bytecode.DELITEM,
		bytecode.LISTAPPEND, bytecode.LISTEXTEND, bytecode.SETADD, bytecode.SETUPDATE, bytecode.DICTSET,
		bytecode.DICTUPDATE, bytecode.DICTMERGE, bytecode.RAISE, bytecode.RERAISE, bytecode.ENDFOR,
		bytecode.POPEXCEPT, bytecode.CHECKBOUND, bytecode.ASSERTFAIL, bytecode.PRINTEXPR, bytecode.IMPORTSTAR,
		bytecode.ENDASYNCFOR:
		return false
	}
	return bytecode.Table[op].A == bytecode.ModeReg && x == a
}
