// methods.go holds the methods of the builtin types that ordinary programs
// use: str, list, dict, set, tuple, int and float methods, and the helpers
// behind them (sorting with CPython's stability, extend/update/merge, set
// algebra), plus with-statement support.

package vm

import (
	"github.com/hotloop/hotloop/vm/num"
	"slices"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// initMethods installs the builtin types' methods.
func (vm *VM) initMethods() {
	vm.methods(vm.tStr, strMethods)
	vm.methods(vm.tStr, strUnicodeMethods)
	vm.initStrTranslate()
	vm.methods(vm.tList, listMethods)
	vm.methods(vm.tDict, dictMethods)
	vm.classMethods(vm.tDict, map[string]bfunc{
		"fromkeys": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.nargs("fromkeys", args, 2, 3); err != nil {
				return vEmpty, err
			}
			val := vNone
			if len(args) == 3 {
				val = args[2]
			}
			if t, ok := vm.asType(args[0]); ok && t != vm.tDict {
				// a subclass: cls() filled through __setitem__, as CPython
				d, err := vm.callValue(args[0], nil, nil)
				if err != nil {
					return vEmpty, err
				}
				vm.heap.PushRoot(d)
				defer vm.heap.PopRoot(gc.RootSlot(vm.heap.RootDepth() - 1))
				err = vm.iterate(args[1], func(k gc.Value) (bool, error) { return true, vm.setItem(d, k, val) })
				return d, err
			}
			d := vm.newDict()
			err := vm.iterate(args[1], func(k gc.Value) (bool, error) { return true, vm.dictSet(d, k, val) })
			return d, err
		},
	})
	vm.methods(vm.tSet, setMethods)
	vm.methods(vm.tFrozenset, map[string]bfunc{
		"union": setMethods["union"], "intersection": setMethods["intersection"],
		"difference": setMethods["difference"], "issubset": setMethods["issubset"],
		"issuperset": setMethods["issuperset"], "isdisjoint": setMethods["isdisjoint"], "copy": setMethods["copy"],
		"symmetric_difference": setMethods["symmetric_difference"],
	})
	vm.methods(vm.tTuple, map[string]bfunc{
		"count": listMethods["count"],
		"index": listMethods["index"],
	})
	vm.initNumberMethods()
}

// argStr checks that args[i] is a str.
func (vm *VM) argStr(fname string, args []gc.Value, i int) (string, error) {
	if i >= len(args) {
		return "", vm.raise("TypeError", "%s() missing argument", fname)
	}
	if args[i].Tag() != TagStr {
		return "", vm.raise("TypeError", "must be str, not %s", vm.typeOf(args[i]).Name)
	}
	return vm.str(args[i]), nil
}

// strList makes a list of strs.
func (vm *VM) strList(parts []string) gc.Value {
	items := make([]gc.Value, len(parts))
	for i, p := range parts {
		items[i] = vm.newStr(p)
	}
	return vm.newList(items, 0)
}

// isLineBreak reports whether r ends a line for str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isPySpace is str.isspace for one code point.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && num.IsSpace(r)
}

// strip implements strip/lstrip/rstrip.
func (vm *VM) strip(args []gc.Value, left, right bool, name string) (gc.Value, error) {
	if err := vm.nargs(name, args[1:], 0, 1); err != nil {
		return vEmpty, err
	}
	s := vm.str(args[0])
	var cut func(r rune) bool
	if len(args) > 1 && args[1].Tag() != gc.TagNone {
		if args[1].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "%s arg must be None or str", name)
		}
		chars := vm.str(args[1])
		cut = func(r rune) bool { return strings.ContainsRune(chars, r) }
	} else {
		cut = isPySpace
	}
	if left {
		s = strings.TrimLeftFunc(s, cut)
	}
	if right {
		s = strings.TrimRightFunc(s, cut)
	}
	return vm.newStr(s), nil
}

