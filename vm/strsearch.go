// strsearch.go holds the substring searches of str (find/rfind/index/
// rindex/count/startswith/endswith) with CPython's treatment of the
// optional start and end arguments: None or any __index__ value, clamped
// as ADJUST_INDICES does (start is not clamped to the length, so an
// empty needle past the end is not found).

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// strBound converts an optional start/end argument of a str search to an
// int64: None (or absent) gives def; big ints saturate.
func (vm *VM) strBound(v gc.Value, def int64) (int64, error) {
	if v.IsEmpty() || v.Tag() == gc.TagNone {
		return def, nil
	}
	if v.Tag() == TagBigInt {
		if vm.toInt(v).Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	if !vm.hasIndex(v) {
		return 0, vm.raise("TypeError", "slice indices must be integers or None or have an __index__ method")
	}
	n, err := vm.indexValue(v)
	if err != nil {
		return 0, err
	}
	return n, nil
}

// strRange reads the optional start and end arguments args[2], args[3] of
// a search over n code points and adjusts them as CPython's ADJUST_INDICES.
func (vm *VM) strRange(name string, args []gc.Value, n int) (int, int, error) {
	if len(args) > 4 {
		return 0, 0, vm.raise("TypeError", "%s expected at most 3 arguments, got %d", name, len(args)-1)
	}
	var sv, ev gc.Value
	if len(args) > 2 {
		sv = args[2]
	}
	if len(args) > 3 {
		ev = args[3]
	}
	start, err := vm.strBound(sv, 0)
	if err != nil {
		return 0, 0, err
	}
	end, err := vm.strBound(ev, int64(n))
	if err != nil {
		return 0, 0, err
	}
	if end > int64(n) {
		end = int64(n)
	} else if end < 0 {
		end += int64(n)
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += int64(n)
		if start < 0 {
			start = 0
		}
	}
	if start > 1<<40 {
		start = 1 << 40
	}
	return int(start), int(end), nil
}

// strNeedle checks the substring argument of a search.
func (vm *VM) strNeedle(name string, args []gc.Value) (string, error) {
	if len(args) < 2 {
		return "", vm.raise("TypeError", "%s() takes at least 1 argument (0 given)", name)
	}
	if args[1].Tag() != TagStr {
		return "", vm.raise("TypeError", "must be str, not %s", vm.typeOf(args[1]).Name)
	}
	return vm.str(args[1]), nil
}

// strSearch implements find/rfind/index/rindex and returns a code point
// index or -1.
func (vm *VM) strSearch(args []gc.Value, name string, rev bool) (int, error) {
	sub, err := vm.strNeedle(name, args)
	if err != nil {
		return 0, err
	}
	s := vm.str(args[0])
	if len(args) == 2 {
		// The whole text: search its bytes (a UTF-8 needle only matches at
		// code point boundaries) and count code points before the match.
		var i int
		if rev {
			i = strings.LastIndex(s, sub)
		} else {
			i = strings.Index(s, sub)
		}
		if i <= 0 || vm.strIsASCII(args[0]) {
			return i, nil
		}
		return strLen(s[:i]), nil
	}
	if vm.strIsASCII(args[0]) {
		// ASCII: byte indices are code point indices.
		start, end, err := vm.strRange(name, args, len(s))
		if err != nil {
			return 0, err
		}
		if end-start < len(sub) {
			return -1, nil
		}
		hay := vm.str(args[0])[start:end]
		i := indexIn(hay, sub, rev)
		if i < 0 {
			return -1, nil
		}
		return start + i, nil
	}
	// Not all ASCII: the window's byte offsets, found by walking the
	// text (faststr.go), bound a view of it, lone surrogates included.
	chars := vm.strChars(args[0])
	start, end, err := vm.strRange(name, args, chars)
	if err != nil {
		return 0, err
	}
	nsub := strLen(sub)
	if end-start < nsub {
		return -1, nil
	}
	s = vm.str(args[0])
	hay := s[charOffset(s, chars, start):charOffset(s, chars, end)]
	i := indexIn(hay, sub, rev)
	if i < 0 {
		return -1, nil
	}
	return start + strLen(hay[:i]), nil
}

// indexIn is the byte offset of sub's first (last, when rev) occurrence in
// hay, or -1.
func indexIn(hay, sub string, rev bool) int {
	if rev {
		return strings.LastIndex(hay, sub)
	}
	return strings.Index(hay, sub)
}

// strCount implements str.count.
func (vm *VM) strCount(args []gc.Value) (gc.Value, error) {
	sub, err := vm.strNeedle("count", args)
	if err != nil {
		return vEmpty, err
	}
	if len(args) == 2 && sub != "" {
		return gc.Int(int64(strings.Count(vm.str(args[0]), sub))), nil
	}
	if vm.strIsASCII(args[0]) {
		n := vm.strByteLen(args[0])
		start, end, err := vm.strRange("count", args, n)
		if err != nil {
			return vEmpty, err
		}
		if start > n || end < start {
			return gc.Int(0), nil
		}
		if sub == "" {
			return gc.Int(int64(end - start + 1)), nil
		}
		return gc.Int(int64(strings.Count(vm.str(args[0])[start:end], sub))), nil
	}
	chars := vm.strChars(args[0])
	start, end, err := vm.strRange("count", args, chars)
	if err != nil {
		return vEmpty, err
	}
	if start > chars || end < start {
		return gc.Int(0), nil
	}
	s := vm.str(args[0])
	hay := s[charOffset(s, chars, start):charOffset(s, chars, end)]
	if sub == "" {
		return gc.Int(int64(end - start + 1)), nil
	}
	return gc.Int(int64(strings.Count(hay, sub))), nil
}

// strAffix implements startswith/endswith, with a tuple of affixes too.
func (vm *VM) strAffix(args []gc.Value, name string, suffix bool) (gc.Value, error) {
	if len(args) < 2 {
		return vEmpty, vm.raise("TypeError", "%s() takes at least 1 argument (0 given)", name)
	}
	if len(args) == 2 && args[1].Tag() == TagStr {
		// No start or end: a prefix of the text's bytes is a prefix of its
		// code points (WTF-8 is prefix-free per code point).
		if suffix {
			return gc.Bool(strings.HasSuffix(vm.str(args[0]), vm.str(args[1]))), nil
		}
		return gc.Bool(strings.HasPrefix(vm.str(args[0]), vm.str(args[1]))), nil
	}
	chars := vm.strChars(args[0])
	start, end, err := vm.strRange(name, args, chars)
	if err != nil {
		return vEmpty, err
	}
	match := func(p string) bool {
		if end-strLen(p) < start {
			return false
		}
		// A code-point prefix (suffix) of the window is a byte prefix
		// (suffix) of its WTF-8 text.
		s := vm.str(args[0])
		hay := s[charOffset(s, chars, start):charOffset(s, chars, end)]
		if suffix {
			return strings.HasSuffix(hay, p)
		}
		return strings.HasPrefix(hay, p)
	}
	if args[1].Tag() == TagTuple {
		for _, p := range vm.tupleItems(args[1]) {
			if p.Tag() != TagStr {
				return vEmpty, vm.raise("TypeError", "tuple for %s must only contain str, not %s", name, vm.typeOf(p).Name)
			}
			if match(vm.str(p)) {
				return vTrue, nil
			}
		}
		return vFalse, nil
	}
	if args[1].Tag() != TagStr {
		return vEmpty, vm.raise("TypeError", "%s first arg must be str or a tuple of str, not %s", name, vm.typeOf(args[1]).Name)
	}
	return gc.Bool(match(vm.str(args[1]))), nil
}

// isIterable reports whether iter(v) can succeed without calling it: a
// builtin iterable, or an instance whose class defines __iter__ or
// __getitem__ or that wraps a builtin value.
func (vm *VM) isIterable(v gc.Value) bool {
	switch v.Tag() {
	case TagRange, TagList, TagTuple, TagStr, TagDict, TagSet, TagFrozenset, TagDictView, TagIter, TagBytes, TagByteArray:
		return true
	case TagObject:
		t := vm.typeOf(v)
		if _, ok := vm.lookupS(t, "__iter__"); ok {
			return true
		}
		if _, ok := vm.baseOf(v); ok {
			return true
		}
		_, ok := vm.lookupS(t, "__getitem__")
		return ok
	}
	return false
}
