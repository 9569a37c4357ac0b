// prefetch_export.go exports the cache prefetch to the interpreter, whose
// loops know which object they will touch a few iterations ahead (the
// items of a list being iterated: vm.prefetchItem) while the hardware
// prefetcher cannot guess it from addresses that are not in sequence.

package gc

import "unsafe"

// Prefetch asks the CPU to bring the cache line at p into the cache
// without waiting for it; it never faults, and does nothing where no
// prefetch instruction is available. p should point into the heap's
// memory.
func Prefetch(p unsafe.Pointer) { prefetch(p) }
