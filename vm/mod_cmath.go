// mod_cmath.go binds vm/modules/cmath (CPython 3.11's cmath module, bit
// for bit over glibc's libm) as the module cmath: arguments are converted
// as PyComplex_AsCComplex and PyFloat_AsDouble convert them, and the
// core's errors become Python exceptions.

package vm

import (
	"github.com/hotloop/hotloop/gc"
	pycmath "github.com/hotloop/hotloop/vm/modules/cmath"
	pymath "github.com/hotloop/hotloop/vm/modules/math"
)

// argComplex converts an argument of a cmath function as CPython's
// PyComplex_AsCComplex: a complex (or subclass) as is, else the result of
// __complex__ (which must be a complex), else a real number through
// argRealDouble.
func (vm *VM) argComplex(v gc.Value) (complex128, error) {
	if u := vm.unwrap(v); u.Tag() == TagComplex {
		re, im := vm.complexOf(u)
		return complex(re, im), nil
	}
	if v.Tag() == TagObject {
		if m, ok := vm.lookupS(vm.typeOf(v), "__complex__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			u := vm.unwrap(r)
			if u.Tag() != TagComplex {
				return 0, vm.raise("TypeError", "__complex__ returned non-complex (type %s)", vm.typeOf(r).Name)
			}
			re, im := vm.complexOf(u)
			return complex(re, im), nil
		}
	}
	f, err := vm.argRealDouble(v)
	return complex(f, 0), err
}

// argRealDouble converts an argument as PyFloat_AsDouble: a float or int
// (or subclass) directly, an object through __float__ (which must return
// a float) or __index__, and anything else is a TypeError "must be real
// number, not T".
func (vm *VM) argRealDouble(v gc.Value) (float64, error) {
	if isRealTag(vm.unwrap(v)) {
		return vm.numberToFloat(v)
	}
	if v.Tag() == TagObject {
		t := vm.typeOf(v)
		_, hasFloat := vm.lookupS(t, "__float__")
		_, hasIndex := vm.lookupS(t, "__index__")
		if hasFloat || hasIndex {
			r, err := ctorFloat(vm, vm.tFloat, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			return vm.toFloat(vm.unwrap(r))
		}
	}
	return 0, vm.raise("TypeError", "must be real number, not %s", vm.typeOf(v).Name)
}

// cmathErr raises a cmath core error.
func (vm *VM) cmathErr(err error) error {
	if e, ok := err.(*pymath.Error); ok {
		return vm.raise(e.Type, "%s", e.Msg)
	}
	return vm.numErr(err)
}

// cmathOneArg checks the calling convention of a one-argument cmath
// function (METH_O) and converts its argument.
func (vm *VM) cmathOneArg(name string, args []gc.Value, kw []string) (complex128, error) {
	if err := vm.noKw("cmath."+name, kw); err != nil {
		return 0, err
	}
	if err := vm.nargs("cmath."+name, args, 1, 1); err != nil {
		return 0, err
	}
	return vm.argComplex(args[0])
}

// cmathModule fills the cmath module's dict.
func (vm *VM) cmathModule(d gc.Value) {
	vm.dictSet(d, vm.intern("pi"), gc.Float(pymath.Pi))
	vm.dictSet(d, vm.intern("e"), gc.Float(pymath.E))
	vm.dictSet(d, vm.intern("tau"), gc.Float(pymath.Tau))
	vm.dictSet(d, vm.intern("inf"), gc.Float(pymath.Inf()))
	vm.dictSet(d, vm.intern("nan"), gc.Float(pymath.NaN()))
	vm.dictSet(d, vm.intern("infj"), vm.newComplex(0, pymath.Inf()))
	vm.dictSet(d, vm.intern("nanj"), vm.newComplex(0, pymath.NaN()))
	unary := map[string]func(complex128) (complex128, error){
		"sqrt": pycmath.Sqrt, "exp": pycmath.Exp, "log10": pycmath.Log10,
		"acos": pycmath.Acos, "acosh": pycmath.Acosh, "asin": pycmath.Asin, "asinh": pycmath.Asinh,
		"atan": pycmath.Atan, "atanh": pycmath.Atanh, "cos": pycmath.Cos, "cosh": pycmath.Cosh,
		"sin": pycmath.Sin, "sinh": pycmath.Sinh, "tan": pycmath.Tan, "tanh": pycmath.Tanh,
	}
	for name, f := range unary {
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			z, err := vm.cmathOneArg(name, args, kw)
			if err != nil {
				return vEmpty, err
			}
			r, err := f(z)
			if err != nil {
				return vEmpty, vm.cmathErr(err)
			}
			return vm.complexValue(r), nil
		})
	}
	preds := map[string]func(complex128) bool{
		"isfinite": pycmath.IsFinite, "isinf": pycmath.IsInf, "isnan": pycmath.IsNaN,
	}
	for name, f := range preds {
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			z, err := vm.cmathOneArg(name, args, kw)
			if err != nil {
				return vEmpty, err
			}
			return gc.Bool(f(z)), nil
		})
	}
	vm.def(d, "phase", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		z, err := vm.cmathOneArg("phase", args, kw)
		if err != nil {
			return vEmpty, err
		}
		phi, err := pycmath.Phase(z)
		if err != nil {
			return vEmpty, vm.cmathErr(err)
		}
		return gc.Float(phi), nil
	})
	vm.def(d, "polar", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		z, err := vm.cmathOneArg("polar", args, kw)
		if err != nil {
			return vEmpty, err
		}
		r, phi, err := pycmath.Polar(z)
		if err != nil {
			return vEmpty, vm.cmathErr(err)
		}
		return vm.newTuple([]gc.Value{gc.Float(r), gc.Float(phi)}), nil
	})
	vm.def(d, "rect", cmathRect)
	vm.def(d, "log", cmathLog)
	vm.def(d, "isclose", cmathIsClose)
}

