// builtins.go holds the builtins module: print, len, range, the numeric
// and conversion functions, iteration helpers (enumerate, zip, map, filter,
// sorted, reversed...), introspection (isinstance, getattr...), and the
// constructors of the builtin types.

package vm

import (
	"bufio"
	"maps"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/num"
)

// bfunc is the signature of builtins.
type bfunc = func(vm *VM, args []gc.Value, kw []string) (gc.Value, error)

// kwArg extracts keyword arguments by name; it returns the positional part
// and the keyword values (empty when absent), raising for unknown names.
func (vm *VM) kwArgs(fname string, args []gc.Value, kw []string, names ...string) ([]gc.Value, []gc.Value, error) {
	pos := args[:len(args)-len(kw)]
	vals := make([]gc.Value, len(names))
	for j, k := range kw {
		i := slices.Index(names, k)
		if i < 0 {
			return nil, nil, vm.raise("TypeError", "'%s' is an invalid keyword argument for %s()", k, fname)
		}
		vals[i] = args[len(pos)+j]
	}
	return pos, vals, nil
}

// noKw raises if keyword arguments were given.
func (vm *VM) noKw(fname string, kw []string) error {
	if len(kw) > 0 {
		return vm.raise("TypeError", "%s() takes no keyword arguments", fname)
	}
	return nil
}

// nargs checks a positional argument count.
func (vm *VM) nargs(fname string, args []gc.Value, lo, hi int) error {
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	if lo == hi {
		if lo == 1 {
			return vm.raise("TypeError", "%s() takes exactly one argument (%d given)", fname, n)
		}
		if lo == 0 {
			return vm.raise("TypeError", "%s() takes no arguments (%d given)", fname, n)
		}
		return vm.raise("TypeError", "%s expected %d arguments, got %d", fname, lo, n)
	}
	if n < lo {
		return vm.raise("TypeError", "%s expected at least %d argument%s, got %d", fname, lo, plural(lo), n)
	}
	return vm.raise("TypeError", "%s expected at most %d argument%s, got %d", fname, hi, plural(hi), n)
}

// builtinsModule returns the builtins module object.
func (vm *VM) builtinsModule() gc.Value {
	m, _ := vm.dictGetStr(vm.modules, vm.intern("builtins"))
	return m
}

// newModule allocates a module object.
func (vm *VM) newModule(name string, d gc.Value) gc.Value {
	vm.moduleNameAndDoc(name, d)
	r := vm.alloc(kindModule, 1, 0)
	vm.setSlot(r, 0, d)
	vm.heap.SetSide(r, strings.Clone(name))
	return mkref(TagModule, r)
}

func (vm *VM) def(d gc.Value, name string, fn bfunc) {
	vm.dictSet(d, vm.intern(name), vm.newBuiltin(name, fn))
}

