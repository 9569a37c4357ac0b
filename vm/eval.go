// eval.go holds the builtins that compile and run source at run time:
// eval(), exec() and compile(). Source strings go through the same front
// end as files (compileFront, session.go) under the name "<string>"; the
// code runs in a frame whose globals and locals are the given mappings
// (the caller's when omitted), as a module body runs. A SyntaxError is
// raised with CPython's args and printed, when uncaught, after the
// traceback as CPython does.

package vm

import (
	"bytes"
	"errors"
	"os"
	"unicode/utf8"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// initEval installs eval, exec and compile in the builtins.
func (vm *VM) initEval() {
	b := vm.builtins
	vm.def(b, "eval", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.evalOrExec("eval", args, kw)
	})
	vm.def(b, "exec", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if _, err := vm.evalOrExec("exec", args, kw); err != nil {
			return vEmpty, err
		}
		return vNone, nil
	})
	vm.def(b, "compile", biCompile)
	vm.initBuiltinKeywords()
}

// sourceOf returns the text of a str, bytes or bytearray source argument.
func (vm *VM) sourceOf(v gc.Value) ([]byte, bool) {
	if v.Tag() == TagStr {
		return []byte(vm.str(v)), true
	}
	if isBytesTag(v.Tag()) {
		b, ok := vm.bytesView(v)
		return append([]byte(nil), b...), ok
	}
	if base, ok := vm.baseOf(v); ok && base.Tag() == TagStr {
		return []byte(vm.str(base)), true
	}
	return nil, false
}

// compileString compiles run-time source, raising its SyntaxError.
func (vm *VM) compileString(src []byte, filename string, mode SourceMode) (*codeInfo, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, vm.raise("SyntaxError", "source code string cannot contain null bytes")
	}
	code, late, err := compileFrontFile(filename, src, mode, nil)
	if err != nil && late {
		// The symbol table's and the compiler's errors show the line of
		// the file named filename, if there is one (None otherwise).
		if file, rerr := os.ReadFile(filename); rerr == nil {
			code, _, err = compileFrontFile(filename, src, mode, file)
		}
	}
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			if !late && mode == ModeExec && se.ReportedByParser() {
				fileLineText(se)
			}
			return nil, vm.raiseSyntaxError(se)
		}
		return nil, vm.raise("SystemError", "%s", err.Error())
	}
	return vm.codeInfoOf(code), nil
}

// fileLineText gives a parser error in exec mode the text CPython's
// parser reports first: line se.Lineno of the file named se.Filename when
// that file exists and has the line (_PyErr_ProgramDecodedTextObject),
// whatever the compiled source says.
func fileLineText(se *syntax.Error) {
	file, err := os.ReadFile(se.Filename)
	if err != nil || se.Lineno < 1 || !utf8.Valid(file) {
		return
	}
	lines := bytes.SplitAfter(file, []byte("\n"))
	if se.Lineno <= len(lines) && len(lines[se.Lineno-1]) > 0 {
		se.Text = string(lines[se.Lineno-1])
	}
}

// mappingCheck is PyMapping_Check: the value's type can be subscripted.
func (vm *VM) mappingCheck(v gc.Value) bool {
	switch v.Tag() {
	case TagDict, TagList, TagTuple, TagStr, TagBytes, TagByteArray, TagRange:
		return true
	case TagObject, TagType:
		_, ok := vm.lookupS(vm.typeOf(v), "__getitem__")
		if !ok {
			_, ok = vm.baseOf(v)
		}
		return ok
	}
	return false
}

