// jitcalls.go holds the function hook's call filter (funchot.go): which
// code objects' calls CALL counts for the hook. It is in a file of its
// own, after interp.go, so that it does not move the interpreter loop in
// the binary (docs/jit.md "What the installed hook costs (session 27)":
// the loop's speed depends on its address modulo 64).

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// CallFilter is implemented by a FunctionHook that is offered the calls
// of some code objects only. WantsCalls is asked once per code object,
// when the interpreter first meets it (consts are its constants as
// values); the calls of a code it refuses cost what they cost with no
// hook installed. Without a CallFilter every code's calls are counted.
type CallFilter interface {
	WantsCalls(vm *VM, code *bytecode.Code, consts []gc.Value) bool
}

// setCallHook sets ci.callHook: whether CALL is to count the calls of
// ci's code for the function hook.
func (vm *VM) setCallHook(ci *codeInfo) {
	if _, ok := vm.hook.(FunctionHook); !ok {
		return
	}
	ci.callHook = true
	if cf, ok := vm.hook.(CallFilter); ok {
		ci.callHook = cf.WantsCalls(vm, ci.code, ci.consts)
	}
}
