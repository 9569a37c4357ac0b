// mathmod.go binds vm/modules/math (CPython 3.11's math module, bit for bit)
// as the module math: arguments are converted as CPython converts them
// (floats through __float__, ints through __index__), and the core's
// errors become Python exceptions.

package vm

import (
	"math/big"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	pymath "github.com/hotloop/hotloop/vm/modules/math"
)

// mathErr raises a math core error.
func (vm *VM) mathErr(err error) error {
	if e, ok := err.(*pymath.Error); ok {
		return vm.raise(e.Type, "%s", e.Msg)
	}
	return vm.numErr(err)
}

// argFloat converts an argument for a float function.
func (vm *VM) argFloat(v gc.Value) (float64, error) {
	if v.Tag() == gc.TagFloat {
		return v.Float(), nil
	}
	if v.Tag() == TagBigInt {
		f, err := pymath.IntToFloat(vm.bigOf(v))
		if err != nil {
			return 0, vm.mathErr(err)
		}
		return f, nil
	}
	if v.Tag() == TagObject {
		if m, ok := vm.lookupS(vm.typeOf(v), "__float__"); ok && m.Tag() == TagFunc {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			return vm.argFloat(r)
		}
	}
	return vm.toFloat(v)
}

// argInt converts an argument for an integer function (operator.index).
func (vm *VM) argInt(v gc.Value) (*big.Int, error) {
	if isIntLike(v) {
		return vm.toInt(v).Big(), nil
	}
	if b, ok := vm.baseOf(v); ok && isIntLike(b) {
		return vm.toInt(b).Big(), nil
	}
	if v.Tag() == TagObject {
		if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok && m.Tag() == TagFunc {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return nil, err
			}
			return vm.argInt(r)
		}
	}
	return nil, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
}

