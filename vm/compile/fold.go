package compile

// This file holds constValue, the part of CPython 3.11's AST optimizer
// (Python/ast_opt.c) that the compiler checks depend on: which expressions
// it folds into a constant, and into which value.
//
// compile.c runs the optimizer before generating code, so it sees folded
// trees. Three checks look at the result: a match value and a mapping key
// must be constants (a negative or complex number literal is a UnaryOp or
// BinOp until folded; an f-string never folds), duplicate mapping keys are
// found by comparing the folded values with Python's ==, and a return
// statement with a constant value takes its position from the value rather
// than from the statement.
//
// The folder works bottom-up like ast_opt.c: a unary or binary operation
// on constants, a subscript of a constant by a constant, a tuple display of
// constants and the name __debug__ fold; an operation that would raise
// (1/0, 'a' - 1) does not, and neither do results the optimizer refuses to
// build because they could be large (integers over 128 bits from *, ** and
// <<, sequences over 256 items, strings over 4096 characters).
//
// Values follow Python's arithmetic (floor division and modulo signs,
// float_pow's special cases, CPython's complex product, quotient and
// power), because a later fold may depend on them; float results may differ
// from CPython's in the last bit where Go's math library rounds otherwise,
// which never changes whether something folds except at overflow edges.

import (
	"math"
	"math/big"
	"strings"

	"github.com/hotloop/hotloop/vm/num"
	"github.com/hotloop/hotloop/vm/syntax"
)

// Limits of ast_opt.c's safe_multiply, safe_power and safe_lshift.
const (
	maxIntBits        = 128
	maxCollectionSize = 256
	maxStrSize        = 4096
	maxTotalItems     = 1024
)

// tupleConst is a folded tuple of constants.
type tupleConst []syntax.ConstValue

// Repr returns the tuple as Python's repr prints it.
func (t tupleConst) Repr() string {
	var b strings.Builder
	b.WriteByte('(')
	for i, v := range t {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.Repr())
	}
	if len(t) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return b.String()
}

// constValue returns the constant that the AST optimizer turns e into, and
// whether it does.
func constValue(e syntax.Expr) (syntax.ConstValue, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		return e.Value, e.Value != nil
	case *syntax.Name:
		if e.Ctx == syntax.Load && e.Id == "__debug__" {
			return syntax.BoolConst(true), true
		}
	case *syntax.UnaryOp:
		v, ok := constValue(e.Operand)
		if !ok {
			return nil, false
		}
		return foldUnary(e.Op, v)
	case *syntax.BinOp:
		l, ok := constValue(e.Left)
		if !ok {
			return nil, false
		}
		r, ok := constValue(e.Right)
		if !ok {
			return nil, false
		}
		return foldBinary(e.Op, l, r)
	case *syntax.Tuple:
		if e.Ctx != syntax.Load {
			return nil, false
		}
		t := make(tupleConst, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := constValue(x)
			if !ok {
				return nil, false
			}
			t[i] = v
		}
		return t, true
	case *syntax.Subscript:
		if e.Ctx != syntax.Load {
			return nil, false
		}
		v, ok := constValue(e.Value)
		if !ok {
			return nil, false
		}
		i, ok := constValue(e.Slice)
		if !ok {
			return nil, false
		}
		return foldSubscript(v, i)
	}
	return nil, false
}

// ---- numbers ----

// number is a numeric constant: an int (bools included), a float or a
// complex.
type number struct {
	kind uint8 // intNum, floatNum or complexNum
	i    *big.Int
	f    float64
	c    complex128
}

const (
	intNum uint8 = iota
	floatNum
	complexNum
)

// asNumber returns v as a number, if it is one.
func asNumber(v syntax.ConstValue) (number, bool) {
	switch v := v.(type) {
	case syntax.BoolConst:
		if v {
			return number{kind: intNum, i: big.NewInt(1)}, true
		}
		return number{kind: intNum, i: new(big.Int)}, true
	case syntax.IntConst:
		if v.V == nil {
			return number{}, false
		}
		return number{kind: intNum, i: v.V}, true
	case syntax.FloatConst:
		return number{kind: floatNum, f: float64(v)}, true
	case syntax.ComplexConst:
		return number{kind: complexNum, c: complex(v.Real, v.Imag)}, true
	}
	return number{}, false
}

// intToFloat converts as Python's int.__float__: correctly rounded, and an
// OverflowError (false) when out of range.
func intToFloat(i *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(i).Float64()
	return f, !math.IsInf(f, 0)
}

