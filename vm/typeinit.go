// typeinit.go builds the builtin type objects at start-up: object, type,
// the numbers, the containers, the iterator types, the descriptor types and
// the exception hierarchy, with their constructors (what calling the type
// does).

package vm

import (
	"math"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/num"
)

// excTree lists the builtin exception classes: name and base.
var excTree = [][2]string{
	{"Exception", "BaseException"},
	{"SystemExit", "BaseException"},
	{"KeyboardInterrupt", "BaseException"},
	{"GeneratorExit", "BaseException"},
	{"ArithmeticError", "Exception"},
	{"ZeroDivisionError", "ArithmeticError"},
	{"OverflowError", "ArithmeticError"},
	{"FloatingPointError", "ArithmeticError"},
	{"AssertionError", "Exception"},
	{"AttributeError", "Exception"},
	{"BufferError", "Exception"},
	{"EOFError", "Exception"},
	{"ImportError", "Exception"},
	{"ModuleNotFoundError", "ImportError"},
	{"LookupError", "Exception"},
	{"IndexError", "LookupError"},
	{"KeyError", "LookupError"},
	{"MemoryError", "Exception"},
	{"NameError", "Exception"},
	{"UnboundLocalError", "NameError"},
	{"OSError", "Exception"},
	{"FileNotFoundError", "OSError"},
	{"PermissionError", "OSError"},
	{"ConnectionError", "OSError"},
	{"BrokenPipeError", "ConnectionError"},
	{"ConnectionAbortedError", "ConnectionError"},
	{"ConnectionRefusedError", "ConnectionError"},
	{"ConnectionResetError", "ConnectionError"},
	{"TimeoutError", "OSError"},
	{"FileExistsError", "OSError"},
	{"IsADirectoryError", "OSError"},
	{"NotADirectoryError", "OSError"},
	{"InterruptedError", "OSError"},
	{"BlockingIOError", "OSError"},
	{"ChildProcessError", "OSError"},
	{"ProcessLookupError", "OSError"},
	{"ReferenceError", "Exception"},
	{"RuntimeError", "Exception"},
	{"NotImplementedError", "RuntimeError"},
	{"RecursionError", "RuntimeError"},
	{"StopIteration", "Exception"},
	{"StopAsyncIteration", "Exception"},
	{"SyntaxError", "Exception"},
	{"IndentationError", "SyntaxError"},
	{"TabError", "IndentationError"},
	{"SystemError", "Exception"},
	{"TypeError", "Exception"},
	{"ValueError", "Exception"},
	{"UnicodeError", "ValueError"},
	{"UnicodeDecodeError", "UnicodeError"},
	{"UnicodeEncodeError", "UnicodeError"},
	{"Warning", "Exception"},
	{"UserWarning", "Warning"},
	{"DeprecationWarning", "Warning"},
	{"RuntimeWarning", "Warning"},
	{"SyntaxWarning", "Warning"},
	{"FutureWarning", "Warning"},
	{"PendingDeprecationWarning", "Warning"},
	{"ImportWarning", "Warning"},
	{"UnicodeWarning", "Warning"},
	{"BytesWarning", "Warning"},
	{"ResourceWarning", "Warning"},
	{"EncodingWarning", "Warning"},
	{"UnicodeTranslateError", "UnicodeError"},
}

// methods installs builtin methods on a type.
func (vm *VM) methods(t *Type, ms map[string]bfunc) {
	vm.installBuiltins(t, ms, builtinFn{owner: t})
}

// classMethods installs builtin class methods (dict.fromkeys...).
func (vm *VM) classMethods(t *Type, ms map[string]bfunc) {
	vm.installBuiltins(t, ms, builtinFn{classMethod: true, objclass: t})
}

// installBuiltins stores in t's dict, under each name of ms (in order), a
// builtin function object made from proto with that name and function:
// proto carries what kind of method they are (owner, classMethod,
// ownSelf).
func (vm *VM) installBuiltins(t *Type, ms map[string]bfunc, proto builtinFn) {
	for _, name := range orderedNames(ms) {
		bf := proto
		bf.name, bf.fn = t.Name+"."+name, ms[name]
		r := vm.alloc(kindBuiltin, 1, 0)
		vm.heap.SetSide(r, &bf)
		vm.dictSet(t.Dict, vm.intern(name), mkref(TagBuiltin, r))
	}
}

