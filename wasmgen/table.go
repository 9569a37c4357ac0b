// table.go adds the one reference-types instruction the JIT needs: storing
// a null reference into a table slot (`ref.null func` then `table.set`),
// which retires a trace's function from the shared table before its module
// is closed (a slot holds a raw code pointer: BRIEF.md §2).

package wasmgen

// TableSetNull pops an i32 slot index and stores a null funcref into that
// slot of table tableIdx.
func (f *Func) TableSetNull(tableIdx uint32) {
	const name = "table.set"
	if f.begin(name) {
		f.popExpect(name, I32)
		if int64(tableIdx) > f.maxTable {
			f.maxTable = int64(tableIdx)
		}
	}
	f.code = append(f.code, 0xd0, funcRefType, 0x26) // ref.null func; table.set
	f.code = appendU32(f.code, tableIdx)
	f.ninstr += 2
}