var strMethods = map[string]bfunc{
	"join": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "str.join() takes exactly one argument (%d given)", len(args)-1)
		}
		if !vm.isIterable(args[1]) {
			return vEmpty, vm.raise("TypeError", "can only join an iterable")
		}
		if items, ok := vm.joinItems(args[1]); ok {
			return vm.joinStrs(args[0], items), nil
		}
		// Like CPython, all the items are taken before any is checked: a
		// bad item leaves the iterator exhausted (gendrain.go collects a
		// generator inside the interpreter loop).
		items, err := vm.collect(args[1])
		if err != nil {
			return vEmpty, err
		}
		for i, x := range items {
			if x.Tag() == TagObject {
				if base, ok := vm.baseOf(x); ok && base.Tag() == TagStr {
					items[i] = base
					continue
				}
			}
			if x.Tag() != TagStr {
				return vEmpty, vm.raise("TypeError", "sequence item %d: expected str instance, %s found", i, vm.typeOf(x).Name)
			}
		}
		return vm.joinStrs(args[0], items), nil
	},
	"split": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.split(args, kw, false)
	},
	"rsplit": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.split(args, kw, true)
	},
	"splitlines": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		pos, kv, err := vm.kwArgs("splitlines", args, kw, "keepends")
		if err != nil {
			return vEmpty, err
		}
		if len(args)-1 > 1 {
			return vEmpty, vm.raise("TypeError", "splitlines() takes at most 1 argument (%d given)", len(args)-1)
		}
		keepv := kv[0]
		if len(pos) > 1 {
			keepv = pos[1]
		}
		keep := false
		if !keepv.IsEmpty() {
			if keepv.Tag() == gc.TagFloat {
				return vEmpty, vm.raise("TypeError", "'float' object cannot be interpreted as an integer")
			}
			if keep, err = vm.truth(keepv); err != nil {
				return vEmpty, err
			}
		}
		s := vm.str(args[0])
		var parts []string
		for len(s) > 0 {
			i := strings.IndexFunc(s, isLineBreak)
			if i < 0 {
				parts = append(parts, s)
				break
			}
			_, n := decodeRuneWTF8(s[i:])
			end := i + n
			if s[i] == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if keep {
				parts = append(parts, s[:end])
			} else {
				parts = append(parts, s[:i])
			}
			s = s[end:]
		}
		return vm.strList(parts), nil
	},
	"strip": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.strip(args, true, true, "strip")
	},
	"lstrip": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.strip(args, true, false, "lstrip")
	},
	"rstrip": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.strip(args, false, true, "rstrip")
	},
	"startswith": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.strAffix(args, "startswith", false)
	},
	"endswith": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.strAffix(args, "endswith", true)
	},
	"find": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		i, err := vm.strSearch(args, "find", false)
		return gc.Int(int64(i)), err
	},
	"rfind": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		i, err := vm.strSearch(args, "rfind", true)
		return gc.Int(int64(i)), err
	},
	"index": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		i, err := vm.strSearch(args, "index", false)
		if err == nil && i < 0 {
			return vEmpty, vm.raise("ValueError", "substring not found")
		}
		return gc.Int(int64(i)), err
	},
	"rindex": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		i, err := vm.strSearch(args, "rindex", true)
		if err == nil && i < 0 {
			return vEmpty, vm.raise("ValueError", "substring not found")
		}
		return gc.Int(int64(i)), err
	},
	"count": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.strCount(args)
	},
	"replace": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("replace", args[1:], 2, 3); err != nil {
			return vEmpty, err
		}
		for i := 1; i <= 2; i++ {
			if args[i].Tag() != TagStr {
				return vEmpty, vm.raise("TypeError", "replace() argument %d must be str, not %s", i, vm.typeOf(args[i]).Name)
			}
		}
		old := vm.str(args[1])
		n := -1
		if len(args) == 4 {
			c, err := vm.indexValue(args[3])
			if err != nil {
				return vEmpty, err
			}
			n = int(c)
		}
		if old != "" {
			return vm.strReplace(args[0], args[1], args[2], n), nil
		}
		return vm.strReplaceEmpty(args[0], args[2], n), nil
	},
	"format": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		npos := len(args) - len(kw)
		env := fmtEnv{vm: vm, args: args[1:npos]}
		if len(kw) > 0 {
			d := vm.newDict()
			for i, k := range kw {
				vm.dictSet(d, vm.intern(k), args[npos+i])
			}
			env.kw = d
		}
		return vm.strFormat(args[0], &env, true) // fmtcache.go
	},
	"format_map": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.strFormat(args[0], &fmtEnv{vm: vm, kw: args[1]}, false)
	},
	"center": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.pad(args, 'c') },
	"ljust":  func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.pad(args, 'l') },
	"rjust":  func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.pad(args, 'r') },
	"zfill": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("zfill", args[1:], 1, 1); err != nil {
			return vEmpty, err
		}
		w64, err := vm.indexValue(args[1])
		if err != nil {
			return vEmpty, err
		}
		s := vm.str(args[0])
		w := int(w64)
		n := strLen(s)
		if n >= w {
			return args[0], nil
		}
		if repeatTooBig(1, w-n, maxStrBytes) {
			return vEmpty, vm.raise("MemoryError", "")
		}
		sign := ""
		if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			sign, s = s[:1], s[1:]
		}
		return vm.newStr(sign + strings.Repeat("0", w-n) + s), nil
	},
	"partition": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		sep, err := vm.argStr("partition", args, 1)
		if err != nil {
			return vEmpty, err
		}
		if sep == "" {
			return vEmpty, vm.raise("ValueError", "empty separator")
		}
		s := vm.str(args[0])
		if i := strings.Index(s, sep); i >= 0 {
			return vm.newTuple([]gc.Value{vm.newStr(s[:i]), args[1], vm.newStr(s[i+len(sep):])}), nil
		}
		return vm.newTuple([]gc.Value{args[0], vm.emptyStr, vm.emptyStr}), nil
	},
	"rpartition": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		sep, err := vm.argStr("rpartition", args, 1)
		if err != nil {
			return vEmpty, err
		}
		if sep == "" {
			return vEmpty, vm.raise("ValueError", "empty separator")
		}
		s := vm.str(args[0])
		if i := strings.LastIndex(s, sep); i >= 0 {
			return vm.newTuple([]gc.Value{vm.newStr(s[:i]), args[1], vm.newStr(s[i+len(sep):])}), nil
		}
		return vm.newTuple([]gc.Value{vm.emptyStr, vm.emptyStr, args[0]}), nil
	},
	"encode": strEncode,
	"removeprefix": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "str.removeprefix() takes exactly one argument (%d given)", len(args)-1)
		}
		if args[1].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "removeprefix() argument must be str, not %s", vm.typeOf(args[1]).Name)
		}
		p := vm.str(args[1])
		return vm.newStr(strings.TrimPrefix(vm.str(args[0]), p)), nil
	},
	"removesuffix": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "str.removesuffix() takes exactly one argument (%d given)", len(args)-1)
		}
		if args[1].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "removesuffix() argument must be str, not %s", vm.typeOf(args[1]).Name)
		}
		p := vm.str(args[1])
		return vm.newStr(strings.TrimSuffix(vm.str(args[0]), p)), nil
	},
	"expandtabs": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		ts := 8
		if len(args) > 1 {
			t, err := vm.indexValue(args[1])
			if err != nil {
				return vEmpty, err
			}
			ts = int(t)
		}
		var b strings.Builder
		col := 0
		for _, r := range vm.str(args[0]) {
			switch r {
			case '\t':
				if ts > 0 {
					n := ts - col%ts
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return vm.newStr(b.String()), nil
	},
}

// strPred builds is*() methods.
func strPred(p func(rune) bool) bfunc {
	return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s := vm.str(args[0])
		if s == "" {
			return vFalse, nil
		}
		for _, r := range s {
			if !p(r) {
				return vFalse, nil
			}
		}
		return vTrue, nil
	}
}