// initTypes creates the builtin types.
func (vm *VM) initTypes() {
	vm.tObject = vm.newType("object", nil, TagObject)
	vm.tType = vm.newType("type", []*Type{vm.tObject}, TagType)
	mk := func(name string, tag gc.Tag, ctor func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error)) *Type {
		t := vm.newType(name, []*Type{vm.tObject}, tag)
		t.ctor = ctor
		if tag != TagObject && tag != TagIter {
			vm.tagTypes[tag] = t
		}
		return t
	}
	vm.tInt = mk("int", gc.TagInt, ctorInt)
	vm.tagTypes[TagBigInt] = vm.tInt
	vm.tBool = vm.newType("bool", []*Type{vm.tInt}, gc.TagBool)
	vm.tBool.ctor = func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.noKw("bool", kw); err != nil {
			return vEmpty, err
		}
		if err := vm.nargs("bool", args, 0, 1); err != nil {
			return vEmpty, err
		}
		if len(args) == 0 {
			return vFalse, nil
		}
		b, err := vm.truth(args[0])
		return gc.Bool(b), err
	}
	vm.tBool.noSubcls = true
	vm.tFloat = mk("float", gc.TagFloat, ctorFloat)
	vm.tStr = mk("str", TagStr, ctorStr)
	vm.tList = mk("list", TagList, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.noKw("list", kw); err != nil {
			return vEmpty, err
		}
		if err := vm.nargs("list", args, 0, 1); err != nil {
			return vEmpty, err
		}
		if len(args) == 0 {
			return vm.newList(nil, 0), nil
		}
		if args[0].Tag() == TagStr {
			return vm.listOfStr(args[0]), nil // strlist.go
		}
		items, err := vm.collect(args[0])
		if err != nil {
			return vEmpty, err
		}
		return vm.newList(items, 0), nil
	})
	vm.tTuple = mk("tuple", TagTuple, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.noKw("tuple", kw); err != nil {
			return vEmpty, err
		}
		if err := vm.nargs("tuple", args, 0, 1); err != nil {
			return vEmpty, err
		}
		if len(args) == 0 {
			return vm.emptyTuple, nil
		}
		if args[0].Tag() == TagTuple {
			return args[0], nil
		}
		items, err := vm.collect(args[0])
		if err != nil {
			return vEmpty, err
		}
		return vm.newTuple(items), nil
	})
	vm.tDict = mk("dict", TagDict, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		pos := args[:len(args)-len(kw)]
		if len(pos) > 1 {
			return vEmpty, vm.raise("TypeError", "dict expected at most 1 argument, got %d", len(pos))
		}
		d := vm.newDict()
		if len(pos) == 1 {
			if err := vm.dictUpdate(d, pos[0]); err != nil {
				return vEmpty, err
			}
		}
		for i, k := range kw {
			vm.dictSet(d, vm.intern(k), args[len(pos)+i])
		}
		return d, nil
	})
	setCtor := func(tag gc.Tag, name string) func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		return func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.noKw(name, kw); err != nil {
				return vEmpty, err
			}
			if err := vm.nargs(name, args, 0, 1); err != nil {
				return vEmpty, err
			}
			if len(args) == 1 && tag == TagFrozenset && t == vm.tFrozenset && args[0].Tag() == TagFrozenset {
				return args[0], nil // frozenset(f) is f
			}
			s := vm.newDictTag(tag, 4)
			if len(args) == 1 {
				if err := vm.setUpdate(s, args[0]); err != nil {
					return vEmpty, err
				}
			}
			return s, nil
		}
	}
	vm.tSet = mk("set", TagSet, setCtor(TagSet, "set"))
	vm.tFrozenset = mk("frozenset", TagFrozenset, setCtor(TagFrozenset, "frozenset"))
	vm.tNone = mk("NoneType", gc.TagNone, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		return vNone, nil
	})
	vm.tNotImpl = mk("NotImplementedType", TagNotImpl, nil)
	vm.tEllipsis = mk("ellipsis", TagEllipsis, nil)
	vm.tRange = mk("range", TagRange, ctorRange)
	vm.tFunc = mk("function", TagFunc, nil)
	vm.tBuiltin = mk("builtin_function_or_method", TagBuiltin, nil)
	vm.tMethod = mk("method", TagMethod, nil)
	vm.tModule = mk("module", TagModule, ctorModule)
	vm.tCell = mk("cell", TagCell, nil)
	vm.tSlice = mk("slice", TagSlice, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("slice", args, 1, 3); err != nil {
			return vEmpty, err
		}
		r := vm.alloc(kindSlice, 3, 0)
		switch len(args) {
		case 1:
			vm.setSlot(r, 0, vNone)
			vm.setSlot(r, 1, args[0])
			vm.setSlot(r, 2, vNone)
		case 2:
			vm.setSlot(r, 0, args[0])
			vm.setSlot(r, 1, args[1])
			vm.setSlot(r, 2, vNone)
		default:
			vm.setSlot(r, 0, args[0])
			vm.setSlot(r, 1, args[1])
			vm.setSlot(r, 2, args[2])
		}
		return mkref(TagSlice, r), nil
	})
	vm.tProperty = mk("property", TagProperty, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		r := vm.alloc(kindMisc, propertySlots, 0)
		vm.setSlot(r, propertyName, vNone)
		if err := vm.setPropertyFns(r, args, kw); err != nil { // pyfix_descr.go
			return vEmpty, err
		}
		return mkref(TagProperty, r), nil
	})
	wrap := func(tag gc.Tag) func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		return func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs(t.Name, args, 1, 1); err != nil {
				return vEmpty, err
			}
			r := vm.alloc(kindMisc, 2, 0) // slot 1: __dict__ (wrapperdict.go)
			vm.setSlot(r, 0, args[0])
			vm.setSlot(r, wrapperDictSlot, vEmpty)
			return mkref(tag, r), nil
		}
	}
	vm.tStaticMethod = mk("staticmethod", TagStaticMethod, wrap(TagStaticMethod))
	vm.tClassMethod = mk("classmethod", TagClassMethod, wrap(TagClassMethod))
	vm.initDescriptorMethods()
	vm.initGetSetType()   // getset.go
	vm.initBuiltinKinds() // builtindescr.go
	vm.tSuper = mk("super", TagSuper, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.superCall(args)
	})
	mk("bytes", TagBytes, ctorBytes)
	mk("bytearray", TagByteArray, ctorByteArray)
	mk("complex", TagComplex, ctorComplex)
	mk("dict_view", TagDictView, nil)
	vm.tagTypes[TagType] = vm.tType
	// iterator types
	it := func(k gc.Kind, name string, ctor func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error)) {
		t := vm.newType(name, []*Type{vm.tObject}, TagIter)
		t.ctor = ctor
		vm.iterTypes[k] = t
		vm.methods(t, map[string]bfunc{
			"__next__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				v, ok, err := vm.next(args[0])
				if err != nil {
					return vEmpty, err
				}
				if !ok {
					return vEmpty, vm.raiseValue(vm.newExc("StopIteration"), vEmpty)
				}
				return v, nil
			},
			"__iter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
		})
	}
	it(kindListIter, "list_iterator", nil)
	it(kindTupleIter, "tuple_iterator", nil)
	it(kindRangeIter, "range_iterator", nil)
	it(kindDictIter, "dict_keyiterator", nil)
	it(kindSetIter, "set_iterator", nil)
	it(kindListRevIter, "list_reverseiterator", nil)
	it(kindDictVIter, "dict_valueiterator", nil)
	it(kindDictIIter, "dict_itemiterator", nil)
	it(kindSeqIter, "iterator", nil)
	it(kindLongRangeIter, "longrange_iterator", nil)
	it(kindDictRevKeyIter, "dict_reversekeyiterator", nil)
	it(kindDictRevValIter, "dict_reversevalueiterator", nil)
	it(kindDictRevItemIter, "dict_reverseitemiterator", nil)
	it(kindStrIter, "str_iterator", nil)
	vm.strUIter = vm.iterTypes[kindStrIter]
	it(kindStrIter, "str_ascii_iterator", nil)
	it(kindCallIter, "callable_iterator", nil)
	it(kindEnumerate, "enumerate", func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) > 2 {
			return vEmpty, vm.raise("TypeError", "enumerate() takes at most 2 arguments (%d given)", len(args))
		}
		pos, kv, err := vm.kwArgs("enumerate", args, kw, "start")
		if err != nil {
			return vEmpty, err
		}
		if len(pos) < 1 || len(pos) > 2 {
			return vEmpty, vm.raise("TypeError", "enumerate() missing required argument 'iterable'")
		}
		start := gc.Int(0)
		if len(pos) == 2 {
			start = pos[1]
		} else if !kv[0].IsEmpty() {
			start = kv[0]
		}
		if start, err = vm.enumerateStart(start); err != nil {
			return vEmpty, err
		}
		inner, err := vm.getIter(pos[0])
		if err != nil {
			return vEmpty, err
		}
		return vm.newIter(kindEnumerate, []gc.Value{inner, start}, 0), nil
	})
	it(kindZip, "zip", func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		pos, kv, err := vm.kwArgs("zip", args, kw, "strict")
		if err != nil {
			return vEmpty, err
		}
		strict := false
		if !kv[0].IsEmpty() {
			if strict, err = vm.truth(kv[0]); err != nil {
				return vEmpty, err
			}
		}
		its := make([]gc.Value, len(pos))
		for i, a := range pos {
			if its[i], err = vm.getIter(a); err != nil {
				return vEmpty, err
			}
		}
		z := vm.newIter(kindZip, []gc.Value{vm.newTuple(its)}, 1)
		if strict {
			vm.setRawU64(z.Ref(), 1, 0, 1)
		}
		return z, nil
	})
	it(kindMap, "map", func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) < 2 {
			return vEmpty, vm.raise("TypeError", "map() must have at least two arguments.")
		}
		its := make([]gc.Value, len(args)-1)
		var err error
		for i, a := range args[1:] {
			if its[i], err = vm.getIter(a); err != nil {
				return vEmpty, err
			}
		}
		return vm.newIter(kindMap, []gc.Value{args[0], vm.newTuple(its)}, 0), nil
	})
	it(kindFilter, "filter", func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("filter", args, 2, 2); err != nil {
			return vEmpty, err
		}
		inner, err := vm.getIter(args[1])
		if err != nil {
			return vEmpty, err
		}
		return vm.newIter(kindFilter, []gc.Value{args[0], inner}, 0), nil
	})
	it(kindReversed, "reversed", func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("reversed", args, 1, 1); err != nil {
			return vEmpty, err
		}
		v := args[0]
		kind := kindReversed
		switch v.Tag() {
		case TagList:
			kind = kindListRevIter
		case TagRange:
			if !vm.isBigRange(v) {
				return vm.reversedRange(v), nil
			}
		case TagTuple, TagStr, TagBytes, TagByteArray:
		case TagDict:
			kind = kindDictRevKeyIter
			v = vm.newList(vm.dictKeys(v), 0)
		case TagDictView:
			kind = []gc.Kind{kindDictRevKeyIter, kindDictRevValIter, kindDictRevItemIter}[vm.rawU64(v.Ref(), 1, 0)]
			it, err := vm.getIter(v)
			if err != nil {
				return vEmpty, err
			}
			items, err := vm.collect(it)
			if err != nil {
				return vEmpty, err
			}
			v = vm.newList(items, 0)
		case TagObject:
			if m, ok := vm.lookupS(vm.typeOf(v), "__reversed__"); ok {
				return vm.callValue(m, []gc.Value{v}, nil)
			}
			if _, ok := vm.lookupS(vm.typeOf(v), "__getitem__"); !ok {
				return vEmpty, vm.raise("TypeError", "'%s' object is not reversible", vm.typeOf(v).Name)
			}
		default:
			return vEmpty, vm.raise("TypeError", "'%s' object is not reversible", vm.typeOf(v).Name)
		}
		n, err := vm.length(v)
		if err != nil {
			return vEmpty, err
		}
		r := vm.newIter(kind, []gc.Value{v}, 1)
		vm.setRawU64(r.Ref(), 1, 0, uint64(n))
		return r, nil
	})
	vm.iterTypes[kindListIter].Name = "list_iterator"
	// object's methods
	vm.methods(vm.tObject, map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vNone, nil },
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			t := vm.typeOf(args[0])
			if t.Module == "builtins" {
				return vm.newStr("<" + t.Name + " object at " + addr(args[0]) + ">"), nil
			}
			return vm.newStr("<" + t.Module + "." + t.Name + " object at " + addr(args[0]) + ">"), nil
		},
		"__str__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s, err := vm.strOf(args[0])
			return vm.newStr(s), err
		},
		"__eq__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if vm.is(args[0], args[1]) {
				return vTrue, nil
			}
			return vNotImpl, nil
		},
		"__ne__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			r, err := vm.compare(bytecode.EQ, args[0], args[1])
			if err != nil {
				return r, err
			}
			t, err := vm.truth(r)
			return gc.Bool(!t), err
		},
		"__hash__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Int(int64(args[0].Bits() >> 4)), nil
		},
		"__setattr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if args[0].Tag() == TagObject && len(args) == 3 && args[1].Tag() == TagStr {
				return vNone, vm.instSetAttrGeneric(args[0], vm.typeOf(args[0]), args[1], args[2])
			}
			if args[0].Tag() == TagType && len(args) == 3 && args[1].Tag() == TagStr {
				return vNone, vm.classSetAttrGeneric(args[0], args[1], args[2])
			}
			return vNone, vm.setAttr(args[0], args[1], args[2])
		},
		"__getattribute__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.getAttrGeneric(args[0], args[1])
		},
		"__format__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s, err := vm.format(args[0], vm.str(args[1]))
			return vm.newStr(s), err
		},
		"__dir__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			names := vm.objectDirNames(args[0])
			items := make([]gc.Value, len(names))
			for i, n := range names {
				items[i] = vm.newStr(n)
			}
			return vm.newList(items, 0), nil
		},
	})
	vm.methods(vm.tObject, objectProtocolMethods())
	vm.classMethods(vm.tObject, map[string]bfunc{
		"__subclasshook__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vNotImpl, nil
		},
		"__init_subclass__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(kw) > 0 {
				return vEmpty, vm.raise("TypeError", "%s.__init_subclass__() takes no keyword arguments", vm.typeOfRef(args[0].Ref()).Name)
			}
			return vNone, nil
		},
	})
	vm.dictSet(vm.tObject.Dict, vm.intern("__new__"), vm.newBuiltinStatic("object.__new__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 0 {
			return vEmpty, vm.raise("TypeError", "object.__new__(): not enough arguments")
		}
		t, ok := vm.asType(args[0])
		if !ok {
			return vEmpty, vm.raise("TypeError", "object.__new__(X): X is not a type object")
		}
		if t.inst != TagObject && t.ctor != nil {
			return t.ctor(vm, t, args[1:], kw)
		}
		e := vm.newInstance(t)
		if t.isExc {
			vm.setSlot(e.Ref(), excArgsSlot, vm.newTuple(args[1:len(args)-len(kw)]))
		}
		return e, nil
	}))
	// rename the object.__init__ builtin so callType recognises it
	if v, ok := vm.dictGetStr(vm.tObject.Dict, vm.intern("__init__")); ok {
		vm.heap.Side(v.Ref()).(*builtinFn).name = "object.__init__"
	}
	// the exception hierarchy
	be := vm.newType("BaseException", []*Type{vm.tObject}, TagObject)
	be.isExc = true
	be.nslots = excNumSlots
	vm.tBaseException = be
	vm.excTypes["BaseException"] = be
	vm.methods(be, map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.noKw(vm.typeOf(args[0]).Name, kw); err != nil {
				return vEmpty, err
			}
			vm.setSlot(args[0].Ref(), excArgsSlot, vm.newTuple(args[1:len(args)-len(kw)]))
			return vNone, nil
		},
		"with_traceback": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("with_traceback", args[1:], 1, 1); err != nil {
				return vEmpty, err
			}
			if err := vm.setExcTraceback(args[0], args[1]); err != nil {
				return vEmpty, err
			}
			return args[0], nil
		},
	})
	for _, p := range excTree {
		t := vm.newType(p[0], []*Type{vm.excTypes[p[1]]}, TagObject)
		vm.excTypes[p[0]] = t
	}
	vm.initOSError()
	vm.initImportError()
	vm.initNameErrors()
	vm.initUnicodeErrors()
	vm.initExcGroup()
	vm.initCodeType()
	vm.initTracebackTypes()
	vm.initMemberType()
	vm.tException = vm.excTypes["Exception"]
	vm.tStopIteration = vm.excTypes["StopIteration"]
	vm.initGenType()
	vm.initAsyncTypes()
	vm.initMetaType()
	vm.initMethods()
	vm.listAppendFn, _ = vm.dictGetStr(vm.tList.Dict, vm.intern("append"))
	vm.initBytes()
	vm.initReduceMethods()
	vm.initComplex()
	vm.initSlots()
	vm.addValueMembers(vm.tagTypes[TagComplex], "real", "imag")
	vm.addValueMembers(vm.tSlice, "start", "stop", "step")
	vm.addValueMembers(vm.tRange, "start", "stop", "step")
	// Function and exception data attributes CPython keeps as getset or
	// member descriptors (type(f).__dict__['__code__'],
	// BaseException.__dict__['args']); instances still serve the values.
	vm.addValueMembers(vm.tFunc, "__closure__", "__doc__", "__globals__", "__module__", "__builtins__")
	vm.addValueGetSets(vm.tFunc, "__code__", "__defaults__", "__kwdefaults__",
		"__annotations__", "__dict__", "__name__", "__qualname__") // valuegetset.go
	vm.addValueMembers(vm.tBaseException, "__suppress_context__")
	vm.addValueGetSets(vm.tBaseException, "__dict__", "args", "__traceback__", "__context__", "__cause__")
	vm.addValueMembers(vm.tType, "__base__", "__mro__")
	vm.addValueGetSets(vm.tType, "__name__", "__qualname__", "__bases__", "__module__",
		"__abstractmethods__", "__dict__", "__doc__", "__annotations__")
	vm.addValueGetSets(vm.tObject, "__class__")
	vm.addValueMembers(vm.tProperty, "fget", "fset", "fdel", "__doc__")
	vm.addValueGetSets(vm.tProperty, "__isabstractmethod__")
}

