// reserve_other.go stands in for reserve_unix.go on systems where the heap's
// fixed-address reservation is not implemented: New fails there.

//go:build !(linux || darwin)

package gc

import "errors"

type reservation struct {
	all       []byte
	committed uint64
}

func reserve(uint64) (*reservation, error) {
	return nil, errors.New("gc: the heap needs mmap and mprotect (linux or darwin)")
}

func (r *reservation) commit(uint64) error      { return nil }
func (r *reservation) Reallocate(uint64) []byte { return nil }
func (r *reservation) Free()                    {}
func (r *reservation) release() error           { return nil }