// pad implements center, ljust and rjust.
func (vm *VM) pad(args []gc.Value, how byte) (gc.Value, error) {
	name := map[byte]string{'l': "ljust", 'r': "rjust", 'c': "center"}[how]
	if err := vm.nargs(name, args[1:], 1, 2); err != nil {
		return vEmpty, err
	}
	w64, err := vm.indexValue(args[1])
	if err != nil {
		return vEmpty, err
	}
	s := vm.str(args[0])
	w := int(w64)
	fill := " "
	if len(args) > 2 {
		if args[2].Tag() != TagStr {
			return vEmpty, vm.raise("TypeError", "The fill character must be a unicode character, not %s", vm.typeOf(args[2]).Name)
		}
		fill = vm.str(args[2])
		if strLen(fill) != 1 {
			return vEmpty, vm.raise("TypeError", "The fill character must be exactly one character long")
		}
	}
	n := strLen(s)
	if n >= w {
		return args[0], nil
	}
	total := w - n
	if repeatTooBig(len(fill), total, maxStrBytes) {
		return vEmpty, vm.raise("MemoryError", "")
	}
	switch how {
	case 'l':
		return vm.newStr(s + strings.Repeat(fill, total)), nil
	case 'r':
		return vm.newStr(strings.Repeat(fill, total) + s), nil
	}
	left := total / 2
	if total%2 == 1 && w%2 == 1 {
		left++
	}
	return vm.newStr(strings.Repeat(fill, left) + s + strings.Repeat(fill, total-left)), nil
}

func clampIdx(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

// split implements str.split and str.rsplit.
func (vm *VM) split(args []gc.Value, kw []string, rev bool) (gc.Value, error) {
	fname := "split"
	if rev {
		fname = "rsplit"
	}
	if n := len(args) - 1; n > 2 {
		what := ""
		if n == len(kw) {
			what = "keyword "
		}
		return vEmpty, vm.raise("TypeError", "%s() takes at most 2 %sarguments (%d given)", fname, what, n)
	}
	pos, kv, err := vm.kwArgs(fname, args, kw, "sep", "maxsplit")
	if err != nil {
		return vEmpty, err
	}
	s := vm.str(pos[0])
	sep := kv[0]
	if len(pos) > 1 {
		sep = pos[1]
	}
	maxv := kv[1]
	if len(pos) > 2 {
		maxv = pos[2]
	}
	maxsplit := -1
	if !maxv.IsEmpty() {
		m, err := vm.indexValue(maxv)
		if err != nil {
			return vEmpty, err
		}
		if m >= 0 && m < 1<<40 {
			maxsplit = int(m)
		} else if m >= 1<<40 {
			maxsplit = 1 << 40
		}
	}
	if sep.IsEmpty() || sep.Tag() == gc.TagNone {
		if !rev && vm.strIsASCII(pos[0]) {
			return vm.splitASCIIWhitespace(vm.str(pos[0]), maxsplit), nil
		}
		var parts []string
		if !rev {
			rest := strings.TrimLeftFunc(s, isPySpace)
			for rest != "" {
				if maxsplit >= 0 && len(parts) == maxsplit {
					parts = append(parts, rest)
					break
				}
				i := strings.IndexFunc(rest, isPySpace)
				if i < 0 {
					parts = append(parts, rest)
					break
				}
				parts = append(parts, rest[:i])
				rest = strings.TrimLeftFunc(rest[i:], isPySpace)
			}
		} else {
			rest := strings.TrimRightFunc(s, isPySpace)
			for rest != "" {
				if maxsplit >= 0 && len(parts) == maxsplit {
					parts = append(parts, rest)
					break
				}
				i := strings.LastIndexFunc(rest, isPySpace)
				if i < 0 {
					parts = append(parts, rest)
					break
				}
				_, n := decodeRuneWTF8(rest[i:])
				parts = append(parts, rest[i+n:])
				rest = strings.TrimRightFunc(rest[:i], isPySpace)
			}
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
		}
		return vm.strList(parts), nil
	}
	if sep.Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "must be str or None, not %s", vm.typeOf(sep).Name)
	}
	sp := vm.str(sep)
	if sp == "" {
		return vEmpty, vm.raise("ValueError", "empty separator")
	}
	if !rev && vm.strIsASCII(pos[0]) {
		return vm.splitASCIISep(vm.str(pos[0]), sp, maxsplit), nil
	}
	var parts []string
	if !rev {
		parts = strings.SplitN(s, sp, maxsplit+1)
		if maxsplit < 0 {
			parts = strings.Split(s, sp)
		}
	} else {
		{
			rest := s
			for i := 0; maxsplit < 0 || i < maxsplit; i++ {
				j := strings.LastIndex(rest, sp)
				if j < 0 {
					break
				}
				parts = append([]string{rest[j+len(sp):]}, parts...)
				rest = rest[:j]
			}
			parts = append([]string{rest}, parts...)
		}
	}
	return vm.strList(parts), nil
}

