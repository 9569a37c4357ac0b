// record_heapq.go records heapq.heappush(heap, item) and
// heapq.heappop(heap) on an exact list as calls of host helpers
// (docs/jit.md "Queues and heaps in traces (session 16)"). The sift is
// vm.JITHeapPush/JITHeapPop: the interpreter's algorithm on heap words,
// comparing only items whose order is decided without Python code (ints,
// floats, exact strs, tuples of them); any other comparison makes the
// helper undo its writes and fail, and the trace exits before the call,
// which the interpreter then runs (calling __lt__, raising TypeError).
// A helper returns one word, so there is one helper per item tag: pop's
// result is the payload of an item whose tag the helper checks before it
// changes anything.
//
// The recording does the same operation on its overlay of the heap (the
// same vm code, through recMemory), so the popped item, the list's length
// and its items are right for the rest of the iteration, and a push into
// a full list grows the overlay's storage as record_alloc.go's appends do.

package trace

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
)

// HeapqClobbers is what a heapq helper writes (ir.HelperSig.Clobbers):
// the list's length and storage pointer, its storage's items, and a
// grown storage's header (vm.JITHeapPush, vm.JITHeapPop, vm.JITListGrow
// and the wasm sift of wasmgen/heapsift.go write nothing else, run no
// Python code and never collect). Namespace dicts, the frame, tuples,
// instances and iterators are not written, so a loop's global loads
// (heapq.heappush's own chain) and registers are forwarded across the
// call instead of being loaded and guarded again after each push or pop.
var HeapqClobbers = ir.ClassBit(ClassHeader) | ir.ClassBit(ClassListStorage) | ir.ClassBit(ClassListLen) | ir.ClassBit(ClassItems)

// heapqItemTags are the item tags the heap helpers exist for: those whose
// comparisons a helper can decide.
var heapqItemTags = []gc.Tag{gc.TagInt, gc.TagFloat, vm.JITTagStr, vm.JITTagTuple}

// HeapqHelper is one heapq helper: heappush of an item of tag Tag (list,
// payload; nothing returned) or heappop of one (list; the payload).
type HeapqHelper struct {
	Sig  ir.HelperSig
	Push bool
	Tag  gc.Tag
}

// HeapqHelpers lists the heapq helpers, for the runtime that implements
// them (jit/runtime_heapq.go).
var HeapqHelpers = buildHeapqHelpers()

func buildHeapqHelpers() []HeapqHelper {
	var hs []HeapqHelper
	for _, t := range heapqItemTags {
		pt := payloadType(t)
		hs = append(hs,
			HeapqHelper{Sig: ir.HelperSig{Name: fmt.Sprintf("h_heappush_v%d", t), Args: []ir.Type{ir.Ptr, pt}, Result: ir.Void, Effect: ir.Writes, Clobbers: HeapqClobbers}, Push: true, Tag: t},
			HeapqHelper{Sig: ir.HelperSig{Name: fmt.Sprintf("h_heappop_v%d", t), Args: []ir.Type{ir.Ptr}, Result: pt, Effect: ir.Writes, Clobbers: HeapqClobbers}, Tag: t})
	}
	return hs
}

// The heap sift helpers for tuple items: wasm functions of the runtime's
// heap sift module (wasmgen/heapsift.go) with the signatures and answers
// of the tuple host helpers, which they fall back to for what they cannot
// decide alone (tuples holding anything but ints where the sift compares,
// a full list).
var (
	HeapSiftPush = ir.HelperSig{Name: fmt.Sprintf("wq_heappush_v%d", vm.JITTagTuple), Args: []ir.Type{ir.Ptr, ir.Ptr}, Result: ir.Void, Effect: ir.Writes, Clobbers: HeapqClobbers}
	HeapSiftPop  = ir.HelperSig{Name: fmt.Sprintf("wq_heappop_v%d", vm.JITTagTuple), Args: []ir.Type{ir.Ptr}, Result: ir.Ptr, Effect: ir.Writes, Clobbers: HeapqClobbers}
)

// HeapSiftHost returns the host helper the heap sift helper sift falls
// back to.
func HeapSiftHost(sift ir.HelperSig) ir.HelperSig {
	push := sift.Name == HeapSiftPush.Name
	for _, h := range HeapqHelpers {
		if h.Push == push && h.Tag == vm.JITTagTuple {
			return h.Sig
		}
	}
	panic("trace: no tuple heapq host helper")
}