// initBuiltins builds the builtins and sys modules.
func (vm *VM) initBuiltins() {
	b := vm.newDict()
	vm.builtins = b
	vm.modules = vm.newDict()
	vm.dictSet(vm.modules, vm.intern("builtins"), vm.newModule("builtins", b))
	types := map[string]*Type{
		"object": vm.tObject, "type": vm.tType, "int": vm.tInt, "bool": vm.tBool, "float": vm.tFloat,
		"str": vm.tStr, "list": vm.tList, "tuple": vm.tTuple, "dict": vm.tDict, "set": vm.tSet,
		"frozenset": vm.tFrozenset, "range": vm.tRange, "property": vm.tProperty,
		"staticmethod": vm.tStaticMethod, "classmethod": vm.tClassMethod, "super": vm.tSuper,
		"slice": vm.tSlice, "enumerate": vm.iterTypes[kindEnumerate], "zip": vm.iterTypes[kindZip],
		"map": vm.iterTypes[kindMap], "filter": vm.iterTypes[kindFilter], "reversed": vm.iterTypes[kindReversed],
		"bytes": vm.tagTypes[TagBytes], "complex": vm.tagTypes[TagComplex],
		"bytearray": vm.tagTypes[TagByteArray],
	}
	names := make([]string, 0, len(types))
	for name := range types {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		vm.dictSet(b, vm.intern(name), types[name].Value())
	}
	for _, p := range excTree {
		vm.dictSet(b, vm.intern(p[0]), vm.excTypes[p[0]].Value())
	}
	vm.initMemoryView(b)
	vm.dictSet(b, vm.intern("BaseException"), vm.tBaseException.Value())
	vm.dictSet(b, vm.intern("BaseExceptionGroup"), vm.excTypes["BaseExceptionGroup"].Value())
	vm.dictSet(b, vm.intern("ExceptionGroup"), vm.excTypes["ExceptionGroup"].Value())
	vm.dictSet(b, vm.intern("EnvironmentError"), vm.excTypes["OSError"].Value())
	vm.dictSet(b, vm.intern("IOError"), vm.excTypes["OSError"].Value())
	vm.dictSet(b, vm.intern("None"), vNone)
	vm.dictSet(b, vm.intern("Ellipsis"), vEllipsis)
	vm.dictSet(b, vm.intern("NotImplemented"), vNotImpl)
	vm.dictSet(b, vm.intern("__debug__"), vTrue)
	vm.dictSet(b, vm.intern("__name__"), vm.intern("builtins"))
	vm.def(b, "__build_class__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.buildClass(args, kw)
	})
	vm.def(b, "print", biPrint)
	vm.def(b, "len", biLen)
	vm.def(b, "repr", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("repr", args, 1, 1); err != nil {
			return vEmpty, err
		}
		s, err := vm.reprOf(args[0])
		return vm.newStr(s), err
	})
	vm.def(b, "ascii", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("ascii", args, 1, 1); err != nil {
			return vEmpty, err
		}
		s, err := vm.reprOf(args[0])
		return vm.newStr(asciiEscape(s)), err
	})
	vm.def(b, "abs", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("abs", args, 1, 1); err != nil {
			return vEmpty, err
		}
		v := args[0]
		switch {
		case isIntLike(v):
			return vm.fromInt(vm.toInt(v).Abs()), nil
		case v.Tag() == gc.TagFloat:
			return gc.Float(math.Abs(v.Float())), nil
		case v.Tag() == TagComplex:
			return vm.complexAbs(v)
		}
		if m, ok := vm.lookupS(vm.typeOf(v), "__abs__"); ok {
			return vm.callValue(m, []gc.Value{v}, nil)
		}
		if b, ok := vm.baseOf(v); ok {
			// a subclass of a builtin number not defining __abs__
			switch {
			case isIntLike(b):
				return vm.fromInt(vm.toInt(b).Abs()), nil
			case b.Tag() == gc.TagFloat:
				return gc.Float(math.Abs(b.Float())), nil
			case b.Tag() == TagComplex:
				return vm.complexAbs(b)
			}
		}
		return vEmpty, vm.raise("TypeError", "bad operand type for abs(): '%s'", vm.typeOf(v).Name)
	})
	vm.def(b, "min", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.minmax("min", args, kw, bytecode.LT)
	})
	vm.def(b, "max", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.minmax("max", args, kw, bytecode.GT)
	})
	vm.def(b, "sum", biSum)
	vm.def(b, "isinstance", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("isinstance", args, 2, 2); err != nil {
			return vEmpty, err
		}
		ok, err := vm.isInstanceOf(args[0], args[1], "isinstance")
		return gc.Bool(ok), err
	})
	vm.def(b, "issubclass", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("issubclass", args, 2, 2); err != nil {
			return vEmpty, err
		}
		t, ok := vm.asType(args[0])
		if !ok {
			return vEmpty, vm.raise("TypeError", "issubclass() arg 1 must be a class")
		}
		return vm.subclassOf(t, args[1])
	})
	vm.def(b, "iter", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("iter", args, 1, 2); err != nil {
			return vEmpty, err
		}
		if len(args) == 2 {
			if !vm.isCallable(args[0]) {
				return vEmpty, vm.raise("TypeError", "iter(v, w): v must be callable")
			}
			return vm.newIter(kindCallIter, []gc.Value{args[0], args[1]}, 0), nil
		}
		return vm.getIter(args[0])
	})
	vm.def(b, "next", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("next", args, 1, 2); err != nil {
			return vEmpty, err
		}
		it := args[0]
		if it.Tag() != TagIter || vm.asyncTypeOf(it) != nil {
			if _, ok := vm.lookupS(vm.typeOf(it), "__next__"); !ok {
				return vEmpty, vm.raise("TypeError", "'%s' object is not an iterator", vm.typeOf(it).Name)
			}
			if len(args) == 1 {
				m, _ := vm.lookupS(vm.typeOf(it), "__next__")
				return vm.callValue(m, []gc.Value{it}, nil)
			}
		}
		if it.Tag() == TagIter && vm.kindOf(it.Ref()) == kindGenerator {
			v, done, err := vm.genResume(it, vNone)
			if err != nil {
				return vEmpty, err
			}
			if done {
				if len(args) == 2 {
					return args[1], nil
				}
				return vEmpty, vm.stopIteration(v)
			}
			return v, nil
		}
		v, ok, err := vm.next(it)
		if err != nil {
			return vEmpty, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return vEmpty, vm.raiseValue(vm.newExc("StopIteration"), vEmpty)
		}
		return v, nil
	})
	vm.def(b, "hasattr", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("hasattr", args, 2, 2); err != nil {
			return vEmpty, err
		}
		if args[1].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "attribute name must be string, not '%s'", vm.typeOf(args[1]).Name)
		}
		_, err := vm.getAttr(args[0], args[1])
		if err != nil {
			if vm.isExcType(vm.exc, "AttributeError") {
				vm.exc = vEmpty
				return vFalse, nil
			}
			return vEmpty, err
		}
		return vTrue, nil
	})
	vm.def(b, "getattr", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("getattr", args, 2, 3); err != nil {
			return vEmpty, err
		}
		if args[1].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "attribute name must be string, not '%s'", vm.typeOf(args[1]).Name)
		}
		v, err := vm.getAttr(args[0], args[1])
		if err != nil && len(args) == 3 && vm.isExcType(vm.exc, "AttributeError") {
			vm.exc = vEmpty
			return args[2], nil
		}
		return v, err
	})
	vm.def(b, "setattr", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("setattr", args, 3, 3); err != nil {
			return vEmpty, err
		}
		if args[1].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "attribute name must be string, not '%s'", vm.typeOf(args[1]).Name)
		}
		return vNone, vm.setAttr(args[0], args[1], args[2])
	})
	vm.def(b, "delattr", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("delattr", args, 2, 2); err != nil {
			return vEmpty, err
		}
		return vNone, vm.delAttrStmt(args[0], args[1])
	})
	vm.def(b, "round", biRound)
	vm.def(b, "divmod", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("divmod", args, 2, 2); err != nil {
			return vEmpty, err
		}
		a, c := args[0], args[1]
		if isIntLike(a) && isIntLike(c) {
			q, r, err := vm.intView(a).DivMod(vm.intView(c))
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return vm.newTuple([]gc.Value{vm.fromInt(q), vm.fromInt(r)}), nil
		}
		if (isIntLike(a) || a.Tag() == gc.TagFloat) && (isIntLike(c) || c.Tag() == gc.TagFloat) {
			x, _ := vm.toFloat(a)
			y, _ := vm.toFloat(c)
			q, r, err := num.FloatDivMod(x, y)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return vm.newTuple([]gc.Value{gc.Float(q), gc.Float(r)}), nil
		}
		return vm.dunderBinary(a, c, "__divmod__", "__rdivmod__", "divmod()")
	})
	powSpec := &clinic{fname: "pow", names: []string{"base", "exp", "mod"}, maxpos: 3, minargs: 2}
	vm.def(b, "pow", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 || len(args) < 2 || len(args) > 3 {
			// keywords (pow(2, exp=3, mod=5)) and arity errors
			bound, err := vm.parseArgs(powSpec, args, kw)
			if err != nil {
				return vEmpty, err
			}
			args = bound
			if args[2].IsEmpty() {
				args = args[:2]
			}
		}
		if len(args) == 3 && args[2].Tag() != gc.TagNone {
			if err := vm.powModRefusal(args[0], args[1], args[2]); err != nil {
				return vEmpty, err
			}
			if !isIntLike(args[0]) || !isIntLike(args[1]) || !isIntLike(args[2]) {
				return vm.ternaryPow(args[0], args[1], args[2])
			}
			r, err := vm.toInt(args[0]).PowMod(vm.toInt(args[1]), vm.toInt(args[2]))
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return vm.fromInt(r), nil
		}
		return vm.binaryOp(bytecode.POW, args[0], args[1])
	})
	vm.def(b, "hash", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("hash", args, 1, 1); err != nil {
			return vEmpty, err
		}
		h, err := vm.hash(args[0])
		return gc.Int(h), err
	})
	vm.def(b, "id", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("id", args, 1, 1); err != nil {
			return vEmpty, err
		}
		v := args[0]
		return gc.Int(int64(0x7f0000000000 + v.Bits()*16 + uint64(v.Tag()&0xf))), nil
	})
	vm.def(b, "chr", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 1 && args[0].Tag() == gc.TagInt && uint64(args[0].Int()) < 128 {
			return vm.charStrs[args[0].Int()], nil // the ASCII one-char strs
		}
		if err := vm.nargs("chr", args, 1, 1); err != nil {
			return vEmpty, err
		}
		v, err := vm.numberIndex(args[0])
		if err != nil {
			return vEmpty, err
		}
		i := int64(v.Bits())
		if v.Tag() == TagBigInt || i < -1<<31 || i >= 1<<31 {
			return vEmpty, vm.raise("OverflowError", "Python int too large to convert to C int")
		}
		if i < 0 || i > 0x10ffff {
			return vEmpty, vm.raise("ValueError", "chr() arg not in range(0x110000)")
		}
		return vm.newStr(encodeRune(rune(i))), nil
	})
	vm.def(b, "ord", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 1 && args[0].Tag() == TagStr {
			if s := vm.str(args[0]); len(s) == 1 {
				return gc.Int(int64(s[0])), nil // one byte of WTF-8: ASCII
			}
		}
		if err := vm.nargs("ord", args, 1, 1); err != nil {
			return vEmpty, err
		}
		a := vm.unwrap(args[0])
		if b, ok := vm.bytesView(a); ok {
			if len(b) != 1 {
				return vEmpty, vm.raise("TypeError", "ord() expected a character, but string of length %d found", len(b))
			}
			return gc.Int(int64(b[0])), nil
		}
		if a.Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "ord() expected string of length 1, but %s found", vm.typeOf(args[0]).Name)
		}
		s := vm.str(a)
		if n := strLen(s); n != 1 {
			return vEmpty, vm.raise("TypeError", "ord() expected a character, but string of length %d found", n)
		}
		r, _ := decodeRuneWTF8(s)
		return gc.Int(int64(r)), nil
	})
	vm.def(b, "any", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("any", args, 1, 1); err != nil {
			return vEmpty, err
		}
		res := false
		err := vm.iterateFast(args[0], vm.anyAllFast(true, &res), func(x gc.Value) (bool, error) {
			t, err := vm.truth(x)
			res = t
			return !t, err
		})
		return gc.Bool(res), err
	})
	vm.def(b, "all", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("all", args, 1, 1); err != nil {
			return vEmpty, err
		}
		res := true
		err := vm.iterateFast(args[0], vm.anyAllFast(false, &res), func(x gc.Value) (bool, error) {
			t, err := vm.truth(x)
			res = t
			return t, err
		})
		return gc.Bool(res), err
	})
	vm.def(b, "sorted", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if n := len(args) - len(kw); n != 1 {
			return vEmpty, vm.raise("TypeError", "sorted expected 1 argument, got %d", n)
		}
		// CPython makes the list first and lets list.sort check the
		// keywords: sorted(2, base=2) says 2 is not iterable.
		items, err := vm.collect(args[0])
		if err != nil {
			return vEmpty, err
		}
		_, kv, err := vm.kwArgs("sort", args, kw, "key", "reverse")
		if err != nil {
			return vEmpty, err
		}
		l := vm.newList(items, 0)
		vm.heap.PushRoot(l)
		defer vm.heap.PopRoot(gc.RootSlot(vm.heap.RootDepth() - 1))
		return l, vm.listSort(l, kv[0], kv[1])
	})
	vm.def(b, "callable", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("callable", args, 1, 1); err != nil {
			return vEmpty, err
		}
		switch args[0].Tag() {
		case TagFunc, TagBuiltin, TagMethod, TagType, TagStaticMethod:
			return vTrue, nil
		case TagObject:
			_, ok := vm.lookupS(vm.typeOf(args[0]), "__call__")
			return gc.Bool(ok), nil
		}
		return vFalse, nil
	})
	vm.def(b, "globals", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.topFrame().globals, nil
	})
	vm.def(b, "locals", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.localsDict(), nil
	})
	vm.def(b, "vars", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("vars", "vars", args, kw, 0, 1); err != nil {
			return vEmpty, err
		}
		if len(args) == 0 {
			return vm.localsDict(), nil
		}
		if args[0].Tag() == TagObject && vm.typeOf(args[0]).restricted {
			return vEmpty, vm.raise("TypeError", "vars() argument must have __dict__ attribute")
		}
		d, err := vm.getAttr(args[0], vm.intern("__dict__"))
		if err != nil && vm.isExcType(vm.exc, "AttributeError") {
			vm.exc = vEmpty
			return vEmpty, vm.raise("TypeError", "vars() argument must have __dict__ attribute")
		}
		return d, err
	})
	vm.def(b, "dir", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 1 && args[0].Tag() == TagObject {
			if m, ok := vm.lookupS(vm.typeOf(args[0]), "__dir__"); ok && m.Tag() == TagFunc {
				r, err := vm.callValue(m, []gc.Value{args[0]}, nil)
				if err != nil {
					return vEmpty, err
				}
				items, err := vm.collect(r)
				if err != nil {
					return vEmpty, err
				}
				l := vm.newList(items, 0)
				return l, vm.listSort(l, vEmpty, vEmpty)
			}
		}
		var names []string
		if len(args) == 0 {
			names = vm.dictStrKeys(vm.localsDict())
		} else if v := args[0]; v.Tag() == TagModule {
			names = vm.dictStrKeys(vm.slot(v.Ref(), 0)) // a module's dir is its namespace
		} else {
			names = vm.objectDirNames(v)
		}
		slices.Sort(names)
		items := make([]gc.Value, len(names))
		for i, n := range names {
			items[i] = vm.newStr(n)
		}
		return vm.newList(items, 0), nil
	})
	vm.def(b, "format", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("format", args, 1, 2); err != nil {
			return vEmpty, err
		}
		spec := ""
		if len(args) == 2 {
			if args[1].Tag() != TagStr {
				return vEmpty, vm.raise("TypeError", "format() argument 2 must be str, not %s", vm.typeOf(args[1]).Name)
			}
			spec = vm.str(args[1])
		}
		s, err := vm.format(args[0], spec)
		return vm.newStr(s), err
	})
	vm.def(b, "bin", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.intPrefixed(args, "bin") })
	vm.def(b, "oct", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.intPrefixed(args, "oct") })
	vm.def(b, "hex", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.intPrefixed(args, "hex") })
	vm.countCallLevel(b, "hash", "abs", "repr", "ascii", "bin", "oct", "hex") // crecursion.go
	vm.def(b, "open", biOpen)
	vm.def(b, "input", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if in, out, replaced, err := vm.inputStreams(); err != nil {
			return vEmpty, err
		} else if replaced {
			return vm.inputFrom(in, out, args)
		}
		if len(args) > 0 {
			s, err := vm.strOf(args[0])
			if err != nil {
				return vEmpty, err
			}
			vm.stdout.WriteString(s)
		}
		vm.stdout.Flush()
		line, err := vm.readLine()
		if err == errRaised && !vm.exc.IsEmpty() {
			return vEmpty, err
		}
		if err != nil {
			return vEmpty, vm.raise("EOFError", "EOF when reading a line")
		}
		return vm.newStr(strings.TrimSuffix(line, "\n")), nil
	})
	vm.def(b, "exit", biExit)
	vm.def(b, "quit", biExit)
	vm.initSys()
}