var listMethods = map[string]bfunc{
	"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("list", args[1:], 0, 1); err != nil {
			return vEmpty, err
		}
		vm.listSetLen(args[0], 0)
		if len(args) == 2 {
			return vNone, vm.listExtend(args[0], args[1])
		}
		return vNone, nil
	},
	"append": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "list.append() takes exactly one argument (%d given)", len(args)-1)
		}
		vm.listAppend(args[0], args[1])
		return vNone, nil
	},
	"extend": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "list.extend() takes exactly one argument (%d given)", len(args)-1)
		}
		return vNone, vm.listExtend(args[0], args[1])
	},
	"pop": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		l := args[0]
		n := vm.listLen(l)
		i := int64(n - 1)
		if len(args) > 1 {
			k, err := vm.ssize(args[1])
			if err != nil {
				return vEmpty, err
			}
			i = int64(k)
			if i < 0 {
				i += int64(n)
			}
		}
		if n == 0 {
			return vEmpty, vm.raise("IndexError", "pop from empty list")
		}
		if i < 0 || i >= int64(n) {
			return vEmpty, vm.raise("IndexError", "pop index out of range")
		}
		items := vm.listItems(l)
		v := items[i]
		copy(items[i:], items[i+1:])
		vm.listSetLen(l, n-1)
		return v, nil
	},
	"insert": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 3 {
			return vEmpty, vm.raise("TypeError", "insert expected 2 arguments, got %d", len(args)-1)
		}
		l := args[0]
		n := vm.listLen(l)
		k, err := vm.ssize(args[1])
		if err != nil {
			return vEmpty, err
		}
		i := int64(k)
		if i < 0 {
			i += int64(n)
			if i < 0 {
				i = 0
			}
		}
		if i > int64(n) {
			i = int64(n)
		}
		vm.listAppend(l, vNone)
		items := vm.listItems(l)
		copy(items[i+1:], items[i:n])
		items[i] = args[2]
		return vNone, nil
	},
	"remove": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		l := args[0]
		for i := 0; i < vm.listLen(l); i++ {
			eq := vm.is(vm.listItems(l)[i], args[1])
			var err error
			if !eq {
				eq, err = vm.eqBool(vm.listItems(l)[i], args[1])
			}
			if err != nil {
				return vEmpty, err
			}
			if eq {
				items := vm.listItems(l)
				copy(items[i:], items[i+1:])
				vm.listSetLen(l, len(items)-1)
				return vNone, nil
			}
		}
		return vEmpty, vm.raise("ValueError", "list.remove(x): x not in list")
	},
	"index": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) < 2 {
			return vEmpty, vm.raise("TypeError", "index expected at least 1 argument, got 0")
		}
		s := args[0]
		n := len(vm.seqItems(s))
		start, end := 0, n
		if len(args) > 2 {
			i, err := vm.sliceIndexNotNone(args[2])
			if err != nil {
				return vEmpty, err
			}
			start = clampIdx(i, n)
		}
		if len(args) > 3 {
			i, err := vm.sliceIndexNotNone(args[3])
			if err != nil {
				return vEmpty, err
			}
			end = clampIdx(i, n)
		}
		for i := start; i < end && i < len(vm.seqItems(s)); i++ {
			if vm.is(vm.seqItems(s)[i], args[1]) {
				return gc.Int(int64(i)), nil
			}
			eq, err := vm.eqBool(vm.seqItems(s)[i], args[1])
			if err != nil {
				return vEmpty, err
			}
			if eq {
				return gc.Int(int64(i)), nil
			}
		}
		if s.Tag() == TagTuple {
			return vEmpty, vm.raise("ValueError", "tuple.index(x): x not in tuple")
		}
		r, err := vm.reprOf(args[1])
		if err != nil {
			return vEmpty, err
		}
		return vEmpty, vm.raise("ValueError", "%s is not in list", r)
	},
	"count": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s := args[0]
		c := 0
		for i := 0; i < len(vm.seqItems(s)); i++ {
			if vm.is(vm.seqItems(s)[i], args[1]) {
				c++
				continue
			}
			eq, err := vm.eqBool(vm.seqItems(s)[i], args[1])
			if err != nil {
				return vEmpty, err
			}
			if eq {
				c++
			}
		}
		return gc.Int(int64(c)), nil
	},
	"reverse": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		items := vm.listItems(args[0])
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return vNone, nil
	},
	"clear": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		vm.listSetLen(args[0], 0)
		return vNone, nil
	},
	"copy": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.newList(vm.listItems(args[0]), 0), nil
	},
	"sort": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		pos, kv, err := vm.kwArgs("sort", args, kw, "key", "reverse")
		if err != nil {
			return vEmpty, err
		}
		if len(pos) > 1 {
			return vEmpty, vm.raise("TypeError", "sort() takes no positional arguments")
		}
		return vNone, vm.listSort(pos[0], kv[0], kv[1])
	},
}

