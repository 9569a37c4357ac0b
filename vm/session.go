// session.go runs source text, piece by piece, in one persistent __main__
// module: the interactive prompt (cmd/hotloop) and the embedding API
// (package hotloop at the module root) are built on it. RunFile runs a
// whole program and ends it; a session instead keeps __main__'s globals
// between calls, reports each uncaught exception as a *PyError instead of
// ending the process, and converts values between Go and Python at the
// boundary, so that no heap reference is ever held by the embedding Go
// program (the collector could not see it).

package vm

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/compile"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// SourceMode says how Exec compiles its source, as compile()'s mode does.
type SourceMode int

const (
	// ModeExec runs a sequence of statements ("exec").
	ModeExec SourceMode = iota
	// ModeSingle runs one interactive statement and echoes the value of
	// an expression statement, as the >>> prompt does ("single").
	ModeSingle
	// ModeEval evaluates one expression and returns its value ("eval").
	ModeEval
)

// PyError is a Python exception that a session call did not catch.
type PyError struct {
	Type      string // the exception class name, e.g. "ZeroDivisionError"
	Message   string // str() of the exception
	Traceback string // the report CPython would print, ending in a newline
	// ExitCode is set when the exception was SystemExit: the status the
	// program asked for. Exit is true then.
	ExitCode int
	Exit     bool
}

// Error implements error with CPython's last traceback line.
func (e *PyError) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// mainGlobals returns the __main__ module's dict, creating the module on
// first use (RunFile makes its own).
func (vm *VM) mainGlobals(filename string) gc.Value {
	if vm.mainDict.Tag() == TagDict {
		return vm.mainDict
	}
	g := vm.newDict()
	vm.mainDict = g
	// sys.path as for the prompt: '' (the current directory) first.
	vm.setSysPath("")
	vm.dictSet(g, vm.intern("__name__"), vm.intern("__main__"))
	vm.dictSet(g, vm.intern("__builtins__"), vm.builtinsModule())
	vm.dictSet(g, vm.intern("__doc__"), vNone)
	vm.dictSet(vm.modules, vm.intern("__main__"), vm.newModule("__main__", g))
	return g
}

// compileSource runs the front end over src. A SyntaxError comes back as a
// *PyError carrying CPython's report.
func compileSource(filename string, src []byte, mode SourceMode) (*bytecode.Code, error) {
	code, err := compileFront(filename, src, mode)
	if err == nil {
		return code, nil
	}
	var se *syntax.Error
	if errors.As(err, &se) {
		return nil, &PyError{Type: se.Type, Message: se.Msg, Traceback: se.Report()}
	}
	return nil, fmt.Errorf("compiling %s: %w", filename, err)
}

// compileFront runs the front end over src; a SyntaxError comes back as
// the *syntax.Error (eval and exec raise it). src is also the content of
// the file the errors of the symbol table and the compiler read their
// line from (see compileFrontFile).
func compileFront(filename string, src []byte, mode SourceMode) (*bytecode.Code, error) {
	code, _, err := compileFrontFile(filename, src, mode, src)
	return code, err
}

// compileFrontFile is compileFront with file as the content of the file
// named filename (nil when there is none): CPython's symbol table and
// compiler take the text of a SyntaxError from that file
// (PyErr_ProgramTextObject), not from the source compiled. late reports
// an error from those stages, after parsing succeeded.
func compileFrontFile(filename string, src []byte, mode SourceMode, file []byte) (code *bytecode.Code, late bool, err error) {
	pmode := map[SourceMode]syntax.Mode{ModeExec: syntax.FileMode, ModeSingle: syntax.SingleMode, ModeEval: syntax.EvalMode}[mode]
	mod, err := syntax.Parse(filename, src, pmode)
	if err == nil {
		late = true
		var table *symtable.Table
		if table, err = symtable.Build(mod, filename, string(file)); err == nil {
			switch m := mod.(type) {
			case *syntax.Module:
				if err = compile.Check(m, table, file); err == nil {
					code, err = compile.Compile(m, table, filename)
				}
			case *syntax.Interactive:
				// Check wants a module: give it one with the same body
				// (and its own scope table).
				wrap := &syntax.Module{Body: m.Body}
				var wtable *symtable.Table
				if wtable, err = symtable.Build(wrap, filename, string(file)); err == nil {
					if err = compile.Check(wrap, wtable, file); err == nil {
						code, err = compile.CompileInteractive(m, table, filename)
					}
				}
			case *syntax.Expression:
				code, err = compile.CompileExpression(m, table, filename)
			}
		}
	}
	return code, late, err
}