// inputStreams returns sys.stdin and sys.stdout as they are now, and
// whether either is not the process's own (a program replaced it, as test
// harnesses do with io.StringIO), with CPython's errors when one is gone.
func (vm *VM) inputStreams() (in, out gc.Value, replaced bool, err error) {
	sysd := vm.slot(vm.sysModule.Ref(), 0)
	for _, s := range []struct {
		name string
		v    *gc.Value
	}{{"stdin", &in}, {"stdout", &out}} {
		v, ok := vm.dictGetStr(sysd, vm.intern(s.name))
		if !ok || v.Tag() == gc.TagNone {
			return vEmpty, vEmpty, false, vm.raise("RuntimeError", "input(): lost sys.%s", s.name)
		}
		*s.v = v
	}
	return in, out, in != vm.inV || out != vm.outV, nil
}

// inputFrom is input() with replaced streams: the prompt is written to
// sys.stdout (and flushed) and a line read with sys.stdin.readline(), as
// CPython does when the streams are not the console.
func (vm *VM) inputFrom(in, out gc.Value, args []gc.Value) (gc.Value, error) {
	if len(args) > 1 {
		return vEmpty, vm.raise("TypeError", "input expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		s, err := vm.strOf(args[0])
		if err != nil {
			return vEmpty, err
		}
		if err := vm.writeTo(out, s); err != nil {
			return vEmpty, err
		}
	}
	if out == vm.outV || out == vm.errV {
		vm.flushFile(out)
	} else if _, err := vm.callMethod(out, "flush"); err != nil {
		vm.exc = vEmpty // CPython ignores what flush raises (or its absence)
	}
	line, err := vm.callMethod(in, "readline")
	if err != nil {
		return vEmpty, err
	}
	if line.Tag() == TagBytes {
		// PyFile_GetLine accepts bytes too and strips their newline
		b, _ := vm.bytesView(line)
		if len(b) == 0 {
			return vEmpty, vm.raise("EOFError", "EOF when reading a line")
		}
		if b[len(b)-1] == '\n' {
			return vm.newBytes(b[:len(b)-1]), nil
		}
		return line, nil
	}
	if line.Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "object.readline() returned non-string")
	}
	s := vm.str(line)
	if s == "" {
		return vEmpty, vm.raise("EOFError", "EOF when reading a line")
	}
	return vm.newStr(strings.TrimSuffix(s, "\n")), nil
}

