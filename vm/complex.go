// complex.go holds the complex type's behaviour: the constructor
// (numbers, strings with CPython's grammar, __complex__, complex
// arguments), arithmetic with int, float and complex operands through
// vm/num (CPython's division, abs and power algorithms), exact equality
// with ints and floats, hashing, truth and the conjugate method. repr
// and format() are in vm/num and vm/strfmt.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/num"
)

// isRealTag reports whether v is an int, bool or float (not a subclass).
func isRealTag(v gc.Value) bool { return isIntLike(v) || v.Tag() == gc.TagFloat }

// complexOperand converts an int, float or complex operand to complex128;
// ok is false for other values.
func (vm *VM) complexOperand(v gc.Value) (complex128, bool, error) {
	switch {
	case v.Tag() == TagComplex:
		re, im := vm.complexOf(v)
		return complex(re, im), true, nil
	case isRealTag(v):
		f, err := vm.toFloat(v)
		if err != nil {
			return 0, true, err
		}
		return complex(f, 0), true, nil
	}
	return 0, false, nil
}

// complexValue makes a complex value from a complex128.
func (vm *VM) complexValue(z complex128) gc.Value { return vm.newComplex(real(z), imag(z)) }

// complexBinaryOp computes a binary operator with a complex operand and an
// int, float or complex other operand; ok is false when it does not
// apply (other operand types, or operators complex lacks, which then
// fail in the generic path with CPython's message).
func (vm *VM) complexBinaryOp(op bytecode.Op, a, b gc.Value) (gc.Value, bool, error) {
	if a.Tag() != TagComplex && b.Tag() != TagComplex {
		return vEmpty, false, nil
	}
	if !(a.Tag() == TagComplex || isRealTag(a)) || !(b.Tag() == TagComplex || isRealTag(b)) {
		return vEmpty, false, nil
	}
	switch op {
	case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.TRUEDIV, bytecode.POW:
	default:
		return vEmpty, false, nil
	}
	x, _, err := vm.complexOperand(a)
	if err != nil {
		return vEmpty, true, err
	}
	y, _, err := vm.complexOperand(b)
	if err != nil {
		return vEmpty, true, err
	}
	var z complex128
	switch op {
	case bytecode.ADD:
		z = complex(real(x)+real(y), imag(x)+imag(y))
	case bytecode.SUB:
		z = complex(real(x)-real(y), imag(x)-imag(y))
	case bytecode.MUL:
		z = num.ComplexMul(x, y)
	case bytecode.TRUEDIV:
		z, err = num.ComplexDiv(x, y)
	case bytecode.POW:
		z, err = vm.complexPow(x, y)
		if err != nil {
			return vEmpty, true, err
		}
	}
	if err != nil {
		return vEmpty, true, vm.numErr(err)
	}
	return vm.complexValue(z), true, nil
}

// floatPowComplex is x ** y for floats whose result is complex (a
// negative base and a non-integral exponent), computed as CPython does:
// by complex power.
func (vm *VM) floatPowComplex(x, y float64) (gc.Value, error) {
	z, err := vm.complexPow(complex(x, 0), complex(y, 0))
	if err != nil {
		return vEmpty, err
	}
	return vm.complexValue(z), nil
}

// complexCompare implements == and != between a complex and an int,
// float or complex, exactly; ok is false otherwise (ordering operators
// then raise the generic TypeError).
func (vm *VM) complexCompare(op bytecode.Op, a, b gc.Value) (gc.Value, bool) {
	if op != bytecode.EQ && op != bytecode.NE {
		return vEmpty, false
	}
	if b.Tag() == TagComplex && a.Tag() != TagComplex {
		a, b = b, a
	}
	if a.Tag() != TagComplex {
		return vEmpty, false
	}
	re, im := vm.complexOf(a)
	var eq bool
	switch {
	case b.Tag() == TagComplex:
		re2, im2 := vm.complexOf(b)
		eq = re == re2 && im == im2
	case b.Tag() == gc.TagFloat:
		eq = re == b.Float() && im == 0
	case isIntLike(b):
		if im == 0 {
			c, ok := num.CmpIntFloat(vm.toInt(b), re)
			eq = ok && c == 0
		}
	default:
		return vEmpty, false
	}
	return gc.Bool(eq == (op == bytecode.EQ)), true
}

// complexHash is hash() of a complex.
func (vm *VM) complexHash(v gc.Value) int64 {
	re, im := vm.complexOf(v)
	return num.ComplexHash(complex(re, im))
}

