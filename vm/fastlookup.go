// fastlookup.go holds the VM-wide type attribute cache: the result of an MRO
// walk (lookup) remembered per (type version, name), as CPython's type
// attribute cache does. Operators on instances (a + b reaching __add__),
// len(), iteration, setattr and the attribute caches' miss paths all look
// names up in the MRO; without the cache each such lookup is one dict probe
// per class of the MRO, and lookupS also hashes the Go name into the intern
// table first.
//
// Validity: a type's version comes from a VM-wide counter and changes
// whenever the type or one of its bases changes (bumpType), so an entry
// whose version matches was computed for this very type and nothing in its
// MRO has changed since through setattr. Some code writes a type's own dict
// directly while it builds the type (__module__, __doc__); an entry also
// records the version of that dict, and a change to it misses. Only
// interned names are cached by value: they are permanent, so the Ref of a
// cached name is never reused for another string.

package vm

import (
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// lookupCacheBits sets the number of entries of each cache (a power of 2).
const lookupCacheBits = 10

// lookupEntry is one cached MRO lookup of an interned name.
type lookupEntry struct {
	ver, dver uint64   // the type's version and its dict's version
	name      gc.Value // the interned name
	val       gc.Value // what lookup returned (empty when not found)
	found     bool
}

// lookupSEntry is one cached MRO lookup of a Go string name (lookupS).
type lookupSEntry struct {
	ver, dver uint64
	name      string
	val       gc.Value
	found     bool
}

// lookupCaches holds both caches; the VM makes them on first use.
type lookupCaches struct {
	byValue  [1 << lookupCacheBits]lookupEntry
	byString [1 << lookupCacheBits]lookupSEntry
}

// lookupSlot returns the cache slot for (ver, key).
func lookupSlot(ver, key uint64) uint64 {
	h := (ver*0x9E3779B97F4A7C15 ^ key) * 0xBF58476D1CE4E5B9
	return h >> (64 - lookupCacheBits)
}

// lookupCached is lookup through the cache.
func (vm *VM) lookupCached(t *Type, name gc.Value) (gc.Value, bool) {
	c := vm.lookupCache
	if c == nil {
		c = new(lookupCaches)
		vm.lookupCache = c
	}
	if t.Dict.IsEmpty() {
		return vm.lookupMRO(t, name)
	}
	dver := vm.dictVersion(t.Dict)
	e := &c.byValue[lookupSlot(t.version, name.Bits())]
	if e.ver == t.version && e.dver == dver && e.name == name {
		return e.val, e.found
	}
	v, ok := vm.lookupMRO(t, name)
	if name.Tag() == TagStr {
		if iv, in := vm.interned[vm.str(name)]; in && iv == name {
			*e = lookupEntry{ver: t.version, dver: dver, name: name, val: v, found: ok}
		}
	}
	return v, ok
}

// lookupStringCached is lookup of a Go string name through the cache. The
// entry keeps its name alive, so comparing the strings is usually a pointer
// compare.
func (vm *VM) lookupStringCached(t *Type, name string) (gc.Value, bool) {
	c := vm.lookupCache
	if c == nil {
		c = new(lookupCaches)
		vm.lookupCache = c
	}
	if t.Dict.IsEmpty() {
		return vm.lookupMRO(t, vm.intern(name))
	}
	dver := vm.dictVersion(t.Dict)
	key := uint64(uintptr(unsafe.Pointer(unsafe.StringData(name)))) ^ uint64(len(name))
	e := &c.byString[lookupSlot(t.version, key)]
	if e.ver == t.version && e.dver == dver && e.name == name {
		return e.val, e.found
	}
	// The entry keeps the interned str's text, never name itself, which
	// may be a view of a str that dies (and whose bytes then change).
	iname := vm.intern(name)
	v, ok := vm.lookupMRO(t, iname)
	*e = lookupSEntry{ver: t.version, dver: dver, name: vm.str(iname), val: v, found: ok}
	return v, ok
}