// readLine reads one line of stdin.
func (vm *VM) readLine() (string, error) {
	if vm.cfg.Stdin == nil {
		return "", errRaised
	}
	if vm.stdin == nil {
		vm.stdin = bufio.NewReaderSize(vm.cfg.Stdin, 1<<16)
	}
	line, err := vm.readStdinLine()
	if err == errRaised {
		return "", err
	}
	if err != nil && line != "" {
		err = nil
	}
	return line, err
}

func biExit(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	return vEmpty, vm.raiseValue(vm.newExc("SystemExit", args...), vEmpty)
}

// encodeRune encodes a code point as WTF-8.
func encodeRune(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return string([]byte{0xED, byte(0x80 | (r>>6)&0x3F), byte(0x80 | r&0x3F)})
	}
	return string(r)
}

// intPrefixed implements bin, oct and hex.
func (vm *VM) intPrefixed(args []gc.Value, name string) (gc.Value, error) {
	if err := vm.nargs(name, args, 1, 1); err != nil {
		return vEmpty, err
	}
	v, err := vm.numberIndex(args[0])
	if err != nil {
		return vEmpty, err
	}
	x := vm.toInt(v)
	switch name {
	case "bin":
		return vm.newStr(x.Bin()), nil
	case "oct":
		return vm.newStr(x.Oct()), nil
	}
	return vm.newStr(x.Hex()), nil
}

// biPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
func biPrint(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	pos, kv, err := vm.kwArgs("print", args, kw, "sep", "end", "file", "flush")
	if err != nil {
		return vEmpty, err
	}
	sep, end := " ", "\n"
	if v := kv[0]; !v.IsEmpty() && v.Tag() != gc.TagNone {
		if v.Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "sep must be None or a string, not %s", vm.typeOf(v).Name)
		}
		sep = vm.str(v)
	}
	if v := kv[1]; !v.IsEmpty() && v.Tag() != gc.TagNone {
		if v.Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "end must be None or a string, not %s", vm.typeOf(v).Name)
		}
		end = vm.str(v)
	}
	file := kv[2]
	if file.IsEmpty() || file.Tag() == gc.TagNone {
		// sys.stdout as it is now (a program or contextlib.redirect_stdout
		// may have replaced it), with CPython's answers when it is gone
		f, ok := vm.dictGetStr(vm.slot(vm.sysModule.Ref(), 0), vm.intern("stdout"))
		if !ok {
			return vEmpty, vm.raise("RuntimeError", "lost sys.stdout")
		}
		if f.Tag() == gc.TagNone {
			return vNone, nil
		}
		file = f
	}
	if file != vm.outV && file != vm.errV {
		// A file object gets each item, separator and end as its own
		// write, as CPython's print does.
		for i, a := range pos {
			if i > 0 {
				if err := vm.writeTo(file, sep); err != nil {
					return vEmpty, err
				}
			}
			s, err := vm.strOf(a)
			if err != nil {
				return vEmpty, err
			}
			if err := vm.writeTo(file, s); err != nil {
				return vEmpty, err
			}
		}
		if err := vm.writeTo(file, end); err != nil {
			return vEmpty, err
		}
	} else {
		var sb strings.Builder
		for i, a := range pos {
			if i > 0 {
				sb.WriteString(sep)
			}
			var s string
			if a.Tag() == TagStr {
				s = vm.str(a)
			} else if s, err = vm.strOf(a); err != nil {
				// What was printed before the failing item stays printed.
				if werr := vm.writeTo(file, sb.String()); werr != nil {
					return vEmpty, werr
				}
				return vEmpty, err
			}
			sb.WriteString(s)
		}
		sb.WriteString(end)
		if err := vm.writeTo(file, sb.String()); err != nil {
			return vEmpty, err
		}
	}
	if f := kv[3]; !f.IsEmpty() {
		t, err := vm.truth(f)
		if err != nil {
			return vEmpty, err
		}
		if t {
			if file == vm.outV || file == vm.errV {
				vm.flushFile(file)
			} else if _, err := vm.callMethod(file, "flush"); err != nil {
				return vEmpty, err
			}
		}
	}
	return vNone, nil
}

