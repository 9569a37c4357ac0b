// modules.go holds the native modules a program can import: math (the
// common functions) and time (for timing loops).

package vm

import (
	"math"
	"time"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/num"
)

// nativeModule builds (once) a native module.
func (vm *VM) nativeModule(name string) (gc.Value, bool, error) {
	d := vm.newDict()
	switch name {
	case "math":
		vm.dictSet(d, vm.intern("pi"), gc.Float(math.Pi))
		vm.dictSet(d, vm.intern("e"), gc.Float(math.E))
		vm.dictSet(d, vm.intern("tau"), gc.Float(2*math.Pi))
		vm.dictSet(d, vm.intern("inf"), gc.Float(math.Inf(1)))
		vm.dictSet(d, vm.intern("nan"), gc.Float(math.NaN()))
		f1 := func(name string, f func(float64) float64, domain func(float64) bool) {
			vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if err := vm.nargs(name, args, 1, 1); err != nil {
					return vEmpty, err
				}
				x, err := vm.toFloat(args[0])
				if err != nil {
					return vEmpty, err
				}
				if domain != nil && !domain(x) {
					return vEmpty, vm.raise("ValueError", "math domain error")
				}
				return gc.Float(f(x)), nil
			})
		}
		f1("sqrt", math.Sqrt, func(x float64) bool { return x >= 0 || math.IsNaN(x) })
		f1("exp", math.Exp, nil)
		f1("sin", math.Sin, nil)
		f1("cos", math.Cos, nil)
		f1("tan", math.Tan, nil)
		f1("atan", math.Atan, nil)
		f1("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 })
		f1("acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 })
		f1("fabs", math.Abs, nil)
		f1("log2", math.Log2, func(x float64) bool { return x > 0 })
		f1("log10", math.Log10, func(x float64) bool { return x > 0 })
		vm.def(d, "log", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("log", args, 1, 2); err != nil {
				return vEmpty, err
			}
			x, err := vm.toFloat(args[0])
			if err != nil {
				return vEmpty, err
			}
			if x <= 0 {
				return vEmpty, vm.raise("ValueError", "math domain error")
			}
			r := math.Log(x)
			if len(args) == 2 {
				b, err := vm.toFloat(args[1])
				if err != nil {
					return vEmpty, err
				}
				r /= math.Log(b)
			}
			return gc.Float(r), nil
		})
		vm.def(d, "atan2", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			y, _ := vm.toFloat(args[0])
			x, _ := vm.toFloat(args[1])
			return gc.Float(math.Atan2(y, x)), nil
		})
		vm.def(d, "hypot", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s := 0.0
			for _, a := range args {
				x, err := vm.toFloat(a)
				if err != nil {
					return vEmpty, err
				}
				s = math.Hypot(s, x)
			}
			return gc.Float(s), nil
		})
		intf := func(name string, f func(float64) (num.Int, error)) {
			vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if err := vm.nargs(name, args, 1, 1); err != nil {
					return vEmpty, err
				}
				if isIntLike(args[0]) {
					return vm.fromInt(vm.toInt(args[0])), nil
				}
				x, err := vm.toFloat(args[0])
				if err != nil {
					return vEmpty, err
				}
				r, err := f(x)
				if err != nil {
					return vEmpty, vm.numErr(err)
				}
				return vm.fromInt(r), nil
			})
		}
		intf("floor", num.FloatFloor)
		intf("ceil", num.FloatCeil)
		intf("trunc", num.FloatTrunc)
		vm.def(d, "gcd", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			acc := num.NewInt(0)
			for _, a := range args {
				if !isIntLike(a) {
					return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(a).Name)
				}
				x := vm.toInt(a).Abs()
				y := acc
				for !x.IsZero() {
					m, _ := y.Mod(x)
					y, x = x, m
				}
				acc = y
			}
			return vm.fromInt(acc), nil
		})
		vm.def(d, "isqrt", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if !isIntLike(args[0]) {
				return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(args[0]).Name)
			}
			b := vm.toInt(args[0]).Big()
			if b.Sign() < 0 {
				return vEmpty, vm.raise("ValueError", "isqrt() argument must be nonnegative")
			}
			return vm.newBig(b.Sqrt(b)), nil
		})
		vm.def(d, "factorial", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if !isIntLike(args[0]) {
				return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(args[0]).Name)
			}
			n := int64(args[0].Bits())
			if n < 0 {
				return vEmpty, vm.raise("ValueError", "factorial() not defined for negative values")
			}
			acc := num.NewInt(1)
			for i := int64(2); i <= n; i++ {
				acc = acc.Mul(num.NewInt(i))
			}
			return vm.fromInt(acc), nil
		})
		vm.def(d, "isnan", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			x, err := vm.toFloat(args[0])
			return gc.Bool(math.IsNaN(x)), err
		})
		vm.def(d, "isinf", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			x, err := vm.toFloat(args[0])
			return gc.Bool(math.IsInf(x, 0)), err
		})
		vm.def(d, "pow", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			x, _ := vm.toFloat(args[0])
			y, _ := vm.toFloat(args[1])
			r, _, err := num.FloatPow(x, y)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return gc.Float(r), nil
		})
	case "random":
		vm.randomModule(d)
	case "time":
		start := time.Now()
		vm.def(d, "time", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Float(float64(time.Now().UnixNano()) / 1e9), nil
		})
		vm.def(d, "perf_counter", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Float(time.Since(start).Seconds()), nil
		})
	default:
		return vEmpty, false, nil
	}
	vm.dictSet(d, vm.intern("__name__"), vm.intern(name))
	m := vm.newModule(name, d)
	vm.dictSet(vm.modules, vm.intern(name), m)
	return m, true, nil
}
