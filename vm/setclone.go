// setclone.go copies a set into an empty one in bulk. set_merge into an
// empty set whose table it sizes like the source's copies the source's
// slots one for one (set.go "setMerge"); the entries, their hashes, the
// dict index and the slot replica can then be copied as arrays, instead
// of inserting every key through a probe of the index (set(a), a.copy(),
// frozenset(a), and the first half of a | b, a ^ b, a - b for a big a).

package vm

import "github.com/hotloop/hotloop/gc"

// setCloneInto makes the empty set so a copy of set other, whose entries
// have no holes; it reports whether it did. The copy has other's entry
// numbers. Its replica (already sized by setMerge) gets what set_merge
// gives an empty set: other's slots one for one when the sizes match and
// other has no dummies, else each key placed clean in other's table order
// (set_insert_clean) from its stored hash; only the entry numbers differ
// from inserting the keys one by one, and nothing observes them (a set
// iterates in its replica's slot order). The storage has room for extra
// more entries (what the caller adds next), so that adding them does not
// copy it all again. Copying the entries as arrays, in entry order, saves
// a probe of the dict index per key and the cache misses of reading the
// entries in slot order (a | b on 27000-int sets: see docs/vm.md).
func (vm *VM) setCloneInto(so, other gc.Value, extra int) bool {
	di, odi := vm.dictIdx(so), vm.dictIdx(other)
	c, oc := di.cs, odi.cs
	if di.n != 0 || len(di.free) != 0 || c.fill != 0 || odi.n != odi.live || len(odi.free) != 0 {
		return false
	}
	ost := vm.slot(other.Ref(), 0).Ref()
	n := odi.n
	capacity := max(vm.numSlots(ost)/2, n+extra+4)
	tsize := len(odi.table)
	for tsize < capacity*3/2+1 {
		tsize *= 2
	}
	var ndi dictIndex
	st := vm.dictStorage(&ndi, capacity, tsize)
	copy(vm.slotsOf(st, 2*n), vm.slotsOf(ost, 2*n))
	vm.setSlot(so.Ref(), 0, mkref(TagStorage, st))
	di.table, di.tagMsk = ndi.table, ndi.tagMsk
	di.hashes = append(make([]int64, 0, capacity), odi.hashes[:n]...)
	di.n, di.live = n, n
	if tsize == len(odi.table) {
		copy(di.table, odi.table)
		di.ifill = odi.ifill
	} else {
		// a bigger index: placed from the hashes, as dictResizeCap does
		mask := uint64(tsize - 1)
		for e, h := range di.hashes {
			i := uint64(h) & mask
			perturb := uint64(h)
			for di.table[i] != slotEmpty {
				perturb >>= 5
				i = (i*5 + 1 + perturb) & mask
			}
			di.table[i] = di.indexWord(e, h)
		}
		di.ifill = n
	}
	if len(c.tab) == len(oc.tab) && oc.fill == oc.used {
		copy(c.tab, oc.tab)
	} else {
		// c.fill == 0: c.tab is all empty
		for _, x := range oc.tab {
			if x >= 0 {
				insertClean(c.tab, x, di.hashes[x])
			}
		}
	}
	c.fill, c.used = oc.used, oc.used
	vm.bumpVersion(so)
	return true
}

// fillEmpty sets every slot of tab to ctabEmpty: a few stores, then
// copies of the filled prefix doubling in length (memmove moves 32 bytes
// per instruction, where a store loop writes 4).
func fillEmpty(tab []int32) {
	n := min(len(tab), 16)
	for i := range n {
		tab[i] = ctabEmpty
	}
	for n < len(tab) {
		n += copy(tab[n:], tab[:n])
	}
}
