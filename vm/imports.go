// imports.go implements Python's import system with CPython 3.11's
// observable behaviour: __import__ (absolute and relative names, the
// fromlist), from-import and import *, the search order (sys.modules, then
// the builtin modules, then each sys.path entry: directories, and the
// standard library embedded in the binary, stdlib.go), regular and
// namespace packages, circular imports and CPython's error messages.
// docs/stdlib.md explains the choices.

package vm

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/compile"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// importState is the import system's per-VM state.
type importState struct {
	// stdlibPath is the sys.path entry that names the standard library
	// embedded in the binary: "<executable>/lib", a path inside the
	// executable file, as zipimport names paths inside an archive.
	stdlibPath string
	// initializing counts, per module name, the bodies running now: a
	// from-import that fails on such a module reports a circular import.
	initializing map[string]int
	// builtinNames are the modules found before sys.path is searched
	// (sys.builtin_module_names).
	builtinNames map[string]bool
}

// cpythonBuiltinModules are the modules CPython 3.11 on Linux compiles into
// the interpreter (sys.builtin_module_names). hotloop's native modules with
// these names are found before sys.path; its other native modules (math,
// random, ...) are found at the standard library's sys.path entry, so that
// a user's random.py beside the script shadows them as in CPython.
var cpythonBuiltinModules = []string{
	"_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io",
	"_locale", "_operator", "_signal", "_sre", "_stat", "_string",
	"_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings",
	"_weakref", "atexit", "builtins", "errno", "faulthandler", "gc",
	"itertools", "marshal", "posix", "pwd", "sys", "time", "xxsubtype",
}

// initImports sets up the import system once the builtins and sys exist:
// sys.builtin_module_names, builtins.__import__ and the stdlib path.
func (vm *VM) initImports() {
	vm.imp.initializing = map[string]int{}
	vm.imp.builtinNames = map[string]bool{"sys": true, "builtins": true, hotloopModuleName: true}
	exe, err := os.Executable()
	if err != nil {
		exe = "hotloop"
	}
	vm.imp.stdlibPath = filepath.Join(exe, "lib")
	sysd := vm.slot(vm.sysModule.Ref(), 0)
	var names []gc.Value
	for _, n := range cpythonBuiltinModules {
		if !vm.imp.builtinNames[n] {
			// Ask the native registry without keeping what it built.
			if _, ok, _ := vm.nativeModule(n); !ok {
				continue
			}
			vm.dictDel(vm.modules, vm.intern(n))
			vm.imp.builtinNames[n] = true
		}
		names = append(names, vm.intern(n))
	}
	vm.dictSet(sysd, vm.intern("builtin_module_names"), vm.newTuple(names))
	vm.dictSet(sysd, vm.intern("path"), vm.newList(nil, 0))
	vm.def(vm.builtins, "__import__", biImport)
	vm.initBuiltinNew()
}

// setSysPath fills sys.path for a program run from filename: the script's
// directory (symlinks resolved, as CPython does) or "" for -c and stdin,
// then the PYTHONPATH entries made absolute, then the standard library.
func (vm *VM) setSysPath(filename string) {
	first := ""
	if filepath.IsAbs(filename) {
		first = filepath.Dir(filename)
		if real, err := filepath.EvalSymlinks(filename); err == nil {
			first = filepath.Dir(real)
		}
	}
	entries := []string{first}
	seen := map[string]bool{}
	if pp := os.Getenv("PYTHONPATH"); pp != "" {
		for _, p := range strings.Split(pp, string(os.PathListSeparator)) {
			abs, err := filepath.Abs(p)
			if err != nil || seen[abs] {
				continue
			}
			seen[abs] = true
			entries = append(entries, abs)
		}
	}
	entries = append(entries, vm.imp.stdlibPath)
	vals := make([]gc.Value, len(entries))
	for i, e := range entries {
		vals[i] = vm.newStr(e)
	}
	sysd := vm.slot(vm.sysModule.Ref(), 0)
	vm.dictSet(sysd, vm.intern("path"), vm.newList(vals, 0))
}

