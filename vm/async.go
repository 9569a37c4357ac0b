// async.go holds the run-time side of async/await: the coroutine and
// async_generator types, the awaitables that async generators hand out
// (async_generator_asend, async_generator_athrow), and the instructions
// GETAWAITABLE, GETAITER, GETANEXT, ENDASYNCFOR and ASYNCWITHENTER.
//
// Coroutines and async generators are generator objects (kindGenerator,
// gen.go): the same saved registers, the same genStep for send/throw and
// the same Go-side delegation for `await` (GETAWAITABLE then YIELDFROM).
// Only their Python type differs, chosen by the code flags of their
// function (asyncTypeOf). An async generator's body suspends in two ways:
// at YIELDVALUE (`yield v`, a value for the async for loop) and at
// YIELDFROM (an `await` inside it passing a value up to the event loop).
// CPython wraps the first kind of value to tell them apart; here the
// instruction the generator is suspended at says which it was.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// asyncTypes are the types of async.go, made once by initAsyncTypes.
type asyncTypes struct {
	coroutine, asyncGen, asend, athrow *Type
	// hooks is the dict of the _asyncgen module (a permanent root once
	// imported): its "_firstiter" entry is called with each async
	// generator about to be iterated for the first time.
	hooks gc.Value
}

// Slots of async_generator_asend and async_generator_athrow instances
// (after the instance header's type and dict slots).
const (
	agoGen   = 2 // the async generator
	agoValue = 3 // asend: the value to send first; athrow: the exception (empty for aclose)
	agoState = 4 // agoInit, agoIter or agoClosed
	agoSlots = 5
)

// States of an asend/athrow awaitable.
const (
	agoInit = iota
	agoIter
	agoClosed
)

// asyncTypeOf returns the coroutine or async_generator type when g is a
// generator object made by an async function, else nil.
func (vm *VM) asyncTypeOf(g gc.Value) *Type {
	if vm.asyncT == nil || !vm.isGenerator(g) || vm.rawU64(g.Ref(), genNumSlots, genRawPlain) == 1 {
		return nil
	}
	fn := vm.slot(g.Ref(), genFunc)
	if fn.Tag() != TagFunc {
		return nil // a finished generator has dropped its function (lead's fix)
	}
	flags := vm.funcCode(fn).code.Flags
	switch {
	case flags&bytecode.FlagAsyncGenerator != 0:
		return vm.asyncT.asyncGen
	case flags&bytecode.FlagCoroutine != 0:
		return vm.asyncT.coroutine
	}
	return nil
}

// genFlags returns the code flags of generator object g's function.
func (vm *VM) genFlags(g gc.Value) bytecode.CodeFlags {
	return vm.funcCode(vm.slot(g.Ref(), genFunc)).code.Flags
}

// isCoroutine reports whether v is a coroutine object.
func (vm *VM) isCoroutine(v gc.Value) bool {
	return vm.isGenerator(v) && vm.genFlags(v)&bytecode.FlagCoroutine != 0
}

// isAsyncGen reports whether v is an async generator object.
func (vm *VM) isAsyncGen(v gc.Value) bool {
	return vm.isGenerator(v) && vm.genFlags(v)&bytecode.FlagAsyncGenerator != 0
}

// isIteratorValue reports whether v can be driven by YIELDFROM.
func (vm *VM) isIteratorValue(v gc.Value) bool {
	if v.Tag() == TagIter {
		return true
	}
	_, ok := vm.lookupS(vm.typeOf(v), "__next__")
	return ok
}

