// gen.go holds generators. A generator owns a storage block holding a copy
// of its frame's registers while it is suspended; resuming copies them back
// onto the register stack above the caller, pushes the frame and runs it
// until YIELDVALUE (which saves the registers and pc again) or RETURN.
//
// Resuming is one function, genStep, for the three ways in: next/send
// deliver a value at the suspension point, throw raises an exception there
// (found by the frame's handler table as if the yield had raised it), and
// close is a throw of GeneratorExit. A generator suspended in `yield from`
// (its pc on YIELDFROM) first hands the value or exception to the
// sub-iterator, in Go, and runs its own frame only once the sub-iterator
// has finished or raised: the interpreter executes YIELDFROM only on the
// first step. docs/vm.md ("Generators") says what finalisation we promise.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Generator raw words: the pc it is suspended at, its state, the
// instruction that created it (code id<<32 | pc+1, 0 when not made by a
// CALL instruction), the base of that frame, 1 while a for loop owns it,
// and 1 when it is a plain generator (not a coroutine or async
// generator), which a for loop may resume in its own run (geninline.go).
const (
	genRawPC = iota
	genRawState
	genRawCreator
	genRawCreatorBase
	genRawOwned
	genRawPlain
	genNumRaw
)

// Generator states (raw word 1).
const (
	genCreated = iota
	genSuspended
	genRunning
	genDone
)

// Generator slots: function, saved registers, and the exception the
// generator was handling when it last yielded (sys.exc_info inside it).
const (
	genFunc = iota
	genRegs
	genExcState
	genNumSlots
)

// makeGenerator creates a generator for fn whose arguments (and free
// variables) are already bound in the registers at base.
func (vm *VM) makeGenerator(fn gc.Value, ci *codeInfo, base int) gc.Value {
	n := ci.code.NumRegs
	st := vm.alloc(kindStorage, n, 0)
	copy(vm.slotsOf(st, n), vm.regs[base:base+n])
	r := vm.alloc(kindGenerator, genNumSlots, genNumRaw*8)
	vm.setSlot(r, genFunc, fn)
	vm.setSlot(r, genRegs, mkref(TagStorage, st))
	vm.setSlot(r, genExcState, vEmpty)
	if ci.code.Flags&(bytecode.FlagGenerator|bytecode.FlagCoroutine|bytecode.FlagAsyncGenerator) == bytecode.FlagGenerator {
		vm.setRawU64(r, genNumSlots, genRawPlain, 1)
	}
	return mkref(TagIter, r)
}

// genState returns the state of generator g.
func (vm *VM) genState(g gc.Value) uint64 { return vm.rawU64(g.Ref(), genNumSlots, genRawState) }

// setGenState sets the state of generator g.
func (vm *VM) setGenState(g gc.Value, s uint64) { vm.setRawU64(g.Ref(), genNumSlots, genRawState, s) }

// genFinish marks g finished and drops its saved registers.
func (vm *VM) genFinish(g gc.Value) {
	vm.genRelease(g)
	vm.setGenState(g, genDone)
	vm.setSlot(g.Ref(), genRegs, vEmpty)
	vm.setSlot(g.Ref(), genExcState, vEmpty)
}

// genResume runs a generator until it yields (done false) or finishes
// (done true, v is its return value).
func (vm *VM) genResume(g, sent gc.Value) (v gc.Value, done bool, err error) {
	return vm.genStep(g, sent, vEmpty)
}

// subStatus says how a step of a yield-from delegation ended.
type subStatus int

const (
	subYielded  subStatus = iota // the sub-iterator produced a value
	subReturned                  // it finished; the value is yield from's result
	subNotTaken                  // throw only: it has no throw method, raise here
)