// biImport implements builtins.__import__(name, globals=None, locals=None,
// fromlist=(), level=0).
func biImport(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	names := []string{"name", "globals", "locals", "fromlist", "level"}
	vals := make([]gc.Value, len(names))
	npos := len(args) - len(kw)
	if npos > len(names) {
		return vEmpty, vm.raise("TypeError", "__import__() takes at most 5 arguments (%d given)", npos)
	}
	copy(vals, args[:npos])
	for i, k := range kw {
		j := 0
		for j < len(names) && names[j] != k {
			j++
		}
		if j == len(names) {
			return vEmpty, vm.raise("TypeError", "'%s' is an invalid keyword argument for __import__()", k)
		}
		if !vals[j].IsEmpty() {
			return vEmpty, vm.raise("TypeError", "argument for __import__() given by name ('%s') and position (%d)", k, j+1)
		}
		vals[j] = args[npos+i]
	}
	if vals[0].IsEmpty() {
		return vEmpty, vm.raise("TypeError", "__import__() missing required argument 'name' (pos 1)")
	}
	if vals[0].Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "module name must be a string")
	}
	level := 0
	if !vals[4].IsEmpty() {
		if vals[4].Tag() != gc.TagInt {
			return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(vals[4]).Name)
		}
		level = int(vals[4].Int())
	}
	globals := vals[1]
	if globals.IsEmpty() {
		globals = vNone
	}
	fromlist := vals[3]
	if fromlist.IsEmpty() {
		fromlist = vNone
	}
	return vm.importName(vm.str(vals[0]), globals, fromlist, level)
}

// importName implements IMPORTNAME and __import__: it imports the module
// name (relative to the package of globals when level > 0) and returns
// what the import statement binds: the top-level package for "import
// a.b", the module itself when there is a fromlist.
func (vm *VM) importName(name string, globals, fromlist gc.Value, level int) (gc.Value, error) {
	if level < 0 {
		return vEmpty, vm.raise("ValueError", "level must be >= 0")
	}
	absName := name
	if level > 0 {
		var err error
		if absName, err = vm.resolveRelative(name, globals, level); err != nil {
			return vEmpty, err
		}
	} else if name == "" {
		return vEmpty, vm.raise("ValueError", "Empty module name")
	}
	mod, err := vm.importAbsolute(absName)
	if err != nil {
		return vEmpty, err
	}
	hasFrom := false
	if !fromlist.IsEmpty() && fromlist.Tag() != gc.TagNone {
		if hasFrom, err = vm.truth(fromlist); err != nil {
			return vEmpty, err
		}
	}
	if !hasFrom {
		dot := strings.IndexByte(name, '.')
		switch {
		case level > 0 && name == "", dot < 0:
			return mod, nil
		case level == 0:
			return vm.importAbsolute(name[:dot])
		default:
			cut := len(name) - dot
			front := absName[:len(absName)-cut]
			m, ok := vm.dictGetStr(vm.modules, vm.newStr(front))
			if !ok {
				return vEmpty, vm.raise("KeyError", "'%s' not in sys.modules as expected", front)
			}
			return m, nil
		}
	}
	if _, ok, err := vm.moduleAttr(mod, "__path__"); err != nil || !ok {
		return mod, err
	}
	return mod, vm.handleFromlist(mod, fromlist, false)
}

