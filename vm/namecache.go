// namecache.go holds the entry cache of LOADNAME and STORENAME: module and
// class bodies name their variables through the namespace dict, and a
// module-level loop (closures' `for i in range(1200000): c = ...; total
// += c()`) paid a full str lookup (side-table index, hash, probe, entry)
// for every read and every store. Each such instruction remembers where in
// the dict's entry array it found its name last time; the entry is still
// the name's when it holds the identical key (the interned str of the
// instruction's constant): a deleted entry is emptied, a resize or clear
// moves the entries to new storage, and a reused free slot holds another
// key, so the identity test fails in each case and the lookup runs again.
// The slot kept is ci.globals[pc].gver, which only LOADGLOBAL uses
// otherwise. docs/vm.md "Interpreter speed (session 15)".

package vm

import "github.com/hotloop/hotloop/gc"

// nameSlot returns the position in d's entry array (the key's slot: 2
// times the entry index) of the entry whose key is key itself (not merely
// an equal str), or -1. d is a dict and key an interned str; nothing is
// called, so no Python code runs and no exception is set.
func (vm *VM) nameSlot(d, key gc.Value) int {
	di := vm.dictIdx(d)
	h := vm.strHash(key)
	mask := len(di.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	tag := di.hashTag(h)
	ents := vm.dictEntries(d)
	for {
		w := di.table[i]
		if w == slotEmpty {
			return -1
		}
		if di.sameTag(w, tag) {
			if e := di.indexEntry(w); 2*e < len(ents) && ents[2*e] == key {
				return 2 * e
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// allocSiteCaches gives ci its per-instruction caches (LOADGLOBAL's,
// the attribute sites', the back-edge counters) when its code first runs
// in the interpreter, not when its function is made: they take 148 bytes
// an instruction, and most functions a module defines never run (the
// three modules `import collections` loads made 0.9 MB of them).
func allocSiteCaches(ci *codeInfo) {
	n := len(ci.instrs)
	ci.globals = make([]globalCache, n)
	ci.counts = make([]uint32, n)
	ci.attrs = make([]attrCache, n)
}
