// jitgen.go is the part of the recorder's window (jitapi.go) that
// concerns generators: the layout of a generator object and of the block
// holding its suspended frame's registers, and a read-only description of
// one generator. A trace that runs a for loop over a generator resumes the
// generator in place, as an inlined call that starts at the pc after its
// yield: it reads the saved registers from the generator's block and, at
// the next yield, writes the changed ones and the new resume pc back
// (docs/jit.md "Generators in traces"). Nothing here changes the VM.

package vm

import "github.com/hotloop/hotloop/gc"

// Layout of a generator object (gen.go) for traces, in bytes from its
// Ref: value slot genFunc (the generator function), genRegs (the storage
// block of its saved registers, value slot i of which is register i) and
// genExcState (the handled exception it saved at its last yield; empty
// when none), then the raw words pc and state.
const (
	JITKindGenerator   = kindGenerator                                            // the gc kind of a generator object
	JITGenFuncOff      = gc.HeaderSize + genFunc*gc.ValueSize                     // tag word of the function slot
	JITGenRegsOff      = gc.HeaderSize + genRegs*gc.ValueSize                     // tag word of the registers slot
	JITGenExcStateOff  = gc.HeaderSize + genExcState*gc.ValueSize                 // tag word of the exception-state slot
	JITGenPCOff        = gc.HeaderSize + genNumSlots*gc.ValueSize + genRawPC*8    // the pc it is suspended at
	JITGenStateOff     = gc.HeaderSize + genNumSlots*gc.ValueSize + genRawState*8 // its state
	JITGenOwnedOff     = gc.HeaderSize + genNumSlots*gc.ValueSize + genRawOwned*8 // 1 while a for loop owns it (ENDFOR closes it)
	JITGenCreated      = genCreated                                               // state: not started
	JITGenSuspended    = genSuspended                                             // state: suspended at a yield
	JITGenStorageItems = gc.HeaderSize                                            // saved register i's tag at +16+16i of the storage
)

// JITGen describes a generator object as the recorder sees it.
type JITGen struct {
	Func    gc.Value // the generator function (its code and globals)
	State   uint64   // JITGenCreated, JITGenSuspended, or another state (running, finished)
	PC      int      // the pc of the instruction it is suspended at (state suspended)
	Storage gc.Ref   // the block holding its saved registers (while not finished)
	// Plain: a generator (not a coroutine or async generator), which a
	// for loop may resume in place (geninline.go).
	Plain bool
	// ExcState: the handled exception it saved at its last yield (empty
	// when it yielded outside any except block).
	ExcState gc.Value
}

// JITGenerator describes v when it is a generator object.
func (vm *VM) JITGenerator(v gc.Value) (JITGen, bool) {
	if !vm.isGenerator(v) {
		return JITGen{}, false
	}
	r := v.Ref()
	g := JITGen{
		Func:     vm.slot(r, genFunc),
		State:    vm.rawU64(r, genNumSlots, genRawState),
		PC:       int(vm.rawU64(r, genNumSlots, genRawPC)),
		Plain:    vm.rawU64(r, genNumSlots, genRawPlain) != 0,
		ExcState: vm.slot(r, genExcState),
	}
	if st := vm.slot(r, genRegs); st.Tag() == TagStorage {
		g.Storage = st.Ref()
	}
	return g, true
}
