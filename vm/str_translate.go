// str_translate.go holds str.maketrans (a static method building a
// translation dict in its three forms) and str.translate (mapping each
// code point through any subscriptable table), with CPython's errors.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// initStrTranslate installs str.translate and the static str.maketrans.
func (vm *VM) initStrTranslate() {
	vm.methods(vm.tStr, map[string]bfunc{"translate": strTranslate})
	vm.dictSet(vm.tStr.Dict, vm.intern("maketrans"), vm.newStaticMethod(vm.typeStatic(vm.tStr, "maketrans", strMaketrans)))
}

// strMaketrans is str.maketrans(x[, y[, z]]).
func strMaketrans(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if len(kw) > 0 {
		return vEmpty, vm.raise("TypeError", "maketrans() takes no keyword arguments")
	}
	if err := vm.nargs("maketrans", args, 1, 3); err != nil {
		return vEmpty, err
	}
	d := vm.newDict()
	if len(args) == 1 {
		src := args[0]
		if src.Tag() != TagDict {
			return vEmpty, vm.raise("TypeError", "if you give only one argument to maketrans it must be a dict")
		}
		for _, k := range vm.dictKeys(src) {
			v, _, err := vm.dictGet(src, k)
			if err != nil {
				return vEmpty, err
			}
			switch {
			case k.Tag() == TagStr:
				rs := runesOf(vm.str(k))
				if len(rs) != 1 {
					return vEmpty, vm.raise("ValueError", "string keys in translate table must be of length 1")
				}
				k = gc.Int(int64(rs[0]))
			case isIntLike(k):
			default:
				return vEmpty, vm.raise("TypeError", "keys in translate table must be strings or integers")
			}
			if err := vm.dictSet(d, k, v); err != nil {
				return vEmpty, err
			}
		}
		return d, nil
	}
	// y and z are checked as str arguments before x is looked at.
	var strs [3][]rune
	for i, a := range args[1:] {
		if a.Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "maketrans() argument %d must be str, not %s", i+2, vm.typeOf(a).Name)
		}
		strs[i+1] = runesOf(vm.str(a))
	}
	if args[0].Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "first maketrans argument must be a string if there is a second argument")
	}
	strs[0] = runesOf(vm.str(args[0]))
	if len(strs[0]) != len(strs[1]) {
		return vEmpty, vm.raise("ValueError", "the first two maketrans arguments must have equal length")
	}
	for i, r := range strs[0] {
		if err := vm.dictSet(d, gc.Int(int64(r)), gc.Int(int64(strs[1][i]))); err != nil {
			return vEmpty, err
		}
	}
	for _, r := range strs[2] {
		if err := vm.dictSet(d, gc.Int(int64(r)), vNone); err != nil {
			return vEmpty, err
		}
	}
	return d, nil
}

// strTranslate is str.translate(table): table[ord(c)] for each code point,
// a LookupError keeping it, None deleting it, an int or str replacing it.
func strTranslate(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
	if len(kw) > 0 {
		return vEmpty, vm.raise("TypeError", "str.translate() takes no keyword arguments")
	}
	if len(args) != 2 {
		return vEmpty, vm.raise("TypeError", "str.translate() takes exactly one argument (%d given)", len(args)-1)
	}
	table := args[1]
	var b strings.Builder
	s := vm.str(args[0])
	for i := 0; i < len(s); {
		r, n := decodeRuneWTF8(s[i:])
		c := s[i : i+n]
		i += n
		v, err := vm.getItem(table, gc.Int(int64(r)))
		if err != nil {
			if vm.isExcType(vm.exc, "LookupError") {
				vm.exc = vEmpty
				b.WriteString(c)
				continue
			}
			return vEmpty, err
		}
		switch {
		case v.Tag() == gc.TagNone:
		case isIntLike(v):
			x, ok := vm.toInt(v).Int64()
			if !ok || x < 0 || x > 0x10ffff {
				return vEmpty, vm.raise("ValueError", "character mapping must be in range(0x110000)")
			}
			b.WriteString(encodeRune(rune(x)))
		case v.Tag() == TagStr:
			b.WriteString(vm.str(v))
		default:
			if base, ok := vm.baseOf(v); ok && base.Tag() == TagStr {
				b.WriteString(vm.str(base))
				continue
			}
			return vEmpty, vm.raise("TypeError", "character mapping must return integer, None or str")
		}
	}
	return vm.newStr(b.String()), nil
}
