// hugepage_other.go is adviseHugePages where the kernel has no
// transparent huge pages to ask for (hugepage_linux.go).

//go:build !linux

package gc

// adviseHugePages does nothing.
func adviseHugePages([]byte) {}

// writableEnd is size: without huge pages there is no stretch to keep
// whole.
func writableEnd(size uint64) uint64 { return size }
