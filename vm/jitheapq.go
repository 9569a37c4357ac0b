// jitheapq.go holds the JIT's heapq.heappush and heapq.heappop (docs/jit.md
// "Queues and heaps in traces (session 16)"): the sift of mod_heapq.go
// done on heap words through a JITHeapMemory, so that the same code serves
// the trace's host helper (the real linear memory) and the recorder (its
// overlay of the memory, which a recording writes instead of the heap).
// Items are compared only when that cannot run Python code or raise:
// ints with ints, floats with floats, exact strs with strs, tuples of
// those (and identical items inside tuples, which CPython's identity
// shortcut treats as equal without calling __eq__). Any other comparison
// makes the operation fail; it then undoes its writes, so that a failed
// call has changed nothing and the interpreter can run it again.

package vm

import (
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// JITHeapMemory is the memory a JIT heap operation reads and writes, by
// byte offset of 64-bit words.
type JITHeapMemory interface {
	Word(off uint32) uint64
	SetWord(off uint32, w uint64)
}

// heapWord reads the word at off of mem, or of the linear memory when mem
// is nil (the trace's helpers: a direct load, no interface call).
func (vm *VM) heapWord(mem JITHeapMemory, off uint32) uint64 {
	if mem == nil {
		return *(*uint64)(unsafe.Add(vm.base, uintptr(off)))
	}
	return mem.Word(off)
}

// setHeapWord writes the word at off of mem, or of the linear memory when
// mem is nil.
func (vm *VM) setHeapWord(mem JITHeapMemory, off uint32, w uint64) {
	if mem == nil {
		*(*uint64)(unsafe.Add(vm.base, uintptr(off))) = w
		return
	}
	mem.SetWord(off, w)
}

// jitHeapMaxWrites bounds a heap operation's undo log: a sift writes at
// most once per level on its way down and once per level on its way up,
// and a list in a 4 GiB memory has fewer than 2^28 items.
const jitHeapMaxWrites = 2*32 + 4

// jitHeapOp is one heap operation on a list's storage in progress: its
// memory, the storage's items offset, and the log of the item slots it
// overwrote (position and old tag and payload) for undoing.
type jitHeapOp struct {
	vm    *VM
	mem   JITHeapMemory
	items uint32     // offset of item 0's tag word
	view  []gc.Value // the items (the storage's capacity) when mem is the linear memory
	n     int
	pos   [jitHeapMaxWrites]int32
	old   [jitHeapMaxWrites]gc.Value
	ok    bool // false once a comparison could not be decided
}

// get returns item i.
func (h *jitHeapOp) get(i int) gc.Value {
	if h.view != nil {
		return h.view[i]
	}
	off := h.items + 16*uint32(i)
	return gc.MakeValue(gc.Tag(h.mem.Word(off)), h.mem.Word(off+8))
}

// put writes item i.
func (h *jitHeapOp) put(i int, v gc.Value) {
	if h.view != nil {
		h.view[i] = v
		return
	}
	off := h.items + 16*uint32(i)
	h.mem.SetWord(off, uint64(v.Tag()))
	h.mem.SetWord(off+8, v.Bits())
}

// set writes item i, logging the old one; false when the log is full.
func (h *jitHeapOp) set(i int, v gc.Value) bool {
	if h.n == len(h.pos) {
		return false
	}
	h.pos[h.n] = int32(i)
	h.old[h.n] = h.get(i)
	h.n++
	h.put(i, v)
	return true
}

// undo restores every item slot the operation wrote, newest first.
func (h *jitHeapOp) undo() {
	for k := h.n - 1; k >= 0; k-- {
		h.put(int(h.pos[k]), h.old[k])
	}
	h.n = 0
}

// less is a < b when it can be decided without Python code; otherwise it
// clears h.ok (and returns false).
func (h *jitHeapOp) less(a, b gc.Value) bool {
	if h.view != nil && a.Tag() == TagTuple && b.Tag() == TagTuple {
		// The priority queue's usual case, read straight from the
		// tuples: first items that are different ints.
		x, y := h.vm.tupleItems(a), h.vm.tupleItems(b)
		if len(x) > 0 && len(y) > 0 && x[0].Tag() == gc.TagInt && y[0].Tag() == gc.TagInt && x[0] != y[0] {
			return x[0].Int() < y[0].Int()
		}
	}
	lt, ok := h.vm.jitPlainLess(h.mem, a, b, 0)
	if !ok {
		h.ok = false
	}
	return lt
}

// jitPlainLess is a < b for the plain kinds (ints, floats, exact strs,
// tuples of them) as CPython decides it; ok is false for anything else
// (mixed kinds, which raise TypeError or need an exact int/float
// comparison, NaNs inside tuples, other types, which may run __lt__).
// Tuples are read through mem: the recorder's may exist only there.
func (vm *VM) jitPlainLess(mem JITHeapMemory, a, b gc.Value, depth int) (lt, ok bool) {
	ta, tb := a.Tag(), b.Tag()
	switch {
	case ta != tb:
		return false, false
	case ta == gc.TagInt:
		return a.Int() < b.Int(), true
	case ta == gc.TagFloat:
		return a.Float() < b.Float(), true
	case ta == TagStr:
		return vm.JITStrCompare(a.Ref(), b.Ref()) < 0, true
	case ta != TagTuple || depth > 8:
		return false, false
	}
	pa, pb := uint32(a.Ref()), uint32(b.Ref())
	na, nb := int(uint32(vm.heapWord(mem, pa+8))), int(uint32(vm.heapWord(mem, pb+8)))
	for i := 0; i < min(na, nb); i++ {
		off := JITItemsOff + 16*uint32(i)
		x := gc.MakeValue(gc.Tag(vm.heapWord(mem, pa+off)), vm.heapWord(mem, pa+off+8))
		y := gc.MakeValue(gc.Tag(vm.heapWord(mem, pb+off)), vm.heapWord(mem, pb+off+8))
		if x.Tag() == gc.TagInt && y.Tag() == gc.TagInt {
			if x.Int() != y.Int() {
				return x.Int() < y.Int(), true
			}
			continue
		}
		if x == y && x.Tag() != gc.TagFloat {
			continue // identical: equal without __eq__
		}
		xy, ok := vm.jitPlainLess(mem, x, y, depth+1)
		if !ok {
			return false, false
		}
		if xy {
			return true, true
		}
		yx, ok := vm.jitPlainLess(mem, y, x, depth+1)
		if !ok {
			return false, false
		}
		if yx {
			return false, true
		}
		// Neither is less: equal, except for a NaN, which is not equal
		// to itself either (and a float compared with == by the
		// interpreter); leave those to it.
		if x.Tag() == gc.TagFloat && (x.Float() != x.Float() || y.Float() != y.Float()) {
			return false, false
		}
		if x.Tag() == TagTuple && !vm.jitPlainEqualTuples(mem, x, y, depth+1) {
			return false, false
		}
	}
	return na < nb, true
}

// jitPlainEqualTuples reports whether two tuples that neither is less than
// the other are equal, for tuples holding NaNs or tuples that do: such
// pairs compare unequal under == while neither is less.
func (vm *VM) jitPlainEqualTuples(mem JITHeapMemory, a, b gc.Value, depth int) bool {
	pa, pb := uint32(a.Ref()), uint32(b.Ref())
	n := int(uint32(vm.heapWord(mem, pa+8)))
	if n != int(uint32(vm.heapWord(mem, pb+8))) || depth > 8 {
		return false
	}
	for i := 0; i < n; i++ {
		off := JITItemsOff + 16*uint32(i)
		x := gc.MakeValue(gc.Tag(vm.heapWord(mem, pa+off)), vm.heapWord(mem, pa+off+8))
		y := gc.MakeValue(gc.Tag(vm.heapWord(mem, pb+off)), vm.heapWord(mem, pb+off+8))
		switch {
		case x.Tag() == gc.TagFloat && (x.Float() != x.Float() || y.Float() != y.Float()):
			return false
		case x.Tag() == TagTuple && !vm.jitPlainEqualTuples(mem, x, y, depth+1):
			return false
		}
	}
	return true
}

// siftDown is CPython's _siftdown on the items: the item at pos rises
// towards start while it is less than its parent.
func (h *jitHeapOp) siftDown(start, pos int) bool {
	newitem := h.get(pos)
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := h.get(parentpos)
		if !h.less(newitem, parent) {
			break
		}
		if !h.set(pos, parent) {
			return false
		}
		pos = parentpos
	}
	return h.ok && h.set(pos, newitem)
}

