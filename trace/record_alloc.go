// record_alloc.go records the bytecodes that build tuples and lists
// (BUILDTUPLE, BUILDLIST), the comprehension append (LISTAPPEND), and
// list.append when the list's storage is full. A tuple or list is a NEW
// of exactly the block the interpreter's newTuple/newList makes (a list
// is two: the list and its item storage), with its items stored; the
// recording's copy lives at a fake address in the overlay, as GETITER's
// iterators do. Sinking (trace/opt) removes the ones that do not escape
// (a tuple unpacked in the same iteration, a pair only passed to a
// snapshot); the ones stored into a list, appended or kept in a register
// across the back-edge stay real allocations. A tuple's items are kept
// by the recorder (it is immutable), so unpacking one the trace built is
// no IR at all.
//
// Growing a list is a runtime helper call (vm.JITListGrow, through
// jit/runtime_alloc.go): it allocates the bigger storage and copies the
// items, exactly as the interpreter's listReserve does; the trace then
// stores the item inline. A root trace recorded when the list is full
// still records the path with room (growth is the rare case: the guard
// exits once, the interpreter grows the list); a side trace recorded at
// that exit, or any recording of a comprehension's LISTAPPEND reached
// through a side trace, records the growth. In the overlay a grown
// storage is a fake block whose first items read through to the old
// storage (growWord), so growing a long list costs nothing to record.
// docs/jit.md "Lists, tuples and deques in traces".

package trace

