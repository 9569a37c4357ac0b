// stdlib_hooks.go holds runtime support for the Python modules of the
// embedded standard library that Python code cannot express: the
// __isabstractmethod__ answer of property, classmethod and staticmethod
// (abc), and the _hotloop functions that traceback and warnings use to
// format exceptions and find their caller's file and line
// (docs/stdlib.md).

package vm

import (
	"bufio"
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// anyAbstract is the __isabstractmethod__ of a descriptor wrapping fns:
// true when one of them has a true __isabstractmethod__, as CPython's.
func (vm *VM) anyAbstract(fns ...gc.Value) (gc.Value, bool, error) {
	name := vm.intern("__isabstractmethod__")
	for _, f := range fns {
		if f.Tag() == gc.TagNone || f == vEmpty {
			continue
		}
		x, err := vm.getAttr(f, name)
		if err != nil {
			if vm.isExcType(vm.exc, "AttributeError") {
				vm.exc = vEmpty
				continue
			}
			return vEmpty, true, err
		}
		t, err := vm.truth(x)
		if err != nil {
			return vEmpty, true, err
		}
		if t {
			return vTrue, true, nil
		}
	}
	return vFalse, true, nil
}

// defLibHooks adds to the _hotloop module dict d the hooks of the
// traceback and warnings modules.
func (vm *VM) defLibHooks(d gc.Value) {
	// format_exception(exc, chain) is the report the VM prints for an
	// uncaught exc (with its causes and contexts when chain is true).
	vm.def(d, "format_exception", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 || len(kw) != 0 || args[0].Tag() != TagObject {
			return vEmpty, vm.raise("TypeError", "format_exception() takes an exception and a flag")
		}
		chain, err := vm.truth(args[1])
		if err != nil {
			return vEmpty, err
		}
		var b strings.Builder
		saved := vm.stderr
		vm.stderr = bufio.NewWriter(&b)
		if chain {
			vm.printChain(args[0], map[gc.Value]bool{})
		} else {
			vm.printOne(args[0])
		}
		vm.stderr.Flush()
		vm.stderr = saved
		return vm.newStr(b.String()), nil
	})
	// format_tb(tb, limit) is the report lines of a traceback chain, as
	// the report of an exception carrying it prints them (limit None: all;
	// as traceback.extract_tb counts it otherwise).
	vm.def(d, "format_tb", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return vEmpty, vm.raise("TypeError", "format_tb() takes a traceback and a limit")
		}
		limit, hasLimit := 0, args[1].Tag() != gc.TagNone
		if hasLimit {
			n, err := vm.indexValue(args[1])
			if err != nil {
				return vEmpty, err
			}
			limit = int(n)
		}
		var b strings.Builder
		saved := vm.stderr
		vm.stderr = bufio.NewWriter(&b)
		vm.writeTBEntries(vm.tracebackEntries(args[0], limit, hasLimit))
		vm.stderr.Flush()
		vm.stderr = saved
		return vm.newStr(b.String()), nil
	})
	// run_atexit() runs the atexit handlers now (atexit._run_exitfuncs).
	vm.def(d, "run_atexit", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		vm.runAtexit()
		return vNone, nil
	})
	// caller_location(depth) is (filename, lineno, module name) of the
	// Python frame depth levels above the caller (0: the caller), or None
	// past the outermost frame.
	vm.def(d, "caller_location", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		f, line, ok := vm.callerFrame(args)
		if !ok {
			return vNone, nil
		}
		mod := vm.intern("__main__")
		if f.globals.Tag() == TagDict {
			if n, ok := vm.dictGetStr(f.globals, vm.intern("__name__")); ok {
				mod = n
			}
		}
		return vm.newTuple([]gc.Value{vm.newStr(f.ci.code.Filename), gc.Int(int64(line)), mod}), nil
	})
	// caller_code(depth) is (filename, lineno, function name) of the same
	// frame: logging's findCaller, traceback's stack summaries.
	vm.def(d, "caller_code", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		f, line, ok := vm.callerFrame(args)
		if !ok {
			return vNone, nil
		}
		c := f.ci.code
		return vm.newTuple([]gc.Value{vm.newStr(c.Filename), gc.Int(int64(line)), vm.newStr(c.Name)}), nil
	})
	// tb_len(exc) is the number of traceback entries exc holds, and
	// tb_truncate(exc, n) drops those recorded after the first n: what
	// CPython's contextmanager does with exc.__traceback__ = tb.
	vm.def(d, "tb_len", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 1 && args[0].Tag() == TagObject {
			if tb, _ := vm.heap.Side(args[0].Ref()).(*excTB); tb != nil {
				return gc.Int(int64(len(tb.entries))), nil
			}
		}
		return gc.Int(0), nil
	})
	vm.def(d, "tb_truncate", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 2 && args[0].Tag() == TagObject && args[1].Tag() == gc.TagInt {
			if tb, _ := vm.heap.Side(args[0].Ref()).(*excTB); tb != nil {
				if n := int(args[1].Int()); n >= 0 && n < len(tb.entries) {
					tb.entries = tb.entries[:n]
				}
			}
		}
		return vNone, nil
	})
	// source_line(filename, lineno) is that line of a source the VM
	// loaded, stripped of surrounding white space, or "".
	vm.def(d, "source_line", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 || args[0].Tag() != TagStr || args[1].Tag() != gc.TagInt {
			return vm.intern(""), nil
		}
		lines := vm.sources[vm.str(args[0])]
		n := int(args[1].Int())
		if n <= 0 || n > len(lines) {
			return vm.intern(""), nil
		}
		return vm.newStr(strings.TrimSpace(lines[n-1])), nil
	})
}