// genStep resumes g. With exc empty it delivers sent (next/send); with
// exc an exception instance it raises exc at the suspension point (throw).
func (vm *VM) genStep(g, sent, exc gc.Value) (v gc.Value, done bool, err error) {
	r := g.Ref()
	throwing := !exc.IsEmpty()
	raised := false // vm.exc already holds the exception to raise in the frame
	fn := vm.slot(r, genFunc)
	ci := vm.funcCode(fn)
	pc := int(vm.rawU64(r, genNumSlots, genRawPC))
	switch vm.genState(g) {
	case genRunning:
		return vEmpty, false, vm.raise("ValueError", "generator already executing")
	case genDone:
		if throwing {
			return vEmpty, true, vm.raiseValue(exc, vEmpty)
		}
		return vNone, true, nil
	case genCreated:
		if throwing {
			// Raised before the first instruction: the traceback names
			// the def line, as CPython's.
			vm.genFinish(g)
			vm.setException(exc)
			vm.addTraceback(vm.exc, ci, -1)
			return vEmpty, true, vm.genErrorOf(g)
		}
		if !sent.IsEmpty() && sent.Tag() != gc.TagNone {
			return vEmpty, false, vm.raise("TypeError", "can't send non-None value to a just-started generator")
		}
		pc = 0
	case genSuspended:
		if ins := ci.instrs[pc]; ins.Op() == bytecode.YIELDFROM {
			st := vm.slot(r, genRegs).Ref()
			sub := vm.slot(st, ins.B())
			vm.setGenState(g, genRunning)
			x, status, serr := vm.delegate(sub, sent, exc)
			vm.setGenState(g, genSuspended)
			switch {
			case serr != nil:
				throwing, raised = true, true
			case status == subYielded:
				return x, false, nil
			case status == subReturned:
				vm.setSlot(st, ins.A(), x)
				pc++
				throwing = false
			}
		} else if !throwing && ins.Op() == bytecode.YIELDVALUE {
			vm.setSlot(vm.slot(r, genRegs).Ref(), ins.A(), orNone(sent))
			pc++
		}
	}
	n := ci.code.NumRegs
	base := vm.stackTop()
	if err := vm.pushFrame(ci, base, fn, vm.slot(fn.Ref(), fnGlobals), vEmpty, -1, true); err != nil {
		return vEmpty, false, err
	}
	st := vm.slot(r, genRegs).Ref()
	copy(vm.regs[base:base+n], vm.slotsOf(st, n))
	f := vm.topFrame()
	f.gen = g
	f.pc = pc
	callerHandled := vm.handled
	if h := vm.slot(r, genExcState); !h.IsEmpty() {
		vm.handled = h
	}
	vm.setGenState(g, genRunning)
	if throwing {
		if !raised {
			vm.setException(exc)
		}
		vm.addTraceback(vm.exc, ci, pc)
		h := findHandler(ci.code, pc)
		if h == nil {
			vm.popFrame()
			vm.handled = callerHandled
			vm.genFinish(g)
			return vEmpty, true, vm.genErrorOf(g)
		}
		vm.regs[base+int(h.Reg)] = vm.exc
		vm.exc = vEmpty
		f.pc = int(h.Target)
	}
	v, err = vm.run()
	if vm.yielded {
		vm.yielded = false
		if vm.handled != callerHandled {
			vm.setSlot(r, genExcState, vm.handled)
		} else {
			vm.setSlot(r, genExcState, vEmpty)
		}
		vm.handled = callerHandled
		return v, false, nil
	}
	vm.handled = callerHandled
	vm.genFinish(g)
	if err != nil {
		return vEmpty, true, vm.genErrorOf(g)
	}
	return v, true, nil
}

// genSuspend saves the running generator frame f at pc; run then returns
// the yielded value.
func (vm *VM) genSuspend(f *frame, pc int) {
	r := f.gen.Ref()
	n := f.ci.code.NumRegs
	st := vm.slot(r, genRegs).Ref()
	copy(vm.slotsOf(st, n), vm.regs[f.base:f.base+n])
	vm.setRawU64(r, genNumSlots, genRawPC, uint64(pc))
	vm.setRawU64(r, genNumSlots, genRawState, genSuspended)
	vm.yielded = true
}

// genError finishes the exception leaving a generator's frame: a
// StopIteration becomes RuntimeError (PEP 479).
func (vm *VM) genError() error {
	if vm.isExcType(vm.exc, "StopIteration") {
		vm.replaceByRuntimeError("generator raised StopIteration")
	}
	return errRaised
}

