// record_deque.go records collections.deque in traces: append,
// appendleft, pop, popleft, len, truth, and q[i] by an int, on an exact
// deque (its type slot and the type's version guarded; a subclass could
// override the methods in Python). A deque's state is five fixed value
// slots of the instance (vm/mod_collections.go: the ring, a storage
// block whose capacity is a power of two; the head index; the length;
// maxlen; the mutation counter iterators check), so every operation is
// plain loads and stores of those words and of the ring's items, as the
// interpreter's dqPushRight, dqPopLeft... do, with the mutation counter
// bumped the same way. Only growing the ring allocates: a runtime helper
// (vm.JITDequeGrow through jit/runtime_alloc.go), called from side
// traces recorded when the ring is full (a root trace records the path
// with room, as for lists: record_alloc.go). A pop or an index out of
// range fails a guard, and the interpreter raises the IndexError;
// appends to a bounded deque (maxlen set) abort the recording.
// docs/jit.md "Lists, tuples and deques in traces".

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Alias classes of a deque's fixed slots and of its ring's items (a
// storage block is a list's or a deque's, never both).
const (
	ClassDequeSlots ir.AliasClass = 75
	ClassDequeItems ir.AliasClass = 76
)

// DequeGrowHelper doubles a full deque's ring (unrolled to start at index
// 0, head reset) and returns it; it fails when the heap is exhausted.
var DequeGrowHelper = ir.HelperSig{Name: "dq_grow", Args: []ir.Type{ir.Ptr}, Result: ir.Ptr, Effect: ir.Writes}

// dequeMethods are the deque methods a trace records, with their
// argument counts.
var dequeMethods = map[string]int{"append": 1, "appendleft": 1, "pop": 0, "popleft": 0}

// dequeView is a deque's state loaded in the IR, with its values while
// recording.
type dequeView struct {
	d                operand
	ref              uint32
	st, head, n, cap ir.Ref
	stAddr           uint32
	headV, nV, capV  int64
}

// isDeque reports whether o is an exact deque the recorder handles.
func (r *recorder) isDeque(o operand) bool {
	if o.v.Tag() != vm.JITTagObject || fakeInstance(o) {
		return false // an instance the recording made lives only in the overlay
	}
	_, _, ok := r.m.JITDequeType(o.v)
	return ok
}

// dequeGuards guards that o is still an exact deque with its ring set up.
func (r *recorder) dequeGuards(o operand) {
	b := r.b
	tp, version, _ := r.m.JITDequeType(o.v)
	snap := r.snap(r.pc)
	t := b.FLoad(ir.Ptr, o.val, vm.JITInstTypeOff, ClassInstType)
	b.Guard(ir.EQ, t, b.KPtr(uint32(tp)), snap)
	r.guardVersion(tp, version)
	st := b.FLoad(ir.Tag, o.val, vm.JITDequeStoreOff, ClassDequeSlots)
	b.Guard(ir.EQ, st, b.KTag(uint64(vm.JITTagStorage)), snap)
}

// dequeLoad guards o and loads its ring, head, length and capacity.
func (r *recorder) dequeLoad(o operand) dequeView {
	b := r.b
	r.dequeGuards(o)
	v := dequeView{d: o, ref: uint32(o.v.Ref())}
	v.st = b.FLoad(ir.Ptr, o.val, vm.JITDequeStoreOff+8, ClassDequeSlots)
	v.head = b.FLoad(ir.Int, o.val, vm.JITDequeHeadOff, ClassDequeSlots)
	v.n = b.FLoad(ir.Int, o.val, vm.JITDequeLenOff, ClassDequeSlots)
	v.cap = r.slotCount(v.st)
	v.stAddr = uint32(r.word(v.ref + vm.JITDequeStoreOff + 8))
	v.headV = int64(r.word(v.ref + vm.JITDequeHeadOff))
	v.nV = int64(r.word(v.ref + vm.JITDequeLenOff))
	v.capV = int64(r.word(v.stAddr+vm.JITHeaderSlotsOff) & 0xffffffff)
	return v
}

// ringIndex returns (head + i) & (cap - 1) in the IR and while recording.
func (r *recorder) ringIndex(v dequeView, i ir.Ref, iv int64) (ir.Ref, int64) {
	b := r.b
	mask := b.Op2(ir.ISUB, ir.Int, v.cap, b.KInt(1))
	return b.Op2(ir.IAND, ir.Int, b.Op2(ir.IADD, ir.Int, v.head, i), mask), (v.headV + iv) & (v.capV - 1)
}

// ringItem loads the item at ring index idx, its tag guarded.
func (r *recorder) ringItem(v dequeView, idx ir.Ref, idxV int64, snap ir.SnapID) (operand, error) {
	b := r.b
	off := v.stAddr + vm.JITItemsOff + 16*uint32(idxV)
	x := gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))
	if !x.Tag().IsRef() && x.Tag() != gc.TagInt && x.Tag() != gc.TagFloat && x.Tag() != gc.TagBool && x.Tag() != gc.TagNone {
		return operand{}, r.abort("deque item type")
	}
	tag := b.XLoad(ir.Tag, v.st, idx, vm.JITItemsOff, ClassDequeItems)
	b.Guard(ir.EQ, tag, b.KTag(uint64(x.Tag())), snap)
	if x.Tag() == gc.TagNone {
		return r.constOperand(x), nil
	}
	return operand{x, b.KTag(uint64(x.Tag())), b.XLoad(payloadType(x.Tag()), v.st, idx, vm.JITItemsOff+8, ClassDequeItems)}, nil
}

