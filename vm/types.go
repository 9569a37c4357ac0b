// types.go holds Type, the Go half of a type object, and the attribute
// lookup through the method resolution order. Every type (builtin or
// defined by a class statement) is a heap object with tag TagType whose
// slot 0 is its attribute dict and whose side entry is the *Type. Types are
// permanent roots: they are never freed (a program defines few of them).

package vm

import (
	"github.com/hotloop/hotloop/gc"
)

// Type is a Python type.
type Type struct {
	Name   string
	Module string
	// Qualname is the class's __qualname__ when it differs from Name (a
	// class nested in a function or class); CPython keeps it in the type
	// object, not in the class dict.
	Qualname string
	ref      gc.Ref
	Dict     gc.Value // attribute dict (also slot 0 of the type object)
	Bases    []*Type
	MRO      []*Type
	// inst is the tag of instances of builtin types (TagObject for classes).
	inst gc.Tag
	// nslots is the number of value slots of an instance (TagObject).
	nslots int
	isExc  bool
	// builtin types with their own constructor
	ctor func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error)
	// version changes when the type or a base changes.
	version uint64
	// subclasses, for version propagation
	subs     []*Type
	noSubcls bool
	// cached special methods (nil: not defined in Python code)
	hasGetattr bool
	// hasGetattribute: a class on the MRO defines __getattribute__ in
	// Python, so every attribute read goes through it (no caches)
	hasGetattribute bool
	// builtinBase is the builtin type (list, dict, int...) a class derives
	// from; its instances hold a value of that type in slot baseSlot, to
	// which the builtin's methods and operations apply.
	builtinBase *Type
	// slotNames lists __slots__; restricted: instances have no __dict__ and
	// accept only those attributes.
	slotNames  map[string]bool
	restricted bool
	// valueMembers: the type's dict holds member descriptors for data
	// attributes its instances serve themselves (complex.real, slice.start:
	// specialAttr), which lookup skips as it skips __slots__ members.
	valueMembers bool
	// valueGetSets: names whose getset_descriptors in the type's dict stand
	// for attributes the objects serve themselves (valuegetset.go), which
	// lookup skips as it skips valueMembers.
	valueGetSets map[string]bool
	// attrCap is the number of attribute slots new instances get.
	attrCap int
	// initVer is the version for which initFn caches the __init__ to
	// inline in CALL (empty: create instances the generic way).
	initVer uint64
	initFn  gc.Value
	// native marks the types of the native modules (mod_*.go): their
	// builtin special methods are called by the generic operations.
	native bool
	// nat holds Go fast paths of a native type's special methods; only
	// the native type itself has them (not its Python subclasses, which
	// may override the methods).
	nat *nativeSlots
	// meta is the metaclass when it is not type (meta.go).
	meta *Type
}

// Value returns the type object as a value.
func (t *Type) Value() gc.Value { return mkref(TagType, t.ref) }

// newType allocates a type object.
func (vm *VM) newType(name string, bases []*Type, inst gc.Tag) *Type {
	t := &Type{Name: name, Module: "builtins", Bases: bases, inst: inst}
	r := vm.alloc(kindType, 1, 16)
	t.ref = r
	t.Dict = vm.newDict()
	vm.setSlot(r, 0, t.Dict)
	vm.heap.SetSide(r, t)
	// Raw word 0 indexes vm.types, a faster path than the side table.
	vm.setRawU64(r, 1, 0, uint64(len(vm.types)))
	vm.types = append(vm.types, t)
	vm.heap.AddPermanentRoot(t.Value())
	t.MRO = append([]*Type{t}, linearize(bases)...)
	for _, b := range bases {
		b.subs = append(b.subs, t)
		if b.builtinBase != nil {
			t.builtinBase = b.builtinBase
		}
		if b.isExc {
			t.isExc = true
		}
		if b.nslots > t.nslots {
			t.nslots = b.nslots
		}
		if b.ctor != nil && t.ctor == nil {
			t.ctor = b.ctor
		}
		if b.hasGetattr {
			t.hasGetattr = true
		}
		if b.hasGetattribute {
			t.hasGetattribute = true
		}
	}
	if t.nslots < 2 {
		t.nslots = 2
	}
	vm.typeVersion++
	t.version = vm.typeVersion
	vm.setRawU64(r, 1, 1, t.version) // raw word 1 mirrors the version for traces (JITTypeVersionOff)
	return t
}