// newBuiltinStatic allocates a builtin that does not bind in a type dict.
func (vm *VM) newBuiltinStatic(name string, fn bfunc) gc.Value {
	r := vm.alloc(kindBuiltin, 1, 0)
	vm.heap.SetSide(r, &builtinFn{name: name, fn: fn, static: true})
	return mkref(TagBuiltin, r)
}

// ctorInt is int(x=0, base=10).
func ctorInt(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	pos, kv, err := vm.kwArgs("int", args, kw, "base")
	if err != nil {
		return vEmpty, err
	}
	if len(pos) > 2 {
		return vEmpty, vm.raise("TypeError", "int() takes at most 2 arguments (%d given)", len(pos))
	}
	base := kv[0]
	if len(pos) == 2 {
		base = pos[1]
	}
	if len(pos) == 0 {
		if !base.IsEmpty() {
			return vEmpty, vm.raise("TypeError", "int() missing string argument")
		}
		return gc.Int(0), nil
	}
	v := pos[0]
	if !base.IsEmpty() {
		if v.Tag() != TagStr && !isBytesTag(v.Tag()) {
			return vEmpty, vm.raise("TypeError", "int() can't convert non-string with explicit base")
		}
		bv, err := vm.numberIndex(base)
		if err != nil {
			return vEmpty, err
		}
		b := int(int64(bv.Bits()))
		if bv.Tag() == TagBigInt || b != 0 && (b < 2 || b > 36) {
			return vEmpty, vm.raise("ValueError", "int() base must be >= 2 and <= 36, or 0")
		}
		if data, ok := vm.bytesView(v); ok {
			x, err := num.ParseIntBytes(data, b, maxStrDigits)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return vm.fromInt(x), nil
		}
		return vm.parseIntStr(v, b)
	}
	return vm.toIntValue(v)
}

