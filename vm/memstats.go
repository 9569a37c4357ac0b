// memstats.go exposes the heap's counters to the command line, for
// HOTLOOP_MEMSTATS (cmd/hotloop/memstats.go): where a program's peak
// memory goes (docs/heap.md "Where the bytes are").

package vm

import "github.com/hotloop/hotloop/gc"

// HeapStats returns the gc heap's counters.
func (vm *VM) HeapStats() gc.Stats { return vm.heap.Stats() }

// HeapBase returns the address of the heap's linear memory and the size of
// its address-space reservation, so that a report can tell the memory's
// resident pages from the rest of the process.
func (vm *VM) HeapBase() (base uintptr, size uintptr) {
	return uintptr(vm.base), 1 << 32
}
