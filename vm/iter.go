// iter.go holds range objects and the iterators: each iterator is a small
// heap object whose block kind says what it iterates (FORITER runs the
// range and list iterators inline), plus the generic protocol (__iter__,
// __next__, sequences with __getitem__).

package vm

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
)

// Iterator kinds of this file, numbered apart from object.go's list (and
// below the native modules' kinds, which start at 160).
const (
	kindListRevIter     gc.Kind = 140 + iota // list_reverseiterator: reversed(list)
	kindSetIter                              // set_iterator: the dict iterator over a set's table
	kindDictRevKeyIter                       // dict_reversekeyiterator: reversed(dict or its keys), over a list of the keys
	kindDictRevValIter                       // dict_reversevalueiterator: reversed(d.values()), over a list of the values
	kindDictRevItemIter                      // dict_reverseitemiterator: reversed(d.items()), over a list of the items
	kindLongRangeIter                        // longrange_iterator: iter(range) past int64, indexing the range
)

// newRange allocates a range object.
func (vm *VM) newRange(start, stop, step int64) gc.Value {
	r := vm.alloc(kindRange, 0, 24)
	vm.setRawU64(r, 0, 0, uint64(start))
	vm.setRawU64(r, 0, 1, uint64(stop))
	vm.setRawU64(r, 0, 2, uint64(step))
	return mkref(TagRange, r)
}

// reversedRange is reversed() of a range whose bounds fit int64: a
// range_iterator stepping backwards from the last element, as in CPython.
// Its bounds are within smallRangeLimit (ranges.go), so last and
// start-step fit int64.
func (vm *VM) reversedRange(v gc.Value) gc.Value {
	start, _, step := vm.rangeParts(v)
	n, _ := vm.rangeLen(v)
	last := start + (n-1)*step
	r := vm.alloc(kindRangeIter, 0, 24)
	vm.setRawU64(r, 0, 0, uint64(last))
	vm.setRawU64(r, 0, 1, uint64(start-step))
	vm.setRawU64(r, 0, 2, uint64(-step))
	return mkref(TagIter, r)
}

// rangeParts returns start, stop, step.
func (vm *VM) rangeParts(v gc.Value) (int64, int64, int64) {
	r := v.Ref()
	return int64(vm.rawU64(r, 0, 0)), int64(vm.rawU64(r, 0, 1)), int64(vm.rawU64(r, 0, 2))
}

// rangeLen returns the number of items of a range.
func (vm *VM) rangeLen(v gc.Value) (int64, error) {
	start, stop, step := vm.rangeParts(v)
	if step > 0 && start < stop {
		return (stop - start + step - 1) / step, nil
	}
	if step < 0 && start > stop {
		return (start - stop - step - 1) / (-step), nil
	}
	return 0, nil
}

// rangeList returns the items of a range as values.
func (vm *VM) rangeList(v gc.Value) ([]gc.Value, error) {
	start, _, step := vm.rangeParts(v)
	n, _ := vm.rangeLen(v)
	out := make([]gc.Value, n)
	for i := range out {
		out[i] = gc.Int(start + int64(i)*step)
	}
	return out, nil
}

// newIter allocates an iterator of kind k with the given slots and raw words.
func (vm *VM) newIter(k gc.Kind, slots []gc.Value, nraw int) gc.Value {
	r := vm.alloc(k, len(slots), nraw*8)
	copy(vm.slotsOf(r, len(slots)), slots)
	return mkref(TagIter, r)
}