// listExtend appends the items of an iterable.
func (vm *VM) listExtend(l, src gc.Value) error {
	if t := src.Tag(); t == TagList || t == TagTuple {
		// straight from the source's slots, without collect's Go copy
		k := len(vm.seqItems(src))
		n := vm.listLen(l)
		vm.listReserve(l, n+k)
		items := vm.seqItems(src) // after the reserve: src may be l
		vm.setRawU64(l.Ref(), 1, 0, uint64(n+k))
		copy(vm.listItems(l)[n:], items[:k])
		return nil
	}
	items, err := vm.collect(src)
	if err != nil {
		if vm.isExcType(vm.exc, "TypeError") && src.Tag() != TagObject {
			vm.exc = vEmpty
			return vm.raise("TypeError", "'%s' object is not iterable", vm.typeOf(src).Name)
		}
		return err
	}
	n := vm.listLen(l)
	vm.listReserve(l, n+len(items))
	vm.setRawU64(l.Ref(), 1, 0, uint64(n+len(items)))
	copy(vm.listItems(l)[n:], items)
	return nil
}

// listSort sorts a list in place (stable; key and reverse as CPython).
func (vm *VM) listSort(l, key, reverse gc.Value) error {
	items := append([]gc.Value(nil), vm.listItems(l)...)
	keys := items
	if !key.IsEmpty() && key.Tag() != gc.TagNone {
		keys = make([]gc.Value, len(items))
		for i, x := range items {
			k, err := vm.callPy(key, x)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	rev := false
	if !reverse.IsEmpty() {
		if reverse.Tag() == gc.TagFloat {
			return vm.raise("TypeError", "'float' object cannot be interpreted as an integer")
		}
		n, err := vm.ssize(reverse)
		if err != nil {
			return err
		}
		rev = n != 0
	}
	if rev {
		// CPython reverses, sorts stably, reverses again.
		slices.Reverse(items)
		if len(keys) > 0 && &keys[0] != &items[0] {
			slices.Reverse(keys)
		}
	}
	var serr error
	less := func(a, b gc.Value) bool {
		if serr != nil {
			return false
		}
		if a.Tag() == gc.TagInt && b.Tag() == gc.TagInt {
			return a.Int() < b.Int()
		}
		if a.Tag() == gc.TagFloat && b.Tag() == gc.TagFloat {
			return a.Float() < b.Float()
		}
		if a.Tag() == TagStr && b.Tag() == TagStr {
			return vm.str(a) < vm.str(b)
		}
		r, err := vm.compare(bytecode.LT, a, b)
		if err != nil {
			serr = err
			return false
		}
		t, err := vm.truth(r)
		if err != nil {
			serr = err
		}
		return t
	}
	idx := vm.sortOrder(keys, less) // fastsort.go
	if serr != nil {
		return serr
	}
	if rev {
		for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
			idx[i], idx[j] = idx[j], idx[i]
		}
	}
	out := vm.listItems(l)
	if len(out) != len(items) {
		return vm.raise("ValueError", "list modified during sort")
	}
	for i, k := range idx {
		out[i] = items[k]
	}
	return nil
}

var dictMethods = map[string]bfunc{
	"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		npos := len(args) - len(kw)
		if npos > 2 {
			return vEmpty, vm.raise("TypeError", "dict expected at most 1 argument, got %d", npos-1)
		}
		if npos == 2 {
			if err := vm.dictUpdate(args[0], args[1]); err != nil {
				return vEmpty, err
			}
		}
		for i, k := range kw {
			vm.dictSet(args[0], vm.intern(k), args[npos+i])
		}
		return vNone, nil
	},
	"get": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("get", args[1:], 1, 2); err != nil {
			return vEmpty, err
		}
		v, ok, err := vm.dictGet(args[0], args[1])
		if err != nil {
			return vEmpty, err
		}
		if !ok {
			if len(args) > 2 {
				return args[2], nil
			}
			return vNone, nil
		}
		return v, nil
	},
	"setdefault": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		v, ok, err := vm.dictGet(args[0], args[1])
		if err != nil {
			return vEmpty, err
		}
		if ok {
			return v, nil
		}
		d := vNone
		if len(args) > 2 {
			d = args[2]
		}
		return d, vm.dictSet(args[0], args[1], d)
	},
	"pop": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.nargs("pop", args[1:], 1, 2); err != nil {
			return vEmpty, err
		}
		if vm.dictLen(args[0]) == 0 {
			// CPython answers an empty dict before hashing the key.
			if len(args) > 2 {
				return args[2], nil
			}
			return vEmpty, vm.raiseValue(vm.newExc("KeyError", args[1]), vEmpty)
		}
		v, ok, err := vm.dictDel(args[0], args[1])
		if err != nil {
			return vEmpty, err
		}
		if !ok {
			if len(args) > 2 {
				return args[2], nil
			}
			return vEmpty, vm.raiseValue(vm.newExc("KeyError", args[1]), vEmpty)
		}
		return v, nil
	},
	"popitem": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		keys := vm.dictKeys(args[0])
		if len(keys) == 0 {
			return vEmpty, vm.raise("KeyError", "popitem(): dictionary is empty")
		}
		k := keys[len(keys)-1]
		v, _, err := vm.dictDel(args[0], k)
		return vm.newTuple([]gc.Value{k, v}), err
	},
	"keys":   func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.dictView(args[0], 0), nil },
	"values": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.dictView(args[0], 1), nil },
	"items":  func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return vm.dictView(args[0], 2), nil },
	"update": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		npos := len(args) - len(kw)
		if npos > 2 {
			return vEmpty, vm.raise("TypeError", "update expected at most 1 argument, got %d", npos-1)
		}
		if npos > 1 {
			if err := vm.dictUpdate(args[0], args[1]); err != nil {
				return vEmpty, err
			}
		}
		for i, k := range kw {
			vm.dictSet(args[0], vm.intern(k), args[npos+i])
		}
		return vNone, nil
	},
	"clear": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		vm.dictClear(args[0])
		return vNone, nil
	},
	"copy": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.dictCopy(args[0], TagDict), nil
	},
}

