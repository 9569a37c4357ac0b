// pyfix_descr.go lets property, staticmethod and classmethod be
// subclassed (class cached(property), abc's abstractproperty pattern). A
// subclass instance is an ordinary instance whose base slot holds the
// builtin descriptor (an empty one until __init__ fills it, as for list
// subclasses); the descriptor protocol reaches it through the methods
// installed here on the builtin types: __get__, __set__, __delete__,
// __set_name__ and __init__, plus property's getter/setter/deleter, which
// for a subclass make a new instance of the subclass (CPython's
// property_copy calls type(self)(fget, fset, fdel, doc)).
//
// The plain descriptors keep their fast paths (bindAttr and the setattr
// and delattr paths test the tag first); these methods serve subclass
// instances and explicit calls such as property.__get__(p, obj).

package vm

import "github.com/hotloop/hotloop/gc"

// isDescriptorBase reports whether bb is one of the builtin descriptor
// types a class may derive from.
func (vm *VM) isDescriptorBase(bb *Type) bool {
	return bb == vm.tProperty || bb == vm.tStaticMethod || bb == vm.tClassMethod
}

// emptyDescriptor is the builtin value a subclass instance of bb starts
// with, before __init__ fills it.
func (vm *VM) emptyDescriptor(bb *Type) gc.Value {
	if bb == vm.tProperty {
		r := vm.alloc(kindMisc, propertySlots, 0)
		for i := 0; i < propertySlots; i++ {
			vm.setSlot(r, i, vNone)
		}
		return mkref(TagProperty, r)
	}
	r := vm.alloc(kindMisc, 1, 0)
	vm.setSlot(r, 0, vNone)
	return mkref(bb.inst, r)
}

// descriptorSelf returns the builtin descriptor of self (itself, or the
// base of a subclass instance) when it has tag, else a TypeError naming
// the method as CPython's descriptor check does.
func (vm *VM) descriptorSelf(self gc.Value, tag gc.Tag, typeName, method string) (gc.Value, error) {
	if self.Tag() == tag {
		return self, nil
	}
	if b, ok := vm.baseOf(self); ok && b.Tag() == tag {
		return b, nil
	}
	return vEmpty, vm.raise("TypeError", "descriptor '%s' requires a '%s' object but received a '%s'", method, typeName, vm.typeOf(self).Name)
}

// initDescriptorMethods installs the methods that make property,
// staticmethod and classmethod work as bases.
func (vm *VM) initDescriptorMethods() {
	vm.receiverMethods(vm.tProperty, map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			p, err := vm.descrArg0(args, kw, TagProperty, "property", "__init__")
			if err != nil {
				return vEmpty, err
			}
			if err := vm.setPropertyFns(p.Ref(), args[1:], kw); err != nil {
				return vEmpty, err
			}
			if args[0].Tag() == TagProperty {
				return vNone, nil
			}
			// A subclass instance keeps its doc in its own __doc__ (the
			// class's __doc__ would shadow the property's), from fget
			// when not given.
			doc := vm.slot(p.Ref(), 3)
			if fget := vm.slot(p.Ref(), 0); doc.Tag() == gc.TagNone && fget.Tag() != gc.TagNone {
				d, err := vm.getAttr(fget, vm.intern("__doc__"))
				switch {
				case err == nil:
					doc = d
				case vm.isExcType(vm.exc, "AttributeError"):
					vm.exc = vEmpty
				default:
					return vEmpty, err
				}
			}
			return vNone, vm.setAttr(args[0], vm.intern("__doc__"), doc)
		},
		"__get__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			p, err := vm.descrCall(args, kw, TagProperty, "property", "__get__", 1, 2)
			if err != nil {
				return vEmpty, err
			}
			if args[1].Tag() == gc.TagNone {
				if len(args) < 3 || args[2].Tag() == gc.TagNone {
					return vEmpty, vm.raise("TypeError", "__get__(None, None) is invalid")
				}
				return args[0], nil
			}
			get := vm.slot(p.Ref(), 0)
			if get.Tag() == gc.TagNone {
				return vEmpty, vm.propertyMissing(p, vm.typeOf(args[1]), "getter")
			}
			return vm.callValue(get, []gc.Value{args[1]}, nil)
		},
		"__set__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			p, err := vm.descrCall(args, kw, TagProperty, "property", "__set__", 2, 2)
			if err != nil {
				return vEmpty, err
			}
			set := vm.slot(p.Ref(), 1)
			if set.Tag() == gc.TagNone {
				return vEmpty, vm.propertyMissing(p, vm.typeOf(args[1]), "setter")
			}
			_, err = vm.callValue(set, []gc.Value{args[1], args[2]}, nil)
			return vNone, err
		},
		"__delete__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			p, err := vm.descrCall(args, kw, TagProperty, "property", "__delete__", 1, 1)
			if err != nil {
				return vEmpty, err
			}
			del := vm.slot(p.Ref(), 2)
			if del.Tag() == gc.TagNone {
				return vEmpty, vm.propertyMissing(p, vm.typeOf(args[1]), "deleter")
			}
			_, err = vm.callValue(del, []gc.Value{args[1]}, nil)
			return vNone, err
		},
		"__set_name__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			p, err := vm.descrCall(args, kw, TagProperty, "property", "__set_name__", 2, 2)
			if err != nil {
				return vEmpty, err
			}
			vm.setSlot(p.Ref(), propertyName, args[2])
			return vNone, nil
		},
		"getter":  vm.propertyCopier(0, "getter"),
		"setter":  vm.propertyCopier(1, "setter"),
		"deleter": vm.propertyCopier(2, "deleter"),
	})
	for _, t := range []*Type{vm.tStaticMethod, vm.tClassMethod} {
		tag := t.inst
		name := t.Name
		vm.receiverMethods(t, map[string]bfunc{
			"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				d, err := vm.descrArg0(args, kw, tag, name, "__init__")
				if err != nil {
					return vEmpty, err
				}
				if len(kw) > 0 {
					return vEmpty, vm.raise("TypeError", "%s() takes no keyword arguments", name)
				}
				if len(args) != 2 {
					return vEmpty, vm.raise("TypeError", "%s expected 1 argument, got %d", name, len(args)-1)
				}
				vm.setSlot(d.Ref(), 0, args[1])
				return vNone, nil
			},
			"__get__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				d, err := vm.descrCall(args, kw, tag, name, "__get__", 1, 2)
				if err != nil {
					return vEmpty, err
				}
				fn := vm.slot(d.Ref(), 0)
				if tag == TagStaticMethod {
					return fn, nil
				}
				owner := vNone
				if len(args) == 3 {
					owner = args[2]
				}
				if owner.Tag() == gc.TagNone {
					if args[1].Tag() == gc.TagNone {
						return vEmpty, vm.raise("TypeError", "__get__(None, None) is invalid")
					}
					owner = vm.typeOf(args[1]).Value()
				}
				return vm.newBoundMethod(fn, owner), nil
			},
		})
	}
}