// resolveRelative turns a relative module name into an absolute one from
// the importing module's __package__ (or __name__ and __path__).
func (vm *VM) resolveRelative(name string, globals gc.Value, level int) (string, error) {
	if globals.Tag() != TagDict {
		return "", vm.raise("KeyError", "'__name__' not in globals")
	}
	pkg, ok := vm.dictGetStr(globals, vm.intern("__package__"))
	var pkgName string
	if ok && pkg.Tag() != gc.TagNone {
		if pkg.Tag() != TagStr {
			return "", vm.raise("TypeError", "package must be a string")
		}
		pkgName = vm.str(pkg)
	} else {
		n, ok := vm.dictGetStr(globals, vm.intern("__name__"))
		if !ok {
			return "", vm.raise("KeyError", "'__name__' not in globals")
		}
		if n.Tag() != TagStr {
			return "", vm.raise("TypeError", "__name__ must be a string")
		}
		pkgName = vm.str(n)
		if _, isPkg := vm.dictGetStr(globals, vm.intern("__path__")); !isPkg {
			if i := strings.LastIndexByte(pkgName, '.'); i >= 0 {
				pkgName = pkgName[:i]
			} else {
				pkgName = ""
			}
		}
	}
	if pkgName == "" {
		return "", vm.raise("ImportError", "attempted relative import with no known parent package")
	}
	base := pkgName
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", vm.raise("ImportError", "attempted relative import beyond top-level package")
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// importAbsolute returns sys.modules[name], importing the module (and its
// parent packages first) when it is not there.
func (vm *VM) importAbsolute(name string) (gc.Value, error) {
	key := vm.newStr(name)
	if m, ok := vm.dictGetStr(vm.modules, key); ok {
		if m.Tag() == gc.TagNone {
			return vEmpty, vm.moduleNotFound("import of "+name+" halted; None in sys.modules", name)
		}
		return m, nil
	}
	var searchPath []gc.Value
	parent := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent = name[:i]
		if _, ok := vm.dictGetStr(vm.modules, vm.newStr(parent)); !ok {
			if _, err := vm.importAbsolute(parent); err != nil {
				return vEmpty, err
			}
		}
		// Importing the parent may have imported this module too.
		if m, ok := vm.dictGetStr(vm.modules, key); ok {
			return m, nil
		}
		pm, ok := vm.dictGetStr(vm.modules, vm.newStr(parent))
		if !ok {
			return vEmpty, vm.raise("KeyError", "'%s'", parent)
		}
		p, ok, err := vm.moduleAttr(pm, "__path__")
		if err != nil {
			return vEmpty, err
		}
		if !ok {
			return vEmpty, vm.moduleNotFound("No module named '"+name+"'; '"+parent+"' is not a package", name)
		}
		if searchPath, err = vm.collect(p); err != nil {
			return vEmpty, err
		}
	} else {
		if vm.imp.builtinNames[name] {
			if m, ok, err := vm.builtinModule(name); ok || err != nil {
				return m, err
			}
		}
		sysd := vm.slot(vm.sysModule.Ref(), 0)
		p, ok := vm.dictGetStr(sysd, vm.intern("path"))
		if !ok {
			return vEmpty, vm.raise("ImportError", "sys.path must be a list of directory names")
		}
		var err error
		if searchPath, err = vm.collect(p); err != nil {
			return vEmpty, err
		}
	}
	entries := make([]string, 0, len(searchPath))
	for _, e := range searchPath {
		if e.Tag() == TagStr {
			entries = append(entries, vm.str(e))
		}
	}
	m, found, err := vm.findAndLoad(name, entries)
	if err != nil {
		return vEmpty, err
	}
	if !found {
		return vEmpty, vm.moduleNotFound("No module named '"+name+"'", name)
	}
	if parent != "" {
		if pm, ok := vm.dictGetStr(vm.modules, vm.newStr(parent)); ok {
			if err := vm.setAttr(pm, vm.newStr(name[len(parent)+1:]), m); err != nil {
				vm.exc = vEmpty
			}
		}
	}
	return m, nil
}

// builtinModule returns one of the modules compiled into hotloop.
func (vm *VM) builtinModule(name string) (gc.Value, bool, error) {
	switch name {
	case "sys":
		vm.dictSet(vm.modules, vm.intern(name), vm.sysModule)
		return vm.sysModule, true, nil
	case "builtins":
		m := vm.newModule("builtins", vm.builtins)
		vm.dictSet(vm.modules, vm.intern(name), m)
		return m, true, nil
	case hotloopModuleName:
		return vm.hotloopModule(), true, nil
	}
	return vm.nativeModule(name)
}

// moduleNotFound raises ModuleNotFoundError(msg) with its name attribute.
func (vm *VM) moduleNotFound(msg, name string) error {
	return vm.importError("ModuleNotFoundError", msg, vm.newStr(name), vNone)
}