// Exec compiles src in the given mode and runs it in __main__. For ModeEval
// it returns the expression's value converted by ToGo. An uncaught Python
// exception is returned as a *PyError (its traceback is not printed); a
// runtime failure as another error.
func (vm *VM) Exec(filename string, src []byte, mode SourceMode) (result any, err error) {
	code, err := compileSource(filename, src, mode)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(filename, "<") {
		vm.sources[filename] = strings.Split(string(src), "\n")
	}
	defer vm.recoverSession(&err)
	g := vm.mainGlobals(filename)
	fn := vm.newFunction(vm.codeInfoOf(code), g, vNone, vNone, vNone)
	v, rerr := vm.callModule(fn, g)
	vm.stdout.Flush()
	if rerr != nil {
		return nil, vm.takeException()
	}
	if mode != ModeEval {
		return nil, nil
	}
	return vm.ToGo(v)
}

// recoverSession turns a Go panic inside a session call into a Python
// SystemError (a VM bug) or, for heap exhaustion, a MemoryError.
func (vm *VM) recoverSession(err *error) {
	r := recover()
	if r == nil {
		return
	}
	vm.nframes, vm.runDepth = 0, 0
	if _, ok := r.(errOOM); ok {
		*err = &PyError{Type: "MemoryError", Traceback: "MemoryError\n"}
		return
	}
	msg := fmt.Sprintf("Go panic in hotloop: %v", r)
	*err = &PyError{Type: "SystemError", Message: msg, Traceback: "SystemError: " + msg + "\n"}
}

// takeException clears the exception being raised and returns it as a
// *PyError with its formatted traceback.
func (vm *VM) takeException() error {
	e := vm.exc
	vm.exc = vEmpty
	t := vm.typeOf(e)
	pe := &PyError{Type: t.Name}
	if s, err := vm.strOf(e); err == nil {
		pe.Message = strings.Clone(s) // s may be a view of the exception's str
	}
	if isSubtype(t, vm.excTypes["SystemExit"]) {
		saved := vm.exitCode
		var buf bytes.Buffer
		vm.withStderr(&buf, func() { vm.systemExit(e) })
		pe.Exit, pe.ExitCode, vm.exitCode = true, vm.exitCode, saved
		pe.Traceback = buf.String()
		return pe
	}
	var buf bytes.Buffer
	vm.withStderr(&buf, func() { vm.printException(e) })
	pe.Traceback = buf.String()
	return pe
}

// withStderr runs f with the VM's stderr writing into buf.
func (vm *VM) withStderr(buf *bytes.Buffer, f func()) {
	saved := vm.stderr
	saved.Flush()
	vm.stderr = bufio.NewWriter(buf)
	defer func() {
		vm.stderr.Flush()
		vm.stderr = saved
	}()
	f()
}

// SetGlobal binds name in __main__ to the Python conversion of v (see
// FromGo).
func (vm *VM) SetGlobal(name string, v any) error {
	pv, err := vm.FromGo(v)
	if err != nil {
		return fmt.Errorf("setting global %q: %w", name, err)
	}
	return vm.dictSet(vm.mainGlobals("<embed>"), vm.intern(name), pv)
}