// complexAbs is abs() of a complex.
func (vm *VM) complexAbs(v gc.Value) (gc.Value, error) {
	re, im := vm.complexOf(v)
	f, err := num.ComplexAbs(complex(re, im))
	if err != nil {
		return vEmpty, vm.numErr(err)
	}
	return gc.Float(f), nil
}

// complexUnary implements -z and +z; ok is false for ~.
func (vm *VM) complexUnary(op bytecode.Op, v gc.Value) (gc.Value, bool) {
	re, im := vm.complexOf(v)
	switch op {
	case bytecode.NEG:
		return vm.newComplex(-re, -im), true
	case bytecode.POS:
		return vm.newComplex(re, im), true
	}
	return vEmpty, false
}

// initComplex installs complex's methods.
func (vm *VM) initComplex() {
	t := vm.tagTypes[TagComplex]
	self := func(vm *VM, args []gc.Value, name string) (gc.Value, error) {
		if len(args) < 1 {
			return vEmpty, vm.raise("TypeError", "unbound method complex.%s() needs an argument", name)
		}
		v := vm.unwrap(args[0])
		if v.Tag() != TagComplex {
			return vEmpty, vm.raise("TypeError", "descriptor '%s' for 'complex' objects doesn't apply to a '%s' object", name, vm.typeOf(args[0]).Name)
		}
		if len(args) > 1 {
			return vEmpty, vm.raise("TypeError", "complex.%s() takes no arguments (%d given)", name, len(args)-1)
		}
		return v, nil
	}
	vm.methods(t, map[string]bfunc{
		"conjugate": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			v, err := self(vm, args, "conjugate")
			if err != nil {
				return vEmpty, err
			}
			re, im := vm.complexOf(v)
			return vm.newComplex(re, -im), nil
		},
		"__complex__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			v, err := self(vm, args, "__complex__")
			if err != nil {
				return vEmpty, err
			}
			re, im := vm.complexOf(v)
			return vm.newComplex(re, im), nil
		},
		"__getnewargs__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			v, err := self(vm, args, "__getnewargs__")
			if err != nil {
				return vEmpty, err
			}
			re, im := vm.complexOf(v)
			return vm.newTuple([]gc.Value{gc.Float(re), gc.Float(im)}), nil
		},
	})
}

// ctorComplex is complex(real=0, imag=0).
func ctorComplex(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
	pos, kv, err := vm.kwArgs("complex", args, kw, "real", "imag")
	if err != nil {
		return vEmpty, err
	}
	if len(pos) > 2 {
		return vEmpty, vm.raise("TypeError", "complex() takes at most 2 arguments (%d given)", len(pos))
	}
	for i, p := range pos {
		if !kv[i].IsEmpty() {
			return vEmpty, vm.raise("TypeError", "argument for complex() given by name ('%s') and position (%d)", [2]string{"real", "imag"}[i], i+1)
		}
		kv[i] = p
	}
	r, i := kv[0], kv[1]
	if r.IsEmpty() {
		r = gc.Int(0)
	}
	if r.Tag() == TagStr || vm.isInstance(r, vm.tStr) {
		if !i.IsEmpty() {
			return vEmpty, vm.raise("TypeError", "complex() can't take second arg if first is a string")
		}
		return vm.complexFromString(vm.unwrap(r))
	}
	if !i.IsEmpty() && (i.Tag() == TagStr || vm.isInstance(i, vm.tStr)) {
		return vEmpty, vm.raise("TypeError", "complex() second arg can't be a string")
	}
	var cr, ci complex128
	crIsComplex, ciIsComplex := false, false
	if r.Tag() == TagObject {
		if m, ok := vm.lookupS(vm.typeOf(r), "__complex__"); ok {
			x, err := vm.callValue(m, []gc.Value{r}, nil)
			if err != nil {
				return vEmpty, err
			}
			if vm.unwrap(x).Tag() != TagComplex {
				return vEmpty, vm.raise("TypeError", "__complex__ returned non-complex (type %s)", vm.typeOf(x).Name)
			}
			r = vm.unwrap(x)
		}
	}
	if !vm.isNumberLike(r) {
		return vEmpty, vm.raise("TypeError", "complex() first argument must be a string or a number, not '%s'", vm.typeOf(r).Name)
	}
	if !i.IsEmpty() && !vm.isNumberLike(i) {
		return vEmpty, vm.raise("TypeError", "complex() second argument must be a number, not '%s'", vm.typeOf(i).Name)
	}
	if u := vm.unwrap(r); u.Tag() == TagComplex {
		re, im := vm.complexOf(u)
		cr, crIsComplex = complex(re, im), true
	} else {
		f, err := vm.numberToFloat(r)
		if err != nil {
			return vEmpty, err
		}
		cr = complex(f, 0)
	}
	if i.IsEmpty() {
		ci = complex(imag(cr), 0)
	} else if u := vm.unwrap(i); u.Tag() == TagComplex {
		re, im := vm.complexOf(u)
		ci, ciIsComplex = complex(re, im), true
	} else {
		f, err := vm.numberToFloat(i)
		if err != nil {
			return vEmpty, err
		}
		ci = complex(f, 0)
	}
	re, im := real(cr), real(ci)
	if ciIsComplex {
		re -= imag(ci)
	}
	if crIsComplex && !i.IsEmpty() {
		im += imag(cr)
	}
	return vm.newComplex(re, im), nil
}

