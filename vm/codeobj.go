// codeobj.go holds code objects as Python sees them (function.__code__,
// compile()'s result): an instance of the builtin type "code" whose slot
// holds the id of a codeInfo, with the read-only co_* attributes computed
// from the compiled *bytecode.Code. exec() and eval() accept them.

package vm

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// codeIDSlot is the slot of a code object holding its codeInfo id.
const codeIDSlot = 2

// initCodeType creates the type "code" and its attributes.
func (vm *VM) initCodeType() {
	t := vm.newType("code", []*Type{vm.tObject}, TagObject)
	t.native = true
	t.nslots = codeIDSlot + 1
	vm.tCode = t
	strs := func(names []string) gc.Value {
		items := make([]gc.Value, len(names))
		for i, n := range names {
			items[i] = vm.newStr(n)
		}
		return vm.newTuple(items)
	}
	attrs := map[string]func(c *bytecode.Code) gc.Value{
		"co_name":            func(c *bytecode.Code) gc.Value { return vm.newStr(c.Name) },
		"co_qualname":        func(c *bytecode.Code) gc.Value { return vm.newStr(c.QualName) },
		"co_filename":        func(c *bytecode.Code) gc.Value { return vm.newStr(c.Filename) },
		"co_firstlineno":     func(c *bytecode.Code) gc.Value { return gc.Int(int64(c.FirstLine)) },
		"co_argcount":        func(c *bytecode.Code) gc.Value { return gc.Int(int64(c.ArgCount)) },
		"co_posonlyargcount": func(c *bytecode.Code) gc.Value { return gc.Int(int64(c.PosOnlyArgCount)) },
		"co_kwonlyargcount":  func(c *bytecode.Code) gc.Value { return gc.Int(int64(c.KwOnlyArgCount)) },
		"co_varnames":        func(c *bytecode.Code) gc.Value { return strs(c.Varnames) },
		"co_cellvars":        func(c *bytecode.Code) gc.Value { return strs(c.Cellvars) },
		"co_freevars":        func(c *bytecode.Code) gc.Value { return strs(c.Freevars) },
		"co_nlocals":         func(c *bytecode.Code) gc.Value { return gc.Int(int64(len(c.Varnames))) },
		"co_flags":           func(c *bytecode.Code) gc.Value { return gc.Int(int64(c.Flags)) },
	}
	for name, get := range attrs {
		vm.nativeGetter(t, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			ci, err := vm.codeOfObject(args)
			if err != nil {
				return vEmpty, err
			}
			return get(ci.code), nil
		}, nil)
	}
	vm.nativeMethods(t, "code", map[string]bfunc{
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			ci, err := vm.codeOfObject(args)
			if err != nil {
				return vEmpty, err
			}
			c := ci.code
			return vm.newStr(fmt.Sprintf("<code object %s at %s, file \"%s\", line %d>", c.Name, addr(args[0]), c.Filename, c.FirstLine)), nil
		},
	})
}

// asCode returns the codeInfo of a code object, or false for other values.
func (vm *VM) asCode(v gc.Value) (*codeInfo, bool) {
	if v.Tag() != TagObject || vm.typeOf(v) != vm.tCode {
		return nil, false
	}
	id := vm.slot(v.Ref(), codeIDSlot)
	if id.Tag() != gc.TagInt || id.Int() < 0 || int(id.Int()) >= len(vm.codeList) {
		return nil, false
	}
	return vm.codeList[id.Int()], true
}

// codeOfObject checks the self argument of a code method or attribute.
func (vm *VM) codeOfObject(args []gc.Value) (*codeInfo, error) {
	if len(args) > 0 {
		if ci, ok := vm.asCode(args[0]); ok {
			return ci, nil
		}
	}
	return nil, vm.raise("TypeError", "descriptor requires a 'code' object")
}
