// fastlist.go restates the list accessors the dispatch loop uses (listLen,
// listItems, the list iterator's index) as single loads from linear memory.
// run is large enough that Go's inliner only inlines callees of cost 20 or
// less into it; listLen and listItems cost 31 and 76, so the list fast
// paths of GETITEM, SETITEM and FORITER each made one or two real calls,
// with the register spills around them, for what is two or three loads.
// Callers check the tag (TagList, kind list iterator) and the bounds.

package vm

import (
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// listLenOff is the offset of a list's length word (raw word 0, after its
// one value slot, the storage reference) from the start of its block.
const listLenOff = gc.HeaderSize + gc.ValueSize

// listIterIdxOff is the offset of a list iterator's index word (raw word 0
// after its one value slot, the list) from the start of its block.
const listIterIdxOff = gc.HeaderSize + gc.ValueSize

// listN is listLen: the length word of list v.
func (vm *VM) listN(v gc.Value) int64 {
	return *(*int64)(unsafe.Add(vm.base, uintptr(v.Ref())+listLenOff))
}

// listStoreOff is the offset of the payload (the block reference) of a
// list's storage slot (value slot 0; a Value keeps its payload at byte 8).
const listStoreOff = gc.HeaderSize + 8

// listData returns the linear-memory offset of item 0 of list v: its
// storage block's first value slot.
func (vm *VM) listData(v gc.Value) uintptr {
	return uintptr(*(*uint32)(unsafe.Add(vm.base, uintptr(v.Ref())+listStoreOff))) + gc.HeaderSize
}

// valAt returns the address of the i-th value from offset data (one of
// listData's results; 0 <= i < the list's length).
func (vm *VM) valAt(data uintptr, i int64) *gc.Value {
	return (*gc.Value)(unsafe.Add(vm.base, data+uintptr(i)*gc.ValueSize))
}

// iterIdx returns the address of a list iterator's index word.
func (vm *VM) iterIdx(r gc.Ref) *int64 {
	return (*int64)(unsafe.Add(vm.base, uintptr(r)+listIterIdxOff))
}

// prefetchAhead is how many items ahead of a list iteration FORITER asks
// the cache for the object an item refers to: far enough for the line to
// arrive before the loop body reads it. A list iterated in order visits
// its items' objects in list order, which after a few collections is not
// address order, so the hardware prefetcher does not see it coming;
// CPython's freshly built objects tend to be in address order instead (its
// allocator reuses at once what each temporary freed).
const prefetchAhead = 4

// refAddr returns the address of object r in linear memory.
func (vm *VM) refAddr(r gc.Ref) unsafe.Pointer { return unsafe.Add(vm.base, uintptr(r)) }