// getIter implements iter(v).
func (vm *VM) getIter(v gc.Value) (gc.Value, error) {
	switch v.Tag() {
	case TagRange:
		if vm.isBigRange(v) {
			return vm.newIter(kindLongRangeIter, []gc.Value{v}, 1), nil
		}
		start, stop, step := vm.rangeParts(v)
		r := vm.alloc(kindRangeIter, 0, 24)
		vm.setRawU64(r, 0, 0, uint64(start))
		vm.setRawU64(r, 0, 1, uint64(stop))
		vm.setRawU64(r, 0, 2, uint64(step))
		return mkref(TagIter, r), nil
	case TagList:
		return vm.newIter(kindListIter, []gc.Value{v}, 1), nil
	case TagTuple:
		return vm.newIter(kindTupleIter, []gc.Value{v}, 1), nil
	case TagStr:
		return vm.newIter(kindStrIter, []gc.Value{v}, 1), nil
	case TagDict, TagSet, TagFrozenset:
		k := kindDictIter
		if v.Tag() != TagDict {
			k = kindSetIter
		}
		it := vm.newIter(k, []gc.Value{v}, 2)
		vm.setRawU64(it.Ref(), 1, 1, uint64(vm.dictLen(v)))
		return it, nil
	case TagDictView:
		which := vm.rawU64(v.Ref(), 1, 0)
		d := vm.slot(v.Ref(), 0)
		k := []gc.Kind{kindDictIter, kindDictVIter, kindDictIIter}[which]
		it := vm.newIter(k, []gc.Value{d}, 2)
		vm.setRawU64(it.Ref(), 1, 1, uint64(vm.dictLen(d)))
		return it, nil
	case TagIter:
		if at := vm.asyncTypeOf(v); at != nil {
			// Coroutines and async generators are generator objects
			// underneath, but not iterable (async.go).
			return vEmpty, vm.raise("TypeError", "'%s' object is not iterable", at.Name)
		}
		return v, nil
	case TagObject:
		t := vm.typeOf(v)
		if m, ok := vm.lookupS(t, "__iter__"); ok {
			it, err := vm.callPy(m, v)
			if err != nil {
				return vEmpty, err
			}
			if it.Tag() != TagIter {
				if _, ok := vm.lookupS(vm.typeOf(it), "__next__"); !ok {
					return vEmpty, vm.raise("TypeError", "iter() returned non-iterator of type '%s'", vm.typeOf(it).Name)
				}
			}
			return it, nil
		}
		if base, ok := vm.baseOf(v); ok {
			return vm.getIter(base)
		}
		if _, ok := vm.lookupS(t, "__getitem__"); ok {
			return vm.newIter(kindSeqIter, []gc.Value{v}, 1), nil
		}
	case TagBytes, TagByteArray:
		return vm.bytesIter(v), nil
	case TagType:
		if it, ok, err := vm.metaDunder(v, "__iter__"); ok {
			return it, err
		}
	}
	return vEmpty, vm.raise("TypeError", "'%s' object is not iterable", vm.typeOf(v).Name)
}

