// settoggle.go fuses the two lookups of set ^= (set_symmetric_difference
// _update: discard the key, and add it when it was absent) into one probe
// of the dict index, when the lookup runs no Python code: a ^ b on
// 27000-int sets probed each absent key twice (docs/vm.md).

package vm

import "github.com/hotloop/hotloop/gc"

// setToggle removes key (hash h) from set so when it is there, else adds
// it, as set_symmetric_difference_update does for each key; handled is
// false when that needs Python code to compare keys (the caller then
// discards and adds through the general lookups, which call __eq__ as
// often as CPython).
func (vm *VM) setToggle(so, key gc.Value, h int64) (handled bool) {
	di := vm.dictIdx(so)
	e, slot, err := vm.dictFindIn(so, di, key, h, true)
	if err != nil {
		return false // errNeedsEq: the general lookups decide
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