// toFloat converts an int or float number to a float.
func (n number) toFloat() (float64, bool) {
	if n.kind == intNum {
		return intToFloat(n.i)
	}
	return n.f, true
}

// toComplex converts any number to a complex.
func (n number) toComplex() (complex128, bool) {
	if n.kind == complexNum {
		return n.c, true
	}
	f, ok := n.toFloat()
	return complex(f, 0), ok
}

func (n number) value() syntax.ConstValue {
	switch n.kind {
	case intNum:
		return syntax.IntConst{V: n.i}
	case floatNum:
		return syntax.FloatConst(n.f)
	}
	return syntax.ComplexConst{Real: real(n.c), Imag: imag(n.c)}
}

// truth is Python's truth value of a constant.
func truth(v syntax.ConstValue) bool {
	switch v := v.(type) {
	case syntax.NoneConst:
		return false
	case syntax.BoolConst:
		return bool(v)
	case syntax.IntConst:
		return v.V != nil && v.V.Sign() != 0
	case syntax.FloatConst:
		return v != 0
	case syntax.ComplexConst:
		return v.Real != 0 || v.Imag != 0
	case syntax.StrConst:
		return v != ""
	case syntax.BytesConst:
		return v != ""
	case tupleConst:
		return len(v) > 0
	}
	return true
}

// foldUnary folds a unary operation (fold_unaryop).
func foldUnary(op syntax.UnaryOpKind, v syntax.ConstValue) (syntax.ConstValue, bool) {
	if op == syntax.Not {
		return syntax.BoolConst(!truth(v)), true
	}
	n, ok := asNumber(v)
	if !ok {
		return nil, false
	}
	switch op {
	case syntax.UAdd:
		return n.value(), true
	case syntax.USub:
		switch n.kind {
		case intNum:
			return syntax.IntConst{V: new(big.Int).Neg(n.i)}, true
		case floatNum:
			return syntax.FloatConst(-n.f), true
		}
		return syntax.ComplexConst{Real: -real(n.c), Imag: -imag(n.c)}, true
	case syntax.Invert:
		if n.kind == intNum {
			return syntax.IntConst{V: new(big.Int).Not(n.i)}, true
		}
	}
	return nil, false
}

// foldBinary folds a binary operation (fold_binop).
func foldBinary(op syntax.Operator, l, r syntax.ConstValue) (syntax.ConstValue, bool) {
	switch op {
	case syntax.Add:
		switch a := l.(type) {
		case syntax.StrConst:
			if b, ok := r.(syntax.StrConst); ok {
				return a + b, true
			}
			return nil, false
		case syntax.BytesConst:
			if b, ok := r.(syntax.BytesConst); ok {
				return a + b, true
			}
			return nil, false
		case tupleConst:
			if b, ok := r.(tupleConst); ok {
				return append(append(tupleConst{}, a...), b...), true
			}
			return nil, false
		}
	case syntax.Mult:
		return safeMultiply(l, r)
	case syntax.Mod:
		switch l.(type) {
		case syntax.StrConst, syntax.BytesConst:
			return nil, false // %-formatting is not folded
		}
	case syntax.Pow:
		return safePower(l, r)
	case syntax.LShift, syntax.RShift, syntax.BitOr, syntax.BitXor, syntax.BitAnd:
		return foldBits(op, l, r)
	case syntax.MatMult:
		return nil, false
	}
	a, ok := asNumber(l)
	if !ok {
		return nil, false
	}
	b, ok := asNumber(r)
	if !ok {
		return nil, false
	}
	n, ok := arith(op, a, b)
	if !ok {
		return nil, false
	}
	return n.value(), true
}

