// gen.go holds generators. A generator owns a storage block holding a copy
// of its frame's registers while it is suspended; resuming copies them back
// onto the register stack above the caller, pushes the frame and runs it
// until YIELDVALUE (which saves the registers and pc again) or RETURN.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Generator states (raw word 1).
const (
	genCreated = iota
	genSuspended
	genRunning
	genDone
)

// Generator slots: function, saved registers.
const (
	genFunc = iota
	genRegs
	genNumSlots
)

// makeGenerator creates a generator for fn whose arguments (and free
// variables) are already bound in the registers at base.
func (vm *VM) makeGenerator(fn gc.Value, ci *codeInfo, base int) gc.Value {
	n := ci.code.NumRegs
	st := vm.alloc(kindStorage, n, 0)
	copy(vm.slotsOf(st, n), vm.regs[base:base+n])
	r := vm.alloc(kindGenerator, genNumSlots, 16)
	vm.setSlot(r, genFunc, fn)
	vm.setSlot(r, genRegs, mkref(TagStorage, st))
	return mkref(TagIter, r)
}

// genResume runs a generator until it yields (done false) or finishes
// (done true, v is its return value).
func (vm *VM) genResume(g, sent gc.Value) (v gc.Value, done bool, err error) {
	r := g.Ref()
	switch vm.rawU64(r, genNumSlots, 1) {
	case genRunning:
		return vEmpty, false, vm.raise("ValueError", "generator already executing")
	case genDone:
		return vNone, true, nil
	case genCreated:
		if sent.Tag() != gc.TagNone && !sent.IsEmpty() {
			return vEmpty, false, vm.raise("TypeError", "can't send non-None value to a just-started generator")
		}
	}
	fn := vm.slot(r, genFunc)
	ci := vm.funcCode(fn)
	n := ci.code.NumRegs
	base := vm.stackTop()
	if err := vm.pushFrame(ci, base, fn, vm.slot(fn.Ref(), fnGlobals), vEmpty, -1, true); err != nil {
		return vEmpty, false, err
	}
	st := vm.slot(r, genRegs).Ref()
	copy(vm.regs[base:base+n], vm.slotsOf(st, n))
	f := vm.topFrame()
	f.gen = g
	pc := int(vm.rawU64(r, genNumSlots, 0))
	if vm.rawU64(r, genNumSlots, 1) == genSuspended {
		if ins := ci.instrs[pc]; ins.Op() == bytecode.YIELDVALUE {
			vm.regs[base+ins.A()] = orNone(sent)
			pc++
		}
	}
	f.pc = pc
	vm.setRawU64(r, genNumSlots, 1, genRunning)
	v, err = vm.run()
	if vm.yielded {
		vm.yielded = false
		return v, false, nil
	}
	vm.setRawU64(r, genNumSlots, 1, genDone)
	vm.setSlot(r, genRegs, vEmpty)
	if err != nil {
		if vm.isExcType(vm.exc, "StopIteration") {
			cause := vm.exc
			vm.exc = vEmpty
			vm.raise("RuntimeError", "generator raised StopIteration")
			vm.setSlot(vm.exc.Ref(), excCauseSlot, cause)
			vm.setSlot(vm.exc.Ref(), excContextSlot, cause)
		}
		return vEmpty, true, err
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
	vm.setRawU64(r, genNumSlots, 0, uint64(pc))
	vm.setRawU64(r, genNumSlots, 1, genSuspended)
	vm.yielded = true
}

// initGenType creates the generator type and its methods.
func (vm *VM) initGenType() {
	t := vm.newType("generator", []*Type{vm.tObject}, TagIter)
	vm.iterTypes[kindGenerator] = t
	vm.methods(t, map[string]bfunc{
		"__next__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			v, done, err := vm.genResume(args[0], vNone)
			if err != nil {
				return vEmpty, err
			}
			if done {
				return vEmpty, vm.stopIteration(v)
			}
			return v, nil
		},
		"send": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "generator.send() takes exactly one argument (%d given)", len(args)-1)
			}
			v, done, err := vm.genResume(args[0], args[1])
			if err != nil {
				return vEmpty, err
			}
			if done {
				return vEmpty, vm.stopIteration(v)
			}
			return v, nil
		},
		"close": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			r := args[0].Ref()
			vm.setRawU64(r, genNumSlots, 1, genDone)
			vm.setSlot(r, genRegs, vEmpty)
			return vNone, nil
		},
		"__iter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
	})
}

// stopIteration raises StopIteration carrying a return value.
func (vm *VM) stopIteration(v gc.Value) error {
	if v.IsEmpty() || v.Tag() == gc.TagNone {
		return vm.raiseValue(vm.newExc("StopIteration"), vEmpty)
	}
	return vm.raiseValue(vm.newExc("StopIteration", v), vEmpty)
}
