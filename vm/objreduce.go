// objreduce.go holds object's copy-and-pickle protocol: __getstate__,
// __reduce__ and __reduce_ex__ (the tuples that copy and pickle rebuild an
// object from), plus __sizeof__ and __subclasshook__. The reconstructors the
// tuples name (copyreg.__newobj__, copyreg._reconstructor) and protocols 0
// and 1 (copyreg._reduce_ex) are Python, in vm/lib/copyreg.py, as in
// CPython; protocol 2 and later are built here, following typeobject.c's
// reduce_newobj and object_getstate.

package vm

import "github.com/hotloop/hotloop/gc"

// copyregAttr returns an attribute of the copyreg module, importing it.
func (vm *VM) copyregAttr(name string) (gc.Value, error) {
	mod, err := vm.importAbsolute("copyreg")
	if err != nil {
		return vEmpty, err
	}
	return vm.getAttr(mod, vm.intern(name))
}

// overridesObject reports whether t's attribute name is not object's own.
func (vm *VM) overridesObject(t *Type, name string) bool {
	mine, ok := vm.lookupS(t, name)
	base, _ := vm.lookupS(vm.tObject, name)
	return ok && !vm.is(mine, base)
}

// objectGetstate is object.__getstate__ (required: the caller is
// protocol 2's reduce, which must refuse objects whose state is not in
// their dict or slots): the instance dict (None when there is none or it
// is empty), paired with a dict of the slots that are set when the class
// has __slots__.
func (vm *VM) objectGetstate(v gc.Value, required bool) (gc.Value, error) {
	t := vm.typeOf(v)
	if required && (isSubtype(t, vm.tInt) || isSubtype(t, vm.tTuple) || isSubtype(t, vm.tagTypes[TagBytes])) {
		return vEmpty, vm.raise("TypeError", "cannot pickle '%s' object", t.Name)
	}
	state := vNone
	if v.Tag() == TagObject && !t.restricted {
		if d := vm.instDict(v); !d.IsEmpty() && vm.dictLen(d) > 0 {
			state = d
		}
	}
	if required && t.builtinBase != nil && t.builtinBase != vm.tList && t.builtinBase != vm.tDict {
		return vEmpty, vm.raise("TypeError", "cannot pickle '%s' object", t.Name)
	}
	slotnames, err := vm.copyregAttr("_slotnames")
	if err != nil {
		return vEmpty, err
	}
	names, err := vm.callValue(slotnames, []gc.Value{t.Value()}, nil)
	if err != nil {
		return vEmpty, err
	}
	if names.Tag() != TagList {
		return vEmpty, vm.raise("TypeError", "copyreg._slotnames didn't return a list or None")
	}
	slots := vEmpty
	for _, n := range vm.listItems(names) {
		x, err := vm.optAttr(v, vm.str(n))
		if err != nil {
			return vEmpty, err
		}
		if x.IsEmpty() {
			continue
		}
		if slots.IsEmpty() {
			slots = vm.newDict()
		}
		if err := vm.dictSet(slots, n, x); err != nil {
			return vEmpty, err
		}
	}
	if !slots.IsEmpty() {
		return vm.newTuple([]gc.Value{state, slots}), nil
	}
	return state, nil
}

// stateForReduce is the state protocol 2 puts in its tuple: what a
// __getstate__ of the class returns, else object's default.
func (vm *VM) stateForReduce(v gc.Value, required bool) (gc.Value, error) {
	if vm.overridesObject(vm.typeOf(v), "__getstate__") {
		f, err := vm.getAttr(v, vm.intern("__getstate__"))
		if err != nil {
			return vEmpty, err
		}
		return vm.callValue(f, nil, nil)
	}
	return vm.objectGetstate(v, required)
}

// newArgs calls __getnewargs_ex__ or __getnewargs__ when the object has
// one: the arguments __new__ needs, and whether there were any such method.
func (vm *VM) newArgs(v gc.Value) (args, kwargs gc.Value, has bool, err error) {
	if f, err := vm.optAttr(v, "__getnewargs_ex__"); err != nil || !f.IsEmpty() {
		if err != nil {
			return vEmpty, vEmpty, false, err
		}
		r, err := vm.callValue(f, nil, nil)
		if err != nil {
			return vEmpty, vEmpty, false, err
		}
		if r.Tag() != TagTuple {
			return vEmpty, vEmpty, false, vm.raise("TypeError", "__getnewargs_ex__ should return a tuple, not '%s'", vm.typeOf(r).Name)
		}
		items := vm.tupleItems(r)
		if len(items) != 2 {
			return vEmpty, vEmpty, false, vm.raise("ValueError", "__getnewargs_ex__ should return a tuple of length 2, not %d", len(items))
		}
		if items[0].Tag() != TagTuple {
			return vEmpty, vEmpty, false, vm.raise("TypeError", "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", vm.typeOf(items[0]).Name)
		}
		if items[1].Tag() != TagDict {
			return vEmpty, vEmpty, false, vm.raise("TypeError", "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", vm.typeOf(items[1]).Name)
		}
		return items[0], items[1], true, nil
	}
	f, err := vm.optAttr(v, "__getnewargs__")
	if err != nil || f.IsEmpty() {
		return vm.newTuple(nil), vEmpty, false, err
	}
	r, err := vm.callValue(f, nil, nil)
	if err != nil {
		return vEmpty, vEmpty, false, err
	}
	if r.Tag() != TagTuple {
		return vEmpty, vEmpty, false, vm.raise("TypeError", "__getnewargs__ should return a tuple, not '%s'", vm.typeOf(r).Name)
	}
	return r, vEmpty, true, nil
}