// toIntValue implements int(v) for one argument.
func (vm *VM) toIntValue(v gc.Value) (gc.Value, error) {
	switch v.Tag() {
	case gc.TagInt, TagBigInt:
		return v, nil
	case gc.TagBool:
		return gc.Int(int64(v.Bits())), nil
	case gc.TagFloat:
		x, err := num.FloatTrunc(v.Float())
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.fromInt(x), nil
	case TagStr:
		return vm.parseIntStr(v, 10)
	case TagBytes, TagByteArray:
		b, _ := vm.bytesView(v)
		x, err := num.ParseIntBytes(b, 10, maxStrDigits)
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.fromInt(x), nil
	case TagObject:
		for _, n := range []string{"__int__", "__index__", "__trunc__"} {
			if m, ok := vm.lookupS(vm.typeOf(v), n); ok && m.Tag() == TagFunc {
				r, err := vm.callValue(m, []gc.Value{v}, nil)
				if err != nil || n == "__trunc__" {
					return r, err
				}
				if !isIntLike(r) {
					if b, ok := vm.baseOf(r); ok && isIntLike(b) {
						return b, nil
					}
					return vEmpty, vm.raise("TypeError", "%s returned non-int (type %s)", n, vm.typeOf(r).Name)
				}
				return r, nil
			}
		}
		if base, ok := vm.baseOf(v); ok && base.Tag() != TagComplex {
			return vm.toIntValue(base)
		}
	}
	return vEmpty, vm.raise("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '%s'", vm.typeOf(v).Name)
}