import (
	"math"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// ListGrowHelper grows a full list's storage (at least doubling it) and
// returns the new storage; it fails when the heap is exhausted.
var ListGrowHelper = ir.HelperSig{Name: "list_grow", Args: []ir.Type{ir.Ptr}, Result: ir.Ptr, Effect: ir.Writes}

// allocState is the recorder's state for the tuples, lists and grown
// storages the recording made.
type allocState struct {
	tuples map[uint32]*freshTuple // by fake address
	grown  []grownStorage
	next   uint32 // next address for a grown storage (0: not set up)
}

// freshTuple is a tuple the trace built: its NEW and its items.
type freshTuple struct {
	b     *ir.Builder // the builder ref belongs to (callInner simulates on a scratch one)
	ref   ir.Ref
	items []operand
}

// grownStorage is a list storage (or deque ring) the recording grew: a
// fake block of size bytes at addr whose item i < n is item (head+i) &
// mask of the storage at old (a list's: head 0, mask all ones).
type grownStorage struct {
	addr, size, old uint32
	n, head, mask   uint32
}

// buildTuple records BUILDTUPLE: R[A] = tuple(R[B : B+C]).
func (r *recorder) buildTuple(ins bytecode.Instr) error {
	n := ins.C()
	if n == 0 {
		r.write(ins.A(), r.constOperand(r.m.JITEmptyTuple()))
		return nil
	}
	items, err := r.buildItems(ins.B(), n)
	if err != nil {
		return err
	}
	b := r.b
	d := ir.AllocDesc{Name: "tuple", Kind: uint8(vm.JITKindTuple), NumVals: int32(n)}
	addr, err := r.fakeAlloc(d)
	if err != nil {
		return err
	}
	p := b.New(b.AddAlloc(d))
	r.storeItems(p, addr, items, ClassTupleItems)
	if r.alloc.tuples == nil {
		r.alloc.tuples = map[uint32]*freshTuple{}
	}
	r.alloc.tuples[addr] = &freshTuple{b: b, ref: p, items: items}
	r.write(ins.A(), operand{gc.MakeValue(vm.JITTagTuple, uint64(addr)), b.KTag(uint64(vm.JITTagTuple)), p})
	return nil
}

// buildList records BUILDLIST: R[A] = list(R[B : B+C]), a storage of
// newList's capacity and the list block.
func (r *recorder) buildList(ins bytecode.Instr) error {
	n := ins.C()
	items, err := r.buildItems(ins.B(), n)
	if err != nil {
		return err
	}
	b := r.b
	ds := ir.AllocDesc{Name: "list_storage", Kind: uint8(vm.JITKindStorage), NumVals: int32(max(n, vm.JITListMinCap))}
	dl := ir.AllocDesc{Name: "list", Kind: uint8(vm.JITKindList), NumVals: vm.JITListSlots, Raw: vm.JITListRaw}
	saddr, err := r.fakeAlloc(ds)
	if err != nil {
		return err
	}
	laddr, err := r.fakeAlloc(dl)
	if err != nil {
		return err
	}
	st := b.New(b.AddAlloc(ds))
	r.storeItems(st, saddr, items, ClassItems)
	l := b.New(b.AddAlloc(dl))
	b.FStore(l, vm.JITListStorageOff-8, b.KTag(uint64(vm.JITTagStorage)), ClassListStorage)
	b.FStore(l, vm.JITListStorageOff, st, ClassListStorage)
	b.FStore(l, vm.JITListLenOff, b.KInt(int64(n)), ClassListLen)
	r.mem[laddr+vm.JITListStorageOff-8] = uint64(vm.JITTagStorage)
	r.mem[laddr+vm.JITListStorageOff] = uint64(saddr)
	r.mem[laddr+vm.JITListLenOff] = uint64(n)
	r.write(ins.A(), operand{gc.MakeValue(vm.JITTagList, uint64(laddr)), b.KTag(uint64(vm.JITTagList)), l})
	return nil
}

// buildItems reads the n registers from first on, the items of a new
// tuple or list.
func (r *recorder) buildItems(first, n int) ([]operand, error) {
	items := make([]operand, n)
	for i := range items {
		items[i] = r.read(first + i)
		if items[i].v.IsEmpty() {
			return nil, r.abort("build of an unbound value")
		}
	}
	return items, nil
}

// storeItems stores items into the value slots of the new block p (at
// fake address addr in the overlay).
func (r *recorder) storeItems(p ir.Ref, addr uint32, items []operand, class ir.AliasClass) {
	b := r.b
	for i, x := range items {
		off := int64(vm.JITItemsOff + 16*i)
		b.FStore(p, off, x.tag, class)
		b.FStore(p, off+8, x.val, class)
		r.mem[addr+uint32(off)], r.mem[addr+uint32(off)+8] = uint64(x.v.Tag()), x.v.Bits()
	}
}

// freshTupleOf returns the recorder's record of src when it is a tuple
// this trace built, reached through its NEW (nil otherwise).
func (r *recorder) freshTupleOf(src operand) *freshTuple {
	if src.v.Tag() != vm.JITTagTuple {
		return nil
	}
	ft := r.alloc.tuples[uint32(src.v.Ref())]
	if ft == nil || ft.ref != src.val || ft.b != r.b {
		return nil
	}
	return ft
}

// unpackFresh records UNPACK of a tuple the trace built: its items, with
// no IR. ok is false for anything else (unpack records it).
func (r *recorder) unpackFresh(ins bytecode.Instr) (ok bool, err error) {
	ft := r.freshTupleOf(r.read(ins.B()))
	if ft == nil {
		return false, nil
	}
	if len(ft.items) != ins.C() {
		return true, r.abort("unpack of a tuple of another length")
	}
	for i, x := range ft.items {
		r.write(ins.A()+i, x)
	}
	return true, nil
}

// listAppendOp records LISTAPPEND (a comprehension's append): R[A] is
// the list the comprehension builds, R[B] the item.
func (r *recorder) listAppendOp(ins bytecode.Instr) error {
	lst := r.read(ins.A())
	if lst.v.Tag() != vm.JITTagList {
		return r.abort("list append to a non-list")
	}
	if len(r.stack) > 0 {
		return r.abort("list append in an inlined function")
	}
	return r.listAppend(lst, r.read(ins.B()))
}

// storageCap returns the slot count of the list storage st: a constant
// when the trace allocated it (a NEW's header is not forwarded, and a load
// of it would keep the list from being sunk), else loaded from its header.
func (r *recorder) storageCap(st ir.Ref) ir.Ref {
	b := r.b
	if st.IsInst() && b.T.Insts[st].Op == ir.NEW {
		return b.KInt(int64(b.T.Allocs[b.T.Insts[st].Aux].NumVals))
	}
	return r.slotCount(st)
}

// slotCount loads the value slot count of the block at p (the low half
// of its header's second word). The half is taken with two shifts, not
// a mask: the JIT counts guards on an IAND as kind guards (jit.typeGuards:
// failing one at entry means the trace's assumptions are gone), and a
// guard against a capacity or a length is an ordinary exit.
func (r *recorder) slotCount(p ir.Ref) ir.Ref {
	b := r.b
	hdr := b.FLoad(ir.Int, p, vm.JITHeaderSlotsOff, ClassHeader)
	return b.Op2(ir.ISHR, ir.Int, b.Op2(ir.ISHL, ir.Int, hdr, b.KInt(32)), b.KInt(32))
}

// speculateRoom reports whether an append into a full list is recorded
// as the path with room: in a root trace, where growth is the rare exit
// (unless the list is one the trace built, whose fullness is the same at
// every iteration: listAppend checks).
func (r *recorder) speculateRoom() bool { return r.side == nil || r.side.root }

// listAppendGrow records lst.append(x) when the storage is full, whose
// slot count capacity is n: a guard that it is still full, the growth
// helper (exiting when it fails), then the store of the item and the
// length. The overlay gets the grown storage.
func (r *recorder) listAppendGrow(lst, x operand, n, capacity int64) error {
	b := r.b
	ref := uint32(lst.v.Ref())
	st := uint32(r.word(ref + vm.JITListStorageOff))
	nc := int64(vm.JITListGrowCap(int(capacity), int(n+1)))
	addr, err := r.growStorage(st, uint32(n), nc)
	if err != nil {
		return err
	}
	snap := r.snap(r.pc)
	nR := b.FLoad(ir.Int, lst.val, vm.JITListLenOff, ClassListLen)
	stR := b.FLoad(ir.Ptr, lst.val, vm.JITListStorageOff, ClassListStorage)
	b.Guard(ir.GE, nR, r.storageCap(stR), snap)
	ns := b.Call(r.helper(ListGrowHelper), snap, lst.val)
	b.XStore(ns, nR, vm.JITItemsOff, x.tag, ClassItems)
	b.XStore(ns, nR, vm.JITItemsOff+8, x.val, ClassItems)
	b.FStore(lst.val, vm.JITListLenOff, b.Op2(ir.IADD, ir.Int, nR, b.KInt(1)), ClassListLen)
	off := addr + vm.JITItemsOff + 16*uint32(n)
	r.mem[off], r.mem[off+8] = uint64(x.v.Tag()), x.v.Bits()
	r.mem[ref+vm.JITListStorageOff] = uint64(addr)
	r.mem[ref+vm.JITListLenOff] = uint64(n + 1)
	return nil
}

// growStorage places, in the overlay, a storage of nc slots whose first
// n items are those of the storage at old, and returns its address. Its
// header words are in the overlay; its items read through to old
// (growWord). Grown storages take addresses between the heap's memory
// (which a recording never grows) and the fake objects' area.
func (r *recorder) growStorage(old, n uint32, nc int64) (uint32, error) {
	return r.growRing(old, 0, ^uint32(0), n, nc)
}

// growRing is growStorage for a deque's ring, unrolled from head.
func (r *recorder) growRing(old, head, mask, n uint32, nc int64) (uint32, error) {
	a := &r.alloc
	if a.next == 0 {
		a.next = (uint32(len(r.m.JITHeap().Bytes())) + 15) &^ 15
	}
	size := uint64(ir.AllocDesc{Kind: uint8(vm.JITKindStorage), NumVals: int32(nc)}.Size())
	if uint64(a.next)+size >= fakeBase {
		return 0, r.abort("too many allocations while recording")
	}
	addr := a.next
	a.next += uint32(size)
	r.mem[addr] = size | uint64(vm.JITKindStorage)<<vm.JITKindShift
	r.mem[addr+8] = uint64(nc)
	a.grown = append(a.grown, grownStorage{addr: addr, size: uint32(size), old: old, n: n, head: head, mask: mask})
	return addr, nil
}

// growWord reads a word of a grown storage that the overlay does not
// hold: an old item reads through to the old storage, anything else is
// zero (a fresh block is zeroed). ok is false outside grown storages.
func (r *recorder) growWord(off uint32) (uint64, bool) {
	for _, g := range r.alloc.grown {
		if off < g.addr || off >= g.addr+g.size {
			continue
		}
		if rel := off - g.addr; rel >= vm.JITItemsOff && rel < vm.JITItemsOff+16*g.n {
			i := (rel - vm.JITItemsOff) / 16
			j := (g.head + i) & g.mask
			return r.word(g.old + vm.JITItemsOff + 16*j + rel%16), true
		}
		return 0, true
	}
	return 0, false
}

// getItemTuple records GETITEM of a tuple by an int: for a tuple the
// trace built, the item itself (no IR but a guard on a computed index);
// otherwise
// the tuple's slot count (its header word) bounds the index and the item
// is loaded, its tag guarded. ok is false when the container is not a
// tuple (the caller records lists).
func (r *recorder) getItemTuple(ins bytecode.Instr) (ok bool, err error) {
	b := r.b
	tup, idx := r.read(ins.B()), r.read(ins.C())
	if tup.v.Tag() != vm.JITTagTuple {
		return false, nil
	}
	if idx.v.Tag() != gc.TagInt {
		return true, r.abort("subscript of a tuple by a non-int")
	}
	ref := uint32(tup.v.Ref())
	n := int64(uint32(r.word(ref + vm.JITHeaderSlotsOff)))
	i := idx.v.Int()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return true, r.abort("index out of range while recording")
	}
	snap := r.snap(r.pc)
	if ft := r.freshTupleOf(tup); ft != nil {
		// A tuple this trace built: its item is an operand the recorder
		// has. A computed index (often a constant the compiler keeps in
		// a register) is guarded equal to the recorded one, which keeps
		// the tuple free of indexed loads, so sinking can remove it.
		if !idx.val.IsConst() {
			b.Guard(ir.EQ, idx.val, b.KInt(idx.v.Int()), snap)
		}
		r.write(ins.A(), ft.items[i])
		return true, nil
	}
	length := r.slotCount(tup.val)
	j := idx.val
	if idx.v.Int() < 0 {
		b.Guard(ir.LT, idx.val, b.KInt(0), snap)
		j = b.Op2(ir.IADD, ir.Int, idx.val, length)
	} else if !idx.val.IsConst() {
		b.Guard(ir.GE, idx.val, b.KInt(0), snap)
	}
	b.Bounds(j, length, snap)
	off := ref + vm.JITItemsOff + 16*uint32(i)
	v := gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))
	if !v.Tag().IsRef() && v.Tag() != gc.TagInt && v.Tag() != gc.TagFloat && v.Tag() != gc.TagBool && v.Tag() != gc.TagNone {
		return true, r.abort("tuple item type")
	}
	tag := b.XLoad(ir.Tag, tup.val, j, vm.JITItemsOff, ClassTupleItems)
	b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), snap)
	res := r.constOperand(v)
	if v.Tag() != gc.TagNone {
		res = operand{v, b.KTag(uint64(v.Tag())), b.XLoad(payloadType(v.Tag()), tup.val, j, vm.JITItemsOff+8, ClassTupleItems)}
	}
	r.write(ins.A(), res)
	return true, nil
}

