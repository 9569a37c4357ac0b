// repr.go holds repr(), str() and format() of every value, the f-string
// FORMAT instruction, and str % args through vm/strfmt.

package vm

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/num"
	"github.com/hotloop/hotloop/vm/strfmt"
)

// maxStrDigits is sys.get_int_max_str_digits()'s default.
const maxStrDigits = 4300

// intStr returns str of an int-like value.
func (vm *VM) intStr(v gc.Value) (string, error) {
	switch v.Tag() {
	case gc.TagInt:
		return strconv.FormatInt(v.Int(), 10), nil
	case gc.TagBool:
		return strconv.FormatInt(int64(v.Bits()), 10), nil
	}
	if s, ok := vm.int128Str(v); ok {
		return s, nil
	}
	s, err := vm.toInt(v).Str(maxStrDigits)
	if err != nil {
		return "", vm.numErr(err)
	}
	return s, nil
}

// addr is the fake address printed in default reprs.
func addr(v gc.Value) string { return fmt.Sprintf("0x%012x", 0x7f0000000000+v.Bits()) }

// reprOf implements repr(v).
func (vm *VM) reprOf(v gc.Value) (string, error) {
	switch v.Tag() {
	case gc.TagNone:
		return "None", nil
	case gc.TagBool:
		if v.Bits() != 0 {
			return "True", nil
		}
		return "False", nil
	case gc.TagInt, TagBigInt:
		return vm.intStr(v)
	case gc.TagFloat:
		return num.FloatRepr(v.Float()), nil
	case TagStr:
		return num.StrRepr(vm.str(v)), nil
	case TagNotImpl:
		return "NotImplemented", nil
	case TagEllipsis:
		return "Ellipsis", nil
	case TagList, TagTuple, TagDict, TagSet, TagFrozenset, TagDictView:
		return vm.containerRepr(v)
	case TagRange:
		return vm.rangeReprStr(v), nil
	case TagFunc:
		return fmt.Sprintf("<function %s at %s>", vm.str(vm.slot(v.Ref(), fnQualName)), addr(v)), nil
	case TagType:
		if s, ok, err := vm.metaRepr(v, "__repr__"); ok {
			return s, err
		}
		t := vm.typeOfRef(v.Ref())
		if t.Module == "builtins" {
			return "<class '" + t.Name + "'>", nil
		}
		q := t.qualname()
		return "<class '" + t.Module + "." + q + "'>", nil
	case TagBuiltin:
		bf := vm.heap.Side(v.Ref()).(*builtinFn)
		if self := vm.slot(v.Ref(), 0); !self.IsEmpty() && self.Tag() != TagModule {
			name := bf.name
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
			if vm.isWrapper(bf) {
				return fmt.Sprintf("<method-wrapper '%s' of %s object at %s>", name, vm.typeOf(self).Name, addr(self)), nil
			}
			return fmt.Sprintf("<built-in method %s of %s object at %s>", name, vm.typeOf(self).Name, addr(self)), nil
		}
		if bf.owner != nil && !bf.static && !bf.classMethod {
			name := bf.name[strings.LastIndexByte(bf.name, '.')+1:]
			if vm.isWrapper(bf) {
				return fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", name, bf.owner.Name), nil
			}
			return fmt.Sprintf("<method '%s' of '%s' objects>", name, bf.owner.Name), nil
		}
		if bf.static && bf.objclass != nil {
			return fmt.Sprintf("<built-in method %s of type object at %s>", bf.shortName(), addr(bf.objclass.Value())), nil
		}
		if bf.classMethod && bf.objclass != nil {
			return fmt.Sprintf("<method '%s' of '%s' objects>", bf.shortName(), bf.objclass.Name), nil
		}
		return "<built-in function " + bf.name + ">", nil
	case TagStaticMethod, TagClassMethod:
		inner, err := vm.reprOf(vm.slot(v.Ref(), 0))
		if err != nil {
			return "", err
		}
		return "<" + vm.typeOf(v).Name + "(" + inner + ")>", nil
	case TagMethod:
		fn := vm.slot(v.Ref(), 0)
		self := vm.slot(v.Ref(), 1)
		sr, err := vm.reprOf(self)
		if err != nil {
			return "", err
		}
		q := "?"
		if fn.Tag() == TagFunc {
			q = vm.str(vm.slot(fn.Ref(), fnQualName))
		}
		return "<bound method " + q + " of " + sr + ">", nil
	case TagModule:
		return vm.moduleRepr(v)
	case TagSlice:
		parts := make([]string, 3)
		for i := range parts {
			s, err := vm.reprOf(vm.slot(v.Ref(), i))
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return "slice(" + strings.Join(parts, ", ") + ")", nil
	case TagCell:
		return "<cell at " + addr(v) + ">", nil
	case TagBytes, TagByteArray:
		return vm.bytesRepr(v), nil
	case TagComplex:
		re, im := vm.complexOf(v)
		return num.ComplexRepr(complex(re, im)), nil
	case TagObject:
		t := vm.typeOf(v)
		if m, ok := vm.lookupS(t, "__repr__"); ok && vm.nativeDunder(m) {
			if err := vm.enterCLevel(cLevelRepr); err != nil {
				return "", err
			}
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			vm.leaveCLevel()
			if err != nil {
				return "", err
			}
			if r.Tag() != TagStr {
				return "", vm.raise("TypeError", "__repr__ returned non-string (type %s)", vm.typeOf(r).Name)
			}
			return vm.strKeep(r), nil
		}
		if t.isExc {
			return vm.excRepr(v)
		}
		if base, ok := vm.baseOf(v); ok {
			if isSetTag(base.Tag()) {
				// set and frozenset print their subclass's name.
				if vm.dictLen(base) == 0 {
					return t.Name + "()", nil
				}
				s, err := vm.reprOf(vm.dictCopy(base, TagSet))
				return t.Name + "(" + s + ")", err
			}
			if base.Tag() == TagByteArray {
				// bytearray, too, prints its subclass's name.
				return t.Name + "(" + num.ByteArrayRepr(vm.byteArrayOf(base).b) + ")", nil
			}
			return vm.reprOf(base)
		}
		q := t.qualname()
		if t.Module == "builtins" {
			return fmt.Sprintf("<%s object at %s>", q, addr(v)), nil
		}
		return fmt.Sprintf("<%s.%s object at %s>", t.Module, q, addr(v)), nil
	case TagIter:
		if vm.kindOf(v.Ref()) == kindGenerator {
			fn := vm.slot(v.Ref(), genFunc)
			return fmt.Sprintf("<%s object %s at %s>", vm.typeOf(v).Name, vm.str(vm.slot(fn.Ref(), fnQualName)), addr(v)), nil
		}
		if t := vm.typeOf(v); t.native {
			if m, ok := vm.lookupS(t, "__repr__"); ok && vm.nativeDunder(m) {
				r, err := vm.callValue(m, []gc.Value{v}, nil)
				if err != nil || r.Tag() != TagStr {
					return "", err
				}
				return vm.strKeep(r), nil
			}
		}
		return fmt.Sprintf("<%s object at %s>", vm.typeOf(v).Name, addr(v)), nil
	case TagProperty:
		if vm.isGetSet(v) {
			return vm.getsetRepr(v), nil
		}
		return "<property object at " + addr(v) + ">", nil
	case TagSuper:
		return "<super object>", nil
	}
	return fmt.Sprintf("<%s object at %s>", vm.typeOf(v).Name, addr(v)), nil
}

// excRepr is BaseException.__repr__.
func (vm *VM) excRepr(v gc.Value) (string, error) {
	args := vm.excArgs(v)
	name := vm.typeOf(v).Name
	if len(args) == 1 {
		s, err := vm.reprOf(args[0])
		return name + "(" + s + ")", err
	}
	s, err := vm.reprOf(vm.slot(v.Ref(), excArgsSlot))
	if err != nil {
		return "", err
	}
	if len(args) == 0 {
		return name + "()", nil
	}
	return name + s, nil
}

// containerRepr prints lists, tuples, dicts and sets, with CPython's
// "[...]" for recursive containers.
func (vm *VM) containerRepr(v gc.Value) (string, error) {
	if vm.reprActive == nil {
		vm.reprActive = map[gc.Value]bool{}
	}
	if vm.reprActive[v] {
		switch v.Tag() {
		case TagList:
			return "[...]", nil
		case TagDict:
			return "{...}", nil
		case TagTuple:
			return "(...)", nil
		case TagSet, TagFrozenset:
			return vm.typeOf(v).Name + "(...)", nil
		}
		return "...", nil
	}
	vm.reprActive[v] = true
	defer delete(vm.reprActive, v)
	var b strings.Builder
	switch v.Tag() {
	case TagList, TagTuple:
		open, close := "[", "]"
		if v.Tag() == TagTuple {
			open, close = "(", ")"
		}
		b.WriteString(open)
		n := len(vm.seqItems(v))
		for i := 0; i < n; i++ {
			items := vm.seqItems(v)
			if i >= len(items) {
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := vm.reprOf(items[i])
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		}
		if v.Tag() == TagTuple && n == 1 {
			b.WriteString(",")
		}
		b.WriteString(close)
	case TagDict:
		b.WriteString("{")
		keys := vm.dictKeys(v)
		for i, k := range keys {
			val, ok, _ := vm.dictGet(v, k)
			if !ok {
				continue
			}
			if i > 0 {
				b.WriteString(", ")
			}
			ks, err := vm.reprOf(k)
			if err != nil {
				return "", err
			}
			vs, err := vm.reprOf(val)
			if err != nil {
				return "", err
			}
			b.WriteString(ks + ": " + vs)
		}
		b.WriteString("}")
	case TagSet, TagFrozenset:
		keys := vm.dictKeys(v)
		if len(keys) == 0 {
			if v.Tag() == TagSet {
				return "set()", nil
			}
			return "frozenset()", nil
		}
		if v.Tag() == TagFrozenset {
			b.WriteString("frozenset(")
		}
		b.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			ks, err := vm.reprOf(k)
			if err != nil {
				return "", err
			}
			b.WriteString(ks)
		}
		b.WriteString("}")
		if v.Tag() == TagFrozenset {
			b.WriteString(")")
		}
	case TagDictView:
		which := vm.rawU64(v.Ref(), 1, 0)
		b.WriteString([]string{"dict_keys(", "dict_values(", "dict_items("}[which])
		it, _ := vm.getIter(v)
		items, err := vm.collect(it)
		if err != nil {
			return "", err
		}
		s, err := vm.reprOf(vm.newList(items, 0))
		if err != nil {
			return "", err
		}
		b.WriteString(s + ")")
	}
	return b.String(), nil
}

// strOf implements str(v).
func (vm *VM) strOf(v gc.Value) (string, error) {
	switch v.Tag() {
	case TagStr:
		return vm.str(v), nil
	case gc.TagInt:
		return strconv.FormatInt(v.Int(), 10), nil
	case gc.TagFloat:
		return num.FloatRepr(v.Float()), nil
	case TagObject:
		t := vm.typeOf(v)
		if m, ok := vm.lookupS(t, "__str__"); ok && m.Tag() != TagBuiltin {
			if err := vm.enterCLevel(cLevelStr); err != nil {
				return "", err
			}
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			vm.leaveCLevel()
			if err != nil {
				return "", err
			}
			if r.Tag() != TagStr {
				return "", vm.raise("TypeError", "__str__ returned non-string (type %s)", vm.typeOf(r).Name)
			}
			return vm.strKeep(r), nil
		}
		if base, ok := vm.baseOf(v); ok && base.Tag() == TagStr {
			return vm.str(base), nil
		}
		if t.isExc {
			if s, ok := vm.unicodeErrorStr(v); ok {
				return s, nil
			}
			if s, ok, err := vm.osErrorStr(v); ok {
				return s, err
			}
			if vm.isExcGroup(v) {
				return vm.excGroupStr(v)
			}
			args := vm.excArgs(v)
			switch len(args) {
			case 0:
				return "", nil
			case 2:
				if isSubtype(t, vm.excTypes["SyntaxError"]) {
					if s, ok := vm.syntaxErrorStr(args); ok {
						return s, nil
					}
				}
			case 1:
				if isSubtype(t, vm.excTypes["KeyError"]) {
					return vm.reprOf(args[0])
				}
				return vm.strOf(args[0])
			}
			return vm.reprOf(vm.slot(v.Ref(), excArgsSlot))
		}
		if m, ok := vm.lookupS(t, "__repr__"); ok && m.Tag() == TagFunc {
			// object.__str__ calls the type's __repr__ slot; str() then
			// checks the result as __str__'s.
			// Two levels: PyObject_Str, then PyObject_Repr.
			if err := vm.enterCLevel(cLevelStr); err != nil {
				return "", err
			}
			err := vm.enterCLevel(cLevelRepr)
			var r gc.Value
			if err == nil {
				r, err = vm.callValue(m, []gc.Value{v}, nil)
				vm.leaveCLevel()
			}
			vm.leaveCLevel()
			if err != nil {
				return "", err
			}
			if r.Tag() != TagStr {
				if b, ok := vm.baseOf(r); ok && b.Tag() == TagStr {
					return vm.strKeep(b), nil
				}
				return "", vm.raise("TypeError", "__str__ returned non-string (type %s)", vm.typeOf(r).Name)
			}
			return vm.strKeep(r), nil
		}
	}
	return vm.reprOf(v)
}

// formatValue implements FORMAT: conversion (0 none, 1 str, 2 repr,
// 3 ascii), then format(v, spec).
func (vm *VM) formatValue(v gc.Value, conv uint8, spec string) (gc.Value, error) {
	switch conv {
	case 1, 's':
		s, err := vm.strOf(v)
		if err != nil {
			return vEmpty, err
		}
		v = vm.newStr(s)
	case 2, 'r':
		s, err := vm.reprOf(v)
		if err != nil {
			return vEmpty, err
		}
		v = vm.newStr(s)
	case 3, 'a':
		s, err := vm.reprOf(v)
		if err != nil {
			return vEmpty, err
		}
		v = vm.newStr(asciiEscape(s))
	}
	if spec == "" && v.Tag() == TagStr {
		return v, nil
	}
	s, err := vm.format(v, spec)
	if err != nil {
		return vEmpty, err
	}
	return vm.newStr(s), nil
}

// fmtErr converts a strfmt error into a raised exception.
func (vm *VM) fmtErr(err error) error {
	if e, ok := err.(*strfmt.Error); ok {
		return vm.raise(e.Kind.String(), "%s", e.Msg)
	}
	if _, ok := err.(*tyErr); ok {
		return errRaised
	}
	if err == errRaised {
		return err
	}
	return vm.raise("SystemError", "%s", err.Error())
}

// format implements format(v, spec).
func (vm *VM) format(v gc.Value, spec string) (string, error) {
	var s string
	var err error
	switch v.Tag() {
	case gc.TagInt:
		if spec == "" {
			return strconv.FormatInt(v.Int(), 10), nil
		}
		s, err = strfmt.FormatInt64(v.Int(), spec)
	case TagBigInt:
		if spec == "" {
			return vm.intStr(v)
		}
		s, err = strfmt.FormatInt(vm.bigOf(v), spec)
	case gc.TagBool:
		if spec == "" {
			return vm.strOf(v)
		}
		s, err = strfmt.FormatInt64As(int64(v.Bits()), spec, "bool")
	case gc.TagFloat:
		if spec == "" {
			return num.FloatRepr(v.Float()), nil
		}
		s, err = strfmt.FormatFloat(v.Float(), spec)
	case TagStr:
		s, err = strfmt.FormatString(vm.str(v), spec)
	case TagComplex:
		re, im := vm.complexOf(v)
		s, err = strfmt.FormatComplex(re, im, spec)
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(v), "__format__"); ok && m.Tag() != TagBuiltin {
			r, err := vm.callValue(m, []gc.Value{v, vm.newStr(spec)}, nil)
			if err != nil {
				return "", err
			}
			if r.Tag() != TagStr {
				return "", vm.raise("TypeError", "__format__ must return a str, not %s", vm.typeOf(r).Name)
			}
			return vm.strKeep(r), nil
		}
		if base, ok := vm.baseOf(v); ok {
			return vm.format(base, spec)
		}
		fallthrough
	default:
		if spec != "" {
			return "", vm.raise("TypeError", "unsupported format string passed to %s.__format__", vm.typeOf(v).Name)
		}
		return vm.strOf(v)
	}
	if err != nil {
		return "", vm.fmtErr(err)
	}
	return s, nil
}

