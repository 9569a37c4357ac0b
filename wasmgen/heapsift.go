// heapsift.go builds the wasm module of the heapq helpers a trace calls
// instead of the host helpers h_heappush/h_heappop for tuple items
// (docs/jit.md "Heaps sifted in wasm (session 17)"): heapq.heappush and
// heapq.heappop on an exact list whose compared items are tuples that
// compare as tuples of ints, the priority queue's usual (priority, node),
// done on the list's storage in linear memory with CPython's sift and
// CPython's comparisons, one for one. Anything else a sift would compare
// (a tuple holding a float, a str, a bool, a big int, or an item that is
// not a tuple), a full list (the push must grow it) or an empty one is
// handed to the host helper of the same signature, which decides as
// before (and fails, so that the trace exits, when only Python code can
// compare). The wasm functions decide everything before they write, so a
// hand-over finds the list as it was.
//
// Trace modules import these functions from HeapSiftModule(rt), not from
// the runtime host module rt: every helper whose name starts with
// HeapSiftPrefix is such a function (lower.go).

package wasmgen

import "github.com/hotloop/hotloop/gc"

// HeapSiftPrefix starts the name of every trace helper that is a function
// of the runtime's heap sift module.
const HeapSiftPrefix = "wq_"

// HeapSiftModule is the name of the module that defines the heap sift
// helpers, for a runtime host module named rt.
func HeapSiftModule(rt string) string { return rt + "_heapq" }

// HeapSiftLayout is where the sift finds what it reads: the vm's list and
// tuple layout and the tags it compares.
type HeapSiftLayout struct {
	ListStorageOff uint32 // offset in a list block of its storage block's Ref (a slot's payload)
	ListLenOff     uint32 // offset of the list's length word
	ItemsOff       uint32 // offset in a storage or tuple block of item 0's tag word (16 bytes an item)
	CountOff       uint32 // offset of the header word whose low 32 bits count a block's value slots
	TagInt         gc.Tag
	TagTuple       gc.Tag
}

// HeapSiftNames names the two helpers and the host helpers they fall back
// to (imported from the runtime host module).
type HeapSiftNames struct {
	Push, PushHost string // (list i32, item i32) -> (ok i32)
	Pop, PopHost   string // (list i32) -> (item i32, ok i32)
}

// BuildHeapSiftModule returns the binary of the heap sift module: it
// imports the heap memory (memModule.memName) and the two host helpers
// from rt, and exports the push and the pop.
func BuildHeapSiftModule(name, memModule, memName, rt string, lay HeapSiftLayout, names HeapSiftNames) ([]byte, error) {
	m := NewModule()
	m.Name = name
	pushSig := Sig([]ValType{I32, I32}, I32)
	popSig := Sig([]ValType{I32}, I32, I32)
	pushHost := m.ImportFunc(rt, names.PushHost, pushSig)
	popHost := m.ImportFunc(rt, names.PopHost, popSig)
	m.ImportMemory(memModule, memName, Limits{Min: 0})
	less := m.NewFunc("tuple_less", Sig([]ValType{I32, I32}, I32))
	emitTupleLess(less, lay)
	item := m.NewFunc("tuple_item", Sig([]ValType{I32, I32}, I32))
	emitTupleItem(item, lay)
	push := m.NewFunc(names.Push, pushSig)
	emitHeapPush(push, lay, less.Index(), item.Index(), pushHost)
	m.ExportFunc(names.Push, push.Index())
	pop := m.NewFunc(names.Pop, popSig)
	emitHeapPop(pop, lay, less.Index(), item.Index(), popHost)
	m.ExportFunc(names.Pop, pop.Index())
	return m.Bytes()
}

// Answers of tuple_less.
const (
	lessNo      = 0
	lessYes     = 1
	lessUnknown = 2 // the host must compare
)

