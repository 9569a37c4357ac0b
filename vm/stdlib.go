// stdlib.go embeds the standard library modules written in Python
// (vm/lib/**.py) and provides what they and the import system need from
// the runtime: the stdlib's sys.path entry, module reprs, SyntaxErrors
// raised by imports, and the internal module _hotloop, whose hide_frame
// marks functions that stand for CPython's C functions so that tracebacks
// skip their frames (docs/stdlib.md).

package vm

import (
	"embed"
	"path/filepath"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// stdlibFiles holds vm/lib: "all:" keeps the __init__.py files.
//
//go:embed all:lib
var stdlibFiles embed.FS

// stdlibRoot is the directory of stdlibFiles that holds the library.
const stdlibRoot = "lib"

// hotloopModuleName is the internal module of runtime hooks for the
// embedded standard library.
const hotloopModuleName = "_hotloop"

// stdlibSubdir reports whether a search-path entry names the embedded
// standard library or one of its packages, and which subdirectory.
func (vm *VM) stdlibSubdir(entry string) (string, bool) {
	root := vm.imp.stdlibPath
	if entry == root {
		return "", true
	}
	if strings.HasPrefix(entry, root+string(filepath.Separator)) {
		return filepath.ToSlash(entry[len(root)+1:]), true
	}
	return "", false
}

// hotloopModule builds (once) the internal module _hotloop.
func (vm *VM) hotloopModule() gc.Value {
	if m, ok := vm.dictGetStr(vm.modules, vm.intern(hotloopModuleName)); ok {
		return m
	}
	d := vm.newDict()
	vm.dictSet(d, vm.intern("__name__"), vm.intern(hotloopModuleName))
	vm.dictSet(d, vm.intern("__doc__"), vNone)
	// hide_frame(f) marks the code of function f so that tracebacks omit
	// its frames, and returns f (it is used as a decorator).
	vm.def(d, "hide_frame", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 1 || len(kw) != 0 || args[0].Tag() != TagFunc {
			return vEmpty, vm.raise("TypeError", "hide_frame() takes one function")
		}
		vm.funcCode(args[0]).hidden = true
		return args[0], nil
	})
	// c_type(cls) names class cls as CPython names its C types in messages
	// (tp_name "module.Name": "'functools.partial' object has no
	// attribute 'x'"), for a library class that stands for one; __name__
	// and __qualname__ stay as they are. It returns cls (a decorator).
	vm.def(d, "c_type", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 1 || len(kw) != 0 || args[0].Tag() != TagType {
			return vEmpty, vm.raise("TypeError", "c_type() takes one class")
		}
		t := vm.typeOfRef(args[0].Ref())
		if t.Qualname == "" {
			t.Qualname = t.Name
		}
		t.Name = t.Module + "." + t.Qualname
		return args[0], nil
	})
	// iterable_coroutine(f) sets CO_ITERABLE_COROUTINE on the code of
	// generator function f, so that `await` accepts its generators
	// (types.coroutine), and returns f.
	vm.def(d, "iterable_coroutine", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 1 || len(kw) != 0 || args[0].Tag() != TagFunc {
			return vEmpty, vm.raise("TypeError", "iterable_coroutine() takes one function")
		}
		vm.funcCode(args[0]).code.Flags |= bytecode.FlagIterableCoroutine
		return args[0], nil
	})
	// caller_module(depth) is the __name__ of the globals of the Python
	// frame depth levels above the caller (0: the caller itself), or
	// "__main__" (namedtuple's default __module__).
	vm.def(d, "caller_module", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		depth := 0
		if len(args) == 1 && args[0].Tag() == gc.TagInt {
			depth = int(args[0].Int())
		}
		if i := vm.nframes - 1 - depth; depth >= 0 && i >= 0 {
			if g := vm.frameAt(i).globals; g.Tag() == TagDict {
				if n, ok := vm.dictGetStr(g, vm.intern("__name__")); ok {
					return n, nil
				}
			}
		}
		return vm.intern("__main__"), nil
	})
	vm.defLibHooks(d) // stdlib_hooks.go
	m := vm.newModule(hotloopModuleName, d)
	vm.dictSet(vm.modules, vm.intern(hotloopModuleName), m)
	return m
}

// callUserNew makes an instance of t, a subclass of an immutable builtin
// type, with the __new__ function the class defines, then runs the class's
// own __init__ if it has one.
func (vm *VM) callUserNew(t *Type, nw gc.Value, args []gc.Value, kw []string) (gc.Value, error) {
	if nw.Tag() == TagStaticMethod {
		nw = vm.slot(nw.Ref(), 0)
	}
	obj, err := vm.callValue(nw, append([]gc.Value{t.Value()}, args...), kw)
	if err != nil || !vm.isInstance(obj, t) {
		return obj, err
	}
	if init, ok := vm.lookup(t, vm.s__init__); ok && init.Tag() != TagBuiltin {
		r, err := vm.callValue(init, append([]gc.Value{obj}, args...), kw)
		if err != nil {
			return vEmpty, err
		}
		if r.Tag() != gc.TagNone {
			return vEmpty, vm.raise("TypeError", "__init__() should return None, not '%s'", vm.typeOf(r).Name)
		}
	}
	return obj, nil
}

