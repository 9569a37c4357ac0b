// args.go checks the arguments of the builtin types' methods in one place,
// from a table, with CPython's messages for each calling convention:
// METH_NOARGS ("dict.keys() takes no arguments (1 given)"), METH_O
// ("list.append() takes exactly one argument (0 given)"), the positional
// range checks of Argument Clinic and PyArg_UnpackTuple ("pop expected at
// most 1 argument, got 2", "insert expected 2 arguments, got 0") and the
// refusal of keywords ("list.pop() takes no keyword arguments"). The
// method bodies then trust their argument count. Functions with keyword
// parameters use parseArgs (mod_native.go) or kwArgs instead.

package vm

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/hotloop/hotloop/gc"
)

// argSpec is the calling convention of one builtin method (arguments
// counted without self).
type argSpec struct {
	style  byte // 'N' no arguments, 'O' exactly one, 'R' lo..hi positional, 'S' any positional, no keywords
	lo, hi int
}

// methodArgSpecs maps "type.method" to its convention: "N", "O", "R lo hi"
// or "S".
var methodArgSpecs = map[string]string{
	"list.append": "O", "list.clear": "N", "list.copy": "N", "list.count": "O", "list.extend": "O",
	"list.index": "R 1 3", "list.insert": "R 2 2", "list.pop": "R 0 1", "list.remove": "O", "list.reverse": "N",
	"dict.clear": "N", "dict.copy": "N", "dict.get": "R 1 2", "dict.items": "N", "dict.keys": "N",
	"dict.pop": "R 1 2", "dict.popitem": "N", "dict.setdefault": "R 1 2", "dict.values": "N",
	"set.add": "O", "set.clear": "N", "set.copy": "N", "set.discard": "O", "set.isdisjoint": "O",
	"set.issubset": "O", "set.issuperset": "O", "set.pop": "N", "set.remove": "O",
	"set.symmetric_difference": "O", "set.symmetric_difference_update": "O",
	"set.difference": "S", "set.difference_update": "S", "set.intersection": "S",
	"set.intersection_update": "S", "set.union": "S", "set.update": "S",
	"frozenset.copy": "N", "frozenset.isdisjoint": "O", "frozenset.issubset": "O", "frozenset.issuperset": "O",
	"frozenset.symmetric_difference": "O", "frozenset.difference": "S", "frozenset.intersection": "S",
	"frozenset.union": "S",
	"tuple.count":     "O", "tuple.index": "R 1 3", "range.count": "O", "range.index": "O",
}

// parseArgSpec reads one entry of methodArgSpecs.
func parseArgSpec(s string) argSpec {
	f := strings.Fields(s)
	sp := argSpec{style: f[0][0]}
	if sp.style == 'R' {
		sp.lo, _ = strconv.Atoi(f[1])
		sp.hi, _ = strconv.Atoi(f[2])
	}
	return sp
}

// checkMethodArgs raises CPython's TypeError when args (without self) and kw do
// not fit sp; qual is "list.append", short "append".
func (vm *VM) checkMethodArgs(sp argSpec, qual, short string, args []gc.Value, kw []string) error {
	if len(kw) > 0 {
		if sp.style == 'S' {
			return vm.raise("TypeError", "%s() takes no keyword arguments", short)
		}
		return vm.raise("TypeError", "%s() takes no keyword arguments", qual)
	}
	n := len(args)
	switch sp.style {
	case 'N':
		if n != 0 {
			return vm.raise("TypeError", "%s() takes no arguments (%d given)", qual, n)
		}
	case 'O':
		if n != 1 {
			return vm.raise("TypeError", "%s() takes exactly one argument (%d given)", qual, n)
		}
	case 'R':
		if n >= sp.lo && n <= sp.hi {
			return nil
		}
		if sp.lo == sp.hi {
			return vm.raise("TypeError", "%s expected %d argument%s, got %d", short, sp.lo, plural(sp.lo), n)
		}
		if n < sp.lo {
			return vm.raise("TypeError", "%s expected at least %d argument%s, got %d", short, sp.lo, plural(sp.lo), n)
		}
		return vm.raise("TypeError", "%s expected at most %d argument%s, got %d", short, sp.hi, plural(sp.hi), n)
	}
	return nil
}

// applyArgSpecs wraps the methods named in methodArgSpecs with their
// argument check.
func (vm *VM) applyArgSpecs() {
	for _, t := range vm.types {
		if t.Module != "builtins" {
			continue
		}
		vm.dictEach(t.Dict, func(k, v gc.Value) bool {
			if v.Tag() != TagBuiltin || k.Tag() != TagStr {
				return true
			}
			bf := vm.heap.Side(v.Ref()).(*builtinFn)
			short := vm.str(k)
			qual := t.Name + "." + short
			s, ok := methodArgSpecs[qual]
			if !ok || bf.owner != t {
				return true
			}
			sp := parseArgSpec(s)
			inner := bf.fn
			bf.checked = &checkedMethod{spec: sp, inner: inner}
			bf.fn = func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if len(args) == 0 {
					return vEmpty, vm.raise("TypeError", "unbound method %s() needs an argument", qual)
				}
				if err := vm.checkMethodArgs(sp, qual, short, args[1:], kw); err != nil {
					return vEmpty, err
				}
				return inner(vm, args, kw)
			}
			return true
		})
	}
}

// sliceIndexNotNone converts a start/stop argument of index() as
// CPython's _PyEval_SliceIndexNotNone: an int or an object with
// __index__; big ints clamp to the Go int range.
func (vm *VM) sliceIndexNotNone(v gc.Value) (int, error) {
	if v.Tag() == TagBigInt {
		if vm.bigOf(v).Sign() > 0 {
			return 1 << 62, nil
		}
		return -1 << 62, nil
	}
	if isIntLike(v) {
		return int(int64(v.Bits())), nil
	}
	if v.Tag() == TagObject {
		if _, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok {
			r, err := vm.index(v, "slice")
			return int(r), err
		}
	}
	return 0, vm.raise("TypeError", "slice indices must be integers or have an __index__ method")
}

// numberIndex is PyNumber_Index: v itself for an int, the int inside an
// int subclass, or the result of __index__ (which must be an int).
func (vm *VM) numberIndex(v gc.Value) (gc.Value, error) {
	if isIntLike(v) {
		return v, nil
	}
	if v.Tag() == TagObject {
		if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return vEmpty, err
			}
			if b, ok := vm.baseOf(r); ok && isIntLike(b) {
				r = b
			}
			if !isIntLike(r) {
				return vEmpty, vm.raise("TypeError", "__index__ returned non-int (type %s)", vm.typeOf(r).Name)
			}
			return r, nil
		}
		if b, ok := vm.baseOf(v); ok && isIntLike(b) {
			return b, nil
		}
	}
	return vEmpty, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
}

// decimalToASCII is CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
// for int() and float() of a str: Unicode decimal digits become ASCII
// digits, Unicode spaces become ' ', other non-ASCII characters become
// '?' (so that they fail to parse). ASCII text comes back unchanged.
func decimalToASCII(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case isPySpace(r):
			b.WriteByte(' ')
		case unicode.IsDigit(r):
			// Decimal digits come in runs of ten starting at zero.
			k := rune(0)
			for unicode.IsDigit(r - k - 1) {
				k++
			}
			b.WriteByte(byte('0' + k%10))
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}
