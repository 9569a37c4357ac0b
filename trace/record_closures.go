// record_closures.go binds the frame of an inlined call of a Python
// function beyond its positional arguments: keyword arguments to their
// parameters, the defaults of the parameters the call leaves out, and the
// closure's cells in the free-variable registers (so LOADDEREF and
// STOREDEREF of a nonlocal work in the callee, record_cells.go).
//
// Cells and defaults are loaded from the function object in the trace,
// never taken as constants of the recording, even when the function
// itself is one: a function at a guarded address may be a newer function
// of the same code (the old one collected, its block reused), with other
// cells, and __defaults__ is assignable. Loading them also lets one trace serve
// every closure of one code object (a call site that picks one of five
// counters from a list): only the code word and the globals are guarded.
// When the function is loop-invariant these loads are too, and peeling
// hoists them out of the loop.

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// calleeAbort says why a call of callee with npos positional arguments
// cannot be inlined ("" when it can, as far as the callee decides).
func calleeAbort(callee vm.JITCallee, npos int) string {
	c := callee.Code
	switch {
	case callee.Generator:
		return "call of a generator function"
	case !callee.Positional:
		return "call of a function with keyword-only, *args or **kwargs parameters"
	case len(c.Cellvars) > 0:
		return "call of a function with cell variables (it makes closures)"
	case npos > c.ArgCount:
		return "call with extra arguments"
	case len(c.Freevars) > 0 && (callee.Closure.Tag() != vm.JITTagTuple || len(callee.Cells) != len(c.Freevars)):
		return "call of a function whose closure does not match its code"
	}
	for _, cell := range callee.Cells {
		if cell.Tag() != vm.JITTagCell {
			return "call of a function whose closure does not match its code"
		}
	}
	return ""
}

// callKeywords returns the keyword names of the call ins (nil for none):
// its C operand is 1 + the index of a constant tuple of str.
func (r *recorder) callKeywords(ins bytecode.Instr) ([]string, error) {
	k := ins.C()
	if k == 0 {
		return nil, nil
	}
	if k-1 >= len(r.fr.Consts) || r.fr.Consts[k-1].Tag() != vm.JITTagTuple {
		return nil, r.abort("call with keywords that are not a tuple")
	}
	t := uint32(r.fr.Consts[k-1].Ref())
	n := int(uint32(r.word(t + vm.JITTupleCountOff)))
	names := make([]string, n)
	for i := range names {
		off := t + vm.JITItemsOff + 16*uint32(i)
		name, ok := r.m.JITStr(gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8)))
		if !ok {
			return nil, r.abort("call with a keyword that is not a str")
		}
		names[i] = name
	}
	return names, nil
}

// argSlots binds a call's arguments to callee's parameters as the
// interpreter's bindArgs does: npos positional arguments first, then each
// keyword to the positional-or-keyword parameter of that name (kwSlots),
// then the parameters still unbound, which must have defaults (missing).
// A call the interpreter would reject aborts (reason): it raises there.
func argSlots(callee vm.JITCallee, npos int, kw []string) (kwSlots, missing []int, reason string) {
	c := callee.Code
	bound := make([]bool, c.ArgCount)
	for i := 0; i < npos; i++ {
		bound[i] = true
	}
	for _, name := range kw {
		p := -1
		for i := c.PosOnlyArgCount; i < c.ArgCount; i++ {
			if c.Varnames[i] == name {
				p = i
				break
			}
		}
		switch {
		case p < 0:
			return nil, nil, "call with an unexpected keyword argument"
		case bound[p]:
			return nil, nil, "call with an argument given twice"
		}
		bound[p] = true
		kwSlots = append(kwSlots, p)
	}
	first := c.ArgCount - len(callee.DefaultValues) // the first parameter with a default
	for i, ok := range bound {
		if !ok {
			if callee.Defaults.Tag() != vm.JITTagTuple || i < first {
				return nil, nil, "call with missing arguments"
			}
			missing = append(missing, i)
		}
	}
	return kwSlots, missing, ""
}

// tupleOf loads the tuple in the function slot at off (tag word) of the
// function fn, guarding that it is a tuple of n items, and returns its
// pointer.
func (r *recorder) tupleOf(fn ir.Ref, off int64, n int, snap ir.SnapID) ir.Ref {
	b := r.b
	tag := b.FLoad(ir.Tag, fn, off, ClassFuncCode)
	b.Guard(ir.EQ, tag, b.KTag(uint64(vm.JITTagTuple)), snap)
	tup := b.FLoad(ir.Ptr, fn, off+8, ClassFuncCode)
	hdr := b.FLoad(ir.Int, tup, vm.JITTupleCountOff, ClassHeader)
	cnt := b.Op2(ir.IAND, ir.Int, hdr, b.KInt(0xffffffff))
	b.Guard(ir.EQ, cnt, b.KInt(int64(n)), snap)
	return tup
}

// bindDefaults puts the defaults of the missing parameters into regs:
// the defaults tuple is loaded from the function, its length guarded (it
// decides which default goes where) and each default used loaded with
// its tag guarded.
func (r *recorder) bindDefaults(fn operand, callee vm.JITCallee, regs []rslot, missing []int, snap ir.SnapID) {
	if len(missing) == 0 {
		return
	}
	b := r.b
	defs := callee.DefaultValues
	first := callee.Code.ArgCount - len(defs)
	tup := r.tupleOf(fn.val, vm.JITFuncDefaultsOff, len(defs), snap)
	for _, i := range missing {
		d := i - first
		off := int64(vm.JITItemsOff + 16*d)
		v := defs[d]
		tag := b.FLoad(ir.Tag, tup, off, ClassTupleItems)
		b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), snap)
		o := r.constOperand(v) // None and other immediates: the tag says it all
		if v.Tag() == gc.TagInt || v.Tag() == gc.TagFloat || v.Tag() == gc.TagBool || v.Tag().IsRef() {
			o.val = b.FLoad(payloadType(v.Tag()), tup, off+8, ClassTupleItems)
		}
		regs[i].operand = o
	}
}

// bindFree puts the closure's cells into the callee's free-variable
// registers (after its cell variables, which it has none of): loaded
// from the closure tuple, whose items are always cells.
func (r *recorder) bindFree(fn operand, callee vm.JITCallee, regs []rslot) {
	c := callee.Code
	if len(c.Freevars) == 0 {
		return
	}
	b := r.b
	// No guard on the tuple: the code word (guarded) fixes its length,
	// and the slot never changes (vm.JITCallee.Closure).
	tup := b.FLoad(ir.Ptr, fn.val, vm.JITFuncClosureOff+8, ClassFuncCode)
	base := c.CellBase + len(c.Cellvars)
	for k, cell := range callee.Cells {
		p := b.FLoad(ir.Ptr, tup, int64(vm.JITItemsOff+16*k+8), ClassTupleItems)
		regs[base+k].operand = operand{v: cell, tag: b.KTag(uint64(cell.Tag())), val: p}
	}
}

// storedHere reports whether the recording has stored the value word at
// addr (a global's dict entry the loop assigns): a function loaded from
// there is the trace's own value, which need not be a constant.
func (r *recorder) storedHere(addr uint32) bool {
	_, ok := r.mem[addr]
	return ok
}
