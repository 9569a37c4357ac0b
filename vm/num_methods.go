// num_methods.go holds the named methods of int and float (bit_length,
// as_integer_ratio, hex, fromhex...) with CPython's argument checks. The
// arithmetic itself lives in vm/num; these wrappers only check arguments
// and convert values. Methods of bytes conversion (to_bytes, from_bytes)
// are in bytes_methods.go.

package vm

import (
	"math"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/num"
)

// noArgsMethod wraps a method of self alone with the METH_NOARGS check.
func noArgsMethod(qual string, fn func(vm *VM, self gc.Value) (gc.Value, error)) bfunc {
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.noArgs(qual, "", args[1:], kw); err != nil {
			return vEmpty, err
		}
		return fn(vm, args[0])
	}
}

// initNumberMethods installs the named methods of int and float.
func (vm *VM) initNumberMethods() {
	vm.methods(vm.tInt, map[string]bfunc{
		"bit_length": noArgsMethod("int.bit_length", func(vm *VM, self gc.Value) (gc.Value, error) {
			return gc.Int(int64(vm.intView(self).BitLength())), nil
		}),
		"as_integer_ratio": noArgsMethod("int.as_integer_ratio", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.newTuple([]gc.Value{vm.fromInt(vm.toInt(self)), gc.Int(1)}), nil
		}),
		"bit_count": noArgsMethod("int.bit_count", func(vm *VM, self gc.Value) (gc.Value, error) {
			return gc.Int(int64(vm.intView(self).BitCount())), nil
		}),
		"conjugate": noArgsMethod("int.conjugate", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.fromInt(vm.toInt(self)), nil
		}),
		"__index__": noArgsMethod("int.__index__", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.fromInt(vm.toInt(self)), nil
		}),
		"__trunc__": noArgsMethod("int.__trunc__", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.fromInt(vm.toInt(self)), nil
		}),
		"__floor__": noArgsMethod("int.__floor__", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.fromInt(vm.toInt(self)), nil
		}),
		"__ceil__": noArgsMethod("int.__ceil__", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.fromInt(vm.toInt(self)), nil
		}),
		"__getnewargs__": noArgsMethod("int.__getnewargs__", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.newTuple([]gc.Value{vm.fromInt(vm.toInt(self))}), nil
		}),
		"__sizeof__": noArgsMethod("int.__sizeof__", func(vm *VM, self gc.Value) (gc.Value, error) {
			// CPython's layout: a 24-byte header and 30-bit digits
			digits := (vm.intView(self).BitLength() + 29) / 30
			return gc.Int(int64(24 + 4*max(digits, 1))), nil
		}),
		"__round__": numberRound("int.__round__"),
	})
	vm.methods(vm.tFloat, map[string]bfunc{
		"is_integer": noArgsMethod("float.is_integer", func(vm *VM, self gc.Value) (gc.Value, error) {
			f := self.Float()
			return gc.Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
		}),
		"hex": noArgsMethod("float.hex", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.newStr(num.FloatHex(self.Float())), nil
		}),
		"conjugate": noArgsMethod("float.conjugate", func(vm *VM, self gc.Value) (gc.Value, error) {
			return self, nil
		}),
		"__trunc__": floatToInt("float.__trunc__", math.Trunc),
		"__floor__": floatToInt("float.__floor__", math.Floor),
		"__ceil__":  floatToInt("float.__ceil__", math.Ceil),
		"__getnewargs__": noArgsMethod("float.__getnewargs__", func(vm *VM, self gc.Value) (gc.Value, error) {
			return vm.newTuple([]gc.Value{self}), nil
		}),
		"__sizeof__": noArgsMethod("float.__sizeof__", func(vm *VM, self gc.Value) (gc.Value, error) {
			return gc.Int(24), nil
		}),
		"__round__": numberRound("float.__round__"),
		"as_integer_ratio": noArgsMethod("float.as_integer_ratio", func(vm *VM, self gc.Value) (gc.Value, error) {
			n, d, err := num.FloatAsIntegerRatio(self.Float())
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return vm.newTuple([]gc.Value{vm.fromInt(n), vm.fromInt(d)}), nil
		}),
	})
	vm.classMethods(vm.tFloat, map[string]bfunc{
		// float.fromhex(s): a subclass gets cls(value), as CPython does.
		"fromhex": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(kw) > 0 {
				return vEmpty, vm.raise("TypeError", "float.fromhex() takes no keyword arguments")
			}
			if len(args) != 2 {
				return vEmpty, vm.raise("TypeError", "float.fromhex() takes exactly one argument (%d given)", len(args)-1)
			}
			s := vm.unwrap(args[1])
			if s.Tag() != TagStr {
				return vEmpty, vm.raise("TypeError", "bad argument type for built-in operation")
			}
			f, err := num.FloatFromHex(vm.str(s))
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			if args[0].Tag() == TagType && vm.typeOfRef(args[0].Ref()) != vm.tFloat {
				return vm.callValue(args[0], []gc.Value{gc.Float(f)}, nil)
			}
			return gc.Float(f), nil
		},
	})
}

// floatToInt builds float.__trunc__, __floor__ and __ceil__: the float
// rounded by f, as an int (OverflowError for infinities, ValueError for
// NaN).
func floatToInt(qual string, f func(float64) float64) bfunc {
	return noArgsMethod(qual, func(vm *VM, self gc.Value) (gc.Value, error) {
		x, err := num.FloatTrunc(f(self.Float()))
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return vm.fromInt(x), nil
	})
}

// numberRound builds int.__round__ and float.__round__(ndigits=None),
// which round() computes.
func numberRound(qual string) bfunc {
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "%s() takes no keyword arguments", qual)
		}
		if len(args) > 2 {
			return vEmpty, vm.raise("TypeError", "%s expected at most 1 argument, got %d", qual[strings.IndexByte(qual, '.')+1:], len(args)-1)
		}
		return biRound(vm, args, nil)
	}
}
