// fastfmt.go holds the fast path of str % args for the common formats made
// only of %d, %i, %s and %% without flags, width or precision, applied to
// ints and strs ("w%d" % i, "%s=%s" % (k, v)). The general path
// (strfmt.Percent) converts every int through big.Int and boxes every
// argument; this one appends straight into one buffer. Anything else
// (another conversion, flags, a mapping, a count mismatch, a subclass)
// returns false and takes the general path, which also raises the errors.

package vm

import (
	"strconv"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
)

// fastPercentStr formats f % args when it can, reporting whether it did.
// The text is built in a buffer on the Go stack when it fits, so the only
// allocation is the result str's block.
func (vm *VM) fastPercentStr(f string, args gc.Value) (gc.Value, bool) {
	var stack [96]byte
	b, ok := vm.fastPercentTo(stack[:0], f, args)
	if !ok {
		return vEmpty, false
	}
	if len(b) == 0 {
		return vm.emptyStr, true
	}
	return vm.newStr(unsafe.String(&b[0], len(b))), true // newStr copies
}

// fastPercentTo is fastPercentStr's formatting, appending to buf.
func (vm *VM) fastPercentTo(buf []byte, f string, args gc.Value) ([]byte, bool) {
	var items []gc.Value
	switch args.Tag() {
	case TagTuple:
		items = vm.tupleItems(args)
	case gc.TagInt, TagStr:
		items = []gc.Value{args}
	default:
		return nil, false
	}
	next := 0
	for i := 0; i < len(f); i++ {
		ch := f[i]
		if ch != '%' {
			buf = append(buf, ch)
			continue
		}
		if i+1 >= len(f) {
			return nil, false
		}
		i++
		switch f[i] {
		case '%':
			buf = append(buf, '%')
			continue
		case 'd', 'i', 's':
		default:
			return nil, false
		}
		if next >= len(items) {
			return nil, false
		}
		v := items[next]
		next++
		switch {
		case v.Tag() == gc.TagInt:
			buf = strconv.AppendInt(buf, v.Int(), 10)
		case v.Tag() == TagStr && f[i] == 's':
			buf = append(buf, vm.str(v)...)
		default:
			return nil, false
		}
	}
	if next != len(items) {
		return nil, false
	}
	return buf, true
}
