// allocsmall.go holds the allocator's fast path for small blocks: the same
// steps as Heap.take and Heap.alloc in the same order, writing the same
// bytes (wasmgen/allocfast.go mirrors them), but with unchecked loads and
// stores into the memory and the header written as two words. The checked
// path cost about 150 instructions per block; anything unusual (a stale
// class bit, a large block further down the list, a bump that must grow
// the memory, memory never written) goes back to it before changing any
// state, so it then starts from the same state as if called first.

package gc

import (
	"math/bits"
	"unsafe"
)

// at returns a pointer to byte off of the memory (off < len(h.mem)).
func (h *Heap) at(off uint32) unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(unsafe.SliceData(h.mem)), off)
}

// allocSmall allocates a block of need bytes (minBlock ≤ need ≤ smallMax,
// a multiple of blockAlign) as alloc does, or returns 0 when the caller
// must take the general path; nothing has changed then.
func (h *Heap) allocSmall(kind Kind, nvals uint32, need uint32, clearRaw bool) Ref {
	ctlNonEmpty := (*uint64)(h.at(CtlNonEmpty))
	c := classOf(need)
	var off, size uint32
	if m := *ctlNonEmpty >> c << c; m != 0 {
		d := uint32(bits.TrailingZeros64(m))
		head := (*uint32)(h.at(CtlFreeHeads + 4*d))
		off = *head
		if off == 0 {
			return 0 // a stale bit: take clears it and looks further
		}
		next := *(*uint32)(h.at(off + HdrAux))
		*head = next
		if next != 0 {
			prefetch(h.at(next))
		} else {
			*ctlNonEmpty &^= 1 << d
		}
		size = classSize(d)
	} else {
		large := (*uint32)(h.at(CtlLargeHead))
		if off = *large; off != 0 {
			size = *(*uint32)(h.at(off + HdrBlockSize))
			if size < need {
				return 0 // first fit further down the list
			}
			*large = *(*uint32)(h.at(off + HdrAux))
		} else {
			top := (*uint32)(h.at(CtlTop))
			if uint64(*top)+uint64(need) > uint64(*(*uint32)(h.at(CtlEnd))) {
				return 0 // the memory must grow
			}
			off, size = *top, need
			*top += need
		}
	}
	if size-need >= minBlock {
		h.addFree(off+need, size-need)
		size = need
	}
	if fresh := (*uint32)(h.at(CtlFresh)); off+size > *fresh {
		if off < *fresh {
			clear(h.mem[off:*fresh])
		}
		*fresh = off + size
	} else if clearRaw {
		clear(unsafe.Slice((*byte)(h.at(off+HeaderSize)), size-HeaderSize))
	} else if nvals != 0 {
		clear(unsafe.Slice((*byte)(h.at(off+HeaderSize)), nvals*ValueSize))
	}
	// size, kind, flags 0 and two zero bytes; value count, aux 0
	*(*uint64)(h.at(off)) = uint64(size) | uint64(kind)<<32
	*(*uint64)(h.at(off + HdrNumVals)) = uint64(nvals)
	budget := (*uint64)(h.at(CtlBudget))
	*budget -= uint64(size)
	return Ref(off)
}