// dictView returns a keys (0), values (1) or items (2) view.
func (vm *VM) dictView(d gc.Value, which int) gc.Value {
	r := vm.alloc(kindMisc, 1, 8)
	vm.setSlot(r, 0, d)
	vm.setRawU64(r, 1, 0, uint64(which))
	return mkref(TagDictView, r)
}

// dictUpdate merges a mapping or an iterable of pairs into d.
func (vm *VM) dictUpdate(d, src gc.Value) error {
	if src.Tag() == TagDict {
		var err error
		for _, k := range vm.dictKeys(src) {
			v, _, _ := vm.dictGet(src, k)
			if err = vm.dictSet(d, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	if src.Tag() == TagObject {
		if km, ok := vm.lookupS(vm.typeOf(src), "keys"); ok {
			keys, err := vm.callValue(km, []gc.Value{src}, nil)
			if err != nil {
				return err
			}
			return vm.iterate(keys, func(k gc.Value) (bool, error) {
				v, err := vm.getItem(src, k)
				if err != nil {
					return false, err
				}
				return true, vm.dictSet(d, k, v)
			})
		}
	}
	i := 0
	// The fast step of a drained generator (gendrain.go): pairs that are
	// tuples with an int or str key, while the dict holds only such keys.
	pure := vm.dictLen(d) == 0
	fast := func(p gc.Value) (drainStep, error) {
		if p.Tag() != TagTuple || vm.numSlots(p.Ref()) != 2 || !keyFast(vm.tupleItems(p)[0], &pure) {
			return drainSlow, nil
		}
		i++
		kv := vm.tupleItems(p)
		return drainMore, vm.dictSet(d, kv[0], kv[1])
	}
	return vm.iterateFast(src, fast, func(p gc.Value) (bool, error) {
		pure = false
		items, err := vm.collect(p)
		if err != nil {
			vm.exc = vEmpty
			return false, vm.raise("TypeError", "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(items) != 2 {
			return false, vm.raise("ValueError", "dictionary update sequence element #%d has length %d; 2 is required", i, len(items))
		}
		i++
		return true, vm.dictSet(d, items[0], items[1])
	})
}

// dictMerge merges **kwargs, raising on duplicate keys.
func (vm *VM) dictMerge(d, src, callee gc.Value) error {
	if src.Tag() != TagDict {
		if src.Tag() != TagObject {
			return vm.raise("TypeError", "%s argument after ** must be a mapping, not %s", vm.calleeName(callee), vm.typeOf(src).Name)
		}
		return vm.dictUpdate(d, src)
	}
	for _, k := range vm.dictKeys(src) {
		if _, ok, _ := vm.dictGet(d, k); ok {
			return vm.raise("TypeError", "%s got multiple values for keyword argument '%s'", vm.calleeName(callee), vm.str(k))
		}
		v, _, _ := vm.dictGet(src, k)
		vm.dictSet(d, k, v)
	}
	return nil
}

// displayUpdate merges src into the dict d for `**src` in a dict display:
// a mapping (a dict, or an object with keys()), else CPython's
// DICT_UPDATE TypeError; unlike dict.update, pairs are not accepted.
func (vm *VM) displayUpdate(d, src gc.Value) error {
	if src.Tag() != TagDict {
		if _, ok := vm.lookupS(vm.typeOf(src), "keys"); !ok || src.Tag() != TagObject {
			return vm.raise("TypeError", "'%s' object is not a mapping", vm.typeOf(src).Name)
		}
	}
	return vm.dictUpdate(d, src)
}

// calleeName names a callable in the errors of f(*args, **kwargs) as
// CPython's _PyObject_FunctionStr: "mod.f()" or "mod.A.m()", without the
// module for builtins.
func (vm *VM) calleeName(fn gc.Value) string {
	qualified := func(module gc.Value, qual string) string {
		if module.Tag() == TagStr && vm.str(module) != "builtins" {
			return vm.str(module) + "." + qual + "()"
		}
		return qual + "()"
	}
	switch fn.Tag() {
	case TagFunc:
		return qualified(vm.slot(fn.Ref(), fnModule), vm.str(vm.slot(fn.Ref(), fnQualName)))
	case TagMethod:
		return vm.calleeName(vm.slot(fn.Ref(), 0))
	case TagBuiltin:
		return vm.heap.Side(fn.Ref()).(*builtinFn).name + "()"
	case TagType:
		t := vm.typeOfRef(fn.Ref())
		q := t.qualname()
		return qualified(vm.newStr(t.Module), q)
	}
	return vm.typeOf(fn).Name + " object"
}

// setUpdate adds every item of an iterable to a set.
func (vm *VM) setUpdate(s, src gc.Value) error {
	if isSetTag(src.Tag()) {
		return vm.setMerge(s, src)
	}
	if src.Tag() == TagDict {
		di := vm.dictIdx(s)
		n := vm.dictLen(src)
		if (di.cs.fill+n)*5 >= (len(di.cs.tab)-1)*3 {
			di.cs.resize((di.cs.used+n)*2, di.hashes)
		}
		vm.dictReserve(s, n) // fastset.go
	} else if (src.Tag() == TagList || src.Tag() == TagTuple) && vm.dictLen(s) == 0 {
		vm.dictReserve(s, min(len(vm.seqItems(src)), maxListReserve))
	}
	fast, full := vm.setAddFast(s) // gendrain.go
	return vm.iterateFast(src, fast, full)
}

// setOp implements | & - ^ on sets.
func (vm *VM) setOp(op bytecode.Op, a, b gc.Value) (gc.Value, error) {
	out := vm.newDictTag(a.Tag(), 4)
	switch op {
	case bytecode.BITOR:
		if isSetTag(b.Tag()) {
			_ = vm.setMergeRoom(out, a, vm.dictLen(b)) // (a set into an empty one: no __eq__)
		} else {
			vm.setUpdate(out, a)
		}
		return out, vm.setUpdate(out, b)
	case bytecode.BITAND:
		return vm.setIntersection(a, b)
	case bytecode.SUB:
		return vm.setDifference(a, b)
	case bytecode.BITXOR:
		// set(b), then b's copy updated with a, as CPython's
		// set_symmetric_difference (errors of __eq__ propagate)
		if isSetTag(b.Tag()) {
			_ = vm.setMergeRoom(out, b, vm.dictLen(a)) // (a set into an empty one: no __eq__)
		} else if err := vm.setUpdate(out, b); err != nil {
			return vEmpty, err
		}
		return out, vm.setSymmetricDifferenceUpdate(out, a)
	}
	return out, nil
}

// subset reports whether every item of a is in b.
func (vm *VM) subset(a, b gc.Value) bool {
	for _, k := range vm.dictKeys(a) {
		if _, ok, _ := vm.dictGet(b, k); !ok {
			return false
		}
	}
	return true
}

// setCompare implements comparisons of sets (subset order).
func (vm *VM) setCompare(op bytecode.Op, a, b gc.Value) (gc.Value, error) {
	la, lb := vm.dictLen(a), vm.dictLen(b)
	switch op {
	case bytecode.EQ:
		return gc.Bool(la == lb && vm.subset(a, b)), nil
	case bytecode.NE:
		return gc.Bool(!(la == lb && vm.subset(a, b))), nil
	case bytecode.LE:
		return gc.Bool(vm.subset(a, b)), nil
	case bytecode.LT:
		return gc.Bool(la < lb && vm.subset(a, b)), nil
	case bytecode.GE:
		return gc.Bool(vm.subset(b, a)), nil
	}
	return gc.Bool(lb < la && vm.subset(b, a)), nil
}

// toSet converts any iterable to a set value (sets pass through).
func (vm *VM) toSet(v gc.Value) (gc.Value, error) {
	if v.Tag() == TagSet || v.Tag() == TagFrozenset {
		return v, nil
	}
	s := vm.newDictTag(TagSet, 4)
	return s, vm.setUpdate(s, v)
}

var setMethods = map[string]bfunc{
	"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		vm.dictClear(args[0])
		if len(args) == 2 {
			return vNone, vm.setUpdate(args[0], args[1])
		}
		return vNone, nil
	},
	"add": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vNone, vm.dictSet(args[0], args[1], vNone)
	},
	"remove": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		_, ok, err := vm.dictDel(args[0], vm.setKey(args[1]))
		if err == nil && !ok {
			return vEmpty, vm.raiseValue(vm.newExc("KeyError", args[1]), vEmpty)
		}
		return vNone, err
	},
	"discard": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		_, _, err := vm.dictDel(args[0], vm.setKey(args[1]))
		return vNone, err
	},
	"pop": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		k, ok := vm.setPop(args[0])
		if !ok {
			return vEmpty, vm.raise("KeyError", "pop from an empty set")
		}
		return k, nil
	},
	"clear": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		vm.dictClear(args[0])
		return vNone, nil
	},
	"copy": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if args[0].Tag() == TagFrozenset {
			return args[0], nil
		}
		return vm.dictCopy(args[0], args[0].Tag()), nil
	},
	"update": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		for _, a := range args[1:] {
			if err := vm.setUpdate(args[0], a); err != nil {
				return vEmpty, err
			}
		}
		return vNone, nil
	},
	"union": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		out := vm.dictCopy(args[0], args[0].Tag())
		for _, a := range args[1:] {
			if err := vm.setUpdate(out, a); err != nil {
				return vEmpty, err
			}
		}
		return out, nil
	},
	"intersection": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		out := vm.dictCopy(args[0], args[0].Tag())
		for _, a := range args[1:] {
			var err error
			if out, err = vm.setIntersection(out, vm.unwrap(a)); err != nil {
				return vEmpty, err
			}
		}
		return out, nil
	},
	"intersection_update": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		// As set_intersection_multi: the first intersection walks the set
		// itself (its own table order, dummies and all), not a copy of it.
		out := args[0]
		if len(args) == 1 {
			out = vm.dictCopy(args[0], TagSet)
		}
		for _, a := range args[1:] {
			var err error
			if out, err = vm.setIntersection(out, vm.unwrap(a)); err != nil {
				return vEmpty, err
			}
		}
		vm.setSwapBodies(args[0], out)
		return vNone, nil
	},
	"difference": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 1 {
			return vm.dictCopy(args[0], args[0].Tag()), nil
		}
		out, err := vm.setDifference(args[0], vm.unwrap(args[1]))
		if err != nil {
			return vEmpty, err
		}
		for _, a := range args[2:] {
			if err := vm.setDifferenceUpdate(out, vm.unwrap(a)); err != nil {
				return vEmpty, err
			}
		}
		return out, nil
	},
	"difference_update": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		for _, a := range args[1:] {
			if err := vm.setDifferenceUpdate(args[0], vm.unwrap(a)); err != nil {
				return vEmpty, err
			}
		}
		return vNone, nil
	},
	"symmetric_difference": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		tag := args[0].Tag()
		out := vm.newDictTag(tag, 4)
		if err := vm.setUpdate(out, vm.unwrap(args[1])); err != nil {
			return vEmpty, err
		}
		return out, vm.setSymmetricDifferenceUpdate(out, args[0])
	},
	"symmetric_difference_update": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vNone, vm.setSymmetricDifferenceUpdate(args[0], vm.unwrap(args[1]))
	},
	"issubset": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s, err := vm.toSet(args[1])
		if err != nil {
			return vEmpty, err
		}
		return gc.Bool(vm.subset(args[0], s)), nil
	},
	"issuperset": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s, err := vm.toSet(args[1])
		if err != nil {
			return vEmpty, err
		}
		return gc.Bool(vm.subset(s, args[0])), nil
	},
	"isdisjoint": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s, err := vm.toSet(args[1])
		if err != nil {
			return vEmpty, err
		}
		r, _ := vm.setOp(bytecode.BITAND, args[0], s)
		return gc.Bool(vm.dictLen(r) == 0), nil
	},
}