// emitTupleLess writes tuple_less(a, b): a < b for two tuples as CPython
// compares them when every item pair it looks at is a pair of ints (the
// first pair that differs decides; all equal, the shorter is less);
// lessUnknown as soon as a pair it looks at is not two ints.
func emitTupleLess(f *Func, lay HeapSiftLayout) {
	const a, b = 0, 1
	f.NameLocal(a, "a")
	f.NameLocal(b, "b")
	na := f.NamedLocal(I32, "na")
	nb := f.NamedLocal(I32, "nb")
	end := f.NamedLocal(I32, "end")
	x := f.NamedLocal(I64, "x")
	y := f.NamedLocal(I64, "y")
	f.LocalGet(a)
	f.I32Load(lay.CountOff)
	f.LocalSet(na)
	f.LocalGet(b)
	f.I32Load(lay.CountOff)
	f.LocalSet(nb)
	// end = a + ItemsOff + 16*min(na, nb); a and b step to their items
	f.LocalGet(na)
	f.LocalGet(nb)
	f.LocalGet(na)
	f.LocalGet(nb)
	f.I32LtU()
	f.Select()
	f.I32Const(4)
	f.I32Shl()
	f.LocalGet(a)
	f.I32Add()
	f.I32Const(int32(lay.ItemsOff))
	f.I32Add()
	f.LocalSet(end)
	f.LocalGet(a)
	f.I32Const(int32(lay.ItemsOff))
	f.I32Add()
	f.LocalSet(a)
	f.LocalGet(b)
	f.I32Const(int32(lay.ItemsOff))
	f.I32Add()
	f.LocalSet(b)
	loop := f.Loop()
	{
		f.LocalGet(a)
		f.LocalGet(end)
		f.I32Eq()
		f.If()
		f.LocalGet(na)
		f.LocalGet(nb)
		f.I32LtU()
		f.Return()
		f.End()
		// both ints, or the host decides
		f.LocalGet(a)
		f.I64Load(0)
		f.I64Const(int64(lay.TagInt))
		f.I64Ne()
		f.LocalGet(b)
		f.I64Load(0)
		f.I64Const(int64(lay.TagInt))
		f.I64Ne()
		f.I32Or()
		f.If()
		f.I32Const(lessUnknown)
		f.Return()
		f.End()
		f.LocalGet(a)
		f.I64Load(8)
		f.LocalTee(x)
		f.LocalGet(b)
		f.I64Load(8)
		f.LocalTee(y)
		f.I64Ne()
		f.If()
		f.LocalGet(x)
		f.LocalGet(y)
		f.I64LtS()
		f.Return()
		f.End()
		f.LocalGet(a)
		f.I32Const(16)
		f.I32Add()
		f.LocalSet(a)
		f.LocalGet(b)
		f.I32Const(16)
		f.I32Add()
		f.LocalSet(b)
		f.Br(f.LabelDepth(loop))
	}
	f.End()
	f.Unreachable()
	f.End()
}

// emitTupleItem writes tuple_item(items, i): the Ref of item i of the
// item array at items when it is a tuple, 0 otherwise.
func emitTupleItem(f *Func, lay HeapSiftLayout) {
	const items, i = 0, 1
	f.NameLocal(items, "items")
	f.NameLocal(i, "i")
	p := f.NamedLocal(I32, "p")
	f.LocalGet(i)
	f.I32Const(4)
	f.I32Shl()
	f.LocalGet(items)
	f.I32Add()
	f.LocalTee(p)
	f.I64Load(0)
	f.I64Const(int64(lay.TagTuple))
	f.I64Eq()
	f.If(I32)
	f.LocalGet(p)
	f.I32Load(8)
	f.Else()
	f.I32Const(0)
	f.End()
	f.End()
}

// emitListHead loads a list's items address, length and (when capacity is
// not 0) its storage's capacity into locals.
func emitListHead(f *Func, lay HeapSiftLayout, lst, items, n, capacity uint32) {
	f.LocalGet(lst)
	f.I32Load(lay.ListStorageOff)
	f.LocalTee(items)
	if capacity != 0 {
		f.I32Load(lay.CountOff)
		f.LocalSet(capacity)
		f.LocalGet(items)
	}
	f.I32Const(int32(lay.ItemsOff))
	f.I32Add()
	f.LocalSet(items)
	f.LocalGet(lst)
	f.I32Load(lay.ListLenOff)
	f.LocalSet(n)
}

// emitCopyItem copies item src of items to item dst (indexes in locals).
func emitCopyItem(f *Func, items, dst, src uint32) {
	addr := func(i uint32) {
		f.LocalGet(i)
		f.I32Const(4)
		f.I32Shl()
		f.LocalGet(items)
		f.I32Add()
	}
	addr(dst)
	addr(src)
	f.I64Load(0)
	f.I64Store(0)
	addr(dst)
	addr(src)
	f.I64Load(8)
	f.I64Store(8)
}

// emitPutTuple writes the tuple ref (a local) as item i of items.
func emitPutTuple(f *Func, lay HeapSiftLayout, items, i, ref uint32) {
	f.LocalGet(i)
	f.I32Const(4)
	f.I32Shl()
	f.LocalGet(items)
	f.I32Add()
	f.LocalTee(i)
	f.I64Const(int64(lay.TagTuple))
	f.I64Store(0)
	f.LocalGet(i)
	f.LocalGet(ref)
	f.I64ExtendI32U()
	f.I64Store(8)
}

