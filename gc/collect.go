// collect.go holds the collector: roots (the vm's Roots, the root stack for
// Go code, permanent roots), marking with an explicit stack, and a sweep
// that walks every block in address order, coalesces neighbouring free
// blocks, rebuilds the free lists and drops side-table entries.

package gc

import (
	"encoding/binary"
	"fmt"
	"time"
	"unsafe"
)

// Roots is implemented by the vm: MarkRoots hands the collector every value
// held outside the heap (frames, module dicts, caches).
type Roots interface {
	MarkRoots(m *Marker)
}

// Marker marks roots. It is valid only during a call to Roots.MarkRoots.
type Marker struct{ h *Heap }

// Value marks v if it is a reference.
func (m *Marker) Value(v Value) {
	if v.tag >= TagRef {
		m.h.mark(v.bits)
	}
}

// Values marks each of vs.
func (m *Marker) Values(vs []Value) {
	for _, v := range vs {
		m.Value(v)
	}
}

// Range marks n values stored contiguously from offset off, such as a
// register file kept in linear memory outside any object.
func (m *Marker) Range(off uint32, n int) { m.h.scan(off, n) }

// SetRoots installs the vm's roots, consulted by every collection.
func (h *Heap) SetRoots(r Roots) { h.roots = r }

// AddPermanentRoot keeps v alive for the heap's lifetime (interned
// constants, builtins).
func (h *Heap) AddPermanentRoot(v Value) { h.permanent = append(h.permanent, v) }

// RootSlot names one entry of the root stack.
type RootSlot int

// PushRoot keeps v alive until the matching PopRoot, for Go code that holds
// a reference across a safepoint: defer h.PopRoot(h.PushRoot(v)).
func (h *Heap) PushRoot(v Value) RootSlot {
	h.rootStack = append(h.rootStack, v)
	return RootSlot(len(h.rootStack) - 1)
}

// PopRoot pops s, which must be the top of the root stack: popping out of
// order is a bug in the caller, and panics.
func (h *Heap) PopRoot(s RootSlot) {
	if int(s) != len(h.rootStack)-1 {
		panic(fmt.Sprintf("gc: PopRoot(%d) with %d roots pushed", s, len(h.rootStack)))
	}
	h.rootStack = h.rootStack[:s]
}

// SetRoot replaces the value held in s.
func (h *Heap) SetRoot(s RootSlot, v Value) { h.rootStack[s] = v }

// Root returns the value held in s.
func (h *Heap) Root(s RootSlot) Value { return h.rootStack[s] }

// RootDepth returns the number of values on the root stack.
func (h *Heap) RootDepth() int { return len(h.rootStack) }

// PopRootsTo drops every root pushed since the stack had depth entries, as
// when an exception unwinds Go code. It panics if fewer are pushed.
func (h *Heap) PopRootsTo(depth int) {
	if depth > len(h.rootStack) || depth < 0 {
		panic(fmt.Sprintf("gc: PopRootsTo(%d) with %d roots pushed", depth, len(h.rootStack)))
	}
	clear(h.rootStack[depth:])
	h.rootStack = h.rootStack[:depth]
}

// MaybeCollect is a safepoint: it collects if enough has been allocated
// since the last collection (always, in stress mode) and reports whether it
// did. Every reference Go code holds across it must be rooted.
func (h *Heap) MaybeCollect() bool {
	if int64(h.u64(CtlBudget)) > 0 {
		return false
	}
	h.Collect()
	return true
}

