// set.go keeps, for set and frozenset, a replica of the slot layout of
// CPython 3.11's set table (open addressing with linear probes of 9 and
// perturbed jumps, dummies on deletion, the same growth rules and merge
// paths), because a set iterates and prints in the order of its table
// slots. The entries themselves stay in the dict storage shared with dict;
// the replica maps CPython's slots to entry numbers. With str hashes equal
// to CPython's (strhash.go), sets of ints and strs print in CPython's order.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Set table constants as in CPython.
const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
	ctabEmpty    = -1
	ctabDummy    = -2
)

// cset is the replica of CPython's set table.
type cset struct {
	tab        []int32 // slot -> entry number, ctabEmpty or ctabDummy
	fill, used int
	finger     int // where set.pop starts looking (CPython's so->finger)
}

func newCset(size int) *cset {
	c := &cset{tab: make([]int32, size)}
	for i := range c.tab {
		c.tab[i] = ctabEmpty
	}
	return c
}

// isSetTag reports whether values with tag t use the set layout.
func isSetTag(t gc.Tag) bool { return t == TagSet || t == TagFrozenset }

// add records a new entry e with hash h (known absent), as set_add_entry.
func (c *cset) add(e int32, h int64, hashes []int64) {
	mask := uint64(len(c.tab) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			x := c.tab[j]
			if x == ctabEmpty {
				if free >= 0 {
					c.tab[free] = e
					c.used++
					return
				}
				c.tab[j] = e
				c.fill++
				c.used++
				if uint64(c.fill)*5 >= mask*3 {
					n := c.used * 4
					if c.used > 50000 {
						n = c.used * 2
					}
					c.resize(n, hashes)
				}
				return
			}
			if x == ctabDummy {
				// CPython 3.11 keeps the last dummy the probe passed
				// (not the first) and reuses it.
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// setInsertAt adds key (absent, hash h, index slot known) to set d and
// returns its entry number: a freed entry when there is one and the index
// has room without a rebuild, else a new entry at the end (dictInsertAt,
// which compacts when the storage or the index is full). The index's
// deleted slots count towards its fill, so a long add/remove cycle over
// changing keys still rebuilds it before probes get long.
func (vm *VM) setInsertAt(d gc.Value, di *dictIndex, key, val gc.Value, h int64, slot int) int32 {
	n := len(di.free)
	if n == 0 || (di.table[slot] == slotEmpty && (di.ifill+1)*3 >= len(di.table)*2) {
		_ = vm.dictInsertAt(d, di, key, val, h, slot) // never fails
		return int32(di.n - 1)
	}
	e := di.free[n-1]
	di.free = di.free[:n-1]
	if di.table[slot] == slotEmpty {
		di.ifill++
	}
	st := vm.slot(d.Ref(), 0).Ref()
	vm.setSlot(st, 2*int(e), key)
	vm.setSlot(st, 2*int(e)+1, val)
	di.hashes[e] = h
	di.table[slot] = di.indexWord(int(e), h)
	di.live++
	vm.bumpVersion(d)
	return e
}

// insertClean places entry e in a table with no dummies and no duplicate.
func insertClean(tab []int32, e int32, h int64) {
	mask := uint64(len(tab) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		if tab[i] == ctabEmpty {
			tab[i] = e
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if tab[i+j] == ctabEmpty {
					tab[i+j] = e
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with room for minused, as set_table_resize.
func (c *cset) resize(minused int, hashes []int64) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := c.tab
	c.tab = make([]int32, size)
	fillEmpty(c.tab) // setclone.go
	for _, e := range old {
		if e >= 0 {
			insertClean(c.tab, e, hashes[e])
		}
	}
	c.fill = c.used
}

// remove turns entry e's slot (e has hash h) into a dummy. It follows
// the probe sequence of add, so it costs what a lookup costs; entry numbers
// are unique, so the first slot holding e is the one.
func (c *cset) remove(e int32, h int64) {
	mask := uint64(len(c.tab) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; ; j++ {
			switch c.tab[j] {
			case e:
				c.tab[j] = ctabDummy
				c.used--
				return
			case ctabEmpty:
				// Not reachable for a live entry; scan rather than lose it.
				c.removeScan(e)
				return
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// removeScan is remove by exhaustive search, the fallback if the probe
// sequence ever misses (it would mean a table invariant was broken).
func (c *cset) removeScan(e int32) {
	for i, x := range c.tab {
		if x == e {
			c.tab[i] = ctabDummy
			c.used--
			return
		}
	}
}

// setPop removes and returns the first item at or after the pop finger
// (wrapping round), leaving the finger after it, as CPython's set_pop:
// successive pops walk the table instead of rescanning it from slot 0.
// ok is false for an empty set.
func (vm *VM) setPop(so gc.Value) (gc.Value, bool) {
	di := vm.dictIdx(so)
	c := di.cs
	if c.used == 0 {
		return vEmpty, false
	}
	mask := len(c.tab) - 1
	i := c.finger & mask
	for c.tab[i] < 0 {
		i = (i + 1) & mask
	}
	e := c.tab[i]
	ents := vm.dictEntries(so)
	k := ents[2*e]
	// Unlink e by its entry number and stored hash: no __hash__ or
	// __eq__ runs, as in CPython.
	h := di.hashes[e]
	tmask := uint64(len(di.table) - 1)
	j := uint64(h) & tmask
	perturb := uint64(h)
	for {
		w := di.table[j]
		if w > slotDeleted && di.indexEntry(w) == int(e) {
			di.table[j] = slotDeleted
			break
		}
		if w == slotEmpty {
			// Off e's probe path (a broken invariant): search it all.
			for x, w := range di.table {
				if w > slotDeleted && di.indexEntry(w) == int(e) {
					di.table[x] = slotDeleted
				}
			}
			break
		}
		perturb >>= 5
		j = (j*5 + 1 + perturb) & tmask
	}
	ents[2*e], ents[2*e+1] = vEmpty, vEmpty
	di.free = append(di.free, e)
	di.live--
	c.tab[i] = ctabDummy
	c.used--
	c.finger = i + 1
	vm.bumpVersion(so)
	return k, true
}

// order returns the live entry numbers in table order.
func (c *cset) order() []int32 {
	out := make([]int32, 0, c.used)
	for _, x := range c.tab {
		if x >= 0 {
			out = append(out, x)
		}
	}
	return out
}

// setMerge adds the items of set other to set so, following set_merge.
func (vm *VM) setMerge(so, other gc.Value) error { return vm.setMergeRoom(so, other, 0) }

// setMergeRoom is setMerge where the caller adds about extra more items
// to so afterwards (a | b merges b after a): an empty so gets storage
// with room for them.
func (vm *VM) setMergeRoom(so, other gc.Value, extra int) error {
	if so == other {
		return nil
	}
	odi := vm.dictIdx(other)
	oc := odi.cs
	if oc.used == 0 {
		return nil
	}
	di := vm.dictIdx(so)
	c := di.cs
	if (c.fill+oc.used)*5 >= (len(c.tab)-1)*3 {
		c.resize((c.used+oc.used)*2, di.hashes)
	}
	if vm.setCloneInto(so, other, extra) { // setclone.go
		return nil
	}
	vm.dictReserve(so, oc.used) // fastset.go
	oents := vm.dictEntries(other)
	if c.fill == 0 && len(c.tab) == len(oc.tab) && oc.fill == oc.used {
		// copy the layout slot for slot
		for i, x := range oc.tab {
			if x >= 0 {
				k, h := oents[2*x], odi.hashes[x]
				if err := vm.dictInsertRaw(so, k, vNone, h); err != nil {
					return err
				}
				c.tab[i] = int32(di.n - 1)
				c.fill++
				c.used++
			}
		}
		return nil
	}
	if c.fill == 0 {
		for _, x := range oc.tab {
			if x >= 0 {
				k, h := oents[2*x], odi.hashes[x]
				if err := vm.dictInsertRaw(so, k, vNone, h); err != nil {
					return err
				}
				insertClean(c.tab, int32(di.n-1), h)
				c.fill++
				c.used++
			}
		}
		return nil
	}
	for _, x := range oc.order() {
		oents = vm.dictEntries(other)
		if err := vm.dictSetHash(so, oents[2*x], vNone, odi.hashes[x]); err != nil {
			return err
		}
	}
	return nil
}

// setSwapBodies gives so the entries and table of tmp (a fresh set that
// is dropped afterwards), as CPython's set_swap_bodies does for the
// in-place operators that build their result aside.
func (vm *VM) setSwapBodies(so, tmp gc.Value) {
	vm.setSlot(so.Ref(), 0, vm.slot(tmp.Ref(), 0))
	vm.dictIdx(tmp).cs.finger = vm.dictIdx(so).cs.finger // not swapped in CPython
	vm.heap.SetSide(so.Ref(), vm.dictIdx(tmp))
	vm.bumpVersion(so)
}

// setIntersection is set_intersection: the items of so also in other, in
// the order CPython adds them (the smaller set's table order, or other's
// iteration order when other is not a set).
func (vm *VM) setIntersection(so, other gc.Value) (gc.Value, error) {
	tag := TagSet
	if so.Tag() == TagFrozenset {
		tag = TagFrozenset
	}
	if so == other {
		return vm.dictCopy(so, tag), nil
	}
	out := vm.newDictTag(tag, 4)
	if isSetTag(other.Tag()) {
		a, b := so, other
		if vm.dictLen(b) > vm.dictLen(a) {
			a, b = b, a
		}
		// b's stored hashes, as set_intersection looks entries up
		// (setkeycopy.go); room for the largest possible result
		kc := vm.setKeysHashes(b)
		defer vm.releaseKeyCopy(kc)
		ks, hs := kc.ks, kc.hs
		vm.dictReserve(out, len(ks))
		for i, k := range ks {
			ok, err := vm.dictHasHash(a, k, hs[i])
			if err != nil {
				return vEmpty, err
			}
			if ok {
				if err := vm.dictSetHash(out, k, vNone, hs[i]); err != nil {
					return vEmpty, err
				}
			}
		}
		return out, nil
	}
	err := vm.iterate(other, func(k gc.Value) (bool, error) {
		h, err := vm.hash(k) // once, as CPython's set_intersection
		if err != nil {
			return false, err
		}
		ok, err := vm.dictHasHash(so, k, h)
		if err != nil || !ok {
			return err == nil, err
		}
		return true, vm.dictSetHash(out, k, vNone, h)
	})
	return out, err
}

// setDifferenceUpdate is set_difference_update_internal: remove other's
// items from so, then drop the dummies if they fill more than a quarter
// of the table.
func (vm *VM) setDifferenceUpdate(so, other gc.Value) error {
	if so == other {
		vm.dictClear(so)
		return nil
	}
	var err error
	if isSetTag(other.Tag()) || other.Tag() == TagDict {
		kc := vm.setKeysHashes(other) // stored hashes (setkeycopy.go)
		defer vm.releaseKeyCopy(kc)
		ks, hs := kc.ks, kc.hs
		for i, k := range ks {
			if _, _, err = vm.dictDelHash(so, k, hs[i]); err != nil {
				return err
			}
		}
	} else {
		err = vm.iterate(other, func(k gc.Value) (bool, error) {
			_, _, err := vm.dictDel(so, k)
			return err == nil, err
		})
		if err != nil {
			return err
		}
	}
	di := vm.dictIdx(so)
	if c := di.cs; c != nil && c.fill-c.used > (len(c.tab)-1)/4 {
		n := c.used * 4
		if c.used > 50000 {
			n = c.used * 2
		}
		c.resize(n, di.hashes)
	}
	return nil
}

// setSymmetricDifferenceUpdate is set_symmetric_difference_update: each
// item of other (as a set, in its table order) is removed from so when
// present, else added.
func (vm *VM) setSymmetricDifferenceUpdate(so, other gc.Value) error {
	if so == other {
		vm.dictClear(so)
		return nil
	}
	if !isSetTag(other.Tag()) && other.Tag() != TagDict {
		s := vm.newDictTag(TagSet, 4)
		if err := vm.setUpdate(s, other); err != nil {
			return err
		}
		other = s
	}
	kc := vm.setKeysHashes(other) // stored hashes, as CPython (setkeycopy.go)
	defer vm.releaseKeyCopy(kc)
	ks, hs := kc.ks, kc.hs
	plain := vm.dictIdx(so).cs != nil
	for i, k := range ks {
		if plain && vm.setToggle(so, k, hs[i]) { // settoggle.go
			continue
		}
		_, found, err := vm.dictDelHash(so, k, hs[i])
		if err != nil {
			return err
		}
		if !found {
			if err := vm.dictSetHash(so, k, vNone, hs[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// setInplace implements |=, &=, -= and ^= on a set whose right operand is
// a set or frozenset; ok is false for other operands (the operator then
// reports the unsupported types).
func (vm *VM) setInplace(op bytecode.Op, so, other gc.Value) (bool, error) {
	if !isSetTag(other.Tag()) {
		return false, nil
	}
	switch op {
	case bytecode.BITOR:
		return true, vm.setUpdate(so, other)
	case bytecode.BITAND:
		r, err := vm.setIntersection(so, other)
		if err != nil {
			return true, err
		}
		vm.setSwapBodies(so, r)
		return true, nil
	case bytecode.SUB:
		return true, vm.setDifferenceUpdate(so, other)
	case bytecode.BITXOR:
		return true, vm.setSymmetricDifferenceUpdate(so, other)
	}
	return false, nil
}

// setDifference is set_difference: the items of so not in other. A set
// much larger than other (or any other iterable) is copied and then has
// other's items removed, as CPython does; otherwise so's items are
// filtered in table order.
func (vm *VM) setDifference(so, other gc.Value) (gc.Value, error) {
	tag := TagSet
	if so.Tag() == TagFrozenset {
		tag = TagFrozenset
	}
	if (!isSetTag(other.Tag()) && other.Tag() != TagDict) || vm.dictLen(so)>>2 > vm.dictLen(other) {
		out := vm.dictCopy(so, tag)
		return out, vm.setDifferenceUpdate(out, other)
	}
	out := vm.newDictTag(tag, 4)
	kc := vm.setKeysHashes(so) // stored hashes (setkeycopy.go)
	defer vm.releaseKeyCopy(kc)
	ks, hs := kc.ks, kc.hs
	vm.dictReserve(out, len(ks))
	for i, k := range ks {
		ok, err := vm.dictHasHash(other, k, hs[i])
		if err != nil {
			return vEmpty, err
		}
		if !ok {
			if err := vm.dictSetHash(out, k, vNone, hs[i]); err != nil {
				return vEmpty, err
			}
		}
	}
	return out, nil
}

// setKey returns the key a set looks up for x: a set (unhashable) is
// looked up as the frozenset of its items, as CPython's set_contains,
// set.remove and set.discard do.
func (vm *VM) setKey(x gc.Value) gc.Value {
	switch x.Tag() {
	case TagSet:
		return vm.dictCopy(x, TagFrozenset)
	case TagObject: // maybe an instance of a set subclass
		if b := vm.unwrap(x); b.Tag() == TagSet {
			return vm.dictCopy(b, TagFrozenset)
		}
	}
	return x
}