// writeTo writes s to a file object (sys.stdout, sys.stderr or any object
// with a write method).
func (vm *VM) writeTo(file gc.Value, s string) error {
	switch file {
	case vm.outV:
		vm.stdout.WriteString(s)
		switch vm.cfg.StdoutMode {
		case LineBuffered:
			if strings.IndexByte(s, '\n') >= 0 {
				vm.stdout.Flush()
			}
		case Unbuffered:
			vm.stdout.Flush()
		}
		return nil
	case vm.errV:
		vm.stdout.Flush()
		vm.stderr.WriteString(s)
		vm.stderr.Flush()
		return nil
	}
	m, err := vm.getAttr(file, vm.intern("write"))
	if err != nil {
		return err
	}
	_, err = vm.callValue(m, []gc.Value{vm.newStr(s)}, nil)
	return err
}

func (vm *VM) flushFile(file gc.Value) {
	if file == vm.outV {
		vm.stdout.Flush()
	}
}

// biLen is len(x).
func biLen(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if len(args) != 1 {
		return vEmpty, vm.raise("TypeError", "len() takes exactly one argument (%d given)", len(args))
	}
	n, err := vm.length(args[0])
	return gc.Int(int64(n)), err
}

// length implements len().
func (vm *VM) length(v gc.Value) (int, error) {
	switch v.Tag() {
	case TagStr:
		return vm.strChars(v), nil
	case TagList:
		return vm.listLen(v), nil
	case TagTuple:
		return vm.numSlots(v.Ref()), nil
	case TagDict, TagSet, TagFrozenset:
		return vm.dictLen(v), nil
	case TagDictView:
		return vm.dictLen(vm.slot(v.Ref(), 0)), nil
	case TagRange:
		if vm.isBigRange(v) {
			n, err := vm.bigRangeLen(v)
			return int(n), err
		}
		n, err := vm.rangeLen(v)
		return int(n), err
	case TagBytes:
		return len(vm.heap.Side(v.Ref()).(string)), nil
	case TagByteArray:
		return len(vm.byteArrayOf(v).b), nil
	case TagObject:
		if n := vm.typeOf(v).nat; n != nil && n.length != nil {
			return n.length(vm, v), nil
		}
		if m, ok := vm.lookupS(vm.typeOf(v), "__len__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			if !isIntLike(r) {
				return 0, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(r).Name)
			}
			if int64(r.Bits()) < 0 {
				return 0, vm.raise("ValueError", "__len__() should return >= 0")
			}
			return int(r.Bits()), nil
		}
		if b, ok := vm.baseOf(v); ok {
			return vm.length(b)
		}
	case TagType:
		if r, ok, err := vm.metaDunder(v, "__len__"); ok {
			if err != nil {
				return 0, err
			}
			if !isIntLike(r) {
				return 0, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(r).Name)
			}
			return int(r.Bits()), nil
		}
	}
	return 0, vm.raise("TypeError", "object of type '%s' has no len()", vm.typeOf(v).Name)
}