// listExtendOp records LISTEXTEND (a list display with a starred or
// constant part: [1, 2, 3] is BUILDLIST of nothing, then LISTEXTEND of
// the constant tuple) when the list is one this trace built, its storage
// and length known to the IR, and the source a constant tuple or one the
// trace built: the items are stored at constant offsets, into a bigger
// new storage when they do not fit (listReserve's capacity).
func (r *recorder) listExtendOp(ins bytecode.Instr) error {
	b := r.b
	lst, src := r.read(ins.A()), r.read(ins.B())
	if lst.v.Tag() != vm.JITTagList || uint32(lst.v.Ref()) < fakeBase {
		return r.abort("list extend of a list the trace did not build")
	}
	var items []operand
	switch ft := r.freshTupleOf(src); {
	case ft != nil:
		items = ft.items
	case src.v.Tag() == vm.JITTagTuple && src.val.IsConst():
		ref := uint32(src.v.Ref())
		n := int(uint32(r.word(ref + vm.JITHeaderSlotsOff)))
		for i := 0; i < n; i++ {
			off := ref + vm.JITItemsOff + 16*uint32(i)
			items = append(items, r.constOperand(gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))))
		}
	default:
		return r.abort("list extend by something other than a known tuple")
	}
	ref := uint32(lst.v.Ref())
	stR := b.FLoad(ir.Ptr, lst.val, vm.JITListStorageOff, ClassListStorage)
	nR := b.FLoad(ir.Int, lst.val, vm.JITListLenOff, ClassListLen)
	if !stR.IsInst() || b.T.Insts[stR].Op != ir.NEW || !nR.IsConst() {
		return r.abort("list extend of a list the trace changed")
	}
	st := uint32(r.word(ref + vm.JITListStorageOff))
	n := int(r.word(ref + vm.JITListLenOff))
	capacity := int(b.T.Allocs[b.T.Insts[stR].Aux].NumVals)
	if n+len(items) > capacity {
		nc := vm.JITListGrowCap(capacity, n+len(items))
		d := ir.AllocDesc{Name: "list_storage", Kind: uint8(vm.JITKindStorage), NumVals: int32(nc)}
		addr, err := r.fakeAlloc(d)
		if err != nil {
			return err
		}
		old := make([]operand, n)
		for i := range old {
			off := int64(vm.JITItemsOff + 16*i)
			w := st + uint32(off)
			v := gc.MakeValue(gc.Tag(r.word(w)), r.word(w+8))
			old[i] = operand{v, b.FLoad(ir.Tag, stR, off, ClassItems), b.FLoad(payloadType(v.Tag()), stR, off+8, ClassItems)}
		}
		stR = b.New(b.AddAlloc(d))
		r.storeItems(stR, addr, old, ClassItems)
		b.FStore(lst.val, vm.JITListStorageOff, stR, ClassListStorage)
		r.mem[ref+vm.JITListStorageOff] = uint64(addr)
		st = addr
	}
	for i, x := range items {
		off := int64(vm.JITItemsOff + 16*(n+i))
		b.FStore(stR, off, x.tag, ClassItems)
		b.FStore(stR, off+8, x.val, ClassItems)
		r.mem[st+uint32(off)], r.mem[st+uint32(off)+8] = uint64(x.v.Tag()), x.v.Bits()
	}
	b.FStore(lst.val, vm.JITListLenOff, b.KInt(int64(n+len(items))), ClassListLen)
	r.mem[ref+vm.JITListLenOff] = uint64(n + len(items))
	return nil
}