// Collect collects now: everything not reachable from the roots is freed.
func (h *Heap) Collect() {
	start := time.Now()
	var startCPU time.Duration
	if !h.cfg.Stress { // stress mode collects at every safepoint: spare it two system calls each
		startCPU = cpuNow()
	}
	if h.roots != nil {
		h.roots.MarkRoots(&h.marker)
	}
	h.marker.Values(h.rootStack)
	h.marker.Values(h.permanent)
	h.drain()
	live, objects := h.sweep()

	pause := time.Since(start)
	s := &h.stats
	s.TotalAlloc += h.trigger - h.u64(CtlBudget)
	s.LiveAfterGC, s.LiveObjects = live, objects
	s.MaxLiveAfterGC = max(s.MaxLiveAfterGC, live)
	s.Collections++
	s.PauseTotal += pause
	s.PauseLast = pause
	s.PauseMax = max(s.PauseMax, pause)
	if !h.cfg.Stress {
		endCPU := cpuNow()
		h.gcShare = nextGCShare(h.gcShare, endCPU-startCPU, startCPU-h.lastEnd, h.lean, s.Collections == 1)
	}
	h.setTrigger(live)
	// Twice the budget stays resident: a cycle allocates its budget and
	// also bumps past free blocks too small for its objects, and keeping
	// only the budget made bigint fault the same pages in after each of
	// its 527 collections (20% more CPU time). In stress mode the budget
	// is 0, so MinTrigger stands in for it: releasing every free page at
	// every safepoint made stress runs several times slower.
	s.Released = h.releaseFree(2 * max(h.trigger, h.cfg.MinTrigger))
	s.ReleasedTotal += s.Released
	if !h.cfg.Stress {
		h.lastEnd = cpuNow()
	}
}

// cheapGCShare is the share of time below which collecting is cheap
// enough to run it twice as often for a smaller heap (setTrigger).
const cheapGCShare = 0.03

// nextGCShare folds one collection into the running estimate of the share
// of time spent collecting at the full budget: pause is the CPU time the
// collection took, mutator the CPU time since the previous one ended. A lean budget
// collects about twice as often, so its share is halved to estimate the
// full budget's. The first collection sets the estimate; later ones are
// averaged with it, so that one odd cycle does not flip the policy.
func nextGCShare(prev float64, pause, mutator time.Duration, lean, first bool) float64 {
	if pause <= 0 {
		pause = 1
	}
	share := float64(pause) / float64(pause+max(mutator, 0))
	if lean {
		share /= 2
	}
	if first {
		return share
	}
	return (prev + share) / 2
}

// ChargeExternal counts n bytes of Go memory that a heap object keeps
// alive through its side table (string bytes, bigint digits) against the
// allocation budget, so that a program allocating mostly side-table data
// still reaches a collection and its dead payloads are freed. Without it a
// loop building big ints grows the Go heap without bound while the gc heap
// itself stays small.
func (h *Heap) ChargeExternal(n uint64) {
	h.setU64(CtlBudget, h.u64(CtlBudget)-n)
}

// ExemptFromTrigger says that a live block allocated with no value slots
// and n raw bytes does not count when the next budget is computed from the
// live bytes: a block allocated once and mostly never touched, such as the
// vm's 16 MiB register stack, whose pages are not resident. Counted, it
// would let every program's heap grow by GrowthFactor-1 times its size in
// garbage before the first collection, and peak RSS with it. The whole
// block is exempt, with the header and the rounding Alloc added.
func (h *Heap) ExemptFromTrigger(n uint64) {
	size := max((HeaderSize+n+blockAlign-1)&^(blockAlign-1), minBlock)
	if size >= roundMin {
		size = roundLarge(size)
	}
	h.exempt += size
}

// setTrigger sets the allocation budget after which MaybeCollect collects:
// GrowthFactor-1 times the live bytes, at least MinTrigger (both halved
// while collections take less than cheapGCShare of the time), but at most
// half of the room left under the limit, so that a heap near its limit
// collects more often instead of failing.
func (h *Heap) setTrigger(live uint64) {
	if h.cfg.Stress {
		h.trigger = 0
		h.setU64(CtlBudget, 0)
		return
	}
	counted := live - min(live, h.exempt)
	factor, floor := h.cfg.GrowthFactor-1, h.cfg.MinTrigger
	h.lean = !h.cfg.FixedGrowth && h.gcShare < cheapGCShare
	if h.lean {
		factor, floor = factor/2, floor/2
	}
	t := max(uint64(float64(counted)*factor), floor)
	if limit := uint64(h.cfg.LimitPages) * PageSize; limit > HeapStart+live {
		t = min(t, (limit-HeapStart-live)/2)
	}
	h.trigger = t
	h.setU64(CtlBudget, t)
}