// minmax implements min() and max().
func (vm *VM) minmax(name string, args []gc.Value, kw []string, op bytecode.Op) (gc.Value, error) {
	pos, kv, err := vm.kwArgs(name, args, kw, "key", "default")
	if err != nil {
		return vEmpty, err
	}
	if len(pos) == 0 {
		return vEmpty, vm.raise("TypeError", "%s expected at least 1 argument, got 0", name)
	}
	if len(pos) > 1 && !kv[1].IsEmpty() {
		return vEmpty, vm.raise("TypeError", "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	key := kv[0]
	if key.Tag() == gc.TagNone {
		key = vEmpty
	}
	// Items are compared as they come, as CPython's: an error leaves an
	// iterator just past the item that caused it.
	var best, bestKey gc.Value
	step := func(x gc.Value) (bool, error) {
		k := x
		if !key.IsEmpty() {
			var err error
			if k, err = vm.callPy(key, x); err != nil {
				return false, err
			}
		}
		if best.IsEmpty() {
			best, bestKey = x, k
			return true, nil
		}
		r, err := vm.compare(op, k, bestKey)
		if err != nil {
			return false, err
		}
		t, err := vm.truth(r)
		if err != nil {
			return false, err
		}
		if t {
			best, bestKey = x, k
		}
		return true, nil
	}
	if len(pos) > 1 {
		for _, x := range pos {
			if _, err := step(x); err != nil {
				return vEmpty, err
			}
		}
		return best, nil
	}
	// The fast step of a drained generator (gendrain.go): no key, and
	// ints or floats compared with ints or floats of the same kind.
	fast := func(x gc.Value) (drainStep, error) {
		switch {
		case !key.IsEmpty():
			return drainSlow, nil
		case best.IsEmpty():
			best, bestKey = x, x
		case x.Tag() == gc.TagInt && best.Tag() == gc.TagInt:
			if (op == bytecode.LT && x.Int() < best.Int()) || (op == bytecode.GT && x.Int() > best.Int()) {
				best, bestKey = x, x
			}
		case x.Tag() == gc.TagFloat && best.Tag() == gc.TagFloat:
			if (op == bytecode.LT && x.Float() < best.Float()) || (op == bytecode.GT && x.Float() > best.Float()) {
				best, bestKey = x, x
			}
		default:
			return drainSlow, nil
		}
		return drainMore, nil
	}
	if err := vm.iterateFast(pos[0], fast, step); err != nil {
		return vEmpty, err
	}
	if best.IsEmpty() {
		if !kv[1].IsEmpty() {
			return kv[1], nil
		}
		return vEmpty, vm.raise("ValueError", "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// biSum is sum(iterable, /, start=0).
func biSum(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	pos, kv, err := vm.kwArgs("sum", args, kw, "start")
	if err != nil {
		return vEmpty, err
	}
	if len(pos) < 1 {
		return vEmpty, vm.raise("TypeError", "sum() takes at least 1 positional argument (%d given)", len(pos))
	}
	if len(pos) > 2 {
		return vEmpty, vm.raise("TypeError", "sum() takes at most 2 arguments (%d given)", len(pos))
	}
	acc := gc.Int(0)
	if len(pos) == 2 {
		acc = pos[1]
	} else if !kv[0].IsEmpty() {
		acc = kv[0]
	}
	switch acc.Tag() {
	case TagStr:
		return vEmpty, vm.raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
	case TagBytes:
		return vEmpty, vm.raise("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]")
	case TagByteArray:
		return vEmpty, vm.raise("TypeError", "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	// Floats are summed with CPython's compensated algorithm only when all
	// are floats; plain addition otherwise.
	fast := func(x gc.Value) (drainStep, error) {
		if acc.Tag() == gc.TagInt && x.Tag() == gc.TagInt {
			s := acc.Int() + x.Int()
			if (s^acc.Int())&(s^x.Int()) >= 0 {
				acc = gc.Int(s)
				return drainMore, nil
			}
		}
		if acc.Tag() == gc.TagFloat && x.Tag() == gc.TagFloat {
			acc = gc.Float(acc.Float() + x.Float())
			return drainMore, nil
		}
		return drainSlow, nil
	}
	err = vm.iterateFast(pos[0], fast, func(x gc.Value) (bool, error) {
		if acc.Tag() == gc.TagInt && x.Tag() == gc.TagInt {
			s := acc.Int() + x.Int()
			if (s^acc.Int())&(s^x.Int()) >= 0 {
				acc = gc.Int(s)
				return true, nil
			}
		}
		if acc.Tag() == gc.TagFloat && x.Tag() == gc.TagFloat {
			acc = gc.Float(acc.Float() + x.Float())
			return true, nil
		}
		r, err := vm.binaryOp(bytecode.ADD, acc, x)
		acc = r
		return err == nil, err
	})
	return acc, err
}

// biRound is round(number, ndigits=None).
func biRound(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	pos, kv, err := vm.kwArgs("round", args, kw, "ndigits")
	if err != nil {
		return vEmpty, err
	}
	if len(pos) < 1 || len(pos) > 2 {
		return vEmpty, vm.raise("TypeError", "round() takes at most 2 arguments (%d given)", len(args))
	}
	nd := kv[0]
	if len(pos) == 2 {
		nd = pos[1]
	}
	v := vm.unwrapNumber(pos[0])
	if (isIntLike(v) || v.Tag() == gc.TagFloat) && !nd.IsEmpty() && nd.Tag() != gc.TagNone && !isIntLike(nd) {
		// ndigits of a non-int type: its __index__, or CPython's TypeError.
		n, err := vm.indexValue(nd)
		if err != nil {
			return vEmpty, err
		}
		nd = gc.Int(n)
	}
	switch {
	case isIntLike(v):
		if nd.IsEmpty() || nd.Tag() == gc.TagNone {
			return vm.fromInt(vm.toInt(v)), nil
		}
		return vm.fromInt(vm.toInt(v).Round(vm.toInt(nd))), nil
	case v.Tag() == gc.TagFloat:
		x := v.Float()
		if nd.IsEmpty() || nd.Tag() == gc.TagNone {
			r, err := num.FloatRoundInt(x)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return vm.fromInt(r), nil
		}
		// A huge ndigits is clamped, as CPython's PyNumber_AsSsize_t.
		n, ok := vm.toInt(nd).Int64()
		if !ok || n > 1<<30 || n < -(1<<30) {
			n = int64(vm.toInt(nd).Sign()) << 30
		}
		return gc.Float(roundFloat(x, int(n))), nil
	}
	if m, ok := vm.lookupS(vm.typeOf(v), "__round__"); ok {
		a := []gc.Value{v}
		if !nd.IsEmpty() {
			a = append(a, nd)
		}
		return vm.callValue(m, a, nil)
	}
	return vEmpty, vm.raise("TypeError", "type %s doesn't define __round__ method", vm.typeOf(v).Name)
}

// roundFloat rounds x to nd decimal digits exactly as CPython (correctly
// rounded, half to even, via the decimal string).
func roundFloat(x float64, nd int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if nd > 323 {
		return x
	}
	if nd < -308 {
		return math.Copysign(0, x)
	}
	// Exact decimal expansion of x, then round half even at nd digits.
	r := new(big.Rat).SetFloat64(x)
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(nd))), nil))
	if nd >= 0 {
		r.Mul(r, scale)
	} else {
		r.Quo(r, scale)
	}
	// round half to even
	n := new(big.Int).Quo(r.Num(), r.Denom())
	rem := new(big.Rat).Sub(r, new(big.Rat).SetInt(n))
	half := big.NewRat(1, 2)
	ar := new(big.Rat).Abs(rem)
	c := ar.Cmp(half)
	if c > 0 || (c == 0 && n.Bit(0) == 1) {
		if rem.Sign() > 0 {
			n.Add(n, big.NewInt(1))
		} else {
			n.Sub(n, big.NewInt(1))
		}
	}
	res := new(big.Rat).SetInt(n)
	if nd >= 0 {
		res.Quo(res, scale)
	} else {
		res.Mul(res, scale)
	}
	f, _ := res.Float64()
	if f == 0 {
		return math.Copysign(0, x)
	}
	return f
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// isInstanceOf implements isinstance(v, cls) with tuples of classes.
func (vm *VM) isInstanceOf(v, cls gc.Value, fname string) (bool, error) {
	if cls.Tag() == TagTuple {
		for _, c := range vm.tupleItems(cls) {
			ok, err := vm.isInstanceOf(v, c, fname)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if vm.isUnion(cls) { // uniontype.go
		return vm.unionCheck(cls, "isinstance", func(c gc.Value) (bool, error) { return vm.isInstanceOf(v, c, fname) })
	}
	t, ok := vm.asType(cls)
	if ok && vm.typeOf(v) == t {
		return true, nil
	}
	if r, ok, err := vm.metaCheck(cls, v, "__instancecheck__"); ok {
		return r, err
	}
	if !ok {
		if cls.Tag() == TagObject && vm.typeOf(cls) == vm.tGenericAlias {
			return false, vm.raise("TypeError", "isinstance() argument 2 cannot be a parameterized generic")
		}
		if r, ok, err := vm.objCheck(cls, v, "__instancecheck__"); ok { // stdlib_hooks.go
			return r, err
		}
		return false, vm.raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return vm.isInstance(v, t), nil
}

func (vm *VM) subclassOf(t *Type, cls gc.Value) (gc.Value, error) {
	if cls.Tag() == TagTuple {
		for _, c := range vm.tupleItems(cls) {
			r, err := vm.subclassOf(t, c)
			if err != nil || r.Bool() {
				return r, err
			}
		}
		return vFalse, nil
	}
	if r, ok, err := vm.metaCheck(cls, t.Value(), "__subclasscheck__"); ok {
		return gc.Bool(r), err
	}
	if vm.isUnion(cls) { // uniontype.go
		r, err := vm.unionCheck(cls, "issubclass", func(c gc.Value) (bool, error) {
			r, err := vm.subclassOf(t, c)
			return r.Bool(), err
		})
		return gc.Bool(r), err
	}
	c, ok := vm.asType(cls)
	if !ok {
		if r, ok, err := vm.objCheck(cls, t.Value(), "__subclasscheck__"); ok { // stdlib_hooks.go
			return gc.Bool(r), err
		}
		return vEmpty, vm.raise("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return gc.Bool(isSubtype(t, c)), nil
}

// initSys builds the sys module with stdout, stderr, argv, exit, ...
func (vm *VM) initSys() {
	d := vm.newDict()
	vm.sysModule = vm.newModule("sys", d)
	vm.dictSet(vm.modules, vm.intern("sys"), vm.sysModule)
	tf := vm.newType("TextIOWrapper", []*Type{vm.tObject}, TagObject)
	tf.Module = "_io"
	vm.outV = vm.newInstance(tf)
	vm.errV = vm.newInstance(tf)
	vm.heap.AddPermanentRoot(vm.outV)
	vm.heap.AddPermanentRoot(vm.errV)
	vm.methods(tf, map[string]bfunc{
		"write": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 || args[1].Tag() != TagStr {
				return vEmpty, vm.raise("TypeError", "write() argument must be str")
			}
			if err := vm.writeTo(args[0], vm.str(args[1])); err != nil {
				return vEmpty, err
			}
			return gc.Int(int64(strLen(vm.str(args[1])))), nil
		},
		"flush": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			vm.flushFile(args[0])
			return vNone, nil
		},
	})
	tin := vm.newType("TextIOWrapper", []*Type{vm.tObject}, TagObject)
	tin.Module = "_io"
	inV := vm.newInstance(tin)
	vm.heap.AddPermanentRoot(inV)
	vm.inV = inV
	readAll := func(vm *VM) string {
		var b strings.Builder
		for {
			line, err := vm.readLine()
			b.WriteString(line)
			if err != nil || line == "" {
				return b.String()
			}
		}
	}
	vm.methods(tin, map[string]bfunc{
		"readline": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			line, _ := vm.readLine()
			return vm.newStr(line), nil
		},
		"read": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.newStr(readAll(vm)), nil
		},
		"readlines": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			var lines []gc.Value
			for {
				line, err := vm.readLine()
				if line != "" {
					lines = append(lines, vm.newStr(line))
				}
				if err != nil || line == "" {
					return vm.newList(lines, 0), nil
				}
			}
		},
		"__iter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
		"__next__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			line, _ := vm.readLine()
			if line == "" {
				return vEmpty, vm.raiseValue(vm.newExc("StopIteration"), vEmpty)
			}
			return vm.newStr(line), nil
		},
	})
	vm.dictSet(d, vm.intern("stdin"), inV)
	vm.dictSet(d, vm.intern("__stdin__"), inV)
	vm.dictSet(d, vm.intern("stdout"), vm.outV)
	vm.dictSet(d, vm.intern("stderr"), vm.errV)
	vm.dictSet(d, vm.intern("__stdout__"), vm.outV)
	vm.dictSet(d, vm.intern("__stderr__"), vm.errV)
	argv := make([]gc.Value, len(vm.cfg.Args))
	for i, a := range vm.cfg.Args {
		argv[i] = vm.newStr(a)
	}
	vm.dictSet(d, vm.intern("argv"), vm.newList(argv, 0))
	vm.dictSet(d, vm.intern("maxsize"), gc.Int(math.MaxInt64))
	vm.dictSet(d, vm.intern("byteorder"), vm.intern("little"))
	vm.dictSet(d, vm.intern("platform"), vm.intern("linux"))
	vm.dictSet(d, vm.intern("modules"), vm.modules)
	vm.dictSet(d, vm.intern("version_info"), vm.newTuple([]gc.Value{gc.Int(3), gc.Int(11), gc.Int(7), vm.intern("final"), gc.Int(0)}))
	vm.dictSet(d, vm.intern("version"), vm.intern("3.11.7 (hotloop)"))
	vm.sysExtras(d)
	vm.def(d, "exit", biExit)
	vm.def(d, "getrecursionlimit", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return gc.Int(int64(vm.userRecLimit())), nil
	})
	vm.def(d, "setrecursionlimit", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.noKw("sys.setrecursionlimit", kw); err != nil {
			return vEmpty, err
		}
		if len(args) != 1 {
			return vEmpty, vm.raise("TypeError", "sys.setrecursionlimit() takes exactly one argument (%d given)", len(args))
		}
		if args[0].Tag() == gc.TagFloat {
			return vEmpty, vm.raise("TypeError", "'float' object cannot be interpreted as an integer")
		}
		if isIntLike(args[0]) {
			if _, ok := vm.toInt(args[0]).Int64(); !ok {
				return vEmpty, vm.raise("OverflowError", "Python int too large to convert to C int")
			}
		}
		n64, err := vm.indexValue(args[0])
		if err != nil {
			return vEmpty, err
		}
		if n64 > math.MaxInt32 || n64 < math.MinInt32 {
			return vEmpty, vm.raise("OverflowError", "Python int too large to convert to C int")
		}
		n := int(n64)
		if n < 1 {
			return vEmpty, vm.raise("ValueError", "recursion limit must be greater or equal than 1")
		}
		if depth := vm.nframes + 1; n <= depth {
			return vEmpty, vm.raise("RecursionError", "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, depth)
		}
		if n > maxFrames {
			n = maxFrames
		}
		vm.recLimit = n - vm.cLevels // crecursion.go
		return vNone, nil
	})
	vm.def(d, "_getframe", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_getframe", "_getframe", args, kw, 0, 1); err != nil {
			return vEmpty, err
		}
		depth := int64(0)
		if len(args) == 1 {
			n, err := vm.indexValue(args[0])
			if err != nil {
				return vEmpty, err
			}
			depth = n
		}
		return vm.getFrame(int(depth))
	})
	vm.def(d, "exc_info", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		e := vm.handled
		if e.IsEmpty() || e.Tag() == gc.TagNone {
			return vm.newTuple([]gc.Value{vNone, vNone, vNone}), nil
		}
		return vm.newTuple([]gc.Value{vm.typeOf(e).Value(), e, vm.excTraceback(e)}), nil
	})
}