// metaDunder calls the special method name that the metaclass of class v
// defines in Python (EnumType.__iter__, __len__, __contains__), with
// args; ok is false when the metaclass has none.
func (vm *VM) metaDunder(v gc.Value, name string, args ...gc.Value) (gc.Value, bool, error) {
	t := vm.typeOfRef(v.Ref())
	if t.meta == nil {
		return vEmpty, false, nil
	}
	m, ok := vm.pyOverride(t.meta, name)
	if !ok {
		return vEmpty, false, nil
	}
	r, err := vm.callValue(m, append([]gc.Value{v}, args...), nil)
	return r, true, err
}

// delAttrStmt is `del v.name` and delattr(): the __delattr__ that v's
// class (or, for a class, its metaclass) defines in Python, else the
// generic deletion (which object.__delattr__ and type.__delattr__ run).
func (vm *VM) delAttrStmt(v, name gc.Value) error {
	var t *Type
	switch v.Tag() {
	case TagObject:
		t = vm.typeOf(v)
	case TagType:
		t = vm.typeOfRef(v.Ref()).meta
	}
	if t != nil {
		if m, ok := vm.pyOverride(t, "__delattr__"); ok {
			_, err := vm.callValue(m, []gc.Value{v, name}, nil)
			return err
		}
	}
	return vm.delAttr(v, name)
}

// resolveMroEntries replaces each base of a class statement that is not a
// class but has __mro_entries__ (typing's Generic[T], List[int]) by the
// classes that method returns, as CPython's __build_class__ does. orig is
// the tuple of the bases as written when one was replaced (it becomes
// __orig_bases__), else empty.
func (vm *VM) resolveMroEntries(bases []gc.Value) (orig gc.Value, out []gc.Value, err error) {
	changed := false
	for _, b := range bases {
		if b.Tag() == TagType {
			continue
		}
		if _, ok := vm.lookupS(vm.typeOf(b), "__mro_entries__"); ok {
			changed = true
			break
		}
	}
	if !changed {
		return vEmpty, bases, nil
	}
	orig = vm.newTuple(bases)
	vm.heap.PushRoot(orig)
	defer vm.heap.PopRoot(gc.RootSlot(vm.heap.RootDepth() - 1))
	for _, b := range bases {
		if b.Tag() != TagType {
			if m, ok := vm.lookupS(vm.typeOf(b), "__mro_entries__"); ok {
				r, err := vm.callValue(m, []gc.Value{b, orig}, nil)
				if err != nil {
					return vEmpty, nil, err
				}
				if r.Tag() != TagTuple {
					return vEmpty, nil, vm.raise("TypeError", "__mro_entries__ must return a tuple")
				}
				out = append(out, vm.tupleItems(r)...)
				continue
			}
		}
		out = append(out, b)
	}
	return orig, out, nil
}

// objCheck runs the __instancecheck__ or __subclasscheck__ (which) that
// the class of cls, an object that is not a class, defines in Python
// (typing's aliases), as CPython's isinstance and issubclass do; ok is
// false when it defines none.
func (vm *VM) objCheck(cls, x gc.Value, which string) (bool, bool, error) {
	if cls.Tag() != TagObject {
		return false, false, nil
	}
	m, ok := vm.pyOverride(vm.typeOf(cls), which)
	if !ok {
		return false, false, nil
	}
	r, err := vm.callValue(m, []gc.Value{cls, x}, nil)
	if err != nil {
		return false, true, err
	}
	b, err := vm.truth(r)
	return b, true, err
}

// callerFrame is the Python frame args[0] (an int depth, default 0) levels
// above the caller of a _hotloop function, and the line it is at; false
// past the outermost frame.
func (vm *VM) callerFrame(args []gc.Value) (*frame, int, bool) {
	depth := 0
	if len(args) == 1 && args[0].Tag() == gc.TagInt {
		depth = int(args[0].Int())
	}
	i := vm.nframes - 1 - depth
	if depth < 0 || i < 0 {
		return nil, 0, false
	}
	f := vm.frameAt(i)
	return f, pcLine(f.ci, f.pc), true
}
