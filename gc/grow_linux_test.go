// grow_linux_test.go checks that growing the memory does not make its new
// pages resident, even after wazero has forgotten the heap's allocator (an
// importer was closed) and grows by appending zeros (Heap.grow).

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
	h := newHeap(t, Config{InitialPages: 16})
	probe, err := h.Runtime().InstantiateWithConfig(ctx, probeModule(), wazero.NewModuleConfig().WithName("probe"))
	if err != nil {
		t.Fatal(err)
	}
	// A growth while wazero still knows the allocator sets its idea of
	// the memory's capacity to the new size; closing an importer then
	// makes it forget the allocator, and from then on its Grow appends
	// zeros to the buffer.
	if _, err := h.Alloc(1, 0, 2<<20); err != nil {
		t.Fatal(err)
	}
	if err := probe.Close(ctx); err != nil {
		t.Fatal(err)
	}
	before := len(h.Bytes())
	// One raw block of 8 MiB that nobody writes: the memory grows by at
	// least that much, and nothing should touch the new pages.
	const n = 8 << 20
	if _, err := h.Alloc(1, 0, n); err != nil {
		t.Fatal(err)
	}
	grown := h.Bytes()[before:]
	if len(grown) < n {
		t.Fatalf("the memory grew by %d bytes, want at least %d", len(grown), n)
	}
	// Alloc clears nothing above CtlFresh, so only the pages holding the
	// block's header and the memory's old tail may have been touched.
	if res := residentBytes(t, grown); res > 64<<10 {
		t.Fatalf("%d KiB of the %d KiB the memory grew by are resident, want at most 64",
			res>>10, len(grown)>>10)
	}
	verify(t, h)
}
