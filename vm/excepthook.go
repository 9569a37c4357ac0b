package vm

// excepthook.go reports uncaught exceptions as CPython does: through
// sys.excepthook (a program may replace it), onto sys.stderr as it is at
// that moment (a program may have replaced that too, by an io.StringIO say,
// or set it to None, which silences the report).

import (
	"bytes"

	"github.com/hotloop/hotloop/gc"
)

// defExcepthook adds sys.excepthook and sys.__excepthook__ (one builtin)
// to the sys module's dict d.
func (vm *VM) defExcepthook(d gc.Value) {
	hook := vm.newBuiltin("excepthook", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "excepthook() takes no keyword arguments")
		}
		if len(args) != 3 {
			return vEmpty, vm.raise("TypeError", "excepthook expected 3 arguments, got %d", len(args))
		}
		if v := args[1]; v.Tag() != TagObject || !vm.typeOf(v).isExc {
			vm.displayText("TypeError: print_exception(): Exception expected for value, " + vm.typeOf(v).Name + " found\n")
			return vNone, nil
		}
		vm.displayException(args[1])
		return vNone, nil
	})
	vm.dictSet(d, vm.intern("excepthook"), hook)
	vm.dictSet(d, vm.intern("__excepthook__"), hook)
}

// reportUncaught hands the uncaught exception e to sys.excepthook. A hook
// that fails gets CPython's "Error in sys.excepthook" report of both
// exceptions; a missing hook leaves the report on the process's stderr.
func (vm *VM) reportUncaught(e gc.Value) {
	hook, ok := vm.dictGetStr(vm.slot(vm.sysModule.Ref(), 0), vm.intern("excepthook"))
	if !ok {
		vm.stderr.WriteString("sys.excepthook is missing\n")
		vm.printException(e)
		return
	}
	tb, err := vm.getAttr(e, vm.intern("__traceback__"))
	if err != nil {
		vm.exc = vEmpty
		tb = vNone
	}
	if _, err := vm.callValue(hook, []gc.Value{vm.typeOf(e).Value(), e, tb}, nil); err != nil {
		hookErr := vm.exc
		vm.exc = vEmpty
		vm.displayText("Error in sys.excepthook:\n")
		vm.displayException(hookErr)
		vm.displayText("\nOriginal exception was:\n")
		vm.displayException(e)
	}
}

// displayException writes e's report (traceback, chained exceptions,
// notes) to the current sys.stderr.
func (vm *VM) displayException(e gc.Value) {
	f, ok := vm.currentStderr()
	if !ok || f == vm.errV {
		vm.stdout.Flush()
		vm.printException(e)
		return
	}
	if f.Tag() == gc.TagNone {
		return
	}
	var buf bytes.Buffer
	vm.withStderr(&buf, func() { vm.printException(e) })
	vm.writeReport(f, buf.String())
}

// displayText writes s to the current sys.stderr, as CPython's
// PySys_WriteStderr does: nowhere when it is None, and errors ignored.
func (vm *VM) displayText(s string) {
	f, ok := vm.currentStderr()
	if !ok || f == vm.errV {
		vm.stdout.Flush()
		vm.stderr.WriteString(s)
		vm.stderr.Flush()
		return
	}
	if f.Tag() == gc.TagNone {
		return
	}
	vm.writeReport(f, s)
}

// currentStderr returns sys.stderr as the program has left it.
func (vm *VM) currentStderr() (gc.Value, bool) {
	return vm.dictGetStr(vm.slot(vm.sysModule.Ref(), 0), vm.intern("stderr"))
}

// writeReport writes s to the file object f and flushes it; an error is
// dropped, as CPython drops errors while reporting one.
func (vm *VM) writeReport(f gc.Value, s string) {
	saved := vm.exc
	if err := vm.writeTo(f, s); err != nil {
		vm.exc = saved
		return
	}
	if fl, err := vm.getAttr(f, vm.intern("flush")); err == nil {
		if _, err := vm.callValue(fl, nil, nil); err != nil {
			vm.exc = saved
		}
	} else {
		vm.exc = saved
	}
}