// emitHeapPush writes heappush(list, item) for a tuple item: CPython's
// _siftdown of the appended item, its final position found first (the
// parents it passes compared with it, read only), then the parents moved
// down along the path and the item stored.
func emitHeapPush(f *Func, lay HeapSiftLayout, less, item, host uint32) {
	const lst, it = 0, 1
	f.NameLocal(lst, "list")
	f.NameLocal(it, "item")
	items := f.NamedLocal(I32, "items")
	n := f.NamedLocal(I32, "n")
	capacity := f.NamedLocal(I32, "capacity")
	pos := f.NamedLocal(I32, "pos")
	par := f.NamedLocal(I32, "parent")
	p := f.NamedLocal(I32, "p")
	fallback := f.Block()
	emitListHead(f, lay, lst, items, n, capacity)
	f.LocalGet(n)
	f.LocalGet(capacity)
	f.I32GeU()
	f.BrIf(f.LabelDepth(fallback)) // the host grows the list
	// The final position, read only.
	f.LocalGet(n)
	f.LocalSet(pos)
	up := f.Block()
	loop := f.Loop()
	{
		f.LocalGet(pos)
		f.I32Eqz()
		f.BrIf(f.LabelDepth(up))
		f.LocalGet(items)
		f.LocalGet(pos)
		f.I32Const(1)
		f.I32Sub()
		f.I32Const(1)
		f.I32ShrU()
		f.LocalTee(par)
		f.Call(item)
		f.LocalTee(p)
		f.I32Eqz()
		f.BrIf(f.LabelDepth(fallback))
		f.LocalGet(it)
		f.LocalGet(p)
		f.Call(less)
		f.LocalTee(p)
		f.I32Const(lessUnknown)
		f.I32Eq()
		f.BrIf(f.LabelDepth(fallback))
		f.LocalGet(p)
		f.I32Eqz()
		f.BrIf(f.LabelDepth(up))
		f.LocalGet(par)
		f.LocalSet(pos)
		f.Br(f.LabelDepth(loop))
	}
	f.End()
	f.End() // up
	// The writes: parents down from n to pos, the item at pos.
	f.LocalGet(n)
	f.LocalSet(p)
	move := f.Block()
	loop = f.Loop()
	{
		f.LocalGet(p)
		f.LocalGet(pos)
		f.I32Eq()
		f.BrIf(f.LabelDepth(move))
		f.LocalGet(p)
		f.I32Const(1)
		f.I32Sub()
		f.I32Const(1)
		f.I32ShrU()
		f.LocalSet(par)
		emitCopyItem(f, items, p, par)
		f.LocalGet(par)
		f.LocalSet(p)
		f.Br(f.LabelDepth(loop))
	}
	f.End()
	f.End() // move
	emitPutTuple(f, lay, items, pos, it)
	f.LocalGet(lst)
	f.LocalGet(n)
	f.I32Const(1)
	f.I32Add()
	f.I64ExtendI32U()
	f.I64Store(lay.ListLenOff)
	f.I32Const(1)
	f.Return()
	f.End() // fallback
	f.LocalGet(lst)
	f.LocalGet(it)
	f.Call(host)
	f.End()
}