// importError raises ImportError or a subclass with name and path set.
func (vm *VM) importError(cls, msg string, name, path gc.Value) error {
	e := vm.newExc(cls, vm.newStr(msg))
	vm.setAttr(e, vm.intern("name"), name)
	vm.setAttr(e, vm.intern("path"), path)
	return vm.raiseValue(e, vEmpty)
}

// moduleAttr reads an attribute of a module or any object, reporting a
// missing attribute as ok == false rather than an AttributeError.
func (vm *VM) moduleAttr(m gc.Value, name string) (gc.Value, bool, error) {
	if m.Tag() == TagModule {
		if v, ok := vm.dictGetStr(vm.slot(m.Ref(), 0), vm.intern(name)); ok {
			return v, true, nil
		}
		switch name {
		case "__name__":
			return vm.newStr(vm.heap.Side(m.Ref()).(string)), true, nil
		case "__dict__":
			return vm.slot(m.Ref(), 0), true, nil
		}
		return vEmpty, false, nil
	}
	v, err := vm.getAttr(m, vm.intern(name))
	if err != nil {
		if vm.isExcType(vm.exc, "AttributeError") {
			vm.exc = vEmpty
			return vEmpty, false, nil
		}
		return vEmpty, false, err
	}
	return v, true, nil
}

// handleFromlist imports the submodules a fromlist names that the package
// does not have as attributes yet ("*" means the package's __all__).
func (vm *VM) handleFromlist(mod, fromlist gc.Value, recursive bool) error {
	items, err := vm.collect(fromlist)
	if err != nil {
		return err
	}
	modName := ""
	if n, ok, _ := vm.moduleAttr(mod, "__name__"); ok && n.Tag() == TagStr {
		modName = vm.str(n)
	}
	for _, x := range items {
		if x.Tag() != TagStr {
			where := "``from list''"
			if recursive {
				where = modName + ".__all__"
			}
			return vm.raise("TypeError", "Item in %s must be str, not %s", where, vm.typeOf(x).Name)
		}
		s := vm.str(x)
		if s == "*" {
			if recursive {
				continue
			}
			if all, ok, err := vm.moduleAttr(mod, "__all__"); err != nil {
				return err
			} else if ok {
				if err := vm.handleFromlist(mod, all, true); err != nil {
					return err
				}
			}
			continue
		}
		if _, ok, err := vm.moduleAttr(mod, s); err != nil {
			return err
		} else if ok {
			continue
		}
		sub := modName + "." + s
		if _, err := vm.importAbsolute(sub); err != nil {
			e := vm.exc
			if vm.isExcType(e, "ModuleNotFoundError") {
				if n, ok, _ := vm.moduleAttr(e, "name"); ok && n.Tag() == TagStr && vm.str(n) == sub {
					if v, ok := vm.dictGetStr(vm.modules, vm.newStr(sub)); !ok || v.Tag() != gc.TagNone {
						vm.exc = vEmpty
						continue
					}
				}
			}
			return err
		}
	}
	return nil
}

// importFrom implements IMPORTFROM: the attribute name of module m, or
// the submodule m.name from sys.modules, or CPython's ImportError.
func (vm *VM) importFrom(m, name gc.Value) (gc.Value, error) {
	v, err := vm.getAttr(m, name)
	if err == nil || !vm.isExcType(vm.exc, "AttributeError") {
		return v, err
	}
	vm.exc = vEmpty
	pkgName := "<unknown module name>"
	if n, ok, _ := vm.moduleAttr(m, "__name__"); ok && n.Tag() == TagStr {
		pkgName = vm.str(n)
		if sub, ok := vm.dictGetStr(vm.modules, vm.newStr(pkgName+"."+vm.str(name))); ok {
			return sub, nil
		}
	}
	nameR, _ := vm.reprOf(name)
	pkgR, _ := vm.reprOf(vm.newStr(pkgName))
	file, ok, _ := vm.moduleAttr(m, "__file__")
	if !ok || file.Tag() != TagStr {
		return vEmpty, vm.importError("ImportError", "cannot import name "+nameR+" from "+pkgR+" (unknown location)", vm.newStr(pkgName), vNone)
	}
	if vm.imp.initializing[pkgName] > 0 {
		return vEmpty, vm.importError("ImportError", "cannot import name "+nameR+" from partially initialized module "+pkgR+
			" (most likely due to a circular import) ("+vm.str(file)+")", vm.newStr(pkgName), file)
	}
	return vEmpty, vm.importError("ImportError", "cannot import name "+nameR+" from "+pkgR+" ("+vm.str(file)+")", vm.newStr(pkgName), file)
}