// asciiEscape escapes non-ASCII characters as ascii() does.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range runesOf(s) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

// ---- str % args and str.format through strfmt ----

// tyErr marks a raised TypeError for strfmt.IsTypeError.
type tyErr struct{}

func (*tyErr) Error() string     { return "TypeError" }
func (*tyErr) IsTypeError() bool { return true }

// pyErr converts errRaised for strfmt: TypeErrors are marked.
func (vm *VM) pyErr(err error) error {
	if err == errRaised && vm.isExcType(vm.exc, "TypeError") {
		return &tyErr{}
	}
	return err
}

// fmtValue adapts a value to strfmt.Value.
type fmtValue struct {
	vm *VM
	v  gc.Value
}

func (f fmtValue) Kind() strfmt.Kind {
	switch f.v.Tag() {
	case gc.TagInt, gc.TagBool, TagBigInt:
		return strfmt.IntKind
	case gc.TagFloat:
		return strfmt.FloatKind
	case TagStr:
		return strfmt.StrKind
	case TagBytes, TagByteArray:
		return strfmt.BytesKind
	}
	return strfmt.OtherKind
}
func (f fmtValue) TypeName() string { return f.vm.typeOf(f.v).Name }
func (f fmtValue) Str() (string, error) {
	s, err := f.vm.strOf(f.v)
	return s, f.vm.pyErr(err)
}
func (f fmtValue) Repr() (string, error) {
	s, err := f.vm.reprOf(f.v)
	return s, f.vm.pyErr(err)
}
func (f fmtValue) ASCII() (string, error) {
	s, err := f.vm.reprOf(f.v)
	return asciiEscape(s), f.vm.pyErr(err)
}
func (f fmtValue) Text() string { return f.vm.str(f.v) }
func (f fmtValue) IsNumber() bool {
	switch f.v.Tag() {
	case gc.TagInt, gc.TagBool, TagBigInt, gc.TagFloat, TagComplex:
		return true
	case TagObject:
		for _, n := range []string{"__index__", "__int__", "__float__"} {
			if _, ok := f.vm.lookupS(f.vm.typeOf(f.v), n); ok {
				return true
			}
		}
	}
	return false
}
func (f fmtValue) Int() (*big.Int, error) {
	r, err := f.vm.toIntValue(f.v)
	if err != nil {
		return nil, f.vm.pyErr(err)
	}
	return f.vm.toInt(r).Big(), nil
}
func (f fmtValue) Index() (*big.Int, error) {
	if isIntLike(f.v) {
		return f.vm.toInt(f.v).Big(), nil
	}
	if f.v.Tag() == TagObject {
		if m, ok := f.vm.lookupS(f.vm.typeOf(f.v), "__index__"); ok {
			r, err := f.vm.callValue(m, []gc.Value{f.v}, nil)
			if err != nil {
				return nil, f.vm.pyErr(err)
			}
			return f.vm.toInt(r).Big(), nil
		}
	}
	f.vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", f.TypeName())
	return nil, &tyErr{}
}
func (f fmtValue) Float() (float64, error) {
	x, err := f.vm.toFloat(f.v)
	return x, f.vm.pyErr(err)
}