// reduceNewobj is object.__reduce_ex__ for protocols 2 and later:
// (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or
// __newobj_ex__ with (cls, args, kwargs) when there are keyword arguments.
func (vm *VM) reduceNewobj(v gc.Value) (gc.Value, error) {
	t := vm.typeOf(v)
	args, kwargs, has, err := vm.newArgs(v)
	if err != nil {
		return vEmpty, err
	}
	var newobj, newargs gc.Value
	if kwargs.IsEmpty() || vm.dictLen(kwargs) == 0 {
		if newobj, err = vm.copyregAttr("__newobj__"); err != nil {
			return vEmpty, err
		}
		newargs = vm.newTuple(append([]gc.Value{t.Value()}, vm.tupleItems(args)...))
	} else {
		if newobj, err = vm.copyregAttr("__newobj_ex__"); err != nil {
			return vEmpty, err
		}
		newargs = vm.newTuple([]gc.Value{t.Value(), args, kwargs})
	}
	isList, isDict := isSubtype(t, vm.tList), isSubtype(t, vm.tDict)
	state, err := vm.stateForReduce(v, !has && !isList && !isDict)
	if err != nil {
		return vEmpty, err
	}
	listItems, dictItems := vNone, vNone
	if isList {
		if listItems, err = vm.getIter(v); err != nil {
			return vEmpty, err
		}
	}
	if isDict {
		items, err := vm.getAttr(v, vm.intern("items"))
		if err == nil {
			items, err = vm.callValue(items, nil, nil)
		}
		if err == nil {
			dictItems, err = vm.getIter(items)
		}
		if err != nil {
			return vEmpty, err
		}
	}
	return vm.newTuple([]gc.Value{newobj, newargs, state, listItems, dictItems}), nil
}

// commonReduce is object's reduction for a protocol: protocol 2's tuple,
// or copyreg._reduce_ex for protocols 0 and 1.
func (vm *VM) commonReduce(v gc.Value, proto int64) (gc.Value, error) {
	if proto >= 2 {
		return vm.reduceNewobj(v)
	}
	f, err := vm.copyregAttr("_reduce_ex")
	if err != nil {
		return vEmpty, err
	}
	return vm.callValue(f, []gc.Value{v, gc.Int(proto)}, nil)
}

// objectSizeof is object.__sizeof__: CPython's basic size of the object
// (sys.getsizeof without the collector's 16-byte header for the types the
// collector tracks).
func (vm *VM) objectSizeof(v gc.Value) int64 {
	switch v.Tag() {
	case TagObject:
		t := vm.typeOf(v)
		if t == vm.tObject {
			return 16
		}
		if t.restricted {
			n := int64(16 + 8*len(t.slotNames))
			if t.slotNames["__dict__"] {
				n -= 8
			}
			return n
		}
		return 24
	case TagTuple, TagList, TagDict, TagSet, TagFrozenset, TagFunc:
		return vm.sizeOf(v) - 16
	}
	return vm.sizeOf(v)
}

// objectProtocolMethods are object's __getstate__, __reduce__,
// __reduce_ex__ and __sizeof__.
func objectProtocolMethods() map[string]bfunc {
	return map[string]bfunc{
		"__getstate__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("object.__getstate__", args, 1, 1); err != nil {
				return vEmpty, err
			}
			return vm.objectGetstate(args[0], false)
		},
		"__reduce__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("object.__reduce__", args, 1, 1); err != nil {
				return vEmpty, err
			}
			return vm.commonReduce(args[0], 0)
		},
		"__reduce_ex__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("object.__reduce_ex__", args, 2, 2); err != nil {
				return vEmpty, err
			}
			proto, err := vm.indexValue(args[1])
			if err != nil {
				return vEmpty, err
			}
			if vm.overridesObject(vm.typeOf(args[0]), "__reduce__") {
				f, err := vm.getAttr(args[0], vm.intern("__reduce__"))
				if err != nil {
					return vEmpty, err
				}
				return vm.callValue(f, nil, nil)
			}
			return vm.commonReduce(args[0], proto)
		},
		"__sizeof__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("object.__sizeof__", args, 1, 1); err != nil {
				return vEmpty, err
			}
			return gc.Int(vm.objectSizeof(args[0])), nil
		},
	}
}

// plainNewargs is __getnewargs__ of tuple, str and bytes: the value as an
// instance of the builtin type itself, in a 1-tuple (what __new__ of a
// subclass is called with to rebuild it).
func plainNewargs(fname string) bfunc {
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs(fname, args, 1, 1); err != nil {
			return vEmpty, err
		}
		v := args[0]
		if base, ok := vm.baseOf(v); ok {
			v = base
		}
		return vm.newTuple([]gc.Value{v}), nil
	}
}

// initReduceMethods installs the __getnewargs__ of the builtin types whose
// instances __new__ rebuilds from one value.
func (vm *VM) initReduceMethods() {
	for _, t := range []*Type{vm.tTuple, vm.tStr, vm.tagTypes[TagBytes]} {
		vm.methods(t, map[string]bfunc{"__getnewargs__": plainNewargs(t.Name + ".__getnewargs__")})
	}
}