// getAwaitable implements GETAWAITABLE: the iterator `await v` delegates
// to. kind selects CPython's message when v has no __await__.
func (vm *VM) getAwaitable(v gc.Value, kind int) (gc.Value, error) {
	if vm.isCoroutine(v) {
		switch vm.genState(v) {
		case genDone:
			return vEmpty, vm.raise("RuntimeError", "cannot reuse already awaited coroutine")
		case genSuspended:
			if vm.coroAwaiting(v) {
				return vEmpty, vm.raise("RuntimeError", "coroutine is being awaited already")
			}
		}
		return v, nil
	}
	if vm.isGenerator(v) && vm.genFlags(v)&bytecode.FlagIterableCoroutine != 0 {
		return v, nil // a generator of a types.coroutine function
	}
	t := vm.typeOf(v)
	m, ok := vm.lookupS(t, "__await__")
	if !ok {
		switch kind {
		case 1:
			return vEmpty, vm.raise("TypeError", "'async with' received an object from __aenter__ that does not implement __await__: %s", t.Name)
		case 2:
			return vEmpty, vm.raise("TypeError", "'async with' received an object from __aexit__ that does not implement __await__: %s", t.Name)
		case 3:
			return vEmpty, vm.raise("TypeError", "'async for' received an invalid object from __anext__: %s", t.Name)
		}
		return vEmpty, vm.raise("TypeError", "object %s can't be used in 'await' expression", t.Name)
	}
	it, err := vm.callValue(m, []gc.Value{v}, nil)
	if err != nil {
		return vEmpty, err
	}
	if vm.isCoroutine(it) {
		return vEmpty, vm.raise("TypeError", "__await__() returned a coroutine")
	}
	if !vm.isIteratorValue(it) {
		return vEmpty, vm.raise("TypeError", "__await__() returned non-iterator of type '%s'", vm.typeOf(it).Name)
	}
	return it, nil
}

// coroAwaiting reports whether suspended coroutine c waits in an await.
func (vm *VM) coroAwaiting(c gc.Value) bool {
	ci := vm.funcCode(vm.slot(c.Ref(), genFunc))
	pc := int(vm.rawU64(c.Ref(), genNumSlots, genRawPC))
	return pc < len(ci.instrs) && ci.instrs[pc].Op() == bytecode.YIELDFROM
}

// getAIter implements GETAITER: v.__aiter__(), which must have __anext__.
func (vm *VM) getAIter(v gc.Value) (gc.Value, error) {
	t := vm.typeOf(v)
	m, ok := vm.lookupS(t, "__aiter__")
	if !ok {
		return vEmpty, vm.raise("TypeError", "'async for' requires an object with __aiter__ method, got %s", t.Name)
	}
	it, err := vm.callValue(m, []gc.Value{v}, nil)
	if err != nil {
		return vEmpty, err
	}
	if _, ok := vm.lookupS(vm.typeOf(it), "__anext__"); !ok {
		return vEmpty, vm.raise("TypeError", "'async for' received an object from __aiter__ that does not implement __anext__: %s", vm.typeOf(it).Name)
	}
	return it, nil
}

// getANext implements GETANEXT: the awaitable iterator of it.__anext__().
func (vm *VM) getANext(it gc.Value) (gc.Value, error) {
	t := vm.typeOf(it)
	m, ok := vm.lookupS(t, "__anext__")
	if !ok {
		return vEmpty, vm.raise("TypeError", "'async for' requires an iterator with __anext__ method, got %s", t.Name)
	}
	a, err := vm.callValue(m, []gc.Value{it}, nil)
	if err != nil {
		return vEmpty, err
	}
	return vm.getAwaitable(a, 3)
}

// endAsyncFor implements ENDASYNCFOR: a StopAsyncIteration ends the loop
// (nil); any other exception is raised again.
func (vm *VM) endAsyncFor(exc gc.Value) error {
	if vm.isExcType(exc, "StopAsyncIteration") {
		return nil
	}
	vm.exc = exc
	return errRaised
}

// asyncWithEnter implements ASYNCWITHENTER: regs[1] = the bound __aexit__
// of the manager in regs[0]; *dst = the awaitable __aenter__() returns.
func (vm *VM) asyncWithEnter(regs []gc.Value, dst *gc.Value) error {
	return vm.managerEnter(regs, dst, "__aenter__", "__aexit__", "asynchronous context manager")
}

