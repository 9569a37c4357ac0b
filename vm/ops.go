// ops.go holds the generic paths of the operators: arithmetic on ints
// (through vm/num, exact, with big ints), floats, sequences and user
// classes' dunders; comparisons; truth; hashing; containment; unpacking.
// The interpreter tries its inline int/float fast paths first and comes
// here only when they do not apply.

package vm

import (
	"math"
	"math/big"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/num"
)

// opInfo gives each binary opcode its symbol and dunder names.
var opInfo = map[bytecode.Op]struct{ sym, name, rname, iname string }{
	bytecode.ADD:      {"+", "__add__", "__radd__", "__iadd__"},
	bytecode.SUB:      {"-", "__sub__", "__rsub__", "__isub__"},
	bytecode.MUL:      {"*", "__mul__", "__rmul__", "__imul__"},
	bytecode.TRUEDIV:  {"/", "__truediv__", "__rtruediv__", "__itruediv__"},
	bytecode.FLOORDIV: {"//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	bytecode.MOD:      {"%", "__mod__", "__rmod__", "__imod__"},
	bytecode.POW:      {"** or pow()", "__pow__", "__rpow__", "__ipow__"},
	bytecode.MATMUL:   {"@", "__matmul__", "__rmatmul__", "__imatmul__"},
	bytecode.LSHIFT:   {"<<", "__lshift__", "__rlshift__", "__ilshift__"},
	bytecode.RSHIFT:   {">>", "__rshift__", "__rrshift__", "__irshift__"},
	bytecode.BITAND:   {"&", "__and__", "__rand__", "__iand__"},
	bytecode.BITOR:    {"|", "__or__", "__ror__", "__ior__"},
	bytecode.BITXOR:   {"^", "__xor__", "__rxor__", "__ixor__"},
}

// isIntLike reports whether v is an int or bool.
func isIntLike(v gc.Value) bool {
	t := v.Tag()
	return t == gc.TagInt || t == TagBigInt || t == gc.TagBool
}

// toInt returns v as a num.Int (v must be int-like).
func (vm *VM) toInt(v gc.Value) num.Int {
	switch v.Tag() {
	case gc.TagInt, gc.TagBool:
		return num.NewInt(int64(v.Bits()))
	}
	return num.NewIntBig(vm.bigOf(v))
}

// fromInt converts a num.Int to a value.
func (vm *VM) fromInt(x num.Int) gc.Value {
	if i, ok := x.Int64(); ok {
		return gc.Int(i)
	}
	return vm.newBig(x.BigShared()) // side big.Ints are never mutated
}

// toFloat converts an int-like or float value to float64.
func (vm *VM) toFloat(v gc.Value) (float64, error) {
	switch v.Tag() {
	case gc.TagFloat:
		return v.Float(), nil
	case gc.TagInt, gc.TagBool:
		return float64(int64(v.Bits())), nil
	case TagBigInt:
		f, err := vm.intView(v).Float()
		if err != nil {
			return 0, vm.numErr(err)
		}
		return f, nil
	}
	if base, ok := vm.baseOf(v); ok && base.Tag() != TagStr {
		return vm.toFloat(base)
	}
	return 0, vm.raise("TypeError", "must be real number, not %s", vm.typeOf(v).Name)
}

// numErr converts a *num.Error to a raised exception.
func (vm *VM) numErr(err error) error {
	if e, ok := err.(*num.Error); ok {
		return vm.raise(e.Type, "%s", e.Msg)
	}
	if err == errRaised {
		return err
	}
	return vm.raise("SystemError", "%s", err.Error())
}

// binaryOp is the generic path of a binary operator.
func (vm *VM) binaryOp(op bytecode.Op, a, b gc.Value) (gc.Value, error) {
	if a.Tag() == TagObject && b.Tag() == TagObject {
		// two instances of one Python class: straight to __op__ (fastcall.go)
		if r, ok, err := vm.binaryDunder(op, a, b); ok {
			return r, err
		}
	}
	if isIntLike(a) && isIntLike(b) {
		return vm.intOp(op, a, b)
	}
	af, bf := a.Tag() == gc.TagFloat, b.Tag() == gc.TagFloat
	if (af || isIntLike(a)) && (bf || isIntLike(b)) && (af || bf) {
		x, err := vm.toFloat(a)
		if err != nil {
			return vEmpty, err
		}
		y, err := vm.toFloat(b)
		if err != nil {
			return vEmpty, err
		}
		if v, ok, err := vm.floatOp(op, x, y); ok || err != nil {
			return v, err
		}
	}
	if v, ok, err := vm.seqOp(op, a, b); ok || err != nil {
		return v, err
	}
	if v, ok, err := vm.complexBinaryOp(op, a, b); ok || err != nil {
		return v, err
	}
	if v, ok, err := vm.bytesBinaryOp(op, a, b); ok || err != nil {
		return v, err
	}
	if v, ok, err := vm.viewBinaryOp(op, a, b); ok || err != nil {
		return v, err
	}
	info := opInfo[op]
	if ba, bb := vm.unwrap(a), vm.unwrap(b); ba != a || bb != b {
		if r, ok, err := vm.tryDunders(a, b, info.name, info.rname); ok || err != nil {
			return r, err
		}
		r, err := vm.binaryOp(op, ba, bb)
		if err != nil && vm.isExcType(vm.exc, "TypeError") && strings.HasPrefix(vm.excMessage(vm.exc), "unsupported operand type(s)") {
			// Name the subclasses, not the builtin values inside them.
			vm.exc = vEmpty
			return vEmpty, vm.raise("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", info.sym, vm.typeOf(a).Name, vm.typeOf(b).Name)
		}
		return r, err
	}
	if op == bytecode.MUL {
		if seq, n, ok := vm.seqTimesIndex(a, b); ok {
			// the numeric dunders first, then the sequence repetition
			// by the other operand's __index__
			if r, found, err := vm.tryDunders(a, b, info.name, info.rname); found || err != nil {
				return r, err
			}
			i, err := vm.indexValue(n)
			if err != nil {
				return vEmpty, err
			}
			return vm.binaryOp(op, seq, gc.Int(i))
		}
	}
	return vm.dunderBinary(a, b, info.name, info.rname, info.sym)
}

// seqTimesIndex recognises seq * x and x * seq where seq is a builtin
// sequence and x an instance whose class defines __index__.
func (vm *VM) seqTimesIndex(a, b gc.Value) (seq, n gc.Value, ok bool) {
	isSeq := func(v gc.Value) bool {
		switch v.Tag() {
		case TagStr, TagList, TagTuple, TagBytes, TagByteArray:
			return true
		}
		return false
	}
	hasIndex := func(v gc.Value) bool {
		if v.Tag() != TagObject {
			return false
		}
		_, ok := vm.lookupS(vm.typeOf(v), "__index__")
		return ok
	}
	switch {
	case isSeq(a) && hasIndex(b):
		return a, b, true
	case isSeq(b) && hasIndex(a):
		return b, a, true
	}
	return vEmpty, vEmpty, false
}

// tryDunders tries the Python-level a.__op__(b) and b.__rop__(a) only.
func (vm *VM) tryDunders(a, b gc.Value, name, rname string) (gc.Value, bool, error) {
	ta, tb := vm.typeOf(a), vm.typeOf(b)
	if m, ok := vm.lookupS(ta, name); ok && (m.Tag() == TagFunc || vm.nativeMethod(m)) {
		r, err := vm.callPy(m, a, b)
		if err != nil || r.Tag() != TagNotImpl {
			return r, true, err
		}
	}
	if ta != tb {
		if m, ok := vm.lookupS(tb, rname); ok && (m.Tag() == TagFunc || vm.nativeMethod(m)) {
			r, err := vm.callPy(m, b, a)
			if err != nil || r.Tag() != TagNotImpl {
				return r, true, err
			}
		}
	}
	return vEmpty, false, nil
}

// dunderBinary tries a.__op__(b), then b.__rop__(a).
func (vm *VM) dunderBinary(a, b gc.Value, name, rname, sym string) (gc.Value, error) {
	ta, tb := vm.typeOf(a), vm.typeOf(b)
	// An instance of a subclass on the right whose class overrides the
	// reflected method goes first (CPython's SLOT1BINFULL).
	reflFirst := false
	if ta != tb && a.Tag() == TagObject && b.Tag() == TagObject && isSubtype(tb, ta) {
		if rb, ok := vm.lookupS(tb, rname); ok {
			ra, found := vm.lookupS(ta, rname)
			reflFirst = !found || ra != rb
		}
	}
	if reflFirst {
		m, _ := vm.lookupS(tb, rname)
		r, err := vm.callPy(m, b, a)
		if err != nil || r.Tag() != TagNotImpl {
			return r, err
		}
	}
	if m, ok := vm.lookupS(ta, name); ok {
		r, err := vm.callPy(m, a, b)
		if err != nil {
			return vEmpty, err
		}
		if r.Tag() != TagNotImpl {
			return r, nil
		}
	}
	if ta != tb && !reflFirst {
		if m, ok := vm.lookupS(tb, rname); ok {
			r, err := vm.callPy(m, b, a)
			if err != nil {
				return vEmpty, err
			}
			if r.Tag() != TagNotImpl {
				return r, nil
			}
		}
	}
	if sym == "+" {
		// PyNumber_Add then concatenates a sequence left operand.
		switch a.Tag() {
		case TagStr, TagList, TagTuple:
			return vEmpty, vm.raise("TypeError", "can only concatenate %s (not \"%s\") to %s", ta.Name, tb.Name, ta.Name)
		}
	}
	if sym == "*" {
		// PyNumber_Multiply then repeats a sequence operand by the other.
		isSeq := func(v gc.Value) bool {
			t := v.Tag()
			return t == TagStr || t == TagList || t == TagTuple || isBytesTag(t)
		}
		if isSeq(a) {
			return vEmpty, vm.raise("TypeError", "can't multiply sequence by non-int of type '%s'", tb.Name)
		}
		if isSeq(b) && !vm.hasIndex(a) {
			return vEmpty, vm.raise("TypeError", "can't multiply sequence by non-int of type '%s'", ta.Name)
		}
	}
	return vEmpty, vm.raise("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.Name, tb.Name)
}

// inplaceOp is the generic path of an augmented assignment.
func (vm *VM) inplaceOp(op bytecode.Op, a, b gc.Value) (gc.Value, error) {
	if a.Tag() == TagList && op == bytecode.ADD {
		if err := vm.listExtend(a, b); err != nil {
			return vEmpty, err
		}
		return a, nil
	}
	if a.Tag() == TagByteArray {
		if r, ok, err := vm.byteArrayInplace(op, a, b); ok || err != nil {
			return r, err
		}
	}
	if a.Tag() == TagObject {
		if m, ok := vm.lookupS(vm.typeOf(a), opInfo[op].iname); ok {
			r, err := vm.callPy(m, a, b)
			if err != nil || r.Tag() != TagNotImpl {
				return r, err
			}
		}
	}
	if r, ok, err := vm.containerInplace(op, a, b); ok {
		return r, err
	}
	if a.Tag() == TagSet {
		if ok, err := vm.setInplace(op, a, vm.unwrap(b)); ok || err != nil {
			return a, err
		}
	}
	if a.Tag() == TagDict && op == bytecode.BITOR {
		return a, vm.dictUpdate(a, b)
	}
	v, err := vm.binaryOp(op, a, b)
	if err != nil && vm.exc.Tag() == TagObject && vm.typeOf(vm.exc) == vm.excTypes["TypeError"] {
		// CPython names the augmented operator in the message.
		info := opInfo[op]
		msg := vm.excMessage(vm.exc)
		pre := "unsupported operand type(s) for " + info.sym + ":"
		if strings.HasPrefix(msg, pre) {
			vm.exc = vEmpty
			sym := info.sym
			if op == bytecode.POW {
				sym = "**"
			}
			return vEmpty, vm.raise("TypeError", "unsupported operand type(s) for %s=:%s", sym, msg[len(pre):])
		}
	}
	return v, err
}

// intOp performs an int operation exactly.
func (vm *VM) intOp(op bytecode.Op, a, b gc.Value) (gc.Value, error) {
	// The 128-bit path serves big operands, and the operators by which two
	// int64s overflow; num's int64 path is faster for the rest.
	if a.Tag() == TagBigInt || b.Tag() == TagBigInt || op == bytecode.MUL || op == bytecode.ADD || op == bytecode.SUB || op == bytecode.LSHIFT {
		if v, ok := vm.intOp128(op, a, b); ok {
			return v, nil
		}
		// Wider operands or results: math/big on views of the digits
		// (fastbig.go), without copying operands.
		if v, ok := vm.bigOpFast(op, a, b); ok {
			return v, nil
		}
	}
	x, y := vm.intView(a), vm.intView(b)
	var r num.Int
	var err error
	switch op {
	case bytecode.ADD:
		r = x.Add(y)
	case bytecode.SUB:
		r = x.Sub(y)
	case bytecode.MUL:
		r = x.Mul(y)
	case bytecode.TRUEDIV:
		f, err := x.TrueDiv(y)
		if err != nil {
			return vEmpty, vm.numErr(err)
		}
		return gc.Float(f), nil
	case bytecode.FLOORDIV:
		r, err = x.FloorDiv(y)
	case bytecode.MOD:
		r, err = x.Mod(y)
	case bytecode.POW:
		if y.Sign() < 0 {
			f, err := x.PowFloat(y)
			if err != nil {
				return vEmpty, vm.numErr(err)
			}
			return gc.Float(f), nil
		}
		r, err = x.Pow(y)
	case bytecode.LSHIFT:
		r, err = x.Lsh(y)
	case bytecode.RSHIFT:
		r, err = x.Rsh(y)
	case bytecode.BITAND:
		r = x.And(y)
	case bytecode.BITOR:
		r = x.Or(y)
	case bytecode.BITXOR:
		r = x.Xor(y)
	default:
		return vEmpty, vm.raise("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", opInfo[op].sym, vm.typeOf(a).Name, vm.typeOf(b).Name)
	}
	if err != nil {
		return vEmpty, vm.numErr(err)
	}
	if op == bytecode.BITAND || op == bytecode.BITOR || op == bytecode.BITXOR {
		if a.Tag() == gc.TagBool && b.Tag() == gc.TagBool {
			i, _ := r.Int64()
			return gc.Bool(i != 0), nil
		}
	}
	return vm.fromInt(r), nil
}

// floatOp performs a float operation; ok is false for operators floats do
// not support.
func (vm *VM) floatOp(op bytecode.Op, x, y float64) (gc.Value, bool, error) {
	switch op {
	case bytecode.ADD:
		return gc.Float(x + y), true, nil
	case bytecode.SUB:
		return gc.Float(x - y), true, nil
	case bytecode.MUL:
		return gc.Float(x * y), true, nil
	case bytecode.TRUEDIV:
		if y == 0 {
			return vEmpty, true, vm.raise("ZeroDivisionError", "float division by zero")
		}
		return gc.Float(x / y), true, nil
	case bytecode.FLOORDIV:
		r, err := num.FloatFloorDiv(x, y)
		if err != nil {
			return vEmpty, true, vm.numErr(err)
		}
		return gc.Float(r), true, nil
	case bytecode.MOD:
		r, err := num.FloatMod(x, y)
		if err != nil {
			return vEmpty, true, vm.numErr(err)
		}
		return gc.Float(r), true, nil
	case bytecode.POW:
		r, isC, err := num.FloatPow(x, y)
		if err != nil {
			return vEmpty, true, vm.numErr(err)
		}
		if isC {
			v, err := vm.floatPowComplex(x, y)
			return v, true, err
		}
		return gc.Float(r), true, nil
	}
	return vEmpty, false, nil
}

// seqOp handles + and * on str, list and tuple, and str % args.
func (vm *VM) seqOp(op bytecode.Op, a, b gc.Value) (gc.Value, bool, error) {
	ta, tb := a.Tag(), b.Tag()
	switch op {
	case bytecode.ADD:
		if ta != tb {
			if ta == TagStr || ta == TagList || ta == TagTuple {
				if b.Tag() == TagObject {
					return vEmpty, false, nil
				}
				what := map[gc.Tag]string{TagStr: "str", TagList: "list", TagTuple: "tuple"}[ta]
				if ta == TagStr {
					return vEmpty, true, vm.raise("TypeError", "can only concatenate str (not \"%s\") to str", vm.typeOf(b).Name)
				}
				return vEmpty, true, vm.raise("TypeError", "can only concatenate %s (not \"%s\") to %s", what, vm.typeOf(b).Name, what)
			}
			return vEmpty, false, nil
		}
		switch ta {
		case TagStr:
			return vm.strConcat(a, b), true, nil
		case TagList:
			x, y := vm.listItems(a), vm.listItems(b)
			l := vm.newList(x, len(x)+len(y))
			for _, v := range vm.listItems(b) {
				vm.listAppend(l, v)
			}
			return l, true, nil
		case TagTuple:
			x, y := vm.tupleItems(a), vm.tupleItems(b)
			items := make([]gc.Value, 0, len(x)+len(y))
			items = append(append(items, x...), y...)
			return vm.newTuple(items), true, nil
		}
	case bytecode.MUL:
		if isIntLike(a) && (tb == TagStr || tb == TagList || tb == TagTuple) {
			a, b = b, a
			ta, tb = tb, ta
		}
		if isIntLike(b) && (ta == TagStr || ta == TagList || ta == TagTuple) {
			if tb == TagBigInt {
				return vEmpty, true, vm.raise("OverflowError", "cannot fit 'int' into an index-sized integer")
			}
			n := int(int64(b.Bits()))
			if n < 0 {
				n = 0
			}
			switch ta {
			case TagStr:
				s := vm.str(a)
				if repeatTooBig(len(s), n, maxStrBytes) {
					return vEmpty, true, vm.raise("MemoryError", "")
				}
				return vm.newStr(strings.Repeat(s, n)), true, nil
			case TagList:
				x := vm.listItems(a)
				if repeatTooBig(len(x), n, maxSeqItems) {
					return vEmpty, true, vm.raise("MemoryError", "")
				}
				// Straight into the heap: a Go slice of the result would be
				// as big again in Go's heap (peak RSS, docs/heap.md).
				count := repeatCount(len(x), n)
				out := vm.newList(nil, len(x)*count)
				st := vm.slot(out.Ref(), 0).Ref()
				all := vm.slotsOf(st, len(x)*count)
				src := vm.listItems(a)
				for i := 0; i < count; i++ {
					copy(all[i*len(src):], src)
				}
				vm.listSetLen(out, len(x)*count)
				return out, true, nil
			case TagTuple:
				x := vm.tupleItems(a)
				if repeatTooBig(len(x), n, maxSeqItems) {
					return vEmpty, true, vm.raise("MemoryError", "")
				}
				items := make([]gc.Value, 0, len(x)*n)
				for i := 0; i < repeatCount(len(x), n); i++ {
					items = append(items, x...)
				}
				return vm.newTuple(items), true, nil
			}
		}
		if (ta == TagStr || ta == TagList || ta == TagTuple) && tb != TagObject {
			return vEmpty, true, vm.raise("TypeError", "can't multiply sequence by non-int of type '%s'", vm.typeOf(b).Name)
		}
		if (tb == TagStr || tb == TagList || tb == TagTuple) && ta != TagObject && !isIntLike(a) && !isBytesTag(ta) {
			return vEmpty, true, vm.raise("TypeError", "can't multiply sequence by non-int of type '%s'", vm.typeOf(a).Name)
		}
	case bytecode.MOD:
		if ta == TagStr {
			if s, ok := vm.fastPercentStr(vm.str(a), b); ok {
				return s, true, nil
			}
			s, err := vm.percentFormat(vm.str(a), b)
			if err != nil {
				return vEmpty, true, err
			}
			return vm.newStr(s), true, nil
		}
	case bytecode.BITOR, bytecode.BITAND, bytecode.SUB, bytecode.BITXOR:
		if (ta == TagSet || ta == TagFrozenset) && (tb == TagSet || tb == TagFrozenset) {
			r, err := vm.setOp(op, a, b)
			return r, true, err
		}
		if op == bytecode.BITOR && ta == TagDict && tb == TagDict {
			d := vm.dictCopy(a, TagDict)
			return d, true, vm.dictUpdate(d, b)
		}
	}
	return vEmpty, false, nil
}

// Limits on the results of sequence repetition: a list or tuple cannot
// hold more values than the 4 GiB heap can, and a str is kept under 2 GiB.
// Past them, `seq * n` raises MemoryError before allocating anything (a
// Go allocation that large would kill the process instead).
const (
	maxSeqItems = 1 << 28
	maxStrBytes = 1 << 31
)

// repeatTooBig reports whether length*n exceeds limit, without overflow.
func repeatTooBig(length, n, limit int) bool {
	return length > 0 && n > limit/length
}

// repeatCount is how many copies a repetition makes: none when the
// sequence is empty, so `[] * 10**12` does not loop 10**12 times.
func repeatCount(length, n int) int {
	if length == 0 {
		return 0
	}
	return n
}

// unaryOp implements -x, +x and ~x.
func (vm *VM) unaryOp(op bytecode.Op, v gc.Value) (gc.Value, error) {
	if isIntLike(v) {
		if op == bytecode.POS && v.Tag() != gc.TagBool {
			return v, nil
		}
		x := vm.intView(v)
		switch op {
		case bytecode.NEG:
			return vm.fromInt(x.Neg()), nil
		case bytecode.POS:
			return vm.fromInt(x), nil
		default:
			return vm.fromInt(x.Invert()), nil
		}
	}
	if v.Tag() == gc.TagFloat {
		switch op {
		case bytecode.NEG:
			return gc.Float(-v.Float()), nil
		case bytecode.POS:
			return v, nil
		}
	}
	if v.Tag() == TagComplex {
		if r, ok := vm.complexUnary(op, v); ok {
			return r, nil
		}
	}
	name, sym := "__neg__", "-"
	switch op {
	case bytecode.POS:
		name, sym = "__pos__", "+"
	case bytecode.INVERT:
		name, sym = "__invert__", "~"
	}
	if m, ok := vm.lookupS(vm.typeOf(v), name); ok {
		return vm.callPy(m, v)
	}
	if base, ok := vm.baseOf(v); ok {
		return vm.unaryOp(op, base)
	}
	return vEmpty, vm.raise("TypeError", "bad operand type for unary %s: '%s'", sym, vm.typeOf(v).Name)
}

// truth implements bool(v).
func (vm *VM) truth(v gc.Value) (bool, error) {
	switch v.Tag() {
	case gc.TagBool, gc.TagInt:
		return v.Bits() != 0, nil
	case gc.TagNone:
		return false, nil
	case gc.TagFloat:
		return v.Float() != 0, nil
	case TagStr:
		return len(vm.str(v)) > 0, nil
	case TagList:
		return vm.listLen(v) > 0, nil
	case TagTuple:
		return vm.numSlots(v.Ref()) > 0, nil
	case TagDict, TagSet, TagFrozenset:
		return vm.dictLen(v) > 0, nil
	case TagDictView:
		return vm.dictLen(vm.slot(v.Ref(), 0)) > 0, nil
	case TagBigInt:
		return true, nil
	case TagRange:
		return !vm.rangeBigLen(v).IsZero(), nil
	case TagObject:
		t := vm.typeOf(v)
		if n := t.nat; n != nil && n.length != nil {
			return n.length(vm, v) > 0, nil
		}
		if m, ok := vm.lookupS(t, "__bool__"); ok {
			r, err := vm.callPy(m, v)
			if err != nil {
				return false, err
			}
			if r.Tag() != gc.TagBool {
				return false, vm.raise("TypeError", "__bool__ should return bool, returned %s", vm.typeOf(r).Name)
			}
			return r.Bits() != 0, nil
		}
		if m, ok := vm.lookupS(t, "__len__"); ok {
			r, err := vm.callPy(m, v)
			if err != nil {
				return false, err
			}
			if !vm.hasIndex(r) {
				return false, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(r).Name)
			}
			n, err := vm.indexValue(r)
			if err != nil {
				return false, err
			}
			if n < 0 {
				return false, vm.raise("ValueError", "__len__() should return >= 0")
			}
			return n != 0, nil
		}
		if base, ok := vm.baseOf(v); ok {
			return vm.truth(base)
		}
	case TagBytes:
		return len(vm.heap.Side(v.Ref()).(string)) > 0, nil
	case TagByteArray:
		return len(vm.byteArrayOf(v).b) > 0, nil
	case TagComplex:
		re, im := vm.complexOf(v)
		return re != 0 || im != 0, nil
	}
	return true, nil
}

// numEq compares two immediates (ints, floats, bools, None) for equality.
func (vm *VM) numEq(a, b gc.Value) bool {
	if a.Tag() == gc.TagFloat || b.Tag() == gc.TagFloat {
		if (a.Tag() == gc.TagFloat || a.Tag() == gc.TagInt || a.Tag() == gc.TagBool) &&
			(b.Tag() == gc.TagFloat || b.Tag() == gc.TagInt || b.Tag() == gc.TagBool) {
			x, _ := vm.toFloat(a)
			y, _ := vm.toFloat(b)
			if a.Tag() != gc.TagFloat || b.Tag() != gc.TagFloat {
				// exact comparison of an int with a float
				var i gc.Value
				var fl float64
				if a.Tag() == gc.TagFloat {
					i, fl = b, x
				} else {
					i, fl = a, y
				}
				c, ok := num.CmpIntFloat(vm.intView(i), fl)
				return ok && c == 0
			}
			return x == y
		}
		return false
	}
	if (a.Tag() == gc.TagInt || a.Tag() == gc.TagBool) && (b.Tag() == gc.TagInt || b.Tag() == gc.TagBool) {
		return a.Bits() == b.Bits()
	}
	return a == b
}

// eqBool implements a == b as a Go bool.
func (vm *VM) eqBool(a, b gc.Value) (bool, error) {
	if a == b && a.Tag() != gc.TagFloat {
		return true, nil
	}
	r, err := vm.compare(bytecode.EQ, a, b)
	if err != nil {
		return false, err
	}
	if r.Tag() == gc.TagBool {
		return r.Bits() != 0, nil
	}
	return vm.truth(r)
}

// cmpSym gives each comparison its symbol, dunder and reflection.
var cmpSym = map[bytecode.Op]struct {
	sym, name string
	refl      bytecode.Op
}{
	bytecode.LT: {"<", "__lt__", bytecode.GT},
	bytecode.LE: {"<=", "__le__", bytecode.GE},
	bytecode.GT: {">", "__gt__", bytecode.LT},
	bytecode.GE: {">=", "__ge__", bytecode.LE},
	bytecode.EQ: {"==", "__eq__", bytecode.EQ},
	bytecode.NE: {"!=", "__ne__", bytecode.NE},
}

// cmpResult turns a three-way comparison into the operator's result.
func cmpResult(op bytecode.Op, c int) bool {
	switch op {
	case bytecode.LT:
		return c < 0
	case bytecode.LE:
		return c <= 0
	case bytecode.GT:
		return c > 0
	case bytecode.GE:
		return c >= 0
	case bytecode.EQ:
		return c == 0
	}
	return c != 0
}

// compare implements the rich comparisons.
func (vm *VM) compare(op bytecode.Op, a, b gc.Value) (gc.Value, error) {
	ta, tb := a.Tag(), b.Tag()
	// numbers
	if isIntLike(a) && isIntLike(b) {
		if x, ok := vm.int128Of(a); ok {
			if y, ok := vm.int128Of(b); ok {
				return gc.Bool(cmpResult(op, x.cmp(y))), nil
			}
		}
		return gc.Bool(cmpResult(op, vm.bigCmp(a, b))), nil
	}
	if (ta == gc.TagFloat || isIntLike(a)) && (tb == gc.TagFloat || isIntLike(b)) {
		if ta == gc.TagFloat && tb == gc.TagFloat {
			x, y := a.Float(), b.Float()
			if math.IsNaN(x) || math.IsNaN(y) {
				return gc.Bool(op == bytecode.NE), nil
			}
			c := 0
			if x < y {
				c = -1
			} else if x > y {
				c = 1
			}
			return gc.Bool(cmpResult(op, c)), nil
		}
		var c int
		var ok bool
		if ta == gc.TagFloat {
			c, ok = num.CmpIntFloat(vm.intView(b), a.Float())
			c = -c
		} else {
			c, ok = num.CmpIntFloat(vm.intView(a), b.Float())
		}
		if !ok {
			return gc.Bool(op == bytecode.NE), nil
		}
		return gc.Bool(cmpResult(op, c)), nil
	}
	if ta == tb {
		switch ta {
		case TagStr:
			return gc.Bool(cmpResult(op, strings.Compare(vm.str(a), vm.str(b)))), nil
		case TagList, TagTuple:
			return vm.seqCompare(op, a, b)
		case gc.TagNone, TagEllipsis, TagNotImpl:
			if op == bytecode.EQ || op == bytecode.NE {
				return gc.Bool(op == bytecode.EQ), nil
			}
		case TagDict:
			if op == bytecode.EQ || op == bytecode.NE {
				eq, err := vm.dictEqual(a, b)
				return gc.Bool(eq == (op == bytecode.EQ)), err
			}
		case TagMethod:
			// Bound methods are equal when they bind the same object to
			// the same function.
			if op == bytecode.EQ || op == bytecode.NE {
				eq := vm.is(vm.slot(a.Ref(), 0), vm.slot(b.Ref(), 0)) && vm.is(vm.slot(a.Ref(), 1), vm.slot(b.Ref(), 1))
				return gc.Bool(eq == (op == bytecode.EQ)), nil
			}
		case TagSlice:
			// Slices compare as the tuples (start, stop, step).
			ta := vm.newTuple(vm.slotsOf(a.Ref(), 3))
			tb := vm.newTuple(vm.slotsOf(b.Ref(), 3))
			return vm.seqCompare(op, ta, tb)
		case TagRange:
			if op == bytecode.EQ || op == bytecode.NE {
				eq := vm.rangeEqual(a, b)
				return gc.Bool(eq == (op == bytecode.EQ)), nil
			}
		}
	}
	if isBytesTag(ta) && isBytesTag(tb) {
		r, _ := vm.bytesCompare(op, a, b)
		return r, nil
	}
	if ta == TagComplex || tb == TagComplex {
		if r, ok := vm.complexCompare(op, a, b); ok {
			return r, nil
		}
	}
	if (ta == TagSet || ta == TagFrozenset) && (tb == TagSet || tb == TagFrozenset) {
		return vm.setCompare(op, a, b)
	}
	if ta == TagDictView || tb == TagDictView {
		if r, ok, err := vm.viewCompare(op, a, b); ok || err != nil {
			return r, err
		}
	}
	info := cmpSym[op]
	tya, tyb := vm.typeOf(a), vm.typeOf(b)
	// A subclass's reflected method goes first.
	reflFirst := tya != tyb && isSubtype(tyb, tya) && ta == TagObject && tb == TagObject
	try := func(x, y gc.Value, name string) (gc.Value, bool, error) {
		if x.Tag() != TagObject && x.Tag() != TagType {
			return vEmpty, false, nil
		}
		m, ok := vm.lookupS(vm.typeOf(x), name)
		if !ok {
			return vEmpty, false, nil
		}
		if err := vm.enterCLevel(cLevelCompare); err != nil {
			return vEmpty, true, err
		}
		r, err := vm.callPy(m, x, y)
		vm.leaveCLevel()
		if err != nil {
			return vEmpty, true, err
		}
		if r.Tag() == TagNotImpl {
			return vEmpty, false, nil
		}
		return r, true, nil
	}
	rname := cmpSym[info.refl].name
	if reflFirst {
		if r, ok, err := try(b, a, rname); ok || err != nil {
			return r, err
		}
	}
	if r, ok, err := try(a, b, info.name); ok || err != nil {
		return r, err
	}
	if !reflFirst {
		if r, ok, err := try(b, a, rname); ok || err != nil {
			return r, err
		}
	}
	if op == bytecode.NE {
		// __ne__ defaults to the inverse of __eq__.
		if r, ok, err := try(a, b, "__eq__"); ok || err != nil {
			if err != nil {
				return r, err
			}
			t, err := vm.truth(r)
			return gc.Bool(!t), err
		}
	}
	if ba, bb := vm.unwrap(a), vm.unwrap(b); ba != a || bb != b {
		return vm.compare(op, ba, bb)
	}
	switch op {
	case bytecode.EQ:
		return gc.Bool(vm.is(a, b)), nil
	case bytecode.NE:
		return gc.Bool(!vm.is(a, b)), nil
	}
	return vEmpty, vm.raise("TypeError", "'%s' not supported between instances of '%s' and '%s'", info.sym, tya.Name, tyb.Name)
}

// seqItems returns the items of a list or tuple.
func (vm *VM) seqItems(v gc.Value) []gc.Value {
	if v.Tag() == TagList {
		return vm.listItems(v)
	}
	return vm.tupleItems(v)
}

// seqCompare compares two lists or two tuples lexicographically.
func (vm *VM) seqCompare(op bytecode.Op, a, b gc.Value) (gc.Value, error) {
	xs, ys := vm.seqItems(a), vm.seqItems(b)
	if (op == bytecode.EQ || op == bytecode.NE) && len(xs) != len(ys) {
		return gc.Bool(op == bytecode.NE), nil
	}
	// A prefix of ints and strs is compared in place: no user code can run
	// there, so the views stay valid and nothing needs copying.
	start, c, decided := vm.seqComparePlain(xs, ys)
	if decided {
		if c != 0 && (op == bytecode.EQ || op == bytecode.NE) {
			return gc.Bool(op == bytecode.NE), nil
		}
		return gc.Bool(cmpResult(op, c)), nil
	}
	x := append([]gc.Value(nil), xs[start:]...)
	y := append([]gc.Value(nil), ys[start:]...)
	for i := 0; i < len(x) && i < len(y); i++ {
		if vm.is(x[i], y[i]) {
			continue // identity implies equality for containers (nan)
		}
		eq, err := vm.eqBool(x[i], y[i])
		if err != nil {
			return vEmpty, err
		}
		if !eq {
			if op == bytecode.EQ {
				return vFalse, nil
			}
			if op == bytecode.NE {
				return vTrue, nil
			}
			return vm.compare(op, x[i], y[i])
		}
	}
	c = 0
	if len(x) < len(y) {
		c = -1
	} else if len(x) > len(y) {
		c = 1
	}
	return gc.Bool(cmpResult(op, c)), nil
}

// seqComparePlain compares the leading items of xs and ys while both items
// of a pair are ints or both strs. It returns decided with the order c
// (-1, 0, 1) when those items, or the lengths after an equal common prefix,
// decide the comparison; otherwise the index of the first pair it could not
// compare.
func (vm *VM) seqComparePlain(xs, ys []gc.Value) (start, c int, decided bool) {
	n := min(len(xs), len(ys))
	for i := 0; i < n; i++ {
		p, q := xs[i], ys[i]
		switch {
		case p.Tag() == gc.TagInt && q.Tag() == gc.TagInt:
			if p.Int() != q.Int() {
				if p.Int() < q.Int() {
					return i, -1, true
				}
				return i, 1, true
			}
		case p.Tag() == TagStr && q.Tag() == TagStr:
			if p != q {
				if c := strings.Compare(vm.str(p), vm.str(q)); c != 0 {
					return i, c, true
				}
			}
		default:
			return i, 0, false
		}
	}
	switch {
	case len(xs) < len(ys):
		return n, -1, true
	case len(xs) > len(ys):
		return n, 1, true
	}
	return n, 0, true
}

// dictEqual compares two dicts.
func (vm *VM) dictEqual(a, b gc.Value) (bool, error) {
	if vm.dictLen(a) != vm.dictLen(b) {
		return false, nil
	}
	keys := vm.dictKeys(a)
	for _, k := range keys {
		v1, _, err := vm.dictGet(a, k)
		if err != nil {
			return false, err
		}
		v2, ok, err := vm.dictGet(b, k)
		if err != nil || !ok {
			return false, err
		}
		eq, err := vm.eqBool(v1, v2)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// hash implements hash(v).
func (vm *VM) hash(v gc.Value) (int64, error) {
	switch v.Tag() {
	case gc.TagInt, gc.TagBool:
		i := int64(v.Bits())
		if i >= 0 && i < 1<<61-1 {
			return i, nil
		}
		if i < 0 && i > -(1<<61-1) {
			// |i| below the modulus 2^61-1: the hash is i itself, except
			// that -1 is reserved (CPython's long_hash).
			if i == -1 {
				return -2, nil
			}
			return i, nil
		}
		return num.NewInt(i).Hash(), nil
	case TagBigInt:
		return vm.intView(v).Hash(), nil
	case gc.TagFloat:
		return num.FloatHash(v.Float()), nil
	case TagStr:
		return vm.strHash(v), nil
	case gc.TagNone:
		return 0x5f5e100 ^ 0x12345, nil
	case TagTuple:
		// CPython's tuple hash (xxHash-based).
		const p1, p2, p5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
		acc := uint64(p5)
		items := vm.tupleItems(v)
		for _, it := range items {
			h, err := vm.hash(it)
			if err != nil {
				return 0, err
			}
			acc += uint64(h) * p2
			acc = acc<<31 | acc>>33
			acc *= p1
		}
		acc += uint64(len(items)) ^ (p5 ^ 3527539)
		if acc == ^uint64(0) {
			return 1546275796, nil
		}
		return int64(acc), nil
	case TagList, TagDict, TagSet, TagSlice:
		return 0, vm.raise("TypeError", "unhashable type: '%s'", vm.typeOf(v).Name)
	case TagRange:
		return vm.rangeHashValue(v)
	case TagDictView:
		if w := vm.rawU64(v.Ref(), 1, 0); w != 1 {
			return 0, vm.raise("TypeError", "unhashable type: '%s'", []string{"dict_keys", "", "dict_items"}[w])
		}
	case TagFrozenset:
		// CPython's frozenset hash over the entries' hashes.
		var acc uint64
		di := vm.dictIdx(v)
		for _, e := range di.cs.order() {
			x := uint64(di.hashes[e])
			acc ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167
		}
		acc ^= (uint64(di.live) + 1) * 1927868237
		acc ^= (acc >> 11) ^ (acc >> 25)
		acc = acc*69069 + 907133923
		if int64(acc) == -1 {
			return 590923713, nil
		}
		return int64(acc), nil
	case TagObject:
		t := vm.typeOf(v)
		if base, ok := vm.baseOf(v); ok {
			if m, _ := vm.lookupS(t, "__hash__"); m.Tag() == TagBuiltin {
				if _, own := vm.dictGetStr(t.Dict, vm.intern("__eq__")); !own {
					return vm.hash(base)
				}
			}
		}
		if m, ok := vm.lookupS(t, "__hash__"); ok {
			if m.Tag() == gc.TagNone {
				return 0, vm.raise("TypeError", "unhashable type: '%s'", t.Name)
			}
			return vm.callHash(m, v)
		}
		if _, own := vm.dictGetStr(t.Dict, vm.intern("__eq__")); own {
			// (lookupS hides slot wrappers: a class body beside its
			// __eq__ may name a builtin's, `__hash__ = str.__hash__`.)
			if w, ok := vm.lookupStringCached(t, "__hash__"); ok && w.Tag() == TagBuiltin && vm.isSlotWrapper(w) {
				return vm.callHash(w, v)
			}
			return 0, vm.raise("TypeError", "unhashable type: '%s'", t.Name)
		}
		if base, ok := vm.baseOf(v); ok {
			return vm.hash(base)
		}
	case TagBytes, TagByteArray:
		return vm.bytesHash(v)
	case TagComplex:
		return vm.complexHash(v), nil
	}
	return int64(v.Bits()>>4) ^ int64(v.Tag()), nil
}

// callHash calls a class's __hash__ method m on v and makes its result
// a hash as CPython's slot_tp_hash does.
func (vm *VM) callHash(m, v gc.Value) (int64, error) {
	r, err := vm.callPy(m, v)
	if err != nil {
		return 0, err
	}
	if !isIntLike(r) {
		return 0, vm.raise("TypeError", "__hash__ method should return an integer")
	}
	if r.Tag() == gc.TagInt || r.Tag() == gc.TagBool {
		// a result that fits a machine word is the hash as is, -1 being
		// reserved
		if h := int64(r.Bits()); h != -1 {
			return h, nil
		}
		return -2, nil
	}
	return vm.toInt(r).Hash(), nil
}

// contains implements x in c.
func (vm *VM) contains(c, x gc.Value) (bool, error) {
	switch c.Tag() {
	case TagStr:
		if x.Tag() != TagStr {
			return false, vm.raise("TypeError", "'in <string>' requires string as left operand, not %s", vm.typeOf(x).Name)
		}
		return strings.Contains(vm.str(c), vm.str(x)), nil
	case TagDict, TagSet, TagFrozenset:
		if c.Tag() != TagDict {
			x = vm.setKey(x)
		}
		_, ok, err := vm.dictGet(c, x)
		return ok, err
	case TagBytes, TagByteArray:
		return vm.bytesContains(c, x)
	case TagDictView:
		return vm.viewContains(c, x)
	case TagList, TagTuple:
		items := vm.seqItems(c)
		for i := 0; i < len(items); i++ {
			if items[i] == x {
				return true, nil
			}
			eq, err := vm.eqBool(items[i], x)
			if err != nil || eq {
				return eq, err
			}
			items = vm.seqItems(c)
		}
		return false, nil
	case TagRange:
		if isIntLike(x) {
			return vm.rangeHas(c, vm.toInt(x)), nil
		}
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(c), "__contains__"); ok {
			r, err := vm.callPy(m, c, x)
			if err != nil {
				return false, err
			}
			return vm.truth(r)
		}
		if base, ok := vm.baseOf(c); ok {
			if _, own := vm.lookupS(vm.typeOf(c), "__iter__"); !own {
				return vm.contains(base, x)
			}
		}
	case TagType:
		if r, ok, err := vm.metaDunder(c, "__contains__", x); ok {
			if err != nil {
				return false, err
			}
			return vm.truth(r)
		}
	}
	it, err := vm.getIter(c)
	if err != nil {
		if vm.isExcType(vm.exc, "TypeError") {
			vm.exc = vEmpty
			return false, vm.raise("TypeError", "argument of type '%s' is not iterable", vm.typeOf(c).Name)
		}
		return false, err
	}
	if vm.isPlainGen(it) {
		return vm.containsGen(it, x) // gendrain.go
	}
	for {
		v, ok, err := vm.next(it)
		if err != nil || !ok {
			return false, err
		}
		eq, err := vm.eqBool(v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// iterate calls f for each item of an iterable; f's false stops.
func (vm *VM) iterate(v gc.Value, f func(x gc.Value) (bool, error)) error {
	switch v.Tag() {
	case TagList, TagTuple:
		for i := 0; ; i++ {
			items := vm.seqItems(v)
			if i >= len(items) {
				return nil
			}
			more, err := f(items[i])
			if err != nil || !more {
				return err
			}
		}
	}
	it, err := vm.getIter(v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := vm.next(it)
		if err != nil || !ok {
			return err
		}
		more, err := f(x)
		if err != nil || !more {
			return err
		}
	}
}

// collect returns the items of an iterable as a Go slice.
func (vm *VM) collect(v gc.Value) ([]gc.Value, error) {
	switch v.Tag() {
	case TagList, TagTuple:
		return append([]gc.Value(nil), vm.seqItems(v)...), nil
	case TagStr:
		out := make([]gc.Value, vm.strChars(v))
		vm.strCharsInto(v, out) // strlist.go
		return out, nil
	}
	var out []gc.Value
	err := vm.iterateFast(v, collectFast(&out), func(x gc.Value) (bool, error) { out = append(out, x); return true, nil })
	return out, err
}

// unpack stores exactly len(dst) items of v in dst.
func (vm *VM) unpack(v gc.Value, dst []gc.Value) error {
	if v.Tag() == TagTuple || v.Tag() == TagList {
		items := vm.seqItems(v)
		if len(items) == len(dst) {
			copy(dst, items)
			return nil
		}
		if len(items) < len(dst) {
			return vm.raise("ValueError", "not enough values to unpack (expected %d, got %d)", len(dst), len(items))
		}
		return vm.raise("ValueError", "too many values to unpack (expected %d)", len(dst))
	}
	it, err := vm.getIter(v)
	if err != nil {
		if vm.isExcType(vm.exc, "TypeError") {
			vm.exc = vEmpty
			return vm.raise("TypeError", "cannot unpack non-iterable %s object", vm.typeOf(v).Name)
		}
		return err
	}
	tmp := make([]gc.Value, len(dst))
	for i := range tmp {
		x, ok, err := vm.next(it)
		if err != nil {
			return err
		}
		if !ok {
			return vm.raise("ValueError", "not enough values to unpack (expected %d, got %d)", len(dst), i)
		}
		tmp[i] = x
	}
	_, ok, err := vm.next(it)
	if err != nil {
		return err
	}
	if ok {
		return vm.raise("ValueError", "too many values to unpack (expected %d)", len(dst))
	}
	copy(dst, tmp)
	return nil
}

// unpackEx does a starred unpack: dst[star] receives a list of the middle.
func (vm *VM) unpackEx(v gc.Value, dst []gc.Value, star int) error {
	items, err := vm.collect(v)
	if err != nil {
		if vm.isExcType(vm.exc, "TypeError") {
			vm.exc = vEmpty
			return vm.raise("TypeError", "cannot unpack non-iterable %s object", vm.typeOf(v).Name)
		}
		return err
	}
	after := len(dst) - star - 1
	if len(items) < len(dst)-1 {
		return vm.raise("ValueError", "not enough values to unpack (expected at least %d, got %d)", len(dst)-1, len(items))
	}
	copy(dst[:star], items[:star])
	mid := vm.newList(items[star:len(items)-after], 0)
	copy(dst[star+1:], items[len(items)-after:])
	dst[star] = mid
	return nil
}

// bigFromValue is a helper for builtins that need *big.Int.
func (vm *VM) bigFromValue(v gc.Value) *big.Int { return vm.toInt(v).Big() }
