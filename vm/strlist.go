// strlist.go holds the one-character split of a str that list(s),
// tuple(s), sorted(s), set(s) and the other collect users take: written
// straight into the destination, instead of a str iterator stepped once
// per character and a Go slice grown by append (list of a 30000-character
// str was ~17x CPython's time).

package vm

import (
	"strconv"

	"github.com/hotloop/hotloop/gc"
)

// strCharsInto writes the one-character strs of str s into dst, which
// holds exactly vm.strChars(s) values. Allocation does not collect, so
// the text stays where it is while the non-ASCII characters are made.
func (vm *VM) strCharsInto(s gc.Value, dst []gc.Value) {
	t := vm.str(s)
	if len(t) == len(dst) {
		for i := range dst {
			dst[i] = vm.charStrs[t[i]]
		}
		return
	}
	for i, k := 0, 0; i < len(t); k++ {
		if t[i] < 0x80 {
			dst[k] = vm.charStrs[t[i]]
			i++
			continue
		}
		_, n := decodeRuneWTF8(t[i:])
		dst[k] = vm.newStr(t[i : i+n])
		i += n
	}
}

// listOfStr returns list(s) for a str s.
func (vm *VM) listOfStr(s gc.Value) gc.Value {
	n := vm.strChars(s)
	l := vm.newList(nil, n)
	vm.listSetLen(l, n)
	vm.strCharsInto(s, vm.listItems(l))
	return l
}

// strOfFast returns str(v) for an exact str (v itself, as CPython) or a
// small int (its digits written from a stack buffer into the new str,
// without the argument parsing and the Go string of the general path);
// ok is false for anything else.
func (vm *VM) strOfFast(v gc.Value) (gc.Value, bool) {
	switch v.Tag() {
	case TagStr:
		return v, true
	case gc.TagInt:
		var b [24]byte
		d := strconv.AppendInt(b[:0], v.Int(), 10)
		s := vm.newStrBytes(d) // fmtcache.go
		vm.setStrASCII(s)
		return s, true
	}
	return vEmpty, false
}
