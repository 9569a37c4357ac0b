// typeinit_unicodeerror.go gives UnicodeDecodeError, UnicodeEncodeError
// and UnicodeTranslateError CPython's __init__ checks: exactly five
// arguments (four for UnicodeTranslateError) of the types CPython's
// PyArg_ParseTuple formats "UOnnU", "UUnnU" and "UnnU" require, and a
// bytes-like object for UnicodeDecodeError. The attributes are read from
// args (codec.go). (After interp.go in the link order.)

package vm

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
)

// unicodeErrorFormats maps each class to its argument format: 'U' a str,
// 'O' any object, 'n' a Py_ssize_t (through __index__).
var unicodeErrorFormats = map[string]string{
	"UnicodeDecodeError":    "UOnnU",
	"UnicodeEncodeError":    "UUnnU",
	"UnicodeTranslateError": "UnnU",
}

// initUnicodeErrors installs the three classes' __init__.
func (vm *VM) initUnicodeErrors() {
	for cls, format := range unicodeErrorFormats {
		vm.methods(vm.excTypes[cls], map[string]bfunc{
			"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				e := args[0]
				if err := vm.noKw(vm.typeOf(e).Name, kw); err != nil {
					return vEmpty, err
				}
				vm.setSlot(e.Ref(), excArgsSlot, vm.newTuple(args[1:]))
				if err := vm.parseUnicodeErrorArgs(format, args[1:]); err != nil {
					return vEmpty, err
				}
				if cls == "UnicodeDecodeError" {
					if _, ok := vm.bytesLike(args[2]); !ok {
						return vEmpty, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(args[2]).Name)
					}
				}
				return vNone, nil
			},
		})
	}
}

// parseUnicodeErrorArgs checks args against a PyArg_ParseTuple format
// of 'U', 'O' and 'n' units, with CPython's messages (the format has no
// function name, so the count error says "function").
func (vm *VM) parseUnicodeErrorArgs(format string, args []gc.Value) error {
	if len(args) != len(format) {
		return vm.raise("TypeError", "function takes exactly %d arguments (%d given)", len(format), len(args))
	}
	for i, a := range args {
		switch format[i] {
		case 'U':
			if a.Tag() != TagStr && !vm.isInstance(a, vm.tStr) {
				return vm.raise("TypeError", "argument %d must be str, not %s", i+1, vm.typeOf(a).Name)
			}
		case 'n':
			if _, err := vm.ssize(a); err != nil {
				return err
			}
		}
	}
	return nil
}

// unicodeTranslateErrorStr is str() of a UnicodeTranslateError made with
// its four arguments (object, start, end, reason); ok is false otherwise.
func (vm *VM) unicodeTranslateErrorStr(e gc.Value) (string, bool) {
	a := vm.excArgs(e)
	if len(a) != 4 || a[0].Tag() != TagStr || a[1].Tag() != gc.TagInt || a[2].Tag() != gc.TagInt || a[3].Tag() != TagStr {
		return "", false
	}
	rs := runesOf(vm.str(a[0]))
	start, end, reason := a[1].Int(), a[2].Int(), vm.str(a[3])
	if start >= 0 && start < int64(len(rs)) && end == start+1 {
		return fmt.Sprintf("can't translate character '%s' in position %d: %s", backslashEscape(rs[start]), start, reason), true
	}
	return fmt.Sprintf("can't translate characters in position %d-%d: %s", start, end-1, reason), true
}
