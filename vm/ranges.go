// ranges.go holds the range operations that need exact integers: ranges
// whose bounds or length do not fit the int64 words of the ordinary range
// object ("big" ranges: a block of kind kindBigRange whose three value
// slots hold start, stop and step as ints), and, for every range, the
// operations CPython defines arithmetically: slicing (compute_slice with
// _PySlice_GetLongIndices), equality and hash (by length, start, step),
// membership and index. The ordinary int64 range keeps the fast paths
// (FORITER, small subscripts).

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/num"
)

// kindBigRange is the block kind of a range with big bounds (numbered
// beside iter.go's kinds).
const kindBigRange gc.Kind = 150

// smallRangeLimit bounds the parts of an int64 range so that its length
// arithmetic cannot overflow.
const smallRangeLimit = 1 << 61

// newRangeInts makes a range from exact bounds: an ordinary range when
// they are small, else a big one.
func (vm *VM) newRangeInts(start, stop, step num.Int) gc.Value {
	a, ok1 := start.Int64()
	b, ok2 := stop.Int64()
	c, ok3 := step.Int64()
	if ok1 && ok2 && ok3 && a > -smallRangeLimit && a < smallRangeLimit && b > -smallRangeLimit && b < smallRangeLimit && c > -smallRangeLimit && c < smallRangeLimit {
		return vm.newRange(a, b, c)
	}
	r := vm.alloc(kindBigRange, 3, 0)
	vm.setSlot(r, 0, vm.fromInt(start))
	vm.setSlot(r, 1, vm.fromInt(stop))
	vm.setSlot(r, 2, vm.fromInt(step))
	return mkref(TagRange, r)
}

// isBigRange reports whether the range v has big bounds.
func (vm *VM) isBigRange(v gc.Value) bool { return vm.kindOf(v.Ref()) == kindBigRange }

// rangeInts returns the bounds of any range as exact ints.
func (vm *VM) rangeInts(v gc.Value) (num.Int, num.Int, num.Int) {
	if vm.isBigRange(v) {
		r := v.Ref()
		return vm.toInt(vm.slot(r, 0)), vm.toInt(vm.slot(r, 1)), vm.toInt(vm.slot(r, 2))
	}
	a, b, c := vm.rangeParts(v)
	return num.NewInt(a), num.NewInt(b), num.NewInt(c)
}

// rangeBigLen is the exact length of any range.
func (vm *VM) rangeBigLen(v gc.Value) num.Int {
	start, stop, step := vm.rangeInts(v)
	return rangeLength(start, stop, step)
}

// rangeLength computes the number of items of range(start, stop, step).
func rangeLength(start, stop, step num.Int) num.Int {
	one := num.NewInt(1)
	var span num.Int
	if step.Sign() > 0 {
		if start.Cmp(stop) >= 0 {
			return num.NewInt(0)
		}
		span = stop.Sub(start).Sub(one)
	} else {
		if start.Cmp(stop) <= 0 {
			return num.NewInt(0)
		}
		span = start.Sub(stop).Sub(one)
		step = step.Neg()
	}
	q, _ := span.FloorDiv(step)
	return q.Add(one)
}

