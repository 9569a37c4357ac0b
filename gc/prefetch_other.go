// prefetch_other.go is prefetch where no assembly version exists: it does
// nothing, which is always correct.

//go:build !amd64

package gc

import "unsafe"

// prefetch would bring the cache line at p into the cache; here it does
// nothing.
func prefetch(p unsafe.Pointer) {}