// maxFrames bounds the recursion limit: frame records are preallocated.
const maxFrames = 100000

// unwrapNumber returns the int or float inside an instance of a subclass
// of int or float that does not define __round__ itself.
func (vm *VM) unwrapNumber(v gc.Value) gc.Value {
	if b, ok := vm.baseOf(v); ok && (isIntLike(b) || b.Tag() == gc.TagFloat) {
		if m, _ := vm.lookupS(vm.typeOf(v), "__round__"); m.Tag() != TagFunc {
			return b
		}
	}
	return v
}

// localsDict is locals(): the namespace of a module or class body, or a
// new dict of a function's bound local variables.
func (vm *VM) localsDict() gc.Value {
	f := vm.topFrame()
	if !f.locals.IsEmpty() {
		return f.locals
	}
	d := vm.newDict()
	for i, name := range f.ci.code.Varnames {
		if v := vm.regs[f.base+i]; !v.IsEmpty() && v.Tag() != TagCell {
			vm.dictSet(d, vm.intern(name), v)
		}
	}
	return d
}

// powModRefusal gives the error CPython's three-argument pow raises for
// builtin float and complex operands, or nil. CPython tries the power slot
// of a's type, then b's, then c's: int's declines unless all three are
// ints, float's refuses any modulus (TypeError) and complex's too
// (ValueError "complex modulo", once a and b convert to complex), so the
// first float or complex operand decides: pow(2.5, 1j, 7) is a TypeError,
// pow(2, 1j, 7) a ValueError. Instances are left to ternaryPow.
func (vm *VM) powModRefusal(a, b, c gc.Value) error {
	numeric := func(v gc.Value) bool {
		return isIntLike(v) || v.Tag() == gc.TagFloat || v.Tag() == TagComplex
	}
	for _, v := range []gc.Value{a, b, c} {
		switch {
		case v.Tag() == TagObject:
			return nil
		case v.Tag() == gc.TagFloat:
			return vm.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
		case v.Tag() == TagComplex:
			if numeric(a) && numeric(b) {
				return vm.raise("ValueError", "complex modulo")
			}
		}
	}
	return nil
}