// fmtArgs adapts the right operand of %.
type fmtArgs struct {
	vm *VM
	v  gc.Value
}

func (a fmtArgs) Len() int {
	if a.v.Tag() == TagTuple {
		return len(a.vm.tupleItems(a.v))
	}
	return -1
}
func (a fmtArgs) Item(i int) strfmt.Value {
	if a.v.Tag() == TagTuple {
		return fmtValue{a.vm, a.vm.tupleItems(a.v)[i]}
	}
	return fmtValue{a.vm, a.v}
}

// IsMapping is CPython's test for a mapping operand of %: any object
// with subscripting (PyMapping_Check: lists, ranges and bytes too) but a
// tuple or a str.
func (a fmtArgs) IsMapping() bool {
	switch a.v.Tag() {
	case TagDict, TagList, TagRange, TagBytes, TagByteArray:
		return true
	case TagObject:
		if b, ok := a.vm.baseOf(a.v); ok && b.Tag() == TagStr {
			return false
		}
		_, ok := a.vm.lookupS(a.vm.typeOf(a.v), "__getitem__")
		return ok
	}
	return false
}
func (a fmtArgs) Lookup(key string) (strfmt.Value, error) {
	r, err := a.vm.getItem(a.v, a.vm.newStr(key))
	if err != nil {
		return nil, a.vm.pyErr(err)
	}
	return fmtValue{a.vm, r}, nil
}