// ctorFloat is float(x=0.0).
func ctorFloat(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	if t == vm.tFloat {
		if err := vm.noKw("float", kw); err != nil {
			return vEmpty, err
		}
	}
	if err := vm.nargs("float", args, 0, 1); err != nil {
		return vEmpty, err
	}
	if len(args) == 0 {
		return gc.Float(0), nil
	}
	v := args[0]
	switch v.Tag() {
	case gc.TagFloat:
		return v, nil
	case gc.TagInt, gc.TagBool, TagBigInt:
		f, err := vm.toFloat(v)
		if err != nil {
			if vm.isExcType(vm.exc, "OverflowError") {
				vm.exc = vEmpty
				return vEmpty, vm.raise("OverflowError", "int too large to convert to float")
			}
		}
		return gc.Float(f), err
	case TagStr:
		s := strings.TrimSpace(decimalToASCII(vm.str(v)))
		f, ok := parseFloat(s)
		if !ok {
			r, _ := vm.reprOf(v)
			return vEmpty, vm.raise("ValueError", "could not convert string to float: %s", r)
		}
		return vm.freshFloat(f), nil
	case TagBytes, TagByteArray:
		b, _ := vm.bytesView(v)
		f, err := num.ParseFloatBytes(b)
		if err != nil && v.Tag() == TagByteArray {
			return vEmpty, vm.raise("ValueError", "could not convert string to float: bytearray(%s)", num.ByteArrayRepr(b))
		}
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return gc.Float(f), nil
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(v), "__float__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return vEmpty, err
			}
			if r.Tag() != gc.TagFloat {
				if b, ok := vm.baseOf(r); ok && b.Tag() == gc.TagFloat {
					return b, nil
				}
				return vEmpty, vm.raise("TypeError", "%s.__float__ returned non-float (type %s)", vm.typeOf(v).Name, vm.typeOf(r).Name)
			}
			return r, nil
		}
		if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return r, err
			}
			f, err := vm.toFloat(r)
			return gc.Float(f), err
		}
		if base, ok := vm.baseOf(v); ok && base.Tag() != TagObject && base.Tag() != TagComplex {
			return ctorFloat(vm, t, []gc.Value{base}, nil)
		}
	}
	return vEmpty, vm.raise("TypeError", "float() argument must be a string or a real number, not '%s'", vm.typeOf(v).Name)
}