// arith computes +, -, *, /, // and % on two numbers as Python does; false
// when Python raises.
func arith(op syntax.Operator, a, b number) (number, bool) {
	kind := max(a.kind, b.kind)
	switch kind {
	case intNum:
		x, y := a.i, b.i
		switch op {
		case syntax.Add:
			return number{kind: intNum, i: new(big.Int).Add(x, y)}, true
		case syntax.Sub:
			return number{kind: intNum, i: new(big.Int).Sub(x, y)}, true
		case syntax.Mult:
			return number{kind: intNum, i: new(big.Int).Mul(x, y)}, true
		case syntax.Div:
			if y.Sign() == 0 {
				return number{}, false
			}
			f, _ := new(big.Rat).SetFrac(x, y).Float64()
			if math.IsInf(f, 0) {
				return number{}, false
			}
			return number{kind: floatNum, f: f}, true
		case syntax.FloorDiv, syntax.Mod:
			if y.Sign() == 0 {
				return number{}, false
			}
			q, m := new(big.Int).QuoRem(x, y, new(big.Int))
			if m.Sign() != 0 && m.Sign() != y.Sign() {
				q.Sub(q, big.NewInt(1))
				m.Add(m, y)
			}
			if op == syntax.FloorDiv {
				return number{kind: intNum, i: q}, true
			}
			return number{kind: intNum, i: m}, true
		}
	case floatNum:
		x, ok1 := a.toFloat()
		y, ok2 := b.toFloat()
		if !ok1 || !ok2 {
			return number{}, false
		}
		var f float64
		switch op {
		case syntax.Add:
			f = x + y
		case syntax.Sub:
			f = x - y
		case syntax.Mult:
			f = x * y
		case syntax.Div:
			if y == 0 {
				return number{}, false
			}
			f = x / y
		case syntax.FloorDiv:
			if y == 0 {
				return number{}, false
			}
			f, _ = floatDivmod(x, y)
		case syntax.Mod:
			if y == 0 {
				return number{}, false
			}
			_, f = floatDivmod(x, y)
		default:
			return number{}, false
		}
		return number{kind: floatNum, f: f}, true
	case complexNum:
		x, ok1 := a.toComplex()
		y, ok2 := b.toComplex()
		if !ok1 || !ok2 {
			return number{}, false
		}
		ar, ai, br, bi := real(x), imag(x), real(y), imag(y)
		var re, im float64
		switch op {
		case syntax.Add:
			re, im = ar+br, ai+bi
		case syntax.Sub:
			re, im = ar-br, ai-bi
		case syntax.Mult:
			// Explicit conversions keep the products unfused, as in C.
			re = float64(ar*br) - float64(ai*bi)
			im = float64(ar*bi) + float64(ai*br)
		case syntax.Div:
			var ok bool
			re, im, ok = complexQuotient(ar, ai, br, bi)
			if !ok {
				return number{}, false
			}
		default:
			return number{}, false
		}
		return number{kind: complexNum, c: complex(re, im)}, true
	}
	return number{}, false
}

