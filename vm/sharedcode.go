// sharedcode.go makes the one code object of each codeInfo. It lives in a
// file that sorts after interp.go so that its size does not move
// (*VM).run (whose address modulo 64 affects interpreter speed; see
// docs/jit.md, session 27).

package vm

import "github.com/hotloop/hotloop/gc"

// codeObject returns the code object of ci, made on the first call: as in
// CPython, f.__code__ is f.__code__ (and compile()'s result is the object
// a function made from it reports). The VM's roots keep it alive.
func (vm *VM) codeObject(ci *codeInfo) gc.Value {
	if !ci.obj.IsEmpty() {
		return ci.obj
	}
	v := vm.newInstance(vm.tCode)
	vm.setSlot(v.Ref(), codeIDSlot, gc.Int(int64(ci.id)))
	ci.obj = v
	return v
}