// tupleLen returns the length of tuple tup: a constant when the trace
// built it or it is a constant (tuples never change length), else its
// slot count loaded from its header.
func (r *recorder) tupleLen(tup ir.Ref, n int64) ir.Ref {
	b := r.b
	if tup.IsConst() || (tup.IsInst() && b.T.Insts[tup].Op == ir.NEW) {
		return b.KInt(n)
	}
	return r.slotCount(tup)
}

// tupleIter records iter(tuple): a NEW tuple iterator (the list
// iterator's layout) holding the tuple.
func (r *recorder) tupleIter(ins bytecode.Instr, src operand) error {
	if len(r.stack) > 0 {
		return r.abort("allocation in an inlined function")
	}
	return r.seqIter(ins, src, "tuple_iterator", vm.JITKindTupleIter, vm.JITTagTuple) // record.go
}

// guardIterKind guards the kind in iterator it's header.
func (r *recorder) guardIterKind(it operand, kind uint64, snap ir.SnapID) {
	b := r.b
	hdr := b.FLoad(ir.Int, it.val, 0, ClassHeader)
	k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
	b.Guard(ir.EQ, k, b.KInt(int64(kind)), snap)
}

// tupleIterState returns, while recording, tuple iterator ref's tuple
// (0 once exhausted and emptied), its length and the next index.
func (r *recorder) tupleIterState(ref uint32) (tref uint32, n, i int64) {
	if gc.Tag(r.word(ref+vm.JITListIterList)) != vm.JITTagTuple {
		return 0, 0, 0
	}
	tref = uint32(r.word(ref + vm.JITListIterList + 8))
	return tref, int64(uint32(r.word(tref + vm.JITHeaderSlotsOff))), int64(r.word(ref + vm.JITListIterIndex))
}

