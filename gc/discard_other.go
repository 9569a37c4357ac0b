// discard_other.go stands in for discard_linux.go where releasing pages
// is not implemented (darwin's MADV_DONTNEED does not promise zero pages
// afterwards, and the heap relies on that): free memory stays resident.

//go:build !linux

package gc

// discard releases nothing and says so.
func discard([]byte) bool { return false }
