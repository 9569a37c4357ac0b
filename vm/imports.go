// imports.go loads modules written in Python from the script's directory
// (sys.path[0]): the source is parsed, analysed and compiled like the main
// program, registered in sys.modules, then its body runs with the module's
// dict as globals. Packages and the standard library are not searched yet.

package vm

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/compile"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// sourceModule imports name from name.py beside the main script.
func (vm *VM) sourceModule(name string) (gc.Value, bool, error) {
	if vm.scriptDir == "" || strings.Contains(name, ".") {
		return vEmpty, false, nil
	}
	path := filepath.Join(vm.scriptDir, name+".py")
	raw, err := os.ReadFile(path)
	if err != nil {
		return vEmpty, false, nil
	}
	mod, text, err := syntax.ParseFileText(path, raw)
	if err == nil {
		var table *symtable.Table
		if table, err = symtable.Build(mod, path, text); err == nil {
			if err = compile.Check(mod, table, raw); err == nil {
				c, cerr := compile.Compile(mod, table, path)
				if cerr != nil {
					err = cerr
				} else {
					vm.sources[path] = strings.Split(string(raw), "\n")
					g := vm.newDict()
					vm.dictSet(g, vm.intern("__name__"), vm.intern(name))
					vm.dictSet(g, vm.intern("__file__"), vm.newStr(path))
					vm.dictSet(g, vm.intern("__builtins__"), vm.builtinsModule())
					vm.dictSet(g, vm.intern("__doc__"), vNone)
					m := vm.newModule(name, g)
					vm.dictSet(vm.modules, vm.intern(name), m)
					fn := vm.newFunction(vm.codeInfoOf(c), g, vNone, vNone, vNone)
					if _, err := vm.callModule(fn, g); err != nil {
						vm.dictDel(vm.modules, vm.intern(name))
						return vEmpty, true, err
					}
					return m, true, nil
				}
			}
		}
	}
	var se *syntax.Error
	if errors.As(err, &se) {
		e := vm.newExc(se.Type, vm.newStr(se.Msg))
		return vEmpty, true, vm.raiseValue(e, vEmpty)
	}
	return vEmpty, true, vm.raise("ImportError", "%s", err.Error())
}
