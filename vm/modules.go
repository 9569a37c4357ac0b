// modules.go holds the native modules a program can import: math
// (mathmod.go), random (random.go) and time (for timing loops).

package vm

import (
	"time"

	"github.com/hotloop/hotloop/gc"
)

// nativeModule builds (once) a native module.
func (vm *VM) nativeModule(name string) (gc.Value, bool, error) {
	d := vm.newDict()
	switch name {
	case "math":
		vm.mathModule(d)
	case "random":
		vm.randomModule(d)
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
	case "time":
		start := time.Now()
		vm.def(d, "time", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Float(float64(time.Now().UnixNano()) / 1e9), nil
		})
		vm.def(d, "perf_counter", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Float(time.Since(start).Seconds()), nil
		})
	default:
		return vEmpty, false, nil
	}
	vm.dictSet(d, vm.intern("__name__"), vm.intern(name))
	m := vm.newModule(name, d)
	vm.dictSet(vm.modules, vm.intern(name), m)
	return m, true, nil
}