// next advances an iterator: ok is false when it is exhausted.
func (vm *VM) next(it gc.Value) (gc.Value, bool, error) {
	if it.Tag() != TagIter {
		t := vm.typeOf(it)
		m, ok := vm.lookupS(t, "__next__")
		if !ok {
			return vEmpty, false, vm.raise("TypeError", "'%s' object is not an iterator", t.Name)
		}
		v, err := vm.callPy(m, it)
		if err != nil {
			if vm.isExcType(vm.exc, "StopIteration") {
				vm.exc = vEmpty
				return vEmpty, false, nil
			}
			return vEmpty, false, err
		}
		return v, true, nil
	}
	r := it.Ref()
	switch vm.kindOf(r) {
	case kindRangeIter:
		cur := int64(vm.rawU64(r, 0, 0))
		stop := int64(vm.rawU64(r, 0, 1))
		step := int64(vm.rawU64(r, 0, 2))
		if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
			vm.setRawU64(r, 0, 0, uint64(cur+step))
			return gc.Int(cur), true, nil
		}
		return vEmpty, false, nil
	case kindListIter, kindTupleIter:
		seq := vm.slot(r, 0)
		if seq.IsEmpty() {
			return vEmpty, false, nil
		}
		i := int(vm.rawU64(r, 1, 0))
		items := vm.seqItems(seq)
		if i < len(items) {
			vm.setRawU64(r, 1, 0, uint64(i+1))
			return items[i], true, nil
		}
		vm.setSlot(r, 0, vEmpty)
		return vEmpty, false, nil
	case kindStrIter:
		s := vm.str(vm.slot(r, 0))
		i := int(vm.rawU64(r, 1, 0))
		if i >= len(s) {
			return vEmpty, false, nil
		}
		if s[i] < 0x80 {
			vm.setRawU64(r, 1, 0, uint64(i+1))
			return vm.charStrs[s[i]], true, nil
		}
		_, n := decodeRuneWTF8(s[i:])
		vm.setRawU64(r, 1, 0, uint64(i+n))
		return vm.newStr(s[i : i+n]), true, nil
	case kindDictIter, kindDictVIter, kindDictIIter, kindSetIter:
		ents, i, ok, err := vm.dictIterAdvance(r)
		if !ok {
			return vEmpty, false, err
		}
		switch vm.kindOf(r) {
		case kindDictIter, kindSetIter:
			return ents[2*i], true, nil
		case kindDictVIter:
			return ents[2*i+1], true, nil
		}
		return vm.newTuple(ents[2*i : 2*i+2]), true, nil
	case kindEnumerate:
		x, ok, err := vm.next(vm.slot(r, 0))
		if err != nil || !ok {
			return vEmpty, false, err
		}
		n := vm.slot(r, 1)
		vm.setSlot(r, 1, vm.enumerateSucc(n))
		return vm.newTuple([]gc.Value{n, x}), true, nil
	case kindZip:
		n := len(vm.tupleItems(vm.slot(r, 0)))
		if n == 0 {
			return vEmpty, false, nil
		}
		var small [4]gc.Value
		out := small[:0]
		if n <= len(small) {
			out = small[:n]
		} else {
			out = make([]gc.Value, n)
		}
		if ok, err := vm.zipStep(r, out); err != nil || !ok {
			return vEmpty, false, err
		}
		return vm.newTuple(out), true, nil
	case kindMap:
		its := vm.tupleItems(vm.slot(r, 1))
		args := make([]gc.Value, len(its))
		for i := range args {
			x, ok, err := vm.next(vm.tupleItems(vm.slot(r, 1))[i])
			if err != nil || !ok {
				return vEmpty, false, err
			}
			args[i] = x
		}
		v, err := vm.callValue(vm.slot(r, 0), args, nil)
		return v, err == nil, err
	case kindFilter:
		for {
			x, ok, err := vm.next(vm.slot(r, 1))
			if err != nil || !ok {
				return vEmpty, false, err
			}
			fn := vm.slot(r, 0)
			var keep bool
			if fn.Tag() == gc.TagNone {
				keep, err = vm.truth(x)
			} else {
				var t gc.Value
				t, err = vm.callPy(fn, x)
				if err == nil {
					keep, err = vm.truth(t)
				}
			}
			if err != nil {
				return vEmpty, false, err
			}
			if keep {
				return x, true, nil
			}
		}
	case kindReversed, kindListRevIter, kindDictRevKeyIter, kindDictRevValIter, kindDictRevItemIter:
		seq := vm.slot(r, 0)
		i := int64(vm.rawU64(r, 1, 0)) - 1
		if seq.IsEmpty() || i < 0 {
			vm.setSlot(r, 0, vEmpty)
			return vEmpty, false, nil
		}
		vm.setRawU64(r, 1, 0, uint64(i))
		if seq.Tag() == TagList || seq.Tag() == TagTuple {
			items := vm.seqItems(seq)
			if int(i) >= len(items) {
				return vEmpty, false, nil
			}
			return items[i], true, nil
		}
		v, err := vm.getItem(seq, gc.Int(i))
		return v, err == nil, err
	case kindSeqIter, kindLongRangeIter:
		i := int64(vm.rawU64(r, 1, 0))
		v, err := vm.getItem(vm.slot(r, 0), gc.Int(i))
		if err != nil {
			if vm.isExcType(vm.exc, "IndexError") || vm.isExcType(vm.exc, "StopIteration") {
				vm.exc = vEmpty
				return vEmpty, false, nil
			}
			return vEmpty, false, err
		}
		vm.setRawU64(r, 1, 0, uint64(i+1))
		return v, true, nil
	case kindBytesIter, kindByteArrayIter:
		return vm.bytesIterNext(r)
	case kindGenerator:
		v, done, err := vm.genResume(it, vNone)
		if err != nil || done {
			return vEmpty, false, err
		}
		return v, true, nil
	case kindCallIter:
		fn := vm.slot(r, 0)
		if fn.IsEmpty() {
			return vEmpty, false, nil
		}
		v, err := vm.callValue(fn, nil, nil)
		if err != nil {
			if vm.isExcType(vm.exc, "StopIteration") {
				// The callable's StopIteration ends the iteration.
				vm.exc = vEmpty
				vm.setSlot(r, 0, vEmpty)
				return vEmpty, false, nil
			}
			return vEmpty, false, err
		}
		eq, err := vm.eqBool(v, vm.slot(r, 1))
		if err != nil || eq {
			if eq {
				vm.setSlot(r, 0, vEmpty)
			}
			return vEmpty, false, err
		}
		return v, true, nil
	}
	if k := vm.kindOf(r); k >= kindNativeFirst {
		return vm.nativeIterNext(it, r, k)
	}
	return vEmpty, false, vm.raise("TypeError", "not an iterator")
}

