// geninline.go holds the generator frames that a for loop resumes inside
// the running interpreter loop, without a Go call: FORITER on a generator
// pushes the generator's frame above the consumer's like a Python call
// (genEnterFor), YIELDVALUE in such a frame saves it, pops it and writes the
// value into the consumer's loop variable register (genYieldInline), and
// RETURN or an exception leaving it finishes the generator
// (genFinishInline). The other ways into a generator (next(), send(),
// throw(), close(), builtins that iterate, yield from) still go through
// genStep (gen.go), which runs a nested run. docs/vm.md ("Generator frames
// in the loop") says why.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// genEnterFor resumes generator g for the FORITER at pc of the top frame
// caller (whose iterator is in register a): it pushes g's frame with its
// saved registers and returns it, ready to run from its resumption point;
// a yield writes the consumer's register a+1. It returns nil without
// doing anything when g must go through genStep instead (running,
// finished, suspended in yield from, not a plain generator), and an error
// (the frame not pushed, g untouched) when the frame does not fit under
// the recursion limit or the register stack.
func (vm *VM) genEnterFor(g gc.Value, caller *frame, pc, a int) (*frame, error) {
	r := g.Ref()
	if vm.rawU64(r, genNumSlots, genRawPlain) == 0 {
		return nil, nil
	}
	fn := vm.slot(r, genFunc)
	ci := vm.codeOf(fn)
	gpc := 0
	switch vm.rawU64(r, genNumSlots, genRawState) {
	case genCreated:
	case genSuspended:
		gpc = int(vm.rawU64(r, genNumSlots, genRawPC))
		if ci.instrs[gpc].Op() != bytecode.YIELDVALUE {
			return nil, nil
		}
		gpc++
	default:
		return nil, nil
	}
	caller.pc = pc
	base := caller.top
	n := ci.code.NumRegs
	k := vm.nframes
	var nf *frame
	if k >= vm.recLimit || base+n+256 > stackSize || k>>frameChunkBits >= len(vm.frames) {
		if err := vm.pushFrame(ci, base, fn, vm.slot(fn.Ref(), fnGlobals), vEmpty, caller.base+a+1, false); err != nil {
			return nil, err
		}
		nf = vm.topFrame()
		nf.gen, nf.pc = g, gpc
	} else {
		nf = &vm.frames[k>>frameChunkBits][k&(1<<frameChunkBits-1)]
		// Field by field: a composite literal is built on the stack and
		// copied with 16-byte moves that stall on the 8-byte stores
		// that built it (store forwarding fails).
		nf.ci, nf.pc, nf.base, nf.top = ci, gpc, base, base+n
		nf.fn, nf.globals, nf.locals = fn, vm.slot(fn.Ref(), fnGlobals), gc.Value{}
		nf.ret, nf.entry, nf.gen, nf.initObj = caller.base+a+1, false, g, gc.Value{}
		vm.nframes = k + 1
	}
	dst := vm.regs[base : base+n]
	src := vm.slotsOf(vm.slot(r, genRegs).Ref(), n)
	for i := range dst {
		dst[i] = src[i]
	}
	if gpc > 0 {
		// next() sends None: the value of the yield expression
		dst[ci.instrs[gpc-1].A()] = gc.None()
	}
	// While the generator runs, its exception-state slot holds the
	// consumer's handled exception (restored when the frame is left), and
	// the generator sees its own, as genStep arranges.
	h := vm.slot(r, genExcState)
	vm.setSlot(r, genExcState, vm.handled)
	if !h.IsEmpty() {
		vm.handled = h
	}
	vm.setRawU64(r, genNumSlots, genRawState, genRunning)
	return nf, nil
}

// genYieldInline suspends the generator frame f (entered by genEnterFor)
// at the yield at pc and restores the consumer's handled exception. The
// caller pops f and delivers the value.
func (vm *VM) genYieldInline(f *frame, pc int) {
	r := f.gen.Ref()
	n := f.ci.code.NumRegs
	src := vm.regs[f.base : f.base+n]
	dst := vm.slotsOf(vm.slot(r, genRegs).Ref(), n)
	for i := range src {
		dst[i] = src[i]
	}
	vm.setRawU64(r, genNumSlots, genRawPC, uint64(pc))
	vm.setRawU64(r, genNumSlots, genRawState, genSuspended)
	callerHandled := vm.slot(r, genExcState)
	if vm.handled != callerHandled {
		vm.setSlot(r, genExcState, vm.handled)
	} else {
		vm.setSlot(r, genExcState, vEmpty)
	}
	vm.handled = callerHandled
}

// genFinishInline finishes the generator of frame f (entered by
// genEnterFor), which returned or let an exception out, and restores the
// consumer's handled exception. With raised set, the exception in vm.exc
// leaves the generator: a StopIteration becomes RuntimeError (PEP 479).
func (vm *VM) genFinishInline(f *frame, raised bool) {
	g := f.gen
	vm.handled = vm.slot(g.Ref(), genExcState)
	vm.genFinish(g)
	if raised {
		vm.genError()
	}
}

// genInlineFrame reports whether f is a generator frame entered by
// genEnterFor (genStep's frames are entered from Go).
func (f *frame) genInlineFrame() bool { return !f.entry && !f.gen.IsEmpty() }

// genYieldToLoop hands x, yielded at pc by generator frame f that a for
// loop resumed (not entered from Go), to the loop: f is saved and popped,
// x goes into the loop's target register, and the loop's frame, returned,
// resumes after its FORITER.
func (vm *VM) genYieldToLoop(f *frame, pc int, x gc.Value) *frame {
	vm.genYieldInline(f, pc)
	ret := f.ret
	vm.popFrame()
	vm.regs[ret] = x
	f = vm.topFrame()
	f.pc++
	return f
}