// coroStep checks the state of coroutine c before a send/throw with
// CPython's coroutine messages, then steps it.
func (vm *VM) coroStep(c, sent, exc gc.Value) (gc.Value, error) {
	switch vm.genState(c) {
	case genDone:
		return vEmpty, vm.raise("RuntimeError", "cannot reuse already awaited coroutine")
	case genRunning:
		return vEmpty, vm.raise("ValueError", "coroutine already executing")
	case genCreated:
		if exc.IsEmpty() && !sent.IsEmpty() && sent.Tag() != gc.TagNone {
			return vEmpty, vm.raise("TypeError", "can't send non-None value to a just-started coroutine")
		}
	}
	return vm.genResult(vm.genStep(c, sent, exc))
}

// agSuspendedAtYield reports whether async generator g, just suspended,
// stopped at a `yield` (a value for its consumer) rather than in an await.
func (vm *VM) agSuspendedAtYield(g gc.Value) bool {
	if vm.genState(g) != genSuspended {
		return false
	}
	ci := vm.funcCode(vm.slot(g.Ref(), genFunc))
	pc := int(vm.rawU64(g.Ref(), genNumSlots, genRawPC))
	return pc < len(ci.instrs) && ci.instrs[pc].Op() == bytecode.YIELDVALUE
}

// agoUnwrap turns one step of the async generator of awaitable o into the
// awaitable's result: a yielded value ends the await (StopIteration
// carrying it), the end of the generator is StopAsyncIteration, and a
// value an inner await passed up is returned for the event loop.
func (vm *VM) agoUnwrap(o, g, v gc.Value, done bool, err error) (gc.Value, error) {
	if err != nil {
		vm.setSlot(o.Ref(), agoState, gc.Int(agoClosed))
		if vm.isExcType(vm.exc, "StopAsyncIteration") {
			vm.replaceByRuntimeError("async generator raised StopAsyncIteration")
		}
		return vEmpty, err
	}
	if done {
		vm.setSlot(o.Ref(), agoState, gc.Int(agoClosed))
		return vEmpty, vm.raiseValue(vm.newExc("StopAsyncIteration"), vEmpty)
	}
	if vm.agSuspendedAtYield(g) {
		vm.setSlot(o.Ref(), agoState, gc.Int(agoClosed))
		return vEmpty, vm.stopIteration(v)
	}
	return v, nil
}

// agoStep advances awaitable o (asend or athrow) by sending sent (exc
// empty) or throwing exc into its generator.
func (vm *VM) agoStep(o, sent, exc gc.Value) (gc.Value, error) {
	r := o.Ref()
	g := vm.slot(r, agoGen)
	if !vm.isAsyncGen(g) || vm.slot(r, agoState).Tag() != gc.TagInt {
		// made by object.__new__, not by an async generator
		return vEmpty, vm.raise("TypeError", "'%s' object is not initialized", vm.typeOf(o).Name)
	}
	isThrow := vm.typeOf(o) == vm.asyncT.athrow
	state := int(vm.slot(r, agoState).Bits())
	if state == agoClosed {
		if isThrow {
			return vEmpty, vm.raise("RuntimeError", "cannot reuse already awaited aclose()/athrow()")
		}
		return vEmpty, vm.raise("RuntimeError", "cannot reuse already awaited __anext__()/asend()")
	}
	if vm.genState(g) == genRunning {
		vm.setSlot(r, agoState, gc.Int(agoClosed))
		return vEmpty, vm.raise("RuntimeError", "anext(): asynchronous generator is already running")
	}
	if state == agoInit {
		vm.setSlot(r, agoState, gc.Int(agoIter))
		if isThrow && exc.IsEmpty() {
			if !sent.IsEmpty() && sent.Tag() != gc.TagNone {
				return vEmpty, vm.raise("RuntimeError", "can't send non-None value to a just-started coroutine")
			}
			return vm.athrowFirst(o, g)
		}
		if !isThrow && exc.IsEmpty() && (sent.IsEmpty() || sent.Tag() == gc.TagNone) {
			sent = vm.slot(r, agoValue)
		}
	}
	if isThrow && vm.slot(r, agoValue).IsEmpty() {
		// aclose() after its first step: the generator must not yield.
		v, done, err := vm.genStep(g, sent, exc)
		return vm.acloseResult(o, g, v, done, err)
	}
	v, done, err := vm.genStep(g, sent, exc)
	return vm.agoUnwrap(o, g, v, done, err)
}