// isNumberLike reports whether v can be a complex() argument: an int,
// float or complex (or subclass), or an object with __float__ or
// __index__.
func (vm *VM) isNumberLike(v gc.Value) bool {
	u := vm.unwrap(v)
	if isRealTag(u) || u.Tag() == TagComplex {
		return true
	}
	if v.Tag() == TagObject {
		t := vm.typeOf(v)
		for _, n := range []string{"__float__", "__index__"} {
			if _, ok := vm.lookupS(t, n); ok {
				return true
			}
		}
	}
	return false
}

// numberToFloat is float(v) for a number-like value (PyNumber_Float).
func (vm *VM) numberToFloat(v gc.Value) (float64, error) {
	if u := vm.unwrap(v); isRealTag(u) {
		f, err := vm.toFloat(u)
		if err != nil && vm.isExcType(vm.exc, "OverflowError") {
			vm.exc = vEmpty
			return 0, vm.raise("OverflowError", "int too large to convert to float")
		}
		return f, err
	}
	r, err := ctorFloat(vm, vm.tFloat, []gc.Value{v}, nil)
	if err != nil {
		return 0, err
	}
	return vm.toFloat(vm.unwrap(r))
}

// complexFromString parses complex(s) as CPython's complex_from_string.
func (vm *VM) complexFromString(sv gc.Value) (gc.Value, error) {
	orig := vm.str(sv)
	s := num.DecimalAndSpaceToASCII(orig)
	malformed := func() (gc.Value, error) {
		return vEmpty, vm.raise("ValueError", "complex() arg is a malformed string")
	}
	if strings.IndexByte(s, '_') >= 0 {
		var b strings.Builder
		prev := byte(0)
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '_' {
				if !isDigit(prev) {
					return vEmpty, vm.raise("ValueError", "could not convert string to complex: %s", num.StrRepr(orig))
				}
			} else {
				if prev == '_' && !isDigit(c) {
					return vEmpty, vm.raise("ValueError", "could not convert string to complex: %s", num.StrRepr(orig))
				}
				b.WriteByte(c)
			}
			prev = c
		}
		if prev == '_' {
			return vEmpty, vm.raise("ValueError", "could not convert string to complex: %s", num.StrRepr(orig))
		}
		s = b.String()
	}
	if !isASCII(s) {
		return malformed()
	}
	i := 0
	skip := func() {
		for i < len(s) && isBytesSpace(s[i]) {
			i++
		}
	}
	skip()
	bracket := false
	if i < len(s) && s[i] == '(' {
		bracket = true
		i++
		skip()
	}
	var x, y float64
	isJ := func() bool { return i < len(s) && (s[i] == 'j' || s[i] == 'J') }
	if z, n := num.Strtod(s[i:]); n > 0 {
		i += n
		switch {
		case i < len(s) && (s[i] == '+' || s[i] == '-'):
			x = z
			if z2, n2 := num.Strtod(s[i:]); n2 > 0 {
				y = z2
				i += n2
			} else {
				y = 1
				if s[i] == '-' {
					y = -1
				}
				i++
			}
			if !isJ() {
				return malformed()
			}
			i++
		case isJ():
			i++
			y = z
		default:
			x = z
		}
	} else {
		y = 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				y = -1
			}
			i++
		}
		if !isJ() {
			return malformed()
		}
		i++
	}
	skip()
	if bracket {
		if i >= len(s) || s[i] != ')' {
			return malformed()
		}
		i++
		skip()
	}
	if i != len(s) {
		return malformed()
	}
	return vm.newComplex(x, y), nil
}

// complexPow is a ** b as CPython's complex_pow (num.ComplexPow).
func (vm *VM) complexPow(a, b complex128) (complex128, error) {
	z, err := num.ComplexPow(a, b)
	if err != nil {
		return 0, vm.numErr(err)
	}
	return z, nil
}
