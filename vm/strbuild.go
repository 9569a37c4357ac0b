// strbuild.go builds new str objects directly in their heap blocks: joins
// and concatenations size the result first and copy each part into the
// block once, instead of building a Go string and copying it again
// (docs/vm.md "str views").

package vm

import "github.com/hotloop/hotloop/gc"

// joinItems returns the items of a list or tuple whose items are all
// exact strs, the case str.join takes without iterating.
func (vm *VM) joinItems(seq gc.Value) ([]gc.Value, bool) {
	var items []gc.Value
	switch seq.Tag() {
	case TagList:
		items = vm.listItems(seq)
	case TagTuple:
		items = vm.tupleItems(seq)
	default:
		return nil, false
	}
	for _, x := range items {
		if x.Tag() != TagStr {
			return nil, false
		}
	}
	return items, true
}

// joinStrs returns sep.join(items) for items that are all strs. Nothing
// here runs Python code or collects, so the views stay valid throughout.
func (vm *VM) joinStrs(sep gc.Value, items []gc.Value) gc.Value {
	switch len(items) {
	case 0:
		return vm.emptyStr
	case 1:
		return items[0]
	}
	s := vm.str(sep)
	n := len(s) * (len(items) - 1)
	for _, x := range items {
		n += vm.strByteLen(x)
	}
	if n <= 1 {
		out := ""
		for i, x := range items {
			if i > 0 {
				out += s
			}
			out += vm.str(x)
		}
		return vm.newStr(out)
	}
	v, buf := vm.newStrBuf(n)
	at := 0
	for i, x := range items {
		if i > 0 {
			at += copy(buf[at:], s)
		}
		at += copy(buf[at:], vm.str(x))
	}
	return v
}
