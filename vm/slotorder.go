// slotorder.go fixes the order in which a builtin type's methods enter its
// __dict__. The methods are written as Go map literals, whose iteration
// order changes from run to run, so without an order list(int.__dict__)
// and vars(object) would differ between two runs of one program. CPython
// fills a builtin type's dict from its slot table first (typeobject.c's
// slotdefs: the type slots, then the number, mapping and sequence
// protocols) and then from its method table; we rank the slot names the
// same way and put the other names after them in alphabetical order (the
// per-type method tables are not mirrored, so that part is only stable, not
// CPython's).

package vm

import "sort"

// slotRank orders the special-method names as CPython's slotdefs does
// when it installs them. __new__ comes first: CPython adds it before the
// slot wrappers.
var slotRank = rankOf([]string{
	"__new__", "__repr__", "__hash__", "__call__", "__str__", "__getattribute__",
	"__getattr__", "__setattr__", "__delattr__", "__lt__", "__le__", "__eq__",
	"__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
	"__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__",
	// The number protocol.
	"__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__",
	"__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__",
	"__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__",
	"__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__",
	"__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__", "__imul__",
	"__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__",
	"__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__",
	"__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__",
	"__imatmul__",
	// The mapping and sequence protocols.
	"__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
})

// sequenceSlots are the names a type without the number protocol gets
// from the sequence protocol, after the mapping slots (list.__add__ comes
// after list.__delitem__, int.__add__ right after int.__ge__).
var sequenceSlots = rankOf([]string{"__add__", "__mul__", "__rmul__", "__contains__", "__iadd__", "__imul__"})

func rankOf(names []string) map[string]int {
	m := make(map[string]int, len(names))
	for i, n := range names {
		m[n] = i
	}
	return m
}

// orderedNames returns the keys of ms in the order their methods enter a
// type's dict.
func orderedNames[V any](ms map[string]V) []string {
	_, numeric := ms["__sub__"]
	if _, neg := ms["__neg__"]; neg {
		numeric = true
	}
	rank := func(name string) int {
		if s, ok := sequenceSlots[name]; ok && !numeric {
			return len(slotRank) + s
		}
		if r, ok := slotRank[name]; ok {
			return r
		}
		return len(slotRank) + len(sequenceSlots)
	}
	names := make([]string, 0, len(ms))
	for n := range ms {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		ri, rj := rank(names[i]), rank(names[j])
		if ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	return names
}
