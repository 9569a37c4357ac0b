// jitlink.go gives the JIT a block of linear memory at a fixed address
// for the link words through which a trace's exits find their side traces
// (docs/jit.md "Side traces"). The block lives as long as the VM: it is a
// permanent root, never moves (the collector does not move blocks) and
// does not count towards the collection trigger.

package vm

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
)

// JITAllocFixed allocates a zeroed raw block of n bytes that lives as long
// as the VM and returns the linear-memory offset of its first byte.
func (vm *VM) JITAllocFixed(n int) (uint32, error) {
	r, err := vm.heap.Alloc(kindRegStack, 0, n)
	if err != nil {
		return 0, fmt.Errorf("vm: allocating %d bytes for the JIT: %w", n, err)
	}
	vm.heap.AddPermanentRoot(mkref(TagStorage, r))
	vm.heap.ExemptFromTrigger(uint64(n))
	// Alloc's raw bytes are zero already, and a block in fresh memory is
	// left untouched: clearing it again made all of its pages resident
	// (the JIT's 128 KiB of link words at the first hot loop, about 30
	// page faults, whether or not a trace ever uses them).
	return uint32(r) + gc.HeaderSize, nil
}
