// jitstr.go is what traces need to run str character loops in wasm
// (docs/jit.md "Str loops in traces (session 17)"): the str iterator's
// layout and the interpreter's one-character strs as a table in the heap,
// so that a trace turns a byte of text into its str with one load.

package vm

import "github.com/hotloop/hotloop/gc"

// JITKindStrIter is the gc kind of a str iterator: slot 0 holds the str
// (never emptied), raw word 0 the byte offset of the next character (the
// list iterator's offsets, JITListIterList and JITListIterIndex).
const JITKindStrIter = kindStrIter

// JITCharTable returns a tuple whose item b is the interpreter's
// one-character str of the ASCII byte b (the strs newStr, indexing and
// iteration return, never a copy). It is made on first use and lives as
// long as the VM; the collector does not move blocks, so a trace may hold
// its address as a constant.
func (vm *VM) JITCharTable() gc.Ref {
	if vm.charTable.IsEmpty() {
		vm.charTable = vm.newTuple(vm.charStrs[:])
		vm.heap.AddPermanentRoot(vm.charTable)
	}
	return vm.charTable.Ref()
}

// JITStrLenWord returns a str's length word: the byte length in the low
// 32 bits, the code points + 1 in the high 32 once counted (0 before).
func (vm *VM) JITStrLenWord(s gc.Ref) uint64 { return vm.rawU64(s, 0, strLenWord) }

// JITPercentInt returns f % i for a str f and an int i when the
// interpreter's fast path formats it (%d, %i, %s and %% only, one
// conversion): the str the interpreter would make. ok is false otherwise
// (the general path decides, and raises the errors).
func (vm *VM) JITPercentInt(f gc.Ref, i int64) (gc.Ref, bool) {
	v, ok := vm.fastPercentStr(vm.str(mkref(TagStr, f)), gc.Int(i))
	if !ok {
		return 0, false
	}
	return v.Ref(), true
}

// JITKindStr is the gc kind of a str's block. A trace builds short strs
// itself (the hash word 0, the length word with the byte length and no
// code point count, the text), as newStrBuf lays them out.
const JITKindStr = kindStr
