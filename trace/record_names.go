// record_names.go records LOADNAME and STORENAME in module code, where
// the frame's names are its globals dict: most scripts keep their hot loop
// at module level. A load is a globals lookup exactly like LOADGLOBAL's
// (guarded on the dict's structure, the value loaded from the entry); a
// store writes the existing entry's value in the heap and zeroes the
// dict's version word, which the interpreter's LOADGLOBAL cache treats as
// "never cached" (see docs/jit.md "Module-level names").

package trace

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Alias classes of this file and record_attrs.go. They start well above
// record.go's so that classes added there never collide.
const (
	ClassDictVersion ir.AliasClass = 40 + iota // a dict's version word
	ClassInstType                              // an instance's type slot
	ClassInstShape                             // an instance's shape word
	ClassTypeVersion                           // a type object's version word
	ClassInstSlot                              // an instance's attribute slots
	ClassInstDict                              // an instance's dict slot
)

// moduleNames reports whether the frame being recorded keeps its names in
// its globals dict (module code), the only case LOADNAME and STORENAME are
// recorded for.
func (r *recorder) moduleNames() bool {
	if len(r.stack) > 0 {
		return false
	}
	loc := r.m.JITTopLocals()
	return loc.IsEmpty() || loc == r.fr.Globals
}

// loadName records LOADNAME in module code: globals, then builtins.
func (r *recorder) loadName(ins bytecode.Instr) error {
	if !r.moduleNames() {
		return r.abort("LOADNAME outside module code")
	}
	name, _ := r.m.JITStr(r.fr.Consts[ins.Bx()])
	v, ok, err := r.dictLookup(r.fr.Globals, name)
	if err == nil && !ok {
		if v, ok, err = r.dictLookup(r.fr.Builtins, name); err == nil && !ok {
			return r.abort("name not found")
		}
	}
	if err != nil {
		return err
	}
	r.write(ins.A(), v)
	return nil
}

// storeName records STORENAME in module code: the name must already be a
// key of the globals dict (a new key would resize or append, which only
// the interpreter does). The trace guards the entry as a lookup does,
// stores the value's tag and payload into it, and zeroes the dict's
// version: the interpreter's LOADGLOBAL cache never trusts version 0, and
// the next store by the interpreter gives the dict a fresh version again.
// Other traces read globals from the entries themselves (dictLookup), so
// they see the new value; those that fixed a function, builtin, module or
// type as a constant guard its identity and exit.
func (r *recorder) storeName(ins bytecode.Instr) error {
	if !r.moduleNames() {
		return r.abort("STORENAME outside module code")
	}
	b := r.b
	name, _ := r.m.JITStr(r.fr.Consts[ins.Bx()])
	val := r.read(ins.A())
	if val.v.IsEmpty() {
		return r.abort("store of an unbound value")
	}
	d := r.fr.Globals
	st, e, _, _, ok := r.m.JITDictEntry(d, name)
	switch {
	case !ok:
		return r.abort("global under a non-interned name")
	case e < 0:
		return r.abort("store to a new global")
	}
	snap := r.snap(r.pc)
	sp := b.FLoad(ir.Ptr, b.KPtr(uint32(d.Ref())), vm.JITDictStorageOff, ClassDictStorage)
	b.Guard(ir.EQ, sp, b.KPtr(uint32(st)), snap)
	stK := b.KPtr(uint32(st))
	koff := int64(vm.JITItemsOff) + 32*int64(e)
	r.guardEntryKey(uint32(st), stK, koff, snap)
	voff := koff + 16
	b.FStore(stK, voff, val.tag, ClassDictEntry)
	b.FStore(stK, voff+8, val.val, ClassDictEntry)
	b.FStore(b.KPtr(uint32(d.Ref())), vm.JITDictVersionOff, b.KInt(0), ClassDictVersion)
	r.mem[uint32(st)+uint32(voff)] = uint64(val.v.Tag())
	r.mem[uint32(st)+uint32(voff)+8] = val.v.Bits()
	r.mem[uint32(d.Ref())+vm.JITDictVersionOff] = 0
	return nil
}
