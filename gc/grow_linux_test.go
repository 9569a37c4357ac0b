// grow_linux_test.go checks that growing the memory does not make its new
// pages resident, even after a growth and the closing of an importer, which
// used to make wazero grow by appending zeros (Heap.grow, forgetAllocator).

//go:build linux

package gc

import (
	"context"
	"syscall"
	"testing"
	"unsafe"

	"github.com/tetratelabs/wazero"
)

// residentBytes returns how many bytes of b (page aligned) are resident,
// by mincore(2).
func residentBytes(t *testing.T, b []byte) uint64 {
	t.Helper()
	page := syscall.Getpagesize()
	vec := make([]byte, (len(b)+page-1)/page)
	_, _, errno := syscall.Syscall(syscall.SYS_MINCORE, uintptr(unsafe.Pointer(&b[0])),
		uintptr(len(b)), uintptr(unsafe.Pointer(&vec[0])))
	if errno != 0 {
		t.Fatalf("mincore: %v", errno)
	}
	var n uint64
	for _, v := range vec {
		n += uint64(v & 1)
	}
	return n * uint64(page)
}

func TestGrowLeavesNewPagesUnresident(t *testing.T) {
	ctx := context.Background()
	const budget = 64 << 10
	h := newHeap(t, Config{InitialPages: 64, MinTrigger: budget, FixedGrowth: true})
	probe, err := h.Runtime().InstantiateWithConfig(ctx, probeModule(), wazero.NewModuleConfig().WithName("probe"))
	if err != nil {
		t.Fatal(err)
	}
	// Before session 28, a growth while wazero still knew the allocator set
	// its idea of the memory's capacity to the new size; closing an
	// importer then made it forget the allocator, and from then on its Grow
	// appended zeros to the buffer. New now makes it forget the allocator
	// before any growth, so this sequence must write nothing.
	if _, err := h.Alloc(1, 0, 4<<20); err != nil {
		t.Fatal(err)
	}
	if err := probe.Close(ctx); err != nil {
		t.Fatal(err)
	}
	// A raw block that just passes the end: the memory grows by a quarter
	// of its size, far more than the block needs. Alloc clears nothing
	// above CtlFresh and the block's header lies below the old end, so no
	// new page should be resident.
	before := len(h.Bytes())
	if _, err := h.Alloc(1, 0, before-int(h.u32(CtlTop))); err != nil {
		t.Fatal(err)
	}
	if len(h.Bytes())-before < 1<<20 {
		t.Fatalf("the memory grew by %d bytes, want at least 1 MiB", len(h.Bytes())-before)
	}
	grown := h.Bytes()[before:]
	if res := residentBytes(t, grown); res != 0 {
		t.Fatalf("%d KiB of the %d KiB the memory grew by are resident, want none",
			res>>10, len(grown)>>10)
	}
	verify(t, h)
}