// mathModule fills the math module's dict.
func (vm *VM) mathModule(d gc.Value) {
	vm.dictSet(d, vm.intern("pi"), gc.Float(pymath.Pi))
	vm.dictSet(d, vm.intern("e"), gc.Float(pymath.E))
	vm.dictSet(d, vm.intern("tau"), gc.Float(pymath.Tau))
	vm.dictSet(d, vm.intern("inf"), gc.Float(pymath.Inf()))
	vm.dictSet(d, vm.intern("nan"), gc.Float(pymath.NaN()))
	f1 := map[string]func(float64) (float64, error){
		"sin": pymath.Sin, "cos": pymath.Cos, "tan": pymath.Tan, "asin": pymath.Asin,
		"acos": pymath.Acos, "atan": pymath.Atan, "sinh": pymath.Sinh, "cosh": pymath.Cosh,
		"tanh": pymath.Tanh, "asinh": pymath.Asinh, "acosh": pymath.Acosh, "atanh": pymath.Atanh,
		"exp": pymath.Exp, "exp2": pymath.Exp2, "expm1": pymath.Expm1, "cbrt": pymath.Cbrt,
		"sqrt": pymath.Sqrt, "log1p": pymath.Log1p, "gamma": pymath.Gamma, "lgamma": pymath.Lgamma,
		"fabs":    func(x float64) (float64, error) { return pymath.Fabs(x), nil },
		"erf":     func(x float64) (float64, error) { return pymath.Erf(x), nil },
		"erfc":    func(x float64) (float64, error) { return pymath.Erfc(x), nil },
		"degrees": func(x float64) (float64, error) { return pymath.Degrees(x), nil },
		"radians": func(x float64) (float64, error) { return pymath.Radians(x), nil },
		"ulp":     func(x float64) (float64, error) { return pymath.Ulp(x), nil },
	}
	for name, f := range f1 {
		name, f := name, f
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs(name, args, 1, 1); err != nil {
				return vEmpty, err
			}
			x, err := vm.argFloat(args[0])
			if err != nil {
				return vEmpty, err
			}
			r, err := f(x)
			if err != nil {
				return vEmpty, vm.mathErr(err)
			}
			return gc.Float(r), nil
		})
	}
	f2 := map[string]func(x, y float64) (float64, error){
		"atan2": pymath.Atan2, "fmod": pymath.Fmod, "remainder": pymath.Remainder, "pow": pymath.Pow,
		"copysign":  func(x, y float64) (float64, error) { return pymath.Copysign(x, y), nil },
		"nextafter": func(x, y float64) (float64, error) { return pymath.Nextafter(x, y), nil },
	}
	for name, f := range f2 {
		name, f := name, f
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs(name, args, 2, 2); err != nil {
				return vEmpty, err
			}
			x, err := vm.argFloat(args[0])
			if err != nil {
				return vEmpty, err
			}
			y, err := vm.argFloat(args[1])
			if err != nil {
				return vEmpty, err
			}
			r, err := f(x, y)
			if err != nil {
				return vEmpty, vm.mathErr(err)
			}
			return gc.Float(r), nil
		})
	}
	pred := map[string]func(float64) bool{"isfinite": pymath.IsFinite, "isinf": pymath.IsInf, "isnan": pymath.IsNaN}
	for name, f := range pred {
		name, f := name, f
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs(name, args, 1, 1); err != nil {
				return vEmpty, err
			}
			x, err := vm.argFloat(args[0])
			return gc.Bool(err == nil && f(x)), err
		})
	}
	toInt := map[string]func(float64) (*big.Int, error){"floor": pymath.Floor, "ceil": pymath.Ceil, "trunc": pymath.Trunc}
	for name, f := range toInt {
		name, f := name, f
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs(name, args, 1, 1); err != nil {
				return vEmpty, err
			}
			if isIntLike(args[0]) {
				return vm.fromInt(vm.toInt(args[0])), nil
			}
			dunder := "__" + name + "__"
			if args[0].Tag() == TagObject {
				if m, ok := vm.lookupS(vm.typeOf(args[0]), dunder); ok && m.Tag() == TagFunc {
					return vm.callValue(m, []gc.Value{args[0]}, nil)
				}
			}
			x, err := vm.argFloat(args[0])
			if err != nil {
				return vEmpty, err
			}
			r, err := f(x)
			if err != nil {
				return vEmpty, vm.mathErr(err)
			}
			return vm.newBig(r), nil
		})
	}
	ints := func(args []gc.Value) ([]*big.Int, error) {
		out := make([]*big.Int, len(args))
		for i, a := range args {
			b, err := vm.argInt(a)
			if err != nil {
				return nil, err
			}
			out[i] = b
		}
		return out, nil
	}
	vm.def(d, "gcd", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		xs, err := ints(args)
		if err != nil {
			return vEmpty, err
		}
		return vm.newBig(pymath.Gcd(xs...)), nil
	})
	vm.def(d, "lcm", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		xs, err := ints(args)
		if err != nil {
			return vEmpty, err
		}
		return vm.newBig(pymath.Lcm(xs...)), nil
	})
	int1 := map[string]func(*big.Int) (*big.Int, error){"isqrt": pymath.Isqrt, "factorial": pymath.Factorial}
	for name, f := range int1 {
		name, f := name, f
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs(name, args, 1, 1); err != nil {
				return vEmpty, err
			}
			if name == "factorial" && args[0].Tag() == gc.TagFloat {
				return vEmpty, vm.raise("TypeError", "'float' object cannot be interpreted as an integer")
			}
			xs, err := ints(args)
			if err != nil {
				return vEmpty, err
			}
			r, err := f(xs[0])
			if err != nil {
				return vEmpty, vm.mathErr(err)
			}
			return vm.newBig(r), nil
		})
	}
	vm.def(d, "comb", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("comb", args, 2, 2); err != nil {
			return vEmpty, err
		}
		xs, err := ints(args)
		if err != nil {
			return vEmpty, err
		}
		r, err := pymath.Comb(xs[0], xs[1])
		if err != nil {
			return vEmpty, vm.mathErr(err)
		}
		return vm.newBig(r), nil
	})
	vm.def(d, "perm", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("perm", args, 1, 2); err != nil {
			return vEmpty, err
		}
		if len(args) == 1 || args[1].Tag() == gc.TagNone {
			xs, err := ints(args[:1])
			if err != nil {
				return vEmpty, err
			}
			r, err := pymath.Factorial(xs[0])
			if err != nil {
				return vEmpty, vm.mathErr(err)
			}
			return vm.newBig(r), nil
		}
		xs, err := ints(args)
		if err != nil {
			return vEmpty, err
		}
		r, err := pymath.Perm(xs[0], xs[1])
		if err != nil {
			return vEmpty, vm.mathErr(err)
		}
		return vm.newBig(r), nil
	})
	vm.def(d, "log", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("log", args, 1, 2); err != nil {
			return vEmpty, err
		}
		lg := func(v gc.Value) (float64, error) {
			if isIntLike(v) {
				r, err := pymath.LogInt(vm.toInt(v).Big())
				if err != nil {
					return 0, vm.mathErr(err)
				}
				return r, nil
			}
			x, err := vm.argFloat(v)
			if err != nil {
				return 0, err
			}
			r, err := pymath.Log(x)
			if err != nil {
				return 0, vm.mathErr(err)
			}
			return r, nil
		}
		num, err := lg(args[0])
		if err != nil {
			return vEmpty, err
		}
		if len(args) == 1 {
			return gc.Float(num), nil
		}
		den, err := lg(args[1])
		if err != nil {
			return vEmpty, err
		}
		r, err := pymath.LogBase(num, den)
		if err != nil {
			return vEmpty, vm.mathErr(err)
		}
		return gc.Float(r), nil
	})
	logs := map[string][2]func(float64) (float64, error){"log2": {pymath.Log2}, "log10": {pymath.Log10}}
	intLogs := map[string]func(*big.Int) (float64, error){"log2": pymath.Log2Int, "log10": pymath.Log10Int}
	for name, fs := range logs {
		name, f, fi := name, fs[0], intLogs[name]
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs(name, args, 1, 1); err != nil {
				return vEmpty, err
			}
			var r float64
			var err error
			if isIntLike(args[0]) {
				r, err = fi(vm.toInt(args[0]).Big())
			} else {
				var x float64
				if x, err = vm.argFloat(args[0]); err != nil {
					return vEmpty, err
				}
				r, err = f(x)
			}
			if err != nil {
				return vEmpty, vm.mathErr(err)
			}
			return gc.Float(r), nil
		})
	}
	floats := func(v gc.Value) ([]float64, error) {
		items, err := vm.collect(v)
		if err != nil {
			return nil, err
		}
		out := make([]float64, len(items))
		for i, it := range items {
			if out[i], err = vm.argFloat(it); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	vm.def(d, "fsum", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("fsum", args, 1, 1); err != nil {
			return vEmpty, err
		}
		xs, err := floats(args[0])
		if err != nil {
			return vEmpty, err
		}
		r, err := pymath.Fsum(xs)
		if err != nil {
			return vEmpty, vm.mathErr(err)
		}
		return gc.Float(r), nil
	})
	vm.def(d, "hypot", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		xs := make([]float64, len(args))
		for i, a := range args {
			x, err := vm.argFloat(a)
			if err != nil {
				return vEmpty, err
			}
			xs[i] = x
		}
		return gc.Float(pymath.Hypot(xs)), nil
	})
	vm.def(d, "dist", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("dist", args, 2, 2); err != nil {
			return vEmpty, err
		}
		p, err := floats(args[0])
		if err != nil {
			return vEmpty, err
		}
		q, err := floats(args[1])
		if err != nil {
			return vEmpty, err
		}
		r, err := pymath.Dist(p, q)
		if err != nil {
			return vEmpty, vm.mathErr(err)
		}
		return gc.Float(r), nil
	})
	vm.def(d, "isclose", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		pos, kv, err := vm.kwArgs("isclose", args, kw, "rel_tol", "abs_tol")
		if err != nil {
			return vEmpty, err
		}
		if len(pos) != 2 {
			return vEmpty, vm.raise("TypeError", "isclose() takes exactly 2 positional arguments (%d given)", len(pos))
		}
		a, err := vm.argFloat(pos[0])
		if err != nil {
			return vEmpty, err
		}
		b, err := vm.argFloat(pos[1])
		if err != nil {
			return vEmpty, err
		}
		rel, abs := 1e-09, 0.0
		if !kv[0].IsEmpty() {
			if rel, err = vm.argFloat(kv[0]); err != nil {
				return vEmpty, err
			}
		}
		if !kv[1].IsEmpty() {
			if abs, err = vm.argFloat(kv[1]); err != nil {
				return vEmpty, err
			}
		}
		r, err := pymath.IsClose(a, b, rel, abs)
		if err != nil {
			return vEmpty, vm.mathErr(err)
		}
		return gc.Bool(r), nil
	})
	vm.def(d, "modf", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("modf", args, 1, 1); err != nil {
			return vEmpty, err
		}
		x, err := vm.argFloat(args[0])
		if err != nil {
			return vEmpty, err
		}
		fr, wh := pymath.Modf(x)
		return vm.newTuple([]gc.Value{gc.Float(fr), gc.Float(wh)}), nil
	})
	vm.def(d, "frexp", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("frexp", args, 1, 1); err != nil {
			return vEmpty, err
		}
		x, err := vm.argFloat(args[0])
		if err != nil {
			return vEmpty, err
		}
		m, e := pymath.Frexp(x)
		return vm.newTuple([]gc.Value{gc.Float(m), gc.Int(int64(e))}), nil
	})
	vm.def(d, "ldexp", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("ldexp", args, 2, 2); err != nil {
			return vEmpty, err
		}
		x, err := vm.argFloat(args[0])
		if err != nil {
			return vEmpty, err
		}
		i, err := vm.argInt(args[1])
		if err != nil {
			return vEmpty, err
		}
		r, err := pymath.Ldexp(x, i)
		if err != nil {
			return vEmpty, vm.mathErr(err)
		}
		return gc.Float(r), nil
	})
	vm.def(d, "prod", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		pos, kv, err := vm.kwArgs("prod", args, kw, "start")
		if err != nil {
			return vEmpty, err
		}
		if len(pos) != 1 {
			return vEmpty, vm.raise("TypeError", "prod() takes exactly 1 positional argument (%d given)", len(pos))
		}
		acc := gc.Int(1)
		if !kv[0].IsEmpty() {
			acc = kv[0]
		}
		err = vm.iterate(pos[0], func(x gc.Value) (bool, error) {
			r, err := vm.binaryOp(bytecode.MUL, acc, x)
			acc = r
			return err == nil, err
		})
		return acc, err
	})
}
