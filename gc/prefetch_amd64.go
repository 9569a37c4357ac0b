// prefetch_amd64.go declares prefetch, written in assembly: Go has no
// portable prefetch, and the allocator wants one (see Heap.pop).

package gc

import "unsafe"

// prefetch asks the CPU to bring the cache line at p into the cache
// without waiting for it. p must point into the heap's memory.
//
//go:noescape
func prefetch(p unsafe.Pointer)