// withEnter implements WITHENTER: regs[0] is the manager; regs[1] gets
// its bound __exit__; *dst the result of __enter__.
func (vm *VM) withEnter(regs []gc.Value, dst *gc.Value) error {
	return vm.managerEnter(regs, dst, "__enter__", "__exit__", "context manager")
}

// managerEnter is WITHENTER and ASYNCWITHENTER (async.go): regs[1] gets
// the manager's bound exit method, *dst what its enter method returns
// (for async with, the awaitable); protocol names the protocol in the
// TypeError of a manager without them.
func (vm *VM) managerEnter(regs []gc.Value, dst *gc.Value, enterName, exitName, protocol string) error {
	mgr := regs[0]
	t := vm.typeOf(mgr)
	enter, ok := vm.lookupS(t, enterName)
	if !ok {
		return vm.raise("TypeError", "'%s' object does not support the %s protocol", t.Name, protocol)
	}
	exit, ok := vm.lookupS(t, exitName)
	if !ok {
		return vm.raise("TypeError", "'%s' object does not support the %s protocol (missed %s method)", t.Name, protocol, exitName)
	}
	bexit, err := vm.bindAttr(exit, mgr, t)
	if err != nil {
		return err
	}
	regs[1] = bexit
	r, err := vm.callValue(enter, []gc.Value{mgr}, nil)
	if err != nil {
		return err
	}
	*dst = r
	return nil
}

// withExit calls __exit__ with the exception (or Nones); its result says
// whether to suppress the exception.
func (vm *VM) withExit(exit, exc gc.Value) (gc.Value, error) {
	if exc.IsEmpty() || exc.Tag() == gc.TagNone {
		return vm.callValue(exit, []gc.Value{vNone, vNone, vNone}, nil)
	}
	return vm.callValue(exit, []gc.Value{vm.typeOf(exc).Value(), exc, vNone}, nil)
}
