// fastset.go holds interpreter fast paths for small-int set and dict
// membership and for `for x in range(...)`, which nqueens-like code runs in
// its innermost loops (docs/vm.md "Interpreter speed (session 14)").
//
// `k in s` with an int k and an exact set, frozenset or dict probes the
// index directly: no contains switch, no setKey/unwrap, no generic hash.
// Only int keys are decided here; a probe that meets a key of another type
// with the same hash tag (a float, a bool, an object whose __eq__ might run)
// hands the whole lookup back to the general path, so the answer and every
// side effect stay those of the generic lookup.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// intHash is hash(i) for an int that fits in an int64 with |i| below
// 2^61-1 (CPython's long_hash: the value itself, -1 reserved); ok is false
// for the rest, whose hash takes the general path.
func intHash(i int64) (h int64, ok bool) {
	if i >= 0 && i < 1<<61-1 {
		return i, true
	}
	if i < 0 && i > -(1<<61-1) {
		if i == -1 {
			return -2, true
		}
		return i, true
	}
	return 0, false
}

// dictHasInt reports whether the set, frozenset or dict d holds the int
// key (a gc.TagInt value). decided is false when the probe cannot answer
// without the general lookup: a huge int, or a key of another type with
// the same hash tag on the probe path.
func (vm *VM) dictHasInt(d, key gc.Value) (found, decided bool) {
	h, ok := intHash(key.Int())
	if !ok {
		return false, false
	}
	di := vm.dictIdx(d)
	mask := uint64(len(di.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	tag := di.hashTag(h)
	var ents []gc.Value
	for {
		w := di.table[i]
		if w == slotEmpty {
			return false, true
		}
		if di.sameTag(w, tag) {
			if ents == nil {
				ents = vm.dictEntries(d)
			}
			k := ents[2*di.indexEntry(w)]
			if k == key {
				return true, true
			}
			if k.Tag() != gc.TagInt {
				// 1.0, True, an object with __eq__: the general path
				return false, false
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// containsFast is IN/NOTIN's fast path for an int or str key in an exact
// set, frozenset or dict: ok is false when the general contains must run.
func (vm *VM) containsFast(c, x gc.Value) (found, ok bool) {
	switch c.Tag() {
	case TagSet, TagFrozenset, TagDict:
		switch x.Tag() {
		case gc.TagInt:
			return vm.dictHasInt(c, x)
		case TagStr:
			// a str key of another type with the same hash (a str
			// subclass, an object with __eq__) needs the general path
			_, found, other := vm.dictProbeStr(c, x)
			return found, found || !other
		}
	}
	return false, false
}

// rangeIterFast is CALL's path for range(stop) and range(start, stop)
// with small int arguments when the very next instruction is the GETITER
// of the result (a for loop's header): the iterator is made directly,
// without the range object nobody else can see. ok is false when the
// general call must run.
func (vm *VM) rangeIterFast(args []gc.Value, next bytecode.Instr, a int) (it gc.Value, ok bool) {
	if next.Op() != bytecode.GETITER || next.B() != a {
		return vEmpty, false
	}
	var start, stop int64
	switch len(args) {
	case 1:
		if args[0].Tag() != gc.TagInt {
			return vEmpty, false
		}
		stop = args[0].Int()
	case 2:
		if args[0].Tag() != gc.TagInt || args[1].Tag() != gc.TagInt {
			return vEmpty, false
		}
		start, stop = args[0].Int(), args[1].Int()
	default:
		return vEmpty, false
	}
	if start <= -smallRangeLimit || start >= smallRangeLimit || stop <= -smallRangeLimit || stop >= smallRangeLimit {
		return vEmpty, false
	}
	r := vm.alloc(kindRangeIter, 0, 24)
	vm.setRawU64(r, 0, 0, uint64(start))
	vm.setRawU64(r, 0, 1, uint64(stop))
	vm.setRawU64(r, 0, 2, 1)
	return mkref(TagIter, r), true
}

// maxListReserve bounds what a set reserves for the items of a list or
// tuple, which may repeat: set([0] * 10**6) must not keep room for a
// million entries.
const maxListReserve = 1 << 16

// dictReserve makes room in dict or set d for n more entries, so that
// filling it does not resize its storage and index again and again. The
// entries keep their order and a set's CPython slot layout (its cset) is
// left alone: nothing observable changes.
func (vm *VM) dictReserve(d gc.Value, n int) {
	if n <= 0 {
		return
	}
	di := vm.dictIdx(d)
	st := vm.slot(d.Ref(), 0).Ref()
	if 2*(di.n+n)+2 <= vm.numSlots(st) && (max(di.n, di.ifill)+n+1)*3 < len(di.table)*2 {
		return
	}
	vm.dictResizeCap(d, di, di.live+n+4)
}

// dictHasHash reports whether d holds key, whose hash h is known (taken
// from another set's entry, as CPython's set_contains_entry does).
func (vm *VM) dictHasHash(d, key gc.Value, h int64) (bool, error) {
	e, _, err := vm.dictFind(d, vm.dictIdx(d), key, h)
	return e >= 0, err
}

// inplaceIntFast is INPLACE's fast path for `x op= y` on two small ints
// for the operators whose result cannot overflow an int64 under the
// stated bounds; ok is false for the rest, which take inplaceOp.
func inplaceIntFast(op bytecode.Op, p, q int64) (int64, bool) {
	switch op {
	case bytecode.MUL:
		if p > -1<<31 && p < 1<<31 && q > -1<<31 && q < 1<<31 {
			return p * q, true
		}
	case bytecode.FLOORDIV:
		if q > 0 {
			d := p / q
			if p%q != 0 && p < 0 {
				d--
			}
			return d, true
		}
	case bytecode.MOD:
		if q > 0 {
			m := p % q
			if m < 0 {
				m += q
			}
			return m, true
		}
	case bytecode.BITAND:
		return p & q, true
	case bytecode.BITOR:
		return p | q, true
	case bytecode.BITXOR:
		return p ^ q, true
	}
	return 0, false
}

// dictGetStrFast is GETITEM's path for d[s] with an exact dict and an
// exact str: a found key is decided as dictGet decides it; a missing one
// (ok false) goes to getItem, which builds the KeyError.
func (vm *VM) dictGetStrFast(d, key gc.Value) (gc.Value, bool) {
	v, found, _ := vm.dictProbeStr(d, key)
	return v, found
}