// parseFloat parses Python float literal text (with underscores between
// digits, inf, nan).
func parseFloat(s string) (float64, bool) {
	l := strings.ToLower(s)
	sign := 1.0
	body := l
	if strings.HasPrefix(body, "+") {
		body = body[1:]
	} else if strings.HasPrefix(body, "-") {
		body = body[1:]
		sign = -1
	}
	switch body {
	case "inf", "infinity":
		return sign * math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	if body == "" {
		return 0, false
	}
	clean := make([]byte, 0, len(body))
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '_' {
			if i == 0 || i == len(body)-1 || !isDigit(body[i-1]) || !isDigit(body[i+1]) {
				return 0, false
			}
			continue
		}
		if !(isDigit(c) || c == '.' || c == 'e' || c == '+' || c == '-') {
			return 0, false
		}
		if (c == '+' || c == '-') && (i == 0 || body[i-1] != 'e') {
			return 0, false // a sign only leads the exponent here
		}
		clean = append(clean, c)
	}
	f, err := parseGoFloat(string(clean))
	if err != nil {
		return 0, false
	}
	return sign * f, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseGoFloat parses decimal float text; overflow gives an infinity.
func parseGoFloat(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
	}
	return f, err
}

// ctorStr is str(object=”).
func ctorStr(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	if len(args) == 1 && len(kw) == 0 && t == vm.tStr {
		if v, ok := vm.strOfFast(args[0]); ok { // strlist.go
			return v, nil
		}
	}
	pos, kv, err := vm.kwArgs("str", args, kw, "object", "encoding", "errors")
	if err != nil {
		return vEmpty, err
	}
	for i, p := range pos {
		if i < len(kv) {
			kv[i] = p
		}
	}
	for i, name := range [...]string{1: "encoding", 2: "errors"} {
		if i > 0 && !kv[i].IsEmpty() && kv[i].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "str() argument '%s' must be str, not %s", name, vm.typeOf(kv[i]).Name)
		}
	}
	if len(pos) > 1 || !kv[1].IsEmpty() || !kv[2].IsEmpty() {
		obj := kv[0]
		if obj.IsEmpty() {
			obj = vm.newBytes(nil)
		}
		return vm.strFromBytes(obj, kv[1], kv[2])
	}
	if len(pos) == 0 {
		return vm.emptyStr, nil
	}
	s, err := vm.strOf(pos[0])
	if err != nil {
		return vEmpty, err
	}
	return vm.newStr(s), nil
}