// initBuiltinNew gives tuple, str, int, float and frozenset their own
// __new__, so that a subclass's __new__ can call tuple.__new__(cls, x)
// to make an instance of the subclass holding the builtin value.
func (vm *VM) initBuiltinNew() {
	for _, bt := range []*Type{vm.tTuple, vm.tStr, vm.tInt, vm.tFloat, vm.tFrozenset} {
		base := bt
		if base.ctor == nil {
			continue
		}
		vm.dictSet(base.Dict, vm.intern("__new__"), vm.newBuiltinStatic(base.Name+".__new__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args)-len(kw) < 1 {
				return vEmpty, vm.raise("TypeError", "%s.__new__(): not enough arguments", base.Name)
			}
			t, ok := vm.asType(args[0])
			if !ok {
				return vEmpty, vm.raise("TypeError", "%s.__new__(X): X is not a type object (%s)", base.Name, vm.typeOf(args[0]).Name)
			}
			if !isSubtype(t, base) {
				return vEmpty, vm.raise("TypeError", "%s.__new__(%s): %s is not a subtype of %s", base.Name, t.Name, t.Name, base.Name)
			}
			v, err := base.ctor(vm, base, args[1:], kw)
			if err != nil || t == base {
				return v, err
			}
			obj := vm.newInstance(t)
			vm.setSlot(obj.Ref(), baseSlot, v)
			return obj, nil
		}))
	}
}

// moduleRepr is repr(module): "<module 'name' from 'file'>" for modules
// loaded from source, "(namespace)" for namespace packages and
// "(built-in)" for the modules hotloop implements in Go.
func (vm *VM) moduleRepr(v gc.Value) (string, error) {
	d := vm.slot(v.Ref(), 0)
	name := vm.newStr(vm.heap.Side(v.Ref()).(string))
	if n, ok := vm.dictGetStr(d, vm.intern("__name__")); ok {
		name = n
	}
	nr, err := vm.reprOf(name)
	if err != nil {
		return "", err
	}
	if f, ok := vm.dictGetStr(d, vm.intern("__file__")); ok && f.Tag() == TagStr {
		fr, err := vm.reprOf(f)
		if err != nil {
			return "", err
		}
		return "<module " + nr + " from " + fr + ">", nil
	}
	if r, ok, err := vm.specLessModuleRepr(d, nr); ok {
		return r, err
	}
	if _, ok := vm.dictGetStr(d, vm.intern("__path__")); ok {
		return "<module " + nr + " (namespace)>", nil
	}
	return "<module " + nr + " (built-in)>", nil
}

// raiseSyntaxError raises the SyntaxError (or IndentationError, TabError)
// described by se, with CPython's args (msg, (filename, lineno, offset,
// text, end_lineno, end_offset)); its report is printed after the
// traceback as CPython prints a SyntaxError.
func (vm *VM) raiseSyntaxError(se *syntax.Error) error {
	typ := se.Type
	if typ == "" {
		typ = "SyntaxError"
	}
	text := vNone
	if se.Text != "" {
		text = vm.newStr(se.Text)
	}
	loc := vm.newTuple([]gc.Value{vm.newStr(se.Filename), gc.Int(int64(se.Lineno)), gc.Int(int64(se.Offset)),
		text, gc.Int(int64(se.EndLineno)), gc.Int(int64(se.EndOffset))})
	e := vm.newExc(typ, vm.newStr(se.Msg), loc)
	vm.heap.SetSide(e.Ref(), &excTB{syntax: se})
	return vm.raiseValue(e, vEmpty)
}

// syntaxErrorStr is str() of a SyntaxError made by raiseSyntaxError:
// "msg (file, line N)" with the file's base name, as CPython's.
func (vm *VM) syntaxErrorStr(args []gc.Value) (string, bool) {
	if len(args) != 2 || args[0].Tag() != TagStr || args[1].Tag() != TagTuple {
		return "", false
	}
	loc := vm.seqItems(args[1])
	if len(loc) < 2 {
		return "", false
	}
	msg := vm.str(args[0])
	file, line := "", ""
	if loc[0].Tag() == TagStr {
		file = filepath.Base(vm.str(loc[0]))
	}
	if loc[1].Tag() == gc.TagInt {
		line = itoa(int(loc[1].Int()))
	}
	switch {
	case file != "" && line != "":
		return msg + " (" + file + ", line " + line + ")", true
	case file != "":
		return msg + " (" + file + ")", true
	case line != "":
		return msg + " (line " + line + ")", true
	}
	return msg, true
}

// setFuncSpecial assigns the function attributes that live in the
// function's slots (functools.update_wrapper sets them), with CPython's
// type checks; ok is false for other names.
func (vm *VM) setFuncSpecial(f gc.Value, name string, x gc.Value) (bool, error) {
	var slot int
	switch name {
	case "__closure__", "__globals__", "__builtins__":
		// Read-only in CPython; traces also rely on a function's
		// closure never changing (trace/record_closures.go).
		return true, vm.raise("AttributeError", "readonly attribute")
	case "__name__", "__qualname__":
		if x.Tag() != TagStr {
			return true, vm.raise("TypeError", "%s must be set to a string object", name)
		}
		slot = fnName
		if name == "__qualname__" {
			slot = fnQualName
		}
	case "__doc__":
		slot = fnDoc
	case "__module__":
		slot = fnModule
	case "__defaults__":
		if x.Tag() != TagTuple && x.Tag() != gc.TagNone {
			return true, vm.raise("TypeError", "__defaults__ must be set to a tuple object")
		}
		slot = fnDefaults
	case "__kwdefaults__":
		if x.Tag() != TagDict && x.Tag() != gc.TagNone {
			return true, vm.raise("TypeError", "__kwdefaults__ must be set to a dict object")
		}
		slot = fnKwDefaults
	case "__annotations__":
		if x.Tag() != TagDict && x.Tag() != gc.TagNone {
			return true, vm.raise("TypeError", "__annotations__ must be set to a dict object")
		}
		slot = fnAnnotations
	default:
		return false, nil
	}
	vm.setSlot(f.Ref(), slot, x)
	return true, nil
}
