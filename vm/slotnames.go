// slotnames.go reads a class body's __slots__ names for typeNew (meta.go).

package vm

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/symtable"
)

// classSlotNames reads a class body's __slots__ value sl as type.__new__
// does: a str is one name, anything else is iterated; each item must be a
// str and an identifier; a private name (__x) is mangled with the class
// name, as the methods' attribute names are (self.__x is self._C__x); and
// a name the class body also binds conflicts with the slot's descriptor
// (ValueError). __qualname__ and __classcell__ are exempt, as in CPython.
func (vm *VM) classSlotNames(className string, sl, ns gc.Value) (map[string]bool, error) {
	items := []gc.Value{sl}
	if sl.Tag() != TagStr {
		var err error
		if items, err = vm.collect(sl); err != nil {
			return nil, err
		}
	}
	names := map[string]bool{}
	for _, n := range items {
		if n.Tag() != TagStr {
			return nil, vm.raise("TypeError", "__slots__ items must be strings, not '%s'", vm.typeOf(n).Name)
		}
		s := vm.strKeep(n)
		if !isIdentifier(s) {
			return nil, vm.raise("TypeError", "__slots__ must be identifiers")
		}
		s = symtable.Mangle(className, s)
		if s != "__dict__" && s != "__weakref__" && s != "__qualname__" && s != "__classcell__" {
			if _, bound := vm.dictGetStr(ns, vm.intern(s)); bound {
				return nil, vm.raise("ValueError", "'%s' in __slots__ conflicts with class variable", s)
			}
		}
		names[s] = true
	}
	return names, nil
}