// emitHeapPop writes heappop(list) of a tuple: CPython's heappop (the last
// item taken off, then _siftup from the root: the hole goes down along the
// smaller children to a leaf, and the last item rises back from there).
// Read only first: the path down (each child pair compared as CPython
// does), then the last item compared with the items on the path from the
// leaf up (after the moves, each position's parent holds the item that
// was at the position); then the path from the final position to the root
// shifted up by one, the last item stored at the final position, its old
// slot cleared and the length decremented.
func emitHeapPop(f *Func, lay HeapSiftLayout, less, item, host uint32) {
	const lst = 0
	f.NameLocal(lst, "list")
	items := f.NamedLocal(I32, "items")
	n := f.NamedLocal(I32, "n")
	top := f.NamedLocal(I32, "top")
	last := f.NamedLocal(I32, "last")
	pos := f.NamedLocal(I32, "pos")
	child := f.NamedLocal(I32, "child")
	x := f.NamedLocal(I32, "x")
	y := f.NamedLocal(I32, "y")
	zero := f.NamedLocal(I32, "zero")
	ct := f.NamedLocal(I64, "carrytag")
	cp := f.NamedLocal(I64, "carry")
	tt := f.NamedLocal(I64, "tag")
	tp := f.NamedLocal(I64, "payload")
	fallback := f.Block()
	emitListHead(f, lay, lst, items, n, 0)
	f.LocalGet(n)
	f.I32Eqz()
	f.BrIf(f.LabelDepth(fallback))
	f.LocalGet(items)
	f.LocalGet(zero)
	f.Call(item)
	f.LocalTee(top)
	f.I32Eqz()
	f.BrIf(f.LabelDepth(fallback)) // not a tuple: another helper's
	f.LocalGet(n)
	f.I32Const(1)
	f.I32Sub()
	f.LocalTee(n) // from here n is the new length
	f.If()
	{
		f.LocalGet(items)
		f.LocalGet(n)
		f.Call(item)
		f.LocalTee(last)
		f.I32Eqz()
		f.BrIf(f.LabelDepth(fallback))
		// Down to a leaf along the smaller children.
		f.I32Const(1)
		f.LocalSet(child)
		down := f.Block()
		loop := f.Loop()
		{
			f.LocalGet(child)
			f.LocalGet(n)
			f.I32GeU()
			f.BrIf(f.LabelDepth(down))
			f.LocalGet(child)
			f.I32Const(1)
			f.I32Add()
			f.LocalGet(n)
			f.I32LtU()
			f.If()
			{
				// not heap[child] < heap[right]: the right one
				f.LocalGet(items)
				f.LocalGet(child)
				f.Call(item)
				f.LocalTee(x)
				f.I32Eqz()
				f.BrIf(f.LabelDepth(fallback))
				f.LocalGet(items)
				f.LocalGet(child)
				f.I32Const(1)
				f.I32Add()
				f.Call(item)
				f.LocalTee(y)
				f.I32Eqz()
				f.BrIf(f.LabelDepth(fallback))
				f.LocalGet(x)
				f.LocalGet(y)
				f.Call(less)
				f.LocalTee(x)
				f.I32Const(lessUnknown)
				f.I32Eq()
				f.BrIf(f.LabelDepth(fallback))
				f.LocalGet(child)
				f.LocalGet(x)
				f.I32Eqz()
				f.I32Add()
				f.LocalSet(child)
			}
			f.End()
			f.LocalGet(child)
			f.LocalTee(pos)
			f.I32Const(1)
			f.I32Shl()
			f.I32Const(1)
			f.I32Add()
			f.LocalSet(child)
			f.Br(f.LabelDepth(loop))
		}
		f.End()
		f.End() // down
		// Up while the last item is less than what its parent would hold.
		up := f.Block()
		loop = f.Loop()
		{
			f.LocalGet(pos)
			f.I32Eqz()
			f.BrIf(f.LabelDepth(up))
			f.LocalGet(items)
			f.LocalGet(pos)
			f.Call(item)
			f.LocalTee(x)
			f.I32Eqz()
			f.BrIf(f.LabelDepth(fallback))
			f.LocalGet(last)
			f.LocalGet(x)
			f.Call(less)
			f.LocalTee(x)
			f.I32Const(lessUnknown)
			f.I32Eq()
			f.BrIf(f.LabelDepth(fallback))
			f.LocalGet(x)
			f.I32Eqz()
			f.BrIf(f.LabelDepth(up))
			f.LocalGet(pos)
			f.I32Const(1)
			f.I32Sub()
			f.I32Const(1)
			f.I32ShrU()
			f.LocalSet(pos)
			f.Br(f.LabelDepth(loop))
		}
		f.End()
		f.End() // up
		// The writes: the last item at pos, what each position on the
		// path from pos up held moved to its parent (a carried item).
		f.I64Const(int64(lay.TagTuple))
		f.LocalSet(ct)
		f.LocalGet(last)
		f.I64ExtendI32U()
		f.LocalSet(cp)
		shift := f.Block()
		loop = f.Loop()
		{
			f.LocalGet(pos)
			f.I32Const(4)
			f.I32Shl()
			f.LocalGet(items)
			f.I32Add()
			f.LocalTee(x)
			f.I64Load(0)
			f.LocalSet(tt)
			f.LocalGet(x)
			f.I64Load(8)
			f.LocalSet(tp)
			f.LocalGet(x)
			f.LocalGet(ct)
			f.I64Store(0)
			f.LocalGet(x)
			f.LocalGet(cp)
			f.I64Store(8)
			f.LocalGet(pos)
			f.I32Eqz()
			f.BrIf(f.LabelDepth(shift))
			f.LocalGet(tt)
			f.LocalSet(ct)
			f.LocalGet(tp)
			f.LocalSet(cp)
			f.LocalGet(pos)
			f.I32Const(1)
			f.I32Sub()
			f.I32Const(1)
			f.I32ShrU()
			f.LocalSet(pos)
			f.Br(f.LabelDepth(loop))
		}
		f.End()
		f.End() // shift
	}
	f.End()
	// The vacated slot cleared (as listSetLen does), the new length.
	f.LocalGet(n)
	f.I32Const(4)
	f.I32Shl()
	f.LocalGet(items)
	f.I32Add()
	f.LocalTee(x)
	f.I64Const(0)
	f.I64Store(0)
	f.LocalGet(x)
	f.I64Const(0)
	f.I64Store(8)
	f.LocalGet(lst)
	f.LocalGet(n)
	f.I64ExtendI32U()
	f.I64Store(lay.ListLenOff)
	f.LocalGet(top)
	f.I32Const(1)
	f.Return()
	f.End() // fallback
	f.LocalGet(lst)
	f.Call(host)
	f.End()
}