// importStar implements IMPORTSTAR: the public names of module m (its
// __all__, or the names of its dict not starting with "_") are stored in
// the namespace ns.
func (vm *VM) importStar(m, ns gc.Value) error {
	modName := "?"
	if n, ok, _ := vm.moduleAttr(m, "__name__"); ok && n.Tag() == TagStr {
		modName = vm.str(n)
	}
	all, ok, err := vm.moduleAttr(m, "__all__")
	if err != nil {
		return err
	}
	skipPrivate := false
	if !ok {
		d, ok, err := vm.moduleAttr(m, "__dict__")
		if err != nil {
			return err
		}
		if !ok {
			return vm.raise("ImportError", "from-import-* object has no __dict__ and no __all__")
		}
		if d.Tag() == TagDict {
			all = vm.newList(vm.dictKeys(d), 0)
		} else {
			all = d
		}
		skipPrivate = true
	}
	names, err := vm.collect(all)
	if err != nil {
		return err
	}
	for _, n := range names {
		if n.Tag() != TagStr {
			if skipPrivate {
				return vm.raise("TypeError", "Key in %s.__dict__ must be str, not %s", modName, vm.typeOf(n).Name)
			}
			return vm.raise("TypeError", "Item in %s.__all__ must be str, not %s", modName, vm.typeOf(n).Name)
		}
		if skipPrivate && strings.HasPrefix(vm.str(n), "_") {
			continue
		}
		v, err := vm.getAttr(m, n)
		if err != nil {
			return err
		}
		if err := vm.dictSet(ns, n, v); err != nil {
			return err
		}
	}
	return nil
}

// moduleSource is a module found on a search path: a source file (on disk
// or embedded), or a namespace package.
type moduleSource struct {
	file     string   // path of the source; "" for a namespace package
	src      []byte   // the source text
	pkgPath  []string // __path__ of a package; nil for a plain module
	embedded bool     // the file is in the embedded standard library
}

// findAndLoad searches the entries of a search path for the module name
// (a file name.py or a package directory name/) and loads it.
func (vm *VM) findAndLoad(name string, entries []string) (gc.Value, bool, error) {
	tail := name[strings.LastIndexByte(name, '.')+1:]
	var portions []string
	for _, entry := range entries {
		if sub, ok := vm.stdlibSubdir(entry); ok {
			if sub == "" && !strings.Contains(name, ".") && !vm.imp.builtinNames[name] {
				if m, ok, err := vm.nativeModule(name); ok || err != nil {
					return m, ok, err
				}
			}
			dir := path.Join(stdlibRoot, sub)
			if raw, err := fs.ReadFile(stdlibFiles, path.Join(dir, tail, "__init__.py")); err == nil {
				pdir := filepath.Join(entry, tail)
				m, err := vm.loadSource(name, &moduleSource{file: filepath.Join(pdir, "__init__.py"), src: raw, pkgPath: []string{pdir}, embedded: true})
				return m, true, err
			}
			if raw, err := fs.ReadFile(stdlibFiles, path.Join(dir, tail+".py")); err == nil {
				m, err := vm.loadSource(name, &moduleSource{file: filepath.Join(entry, tail+".py"), src: raw, embedded: true})
				return m, true, err
			}
			continue
		}
		dir := entry
		if dir == "" {
			wd, err := os.Getwd()
			if err != nil {
				continue
			}
			dir = wd
		}
		pdir := filepath.Join(dir, tail)
		isDir := false
		if st, err := os.Stat(pdir); err == nil && st.IsDir() {
			isDir = true
			init := filepath.Join(pdir, "__init__.py")
			if raw, err := readRegular(init); err == nil {
				m, err := vm.loadSource(name, &moduleSource{file: init, src: raw, pkgPath: []string{pdir}})
				return m, true, err
			}
		}
		file := filepath.Join(dir, tail+".py")
		if raw, err := readRegular(file); err == nil {
			m, err := vm.loadSource(name, &moduleSource{file: file, src: raw})
			return m, true, err
		}
		if isDir {
			portions = append(portions, pdir)
		}
	}
	if len(portions) > 0 {
		m, err := vm.loadSource(name, &moduleSource{pkgPath: portions})
		return m, true, err
	}
	return vEmpty, false, nil
}

