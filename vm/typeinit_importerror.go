// typeinit_importerror.go gives ImportError CPython's __init__ keywords
// and attributes: ImportError(msg, name=..., path=...) keeps name and path,
// and e.name, e.path and e.msg read None when not given. (The file sorts
// after interp.go so that it does not move (*VM).run; docs/jit.md,
// session 27.)

package vm

import "github.com/hotloop/hotloop/gc"

// initImportError installs ImportError.__init__, which takes the
// keywords name and path (stored in the instance dict, as the import
// machinery's importError does) and rejects any other.
func (vm *VM) initImportError() {
	vm.methods(vm.excTypes["ImportError"], map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			npos := len(args) - len(kw)
			e := args[0]
			for i, k := range kw {
				if k != "name" && k != "path" {
					return vEmpty, vm.raise("TypeError", "'%s' is an invalid keyword argument for ImportError()", k)
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

// importErrorAttr answers an ImportError's name and path when __init__
// did not set them (None) and its msg: the only argument, else None.
func (vm *VM) importErrorAttr(e gc.Value, name string) (gc.Value, bool) {
	if !vm.isExcType(e, "ImportError") {
		return vEmpty, false
	}
	if a := vm.excArgs(e); name == "msg" && len(a) == 1 {
		return a[0], true
	}
	return vNone, true
}
