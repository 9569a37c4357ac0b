// jitalloc.go holds what traces that build tuples and lists, grow lists
// and use deques need from the VM: the gc kinds and tags of the blocks
// they allocate (so a block a trace makes is exactly the one newTuple or
// newList would make), the empty tuple, and the runtime helpers a trace
// calls to grow a list's storage or to work on a deque. A helper never
// runs Python code and never collects (gc.Heap.Alloc does not); when it
// cannot do its work (the heap is exhausted, the deque is empty, the
// deque is bounded) it reports failure and the trace exits, so the
// interpreter runs the instruction and raises whatever it raises.
// docs/jit.md "Lists, tuples and deques in traces".

package vm

import "github.com/hotloop/hotloop/gc"

// Layout facts of tuples and lists for the recorder.
const (
	JITKindTuple   = kindTuple   // a tuple's block: its items are its value slots
	JITKindList    = kindList    // a list's block: slot 0 its storage, raw word 0 its length
	JITKindStorage = kindStorage // a list's (or deque's) item storage: the items are its value slots
	JITTagStorage  = TagStorage  // the tag of a list's slot 0
	JITListMinCap  = 4           // newList's smallest storage
	JITListSlots   = 1           // a list block's value slots
	JITListRaw     = 8           // a list block's raw bytes (the length word)
	// JITKindTupleIter is a tuple iterator's kind: the list iterator's
	// layout (slot 0 the tuple, emptied once exhausted; raw word 0 the
	// next index).
	JITKindTupleIter = kindTupleIter
	// JITKindEnumerate is an enumerate object's kind: slot 0 the
	// iterator it wraps, slot 1 the next count.
	JITKindEnumerate = kindEnumerate
)

// JITEmptyTuple is the one empty tuple (BUILDTUPLE of nothing).
func (vm *VM) JITEmptyTuple() gc.Value { return vm.emptyTuple }

// JITListGrowCap is the capacity listReserve gives a storage of capacity
// c that must hold n items: the recorder mirrors growth with it.
func JITListGrowCap(c, n int) int {
	nc := c*2 + 4
	if nc < n {
		nc = n
	}
	return nc
}

// JITListGrow makes room for one more item in list lst (an exact list
// whose storage is full) as listReserve does, and returns the new
// storage. ok is false when the heap is exhausted (the interpreter then
// raises MemoryError).
func (vm *VM) JITListGrow(lst gc.Ref) (st gc.Ref, ok bool) {
	old := vm.slot(lst, 0).Ref()
	c := vm.numSlots(old)
	ln := int(vm.rawU64(lst, 1, 0))
	if ln < c {
		return old, true
	}
	nc := JITListGrowCap(c, ln+1)
	ns, err := vm.heap.Alloc(kindStorage, nc, 0)
	if err != nil {
		return 0, false
	}
	old = vm.slot(lst, 0).Ref() // unchanged: Alloc never collects
	copy(vm.slotsOf(ns, ln), vm.slotsOf(old, ln))
	vm.setSlot(lst, 0, mkref(TagStorage, ns))
	return ns, true
}

// Layout of an exact deque for the recorder: fixed value slots of the
// instance (mod_collections.go). The ring is a storage block whose
// capacity is a power of two; item i is at ring index (head+i) & (cap-1).
const (
	JITDequeStoreOff  = gc.HeaderSize + dqStore*gc.ValueSize     // tag word of the ring slot (TagStorage once set up)
	JITDequeHeadOff   = gc.HeaderSize + dqHead*gc.ValueSize + 8  // payload of the head slot (an int)
	JITDequeLenOff    = gc.HeaderSize + dqLen*gc.ValueSize + 8   // payload of the length slot (an int)
	JITDequeMaxlenOff = gc.HeaderSize + dqMaxlen*gc.ValueSize    // tag word of the maxlen slot (None when unbounded)
	JITDequeStateOff  = gc.HeaderSize + dqState*gc.ValueSize + 8 // payload of the mutation counter (an int)
)

// JITDequeType returns the type of v when v is an exact
// collections.deque whose ring is set up (a subclass may override its
// methods in Python: not one).
// version is the type's version word (a trace guards it).
func (vm *VM) JITDequeType(v gc.Value) (tp gc.Ref, version uint64, ok bool) {
	if v.Tag() != TagObject {
		return 0, 0, false
	}
	t := vm.typeOf(v)
	if !t.native || t.Module != "collections" || t.Qualname != "deque" {
		return 0, 0, false
	}
	if vm.slot(v.Ref(), dqStore).Tag() != TagStorage {
		return 0, 0, false
	}
	return t.ref, t.version, true
}

// JITDequeMethod returns the builtin method name of deque v's type (v as
// JITDequeType accepts).
func (vm *VM) JITDequeMethod(v gc.Value, name string) (gc.Value, bool) {
	m, ok := vm.lookup(vm.typeOf(v), vm.intern(name))
	if !ok || m.Tag() != TagBuiltin {
		return vEmpty, false
	}
	return m, true
}

// JITDequeGrow doubles the ring of deque d (full) as dqGrow does and
// returns the new ring; ok is false when the heap is exhausted.
func (vm *VM) JITDequeGrow(d gc.Ref) (gc.Ref, bool) {
	ring, head, n := vm.dqRing(d)
	if n < len(ring) {
		return vm.slot(d, dqStore).Ref(), true
	}
	ns, err := vm.heap.Alloc(kindStorage, len(ring)*2, 0)
	if err != nil {
		return 0, false
	}
	ring, head, n = vm.dqRing(d) // unchanged: Alloc never collects
	dst := vm.slotsOf(ns, len(ring)*2)
	mask := len(ring) - 1
	for i := 0; i < n; i++ {
		dst[i] = ring[(head+i)&mask]
	}
	vm.setSlot(d, dqStore, mkref(TagStorage, ns))
	vm.setSlot(d, dqHead, gc.Int(0))
	return ns, true
}
