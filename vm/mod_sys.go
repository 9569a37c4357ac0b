// mod_sys.go holds what the sys module has beyond the interpreter's own
// needs (builtins.go initSys): the struct sequences float_info, int_info,
// hash_info and version_info, getsizeof (CPython's sizes for the common
// types, approximate otherwise), intern, get/set_int_max_str_digits,
// implementation, and the attributes scripts read on the standard streams.

package vm

import (
	"math"
	"os"
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// newStructSeq makes a struct sequence type (a tuple subclass whose items
// are also named attributes, repr "sys.float_info(max=..., ...)") and one
// instance of it holding vals.
func (vm *VM) newStructSeq(module, name string, fields []string, vals []gc.Value) gc.Value {
	t := vm.newNativeType(module, name, vm.tTuple, TagObject, 0)
	t.builtinBase = vm.tTuple
	t.nslots = baseSlot + 1
	for i, f := range fields {
		i := i
		vm.nativeGetter(t, f, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			b, _ := vm.baseOf(args[0])
			return vm.tupleItems(b)[i], nil
		}, nil)
	}
	full := module + "." + name
	vm.nativeMethods(t, name, map[string]bfunc{
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			b, _ := vm.baseOf(args[0])
			var sb strings.Builder
			sb.WriteString(full + "(")
			for i, x := range vm.tupleItems(b) {
				if i > 0 {
					sb.WriteString(", ")
				}
				s, err := vm.reprOf(x)
				if err != nil {
					return vEmpty, err
				}
				sb.WriteString(fields[i] + "=" + s)
			}
			sb.WriteString(")")
			return vm.newStr(sb.String()), nil
		},
	})
	obj := vm.newInstance(t)
	vm.setSlot(obj.Ref(), baseSlot, vm.newTuple(vals))
	return obj
}

// sysExtras adds this file's attributes to the sys module's dict d.
func (vm *VM) sysExtras(d gc.Value) {
	set := func(name string, v gc.Value) { vm.dictSet(d, vm.intern(name), v) }
	set("float_info", vm.newStructSeq("sys", "float_info",
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		[]gc.Value{gc.Float(math.MaxFloat64), gc.Int(1024), gc.Int(308), gc.Float(2.2250738585072014e-308), gc.Int(-1021), gc.Int(-307),
			gc.Int(15), gc.Int(53), gc.Float(2.220446049250313e-16), gc.Int(2), gc.Int(1)}))
	set("int_info", vm.newStructSeq("sys", "int_info",
		[]string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
		[]gc.Value{gc.Int(30), gc.Int(4), gc.Int(4300), gc.Int(640)}))
	set("hash_info", vm.newStructSeq("sys", "hash_info",
		[]string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
		[]gc.Value{gc.Int(64), gc.Int(2305843009213693951), gc.Int(314159), gc.Int(0), gc.Int(1000003), vm.newStr("siphash13"), gc.Int(64), gc.Int(128), gc.Int(0)}))
	set("version_info", vm.newStructSeq("sys", "version_info",
		[]string{"major", "minor", "micro", "releaselevel", "serial"},
		[]gc.Value{gc.Int(3), gc.Int(11), gc.Int(7), vm.intern("final"), gc.Int(0)}))
	set("hexversion", gc.Int(0x030b07f0))
	set("maxunicode", gc.Int(0x10ffff))
	set("api_version", gc.Int(1013))
	set("float_repr_style", vm.newStr("short"))
	set("dont_write_bytecode", vTrue)
	// -W options are accepted and ignored (docs/cli.md), so the list of
	// warning options a program sees is always empty
	set("warnoptions", vm.newList(nil, 0))
	exe, err := os.Executable()
	if err != nil {
		exe = ""
	}
	set("executable", vm.newStr(exe))
	set("prefix", vm.newStr(""))
	set("exec_prefix", vm.newStr(""))
	set("copyright", vm.newStr("hotloop: a Python 3.11 runtime"))
	set("implementation", vm.newStructSeq("types", "SimpleNamespace",
		[]string{"name", "cache_tag", "version"},
		[]gc.Value{vm.newStr("hotloop"), vNone, vm.dictGetOr(d, "version_info")}))
	maxDigits := int64(4300)
	vm.def(d, "get_int_max_str_digits", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return gc.Int(maxDigits), nil
	})
	vm.def(d, "set_int_max_str_digits", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.parseArgs(&clinic{fname: "set_int_max_str_digits", names: []string{"maxdigits"}, maxpos: 1, minargs: 1}, args, kw)
		if err != nil {
			return vEmpty, err
		}
		n, err := vm.ssize(a[0])
		if err != nil {
			return vEmpty, err
		}
		if n != 0 && n <= 640 {
			return vEmpty, vm.raise("ValueError", "maxdigits must be 0 or larger than 640")
		}
		maxDigits = int64(n)
		return vNone, nil
	})
	vm.def(d, "intern", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.oneArg("intern", "intern", args, kw); err != nil {
			return vEmpty, err
		}
		if args[0].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "intern() argument must be str, not %s", vm.typeOf(args[0]).Name)
		}
		return vm.intern(vm.str(args[0])), nil
	})
	vm.def(d, "getdefaultencoding", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.newStr("utf-8"), nil
	})
	vm.def(d, "getfilesystemencoding", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.newStr("utf-8"), nil
	})
	vm.def(d, "getsizeof", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return vEmpty, vm.raise("TypeError", "getsizeof() takes at most 2 arguments (%d given)", len(args))
		}
		return gc.Int(vm.sizeOf(args[0])), nil
	})
	vm.defExcepthook(d)
	// The standard streams: the attributes scripts read.
	for i, name := range []string{"stdin", "stdout", "stderr"} {
		f, ok := vm.dictGetStr(d, vm.intern(name))
		if !ok {
			continue
		}
		fd := int64(i)
		t := vm.typeOf(f)
		vm.setAttr(f, vm.intern("name"), vm.newStr("<"+name+">"))
		vm.setAttr(f, vm.intern("mode"), vm.newStr(map[bool]string{true: "r", false: "w"}[i == 0]))
		vm.setAttr(f, vm.intern("_fd"), gc.Int(fd))
		if _, ok := vm.lookupS(t, "fileno"); ok {
			continue
		}
		vm.dictSet(t.Dict, vm.intern("encoding"), vm.newStr("utf-8"))
		vm.dictSet(t.Dict, vm.intern("errors"), vm.newStr("strict"))
		vm.dictSet(t.Dict, vm.intern("line_buffering"), vFalse)
		vm.methods(t, map[string]bfunc{
			"fileno": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if b, ok, _ := vm.moduleAttr(args[0], "_fd"); ok && b.Tag() == gc.TagInt {
					return b, nil
				}
				return gc.Int(fd), nil
			},
			"isatty": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				n := fd
				if b, ok, _ := vm.moduleAttr(args[0], "_fd"); ok && b.Tag() == gc.TagInt {
					n = b.Int()
				}
				return gc.Bool(isTerminal(int(n))), nil
			},
			"readable":  func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vTrue, nil },
			"writable":  func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vTrue, nil },
			"seekable":  func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vFalse, nil },
			"__enter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
			"__exit__":  func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vNone, nil },
		})
	}
}