// ternaryPow is pow(a, b, c) when not all three are ints: a's __pow__
// written in Python gets the modulus (three-argument pow never calls
// __rpow__); floats refuse the modulus; other operands are unsupported.
func (vm *VM) ternaryPow(a, b, c gc.Value) (gc.Value, error) {
	if a.Tag() == TagObject {
		if m, ok := vm.lookupS(vm.typeOf(a), "__pow__"); ok && m.Tag() == TagFunc {
			r, err := vm.callValue(m, []gc.Value{a, b, c}, nil)
			if err != nil || r.Tag() != TagNotImpl {
				return r, err
			}
		}
	}
	number := func(v gc.Value) bool {
		v = vm.unwrap(v)
		return isIntLike(v) || v.Tag() == gc.TagFloat
	}
	if ba, bb, bc := vm.unwrap(a), vm.unwrap(b), vm.unwrap(c); isIntLike(ba) && isIntLike(bb) && isIntLike(bc) {
		r, err := vm.toInt(ba).PowMod(vm.toInt(bb), vm.toInt(bc))
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.fromInt(r), nil
	}
	if number(a) && number(b) && number(c) {
		return vEmpty, vm.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
	}
	return vEmpty, vm.raise("TypeError", "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", vm.typeOf(a).Name, vm.typeOf(b).Name, vm.typeOf(c).Name)
}

// objectDirNames lists the attribute names dir(v) shows for an object that
// is not a module (object.__dir__): the instance's dict, then the dicts
// and slot names of its class's MRO (of v itself when v is a class), then
// __class__ and __doc__; each name once, unsorted.
func (vm *VM) objectDirNames(v gc.Value) []string {
	var names []string
	seen := map[string]bool{}
	add := func(ns ...string) {
		for _, n := range ns {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	if v.Tag() == TagObject {
		add(vm.dictStrKeys(vm.instDict(v))...)
	}
	t := vm.typeOf(v)
	if tt, ok := vm.asType(v); ok {
		t = tt
	}
	for _, c := range t.MRO {
		add(vm.dictStrKeys(c.Dict)...)
		add(slices.Sorted(maps.Keys(c.slotNames))...)
		add(vm.instanceDescrNames(c)...)
	}
	add("__class__", "__doc__")
	return names
}

// instanceDescrNames are the __dict__ and __weakref__ descriptors CPython
// puts in a class's dict when the class gives its instances a dict or weak
// references that its bases lacked; hotloop's class dicts do not hold
// them, so dir() adds their names here.
func (vm *VM) instanceDescrNames(c *Type) []string {
	if c == vm.tBaseException || c == vm.tType || c == vm.tagTypes[TagFunc] || c == vm.tagTypes[TagModule] {
		return []string{"__dict__"}
	}
	if c.native || c.Module == "builtins" {
		return nil
	}
	if c.slotNames != nil {
		var names []string
		for _, n := range []string{"__dict__", "__weakref__"} {
			if c.slotNames[n] {
				names = append(names, n)
			}
		}
		return names
	}
	var names []string
	if !c.isExc {
		names = append(names, "__dict__")
	}
	switch c.builtinBase {
	case vm.tInt, vm.tBool, vm.tTuple, vm.tSet, vm.tagTypes[TagFrozenset], vm.tagTypes[TagBytes]:
	default:
		names = append(names, "__weakref__")
	}
	return names
}
