// alloc.go holds allocation: segregated free lists for small blocks (one
// size class per 16 bytes up to 1 KiB, found through a bitmap), a first-fit
// list for large blocks, and a bump pointer that grows the memory on demand.
// Free lists are threaded through the free blocks themselves, and their
// heads live in the control block, so a trace can pop one inline.

package gc

import (
	"math/bits"
	"unsafe"

	"github.com/tetratelabs/wazero/api"
)

// Alloc allocates an object of the given kind with nvals value slots, all
// empty, followed by at least nraw raw bytes, all zero. It never collects;
// when the memory cannot grow enough it returns ErrOutOfMemory, after which
// the caller may collect at a safepoint and try again.
func (h *Heap) Alloc(kind Kind, nvals, nraw int) (Ref, error) {
	return h.alloc(kind, nvals, nraw, true)
}

// AllocRaw is Alloc for a caller that overwrites the raw bytes it needs at
// once (a big int result computed straight into its block): the value
// slots are empty, as the collector scans them, but the raw bytes hold
// whatever the block held before (zero if it is fresh, 0xdb if it was
// poisoned). It saves clearing bytes that are about to be written.
func (h *Heap) AllocRaw(kind Kind, nvals, nraw int) (Ref, error) {
	return h.alloc(kind, nvals, nraw, false)
}

// alloc allocates a block for Alloc and AllocRaw; clearRaw says whether
// the raw bytes must be zero.
func (h *Heap) alloc(kind Kind, nvals, nraw int, clearRaw bool) (Ref, error) {
	if nvals < 0 || nraw < 0 {
		panic("gc: negative allocation size")
	}
	var need uint64
	if nvals <= smallMax/ValueSize && nraw <= smallMax {
		// The common case: the size cannot overflow or pass the limit
		// (LimitPages is at least one page).
		need = (HeaderSize + uint64(nvals)*ValueSize + uint64(nraw) + blockAlign - 1) &^ (blockAlign - 1)
		if n := max(need, minBlock); n <= smallMax {
			if r := h.allocSmall(kind, uint32(nvals), uint32(n), clearRaw); r != 0 {
				return r, nil
			}
		}
	} else {
		limit := uint64(h.cfg.LimitPages) * PageSize
		if uint64(nvals) > limit/ValueSize || uint64(nraw) > limit {
			return 0, ErrOutOfMemory
		}
		need = (HeaderSize + uint64(nvals)*ValueSize + uint64(nraw) + blockAlign - 1) &^ (blockAlign - 1)
		if need > limit {
			return 0, ErrOutOfMemory
		}
	}
	return h.allocGeneral(kind, nvals, max(need, minBlock), clearRaw)
}

// allocGeneral is alloc for a block of need bytes (at least minBlock, a
// multiple of blockAlign) through take: any size, any state of the free
// lists.
func (h *Heap) allocGeneral(kind Kind, nvals int, need uint64, clearRaw bool) (Ref, error) {
	if need >= roundMin {
		if r := roundLarge(need); r <= uint64(h.cfg.LimitPages)*PageSize {
			need = r
		}
	}
	off, size := h.take(uint32(need))
	if off == 0 {
		return 0, ErrOutOfMemory
	}
	b := h.mem[off : off+size]
	// Memory never written is zero already (fresh pages of the
	// reservation): clearing it would only make it resident. A big block
	// that nothing fills at once (the register stack, a large list's
	// spare capacity) then costs memory only as it is used.
	if fresh := h.u32(CtlFresh); off+size > fresh {
		if off < fresh {
			clear(h.mem[off:fresh])
		}
		h.setU32(CtlFresh, off+size)
	} else if clearRaw {
		clear(b)
	} else {
		clear(b[:HeaderSize+nvals*ValueSize])
	}
	b[HdrKind] = byte(kind)
	h.setU32(off+HdrBlockSize, size)
	h.setU32(off+HdrNumVals, uint32(nvals))
	h.setU64(CtlBudget, h.u64(CtlBudget)-uint64(size))
	return Ref(off), nil
}

// roundMin is the smallest request that roundLarge rounds.
const roundMin = 64 << 10

// roundLarge rounds a large request up to one of eight sizes per power of
// two (at most 12.5% more), so that a block freed by a big object fits the
// next object of about its size: a program that builds a list one slot
// longer than the one it just dropped reuses its block instead of taking
// fresh memory each time (the sieve benchmark grew its heap by a list per
// round that way). The spare bytes cost nothing while unwritten.
func roundLarge(n uint64) uint64 {
	step := uint64(1) << (bits.Len64(n) - 4)
	return (n + step - 1) &^ (step - 1)
}

// take finds a free block of at least n bytes (a multiple of 16) and
// returns its offset and its size, or 0 if there is none and the memory
// cannot grow.
func (h *Heap) take(n uint32) (off, size uint32) {
	if n <= smallMax {
		c := classOf(n)
		for m := h.u64(CtlNonEmpty) >> c << c; m != 0; m &= m - 1 {
			d := uint32(bits.TrailingZeros64(m))
			if off = h.pop(d); off != 0 {
				return h.split(off, classSize(d), n)
			}
		}
	}
	if off, size = h.takeLarge(n); off != 0 {
		return h.split(off, size, n)
	}
	return h.bump(n)
}

