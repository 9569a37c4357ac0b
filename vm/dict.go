// dict.go holds dict (and set, which shares its layout): an insertion-ordered
// hash table. Keys and values live in a storage block of the heap (entry i
// in slots 2i and 2i+1, so the collector sees them); the index (an
// open-addressing table of entry numbers) lives in the raw bytes of the
// same storage block, after the entries, so that a trace can probe it with
// wasm loads (docs/vm.md "Where a dict's index lives"); the Go side table
// holds the per-entry hashes, the counts and an unsafe view of the index.
// Raw word 0 of the dict is its version, bumped on every change, which the
// globals cache of LOADGLOBAL checks.
//
// Each index slot is one 32-bit word: the entry number + 2 in the low bits
// (0 empty, 1 deleted) and, in the bits the entry number cannot reach for
// this table size, a tag: bits of the entry's hash, mixed so that keys
// whose hashes differ only in low bits (small ints) get different tags
// too. A probe rejects a slot
// whose entry has another hash without loading the hashes array, so a
// lookup touches the index, the entry and the key, as CPython's does
// (docs/vm.md "Objects"), and the index stays 4 bytes a slot.

package vm

import (
	"errors"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// dictIndex is the Go half of a dict.
type dictIndex struct {
	hashes []int64 // per entry
	// table is a view of the index in the storage block's raw bytes
	// (dictStorage): open addressing, each slot slotEmpty, slotDeleted or
	// an indexWord. The storage block (the dict's slot 0) keeps it alive;
	// the heap's base never moves, so the view stays valid as long as
	// that block is the dict's storage.
	table  []uint32
	tagMsk uint32 // the bits of an index word that hold the hash tag
	n      int    // entries used, deleted ones included
	live   int    // live entries
	ifill  int    // index slots not empty (used or deleted); at most n
	cs     *cset  // sets only: CPython's slot layout (set.go)
	// Sets only: entry numbers freed by deletions, which the next adds
	// reuse (a set's order is its cset table's, not its entries'), so an
	// add/remove cycle does not grow the storage towards a resize.
	free []int32
	// Inline storage for small dicts (instance attributes): one Go
	// allocation per dict.
	hs [5]int64
}

const (
	slotEmpty   = 0 // an index slot never used (the zero value: make clears)
	slotDeleted = 1 // an index slot whose entry was deleted
)

// Layout of a dict's storage block: 2*capacity value slots (the
// entries), then raw bytes: one word holding the index's mask (its size
// minus 1, low half) and tag mask (high half), then the index, tsize
// 32-bit words. JITDictIndexOff and friends (jitsetprobe.go) export it.
const (
	dictIdxHdrBytes = 8 // the mask word before the index
)

// dictStorage allocates a dict's storage block with room for capacity
// entries and a cleared index of tsize slots (a power of 2, at least 8),
// and points di at that index.
func (vm *VM) dictStorage(di *dictIndex, capacity, tsize int) gc.Ref {
	st := vm.alloc(kindStorage, 2*capacity, dictIdxHdrBytes+4*tsize)
	di.setTable(vm, st, 2*capacity, tsize)
	return st
}

// setTable points di at the index of tsize slots in the raw bytes of the
// storage block st (which has nvals value slots; alloc cleared it) and
// records its masks there. Entry numbers stay below 2*tsize/3, so e+2
// fits in log2(tsize)+1 bits and the bits above hold the tag (none left
// only for a table of 2^31 slots, where every used slot then passes the
// tag test and the full hash decides).
func (di *dictIndex) setTable(vm *VM, st gc.Ref, nvals, tsize int) {
	raw := unsafe.Add(vm.base, uintptr(st)+gc.HeaderSize+uintptr(nvals)*gc.ValueSize)
	di.table = unsafe.Slice((*uint32)(unsafe.Add(raw, dictIdxHdrBytes)), tsize)
	ebits := 1
	for 1<<(ebits-1) < tsize {
		ebits++
	}
	di.tagMsk = uint32(uint64(0xffffffff) << ebits)
	*(*uint32)(raw) = uint32(tsize - 1)
	*(*uint32)(unsafe.Add(raw, 4)) = di.tagMsk
}

// hashTag is the tag an index word keeps for hash h: the high half of h
// times a 64-bit odd constant (Fibonacci hashing), which every bit of h
// reaches.
func (di *dictIndex) hashTag(h int64) uint32 {
	return uint32(uint64(h)*dictTagMul>>32) & di.tagMsk
}

// dictTagMul is the multiplier of hashTag (2^64 over the golden ratio).
const dictTagMul = 0x9e3779b97f4a7c15

// indexWord is the index slot of entry e with hash h.
func (di *dictIndex) indexWord(e int, h int64) uint32 { return di.hashTag(h) | uint32(e+2) }

// indexEntry is the entry number of a used index slot.
func (di *dictIndex) indexEntry(w uint32) int { return int(w&^di.tagMsk) - 2 }

// sameTag reports whether index slot w may hold an entry whose hash has
// tag tag: it is used and its tag agrees.
func (di *dictIndex) sameTag(w, tag uint32) bool { return w&di.tagMsk == tag && w > slotDeleted }

// newDict allocates an empty dict (tag TagDict, or TagSet/TagFrozenset).
func (vm *VM) newDictTag(tag gc.Tag, capacity int) gc.Value {
	if capacity < 4 {
		capacity = 4
	}
	tsize := 8
	for tsize < capacity*3/2+1 {
		tsize *= 2
	}
	di := &dictIndex{}
	st := vm.dictStorage(di, capacity, tsize)
	r := vm.alloc(kindDict, 1, 8)
	vm.setSlot(r, 0, mkref(TagStorage, st))
	if tsize == 8 {
		di.hashes = di.hs[:0]
	} else {
		di.hashes = make([]int64, 0, capacity)
	}
	if isSetTag(tag) {
		di.cs = newCset(setMinSize)
	}
	vm.heap.SetSide(r, di)
	return mkref(tag, r)
}

// newDict allocates an empty dict.
func (vm *VM) newDict() gc.Value { return vm.newDictTag(TagDict, 4) }

func (vm *VM) dictIdx(d gc.Value) *dictIndex { return vm.heap.Side(d.Ref()).(*dictIndex) }

// dictEntries returns the view of a dict's entry storage (2 slots per entry).
func (vm *VM) dictEntries(d gc.Value) []gc.Value {
	st := vm.slot(d.Ref(), 0).Ref()
	return vm.slotsOf(st, vm.numSlots(st))
}

// dictVersion returns a dict's version.
func (vm *VM) dictVersion(d gc.Value) uint64 { return vm.rawU64(d.Ref(), 1, 0) }

// bumpVersion gives d a new version, unique across all dicts.
func (vm *VM) bumpVersion(d gc.Value) {
	vm.dictVerCtr++
	vm.setRawU64(d.Ref(), 1, 0, vm.dictVerCtr)
}

// dictLen returns the number of items.
func (vm *VM) dictLen(d gc.Value) int { return vm.dictIdx(d).live }

// keyEq compares a stored key with a probe key of the same hash.
func (vm *VM) keyEq(a, b gc.Value) (bool, error) {
	if a == b {
		return true, nil
	}
	if a.Tag() == TagStr && b.Tag() == TagStr {
		return vm.str(a) == vm.str(b), nil
	}
	if a.Tag() < gc.TagRef && b.Tag() < gc.TagRef {
		return vm.numEq(a, b), nil
	}
	return vm.eqBool(a, b)
}

// dictFind returns the entry number of key (with hash h) or -1, and the
// table slot where it is or would be inserted.
func (vm *VM) dictFind(d gc.Value, di *dictIndex, key gc.Value, h int64) (int, int, error) {
	return vm.dictFindIn(d, di, key, h, false)
}

// errNeedsEq is dictFindIn's answer, with plain, when deciding needs a
// comparison that may run Python code.
var errNeedsEq = errors.New("dict lookup: keys compared through __eq__")

// dictFindIn is dictFind; with plain it compares no keys through Python
// code: it fails with errNeedsEq, deciding nothing, when a probed entry
// has key's full hash and the two keys are not both immediates (ints,
// floats, bools), where dictFind may call __eq__. (Two strs are compared
// by their texts either way.)
func (vm *VM) dictFindIn(d gc.Value, di *dictIndex, key gc.Value, h int64, plain bool) (int, int, error) {
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
			return -1, free, nil
		}
		if w == slotDeleted {
			if free < 0 {
				free = i
			}
		} else if di.sameTag(w, tag) {
			// The same object is the same key (as CPython: identity
			// first); another needs the same full hash, then __eq__.
			e := di.indexEntry(w)
			k := vm.dictEntries(d)[2*e]
			if k == key {
				return e, i, nil
			}
			if k.Tag() == TagStr && key.Tag() == TagStr {
				// Two exact strs are the same key exactly when their
				// texts are equal (and then so are their hashes): the
				// text decides without loading hashes[], a cache miss
				// of its own in a big dict.
				if vm.str(k) == vm.str(key) {
					return e, i, nil
				}
				goto nextSlot
			}
			if di.hashes[e] != h {
				goto nextSlot
			}
			if plain && (k.Tag() >= gc.TagRef || key.Tag() >= gc.TagRef) {
				return -1, 0, errNeedsEq
			}
			eq, err := vm.keyEq(k, key)
			if err != nil {
				return -1, 0, err
			}
			if eq {
				return e, i, nil
			}
		}
	nextSlot:
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// dictGetStr looks up a str key quickly (globals, attributes): no
// user code can run, so a key of another type that would compare equal
// (a str subclass, a UserString) is not found.
func (vm *VM) dictGetStr(d gc.Value, key gc.Value) (gc.Value, bool) {
	v, ok, _ := vm.dictProbeStr(d, key)
	return v, ok
}

// dictProbeStr is dictGetStr that also reports whether it passed a key of
// another type with the same hash, which only the general lookup (with
// __eq__) can decide about.
func (vm *VM) dictProbeStr(d gc.Value, key gc.Value) (v gc.Value, ok, other bool) {
	di := vm.dictIdx(d)
	h := vm.strHash(key)
	mask := len(di.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	var ks string
	tag := di.hashTag(h)
	for {
		w := di.table[i]
		if w == slotEmpty {
			return vEmpty, false, other
		}
		// Equal strs have equal hashes, so a str key with the same hash
		// tag is decided by its text alone; a key of another type needs
		// the full hash compared before the general lookup's __eq__.
		if di.sameTag(w, tag) {
			e := di.indexEntry(w)
			ents := vm.dictEntries(d)
			k := ents[2*e]
			if k == key {
				return ents[2*e+1], true, other
			}
			if k.Tag() == TagStr {
				if ks == "" {
					ks = vm.str(key)
				}
				if vm.str(k) == ks {
					return ents[2*e+1], true, other
				}
			} else if di.hashes[e] == h {
				other = true
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// dictGet looks key up.
func (vm *VM) dictGet(d, key gc.Value) (gc.Value, bool, error) {
	if key.Tag() == TagStr {
		v, ok, other := vm.dictProbeStr(d, key)
		if ok || !other {
			return v, ok, nil
		}
	}
	h, err := vm.hash(key)
	if err != nil {
		return vEmpty, false, err
	}
	di := vm.dictIdx(d)
	e, _, err := vm.dictFind(d, di, key, h)
	if err != nil || e < 0 {
		return vEmpty, false, err
	}
	return vm.dictEntries(d)[2*e+1], true, nil
}

// dictSet sets d[key] = val.
func (vm *VM) dictSet(d, key, val gc.Value) error {
	h, err := vm.hash(key)
	if err != nil {
		return err
	}
	return vm.dictSetHash(d, key, val, h)
}

func (vm *VM) dictSetHash(d, key, val gc.Value, h int64) error {
	di := vm.dictIdx(d)
	e, slot, err := vm.dictFind(d, di, key, h)
	if err != nil {
		return err
	}
	if e >= 0 {
		vm.dictEntries(d)[2*e+1] = val
		vm.bumpVersion(d)
		return nil
	}
	if di.cs != nil {
		di.cs.add(vm.setInsertAt(d, di, key, val, h, slot), h, di.hashes)
		return nil
	}
	return vm.dictInsertAt(d, di, key, val, h, slot)
}

// dictInsertRaw appends a new entry known to be absent (no set layout).
func (vm *VM) dictInsertRaw(d, key, val gc.Value, h int64) error {
	di := vm.dictIdx(d)
	_, slot, err := vm.dictFind(d, di, key, h)
	if err != nil {
		return err
	}
	return vm.dictInsertAt(d, di, key, val, h, slot)
}

// dictInsertAt appends a new entry whose index slot is known.
func (vm *VM) dictInsertAt(d gc.Value, di *dictIndex, key, val gc.Value, h int64, slot int) error {
	st := vm.slot(d.Ref(), 0).Ref()
	if 2*di.n+2 > vm.numSlots(st) || (max(di.n, di.ifill)+1)*3 >= len(di.table)*2 {
		vm.dictResize(d, di)
		_, slot, _ = vm.dictFind(d, di, key, h)
		st = vm.slot(d.Ref(), 0).Ref()
	}
	if di.table[slot] == slotEmpty {
		di.ifill++
	}
	n := di.n
	vm.setSlot(st, 2*n, key)
	vm.setSlot(st, 2*n+1, val)
	di.hashes = append(di.hashes, h)
	di.table[slot] = di.indexWord(n, h)
	di.n++
	di.live++
	vm.bumpVersion(d)
	return nil
}

// dictResize compacts the entries and rebuilds the index with room to grow.
func (vm *VM) dictResize(d gc.Value, di *dictIndex) {
	vm.dictResizeCap(d, di, di.live*2+4)
}

// dictResizeCap is dictResize to room for capacity entries (at least the
// live ones).
func (vm *VM) dictResizeCap(d gc.Value, di *dictIndex, capacity int) {
	old := vm.dictEntries(d)
	capacity = max(capacity, di.live+4)
	tsize := 8
	for tsize < capacity*3/2+1 {
		tsize *= 2
	}
	// The new index is filled below from hashes, not from the old one,
	// which stays readable (in the old storage block) until then.
	var ndi dictIndex
	ns := vm.dictStorage(&ndi, capacity, tsize)
	nv := vm.slotsOf(ns, 2*capacity)
	// The hashes are compacted in place (entry j's comes from an entry
	// i >= j) when their array has room and is not far too big, and only
	// a set whose entries have holes needs the entry renumbering for its
	// slot replica: fewer Go allocations per resize.
	var hashes []int64
	if c := cap(di.hashes); c >= capacity && c <= 4*capacity {
		hashes = di.hashes[:0]
	} else {
		hashes = make([]int64, 0, capacity)
	}
	var remap []int32
	if di.cs != nil && di.live != di.n {
		remap = make([]int32, di.n)
	}
	j := 0
	for i := 0; i < di.n; i++ {
		if old[2*i].IsEmpty() {
			if remap != nil {
				remap[i] = -1
			}
			continue
		}
		nv[2*j], nv[2*j+1] = old[2*i], old[2*i+1]
		hashes = append(hashes, di.hashes[i])
		if remap != nil {
			remap[i] = int32(j)
		}
		j++
	}
	if remap != nil {
		for i, x := range di.cs.tab {
			if x >= 0 {
				di.cs.tab[i] = remap[x]
			}
		}
	}
	vm.setSlot(d.Ref(), 0, mkref(TagStorage, ns))
	di.table, di.tagMsk = ndi.table, ndi.tagMsk
	di.hashes = hashes
	di.n = j
	di.ifill = j
	di.free = di.free[:0]
	mask := tsize - 1
	for e, h := range hashes {
		i := int(uint64(h) & uint64(mask))
		perturb := uint64(h)
		for di.table[i] != slotEmpty {
			perturb >>= 5
			i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
		}
		di.table[i] = di.indexWord(e, h)
	}
}

// dictDel deletes key; found reports whether it was present.
func (vm *VM) dictDel(d, key gc.Value) (gc.Value, bool, error) {
	h, err := vm.hash(key)
	if err != nil {
		return vEmpty, false, err
	}
	return vm.dictDelHash(d, key, h)
}

// dictDelHash is dictDel for a key whose hash h is known.
func (vm *VM) dictDelHash(d, key gc.Value, h int64) (gc.Value, bool, error) {
	di := vm.dictIdx(d)
	e, slot, err := vm.dictFind(d, di, key, h)
	if err != nil || e < 0 {
		return vEmpty, false, err
	}
	ents := vm.dictEntries(d)
	old := ents[2*e+1]
	ents[2*e], ents[2*e+1] = deletedKey(), vEmpty
	di.table[slot] = slotDeleted
	if di.cs != nil {
		di.cs.remove(int32(e), h)
		di.free = append(di.free, int32(e))
	}
	di.live--
	vm.bumpVersion(d)
	return old, true, nil
}

// JITDeletedKeyBits is the payload of a deleted dict entry's key, whose
// tag is TagEmpty as a never-used entry's: a trace that guards a name
// absent from a dict checks that the entry after the last one used then
// is empty and was never used (trace/record.go's dictLookup); a key
// appended there and deleted leaves this payload.
const JITDeletedKeyBits = 1

// deletedKey is the key of a deleted entry: empty (IsEmpty), with the
// payload JITDeletedKeyBits.
func deletedKey() gc.Value { return gc.MakeValue(gc.TagEmpty, JITDeletedKeyBits) }

// dictClear removes every item.
func (vm *VM) dictClear(d gc.Value) {
	di := vm.dictIdx(d)
	st := vm.dictStorage(di, 4, 8)
	vm.setSlot(d.Ref(), 0, mkref(TagStorage, st))
	di.hashes = di.hashes[:0]
	di.n, di.live, di.ifill = 0, 0, 0
	di.free = di.free[:0]
	if di.cs != nil {
		finger := di.cs.finger // CPython's clear keeps set.pop's finger
		di.cs = newCset(setMinSize)
		di.cs.finger = finger
	}
	vm.bumpVersion(d)
}

// dictEach calls f for each live item in insertion order; f must not
// modify the dict. It stops early when f returns false.
func (vm *VM) dictEach(d gc.Value, f func(k, v gc.Value) bool) {
	di := vm.dictIdx(d)
	if di.cs != nil {
		for _, e := range di.cs.order() {
			ents := vm.dictEntries(d)
			if int(e) < di.n && !ents[2*e].IsEmpty() && !f(ents[2*e], ents[2*e+1]) {
				return
			}
		}
		return
	}
	for i := 0; i < di.n; i++ {
		ents := vm.dictEntries(d)
		if ents[2*i].IsEmpty() {
			continue
		}
		if !f(ents[2*i], ents[2*i+1]) {
			return
		}
	}
}

// dictKeys returns the live keys in order (a Go copy: root before calling
// Python code while holding it).
func (vm *VM) dictKeys(d gc.Value) []gc.Value {
	ks := make([]gc.Value, 0, vm.dictLen(d))
	vm.dictEach(d, func(k, _ gc.Value) bool { ks = append(ks, k); return true })
	return ks
}

// dictCopy returns a shallow copy of d with tag tag.
func (vm *VM) dictCopy(d gc.Value, tag gc.Tag) gc.Value {
	di := vm.dictIdx(d)
	if di.cs != nil {
		nd := vm.newDictTag(tag, 4)
		_ = vm.setMerge(nd, d)
		return nd
	}
	nd := vm.newDictTag(tag, di.live)
	for i := 0; i < di.n; i++ {
		ents := vm.dictEntries(d)
		if ents[2*i].IsEmpty() {
			continue
		}
		_ = vm.dictSetHash(nd, ents[2*i], ents[2*i+1], di.hashes[i])
	}
	return nd
}
