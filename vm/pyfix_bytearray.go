// pyfix_bytearray.go holds bytearray.__init__, which lets bytearray be
// subclassed like list: a subclass instance starts empty and is filled by
// the base's __init__ (called directly or through super().__init__).

package vm

import "github.com/hotloop/hotloop/gc"

// initByteArrayInit installs bytearray.__init__(source, encoding,
// errors) on t: it replaces the receiver's contents, as CPython does also
// for a plain bytearray (bytearray(b'x').__init__(b'yz')).
func (vm *VM) initByteArrayInit(t *Type) {
	vm.methods(t, map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args)-len(kw) < 1 {
				return vEmpty, vm.raise("TypeError", "descriptor '__init__' of 'bytearray' object needs an argument")
			}
			self := args[0]
			if self.Tag() != TagByteArray {
				base, ok := vm.baseOf(self)
				if !ok || base.Tag() != TagByteArray {
					return vEmpty, vm.raise("TypeError", "descriptor '__init__' requires a 'bytearray' object but received a '%s'", vm.typeOf(self).Name)
				}
				self = base
			}
			b, err := vm.bytesCtorData(args[1:], kw, TagByteArray)
			if err != nil {
				return vEmpty, err
			}
			ba := vm.byteArrayOf(self)
			ba.b = append([]byte(nil), b...)
			vm.heap.ChargeExternal(uint64(len(b)))
			return vNone, nil
		},
	})
}