// replaceByRuntimeError replaces the pending exception by a RuntimeError
// with message msg whose __cause__ and __context__ are the old one, as
// PEP 479 (and PEP 525 for async generators) convert a Stop(Async)Iteration
// leaving a generator.
func (vm *VM) replaceByRuntimeError(msg string) {
	cause := vm.exc
	vm.exc = vEmpty
	vm.raise("RuntimeError", "%s", msg)
	vm.setSlot(vm.exc.Ref(), excCauseSlot, cause)
	vm.setSlot(vm.exc.Ref(), excContextSlot, cause)
	vm.setSlot(vm.exc.Ref(), excSuppressSlot, vTrue)
}

// isGenerator reports whether v is a generator object.
func (vm *VM) isGenerator(v gc.Value) bool {
	return v.Tag() == TagIter && vm.kindOf(v.Ref()) == kindGenerator
}

// delegate performs one step of `yield from sub`: it sends sent (None or
// empty: next) to sub, or throws exc into it. An error is left in vm.exc
// for the delegating generator to raise at its YIELDFROM.
func (vm *VM) delegate(sub, sent, exc gc.Value) (gc.Value, subStatus, error) {
	if exc.IsEmpty() {
		return vm.delegateSend(sub, sent)
	}
	if vm.isExcType(exc, "GeneratorExit") {
		// close() the sub-iterator, then raise GeneratorExit here.
		if vm.isGenerator(sub) {
			if err := vm.genClose(sub); err != nil {
				return vEmpty, 0, err
			}
			return vEmpty, subNotTaken, vm.takeThrow(exc)
		}
		m, err := vm.optAttr(sub, "close")
		if err != nil {
			return vEmpty, 0, err
		}
		if !m.IsEmpty() {
			if _, err := vm.callValue(m, nil, nil); err != nil {
				return vEmpty, 0, err
			}
		}
		return vEmpty, subNotTaken, vm.takeThrow(exc)
	}
	if vm.isGenerator(sub) {
		v, done, err := vm.genStep(sub, vEmpty, exc)
		if err != nil {
			return vEmpty, 0, err
		}
		if done {
			return v, subReturned, nil
		}
		return v, subYielded, nil
	}
	m, err := vm.optAttr(sub, "throw")
	if err != nil {
		return vEmpty, 0, err
	}
	if m.IsEmpty() {
		return vEmpty, subNotTaken, vm.takeThrow(exc)
	}
	v, err := vm.callValue(m, []gc.Value{exc}, nil)
	return vm.subResult(v, err)
}

// takeThrow makes exc the exception to raise in the delegating frame.
func (vm *VM) takeThrow(exc gc.Value) error {
	vm.setException(exc)
	return errRaised
}

// delegateSend sends a value to the sub-iterator of a yield from (next for
// None): generators directly, other iterators through __next__ or send.
func (vm *VM) delegateSend(sub, sent gc.Value) (gc.Value, subStatus, error) {
	if vm.isGenerator(sub) {
		v, done, err := vm.genStep(sub, sent, vEmpty)
		if err != nil {
			return vEmpty, 0, err
		}
		if done {
			return v, subReturned, nil
		}
		return v, subYielded, nil
	}
	if sent.IsEmpty() || sent.Tag() == gc.TagNone {
		if sub.Tag() == TagIter {
			v, ok, err := vm.next(sub)
			if err != nil {
				return vEmpty, 0, err
			}
			if !ok {
				return vNone, subReturned, nil
			}
			return v, subYielded, nil
		}
		m, ok := vm.lookupS(vm.typeOf(sub), "__next__")
		if !ok {
			return vEmpty, 0, vm.raise("TypeError", "'%s' object is not an iterator", vm.typeOf(sub).Name)
		}
		v, err := vm.callValue(m, []gc.Value{sub}, nil)
		return vm.subResult(v, err)
	}
	m, err := vm.getAttr(sub, vm.intern("send"))
	if err != nil {
		return vEmpty, 0, err
	}
	v, err := vm.callValue(m, []gc.Value{sent}, nil)
	return vm.subResult(v, err)
}