// dequeSet stores the deque slot word at off (an int payload) in the IR
// and the overlay.
func (r *recorder) dequeSet(v dequeView, off uint32, val ir.Ref, now int64) {
	r.b.FStore(v.d.val, int64(off), val, ClassDequeSlots)
	r.mem[v.ref+off] = uint64(now)
}

// dequeBump adds one to the mutation counter, as dqBump does.
func (r *recorder) dequeBump(v dequeView) {
	b := r.b
	s := b.FLoad(ir.Int, v.d.val, vm.JITDequeStateOff, ClassDequeSlots)
	r.dequeSet(v, vm.JITDequeStateOff, b.Op2(ir.IADD, ir.Int, s, b.KInt(1)), int64(r.word(v.ref+vm.JITDequeStateOff))+1)
}

// ringStore stores x at ring index idx (the IR and the overlay, whose
// ring is at stAddr).
func (r *recorder) ringStore(st ir.Ref, stAddr uint32, idx ir.Ref, idxV int64, x operand) {
	b := r.b
	b.XStore(st, idx, vm.JITItemsOff, x.tag, ClassDequeItems)
	b.XStore(st, idx, vm.JITItemsOff+8, x.val, ClassDequeItems)
	off := stAddr + vm.JITItemsOff + 16*uint32(idxV)
	r.mem[off], r.mem[off+8] = uint64(x.v.Tag()), x.v.Bits()
}

// loadMethodDeque records LOADMETHOD of a deque method the recorder
// knows: the method is a constant under the type guards. ok is false
// when the receiver is not a deque.
func (r *recorder) loadMethodDeque(ins bytecode.Instr) (ok bool, err error) {
	obj := r.read(ins.B())
	if !r.isDeque(obj) {
		return false, nil
	}
	name, err := r.attrName(ins.C())
	if err != nil {
		return true, err
	}
	m, found := r.m.JITDequeMethod(obj.v, name)
	if _, known := dequeMethods[name]; !known || !found {
		return true, r.abort("deque method " + name)
	}
	r.dequeGuards(obj)
	r.write(ins.A(), r.constOperand(m))
	r.write(ins.A()+1, obj)
	return true, nil
}

