// forpair.go holds the pair step of `for a, b in X`: when X's iterator is
// one whose items are 2-tuples built for each step (dict items,
// enumerate, zip of two iterables), FORITER followed by UNPACK of two
// hands the two halves straight to the UNPACK's registers, and the tuple
// that CPython reuses through its refcount (dictitems, enumerate and zip
// recycle their result tuple when nobody else holds it) is not built at
// all. docs/vm.md "Pair loops" gives the reasons.

package vm

import (
	"math"

	"github.com/hotloop/hotloop/gc"
)

// nextPair advances iterator r, of kind kindDictIIter, kindEnumerate or
// kindZip, by one item and returns the item's two halves, exactly as
// next would return them in a tuple. handled is false when this
// iterator's items are not pairs (a zip of another arity), and then
// nothing has been consumed. ok is false at the end of the iteration.
func (vm *VM) nextPair(r gc.Ref) (a, b gc.Value, ok, handled bool, err error) {
	switch vm.kindOf(r) {
	case kindDictIIter:
		ents, i, ok, err := vm.dictIterAdvance(r)
		if !ok || err != nil {
			return vEmpty, vEmpty, false, true, err
		}
		return ents[2*i], ents[2*i+1], true, true, nil
	case kindEnumerate:
		x, ok, err := vm.next(vm.slot(r, 0))
		if err != nil || !ok {
			return vEmpty, vEmpty, false, true, err
		}
		n := vm.slot(r, 1)
		vm.setSlot(r, 1, vm.enumerateSucc(n))
		return n, x, true, true, nil
	case kindZip:
		if len(vm.tupleItems(vm.slot(r, 0))) != 2 {
			return vEmpty, vEmpty, false, false, nil
		}
		var out [2]gc.Value
		if ok, err := vm.zipStep(r, out[:]); err != nil || !ok {
			return vEmpty, vEmpty, false, true, err
		}
		return out[0], out[1], true, true, nil
	}
	return vEmpty, vEmpty, false, false, nil
}

// enumerateSucc returns an enumerate counter plus one: an inline int
// unless it is about to leave int64.
func (vm *VM) enumerateSucc(n gc.Value) gc.Value {
	if n.Tag() == gc.TagInt && n.Int() < math.MaxInt64 {
		return gc.Int(n.Int() + 1)
	}
	return vm.fromInt(vm.toInt(n).Add(vm.toInt(gc.Int(1))))
}

// dictIterAdvance moves a dict or set iterator (keys, values or items)
// to its next live entry and returns the entry storage and the entry's
// number, or ok false at the end. A size change since the iterator
// started raises the RuntimeError that next raises, and keeps raising it
// on later steps. A set with CPython's slot layout (set.go) is walked in
// slot order, as CPython iterates it.
func (vm *VM) dictIterAdvance(r gc.Ref) (ents []gc.Value, i int, ok bool, err error) {
	d := vm.slot(r, 0)
	di := vm.dictIdx(d)
	if uint64(di.live) != vm.rawU64(r, 1, 1) {
		what := "dictionary"
		if d.Tag() != TagDict {
			what = "Set"
		}
		vm.setRawU64(r, 1, 1, ^uint64(0))
		return nil, 0, false, vm.raise("RuntimeError", "%s changed size during iteration", what)
	}
	i = int(vm.rawU64(r, 1, 0))
	ents = vm.dictEntries(d)
	if di.cs != nil {
		for i < len(di.cs.tab) && di.cs.tab[i] < 0 {
			i++
		}
		if i >= len(di.cs.tab) {
			vm.setRawU64(r, 1, 0, uint64(i))
			return nil, 0, false, nil
		}
		vm.setRawU64(r, 1, 0, uint64(i+1))
		return ents, int(di.cs.tab[i]), true, nil
	}
	for i < di.n && ents[2*i].IsEmpty() {
		i++
	}
	if i >= di.n {
		vm.setRawU64(r, 1, 0, uint64(i))
		return nil, 0, false, nil
	}
	vm.setRawU64(r, 1, 0, uint64(i+1))
	// the key a few entries on, as FORITER does for lists (fastlist.go)
	if j := i + prefetchAhead; j < di.n {
		if k := ents[2*j]; k.Tag() >= gc.TagRef {
			gc.Prefetch(vm.refAddr(k.Ref()))
		}
	}
	return ents, i, true, nil
}

// zipStep fills out with the next item of each of zip r's iterators
// (len(out) of them) and reports false when one is exhausted, raising
// the strict mode's ValueError when that is an error.
func (vm *VM) zipStep(r gc.Ref, out []gc.Value) (bool, error) {
	for i := range out {
		x, ok, err := vm.next(vm.tupleItems(vm.slot(r, 0))[i])
		if err != nil {
			return false, err
		}
		if !ok {
			if vm.rawU64(r, 1, 0) != 0 {
				return false, vm.zipStrictEnd(r, i)
			}
			return false, nil
		}
		out[i] = x
	}
	return true, nil
}

// enumerateStart converts enumerate's start as PyNumber_Index does: an
// int stays, a bool or an int subclass becomes the plain int it equals,
// another object needs an __index__ that returns an int.
func (vm *VM) enumerateStart(v gc.Value) (gc.Value, error) {
	switch v.Tag() {
	case gc.TagInt, TagBigInt:
		return v, nil
	case gc.TagBool:
		return gc.Int(int64(v.Bits())), nil
	case TagObject:
		if base, ok := vm.baseOf(v); ok && isIntLike(base) {
			return vm.fromInt(vm.toInt(base)), nil
		}
		if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok {
			r, err := vm.callPy(m, v)
			if err != nil {
				return vEmpty, err
			}
			switch r.Tag() {
			case gc.TagInt, TagBigInt:
				return r, nil
			case gc.TagBool:
				// CPython also warns that this is deprecated.
				return gc.Int(int64(r.Bits())), nil
			case TagObject:
				if base, ok := vm.baseOf(r); ok && isIntLike(base) {
					return vm.fromInt(vm.toInt(base)), nil
				}
			}
			return vEmpty, vm.raise("TypeError", "__index__ returned non-int (type %s)", vm.typeOf(r).Name)
		}
	}
	return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
}