// Global returns the Go conversion of __main__'s global name.
func (vm *VM) Global(name string) (any, error) {
	v, ok, err := vm.dictGet(vm.mainGlobals("<embed>"), vm.intern(name))
	if err != nil {
		return nil, vm.takeException()
	}
	if !ok {
		return nil, &PyError{Type: "NameError", Message: fmt.Sprintf("name '%s' is not defined", name)}
	}
	return vm.ToGo(v)
}

// Call calls __main__'s global name with the Python conversions of args and
// returns the Go conversion of the result.
func (vm *VM) Call(name string, args ...any) (result any, err error) {
	defer vm.recoverSession(&err)
	fn, ok, derr := vm.dictGet(vm.mainGlobals("<embed>"), vm.intern(name))
	if derr != nil {
		return nil, vm.takeException()
	}
	if !ok {
		return nil, &PyError{Type: "NameError", Message: fmt.Sprintf("name '%s' is not defined", name)}
	}
	pargs := make([]gc.Value, len(args))
	for i, a := range args {
		if pargs[i], err = vm.FromGo(a); err != nil {
			return nil, fmt.Errorf("argument %d of %s: %w", i+1, name, err)
		}
	}
	v, cerr := vm.callValue(fn, pargs, nil)
	vm.stdout.Flush()
	if cerr != nil {
		return nil, vm.takeException()
	}
	return vm.ToGo(v)
}

// GoFunc is the Go signature of a function made callable from Python by
// SetGlobal: it receives the Go conversions of the positional arguments.
// A returned error becomes a Python RuntimeError with the error's text
// (or the exception a *PyError names, if it is one of the builtin classes).
type GoFunc func(args ...any) (any, error)

// FromGo converts a Go value to a Python value: nil -> None, bool, every
// integer type and *big.Int -> int, float32/64 -> float, string -> str,
// []byte -> bytes, slices -> list, map[string]V -> dict, GoFunc (or a
// func with its signature) -> a builtin function.
func (vm *VM) FromGo(v any) (gc.Value, error) {
	switch x := v.(type) {
	case nil:
		return vNone, nil
	case bool:
		return gc.Bool(x), nil
	case int:
		return gc.Int(int64(x)), nil
	case int8:
		return gc.Int(int64(x)), nil
	case int16:
		return gc.Int(int64(x)), nil
	case int32:
		return gc.Int(int64(x)), nil
	case int64:
		return gc.Int(x), nil
	case uint8:
		return gc.Int(int64(x)), nil
	case uint16:
		return gc.Int(int64(x)), nil
	case uint32:
		return gc.Int(int64(x)), nil
	case uint:
		return vm.fromUint(uint64(x)), nil
	case uint64:
		return vm.fromUint(x), nil
	case *big.Int:
		return vm.normBig(new(big.Int).Set(x)), nil
	case float32:
		return gc.Float(float64(x)), nil
	case float64:
		return gc.Float(x), nil
	case string:
		return vm.newStr(x), nil
	case []byte:
		return vm.newBytes(append([]byte(nil), x...)), nil
	case []any:
		return vm.listFromGo(len(x), func(i int) any { return x[i] })
	case []int:
		return vm.listFromGo(len(x), func(i int) any { return x[i] })
	case []int64:
		return vm.listFromGo(len(x), func(i int) any { return x[i] })
	case []float64:
		return vm.listFromGo(len(x), func(i int) any { return x[i] })
	case []string:
		return vm.listFromGo(len(x), func(i int) any { return x[i] })
	case map[string]any:
		return vm.dictFromGo(x)
	case func(args ...any) (any, error):
		return vm.goFunc(GoFunc(x)), nil
	case GoFunc:
		return vm.goFunc(x), nil
	}
	return vEmpty, fmt.Errorf("cannot convert Go %T to a Python value", v)
}

// fromUint converts an unsigned integer, beyond int64 if need be.
func (vm *VM) fromUint(u uint64) gc.Value {
	if u <= math.MaxInt64 {
		return gc.Int(int64(u))
	}
	return vm.newBig(new(big.Int).SetUint64(u))
}