// siftUp is CPython's _siftup on n items: the hole at pos goes down to a
// leaf along the smaller children, then the item rises back.
func (h *jitHeapOp) siftUp(pos, n int) bool {
	start := pos
	newitem := h.get(pos)
	child := 2*pos + 1
	for child < n {
		if right := child + 1; right < n && !h.less(h.get(child), h.get(right)) {
			child = right
		}
		if !h.ok || !h.set(pos, h.get(child)) {
			return false
		}
		pos = child
		child = 2*pos + 1
	}
	return h.set(pos, newitem) && h.siftDown(start, pos)
}

// jitHeapList returns the storage's items offset, the length and the
// capacity of the exact list lst in mem.
func (vm *VM) jitHeapList(mem JITHeapMemory, lst uint32) (items uint32, n, capacity int) {
	st := uint32(vm.heapWord(mem, lst+JITListStorageOff))
	return st + JITItemsOff, int(vm.heapWord(mem, lst+JITListLenOff)), int(uint32(vm.heapWord(mem, st+8)))
}

// JITHeapPush does heapq.heappush(lst, item) on the exact list lst in mem
// (nil: the linear memory), whose storage must have room for one more
// item; ok is false (nothing changed) when it has not or when a
// comparison needs the interpreter.
func (vm *VM) JITHeapPush(mem JITHeapMemory, lst gc.Ref, item gc.Value) bool {
	items, n, capacity := vm.jitHeapList(mem, uint32(lst))
	if n >= capacity {
		return false
	}
	h := jitHeapOp{vm: vm, mem: mem, items: items, ok: true}
	if mem == nil {
		h.view = unsafe.Slice((*gc.Value)(unsafe.Add(vm.base, uintptr(items))), capacity)
	}
	if !h.set(n, item) {
		return false
	}
	vm.setHeapWord(mem, uint32(lst)+JITListLenOff, uint64(n+1))
	if !h.siftDown(0, n) {
		h.undo()
		vm.setHeapWord(mem, uint32(lst)+JITListLenOff, uint64(n))
		return false
	}
	return true
}