// dictGetOr returns d[name] or None.
func (vm *VM) dictGetOr(d gc.Value, name string) gc.Value {
	if v, ok := vm.dictGetStr(d, vm.intern(name)); ok {
		return v
	}
	return vNone
}

// sizeOf is sys.getsizeof: CPython 3.11's sizes on 64-bit Linux for the
// builtin types (exact for int, float, str, bytes, tuple, empty
// containers; lists as if allocated exactly), 56 for other objects.
func (vm *VM) sizeOf(v gc.Value) int64 {
	switch v.Tag() {
	case gc.TagNone:
		return 16
	case gc.TagBool:
		return 28
	case gc.TagInt:
		n := v.Int()
		if n == 0 {
			return 28
		}
		if n < 0 {
			n = -n
		}
		size := int64(24)
		for n > 0 {
			size += 4
			n >>= 30
		}
		return size
	case TagBigInt:
		bits := vm.bigOf(v).BitLen()
		return 24 + 4*int64((bits+29)/30)
	case gc.TagFloat:
		return 24
	case TagComplex:
		return 32
	case TagStr:
		s := vm.str(v)
		maxr := rune(0)
		n := int64(0)
		for _, r := range s {
			maxr = max(maxr, r)
			n++
		}
		switch {
		case maxr < 128:
			return 49 + n
		case maxr < 256:
			return 73 + n
		case maxr < 65536:
			return 74 + 2*n
		}
		return 76 + 4*n
	case TagBytes:
		b, _ := vm.bytesView(v)
		return 33 + int64(len(b))
	case TagByteArray:
		return 56 + int64(len(vm.byteArrayOf(v).b))
	case TagTuple:
		return 40 + 8*int64(len(vm.tupleItems(v)))
	case TagList:
		return 56 + 8*int64(vm.listLen(v))
	case TagDict:
		n := vm.dictLen(v)
		if n == 0 {
			return 64
		}
		size := int64(8)
		for size*2/3 < int64(n) {
			size *= 2
		}
		return 64 + 40 + size + (size*2/3)*24
	case TagSet, TagFrozenset:
		return 216
	case TagRange:
		return 48
	case TagFunc:
		return 152
	}
	return 56
}
