// loopfunc_items.go lowers a loop function's list accesses (GETITEM and
// SETITEM on exact lists) and remembers, along each straight run of
// code, what is known of the items already touched: the item's address
// (so that `perm[lo]` read and then written, or `count[r]` read,
// written and read again, pays one index sign fix-up and one bounds
// compare, not three) and its tag (an item read with its tag checked,
// or written, has that tag until a store of another tag: its tag is not
// checked again nor stored again). The facts are dropped at every join
// of the control flow (a loop header, a forward jump's target, an entry
// hop), and those of a register when an instruction writes it. Lists
// are never resized by compiled code (their storage is in locals for
// the whole run), so an address stays valid while its list and index
// registers hold the same values. docs/jit.md "Fannkuch's compiled code
// (session 18)".

package jit

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// itemKey names an item by its list and index registers.
type itemKey struct{ list, idx int }

// itemFact is what the code emitted so far knows of an item here.
type itemFact struct {
	addr   bool   // the key's address local holds the item's address (the index is in range)
	tagged bool   // the item's tag is tag
	tag    gc.Tag //
}

// itemsReset forgets every item fact (a join of the control flow).
func (g *loopGen) itemsReset() { clear(g.items) }

// itemsKill forgets the facts that involve register r (just written).
func (g *loopGen) itemsKill(r int) {
	for k := range g.items {
		if k.list == r || k.idx == r {
			delete(g.items, k)
		}
	}
}

// itemAddr returns the address local of key, declaring it at first use.
func (g *loopGen) itemAddr(k itemKey) uint32 {
	l, ok := g.addrs[k]
	if !ok {
		l = g.f.Local(wasmgen.I32)
		g.addrs[k] = l
	}
	return l
}

// itemAddress leaves in key's address local the address of item R[idx]
// of the list in R[list] (its tag word; the payload is 8 further),
// exiting at pc when the index is out of range, unless it is known.
func (g *loopGen) itemAddress(pc int, k itemKey) (addr uint32, fact itemFact) {
	addr = g.itemAddr(k)
	fact = g.items[k]
	if fact.addr {
		return addr, fact
	}
	f, l, idx := g.f, g.lists[k.list], g.locals[k.idx]
	if c, ok := g.konstOf(k.idx); ok && c >= 0 && c < 1<<24 {
		// a constant index (loopfunc_const.go): no sign fix-up
		f.LocalGet(l[0])
		f.I64Const(c)
		f.I64LeU()
		g.exitIf(pc)
		f.LocalGet(l[1])
		f.I32Const(int32(c) << 4)
		f.I32Add()
		f.LocalSet(addr)
		fact.addr = true
		return addr, fact
	}
	f.LocalGet(idx)
	if g.p.rangeOf(pc, k.idx).lo < 0 {
		// a negative index counts from the end
		f.LocalGet(l[0])
		f.I64Const(0)
		f.LocalGet(idx)
		f.I64Const(0)
		f.I64LtS()
		f.Select() // a select, not an if: no basic blocks for wazero to allocate across
		f.I64Add()
	}
	f.LocalTee(g.t)
	f.LocalGet(l[0])
	f.I64GeU()
	g.exitIf(pc)
	f.LocalGet(l[1])
	f.LocalGet(g.t)
	f.I32WrapI64()
	f.I32Const(4)
	f.I32Shl()
	f.I32Add()
	f.LocalSet(addr)
	fact.addr = true
	return addr, fact
}

// getItem emits R[a] = R[b][R[c]], the item's tag checked against the
// plan's expectation (an exit at pc otherwise) unless already known.
func (g *loopGen) getItem(pc, a, b, c int) {
	f := g.f
	tag := gc.TagInt
	if g.p.itemKinds[pc] == lBool {
		tag = gc.TagBool
	}
	k := itemKey{b, c}
	addr, fact := g.itemAddress(pc, k)
	if fact.tagged && fact.tag == tag {
		f.LocalGet(addr)
		f.I64Load(vm.JITItemsOff + 8)
		f.LocalSet(g.locals[a])
	} else {
		// the payload first, then the tag at the lower address: one
		// bounds check of wazero's covers both loads
		f.LocalGet(addr)
		f.I64Load(vm.JITItemsOff + 8)
		f.LocalSet(g.u)
		f.LocalGet(addr)
		f.I64Load(vm.JITItemsOff)
		f.I64Const(int64(tag))
		f.I64Ne()
		g.exitIf(pc)
		f.LocalGet(g.u)
		f.LocalSet(g.locals[a])
	}
	g.items[k] = itemFact{addr: true, tagged: true, tag: tag}
}

// setItem emits R[a][R[b]] = R[c] (an int or a bool); the tag is not
// stored when the item is known to have it already.
func (g *loopGen) setItem(pc, a, b, c int) {
	f := g.f
	tag := gc.TagInt
	if g.p.states[pc][c].k == lBool {
		tag = gc.TagBool
	}
	k := itemKey{a, b}
	addr, fact := g.itemAddress(pc, k)
	f.LocalGet(addr)
	f.LocalGet(g.locals[c])
	f.I64Store(vm.JITItemsOff + 8)
	if !fact.tagged || fact.tag != tag {
		f.LocalGet(addr)
		f.I64Const(int64(tag))
		f.I64Store(vm.JITItemsOff)
		// another list or index register may name the same item: a
		// tag known to differ from this one may be stale now
		for o, of := range g.items {
			if of.tagged && of.tag != tag {
				of.tagged = false
				g.items[o] = of
			}
		}
	}
	g.items[k] = itemFact{addr: true, tagged: true, tag: tag}
}