// callDeque records CALLMETHOD of a deque method loaded by
// loadMethodDeque; ok is false for other calls.
func (r *recorder) callDeque(ins bytecode.Instr) (next int, ok bool, err error) {
	if ins.Op() != bytecode.CALLMETHOD {
		return 0, false, nil
	}
	a := ins.A()
	fn, self := r.read(a), r.read(a+1)
	if fn.v.Tag() != vm.JITTagBuiltin || self.v.IsEmpty() || !r.isDeque(self) {
		return 0, false, nil
	}
	name := ""
	for n := range dequeMethods {
		if m, known := r.m.JITDequeMethod(self.v, n); known && m == fn.v {
			name = n
		}
	}
	switch {
	case name == "":
		return 0, false, nil
	case ins.C() != 0 || ins.B() != dequeMethods[name]:
		return 0, true, r.abort("deque." + name + " with other arguments")
	case len(r.stack) > 0:
		return 0, true, r.abort("deque." + name + " in an inlined function")
	}
	r.guardConst(fn)
	res := r.constOperand(gc.None())
	switch name {
	case "append", "appendleft":
		err = r.dequeAppend(self, r.read(a+2), name == "appendleft")
	default:
		res, err = r.dequePop(self, name == "popleft")
	}
	if err != nil {
		return 0, true, err
	}
	r.write(a, res)
	return r.pc + 1, true, nil
}

// dequePop records pop() (left: popleft()) of a non-empty deque: the
// item loaded, its ring slot emptied, head (left) and length updated,
// the counter bumped.
func (r *recorder) dequePop(d operand, left bool) (operand, error) {
	b := r.b
	v := r.dequeLoad(d)
	if v.nV == 0 {
		return operand{}, r.abort("pop from an empty deque while recording")
	}
	snap := r.snap(r.pc)
	b.Guard(ir.GT, v.n, b.KInt(0), snap)
	idx, idxV := v.head, v.headV
	if !left {
		idx, idxV = r.ringIndex(v, b.Op2(ir.ISUB, ir.Int, v.n, b.KInt(1)), v.nV-1)
	}
	x, err := r.ringItem(v, idx, idxV, snap)
	if err != nil {
		return operand{}, err
	}
	r.ringStore(v.st, v.stAddr, idx, idxV, operand{gc.Empty(), b.KTag(uint64(gc.TagEmpty)), b.KInt(0)})
	if left {
		mask := b.Op2(ir.ISUB, ir.Int, v.cap, b.KInt(1))
		h := b.Op2(ir.IAND, ir.Int, b.Op2(ir.IADD, ir.Int, v.head, b.KInt(1)), mask)
		r.dequeSet(v, vm.JITDequeHeadOff, h, (v.headV+1)&(v.capV-1))
	}
	r.dequeSet(v, vm.JITDequeLenOff, b.Op2(ir.ISUB, ir.Int, v.n, b.KInt(1)), v.nV-1)
	r.dequeBump(v)
	return x, nil
}

// dequeAppend records append(x) (left: appendleft(x)) on an unbounded
// deque: with room, the store at the ring index past the last item (or
// before the head); with the ring full, in a side trace, the growth
// helper first (append only).
func (r *recorder) dequeAppend(d, x operand, left bool) error {
	b := r.b
	if x.v.IsEmpty() {
		return r.abort("append of an unbound value")
	}
	v := r.dequeLoad(d)
	snap := r.snap(r.pc)
	if gc.Tag(r.word(v.ref+vm.JITDequeMaxlenOff)) != gc.TagNone {
		return r.abort("append to a bounded deque")
	}
	ml := b.FLoad(ir.Tag, d.val, vm.JITDequeMaxlenOff, ClassDequeSlots)
	b.Guard(ir.EQ, ml, b.KTag(uint64(gc.TagNone)), snap)
	full := v.nV >= v.capV
	if full && !r.speculateRoom() {
		if left {
			return r.abort("deque.appendleft that grows the deque while recording")
		}
		return r.dequeAppendGrow(v, x, snap)
	}
	b.Guard(ir.LT, v.n, v.cap, snap)
	if full {
		// A root trace records the path with room: its first run exits
		// at the guard, the interpreter grows the ring; the overlay
		// grows it too (unrolled, head 0), as the interpreter will.
		if err := r.growDequeOverlay(v); err != nil {
			return err
		}
		v.stAddr, v.headV, v.capV = uint32(r.word(v.ref+vm.JITDequeStoreOff+8)), 0, v.capV*2
	}
	if left {
		mask := b.Op2(ir.ISUB, ir.Int, v.cap, b.KInt(1))
		h := b.Op2(ir.IAND, ir.Int, b.Op2(ir.IADD, ir.Int, v.head, mask), mask)
		hV := (v.headV + v.capV - 1) & (v.capV - 1)
		r.ringStore(v.st, v.stAddr, h, hV, x)
		r.dequeSet(v, vm.JITDequeHeadOff, h, hV)
	} else {
		idx, idxV := r.ringIndex(v, v.n, v.nV)
		r.ringStore(v.st, v.stAddr, idx, idxV, x)
	}
	r.dequeSet(v, vm.JITDequeLenOff, b.Op2(ir.IADD, ir.Int, v.n, b.KInt(1)), v.nV+1)
	r.dequeBump(v)
	return nil
}