// athrowFirst is the first step of athrow/aclose awaitable o: the
// exception is thrown into the generator.
func (vm *VM) athrowFirst(o, g gc.Value) (gc.Value, error) {
	r := o.Ref()
	exc := vm.slot(r, agoValue)
	closing := exc.IsEmpty()
	switch vm.genState(g) {
	case genCreated, genDone:
		vm.genFinish(g)
		vm.setSlot(r, agoState, gc.Int(agoClosed))
		if closing {
			return vEmpty, vm.stopIteration(vNone)
		}
		return vEmpty, vm.raiseValue(vm.newExc("StopAsyncIteration"), vEmpty)
	}
	if closing {
		v, done, err := vm.genStep(g, vEmpty, vm.newExc("GeneratorExit"))
		return vm.acloseResult(o, g, v, done, err)
	}
	v, done, err := vm.genStep(g, vEmpty, exc)
	return vm.agoUnwrap(o, g, v, done, err)
}

// acloseResult interprets a step of aclose(): the generator may await,
// but a yielded value is an error, and GeneratorExit or
// StopAsyncIteration coming out is the normal end.
func (vm *VM) acloseResult(o, g, v gc.Value, done bool, err error) (gc.Value, error) {
	r := o.Ref()
	if err != nil {
		vm.setSlot(r, agoState, gc.Int(agoClosed))
		if vm.isExcType(vm.exc, "GeneratorExit") || vm.isExcType(vm.exc, "StopAsyncIteration") {
			vm.exc = vEmpty
			return vEmpty, vm.stopIteration(vNone)
		}
		return vEmpty, err
	}
	if done {
		vm.setSlot(r, agoState, gc.Int(agoClosed))
		return vEmpty, vm.stopIteration(vNone)
	}
	if vm.agSuspendedAtYield(g) {
		vm.setSlot(r, agoState, gc.Int(agoClosed))
		return vEmpty, vm.raise("RuntimeError", "async generator ignored GeneratorExit")
	}
	return v, nil
}

// newAgo makes an asend (t = asend) or athrow/aclose awaitable over g,
// first calling the firstiter hook when g has not started (asyncio
// records the generators it must close at shutdown; CPython calls the
// hook once per generator, here the hook must accept repeats).
func (vm *VM) newAgo(t *Type, g, value gc.Value) (gc.Value, error) {
	if h := vm.asyncT.hooks; !h.IsEmpty() && vm.genState(g) == genCreated {
		if fi, ok := vm.dictGetStr(h, vm.intern("_firstiter")); ok && fi.Tag() != gc.TagNone {
			if _, err := vm.callValue(fi, []gc.Value{g}, nil); err != nil {
				return vEmpty, err
			}
		}
	}
	o := vm.newInstance(t)
	vm.setSlot(o.Ref(), agoGen, g)
	vm.setSlot(o.Ref(), agoValue, value)
	vm.setSlot(o.Ref(), agoState, gc.Int(agoInit))
	return o, nil
}