// receiverMethods installs builtin methods on t that get their receiver
// as it is, a subclass instance included (vm.methods' methods get the
// builtin value inside one): __get__ returns its receiver, __init__ sets
// the instance's __doc__, and getter makes a new instance of its class.
func (vm *VM) receiverMethods(t *Type, ms map[string]bfunc) {
	vm.installBuiltins(t, ms, builtinFn{owner: t, ownSelf: true})
}

// setPropertyFns parses property's arguments (fget, fset, fdel, doc) into
// slots 0 to 3 of the property r: property() and property.__init__.
func (vm *VM) setPropertyFns(r gc.Ref, args []gc.Value, kw []string) error {
	pos, kv, err := vm.kwArgs("property", args, kw, "fget", "fset", "fdel", "doc")
	if err != nil {
		return err
	}
	for i := 0; i < 4; i++ {
		v := vNone
		if i < len(pos) {
			v = pos[i]
		} else if !kv[i].IsEmpty() {
			v = kv[i]
		}
		vm.setSlot(r, i, v)
	}
	return nil
}

// descrCall checks a call of a descriptor type's method: a receiver of
// the type (or a subclass), no keywords, lo to hi more arguments. It
// returns the receiver's builtin descriptor.
func (vm *VM) descrCall(args []gc.Value, kw []string, tag gc.Tag, typeName, method string, lo, hi int) (gc.Value, error) {
	self, err := vm.descrArg0(args, kw, tag, typeName, method)
	if err != nil {
		return vEmpty, err
	}
	if len(kw) > 0 {
		return vEmpty, vm.raise("TypeError", "%s() takes no keyword arguments", method)
	}
	if err := vm.nargs(method, args[1:], lo, hi); err != nil {
		return vEmpty, err
	}
	return self, nil
}

// descrArg0 checks the receiver of a descriptor type's __init__ and
// returns the builtin descriptor to fill.
func (vm *VM) descrArg0(args []gc.Value, kw []string, tag gc.Tag, typeName, method string) (gc.Value, error) {
	if len(args)-len(kw) < 1 {
		return vEmpty, vm.raise("TypeError", "descriptor '%s' of '%s' object needs an argument", method, typeName)
	}
	return vm.descriptorSelf(args[0], tag, typeName, method)
}

// propertyCopier is property.getter, setter or deleter: a copy of the
// property with slot which replaced. A plain property copies its slots;
// a subclass instance is copied by calling its class, as CPython does.
func (vm *VM) propertyCopier(which int, method string) bfunc {
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		p, err := vm.descrCall(args, kw, TagProperty, "property", method, 1, 1)
		if err != nil {
			return vEmpty, err
		}
		if args[0].Tag() == TagProperty {
			r := vm.alloc(kindMisc, propertySlots, 0)
			for i := 0; i < propertySlots; i++ {
				vm.setSlot(r, i, vm.slot(p.Ref(), i))
			}
			vm.setSlot(r, which, args[1])
			return mkref(TagProperty, r), nil
		}
		fns := make([]gc.Value, 4)
		for i := range fns {
			fns[i] = vm.slot(p.Ref(), i)
		}
		fns[which] = args[1]
		return vm.callValue(vm.typeOf(args[0]).Value(), fns, nil)
	}
}