// tupleIterExhausted reports whether the tuple iterator at ref has no
// item left.
func (r *recorder) tupleIterExhausted(ref uint32) bool {
	tref, n, i := r.tupleIterState(ref)
	return tref == 0 || i >= n
}

// forTuple records FORITER over a tuple iterator (its kind guarded): the
// tuple slot's tag, the index against the length, the item's tag; the
// index is advanced.
func (r *recorder) forTuple(ins bytecode.Instr, it operand, snap ir.SnapID) (int, error) {
	b := r.b
	ref := uint32(it.v.Ref())
	tref, n, i := r.tupleIterState(ref)
	if tref == 0 || i >= n {
		return 0, r.abort("loop left while recording")
	}
	ttag := b.FLoad(ir.Tag, it.val, vm.JITListIterList, ClassIterList)
	b.Guard(ir.EQ, ttag, b.KTag(uint64(vm.JITTagTuple)), snap)
	tup := b.FLoad(ir.Ptr, it.val, vm.JITListIterList+8, ClassIterList)
	iR := b.FLoad(ir.Int, it.val, vm.JITListIterIndex, ClassRangeCur)
	b.Bounds(iR, r.tupleLen(tup, n), r.ownSnap(snap))
	off := tref + vm.JITItemsOff + 16*uint32(i)
	v := gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))
	if !v.Tag().IsRef() && v.Tag() != gc.TagInt && v.Tag() != gc.TagFloat && v.Tag() != gc.TagBool && v.Tag() != gc.TagNone {
		return 0, r.abort("tuple item type")
	}
	tag := b.XLoad(ir.Tag, tup, iR, vm.JITItemsOff, ClassTupleItems)
	b.Guard(ir.EQ, tag, b.KTag(uint64(v.Tag())), snap)
	item := r.constOperand(v)
	if v.Tag() != gc.TagNone {
		item = operand{v, b.KTag(uint64(v.Tag())), b.XLoad(payloadType(v.Tag()), tup, iR, vm.JITItemsOff+8, ClassTupleItems)}
	}
	r.mem[ref+vm.JITListIterIndex] = uint64(i + 1)
	b.FStore(it.val, vm.JITListIterIndex, b.Op2(ir.IADD, ir.Int, iR, b.KInt(1)), ClassRangeCur)
	r.write(ins.A()+1, item)
	return r.pc + 1, nil
}

