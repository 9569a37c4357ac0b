// str_unicode.go holds the str methods that depend on the Unicode
// database: case conversions (lower, upper, title, capitalize, swapcase,
// casefold) and the is* predicates. They run on vm/num's tables, which
// follow CPython 3.11's Unicode 14.0 rather than Go's unicode package.

package vm

import (
	"strings"
	"unicode/utf8"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/num"
)

// runesStr encodes code points as a WTF-8 str (lone surrogates kept).
func runesStr(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			b = append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// strCaseMethod builds a case conversion: ASCII strs take the fast path
// when one is given.
func strCaseMethod(name string, conv func([]rune) []rune, ascii func(string) string) bfunc {
	toUpper, simple := name == "upper", name == "upper" || name == "lower" || name == "casefold"
	return noArgsMethod("str."+name, func(vm *VM, self gc.Value) (gc.Value, error) {
		if simple && vm.strIsASCII(self) {
			return vm.asciiCase(self, toUpper), nil
		}
		s := vm.str(self)
		if ascii != nil && isASCII(s) {
			return vm.newStr(ascii(s)), nil
		}
		return vm.newStr(runesStr(conv(runesOf(s)))), nil
	})
}

// strEveryRune builds a predicate true when the str is not empty and every
// code point satisfies p.
func strEveryRune(name string, p func(rune) bool) bfunc {
	return noArgsMethod("str."+name, func(vm *VM, self gc.Value) (gc.Value, error) {
		s := vm.str(self)
		if s == "" {
			return vFalse, nil
		}
		for i := 0; i < len(s); {
			r, n := decodeRuneWTF8(s[i:])
			if !p(r) {
				return vFalse, nil
			}
			i += n
		}
		return vTrue, nil
	})
}

// strRunesPred builds a predicate over the whole sequence of code points.
func strRunesPred(name string, p func([]rune) bool) bfunc {
	return noArgsMethod("str."+name, func(vm *VM, self gc.Value) (gc.Value, error) {
		return gc.Bool(p(runesOf(vm.str(self)))), nil
	})
}

// strUnicodeMethods are the str methods of this file.
var strUnicodeMethods = map[string]bfunc{
	"lower":        strCaseMethod("lower", num.Lower, strings.ToLower),
	"upper":        strCaseMethod("upper", num.Upper, strings.ToUpper),
	"casefold":     strCaseMethod("casefold", num.Casefold, strings.ToLower),
	"title":        strCaseMethod("title", num.Title, nil),
	"capitalize":   strCaseMethod("capitalize", num.Capitalize, nil),
	"swapcase":     strCaseMethod("swapcase", num.Swapcase, nil),
	"isalpha":      strEveryRune("isalpha", num.IsAlpha),
	"isdecimal":    strEveryRune("isdecimal", num.IsDecimal),
	"isdigit":      strEveryRune("isdigit", num.IsDigit),
	"isnumeric":    strEveryRune("isnumeric", num.IsNumeric),
	"isalnum":      strEveryRune("isalnum", num.IsAlnum),
	"isspace":      strEveryRune("isspace", num.IsSpace),
	"islower":      strRunesPred("islower", num.StrIsLower),
	"isupper":      strRunesPred("isupper", num.StrIsUpper),
	"istitle":      strRunesPred("istitle", num.StrIsTitle),
	"isidentifier": strRunesPred("isidentifier", num.IsIdentifier),
	"isprintable": noArgsMethod("str.isprintable", func(vm *VM, self gc.Value) (gc.Value, error) {
		s := vm.str(self)
		for i := 0; i < len(s); {
			r, n := decodeRuneWTF8(s[i:])
			if !num.IsPrintable(r) {
				return vFalse, nil
			}
			i += n
		}
		return vTrue, nil
	}),
	"isascii": noArgsMethod("str.isascii", func(vm *VM, self gc.Value) (gc.Value, error) {
		return gc.Bool(isASCII(vm.str(self))), nil
	}),
}

// asciiCase returns the upper (or lower) case of ASCII str v, converted
// in one pass straight into the new str's block, which is marked ASCII so
// that later searches and len() need not count it.
func (vm *VM) asciiCase(v gc.Value, upper bool) gc.Value {
	s := vm.str(v)
	if len(s) <= 1 {
		if s == "" {
			return vm.emptyStr
		}
		return vm.charStrs[asciiCaseByte(s[0], upper)]
	}
	out, buf := vm.newStrBuf(len(s))
	for i := 0; i < len(s); i++ {
		buf[i] = asciiCaseByte(s[i], upper)
	}
	vm.setStrASCII(out)
	return out
}

// asciiCaseByte is ASCII byte c in upper (or lower) case.
func asciiCaseByte(c byte, upper bool) byte {
	if upper {
		if 'a' <= c && c <= 'z' {
			return c - 'a' + 'A'
		}
	} else if 'A' <= c && c <= 'Z' {
		return c - 'A' + 'a'
	}
	return c
}