// heapqHelper finds the push or pop helper for items of tag t: the wasm
// sift for tuples, a host helper for the others.
func heapqHelper(push bool, t gc.Tag) (ir.HelperSig, bool) {
	switch {
	case t == vm.JITTagTuple && push:
		return HeapSiftPush, true
	case t == vm.JITTagTuple:
		return HeapSiftPop, true
	}
	for _, h := range HeapqHelpers {
		if h.Push == push && h.Tag == t {
			return h.Sig, true
		}
	}
	return ir.HelperSig{}, false
}

// recMemory is the recording's view of the heap (its overlay over the
// real memory) as the vm's heap operations see memory.
type recMemory struct{ r *recorder }

func (m recMemory) Word(off uint32) uint64       { return m.r.word(off) }
func (m recMemory) SetWord(off uint32, w uint64) { m.r.mem[off] = w }

// isHeapqCall reports whether fn is heapq.heappush or heapq.heappop.
func (r *recorder) isHeapqCall(fn operand) bool {
	_, ok := r.m.JITHeapqFunc(fn.v)
	return ok
}

// heapqCall records a call of heapq.heappush or heapq.heappop (fn, its
// identity already guarded) with args; snap is the call's snapshot.
func (r *recorder) heapqCall(fn operand, args []operand, snap ir.SnapID) (operand, error) {
	name, _ := r.m.JITHeapqFunc(fn.v)
	push := name == "heappush"
	if (push && len(args) != 2) || (!push && len(args) != 1) {
		return operand{}, r.abort("call of builtin " + name + " with other arguments")
	}
	lst := args[0]
	if lst.v.Tag() != vm.JITTagList {
		return operand{}, r.abort("call of builtin " + name + " on a non-list")
	}
	mem := recMemory{r}
	ref := uint32(lst.v.Ref())
	if !push {
		if r.word(ref+vm.JITListLenOff) == 0 {
			return operand{}, r.abort("heappop of an empty list while recording")
		}
		st := uint32(r.word(ref + vm.JITListStorageOff))
		want := gc.Tag(r.word(st + vm.JITItemsOff))
		sig, ok := heapqHelper(false, want)
		if !ok {
			return operand{}, r.abort("heappop of an item other than an int, float, str or tuple")
		}
		v, ok := r.m.JITHeapPop(mem, lst.v.Ref(), want)
		if !ok {
			return operand{}, r.abort("heappop that the interpreter must do (empty, or a comparison it decides)")
		}
		r.hostWrote(lst)
		return operand{v, r.b.KTag(uint64(want)), r.hostCall(sig, snap, lst.val)}, nil
	}
	item := args[1]
	sig, ok := heapqHelper(true, item.v.Tag())
	if !ok {
		return operand{}, r.abort("heappush of an item other than an int, float, str or tuple")
	}
	st := uint32(r.word(ref + vm.JITListStorageOff))
	n, capacity := int64(r.word(ref+vm.JITListLenOff)), int64(uint32(r.word(st+vm.JITHeaderSlotsOff)))
	if n >= capacity {
		// The helper grows the list as the interpreter would; the
		// overlay gets a grown storage to push into.
		addr, err := r.growStorage(st, uint32(n), int64(vm.JITListGrowCap(int(capacity), int(n+1))))
		if err != nil {
			return operand{}, err
		}
		r.mem[ref+vm.JITListStorageOff] = uint64(addr)
	}
	if !r.m.JITHeapPush(mem, lst.v.Ref(), item.v) {
		return operand{}, r.abort("heappush that the interpreter must do (a comparison it decides)")
	}
	r.hostWrote(lst)
	r.hostCall(sig, snap, lst.val, item.val)
	return r.constOperand(gc.None()), nil
}

// isHeapqHelperName reports whether name is a heapq helper's. The host
// call gate (hostCallWeight) does not count them: a push or pop sifts
// through log2(n) levels of the heap, comparing tuples at each, which
// dwarfs the call's own cost of some 30 ns, as a shuffle's work does
// (dijkstra's `while heap` loop of 14 bytecodes around one heappop and
// its relaxation loop around one heappush were refused by the gate and
// ran interpreted).
func isHeapqHelperName(name string) bool {
	for _, h := range HeapqHelpers {
		if h.Sig.Name == name {
			return true
		}
	}
	return false
}
