// reserve_unix.go holds the address-space reservation behind the heap: 4 GiB
// mapped PROT_NONE once, made readable and writable page by page as the wasm
// memory grows, so the memory's base address never moves.

//go:build linux || darwin

package gc

import (
	"fmt"
	"syscall"
)

// reservation is a wazero experimental.LinearMemory over one mapping.
type reservation struct {
	all       []byte // the whole mapping, mostly PROT_NONE
	committed uint64 // bytes at the front that the memory has
}

// reserve maps size bytes of inaccessible, unbacked address space.
func reserve(size uint64) (*reservation, error) {
	b, err := syscall.Mmap(-1, 0, int(size), syscall.PROT_NONE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return nil, fmt.Errorf("gc: reserving %d bytes of address space: %w", size, err)
	}
	adviseHugePages(b) // hugepage_linux.go
	return &reservation{all: b}, nil
}

// commit makes the first size bytes readable and writable. Past the
// huge-page floor the writable part ends on a huge-page boundary
// (writableEnd, hugepage_linux.go).
func (r *reservation) commit(size uint64) error {
	if size > uint64(len(r.all)) {
		return fmt.Errorf("gc: committing %d bytes of a %d-byte reservation", size, len(r.all))
	}
	if size > r.committed {
		if writable := r.writable(); size > writable {
			end := min(writableEnd(size), uint64(len(r.all)))
			if err := syscall.Mprotect(r.all[writable:end], syscall.PROT_READ|syscall.PROT_WRITE); err != nil {
				return err
			}
		}
		r.committed = size
	}
	return nil
}

// writable is how many bytes at the front of the mapping are readable and
// writable: the committed ones, and above the floor up to the next
// huge-page boundary.
func (r *reservation) writable() uint64 {
	return min(writableEnd(r.committed), uint64(len(r.all)))
}

// Reallocate commits the first size bytes and returns them, with the
// capacity of the largest memory. It never moves them; it returns nil
// (wazero's "cannot grow") if the kernel refuses. The large capacity
// matters: see Heap.grow.
func (r *reservation) Reallocate(size uint64) []byte {
	if r.commit(size) != nil {
		return nil
	}
	return r.all[: size : MaxPages*PageSize]
}

// Free does nothing. wazero v1.12.0 calls it when any module importing the
// memory is closed, while the memory is still in use (and then forgets this
// LinearMemory); the mapping is released by release, from Heap.Close.
func (r *reservation) Free() {}

// release unmaps the reservation. Nothing may touch the memory afterwards.
func (r *reservation) release() error {
	if r.all == nil {
		return nil
	}
	err := syscall.Munmap(r.all)
	r.all, r.committed = nil, 0
	return err
}