// mark marks the object at offset bits and queues it for scanning.
func (h *Heap) mark(bits uint64) {
	h.markStack = markIn(h.mem, uint64(h.u32(CtlTop)), bits, h.markStack)
}

// markIn marks the object at offset bits of mem, which ends at top, and
// returns stack with the object pushed if it has values to scan. A
// reference that is not a live block means the heap is corrupt, and panics.
func markIn(mem []byte, top, bits uint64, stack []Ref) []Ref {
	if bits == 0 {
		return stack // a null reference
	}
	if bits >= top || bits < HeapStart || bits%blockAlign != 0 {
		corrupt(bits, "outside the heap")
	}
	hdr := mem[bits : bits+HeaderSize]
	f := hdr[HdrFlags]
	if f&(flagMark|flagFree) != 0 {
		if f&flagFree != 0 {
			corrupt(bits, "a free block")
		}
		return stack
	}
	hdr[HdrFlags] = f | flagMark
	if binary.LittleEndian.Uint32(hdr[HdrNumVals:]) != 0 {
		stack = append(stack, Ref(bits))
	}
	return stack
}

// corrupt reports a reference that cannot be followed.
func corrupt(bits uint64, what string) {
	panic(fmt.Sprintf("gc: reference to %#x, %s", bits, what))
}

// scan marks the references among n values stored from offset off.
func (h *Heap) scan(off uint32, n int) {
	h.markStack = scanIn(h.mem, uint64(h.u32(CtlTop)), h.mem[off:off+uint32(n)*ValueSize], h.markStack)
}

// scanIn marks the references among vals, values in mem.
func scanIn(mem []byte, top uint64, vals []byte, stack []Ref) []Ref {
	for i := 0; i+ValueSize <= len(vals); i += ValueSize {
		v := vals[i : i+ValueSize]
		if Tag(binary.LittleEndian.Uint64(v)) >= TagRef {
			stack = markIn(mem, top, binary.LittleEndian.Uint64(v[8:]), stack)
		}
	}
	return stack
}

// markAhead is how many references drain has prefetched and not yet
// marked (a power of two).
const markAhead = 8

// drain scans queued objects until none is left.
//
// Marking an object reads its header, a cache miss on a big heap. So drain
// does not mark a reference when it finds it: it prefetches the header and
// puts the reference in a ring of markAhead, marking the one it displaces,
// whose header has had the time of the next few references to arrive. The
// order of marking does not matter; a corrupt reference still panics, a
// few references later.
func (h *Heap) drain() {
	mem, top, stack := h.mem, uint64(h.u32(CtlTop)), h.markStack
	var ring [markAhead]uint64
	pending, next := 0, 0 // references in ring; the slot to fill next
	for {
		n := len(stack)
		if n == 0 {
			if pending == 0 {
				break
			}
			// Flush the ring; what it marks may queue more work.
			for i := range ring[:pending] {
				stack = markIn(mem, top, ring[i], stack)
			}
			pending, next = 0, 0
			continue
		}
		r := uint32(stack[n-1])
		stack = stack[:n-1]
		nvals := binary.LittleEndian.Uint32(mem[r+HdrNumVals:])
		vals := mem[r+HeaderSize : r+HeaderSize+nvals*ValueSize]
		for i := 0; i+ValueSize <= len(vals); i += ValueSize {
			v := vals[i : i+ValueSize]
			if Tag(binary.LittleEndian.Uint64(v)) < TagRef {
				continue
			}
			bits := binary.LittleEndian.Uint64(v[8:])
			if bits == 0 {
				continue
			}
			if bits < top {
				prefetch(unsafe.Pointer(&mem[bits]))
			}
			if pending == markAhead {
				stack = markIn(mem, top, ring[next], stack)
			} else {
				pending++
			}
			ring[next] = bits
			next = (next + 1) & (markAhead - 1)
		}
	}
	h.markStack = stack
}