// JITHeapPop does heapq.heappop(lst) on the exact list lst in mem (nil:
// the linear memory) and returns the item it removes; ok is false
// (nothing changed) when the list is empty, when that item's tag is not
// want, or when a comparison needs the interpreter.
func (vm *VM) JITHeapPop(mem JITHeapMemory, lst gc.Ref, want gc.Tag) (gc.Value, bool) {
	items, n, _ := vm.jitHeapList(mem, uint32(lst))
	if n == 0 {
		return vEmpty, false
	}
	h := jitHeapOp{vm: vm, mem: mem, items: items, ok: true}
	if mem == nil {
		h.view = unsafe.Slice((*gc.Value)(unsafe.Add(vm.base, uintptr(items))), n)
	}
	top, last := h.get(0), h.get(n-1)
	if top.Tag() != want {
		return vEmpty, false
	}
	if n > 1 {
		if !h.set(0, last) || !h.siftUp(0, n-1) {
			h.undo()
			return vEmpty, false
		}
	}
	// The vacated slot is cleared, as listSetLen does.
	h.put(n-1, gc.Value{})
	vm.setHeapWord(mem, uint32(lst)+JITListLenOff, uint64(n-1))
	return top, true
}

// JITHeapqFunc reports which heapq function fn is ("heappush" or
// "heappop"), when it is the heapq module's own.
func (vm *VM) JITHeapqFunc(fn gc.Value) (string, bool) {
	name, ok := vm.JITBuiltinName(fn)
	if !ok || (name != "heappush" && name != "heappop") {
		return "", false
	}
	m, ok := vm.dictGetStr(vm.modules, vm.intern("heapq"))
	if !ok || m.Tag() != TagModule {
		return "", false
	}
	if f, ok := vm.dictGetStr(vm.slot(m.Ref(), 0), vm.intern(name)); !ok || f != fn {
		return "", false
	}
	return name, true
}