// classOf returns the class of blocks of exactly size bytes (≤ smallMax).
func classOf(size uint32) uint32 { return size/blockAlign - 1 }

// classSize returns the block size of class c.
func classSize(c uint32) uint32 { return (c + 1) * blockAlign }

// pop takes the first block off class c's free list, or returns 0 and
// clears the class's bit if the list is empty.
//
// Reading a reused block's link is usually its first touch since the
// sweep, a cache miss on a heap bigger than the cache; pop therefore
// prefetches the block that the next pop of the class will read, so that
// its miss overlaps the interpreter's work in between.
func (h *Heap) pop(c uint32) uint32 {
	head := CtlFreeHeads + 4*c
	off := h.u32(head)
	if off != 0 {
		next := h.u32(off + HdrAux)
		h.setU32(head, next)
		if next != 0 {
			prefetch(unsafe.Pointer(&h.mem[next]))
			return off
		}
	}
	h.setU64(CtlNonEmpty, h.u64(CtlNonEmpty)&^(1<<c))
	return off
}

// takeLarge unlinks the first block on the large list of at least n bytes.
func (h *Heap) takeLarge(n uint32) (off, size uint32) {
	prev := uint32(CtlLargeHead)
	for off = h.u32(prev); off != 0; prev, off = off+HdrAux, h.u32(off+HdrAux) {
		if size = h.u32(off + HdrBlockSize); size >= n {
			h.setU32(prev, h.u32(off+HdrAux))
			return off, size
		}
	}
	return 0, 0
}

// split keeps the first n bytes of the free block at off (size bytes) and
// returns the rest to a free list, unless the rest is too small to be a
// block, in which case the caller gets it all.
func (h *Heap) split(off, size, n uint32) (uint32, uint32) {
	if size-n < minBlock {
		return off, size
	}
	h.addFree(off+n, size-n)
	return off, n
}

// addFree makes [off, off+size) one free block and puts it on its list.
func (h *Heap) addFree(off, size uint32) {
	h.setU32(off+HdrBlockSize, size)
	h.mem[off+HdrKind] = 0
	h.mem[off+HdrFlags] = flagFree
	h.setU32(off+HdrNumVals, 0)
	head := uint32(CtlLargeHead)
	if size <= smallMax {
		c := classOf(size)
		head = CtlFreeHeads + 4*c
		h.setU64(CtlNonEmpty, h.u64(CtlNonEmpty)|1<<c)
	}
	h.setU32(off+HdrAux, h.u32(head))
	h.setU32(head, off)
}

// bump carves n bytes off the end of the heap, growing the memory if it
// must: by at least a quarter of its size, so that growing is rare.
func (h *Heap) bump(n uint32) (off, size uint32) {
	top, end := uint64(h.u32(CtlTop)), uint64(h.u32(CtlEnd))
	if top+uint64(n) > end {
		pages := uint32(len(h.mem) / PageSize)
		need := uint32((top + uint64(n) - end + PageSize - 1) / PageSize)
		delta := max(need, pages/4, growMin)
		delta = min(delta, h.cfg.LimitPages-pages)
		if delta < need || !h.grow(delta) {
			return 0, 0
		}
	}
	h.setU32(CtlTop, uint32(top)+n)
	return uint32(top), n
}

// grow adds delta pages to the memory and refreshes Go's view of it.
//
// It commits the pages itself before asking wazero to grow, because closing
// any module that imports the memory makes wazero v1.12.0 forget the
// allocator: its Grow then no longer calls Reallocate. New makes wazero
// forget it before the first growth (forgetAllocator), so that wazero's
// Grow only reslices its buffer, whose capacity is the whole reservation,
// and writes nothing: the new pages stay unresident until the allocator
// reaches them. (Forgotten later, after a growth through Reallocate, wazero
// appended zeros over every new page instead, making them all resident at
// once; session 25 discarded those past the allocator's reach afterwards,
// which still left the whole growth in peak RSS for a moment.)
//
// The compiler runtime's instance of the memory (CompilerRuntime) grows
// with it, under growMu.
func (h *Heap) grow(delta uint32) bool {
	h.growMu.Lock()
	defer h.growMu.Unlock()
	old := uint64(len(h.mem))
	size := old + uint64(delta)*PageSize
	if h.res.commit(size) != nil {
		return false
	}
	if _, ok := h.memory.Grow(delta); !ok {
		return false
	}
	if h.compilerMemory != nil {
		if _, ok := h.compilerMemory.Grow(delta); !ok {
			// The interpreter's instance has grown already, and its size
			// cannot go back: the two would disagree.
			panic("gc: the compiler runtime's memory refused to grow with the heap")
		}
	}
	h.mem = h.res.all[:size:size]
	h.setU32(CtlEnd, uint32(size)-TailSlack)
	for _, m := range []api.Memory{h.memory, h.compilerMemory} {
		if m == nil {
			continue
		}
		if wasm, _ := m.Read(0, 1); m.Size() != uint32(size) || &wasm[0] != &h.mem[0] {
			panic("gc: the wasm memory moved or disagrees with the heap about its size")
		}
	}
	return true
}