// evalOrExec is eval(source, globals=None, locals=None, /) and
// exec(source, globals=None, locals=None, /), returning the value of the
// code (an expression's for eval).
func (vm *VM) evalOrExec(name string, args []gc.Value, kw []string) (gc.Value, error) {
	if len(kw) > 0 {
		return vEmpty, vm.raise("TypeError", "%s() takes no keyword arguments", name)
	}
	if err := vm.nargs(name, args, 1, 3); err != nil {
		return vEmpty, err
	}
	globals, locals := vNone, vNone
	if len(args) > 1 {
		globals = args[1]
	}
	if len(args) > 2 {
		locals = args[2]
	}
	if locals.Tag() != gc.TagNone && !vm.mappingCheck(locals) {
		return vEmpty, vm.raise("TypeError", "locals must be a mapping")
	}
	if globals.Tag() != gc.TagNone && !vm.isDictLike(globals) {
		if name == "eval" && vm.mappingCheck(globals) {
			return vEmpty, vm.raise("TypeError", "globals must be a real dict; try eval(expr, {}, mapping)")
		}
		return vEmpty, vm.raise("TypeError", "globals must be a dict")
	}
	switch {
	case globals.Tag() == gc.TagNone && vm.nframes > 0:
		f := vm.topFrame()
		globals = f.globals
		if locals.Tag() == gc.TagNone {
			locals = vm.frameLocals(f)
		}
	case globals.Tag() == gc.TagNone:
		globals = vm.mainGlobals("<string>")
	}
	if locals.Tag() == gc.TagNone {
		locals = globals
	}
	// the frame's globals are the dict itself (inside an instance of a
	// dict subclass); the locals keep the subclass's __getitem__
	if d, ok := vm.nsDict(globals); ok {
		globals = d
	}
	if _, ok := vm.dictGetStr(globals, vm.intern("__builtins__")); !ok {
		if err := vm.dictSet(globals, vm.intern("__builtins__"), vm.builtins); err != nil {
			return vEmpty, err
		}
	}
	ci, ok := vm.asCode(args[0])
	if !ok {
		src, ok := vm.sourceOf(args[0])
		if !ok {
			return vEmpty, vm.raise("TypeError", "%s() arg 1 must be a string, bytes or code object", name)
		}
		mode := ModeExec
		if name == "eval" {
			mode = ModeEval
			// eval ignores leading spaces and tabs
			src = bytes.TrimLeft(src, " \t")
		}
		var err error
		if ci, err = vm.compileString(src, "<string>", mode); err != nil {
			return vEmpty, err
		}
	}
	if c := ci.code; c.Flags&bytecode.FlagNewLocals != 0 {
		// a function's code: run as a call without arguments, which
		// reports its missing parameters as CPython does
		if len(c.Freevars) > 0 {
			if name == "exec" {
				return vEmpty, vm.raise("TypeError", "code object requires a closure of exactly length %d", len(c.Freevars))
			}
			return vEmpty, vm.raise("TypeError", "code object passed to eval() may not contain free variables")
		}
		return vm.callValue(vm.newFunction(ci, globals, vNone, vNone, vNone), nil, nil)
	}
	return vm.runCodeIn(ci, globals, locals)
}

// isDictLike reports whether v is a dict or an instance of a dict subclass.
func (vm *VM) isDictLike(v gc.Value) bool {
	if v.Tag() == TagDict {
		return true
	}
	base, ok := vm.baseOf(v)
	return ok && base.Tag() == TagDict
}

// frameLocals returns the namespace locals() gives in frame f: the
// namespace itself for module and class bodies, else a new dict of the
// bound locals and the contents of the cell and free variables.
func (vm *VM) frameLocals(f *frame) gc.Value {
	if !f.locals.IsEmpty() {
		return f.locals
	}
	d := vm.newDict()
	c := f.ci.code
	for i, name := range c.Varnames {
		if v := vm.regs[f.base+i]; !v.IsEmpty() && v.Tag() != TagCell {
			vm.dictSet(d, vm.intern(name), v)
		}
	}
	cells := append(append([]string(nil), c.Cellvars...), c.Freevars...)
	for k, name := range cells {
		cell := vm.regs[f.base+c.CellBase+k]
		if cell.Tag() != TagCell {
			continue
		}
		if v := vm.slot(cell.Ref(), 0); !v.IsEmpty() {
			vm.dictSet(d, vm.intern(name), v)
		}
	}
	return d
}

// runCodeIn runs module-level code with the given globals and locals and
// returns its value.
func (vm *VM) runCodeIn(ci *codeInfo, globals, locals gc.Value) (gc.Value, error) {
	fn := vm.newFunction(ci, globals, vNone, vNone, vNone)
	base := vm.stackTop()
	if base+ci.code.NumRegs > len(vm.regs) {
		return vEmpty, vm.raise("RecursionError", "maximum recursion depth exceeded")
	}
	clear(vm.regs[base : base+ci.code.NumRegs])
	if err := vm.pushFrame(ci, base, fn, globals, locals, -1, true); err != nil {
		return vEmpty, err
	}
	return vm.run()
}

// biCompile is compile(source, filename, mode, flags=0, dont_inherit=False,
// optimize=-1): a code object (flags and optimize are accepted and
// ignored, except that an AST source is not supported).
func biCompile(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	c := &clinic{fname: "compile", names: []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, maxpos: 6, minargs: 3}
	a, err := vm.parseArgs(c, args, kw)
	if err != nil {
		return vEmpty, err
	}
	if a[1].Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "compile() argument 'filename' must be str, not %s", vm.typeOf(a[1]).Name)
	}
	if a[2].Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "compile() argument 'mode' must be str, not %s", vm.typeOf(a[2]).Name)
	}
	var mode SourceMode
	switch vm.str(a[2]) {
	case "exec":
		mode = ModeExec
	case "eval":
		mode = ModeEval
	case "single":
		mode = ModeSingle
	default:
		return vEmpty, vm.raise("ValueError", "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if ci, ok := vm.asCode(a[0]); ok {
		return vm.codeObject(ci), nil
	}
	src, ok := vm.sourceOf(a[0])
	if !ok {
		return vEmpty, vm.raise("TypeError", "compile() arg 1 must be a string, bytes or AST object")
	}
	ci, err := vm.compileString(src, vm.strKeep(a[1]), mode)
	if err != nil {
		return vEmpty, err
	}
	return vm.codeObject(ci), nil
}