// subResult interprets the result of calling a sub-iterator's method: a
// StopIteration ends the delegation with its value.
func (vm *VM) subResult(v gc.Value, err error) (gc.Value, subStatus, error) {
	if err != nil {
		if vm.isExcType(vm.exc, "StopIteration") {
			val := vNone
			if a := vm.excArgs(vm.exc); len(a) > 0 {
				val = a[0]
			}
			vm.exc = vEmpty
			return val, subReturned, nil
		}
		return vEmpty, 0, err
	}
	return v, subYielded, nil
}

// yieldFromFirst is the first step of YIELDFROM, run by the interpreter:
// next on the sub-iterator. done reports it finished with result v.
func (vm *VM) yieldFromFirst(sub gc.Value) (v gc.Value, done bool, err error) {
	v, status, err := vm.delegateSend(sub, vNone)
	return v, status == subReturned, err
}

// optAttr returns attribute name of v, or empty when v has none.
func (vm *VM) optAttr(v gc.Value, name string) (gc.Value, error) {
	m, err := vm.getAttr(v, vm.intern(name))
	if err != nil {
		if vm.isExcType(vm.exc, "AttributeError") {
			vm.exc = vEmpty
			return vEmpty, nil
		}
		return vEmpty, err
	}
	return m, nil
}

// genClose implements generator.close(): GeneratorExit is raised at the
// suspension point; the generator must let it (or StopIteration) out.
func (vm *VM) genClose(g gc.Value) error {
	switch vm.genState(g) {
	case genRunning:
		return vm.raise("ValueError", "generator already executing")
	case genCreated, genDone:
		vm.genFinish(g)
		return nil
	}
	_, done, err := vm.genStep(g, vEmpty, vm.newExc("GeneratorExit"))
	if err != nil {
		if vm.isExcType(vm.exc, "GeneratorExit") || vm.isExcType(vm.exc, "StopIteration") {
			vm.exc = vEmpty
			return nil
		}
		return err
	}
	if !done {
		return vm.raise("RuntimeError", "generator ignored GeneratorExit")
	}
	return nil
}