// percentFormat implements str % args.
func (vm *VM) percentFormat(f string, args gc.Value) (string, error) {
	if b, ok := vm.baseOf(args); ok && b.Tag() == TagTuple {
		// an instance of a tuple subclass (a namedtuple) is the argument
		// tuple too, as PyTuple_Check makes it in CPython
		args = b
	}
	s, err := strfmt.Percent(f, fmtArgs{vm, args})
	if err != nil {
		return "", vm.fmtErr(err)
	}
	return s, nil
}

// fmtEnv adapts str.format's arguments.
type fmtEnv struct {
	vm   *VM
	args []gc.Value
	kw   gc.Value // dict or empty
}

func (e fmtEnv) Arg(i int) (any, bool) {
	if i < len(e.args) {
		return e.args[i], true
	}
	return nil, false
}
func (e fmtEnv) Kwarg(name string) (any, error) {
	if !e.kw.IsEmpty() {
		v, err := e.vm.getItem(e.kw, e.vm.newStr(name))
		if err != nil {
			return nil, e.vm.pyErr(err)
		}
		return v, nil
	}
	e.vm.raiseValue(e.vm.newExc("KeyError", e.vm.newStr(name)), vEmpty)
	return nil, errRaised
}
func (e fmtEnv) GetAttr(v any, name string) (any, error) {
	r, err := e.vm.getAttr(v.(gc.Value), e.vm.newStr(name))
	if err != nil {
		return nil, e.vm.pyErr(err)
	}
	return r, nil
}
func (e fmtEnv) GetIndex(v any, i int) (any, error) {
	r, err := e.vm.getItem(v.(gc.Value), gc.Int(int64(i)))
	if err != nil {
		return nil, e.vm.pyErr(err)
	}
	return r, nil
}
func (e fmtEnv) GetItem(v any, key string) (any, error) {
	r, err := e.vm.getItem(v.(gc.Value), e.vm.newStr(key))
	if err != nil {
		return nil, e.vm.pyErr(err)
	}
	return r, nil
}
func (e fmtEnv) Convert(v any, conv rune) (any, error) {
	r, err := e.vm.formatValue(v.(gc.Value), uint8(conv), "")
	if err != nil {
		return nil, e.vm.pyErr(err)
	}
	return r, nil
}
func (e fmtEnv) Format(v any, spec string) (string, error) {
	s, err := e.vm.format(v.(gc.Value), spec)
	return s, e.vm.pyErr(err)
}