// sweep walks every block: marked ones are unmarked and counted, the rest
// are freed, and each run of free blocks becomes one free block, except a
// run at the end of the heap, which goes back to the bump pointer.
//
// The free lists are rebuilt in address order (each run is appended at its
// list's tail), so that allocation then walks the heap forwards, which the
// hardware prefetcher follows; pushing each run at the head, as addFree
// does, handed blocks out backwards and made each reuse a cache miss.
func (h *Heap) sweep() (live, objects uint64) {
	fresh := h.u32(CtlFresh)
	clear(h.mem[CtlNonEmpty:RuntimeAreaStart]) // every free list, small and large
	h.setU32(CtlFresh, fresh)
	var fl freeLists
	h.freeRuns, h.smallFree = h.freeRuns[:0], 0
	top := h.u32(CtlTop)
	run := uint32(0) // start of the current run of free blocks, or 0
	for off := uint32(HeapStart); off < top; {
		size, f := h.u32(off+HdrBlockSize), h.mem[off+HdrFlags]
		switch {
		case f&flagMark != 0:
			h.mem[off+HdrFlags] = f &^ flagMark
			live += uint64(size)
			objects++
			if run != 0 {
				h.appendFree(&fl, run, off-run)
				run = 0
			}
		default:
			if f&(flagFree|flagSide) == flagSide {
				h.freeSide(h.u32(off + HdrAux))
			}
			if h.cfg.Poison && f&flagFree == 0 {
				poison(h.mem[off+HeaderSize : off+size])
			}
			if run == 0 {
				run = off
			}
		}
		off += size
	}
	if run != 0 {
		h.setU32(CtlTop, run)
	}
	h.setU64(CtlNonEmpty, fl.nonEmpty)
	return live, objects
}

// freeLists is the state of a sweep's free-list rebuild: the last block
// appended to each list (index numClasses: the large list) and the bits of
// the small classes that received a block.
type freeLists struct {
	tails    [numClasses + 1]uint32
	nonEmpty uint64
}

// appendFree makes [off, off+size) one free block and appends it to the
// tail of its list.
func (h *Heap) appendFree(fl *freeLists, off, size uint32) {
	hdr := h.mem[off : off+HeaderSize]
	binary.LittleEndian.PutUint64(hdr, uint64(size)|uint64(flagFree)<<40) // size, kind 0, flags free
	binary.LittleEndian.PutUint64(hdr[HdrNumVals:], 0)                    // no values, no next block
	i, head := uint32(numClasses), uint32(CtlLargeHead)
	if size <= smallMax {
		i = classOf(size)
		head = CtlFreeHeads + 4*i
		fl.nonEmpty |= 1 << i
	}
	if t := fl.tails[i]; t != 0 {
		head = t + HdrAux
	}
	h.setU32(head, off)
	fl.tails[i] = off
	if size >= releaseMin {
		h.freeRuns = append(h.freeRuns, freeRun{off, size})
	} else {
		h.smallFree += uint64(size)
	}
}

// freeRun is one free block the sweep made.
type freeRun struct{ off, size uint32 }

// releaseMin is the smallest free block whose pages releaseFree hands
// back to the kernel: below it the system calls would cost more than the
// few pages are worth.
const releaseMin = 32 << 10