// dequeAppendGrow records append(x) on a full ring: a guard that it is
// still full, the growth helper (its result the new ring, head 0), the
// store at index n.
func (r *recorder) dequeAppendGrow(v dequeView, x operand, snap ir.SnapID) error {
	b := r.b
	b.Guard(ir.GE, v.n, v.cap, snap)
	if err := r.growDequeOverlay(v); err != nil {
		return err
	}
	ns := b.Call(r.helper(DequeGrowHelper), snap, v.d.val)
	r.ringStore(ns, uint32(r.word(v.ref+vm.JITDequeStoreOff+8)), v.n, v.nV, x)
	r.dequeSet(v, vm.JITDequeLenOff, b.Op2(ir.IADD, ir.Int, v.n, b.KInt(1)), v.nV+1)
	r.dequeBump(v)
	return nil
}

// growDequeOverlay grows v's ring in the overlay as dqGrow does: double
// the capacity, items unrolled from the head, head 0.
func (r *recorder) growDequeOverlay(v dequeView) error {
	addr, err := r.growRing(v.stAddr, uint32(v.headV), uint32(v.capV-1), uint32(v.nV), 2*v.capV)
	if err != nil {
		return err
	}
	r.mem[v.ref+vm.JITDequeStoreOff+8] = uint64(addr)
	r.mem[v.ref+vm.JITDequeHeadOff] = 0
	return nil
}

// dequeTruth records the truth of a deque (its length is not zero); ok
// is false for anything else.
func (r *recorder) dequeTruth(o operand) (t bool, ref ir.Ref, ok bool) {
	if !r.isDeque(o) {
		return false, 0, false
	}
	v := r.dequeLoad(o)
	return v.nV != 0, r.b.Cmp(ir.NE, v.n, r.b.KInt(0)), true
}

// dequeLen records len(d) of a deque.
func (r *recorder) dequeLen(o operand) operand {
	v := r.dequeLoad(o)
	return operand{gc.Int(v.nV), r.b.KTag(uint64(gc.TagInt)), v.n}
}

// getItemDeque records GETITEM of a deque by an int (a negative index
// counts from the end); ok is false when the container is not a deque.
func (r *recorder) getItemDeque(ins bytecode.Instr) (ok bool, err error) {
	b := r.b
	d, idx := r.read(ins.B()), r.read(ins.C())
	if !r.isDeque(d) {
		return false, nil
	}
	if idx.v.Tag() != gc.TagInt {
		return true, r.abort("subscript of a deque by a non-int")
	}
	v := r.dequeLoad(d)
	i := idx.v.Int()
	j, jV := idx.val, i
	snap := r.snap(r.pc)
	if i < 0 {
		b.Guard(ir.LT, idx.val, b.KInt(0), snap)
		j, jV = b.Op2(ir.IADD, ir.Int, idx.val, v.n), i+v.nV
	} else if !idx.val.IsConst() {
		b.Guard(ir.GE, idx.val, b.KInt(0), snap)
	}
	if jV < 0 || jV >= v.nV {
		return true, r.abort("index out of range while recording")
	}
	b.Bounds(j, v.n, snap)
	ri, riV := r.ringIndex(v, j, jV)
	x, err := r.ringItem(v, ri, riV, snap)
	if err != nil {
		return true, err
	}
	r.write(ins.A(), x)
	return true, nil
}
