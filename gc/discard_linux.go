// discard_linux.go hands free pages of the memory back to the kernel with
// madvise(MADV_DONTNEED): they stop counting towards the process's
// resident memory, and read as zero when next touched.

//go:build linux

package gc

import "syscall"

// discard releases the pages of b (page aligned) and reports whether it
// did; released pages read as zero afterwards.
func discard(b []byte) bool {
	return syscall.Madvise(b, syscall.MADV_DONTNEED) == nil
}
