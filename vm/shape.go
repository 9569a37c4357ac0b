// shape.go holds hidden classes ("shapes") for instance attributes. An
// instance keeps its attribute values in its own value slots, after the
// type and the fixed slots of its class (exceptions); a shape maps each
// attribute name to a slot and is shared by every instance that gained the
// same attributes in the same order, so an inline cache keyed by (type
// version, shape) turns self.x into one load. An instance that outgrows
// its slots, deletes an attribute or has its __dict__ taken switches to
// dict mode: shape 0, and a real dict in slot 1.

package vm

import "github.com/hotloop/hotloop/gc"

// shape is one hidden class.
type shape struct {
	names []gc.Value       // interned attribute names, in slot order
	index map[string]int32 // name -> attribute number
	next  map[string]int32 // name -> shape id after adding it
}

// Shape ids: 0 is dict mode, 1 the empty shape.
const (
	shapeDict  = 0
	shapeEmpty = 1
)

// attrBase returns the first attribute slot of instances of t.
func attrBase(t *Type) int { return t.nslots }

// newInstance allocates an instance of a Python class.
func (vm *VM) newInstance(t *Type) gc.Value {
	if t.attrCap == 0 {
		t.attrCap = vm.initialAttrCap(t) // fastcall_attr.go
	}
	n := t.nslots + t.attrCap
	r := vm.alloc(kindObject, n, 8)
	vm.setSlot(r, instType, t.Value())
	for i := 2; i < t.nslots; i++ {
		vm.setSlot(r, i, vNone)
	}
	vm.setRawU64(r, n, 0, shapeEmpty)
	return mkref(TagObject, r)
}

// instShape returns an instance's shape id.
func (vm *VM) instShape(r gc.Ref) uint64 { return vm.rawU64(r, vm.numSlots(r), 0) }

// instGet returns attribute name of instance v from its own storage.
func (vm *VM) instGet(v, name gc.Value) (gc.Value, bool) {
	r := v.Ref()
	sid := vm.instShape(r)
	if sid == shapeDict {
		return vm.dictGetStr(vm.slot(r, instDict), name)
	}
	sh := vm.shapes[sid]
	if len(sh.names) == 0 {
		return vEmpty, false
	}
	i, ok := sh.index[vm.str(name)]
	if !ok {
		return vEmpty, false
	}
	t := vm.typeOfRef(vm.slot(r, instType).Ref())
	return vm.slot(r, attrBase(t)+int(i)), true
}

// instSet sets attribute name of instance v.
func (vm *VM) instSet(v, name, x gc.Value) error {
	r := v.Ref()
	sid := vm.instShape(r)
	if sid == shapeDict {
		return vm.dictSet(vm.slot(r, instDict), name, x)
	}
	t := vm.typeOfRef(vm.slot(r, instType).Ref())
	sh := vm.shapes[sid]
	key := vm.str(name)
	if i, ok := sh.index[key]; ok {
		vm.setSlot(r, attrBase(t)+int(i), x)
		return nil
	}
	n := len(sh.names)
	if attrBase(t)+n >= vm.numSlots(r) {
		// Out of room: grow future instances, move this one to a dict.
		if t.attrCap < 32 {
			t.attrCap *= 2
		}
		d := vm.instDict(v)
		return vm.dictSet(d, name, x)
	}
	nid, ok := sh.next[key]
	if !ok {
		// The shape tables keep the name: key them by the interned str's
		// text, which lives as long as the VM (name may die).
		iname := vm.intern(key)
		key = vm.str(iname)
		ns := &shape{names: append(append([]gc.Value(nil), sh.names...), iname),
			index: make(map[string]int32, n+1), next: map[string]int32{}}
		for k, v := range sh.index {
			ns.index[k] = v
		}
		ns.index[key] = int32(n)
		nid = int32(len(vm.shapes))
		vm.shapes = append(vm.shapes, ns)
		sh.next[key] = nid
	}
	vm.setSlot(r, attrBase(t)+n, x)
	vm.setRawU64(r, vm.numSlots(r), 0, uint64(nid))
	return nil
}

// instDel deletes attribute name of instance v.
func (vm *VM) instDel(v, name gc.Value) bool {
	d := vm.instDict(v)
	_, ok, _ := vm.dictDel(d, name)
	return ok
}

// instDict returns the instance's attribute dict, switching it to dict
// mode first if needed.
func (vm *VM) instDict(v gc.Value) gc.Value {
	r := v.Ref()
	sid := vm.instShape(r)
	if sid == shapeDict {
		return vm.slot(r, instDict)
	}
	d := vm.newDict()
	t := vm.typeOfRef(vm.slot(r, instType).Ref())
	for i, n := range vm.shapes[sid].names {
		slot := attrBase(t) + i
		vm.dictSet(d, n, vm.slot(r, slot))
		vm.setSlot(r, slot, vEmpty)
	}
	vm.setSlot(r, instDict, d)
	vm.setRawU64(r, vm.numSlots(r), 0, shapeDict)
	return d
}

// shapeSlot returns the slot of attribute name in shape sid, or -1.
func (vm *VM) shapeSlot(t *Type, sid uint64, name gc.Value) int {
	if sid == shapeDict {
		return -1
	}
	i, ok := vm.shapes[sid].index[vm.str(name)]
	if !ok {
		return -1
	}
	return attrBase(t) + int(i)
}
