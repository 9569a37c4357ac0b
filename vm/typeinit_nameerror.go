// typeinit_nameerror.go gives AttributeError and NameError CPython
// 3.10+'s __init__ keywords: AttributeError(msg, name=..., obj=...) and
// NameError(msg, name=...) keep them as attributes, and e.name (and
// AttributeError's e.obj) read None when not given. (After interp.go in
// the link order, like typeinit_importerror.go.)

package vm

import (
	"slices"

	"github.com/hotloop/hotloop/gc"
)

// nameErrorKeywords lists the __init__ keywords of the exception classes
// that carry the name (and object) an error is about.
var nameErrorKeywords = map[string][]string{
	"AttributeError": {"name", "obj"},
	"NameError":      {"name"},
}

// initNameErrors installs the __init__ of AttributeError and NameError,
// which take their keywords (stored in the instance dict, where the
// interpreter's own attribute and name errors keep them too) and reject
// any other with CPython's message, which names the base class.
func (vm *VM) initNameErrors() {
	for cls, names := range nameErrorKeywords {
		vm.methods(vm.excTypes[cls], map[string]bfunc{
			"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				npos := len(args) - len(kw)
				e := args[0]
				for i, k := range kw {
					if !slices.Contains(names, k) {
						return vEmpty, vm.raise("TypeError", "'%s' is an invalid keyword argument for %s()", k, cls)
					}
					if err := vm.setAttr(e, vm.intern(k), args[npos+i]); err != nil {
						return vEmpty, err
					}
				}
				vm.setSlot(e.Ref(), excArgsSlot, vm.newTuple(args[1:npos]))
				return vNone, nil
			},
		})
	}
}

// nameErrorAttr answers the name of a NameError or AttributeError and
// the obj of an AttributeError when neither __init__ nor the interpreter
// set them: None.
func (vm *VM) nameErrorAttr(e gc.Value, name string) (gc.Value, bool) {
	for cls, names := range nameErrorKeywords {
		if slices.Contains(names, name) && vm.isExcType(e, cls) {
			return vNone, true
		}
	}
	return vEmpty, false
}