// tupleIterDone records FORITER on an exhausted tuple iterator (its kind
// guarded): the tuple slot already empty, or the index at the length,
// when the interpreter empties the slot.
func (r *recorder) tupleIterDone(ins bytecode.Instr, it operand, snap ir.SnapID) (int, error) {
	b := r.b
	ref := uint32(it.v.Ref())
	tag := b.FLoad(ir.Tag, it.val, vm.JITListIterList, ClassIterList)
	tref, n, _ := r.tupleIterState(ref)
	if tref == 0 {
		b.Guard(ir.EQ, tag, b.KTag(uint64(gc.TagEmpty)), snap)
		return int(ins.Bx()), nil
	}
	b.Guard(ir.EQ, tag, b.KTag(uint64(vm.JITTagTuple)), snap)
	tup := b.FLoad(ir.Ptr, it.val, vm.JITListIterList+8, ClassIterList)
	iR := b.FLoad(ir.Int, it.val, vm.JITListIterIndex, ClassRangeCur)
	b.Guard(ir.GE, iR, r.tupleLen(tup, n), snap)
	b.FStore(it.val, vm.JITListIterList, b.KTag(uint64(gc.TagEmpty)), ClassIterList)
	b.FStore(it.val, vm.JITListIterList+8, b.KInt(0), ClassIterList)
	r.mem[ref+vm.JITListIterList], r.mem[ref+vm.JITListIterList+8] = 0, 0
	return int(ins.Bx()), nil
}

