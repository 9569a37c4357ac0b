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

	"github.com/hotloop/hotloop/gc"
)

// fastPercent formats f % args when it can, reporting whether it did.
func (vm *VM) fastPercent(f string, args gc.Value) (string, bool) {
	var items []gc.Value
	switch args.Tag() {
	case TagTuple:
		items = vm.tupleItems(args)
	case gc.TagInt, TagStr:
		items = []gc.Value{args}
	default:
		return "", false
	}
	buf := make([]byte, 0, len(f)+16)
	next := 0
	for i := 0; i < len(f); i++ {
		ch := f[i]
		if ch != '%' {
			buf = append(buf, ch)
			continue
		}
		if i+1 >= len(f) {
			return "", false
		}
		i++
		switch f[i] {
		case '%':
			buf = append(buf, '%')
			continue
		case 'd', 'i', 's':
		default:
			return "", false
		}
		if next >= len(items) {
			return "", false
		}
		v := items[next]
		next++
		switch {
		case v.Tag() == gc.TagInt:
			buf = strconv.AppendInt(buf, v.Int(), 10)
		case v.Tag() == TagStr && f[i] == 's':
			buf = append(buf, vm.str(v)...)
		default:
			return "", false
		}
	}
	if next != len(items) {
		return "", false
	}
	return string(buf), true
}
