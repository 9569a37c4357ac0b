//go:build linux

package gc

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// mappingAt returns the line of /proc/self/smaps that starts the mapping
// beginning at addr ("start-end perms ...") and that mapping's VmFlags
// line; the test fails if there is none, and is skipped without smaps.
func mappingAt(t *testing.T, addr uintptr) (head, vmFlags string) {
	t.Helper()
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	start := fmt.Sprintf("%x-", addr)
	for _, line := range strings.Split(string(smaps), "\n") {
		switch {
		case strings.HasPrefix(line, start):
			head = line
		case head != "" && strings.HasPrefix(line, "VmFlags:"):
			return head, line
		}
	}
	t.Fatalf("no mapping starting at %s in /proc/self/smaps", start)
	return "", ""
}

// TestReservationAdvisesHugePages checks that the heap's reservation
// carries the huge-page advice (hugepage_linux.go) from hugePageFloor on:
// the kernel splits the mapping there, and the VmFlags of the part at
// hugePageFloor in /proc/self/smaps include "hg", those of the part
// before it do not.
func TestReservationAdvisesHugePages(t *testing.T) {
	r, err := reserve(64 << 20)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = r.release() }()
	base := uintptr(unsafe.Pointer(&r.all[0]))
	if _, f := mappingAt(t, base); strings.Contains(f, " hg") {
		t.Errorf("the reservation's first %d MiB: %q, want no hg flag", hugePageFloor>>20, f)
	}
	if _, f := mappingAt(t, base+hugePageFloor); !strings.Contains(f, " hg") {
		t.Errorf("the reservation from %d MiB on: %q, want the hg (MADV_HUGEPAGE) flag", hugePageFloor>>20, f)
	}
}

// TestWritableEndKeepsStretchesWhole checks writableEnd through commit:
// below the floor the writable part ends at the memory's size; above it,
// on the next huge-page boundary (the mapping from hugePageFloor on is
// readable and writable up to there, and not one page further), while
// the memory's own size stays what was asked.
func TestWritableEndKeepsStretchesWhole(t *testing.T) {
	r, err := reserve(64 << 20)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = r.release() }()
	const small = 1<<20 + 64<<10
	if err := r.commit(small); err != nil {
		t.Fatal(err)
	}
	if r.committed != small || r.writable() != small {
		t.Errorf("commit(%d): committed %d, writable %d; want both %d", small, r.committed, r.writable(), small)
	}
	size := uint64(hugePageFloor + 3*hugePageSize/2)
	if err := r.commit(size); err != nil {
		t.Fatal(err)
	}
	want := uint64(hugePageFloor + 2*hugePageSize)
	if r.committed != size || r.writable() != want {
		t.Errorf("commit(%d): committed %d, writable %d; want %d and %d", size, r.committed, r.writable(), size, want)
	}
	base := uintptr(unsafe.Pointer(&r.all[0]))
	line, _ := mappingAt(t, base+hugePageFloor)
	wantLine := fmt.Sprintf("%x-%x rw-p", base+hugePageFloor, base+uintptr(want))
	if !strings.HasPrefix(line, wantLine) {
		t.Errorf("the mapping at the floor: %q, want it to start %q", line, wantLine)
	}
	// A smaller commit changes nothing.
	if err := r.commit(small); err != nil || r.committed != size || r.writable() != want {
		t.Errorf("commit(%d) after commit(%d): err %v, committed %d, writable %d", small, size, err, r.committed, r.writable())
	}
}