// ctorRange is range(stop) / range(start, stop[, step]).
func ctorRange(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	if err := vm.noKw("range", kw); err != nil {
		return vEmpty, err
	}
	if len(args) == 0 || len(args) > 3 {
		if len(args) == 0 {
			return vEmpty, vm.raise("TypeError", "range expected at least 1 argument, got 0")
		}
		return vEmpty, vm.raise("TypeError", "range expected at most 3 arguments, got %d", len(args))
	}
	var p [3]num.Int
	for i, a := range args {
		iv, err := vm.numberIndex(a)
		if err != nil {
			return vEmpty, err
		}
		p[i] = vm.toInt(iv)
	}
	switch len(args) {
	case 1:
		return vm.newRangeInts(num.NewInt(0), p[0], num.NewInt(1)), nil
	case 2:
		return vm.newRangeInts(p[0], p[1], num.NewInt(1)), nil
	}
	if p[2].IsZero() {
		return vEmpty, vm.raise("ValueError", "range() arg 3 must not be zero")
	}
	return vm.newRangeInts(p[0], p[1], p[2]), nil
}

// parseIntStr is int(s, base) for a str: non-ASCII decimal digits and
// spaces count as their ASCII forms; errors quote the original text.
func (vm *VM) parseIntStr(v gc.Value, base int) (gc.Value, error) {
	orig := vm.str(v)
	s := decimalToASCII(orig)
	x, err := num.ParseInt(s, base, maxStrDigits)
	if err != nil {
		if s != orig {
			if e, ok := err.(*num.Error); ok && strings.HasPrefix(e.Msg, "invalid literal") {
				r, rerr := vm.reprOf(v)
				if rerr != nil {
					return vEmpty, rerr
				}
				return vEmpty, vm.raise("ValueError", "invalid literal for int() with base %d: %s", base, r)
			}
		}
		return vEmpty, vm.numErr(err)
	}
	return vm.fromInt(x), nil
}