// decodeRuneWTF8 decodes one code point of a WTF-8 string.
func decodeRuneWTF8(s string) (rune, int) {
	c := s[0]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xE0 && len(s) >= 2:
		return rune(c&0x1f)<<6 | rune(s[1]&0x3f), 2
	case c < 0xF0 && len(s) >= 3:
		return rune(c&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	case len(s) >= 4:
		return rune(c&0x07)<<18 | rune(s[1]&0x3f)<<12 | rune(s[2]&0x3f)<<6 | rune(s[3]&0x3f), 4
	}
	return rune(c), 1
}

// runesOf decodes a str into code points.
func runesOf(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decodeRuneWTF8(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// strLen returns the number of code points of s.
func strLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// initRangeMethods installs range.index and range.count.
func (vm *VM) initRangeMethods() {
	vm.methods(vm.tRange, map[string]bfunc{
		"index": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			r, x := args[0], args[1]
			if isIntLike(x) {
				if i, ok := vm.rangeIndexOf(r, x); ok {
					return i, nil
				}
				s, err := vm.reprOf(x)
				if err != nil {
					return vEmpty, err
				}
				return vEmpty, vm.raise("ValueError", "%s is not in range", s)
			}
			i := int64(0)
			found := false
			err := vm.iterate(r, func(v gc.Value) (bool, error) {
				eq, err := vm.eqBool(v, x)
				if err != nil || eq {
					found = eq
					return false, err
				}
				i++
				return true, nil
			})
			if err != nil {
				return vEmpty, err
			}
			if !found {
				return vEmpty, vm.raise("ValueError", "sequence.index(x): x not in sequence")
			}
			return gc.Int(i), nil
		},
		"count": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			r, x := args[0], args[1]
			if isIntLike(x) {
				if _, ok := vm.rangeIndexOf(r, x); ok {
					return gc.Int(1), nil
				}
				return gc.Int(0), nil
			}
			n := int64(0)
			err := vm.iterate(r, func(v gc.Value) (bool, error) {
				eq, err := vm.eqBool(v, x)
				if eq {
					n++
				}
				return err == nil, err
			})
			return gc.Int(n), err
		},
	})
}

// rangeIndexOf returns the position of the int x in range r.
func (vm *VM) rangeIndexOf(r, x gc.Value) (gc.Value, bool) {
	i, ok := vm.rangePos(r, vm.toInt(x))
	if !ok {
		return vEmpty, false
	}
	return vm.fromInt(i), true
}

// initSliceMethods installs slice.indices.
func (vm *VM) initSliceMethods() {
	vm.methods(vm.tSlice, map[string]bfunc{
		"indices": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.checkMethodArgs(argSpec{style: 'O'}, "slice.indices", "indices", args[1:], kw); err != nil {
				return vEmpty, err
			}
			n, err := vm.ssize(args[1])
			if err != nil {
				return vEmpty, err
			}
			if n < 0 {
				return vEmpty, vm.raise("ValueError", "length should not be negative")
			}
			start, stop, step, _, err := vm.sliceIndices(args[0], n)
			if err != nil {
				return vEmpty, err
			}
			stepV := gc.Int(int64(step))
			if sv := vm.slot(args[0].Ref(), 2); sv.Tag() == TagBigInt {
				stepV = sv
			} else if sv.Tag() == TagObject {
				i, err := vm.index(sv, "slice")
				if err != nil {
					return vEmpty, err
				}
				stepV = gc.Int(i)
			}
			return vm.newTuple([]gc.Value{gc.Int(int64(start)), gc.Int(int64(stop)), stepV}), nil
		},
	})
}

// zipStrictEnd checks, for zip(strict=True), that the iterator i that
// just ended is not shorter than the ones before it and that the others
// end too, with CPython's messages.
func (vm *VM) zipStrictEnd(r gc.Ref, i int) error {
	args := func(n int) string {
		if n == 1 {
			return "argument 1"
		}
		return fmt.Sprintf("arguments 1-%d", n)
	}
	if i > 0 {
		return vm.raise("ValueError", "zip() argument %d is shorter than %s", i+1, args(i))
	}
	n := len(vm.tupleItems(vm.slot(r, 0)))
	for j := 1; j < n; j++ {
		_, ok, err := vm.next(vm.tupleItems(vm.slot(r, 0))[j])
		if err != nil {
			return err
		}
		if ok {
			return vm.raise("ValueError", "zip() argument %d is longer than %s", j+1, args(j))
		}
	}
	return nil
}