// normBig converts a big integer to an int value, small when it fits.
func (vm *VM) normBig(b *big.Int) gc.Value {
	if b.IsInt64() {
		return gc.Int(b.Int64())
	}
	return vm.newBig(b)
}

func (vm *VM) listFromGo(n int, at func(int) any) (gc.Value, error) {
	items := make([]gc.Value, n)
	for i := range items {
		var err error
		if items[i], err = vm.FromGo(at(i)); err != nil {
			return vEmpty, fmt.Errorf("item %d: %w", i, err)
		}
	}
	return vm.newList(items, n), nil
}

func (vm *VM) dictFromGo(m map[string]any) (gc.Value, error) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // Go maps have no order; sorted keys make it repeatable
	d := vm.newDict()
	for _, k := range keys {
		v, err := vm.FromGo(m[k])
		if err != nil {
			return vEmpty, fmt.Errorf("key %q: %w", k, err)
		}
		if err := vm.dictSet(d, vm.newStr(k), v); err != nil {
			return vEmpty, err
		}
	}
	return d, nil
}

// goFunc wraps a Go function as a Python builtin.
func (vm *VM) goFunc(f GoFunc) gc.Value {
	return vm.newBuiltin("gofunc", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "a Go function takes no keyword arguments")
		}
		gargs := make([]any, len(args))
		for i, a := range args {
			var err error
			if gargs[i], err = vm.ToGo(a); err != nil {
				return vEmpty, vm.raise("TypeError", "%s", err.Error())
			}
		}
		r, err := f(gargs...)
		if err != nil {
			var pe *PyError
			if errors.As(err, &pe) && vm.excTypes[pe.Type] != nil {
				return vEmpty, vm.raise(pe.Type, "%s", pe.Message)
			}
			return vEmpty, vm.raise("RuntimeError", "%s", err.Error())
		}
		pv, err := vm.FromGo(r)
		if err != nil {
			return vEmpty, vm.raise("TypeError", "%s", err.Error())
		}
		return pv, nil
	})
}

// ToGo converts a Python value to Go: None -> nil, bool, int -> int64 (or
// *big.Int beyond 64 bits), float -> float64, str -> string, bytes ->
// []byte, list and tuple -> []any, dict with str keys -> map[string]any.
// Anything else is returned as its repr() string with an error.
func (vm *VM) ToGo(v gc.Value) (any, error) {
	switch v.Tag() {
	case gc.TagNone:
		return nil, nil
	case gc.TagBool:
		return v.Bool(), nil
	case gc.TagInt:
		return v.Int(), nil
	case gc.TagFloat:
		return v.Float(), nil
	case TagBigInt:
		return new(big.Int).Set(vm.bigOf(v)), nil
	case TagStr:
		return vm.strKeep(v), nil
	case TagBytes:
		switch b := vm.heap.Side(v.Ref()).(type) {
		case string:
			return []byte(b), nil
		case []byte:
			return append([]byte(nil), b...), nil
		}
	case TagList, TagTuple:
		var items []gc.Value
		if v.Tag() == TagList {
			items = vm.listItems(v)
		} else {
			items = vm.tupleItems(v)
		}
		out := make([]any, len(items))
		for i, it := range items {
			var err error
			if out[i], err = vm.ToGo(it); err != nil {
				return nil, err
			}
		}
		return out, nil
	case TagDict:
		out := map[string]any{}
		var err error
		vm.dictEach(v, func(k, val gc.Value) bool {
			if k.Tag() != TagStr {
				err = fmt.Errorf("dict key %s is not a str", vm.typeOf(k).Name)
				return false
			}
			out[vm.strKeep(k)], err = vm.ToGo(val)
			return err == nil
		})
		if err != nil {
			return nil, err
		}
		return out, nil
	}
	r, err := vm.reprOf(v)
	if err != nil {
		vm.exc = vEmpty
		r = "<" + vm.typeOf(v).Name + ">"
	}
	return r, fmt.Errorf("cannot convert Python %s to a Go value", vm.typeOf(v).Name)
}
