// allocfast.go builds the wasm side of a trace's allocations: a function
// in the trace module that does what gc.Heap.Alloc does for a small block
// in its common cases, all of whose state lives in linear memory (the
// control block's free-list heads, class bitmask, bump pointer, fresh
// mark and budget), and that calls the runtime's Go import alloc for the
// rest. A wasm-to-wasm call costs a few nanoseconds where the host call
// costs tens (docs/jit.md, "Allocation in wasm").

package wasmgen

import "github.com/hotloop/hotloop/gc"

// AllocFastName is the name of the trace module's inline allocator.
const AllocFastName = "alloc_small"

// flagFree is gc's header flag of a free block (gc/heap.go).
const flagFree = 2

// allocFastSize reports whether a block of size bytes may go through the
// inline allocator: a size with a free list of its own.
func allocFastSize(size int32) bool {
	return size >= gc.MinBlock && size <= gc.SmallMax && size%gc.BlockAlign == 0
}

// emitAllocFast defines alloc_small(size, kind, nvals) -> ptr in m, for a
// size allocFastSize accepts; slow is the index of the alloc import it
// falls back to. It returns the new function's index.
//
// It follows gc.Heap.take's order. The first non-empty small class at or
// above size's: pop its head (an empty list whose bit is stale goes to
// Go, which clears the bit and looks further). No small class: the large
// list's first block if it fits (a later one, found by walking, goes to
// Go), or else the bump pointer if the memory need not grow. A block
// bigger than size is split as gc.Heap.split does, the rest becoming a
// free block at the head of its list. Then the block is cleared up to
// CtlFresh (memory past it is still zero), its header written and the
// budget charged, as gc.Heap.alloc does.
func emitAllocFast(m *Module, slow uint32) uint32 {
	f := m.NewFunc(AllocFastName, Sig([]ValType{I32, I32, I32}, I32))
	const size, kind, nvals = 0, 1, 2
	f.NameLocal(size, "size")
	f.NameLocal(kind, "kind")
	f.NameLocal(nvals, "nvals")
	off := f.NamedLocal(I32, "off")     // the block
	bsize := f.NamedLocal(I32, "bsize") // its size before the split
	head := f.NamedLocal(I32, "head")   // address of a list head
	d := f.NamedLocal(I32, "class")     // the class popped
	rest := f.NamedLocal(I32, "rest")   // address, then size, of the split-off rest
	lim := f.NamedLocal(I32, "lim")     // end of the bytes to clear
	nonEmpty := f.NamedLocal(I64, "nonempty")

	// clearBit and setBit update CtlNonEmpty for the class in local c.
	updateBit := func(c uint32, set bool) {
		f.I32Const(0)
		f.I32Const(0)
		f.I64Load(gc.CtlNonEmpty)
		f.I64Const(1)
		f.LocalGet(c)
		f.I64ExtendI32U()
		f.I64Shl()
		if set {
			f.I64Or()
		} else {
			f.I64Const(-1)
			f.I64Xor()
			f.I64And()
		}
		f.I64Store(gc.CtlNonEmpty)
	}

	// Each of the three branches to the slow path names a block of its
	// own (toSlow), which only branches on: a br_if to a block that
	// another branch reaches is a critical edge, which wazero splits
	// after grouping instructions and then does not fuse the compare into
	// the jump (docs/jit.md "Branches that share a target (session 29)").
	ready := f.Block()
	slowPath := f.Block()
	var toSlow [3]Label // innermost first
	for i := len(toSlow) - 1; i >= 0; i-- {
		toSlow[i] = f.Block()
	}

	// The classes at or above size's that may hold a block.
	f.I32Const(0)
	f.I64Load(gc.CtlNonEmpty)
	f.I64Const(-1)
	f.LocalGet(size)
	f.I32Const(4)
	f.I32ShrU()
	f.I32Const(1)
	f.I32Sub()
	f.I64ExtendI32U()
	f.I64Shl()
	f.I64And()
	f.LocalTee(nonEmpty)
	// != 0 as one compare: wazero fuses it into the if's branch, but
	// materialises i64.eqz's flag under an i32.eqz (setcc, movzx, cmp).
	f.I64Const(0)
	f.Op(OpI64Ne)
	f.If()
	{
		// Pop the first one's head.
		f.LocalGet(nonEmpty)
		f.I64Ctz()
		f.I32WrapI64()
		f.LocalTee(d)
		f.I32Const(2)
		f.I32Shl()
		f.I32Const(gc.CtlFreeHeads)
		f.I32Add()
		f.LocalTee(head)
		f.I32Load(0)
		f.LocalTee(off)
		f.I32Eqz()
		f.BrIf(f.LabelDepth(toSlow[0]))
		f.LocalGet(head)
		f.LocalGet(off)
		f.I32Load(gc.HdrAux)
		f.LocalTee(rest)
		f.I32Store(0)
		f.LocalGet(rest)
		f.I32Eqz()
		f.If()
		updateBit(d, false)
		f.Else()
		emitTouch(f, rest, d)
		f.End()
		f.LocalGet(d)
		f.I32Const(1)
		f.I32Add()
		f.I32Const(4)
		f.I32Shl()
		f.LocalSet(bsize)
	}
	f.Else()
	{
		f.I32Const(0)
		f.I32Load(gc.CtlLargeHead)
		f.LocalTee(off)
		f.If()
		{
			// The large list's first block, if it fits.
			f.LocalGet(off)
			f.I32Load(gc.HdrBlockSize)
			f.LocalTee(bsize)
			f.LocalGet(size)
			f.I32LtU()
			f.BrIf(f.LabelDepth(toSlow[1]))
			f.I32Const(0)
			f.LocalGet(off)
			f.I32Load(gc.HdrAux)
			f.I32Store(gc.CtlLargeHead)
		}
		f.Else()
		{
			// The bump pointer, unless the memory must grow.
			f.I32Const(0)
			f.I32Load(gc.CtlTop)
			f.LocalTee(off)
			f.I32Const(0)
			f.I32Load(gc.CtlEnd)
			f.LocalGet(size)
			f.I32Sub()
			f.I32GtU()
			f.BrIf(f.LabelDepth(toSlow[2]))
			f.I32Const(0)
			f.LocalGet(off)
			f.LocalGet(size)
			f.I32Add()
			f.I32Store(gc.CtlTop)
			f.LocalGet(size)
			f.LocalSet(bsize)
		}
		f.End()
	}
	f.End()

	// Split: a rest of at least MinBlock bytes becomes a free block.
	f.LocalGet(bsize)
	f.LocalGet(size)
	f.I32Sub()
	f.LocalTee(rest)
	f.I32Const(gc.MinBlock)
	f.I32GeU()
	f.If()
	{
		f.LocalGet(off)
		f.LocalGet(size)
		f.I32Add()
		f.LocalTee(lim) // the rest's address, for a moment
		f.LocalGet(rest)
		f.I32Store(gc.HdrBlockSize)
		f.LocalGet(lim)
		f.I32Const(flagFree << 8) // kind 0, flags free
		f.I32Store16(gc.HdrKind)
		f.LocalGet(lim)
		f.I32Const(0)
		f.I32Store(gc.HdrNumVals)
		f.I32Const(gc.CtlLargeHead)
		f.LocalSet(head)
		f.LocalGet(rest)
		f.I32Const(gc.SmallMax)
		f.I32LeU()
		f.If()
		{
			f.LocalGet(rest)
			f.I32Const(4)
			f.I32ShrU()
			f.I32Const(1)
			f.I32Sub()
			f.LocalTee(d)
			f.I32Const(2)
			f.I32Shl()
			f.I32Const(gc.CtlFreeHeads)
			f.I32Add()
			f.LocalSet(head)
			updateBit(d, true)
		}
		f.End()
		f.LocalGet(lim)
		f.LocalGet(head)
		f.I32Load(0)
		f.I32Store(gc.HdrAux)
		f.LocalGet(head)
		f.LocalGet(lim)
		f.I32Store(0)
		f.LocalGet(size)
		f.LocalSet(bsize)
	}
	f.End()
	f.Br(f.LabelDepth(ready))
	for i := range toSlow {
		f.End() // toSlow[i]
		if i < len(toSlow)-1 {
			f.Br(f.LabelDepth(slowPath))
		}
	}
	f.End() // slowPath
	f.LocalGet(size)
	f.LocalGet(kind)
	f.LocalGet(nvals)
	f.Call(slow)
	f.Return()
	f.End() // ready

	// Clear [off, min(off+bsize, CtlFresh)) and move CtlFresh past the
	// block: memory from CtlFresh on was never written.
	f.LocalGet(off)
	f.LocalGet(bsize)
	f.I32Add()
	f.LocalTee(lim)
	f.I32Const(0)
	f.I32Load(gc.CtlFresh)
	f.LocalTee(rest)
	f.I32GtU()
	f.If()
	{
		f.I32Const(0)
		f.LocalGet(lim)
		f.I32Store(gc.CtlFresh)
		f.LocalGet(rest)
		f.LocalSet(lim)
	}
	f.End()
	f.LocalGet(off)
	f.LocalSet(rest) // the clearing cursor
	done := f.Block()
	again := f.Loop()
	f.LocalGet(rest)
	f.LocalGet(lim)
	f.I32GeU()
	f.BrIf(f.LabelDepth(done))
	f.LocalGet(rest)
	f.I64Const(0)
	f.I64Store(0)
	f.LocalGet(rest)
	f.I64Const(0)
	f.I64Store(8)
	f.LocalGet(rest)
	f.I32Const(gc.BlockAlign)
	f.I32Add()
	f.LocalSet(rest)
	f.Br(f.LabelDepth(again))
	f.End()
	f.End()

	// The header gc.Heap.Alloc writes, and the budget it charges.
	f.LocalGet(off)
	f.LocalGet(bsize)
	f.I32Store(gc.HdrBlockSize)
	f.LocalGet(off)
	f.LocalGet(kind)
	f.I32Store8(gc.HdrKind)
	f.LocalGet(off)
	f.LocalGet(nvals)
	f.I32Store(gc.HdrNumVals)
	f.I32Const(0)
	f.I32Const(0)
	f.I64Load(gc.CtlBudget)
	f.LocalGet(bsize)
	f.I64ExtendI32U()
	f.I64Sub()
	f.I64Store(gc.CtlBudget)
	f.LocalGet(off)
	return f.Index()
}

// callAlloc emits the call that allocates a block of size bytes whose
// kind and slot count are already on the stack after the size: the inline
// allocator for a small size, the Go import otherwise.
func (l *lowerer) callAlloc(size int32) {
	if l.fnAllocFast >= 0 && allocFastSize(size) {
		l.f.Call(uint32(l.fnAllocFast))
		return
	}
	l.f.Call(uint32(l.fnAlloc))
}

// emitTouch stores into the header of the free block at local blk, the
// next block its class list hands out, the size word it already holds
// (every block on small class d's list is (d+1)*16 bytes). Wasm has no
// prefetch, and a load of the block would hold up the trace until the
// cache line arrives; a store does not: the store buffer fetches the
// line while the trace runs on, so the next pop's read of the block's
// link hits the cache, as gc.Heap.pop's prefetch makes it hit for the
// interpreter.
func emitTouch(f *Func, blk, d uint32) {
	f.LocalGet(blk)
	f.LocalGet(d)
	f.I32Const(1)
	f.I32Add()
	f.I32Const(4)
	f.I32Shl()
	f.I32Store(gc.HdrBlockSize)
}
