// settoggle.go fuses the two lookups of set ^= (set_symmetric_difference
// _update: discard the key, and add it when it was absent) into one probe
// of the dict index, when the lookup runs no Python code: a ^ b on
// 27000-int sets probed each absent key twice (docs/vm.md).

package vm

import "github.com/hotloop/hotloop/gc"

// dictFindPlain is dictFind for lookups that compare no keys through
// Python code: ok is false, and nothing is decided, when a probed entry
// has key's full hash and the two keys are not both immediates (ints,
// floats, bools) or both strs, where dictFind would call __eq__. With ok,
// e and slot are what dictFind returns.
func (vm *VM) dictFindPlain(d gc.Value, di *dictIndex, key gc.Value, h int64) (e, slot int, ok bool) {
	mask := len(di.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	free := -1
	tag := di.hashTag(h)
	for {
		w := di.table[i]
		if w == slotEmpty {
			if free < 0 {
				free = i
			}
			return -1, free, true
		}
		if w == slotDeleted {
			if free < 0 {
				free = i
			}
		} else if di.sameTag(w, tag) {
			e := di.indexEntry(w)
			k := vm.dictEntries(d)[2*e]
			if k == key {
				return e, i, true
			}
			if k.Tag() == TagStr && key.Tag() == TagStr {
				if vm.str(k) == vm.str(key) {
					return e, i, true
				}
			} else if di.hashes[e] == h {
				if k.Tag() >= gc.TagRef || key.Tag() >= gc.TagRef {
					return -1, 0, false
				}
				if vm.numEq(k, key) {
					return e, i, true
				}
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// setToggle removes key (hash h) from set so when it is there, else adds
// it, as set_symmetric_difference_update does for each key; handled is
// false when that needs Python code to compare keys (the caller then
// discards and adds through the general lookups, which call __eq__ as
// often as CPython).
func (vm *VM) setToggle(so, key gc.Value, h int64) (handled bool) {
	di := vm.dictIdx(so)
	e, slot, ok := vm.dictFindPlain(so, di, key, h)
	if !ok {
		return false
	}
	if e >= 0 {
		ents := vm.dictEntries(so)
		ents[2*e], ents[2*e+1] = vEmpty, vEmpty
		di.table[slot] = slotDeleted
		di.cs.remove(int32(e), h)
		di.free = append(di.free, int32(e))
		di.live--
		vm.bumpVersion(so)
		return true
	}
	di.cs.add(vm.setInsertAt(so, di, key, vNone, h, slot), h, di.hashes)
	return true
}
