// atexit.go runs the handlers registered with the atexit module
// (vm/lib/atexit.py) when a program ends, after the report of an uncaught
// exception, as CPython's finalisation does.

package vm

// runAtexit calls atexit._call_next until no handler is left. A handler
// that raises is reported as CPython reports it ("Exception ignored in
// atexit callback: <repr>" and the traceback on stderr) and the others
// still run; the exit status is not changed.
func (vm *VM) runAtexit() {
	m, ok := vm.dictGetStr(vm.modules, vm.intern("atexit"))
	if !ok || m.Tag() != TagModule {
		return
	}
	d := vm.slot(m.Ref(), 0)
	next, ok := vm.dictGetStr(d, vm.intern("_call_next"))
	if !ok {
		return
	}
	for {
		r, err := vm.callValue(next, nil, nil)
		if err == nil {
			if r != vTrue {
				return
			}
			continue
		}
		cur, _ := vm.dictGetStr(d, vm.intern("_current"))
		vm.unraisableAs("Exception ignored in atexit callback", cur)
	}
}