// throwArgs normalises the arguments of generator.throw(typ[, val[, tb]])
// to an exception instance, with CPython's checks and messages.
func (vm *VM) throwArgs(args []gc.Value) (gc.Value, error) {
	if len(args) == 0 {
		return vEmpty, vm.raise("TypeError", "throw expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return vEmpty, vm.raise("TypeError", "throw expected at most 3 arguments, got %d", len(args))
	}
	typ := args[0]
	val := vNone
	if len(args) > 1 {
		val = args[1]
	}
	if len(args) > 2 && args[2].Tag() != gc.TagNone {
		return vEmpty, vm.raise("TypeError", "throw() third argument must be a traceback object")
	}
	if t, ok := vm.asType(typ); ok && t.isExc {
		switch {
		case val.Tag() == gc.TagNone:
			return vm.callType(t, nil, nil)
		case vm.isInstance(val, t):
			return val, nil
		case val.Tag() == TagTuple:
			return vm.callType(t, vm.tupleItems(val), nil)
		}
		return vm.callType(t, []gc.Value{val}, nil)
	}
	if typ.Tag() == TagObject && vm.typeOf(typ).isExc {
		if val.Tag() != gc.TagNone {
			return vEmpty, vm.raise("TypeError", "instance exception may not have a separate value")
		}
		return typ, nil
	}
	return vEmpty, vm.raise("TypeError", "exceptions must be classes or instances deriving from BaseException, not %s", vm.typeOf(typ).Name)
}

// genResult turns the outcome of a step into a method result: a finished
// generator raises StopIteration carrying its return value.
func (vm *VM) genResult(v gc.Value, done bool, err error) (gc.Value, error) {
	if err != nil {
		return vEmpty, err
	}
	if done {
		return vEmpty, vm.stopIteration(v)
	}
	return v, nil
}

// initGenType creates the generator type and its methods.
func (vm *VM) initGenType() {
	t := vm.newType("generator", []*Type{vm.tObject}, TagIter)
	t.noSubcls = true
	vm.iterTypes[kindGenerator] = t
	vm.methods(t, map[string]bfunc{
		"__next__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.genResult(vm.genStep(args[0], vNone, vEmpty))
		},
		"send": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "generator.send() takes exactly one argument (%d given)", len(args)-1)
			}
			return vm.genResult(vm.genStep(args[0], args[1], vEmpty))
		},
		"throw": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.noKw("generator.throw", kw); err != nil {
				return vEmpty, err
			}
			exc, err := vm.throwArgs(args[1:])
			if err != nil {
				return vEmpty, err
			}
			return vm.genResult(vm.genStep(args[0], vEmpty, exc))
		},
		"close": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 1 {
				return vEmpty, vm.raise("TypeError", "generator.close() takes no arguments (%d given)", len(args)-1)
			}
			return vNone, vm.genClose(args[0])
		},
		"__iter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
	})
	// gi_frame answers a snapshot: a frame object (tbobj.go) at the line
	// the generator stands at.
	// Read-only attributes, as properties whose getter is a builtin.
	getters := map[string]bfunc{
		"gi_frame": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			g := args[0]
			ci := vm.funcCode(vm.slot(g.Ref(), genFunc))
			line, pc := ci.code.FirstLine, -1
			switch vm.genState(g) {
			case genDone:
				return vNone, nil
			case genSuspended:
				if p := int(vm.rawU64(g.Ref(), genNumSlots, genRawPC)); p < len(ci.code.Positions) {
					line, pc = int(ci.code.Positions[p].Line), p
				}
			case genRunning:
				for i := vm.nframes - 1; i >= 0; i-- {
					if fr := vm.frameAt(i); fr.gen == g && fr.pc < len(ci.code.Positions) {
						line, pc = int(ci.code.Positions[fr.pc].Line), fr.pc
						break
					}
				}
			}
			return vm.newFrameObject(ci, line, pc), nil
		},
		"gi_code": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.codeObject(vm.funcCode(vm.slot(args[0].Ref(), genFunc))), nil
		},
		"gi_running": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Bool(vm.genState(args[0]) == genRunning), nil
		},
		"gi_suspended": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Bool(vm.genState(args[0]) == genSuspended), nil
		},
		"gi_yieldfrom": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			g := args[0]
			if vm.genState(g) != genSuspended {
				return vNone, nil
			}
			ci := vm.funcCode(vm.slot(g.Ref(), genFunc))
			ins := ci.instrs[vm.rawU64(g.Ref(), genNumSlots, genRawPC)]
			if ins.Op() != bytecode.YIELDFROM {
				return vNone, nil
			}
			return vm.slot(vm.slot(g.Ref(), genRegs).Ref(), ins.B()), nil
		},
		"__name__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.slot(vm.slot(args[0].Ref(), genFunc).Ref(), fnName), nil
		},
		"__qualname__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.slot(vm.slot(args[0].Ref(), genFunc).Ref(), fnQualName), nil
		},
	}
	for name, get := range getters {
		p := vm.alloc(kindMisc, propertySlots, 0)
		vm.setSlot(p, propertyName, vm.intern(name))
		vm.setSlot(p, 0, vm.newBuiltin("generator."+name, get))
		vm.setSlot(p, 1, vNone)
		vm.setSlot(p, 2, vNone)
		vm.setSlot(p, 3, vNone)
		vm.dictSet(t.Dict, vm.intern(name), mkref(TagProperty, p))
	}
}

// ---- for loops that own their generator ----
//
// `for x in f(...)` where the CALL made a fresh generator: nothing but the
// loop's iterator register can reach it (the call's result register is a
// temporary of the for statement and GETITER follows the CALL at once), so
// when the loop is left early (ENDFOR on break and return, or an exception
// unwinding out of the loop) it is closed then, as CPython's reference
// counting would; docs/vm.md ("Generators").

// genMarkCreator records in a generator made by the CALL at pc of code ci
// (frame base) which instruction made it.
func (vm *VM) genMarkCreator(g gc.Value, ci *codeInfo, base, pc int) {
	if !vm.isGenerator(g) {
		return
	}
	vm.setRawU64(g.Ref(), genNumSlots, genRawCreator, uint64(ci.id)<<32|uint64(pc+1))
	vm.setRawU64(g.Ref(), genNumSlots, genRawCreatorBase, uint64(base))
}

