// fastslice.go holds the interpreter's `a[lo:hi]` without a slice object:
// BUILDSLICE followed by the GETITEM that reads its result (how the
// compiler emits every two-part slice load) is done in one step when the
// receiver is an exact list, tuple or ASCII str and the bounds are small
// ints or None. The slice object was a third of the blocks a small list
// slice allocated (docs/benchmarks.md "Interpreter work (session 18)").

package vm

import "github.com/hotloop/hotloop/gc"

// sliceBound clamps the slice bound i (a small int) to [0, n] as
// PySlice_AdjustIndices does for a step of 1.
func sliceBound(i, n int64) int64 {
	if i < 0 {
		i += n
		if i < 0 {
			return 0
		}
		return i
	}
	return min(i, n)
}

// sliceFast returns a[lo:hi] when a is an exact list, tuple or ASCII str
// and lo and hi are each None or a small int; ok is false otherwise, and
// then nothing was allocated.
func (vm *VM) sliceFast(a, lo, hi gc.Value) (gc.Value, bool) {
	var n int64
	switch a.Tag() {
	case TagList:
		n = vm.listN(a)
	case TagTuple:
		n = int64(vm.numSlots(a.Ref()))
	case TagStr:
		if !vm.strIsASCII(a) {
			return vEmpty, false
		}
		n = int64(vm.strByteLen(a))
	default:
		return vEmpty, false
	}
	start, stop := int64(0), n
	switch lo.Tag() {
	case gc.TagInt:
		start = sliceBound(lo.Int(), n)
	case gc.TagNone:
	default:
		return vEmpty, false
	}
	switch hi.Tag() {
	case gc.TagInt:
		stop = sliceBound(hi.Int(), n)
	case gc.TagNone:
	default:
		return vEmpty, false
	}
	cnt := max(stop-start, 0)
	if a.Tag() != TagStr {
		return vm.sliceSeq(a, int(start), 1, int(cnt)), true
	}
	switch {
	case cnt == 0:
		return vm.emptyStr, true
	case cnt == n:
		return a, true
	}
	if cnt == 1 {
		return vm.charStrs[vm.str(a)[start]], true
	}
	out, buf := vm.newStrBuf(int(cnt))
	copy(buf, vm.str(a)[start:stop])
	vm.setStrASCII(out)
	return out, true
}