// ownSnap returns a copy of snapshot s under a new id, for the guard that
// ends a short loop (a tuple's): the JIT counts an exit at a snapshot one
// of whose guards tests a tag or a kind, taken before the first
// iteration, as a sign that the trace's assumptions are gone
// (jit.typeGuards), and a short inner loop entered at its last item ends
// there at once; with its own snapshot the loop's end is an ordinary
// exit.
func (r *recorder) ownSnap(s ir.SnapID) ir.SnapID {
	c := r.b.T.Snaps[s]
	c.Entries = append([]ir.SnapEntry(nil), c.Entries...)
	return r.b.AddSnap(c)
}

// Offsets in an enumerate object: the wrapped iterator (slot 0) and the
// count (slot 1).
const (
	enumIterOff  = vm.JITItemsOff
	enumCountOff = vm.JITItemsOff + 16
)

// forEnumerate records FORITER over enumerate(list or tuple) followed by
// UNPACK of the pair, as the interpreter's pair step does
// (vm/forpair.go): the count goes to the first target and the wrapped
// iterator's item to the second, and no tuple is made. The count is
// guarded below the int64 limit and the wrapped iterator's guards all
// come before any store, so an exit re-runs the whole FORITER.
func (r *recorder) forEnumerate(ins bytecode.Instr, it operand, snap ir.SnapID) (int, error) {
	b := r.b
	if r.pc+1 >= len(r.fr.Instrs) {
		return 0, r.abort("enumerate without unpacking its pairs")
	}
	nx := r.fr.Instrs[r.pc+1]
	if nx.Op() != bytecode.UNPACK || nx.C() != 2 || nx.B() != ins.A()+1 {
		return 0, r.abort("enumerate without unpacking its pairs")
	}
	ref := uint32(it.v.Ref())
	inner := gc.MakeValue(gc.Tag(r.word(ref+enumIterOff)), r.word(ref+enumIterOff+8))
	count := gc.MakeValue(gc.Tag(r.word(ref+enumCountOff)), r.word(ref+enumCountOff+8))
	if inner.Tag() != vm.JITTagIter || count.Tag() != gc.TagInt || count.Int() == math.MaxInt64 {
		return 0, r.abort("enumerate of another iterator")
	}
	kind := (r.word(uint32(inner.Ref())) >> vm.JITKindShift) & vm.JITKindMask
	if kind != uint64(vm.JITKindListIter) && kind != uint64(vm.JITKindTupleIter) {
		return 0, r.abort("enumerate of another iterator")
	}
	itag := b.FLoad(ir.Tag, it.val, enumIterOff, ClassIterList)
	b.Guard(ir.EQ, itag, b.KTag(uint64(vm.JITTagIter)), snap)
	in := operand{inner, b.KTag(uint64(vm.JITTagIter)), b.FLoad(ir.Ptr, it.val, enumIterOff+8, ClassIterList)}
	r.guardIterKind(in, kind, snap)
	ctag := b.FLoad(ir.Tag, it.val, enumCountOff, ClassIterList)
	b.Guard(ir.EQ, ctag, b.KTag(uint64(gc.TagInt)), snap)
	cnt := b.FLoad(ir.Int, it.val, enumCountOff+8, ClassRangeCur)
	b.Guard(ir.LT, cnt, b.KInt(math.MaxInt64), snap)
	// The wrapped iterator's step writes its item to R[A+1]; the pair
	// then goes to the UNPACK's targets instead.
	saved := r.regs[ins.A()+1]
	var err error
	if kind == uint64(vm.JITKindListIter) {
		_, err = r.forList(ins, in, snap)
	} else {
		_, err = r.forTuple(ins, in, snap)
	}
	if err != nil {
		return 0, err
	}
	item := r.regs[ins.A()+1].operand
	r.regs[ins.A()+1] = saved
	r.mem[ref+enumCountOff+8] = uint64(count.Int() + 1)
	b.FStore(it.val, enumCountOff+8, b.Op2(ir.IADD, ir.Int, cnt, b.KInt(1)), ClassRangeCur)
	r.write(nx.A(), operand{count, b.KTag(uint64(gc.TagInt)), cnt})
	r.write(nx.A()+1, item)
	return r.pc + 2, nil
}