// cmathRect is cmath.rect(r, phi).
func cmathRect(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if err := vm.noKw("cmath.rect", kw); err != nil {
		return vEmpty, err
	}
	if err := vm.nargs("rect", args, 2, 2); err != nil {
		return vEmpty, err
	}
	r, err := vm.argRealDouble(args[0])
	if err != nil {
		return vEmpty, err
	}
	phi, err := vm.argRealDouble(args[1])
	if err != nil {
		return vEmpty, err
	}
	z, err := pycmath.Rect(r, phi)
	if err != nil {
		return vEmpty, vm.cmathErr(err)
	}
	return vm.complexValue(z), nil
}

// cmathLog is cmath.log(x[, base]).
func cmathLog(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if err := vm.noKw("cmath.log", kw); err != nil {
		return vEmpty, err
	}
	if err := vm.nargs("log", args, 1, 2); err != nil {
		return vEmpty, err
	}
	x, err := vm.argComplex(args[0])
	if err != nil {
		return vEmpty, err
	}
	var r complex128
	if len(args) == 2 {
		var base complex128
		if base, err = vm.argComplex(args[1]); err != nil {
			return vEmpty, err
		}
		r, err = pycmath.LogBase(x, base)
	} else {
		r, err = pycmath.Log(x)
	}
	if err != nil {
		return vEmpty, vm.cmathErr(err)
	}
	return vm.complexValue(r), nil
}

// cmathIsClose is cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func cmathIsClose(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	pos, kv, err := vm.kwArgs("isclose", args, kw, "a", "b", "rel_tol", "abs_tol")
	if err != nil {
		return vEmpty, err
	}
	if len(pos) > 2 {
		return vEmpty, vm.raise("TypeError", "isclose() takes exactly 2 positional arguments (%d given)", len(pos))
	}
	for i, p := range pos {
		if !kv[i].IsEmpty() {
			return vEmpty, vm.raise("TypeError", "argument for isclose() given by name ('%s') and position (%d)", [2]string{"a", "b"}[i], i+1)
		}
		kv[i] = p
	}
	for i, name := range [2]string{"a", "b"} {
		if kv[i].IsEmpty() {
			return vEmpty, vm.raise("TypeError", "isclose() missing required argument '%s' (pos %d)", name, i+1)
		}
	}
	var ab [2]complex128
	for i := range ab {
		if ab[i], err = vm.argComplex(kv[i]); err != nil {
			return vEmpty, err
		}
	}
	tol := [2]float64{1e-09, 0}
	for i := range tol {
		if v := kv[2+i]; !v.IsEmpty() {
			if tol[i], err = vm.argRealDouble(v); err != nil {
				return vEmpty, err
			}
		}
	}
	r, err := pycmath.IsClose(ab[0], ab[1], tol[0], tol[1])
	if err != nil {
		return vEmpty, vm.cmathErr(err)
	}
	return gc.Bool(r), nil
}