// initAsyncTypes makes the types of coroutines, async generators and
// their awaitables.
func (vm *VM) initAsyncTypes() {
	at := &asyncTypes{}
	vm.asyncT = at

	at.coroutine = vm.newType("coroutine", []*Type{vm.tObject}, TagIter)
	at.coroutine.noSubcls = true
	vm.methods(at.coroutine, map[string]bfunc{
		"send": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "coroutine.send() takes exactly one argument (%d given)", len(args)-1)
			}
			return vm.coroStep(args[0], args[1], vEmpty)
		},
		"throw": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.noKw("coroutine.throw", kw); err != nil {
				return vEmpty, err
			}
			exc, err := vm.throwArgs(args[1:])
			if err != nil {
				return vEmpty, err
			}
			if vm.genState(args[0]) == genDone {
				return vEmpty, vm.raise("RuntimeError", "cannot reuse already awaited coroutine")
			}
			return vm.coroStep(args[0], vEmpty, exc)
		},
		"close": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 1 {
				return vEmpty, vm.raise("TypeError", "coroutine.close() takes no arguments (%d given)", len(args)-1)
			}
			err := vm.genClose(args[0])
			if err != nil && vm.isExcType(vm.exc, "RuntimeError") {
				if a := vm.excArgs(vm.exc); len(a) == 1 && a[0].Tag() == TagStr && vm.str(a[0]) == "generator ignored GeneratorExit" {
					vm.exc = vEmpty
					return vEmpty, vm.raise("RuntimeError", "coroutine ignored GeneratorExit")
				}
			}
			return vNone, err
		},
		// __await__ returns the coroutine itself, which YIELDFROM drives
		// directly (CPython returns a coroutine_wrapper around it).
		"__await__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return args[0], nil
		},
	})
	at.asyncGen = vm.newType("async_generator", []*Type{vm.tObject}, TagIter)
	at.asyncGen.noSubcls = true
	at.asend = vm.newType("async_generator_asend", []*Type{vm.tObject}, TagObject)
	at.athrow = vm.newType("async_generator_athrow", []*Type{vm.tObject}, TagObject)
	for _, t := range []*Type{at.asend, at.athrow} {
		t.nslots = agoSlots
		t.noSubcls = true
		t.restricted = true
		t.attrCap = 1
		tn := t.Name
		vm.methods(t, map[string]bfunc{
			"__next__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				return vm.agoStep(args[0], vNone, vEmpty)
			},
			"send": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if len(args) != 2 {
					return vEmpty, vm.raise("TypeError", "%s.send() takes exactly one argument (%d given)", tn, len(args)-1)
				}
				return vm.agoStep(args[0], args[1], vEmpty)
			},
			"throw": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				exc, err := vm.throwArgs(args[1:])
				if err != nil {
					return vEmpty, err
				}
				o := args[0]
				if st := vm.slot(o.Ref(), agoState); st.Tag() == gc.TagInt && int(st.Bits()) == agoInit {
					vm.setSlot(o.Ref(), agoState, gc.Int(agoIter))
				}
				return vm.agoStep(o, vEmpty, exc)
			},
			"close": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				vm.setSlot(args[0].Ref(), agoState, gc.Int(agoClosed))
				return vNone, nil
			},
			"__await__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
			"__iter__":  func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
		})
	}
	// None of these types can be called: instances come only from async
	// functions and from the async generator's methods.
	refuse := func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		return vEmpty, vm.raise("TypeError", "cannot create '%s' instances", t.Name)
	}
	at.coroutine.ctor = refuse
	at.asyncGen.ctor = refuse
	for _, t := range []*Type{at.asend, at.athrow} {
		vm.methods(t, map[string]bfunc{
			"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				return vEmpty, vm.raise("TypeError", "cannot create '%s' instances", vm.typeOf(args[0]).Name)
			},
		})
	}
	vm.methods(at.asyncGen, map[string]bfunc{
		"__aiter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
		"__anext__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.newAgo(at.asend, args[0], vNone)
		},
		"asend": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "async_generator.asend() takes exactly one argument (%d given)", len(args)-1)
			}
			return vm.newAgo(at.asend, args[0], args[1])
		},
		"athrow": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			exc, err := vm.throwArgs(args[1:])
			if err != nil {
				return vEmpty, err
			}
			return vm.newAgo(at.athrow, args[0], exc)
		},
		"aclose": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.newAgo(at.athrow, args[0], vEmpty)
		},
	})
	for _, t := range []*Type{at.coroutine, at.asyncGen} {
		prefix := "cr_"
		if t == at.asyncGen {
			prefix = "ag_"
		}
		vm.nativeGetter(t, "__name__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.slot(vm.slot(args[0].Ref(), genFunc).Ref(), fnName), nil
		}, nil)
		vm.nativeGetter(t, "__qualname__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.slot(vm.slot(args[0].Ref(), genFunc).Ref(), fnQualName), nil
		}, nil)
		vm.nativeGetter(t, prefix+"code", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.getAttr(vm.slot(args[0].Ref(), genFunc), vm.intern("__code__"))
		}, nil)
		vm.nativeGetter(t, prefix+"running", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Bool(vm.genState(args[0]) == genRunning), nil
		}, nil)
		vm.nativeGetter(t, prefix+"suspended", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Bool(vm.genState(args[0]) == genSuspended), nil
		}, nil)
		vm.nativeGetter(t, prefix+"await", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			g := args[0]
			if vm.genState(g) != genSuspended || !vm.coroAwaiting(g) {
				return vNone, nil
			}
			ci := vm.funcCode(vm.slot(g.Ref(), genFunc))
			ins := ci.instrs[vm.rawU64(g.Ref(), genNumSlots, genRawPC)]
			return vm.slot(vm.slot(g.Ref(), genRegs).Ref(), ins.B()), nil
		}, nil)
	}
}

