// modules.go holds the native modules a program can import: math
// (mathmod.go), cmath (mod_cmath.go), random (random.go) and time (for timing loops).

package vm

import (
	"github.com/hotloop/hotloop/gc"
)

// nativeModule builds (once) a native module.
func (vm *VM) nativeModule(name string) (gc.Value, bool, error) {
	d := vm.newDict()
	switch name {
	case "math":
		vm.mathModule(d)
	case "cmath":
		vm.cmathModule(d)
	case "_random":
		vm.randomModule(d) // re-exported by vm/lib/random.py
	case "_collections":
		vm.collectionsModule(d)
	case "heapq":
		vm.heapqModule(d)
	case "bisect":
		vm.bisectModule(d)
	case "operator":
		vm.operatorModule(d)
	case "itertools":
		vm.itertoolsModule(d)
	case "_re":
		vm.reModule(d)
	case "_json":
		vm.jsonModule(d)
	case "posix":
		vm.posixModule(d)
	case "_struct":
		vm.structModule(d)
	case "time":
		vm.timeModule(d)
	case "_hashlib":
		vm.hashlibModule(d)
	case "_binascii":
		vm.binasciiModule(d)
	case "_asyncgen":
		vm.asyncgenModule(d)
	default:
		return vEmpty, false, nil
	}
	m := vm.newModule(name, d) // (which sets __name__ and __doc__)
	vm.dictSet(vm.modules, vm.intern(name), m)
	return m, true, nil
}