// bigRangeLen is len() of a big range: OverflowError when it does not
// fit, as CPython's.
func (vm *VM) bigRangeLen(v gc.Value) (int64, error) {
	n, ok := vm.rangeBigLen(v).Int64()
	if !ok {
		return 0, vm.raise("OverflowError", "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

// rangeSubscript is range[i] and range[slice] for any range.
func (vm *VM) rangeSubscript(a, b gc.Value) (gc.Value, error) {
	start, stop, step := vm.rangeInts(a)
	n := rangeLength(start, stop, step)
	if b.Tag() == TagSlice {
		lo, hi, st, err := vm.sliceLongIndices(b, n)
		if err != nil {
			return vEmpty, err
		}
		return vm.newRangeInts(start.Add(lo.Mul(step)), start.Add(hi.Mul(step)), step.Mul(st)), nil
	}
	iv := b
	if !isIntLike(iv) {
		if iv.Tag() == TagObject {
			if _, ok := vm.lookupS(vm.typeOf(iv), "__index__"); ok || vm.hasIndex(iv) {
				var err error
				if iv, err = vm.numberIndex(iv); err != nil {
					return vEmpty, err
				}
			}
		}
		if !isIntLike(iv) {
			return vEmpty, vm.raise("TypeError", "range indices must be integers or slices, not %s", vm.typeOf(b).Name)
		}
	}
	i := vm.toInt(iv)
	if i.Sign() < 0 {
		i = i.Add(n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return vEmpty, vm.raise("IndexError", "range object index out of range")
	}
	return vm.fromInt(start.Add(i.Mul(step))), nil
}

// sliceLongIndices is _PySlice_GetLongIndices: the start, stop and step of
// slice s over a sequence of exact length n.
func (vm *VM) sliceLongIndices(s gc.Value, n num.Int) (num.Int, num.Int, num.Int, error) {
	get := func(v gc.Value) (num.Int, bool, error) {
		if v.Tag() == gc.TagNone {
			return num.Int{}, false, nil
		}
		iv, err := vm.numberIndex(v)
		if err != nil {
			vm.exc = vEmpty
			return num.Int{}, false, vm.raise("TypeError", "slice indices must be integers or None or have an __index__ method")
		}
		return vm.toInt(iv), true, nil
	}
	r := s.Ref()
	step, has, err := get(vm.slot(r, 2))
	if err != nil {
		return step, step, step, err
	}
	if !has {
		step = num.NewInt(1)
	}
	if step.IsZero() {
		return step, step, step, vm.raise("ValueError", "slice step cannot be zero")
	}
	neg := step.Sign() < 0
	lower, upper := num.NewInt(0), n
	if neg {
		lower = num.NewInt(-1)
		upper = n.Add(lower)
	}
	clamp := func(v gc.Value, dflt num.Int) (num.Int, error) {
		x, has, err := get(v)
		if err != nil || !has {
			return dflt, err
		}
		if x.Sign() < 0 {
			x = x.Add(n)
			if x.Cmp(lower) < 0 {
				x = lower
			}
		} else if x.Cmp(upper) > 0 {
			x = upper
		}
		return x, nil
	}
	dStart, dStop := lower, upper
	if neg {
		dStart, dStop = upper, lower
	}
	start, err := clamp(vm.slot(r, 0), dStart)
	if err != nil {
		return start, start, start, err
	}
	stop, err := clamp(vm.slot(r, 1), dStop)
	return start, stop, step, err
}

// rangeHas is x in range for an int x.
func (vm *VM) rangeHas(c gc.Value, x num.Int) bool {
	_, ok := vm.rangePos(c, x)
	return ok
}

// rangePos is the position of the int x in range c.
func (vm *VM) rangePos(c gc.Value, x num.Int) (num.Int, bool) {
	start, stop, step := vm.rangeInts(c)
	if step.Sign() > 0 {
		if x.Cmp(start) < 0 || x.Cmp(stop) >= 0 {
			return num.Int{}, false
		}
	} else if x.Cmp(start) > 0 || x.Cmp(stop) <= 0 {
		return num.Int{}, false
	}
	q, r, err := x.Sub(start).DivMod(step)
	if err != nil || !r.IsZero() {
		return num.Int{}, false
	}
	return q, true
}

// rangeEqual is range == range: same length, and same start and step where
// they matter (CPython's range_equals).
func (vm *VM) rangeEqual(a, b gc.Value) bool {
	s1, e1, t1 := vm.rangeInts(a)
	s2, e2, t2 := vm.rangeInts(b)
	n := rangeLength(s1, e1, t1)
	if !n.Equal(rangeLength(s2, e2, t2)) {
		return false
	}
	if n.IsZero() {
		return true
	}
	if !s1.Equal(s2) {
		return false
	}
	return n.Equal(num.NewInt(1)) || t1.Equal(t2)
}

// rangeHashValue is hash(range): the hash of (len, start, step), with
// start and step None where they do not matter, as CPython's range_hash.
func (vm *VM) rangeHashValue(v gc.Value) (int64, error) {
	start, stop, step := vm.rangeInts(v)
	n := rangeLength(start, stop, step)
	t := []gc.Value{vm.fromInt(n), vNone, vNone}
	if !n.IsZero() {
		t[1] = vm.fromInt(start)
		if !n.Equal(num.NewInt(1)) {
			t[2] = vm.fromInt(step)
		}
	}
	return vm.hash(vm.newTuple(t))
}

// rangeReprStr is repr(range).
func (vm *VM) rangeReprStr(v gc.Value) string {
	start, stop, step := vm.rangeInts(v)
	if step.Equal(num.NewInt(1)) {
		return "range(" + start.String() + ", " + stop.String() + ")"
	}
	return "range(" + start.String() + ", " + stop.String() + ", " + step.String() + ")"
}