// genErrorOf is genError for generator object g: a StopIteration leaving
// a coroutine or an async generator names that kind in its RuntimeError.
func (vm *VM) genErrorOf(g gc.Value) error {
	what := ""
	if t := vm.asyncTypeOf(g); t == vm.asyncT.coroutine {
		what = "coroutine"
	} else if t != nil {
		what = "async generator"
	}
	if what == "" || !vm.isExcType(vm.exc, "StopIteration") {
		return vm.genError()
	}
	vm.replaceByRuntimeError(what + " raised StopIteration")
	return errRaised
}

// asyncgenModule fills _asyncgen, the hooks asyncio uses to close the
// async generators a program left unfinished (docs/stdlib.md, "asyncio"):
// set_firstiter(f) installs the hook newAgo calls, finished(ag) tells
// whether async generator ag has run to its end.
func (vm *VM) asyncgenModule(d gc.Value) {
	vm.heap.AddPermanentRoot(d)
	vm.asyncT.hooks = d
	vm.dictSet(d, vm.intern("_firstiter"), vNone)
	vm.def(d, "set_firstiter", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_asyncgen.set_firstiter", "set_firstiter", args, kw, 1, 1); err != nil {
			return vEmpty, err
		}
		if args[0].Tag() != gc.TagNone && !vm.isCallable(args[0]) {
			return vEmpty, vm.raise("TypeError", "callable firstiter expected, got %s", vm.typeOf(args[0]).Name)
		}
		old, _ := vm.dictGetStr(d, vm.intern("_firstiter"))
		vm.dictSet(d, vm.intern("_firstiter"), args[0])
		return old, nil
	})
	vm.def(d, "finished", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_asyncgen.finished", "finished", args, kw, 1, 1); err != nil {
			return vEmpty, err
		}
		if !vm.isAsyncGen(args[0]) {
			return vEmpty, vm.raise("TypeError", "an async generator is required, not %s", vm.typeOf(args[0]).Name)
		}
		return gc.Bool(vm.genState(args[0]) == genDone), nil
	})
}