// readRegular reads a regular file (not a directory).
func readRegular(name string) ([]byte, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	return os.ReadFile(name)
}

// loadSource creates the module name from src, registers it in
// sys.modules and runs its body; a module whose body raises is removed
// from sys.modules again. It returns what sys.modules holds at the end
// (a module may replace itself there).
func (vm *VM) loadSource(name string, src *moduleSource) (gc.Value, error) {
	var code *bytecode.Code
	if src.file != "" {
		c, err := vm.compileModule(src.file, src.src)
		if err != nil {
			return vEmpty, err
		}
		code = c
	}
	g := vm.newDict()
	key := vm.newStr(name)
	pkg := name
	if src.pkgPath == nil {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	}
	vm.dictSet(g, vm.intern("__name__"), key)
	vm.dictSet(g, vm.intern("__doc__"), vNone)
	vm.dictSet(g, vm.intern("__package__"), vm.newStr(pkg))
	vm.dictSet(g, vm.intern("__loader__"), vNone)
	vm.dictSet(g, vm.intern("__spec__"), vNone)
	if src.pkgPath != nil {
		p := make([]gc.Value, len(src.pkgPath))
		for i, s := range src.pkgPath {
			p[i] = vm.newStr(s)
		}
		vm.dictSet(g, vm.intern("__path__"), vm.newList(p, 0))
	}
	if src.file != "" {
		vm.dictSet(g, vm.intern("__file__"), vm.newStr(src.file))
	} else {
		vm.dictSet(g, vm.intern("__file__"), vNone)
	}
	vm.dictSet(g, vm.intern("__builtins__"), vm.builtinsModule())
	m := vm.newModule(name, g)
	name = vm.heap.Side(m.Ref()).(string) // the module's copy: name may be a str view
	vm.dictSet(vm.modules, key, m)
	if src.file == "" {
		return m, nil
	}
	vm.imp.initializing[name]++
	_, err := vm.callModule(vm.newFunction(vm.codeInfoOf(code), g, vNone, vNone, vNone), g)
	vm.imp.initializing[name]--
	if vm.imp.initializing[name] == 0 {
		delete(vm.imp.initializing, name)
	}
	if err != nil {
		e := vm.exc
		vm.dictDel(vm.modules, key)
		vm.exc = e
		return vEmpty, err
	}
	if final, ok := vm.dictGetStr(vm.modules, key); ok {
		return final, nil
	}
	return m, nil
}

// compileModule parses, checks and compiles the source of a module; a
// SyntaxError becomes a Python exception that tracebacks report as CPython
// does (the file, line, text and carets after the import's frames).
func (vm *VM) compileModule(file string, raw []byte) (*bytecode.Code, error) {
	mod, text, err := syntax.ParseFileText(file, raw)
	if err == nil {
		var table *symtable.Table
		if table, err = symtable.Build(mod, file, text); err == nil {
			if err = compile.Check(mod, table, raw); err == nil {
				var c *bytecode.Code
				if c, err = compile.Compile(mod, table, file); err == nil {
					vm.sources[file] = strings.Split(string(raw), "\n")
					return c, nil
				}
			}
		}
	}
	var se *syntax.Error
	if errors.As(err, &se) {
		return nil, vm.raiseSyntaxError(se)
	}
	return nil, vm.raise("SystemError", "compiling %s: %v", file, err)
}