// releaseFree hands the pages of free memory back to the kernel, keeping
// resident about keep bytes of it: what the program may allocate before
// the next collection, so that reusing memory rarely has to fault pages
// in again. Allocation takes free blocks in address order, so the kept
// bytes are the lowest free blocks; above them, the inside of each free
// block of at least releaseMin bytes is released (its header stays), and
// so is the memory between the bump pointer and the highest byte ever
// written, which then counts as fresh again (zero, not cleared by Alloc).
// It returns the bytes released.
//
// A wasm memory cannot shrink, and without this the heap's resident size
// only ever grew to its high-water mark: live bytes plus the garbage of one
// cycle plus every hole that fragmentation left (a list one slot longer
// than the one just freed does not fit in its block).
func (h *Heap) releaseFree(keep uint64) (released uint64) {
	kept := h.smallFree
	for _, r := range h.freeRuns {
		start := uint64(r.off + HeaderSize)
		if kept < keep {
			// Keep the run's first keep-kept bytes (all of it if it is smaller).
			part := min(keep-kept, uint64(r.size))
			kept += part
			start = max(start, uint64(r.off)+part)
			if start >= uint64(r.off+r.size) {
				continue
			}
		}
		from, to := h.pageUp(uint32(start)), h.pageDown(r.off+r.size)
		if from < to && discard(h.mem[from:to]) {
			released += uint64(to - from)
		}
	}
	top, fresh := h.u32(CtlTop), h.u32(CtlFresh)
	if fresh <= top {
		return released
	}
	start := uint64(top)
	if kept < keep {
		start += keep - kept
	}
	if start >= uint64(fresh) {
		return released
	}
	from, to := h.pageUp(uint32(start)), h.pageUp(fresh)
	if from < to && discard(h.mem[from:to]) {
		released += uint64(to - from)
		h.setU32(CtlFresh, from)
	}
	return released
}

// pageUp and pageDown round an offset to the kernel's pages.
func (h *Heap) pageUp(off uint32) uint32   { return (off + h.pageSize - 1) &^ (h.pageSize - 1) }
func (h *Heap) pageDown(off uint32) uint32 { return off &^ (h.pageSize - 1) }

// Verify checks the heap's invariants: blocks tile [HeapStart, top), no
// block is marked, and the free lists hold exactly the free blocks, each on
// the list of its size. It is for tests and debugging.
func (h *Heap) Verify() error {
	top, free := h.u32(CtlTop), 0
	if top > h.u32(CtlEnd) || int(h.u32(CtlEnd))+TailSlack != len(h.mem) {
		return fmt.Errorf("top %#x, end %#x, memory %#x", top, h.u32(CtlEnd), len(h.mem))
	}
	for off := uint32(HeapStart); off < top; {
		size, f := h.u32(off+HdrBlockSize), h.mem[off+HdrFlags]
		switch {
		case size < minBlock || size%blockAlign != 0 || uint64(off)+uint64(size) > uint64(top):
			return fmt.Errorf("block %#x has size %d", off, size)
		case f&flagMark != 0:
			return fmt.Errorf("block %#x is marked outside a collection", off)
		case f&flagFree != 0:
			free++
		case HeaderSize+uint64(h.u32(off+HdrNumVals))*ValueSize > uint64(size):
			return fmt.Errorf("block %#x: %d values do not fit in %d bytes", off, h.u32(off+HdrNumVals), size)
		case f&flagSide != 0 && int(h.u32(off+HdrAux)) >= len(h.side):
			return fmt.Errorf("block %#x: side handle %d out of range", off, h.u32(off+HdrAux))
		}
		off += size
	}
	nonEmpty := h.u64(CtlNonEmpty)
	for c := uint32(0); c <= numClasses; c++ {
		head, listed := uint32(CtlFreeHeads+4*c), 0
		if c == numClasses {
			head = CtlLargeHead
		}
		for off := h.u32(head); off != 0; off = h.u32(off + HdrAux) {
			size := h.u32(off + HdrBlockSize)
			switch {
			case off < HeapStart || off >= top || h.mem[off+HdrFlags] != flagFree:
				return fmt.Errorf("free list %d holds %#x, not a free block", c, off)
			case c < numClasses && size != classSize(c), c == numClasses && size <= smallMax:
				return fmt.Errorf("free list %d holds %#x of size %d", c, off, size)
			case free == 0:
				return fmt.Errorf("free lists hold more blocks than the heap (a cycle?)")
			}
			free--
			listed++
		}
		if c < numClasses && listed > 0 && nonEmpty&(1<<c) == 0 {
			return fmt.Errorf("free list %d is not empty but its bit is clear", c)
		}
	}
	if free != 0 {
		return fmt.Errorf("%d free blocks are on no free list", free)
	}
	return nil
}

// poisonByte fills freed blocks under Config.Poison.
const poisonByte = 0xdb

// poison overwrites the body of a block being freed.
func poison(b []byte) {
	for i := range b {
		b[i] = poisonByte
	}
}
