//go:build linux

package gc

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

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
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	flags := func(addr uintptr) string {
		start := fmt.Sprintf("%x-", addr)
		in := false
		for _, line := range strings.Split(string(smaps), "\n") {
			if strings.HasPrefix(line, start) {
				in = true
				continue
			}
			if in && strings.HasPrefix(line, "VmFlags:") {
				return line
			}
		}
		t.Fatalf("no mapping starting at %s in /proc/self/smaps", start)
		return ""
	}
	base := uintptr(unsafe.Pointer(&r.all[0]))
	if f := flags(base); strings.Contains(f, " hg") {
		t.Errorf("the reservation's first %d MiB: %q, want no hg flag", hugePageFloor>>20, f)
	}
	if f := flags(base + hugePageFloor); !strings.Contains(f, " hg") {
		t.Errorf("the reservation from %d MiB on: %q, want the hg (MADV_HUGEPAGE) flag", hugePageFloor>>20, f)
	}
}