// floatDivmod is Python's float divmod (float_divmod).
func floatDivmod(x, y float64) (div, mod float64) {
	mod = math.Mod(x, y)
	div = (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	if div != 0 {
		fl := math.Floor(div)
		if div-fl > 0.5 {
			fl++
		}
		div = fl
	} else {
		div = math.Copysign(0, x/y)
	}
	return div, mod
}

// complexQuotient divides as CPython's _Py_c_quot; false for a division by
// zero.
func complexQuotient(ar, ai, br, bi float64) (re, im float64, ok bool) {
	absR, absI := math.Abs(br), math.Abs(bi)
	switch {
	case absR >= absI:
		if absR == 0 {
			return 0, 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return (ar + float64(ai*ratio)) / denom, (ai - float64(ar*ratio)) / denom, true
	case absI >= absR:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return (float64(ar*ratio) + ai) / denom, (float64(ai*ratio) - ar) / denom, true
	}
	return math.NaN(), math.NaN(), true
}

// asInt returns v as an integer if it is an int or a bool.
func asInt(v syntax.ConstValue) (*big.Int, bool) {
	n, ok := asNumber(v)
	if !ok || n.kind != intNum {
		return nil, false
	}
	return n.i, true
}

// seqLen is the length of a str (in code points), bytes or tuple, and
// whether v is one of them.
func seqLen(v syntax.ConstValue) (int, bool) {
	switch v := v.(type) {
	case syntax.StrConst:
		return codePoints(string(v)), true
	case syntax.BytesConst:
		return len(v), true
	case tupleConst:
		return len(v), true
	}
	return 0, false
}

// codePoints counts the code points of a WTF-8 string.
func codePoints(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// complexity subtracts the items of t, nested tuples included, from limit
// (check_complexity).
func complexity(v syntax.ConstValue, limit int) int {
	t, ok := v.(tupleConst)
	if !ok {
		return limit
	}
	limit -= len(t)
	for i := 0; limit >= 0 && i < len(t); i++ {
		limit = complexity(t[i], limit)
	}
	return limit
}

// safeMultiply folds a * b unless the result could be large
// (safe_multiply).
func safeMultiply(a, b syntax.ConstValue) (syntax.ConstValue, bool) {
	if x, ok := asInt(a); ok {
		if y, ok := asInt(b); ok {
			if x.Sign() != 0 && y.Sign() != 0 && x.BitLen()+y.BitLen() > maxIntBits {
				return nil, false
			}
			return syntax.IntConst{V: new(big.Int).Mul(x, y)}, true
		}
		if size, ok := seqLen(b); ok {
			n := int64(0)
			if x.IsInt64() {
				n = x.Int64()
			} else {
				n = -1 // PyLong_AsLong fails
			}
			if size > 0 {
				limit := int64(maxStrSize)
				if _, isTuple := b.(tupleConst); isTuple {
					limit = maxCollectionSize
				}
				if n < 0 || n > limit/int64(size) {
					return nil, false
				}
				if _, isTuple := b.(tupleConst); isTuple && n > 0 && complexity(b, maxTotalItems/int(n)) < 0 {
					return nil, false
				}
			} else if !x.IsInt64() {
				return nil, false
			}
			return repeat(b, n), true
		}
	} else if _, ok := seqLen(a); ok {
		if _, ok := asInt(b); ok {
			return safeMultiply(b, a)
		}
	}
	x, ok := asNumber(a)
	if !ok {
		return nil, false
	}
	y, ok := asNumber(b)
	if !ok {
		return nil, false
	}
	n, ok := arith(syntax.Mult, x, y)
	if !ok {
		return nil, false
	}
	return n.value(), true
}

// repeat is seq * n for a str, bytes or tuple.
func repeat(seq syntax.ConstValue, n int64) syntax.ConstValue {
	if n < 0 {
		n = 0
	}
	switch v := seq.(type) {
	case syntax.StrConst:
		return syntax.StrConst(strings.Repeat(string(v), int(n)))
	case syntax.BytesConst:
		return syntax.BytesConst(strings.Repeat(string(v), int(n)))
	case tupleConst:
		out := make(tupleConst, 0, len(v)*int(n))
		for i := int64(0); i < n; i++ {
			out = append(out, v...)
		}
		return out
	}
	return seq
}

// safePower folds a ** b unless the result could be large (safe_power).
func safePower(a, b syntax.ConstValue) (syntax.ConstValue, bool) {
	x, ok := asNumber(a)
	if !ok {
		return nil, false
	}
	y, ok := asNumber(b)
	if !ok {
		return nil, false
	}
	if x.kind == intNum && y.kind == intNum {
		if y.i.Sign() >= 0 {
			if x.i.Sign() != 0 && y.i.Sign() > 0 {
				if !y.i.IsUint64() || uint64(x.i.BitLen()) > maxIntBits/y.i.Uint64() {
					return nil, false
				}
			}
			return syntax.IntConst{V: new(big.Int).Exp(x.i, y.i, nil)}, true
		}
		// A negative exponent gives a float.
	}
	if x.kind == complexNum || y.kind == complexNum {
		xc, ok1 := x.toComplex()
		yc, ok2 := y.toComplex()
		if !ok1 || !ok2 {
			return nil, false
		}
		n, ok := complexPow(xc, yc)
		if !ok {
			return nil, false
		}
		return n.value(), true
	}
	xf, ok1 := x.toFloat()
	yf, ok2 := y.toFloat()
	if !ok1 || !ok2 {
		return nil, false
	}
	n, ok := floatPow(xf, yf)
	if !ok {
		return nil, false
	}
	return n.value(), true
}

// floatPow is Python's float ** float (float_pow), computed by vm/num so
// that a folded constant equals the value the interpreter would compute;
// false where Python raises. A negative base with a fractional exponent
// gives a complex.
func floatPow(x, y float64) (number, bool) {
	r, isComplex, err := num.FloatPow(x, y)
	if isComplex {
		return complexPow(complex(x, 0), complex(y, 0))
	}
	if err != nil {
		return number{}, false // ZeroDivisionError or OverflowError
	}
	return number{kind: floatNum, f: r}, true
}

// complexPow is Python's complex ** complex (complex_pow), computed by
// vm/num; false where Python raises.
func complexPow(a, b complex128) (number, bool) {
	c, err := num.ComplexPow(a, b)
	if err != nil {
		return number{}, false // ZeroDivisionError or OverflowError
	}
	return number{kind: complexNum, c: c}, true
}

// foldBits folds <<, >>, |, ^ and & on integers; |, ^ and & of two bools
// give a bool.
func foldBits(op syntax.Operator, a, b syntax.ConstValue) (syntax.ConstValue, bool) {
	x, ok := asInt(a)
	if !ok {
		return nil, false
	}
	y, ok := asInt(b)
	if !ok {
		return nil, false
	}
	ba, aBool := a.(syntax.BoolConst)
	bb, bBool := b.(syntax.BoolConst)
	both := aBool && bBool
	switch op {
	case syntax.BitOr:
		if both {
			return ba || bb, true
		}
		return syntax.IntConst{V: new(big.Int).Or(x, y)}, true
	case syntax.BitXor:
		if both {
			return syntax.BoolConst(ba != bb), true
		}
		return syntax.IntConst{V: new(big.Int).Xor(x, y)}, true
	case syntax.BitAnd:
		if both {
			return ba && bb, true
		}
		return syntax.IntConst{V: new(big.Int).And(x, y)}, true
	case syntax.LShift:
		if y.Sign() < 0 {
			return nil, false // ValueError: negative shift count
		}
		if x.Sign() == 0 {
			return syntax.IntConst{V: new(big.Int)}, true
		}
		if y.Sign() != 0 && (!y.IsUint64() || y.Uint64() > maxIntBits || uint64(x.BitLen()) > maxIntBits-y.Uint64()) {
			return nil, false
		}
		return syntax.IntConst{V: new(big.Int).Lsh(x, uint(y.Uint64()))}, true
	case syntax.RShift:
		if y.Sign() < 0 {
			return nil, false
		}
		if !y.IsUint64() || y.Uint64() > uint64(x.BitLen()) {
			if x.Sign() < 0 {
				return syntax.IntConst{V: big.NewInt(-1)}, true
			}
			return syntax.IntConst{V: new(big.Int)}, true
		}
		return syntax.IntConst{V: new(big.Int).Rsh(x, uint(y.Uint64()))}, true
	}
	return nil, false
}

// foldSubscript folds seq[index] for a str, bytes or tuple and an integer
// index (fold_subscr).
func foldSubscript(seq, index syntax.ConstValue) (syntax.ConstValue, bool) {
	i, ok := asInt(index)
	if !ok {
		return nil, false
	}
	n, ok := seqLen(seq)
	if !ok || !i.IsInt64() {
		return nil, false
	}
	k := i.Int64()
	if k < 0 {
		k += int64(n)
	}
	if k < 0 || k >= int64(n) {
		return nil, false
	}
	switch v := seq.(type) {
	case syntax.StrConst:
		s := string(v)
		for j := 0; j < len(s); j++ {
			if s[j]&0xC0 == 0x80 {
				continue
			}
			if k == 0 {
				end := j + 1
				for end < len(s) && s[end]&0xC0 == 0x80 {
					end++
				}
				return syntax.StrConst(s[j:end]), true
			}
			k--
		}
		return nil, false
	case syntax.BytesConst:
		return syntax.IntConst{V: big.NewInt(int64(v[k]))}, true
	case tupleConst:
		return v[k], true
	}
	return nil, false
}

// ---- equality ----

// constEqual is Python's == on two constants, for the duplicate keys of a
// mapping pattern: numbers compare by value across int, float, complex and
// bool; strings, bytes and tuples by content.
func constEqual(a, b syntax.ConstValue) bool {
	if x, ok := asNumber(a); ok {
		y, ok := asNumber(b)
		return ok && numEqual(x, y)
	}
	switch a := a.(type) {
	case syntax.NoneConst:
		_, ok := b.(syntax.NoneConst)
		return ok
	case syntax.EllipsisConst:
		_, ok := b.(syntax.EllipsisConst)
		return ok
	case syntax.StrConst:
		s, ok := b.(syntax.StrConst)
		return ok && s == a
	case syntax.BytesConst:
		s, ok := b.(syntax.BytesConst)
		return ok && s == a
	case tupleConst:
		t, ok := b.(tupleConst)
		if !ok || len(t) != len(a) {
			return false
		}
		for i := range a {
			if !constEqual(a[i], t[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// numEqual compares two numbers exactly, as Python does (an int is not
// rounded to a float to compare with one).
func numEqual(x, y number) bool {
	if x.kind > y.kind {
		x, y = y, x
	}
	switch y.kind {
	case intNum:
		return x.i.Cmp(y.i) == 0
	case floatNum:
		if x.kind == floatNum {
			return x.f == y.f
		}
		return intEqualsFloat(x.i, y.f)
	}
	// y is complex.
	if x.kind == complexNum {
		return x.c == y.c
	}
	if imag(y.c) != 0 {
		return false
	}
	if x.kind == intNum {
		return intEqualsFloat(x.i, real(y.c))
	}
	return x.f == real(y.c)
}

// intEqualsFloat reports whether the integer i equals the float f exactly.
func intEqualsFloat(i *big.Int, f float64) bool {
	if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) {
		return false
	}
	fi, _ := big.NewFloat(f).Int(nil)
	return fi.Cmp(i) == 0
}
