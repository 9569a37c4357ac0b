// wrapperdict.go gives staticmethod and classmethod objects their
// __dict__ (CPython 3.10+): it starts with copies of the wrapped
// callable's __module__, __name__, __qualname__, __doc__ and
// __annotations__ (those it has, as functools.wraps copies them) and
// takes any other attribute. The dict lives in the wrapper's slot 1 and is
// made on first use; the static methods of builtin types (kindTypeStatic,
// one slot) have none, as in CPython.

package vm

import "github.com/hotloop/hotloop/gc"

// wrapperDictSlot is the slot of a staticmethod or classmethod object
// that holds its __dict__ once made.
const wrapperDictSlot = 1

// wrapperCopiedAttrs are the attributes a staticmethod or classmethod
// copies from the callable it wraps, in CPython's order.
var wrapperCopiedAttrs = []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}

// wrapperDict returns the __dict__ of a staticmethod or classmethod
// object v, making it (with the copied attributes) when create is true;
// vEmpty when v has no dict slot or none was made and create is false.
func (vm *VM) wrapperDict(v gc.Value, create bool) (gc.Value, error) {
	r := v.Ref()
	if vm.numSlots(r) <= wrapperDictSlot {
		return vEmpty, nil
	}
	if d := vm.slot(r, wrapperDictSlot); !d.IsEmpty() || !create {
		return d, nil
	}
	d := vm.newDict()
	fn := vm.slot(r, 0)
	for _, name := range wrapperCopiedAttrs {
		x, err := vm.getAttr(fn, vm.intern(name))
		if err != nil {
			if !vm.isExcType(vm.exc, "AttributeError") {
				return vEmpty, err
			}
			vm.exc = vEmpty
			continue
		}
		vm.dictSet(d, vm.intern(name), x)
	}
	vm.setSlot(r, wrapperDictSlot, d)
	return d, nil
}