// genTakeOwnership runs after a GETITER whose operand is a call (pc of
// code ci, frame base): the loop owns the iterator when it is a
// generator, not started, made by the CALL just before in this frame that
// wrote GETITER's operand.
func (vm *VM) genTakeOwnership(g gc.Value, ci *codeInfo, base, pc int) {
	if !vm.isGenerator(g) || pc == 0 || vm.genState(g) != genCreated {
		return
	}
	r := g.Ref()
	call := ci.instrs[pc-1]
	if op := call.Op(); op != bytecode.CALL && op != bytecode.CALLMETHOD || call.A() != ci.instrs[pc].B() {
		return
	}
	if vm.rawU64(r, genNumSlots, genRawCreator) != uint64(ci.id)<<32|uint64(pc) ||
		vm.rawU64(r, genNumSlots, genRawCreatorBase) != uint64(base) ||
		vm.rawU64(r, genNumSlots, genRawOwned) != 0 {
		return
	}
	vm.setRawU64(r, genNumSlots, genRawOwned, 1)
	vm.ownedGens++
}

// genRelease drops a loop's ownership of g; it reports whether g was owned.
func (vm *VM) genRelease(g gc.Value) bool {
	if vm.rawU64(g.Ref(), genNumSlots, genRawOwned) == 0 {
		return false
	}
	vm.setRawU64(g.Ref(), genNumSlots, genRawOwned, 0)
	vm.ownedGens--
	return true
}

// endFor implements ENDFOR: a loop left early closes the generator it
// owns. An error from close is reported as CPython reports errors of
// finalizers ("Exception ignored in"), never raised.
func (vm *VM) endFor(it gc.Value) {
	if !vm.isGenerator(it) || !vm.genRelease(it) {
		return
	}
	saved := vm.exc
	vm.exc = vEmpty
	if err := vm.genClose(it); err != nil {
		vm.unraisable(it)
	}
	vm.exc = saved
}

// unraisable prints the exception in vm.exc as an error that could not be
// raised, raised while finalising obj, and clears it.
func (vm *VM) unraisable(obj gc.Value) {
	vm.unraisableAs("Exception ignored in", obj)
}

// unraisableAs is unraisable with CPython's other wordings of the first
// line (e.g. "Exception ignored in atexit callback").
func (vm *VM) unraisableAs(what string, obj gc.Value) {
	e := vm.exc
	vm.exc = vEmpty
	s, err := vm.reprOf(obj)
	if err != nil {
		vm.exc = vEmpty
		s = "<object repr() failed>"
	}
	vm.displayText(what + ": " + s + "\n")
	vm.displayException(e)
}

// closeLoopsOnUnwind closes the generators owned by the for loops of frame
// f that an exception raised at pc leaves for handler h (nil: it leaves
// the frame): those covering pc but not the handler's target, or whose
// iterator register is above the handler's exception register. The second
// test matters when the compiler threads a loop's exit past the except
// block that follows it (`try: for ...: raise` then `except:`), so that
// the handler's code lies between the FORITER and its exit; registers are
// allocated as a stack, so a handler of a try around the loop holds its
// exception below the loop's iterator, one inside the body above it (as
// CPython compares stack depths). Innermost loops first, as CPython pops
// them.
func (vm *VM) closeLoopsOnUnwind(f *frame, pc int, h *bytecode.Handler) {
	target, hreg := -1, -1
	if h != nil {
		target, hreg = int(h.Target), int(h.Reg)
	}
	code := f.ci.instrs
	for i := len(code) - 1; i >= 0; i-- {
		ins := code[i]
		if ins.Op() != bytecode.GETITER || ins.Spare() == 0 {
			continue
		}
		for j := i + 1; j < len(code); j++ {
			fi := code[j]
			if fi.Op() != bytecode.FORITER || fi.A() != ins.A() {
				continue
			}
			end := int(fi.Bx())
			if pc >= j && pc < end && (target < j || target >= end || hreg < ins.A()) {
				vm.endFor(vm.regs[f.base+ins.A()])
			}
			break
		}
	}
}

// stopIteration raises StopIteration carrying a return value.
func (vm *VM) stopIteration(v gc.Value) error {
	if v.IsEmpty() || v.Tag() == gc.TagNone {
		return vm.raiseValue(vm.newExc("StopIteration"), vEmpty)
	}
	return vm.raiseValue(vm.newExc("StopIteration", v), vEmpty)
}