// linearize computes the C3 linearization of the bases' MROs (the MRO of a
// class without its first element). On conflict it falls back to a
// depth-first order; class creation reports the error before.
func linearize(bases []*Type) []*Type {
	if len(bases) == 1 {
		return append([]*Type(nil), bases[0].MRO...)
	}
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	var out []*Type
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			ok := true
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						ok = false
					}
				}
			}
			if ok {
				cand = c
				break
			}
		}
		if cand == nil {
			return nil
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// typeOfRef returns the *Type of a type object.
func (vm *VM) typeOfRef(r gc.Ref) *Type { return vm.types[vm.rawU64(r, 1, 0)] }

// asType returns the *Type of v when v is a type object.
func (vm *VM) asType(v gc.Value) (*Type, bool) {
	if v.Tag() != TagType {
		return nil, false
	}
	return vm.typeOfRef(v.Ref()), true
}

// typeOf returns the type of any value.
func (vm *VM) typeOf(v gc.Value) *Type {
	switch v.Tag() {
	case gc.TagInt, TagBigInt:
		return vm.tInt
	case gc.TagFloat:
		return vm.tFloat
	case gc.TagBool:
		return vm.tBool
	case gc.TagNone:
		return vm.tNone
	case TagStr:
		return vm.tStr
	case TagTuple:
		return vm.tTuple
	case TagList:
		return vm.tList
	case TagDict:
		return vm.tDict
	case TagObject:
		return vm.typeOfRef(vm.slot(v.Ref(), 0).Ref())
	case TagBuiltin:
		return vm.builtinType(v)
	case TagDictView:
		return vm.viewTypes[vm.rawU64(v.Ref(), 1, 0)]
	case TagProperty:
		if vm.isGetSet(v) {
			return vm.tGetSet
		}
		return vm.tProperty
	case TagType:
		if m := vm.typeOfRef(v.Ref()).meta; m != nil {
			return m
		}
		return vm.tType
	}
	if tg := v.Tag(); tg < gc.Tag(len(vm.tagTypeMemo)) {
		if t := vm.tagTypeMemo[tg]; t != nil {
			return t
		}
	}
	if t := vm.tagTypes[v.Tag()]; t != nil {
		if tg := v.Tag(); tg < gc.Tag(len(vm.tagTypeMemo)) {
			vm.tagTypeMemo[tg] = t
		}
		return t
	}
	if v.Tag() == TagIter {
		k := vm.kindOf(v.Ref())
		if k == kindGenerator {
			if t := vm.asyncTypeOf(v); t != nil {
				return t
			}
		}
		if k == kindStrIter {
			if s := vm.slot(v.Ref(), 0); s.Tag() == TagStr && !vm.strIsASCII(s) {
				return vm.strUIter
			}
		}
		if t := vm.iterTypes[k]; t != nil {
			return t
		}
	}
	return vm.tObject
}

// lookup finds name in t's MRO (no instance dict, no descriptors).
func (vm *VM) lookup(t *Type, name gc.Value) (gc.Value, bool) { return vm.lookupCached(t, name) }

// lookupMRO is lookup without the cache (fastlookup.go). A __slots__
// member descriptor counts as absent: the instance's own storage holds
// the slot (member.go).
func (vm *VM) lookupMRO(t *Type, name gc.Value) (gc.Value, bool) {
	for _, c := range t.MRO {
		if v, ok := vm.dictGetStr(c.Dict, name); ok {
			if (c.slotNames != nil || c.valueMembers) && vm.isMember(v) || vm.skippedValueGetSet(c, name, v) {
				return vEmpty, false
			}
			return v, true
		}
	}
	return vEmpty, false
}

// lookupS is lookup with a Go string name (interned), for the generic
// operations: a slot wrapper of a builtin type (slots.go) counts as
// absent, since the builtin path does the same thing faster.
func (vm *VM) lookupS(t *Type, name string) (gc.Value, bool) {
	v, ok := vm.lookupStringCached(t, name)
	if ok && v.Tag() == TagBuiltin && vm.isSlotWrapper(v) {
		return vEmpty, false
	}
	return v, ok
}

// isSubtype reports whether a is b or a subclass of b.
func isSubtype(a, b *Type) bool {
	if a == b {
		return true
	}
	for _, c := range a.MRO {
		if c == b {
			return true
		}
	}
	return false
}

// isInstance reports whether v is an instance of t.
func (vm *VM) isInstance(v gc.Value, t *Type) bool { return isSubtype(vm.typeOf(v), t) }

// setTypeAttr sets an attribute of a type and invalidates caches.
func (vm *VM) setTypeAttr(t *Type, name, v gc.Value) error {
	if err := vm.dictSet(t.Dict, name, v); err != nil {
		return err
	}
	vm.bumpType(t)
	switch vm.str(name) {
	case "__getattr__":
		t.hasGetattr = true
	case "__getattribute__":
		vm.markGetattribute(t)
	}
	return nil
}

func (vm *VM) bumpType(t *Type) {
	vm.typeVersion++
	t.version = vm.typeVersion
	vm.setRawU64(t.ref, 1, 1, t.version) // the mirror traces guard
	for _, s := range t.subs {
		vm.bumpType(s)
	}
}

// qualName returns the name CPython uses for a type in messages.
func (t *Type) qualName() string {
	return t.Name
}

// qualname is the type's __qualname__.
func (t *Type) qualname() string {
	if t.Qualname != "" {
		return t.Qualname
	}
	return t.Name
}
