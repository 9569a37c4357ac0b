// faststr.go holds str fast paths that build their results directly in
// heap blocks and record the result's code-point count as they go:
// concatenation (the count of a+b is the sum of the parts' counts),
// str.split on ASCII text (every part is ASCII) and str.replace. A str
// whose count is known answers len() and indexing in O(1) without the
// counting scan strChars would otherwise make on first use (docs/vm.md
// "str views" and "Objects").
//
// It also holds indexing, slicing and the search windows of strs that are
// not all ASCII: they walk the WTF-8 text by code point (charOffset)
// instead of decoding it into runes, which allocated per s[i] and turned
// lone surrogates into U+FFFD.
//
// Nothing here runs Python code or collects, so the views of the
// arguments stay valid while the results are built.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// strCountedChars returns a str's code-point count when it is already
// known, counting it first when the text is short (a cheap scan that also
// caches the count on that str).
func (vm *VM) strCountedChars(v gc.Value) (int, bool) {
	w := vm.rawU64(v.Ref(), 0, strLenWord)
	if c := w >> 32; c != 0 {
		return int(c - 1), true
	}
	if uint32(w) <= 64 {
		return vm.strChars(v), true
	}
	return 0, false
}

// strConcat returns the str a+b for two strs, with its code-point count
// recorded when both parts' counts are known.
func (vm *VM) strConcat(a, b gc.Value) gc.Value {
	sa, sb := vm.str(a), vm.str(b)
	n := len(sa) + len(sb)
	if n <= 1 {
		return vm.newStr(sa + sb)
	}
	ca, oka := vm.strCountedChars(a)
	cb, okb := vm.strCountedChars(b)
	v, buf := vm.newStrBuf(n)
	copy(buf[copy(buf, sa):], sb)
	if oka && okb {
		vm.setRawU64(v.Ref(), 0, strLenWord, uint64(n)|uint64(ca+cb+1)<<32)
	}
	return v
}

// newASCIIStr returns a new str holding s, which is all ASCII, with its
// count recorded.
func (vm *VM) newASCIIStr(s string) gc.Value {
	if len(s) <= 1 {
		return vm.newStr(s)
	}
	v, buf := vm.newStrBuf(len(s))
	copy(buf, s)
	vm.setRawU64(v.Ref(), 0, strLenWord, uint64(len(s))|uint64(len(s)+1)<<32)
	return v
}

// asciiSpace marks the ASCII code points str.split() and str.isspace()
// treat as whitespace: \t \n \v \f \r, the separators 0x1c-0x1f, space.
var asciiSpace = [128]bool{
	'\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true, ' ': true,
}

// splitASCIIWhitespace is str.split() (sep None) of ASCII text s with
// maxsplit (-1: no limit): the list of its runs of non-whitespace; once
// maxsplit parts are split off, the rest of the text after the next
// whitespace run is the last part, trailing whitespace included.
func (vm *VM) splitASCIIWhitespace(s string, maxsplit int) gc.Value {
	// Two passes: count the words, then make the list at its size and the
	// words straight into it (no Go slice of values growing by doubling:
	// that was most of the Go garbage of a text-splitting loop).
	if maxsplit < 0 {
		return vm.splitASCIIWords(s) // strsplit.go
	}
	n := 0
	asciiWords(s, maxsplit, func(int, int) { n++ })
	lst := vm.newList(nil, n)
	asciiWords(s, maxsplit, func(i, j int) { vm.listAppend(lst, vm.newASCIIStr(s[i:j])) })
	return lst
}

// asciiWords calls word(i, j) for each word s[i:j] of ASCII text s split at
// runs of whitespace, the last one running to the end of s once maxsplit
// words have been cut (maxsplit < 0: no limit).
func asciiWords(s string, maxsplit int, word func(i, j int)) {
	i, cut := 0, 0
	for {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		if i == len(s) {
			return
		}
		if maxsplit >= 0 && cut == maxsplit {
			word(i, len(s))
			return
		}
		j := i + 1
		for j < len(s) && !asciiSpace[s[j]] {
			j++
		}
		word(i, j)
		cut++
		i = j
	}
}

// splitASCIISep is str.split(sep, maxsplit) of ASCII text s by a
// non-empty sep (-1: no limit).
func (vm *VM) splitASCIISep(s, sep string, maxsplit int) gc.Value {
	n := strings.Count(s, sep)
	if maxsplit >= 0 {
		n = min(n, maxsplit)
	}
	lst := vm.newList(nil, n+1)
	for k := 0; k < n; k++ {
		j := strings.Index(s, sep)
		vm.listAppend(lst, vm.newASCIIStr(s[:j]))
		s = s[j+len(sep):]
	}
	vm.listAppend(lst, vm.newASCIIStr(s))
	return lst
}

// strReplace is str.replace(old, new, count) for a non-empty old (count
// -1: all): the result is sized first and built in its block, with its
// code-point count when the parts' counts are known; with nothing to
// replace it is s itself, as CPython returns an exact str unchanged.
func (vm *VM) strReplace(s, old, nw gc.Value, count int) gc.Value {
	ss, so, sn := vm.str(s), vm.str(old), vm.str(nw)
	k := strings.Count(ss, so)
	if count >= 0 && count < k {
		k = count
	}
	if k == 0 {
		return s
	}
	n := len(ss) + k*(len(sn)-len(so))
	if n <= 1 {
		return vm.newStr(strings.Replace(ss, so, sn, k))
	}
	cs, oks := vm.strCountedChars(s)
	co, oko := vm.strCountedChars(old)
	cn, okn := vm.strCountedChars(nw)
	v, buf := vm.newStrBuf(n)
	at, rest := 0, ss
	for range k {
		j := strings.Index(rest, so)
		at += copy(buf[at:], rest[:j])
		at += copy(buf[at:], sn)
		rest = rest[j+len(so):]
	}
	copy(buf[at:], rest)
	if oks && oko && okn {
		vm.setRawU64(v.Ref(), 0, strLenWord, uint64(n)|uint64(cs+k*(cn-co)+1)<<32)
	}
	return v
}

// utf8Len is the length of the WTF-8 sequence whose lead byte is c.
func utf8Len(c byte) int {
	switch {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// charOffset returns the byte offset of code point i (0 <= i <= chars)
// of s, which has chars code points, walking from the nearer end.
func charOffset(s string, chars, i int) int {
	if chars == len(s) {
		return i // ASCII
	}
	if i <= chars/2 {
		b := 0
		for ; i > 0; i-- {
			b += utf8Len(s[b])
		}
		return b
	}
	b := len(s)
	for k := chars - i; k > 0; k-- {
		b--
		for s[b]&0xC0 == 0x80 {
			b--
		}
	}
	return b
}

// strCharAt is s[i] for a str that is not all ASCII: the code point is
// found by walking the text (no decoding into runes, so lone surrogates
// stay themselves).
func (vm *VM) strCharAt(v gc.Value, i int64) (gc.Value, error) {
	chars := vm.strChars(v)
	if i < 0 {
		i += int64(chars)
	}
	if i < 0 || i >= int64(chars) {
		return vEmpty, vm.raise("IndexError", "string index out of range")
	}
	s := vm.str(v)
	b := charOffset(s, chars, int(i))
	return vm.newStr(s[b : b+utf8Len(s[b])]), nil
}

// strSliceChars is the slice of a str that is not all ASCII, given by
// the code-point indices sliceIndices computed (n code points from
// start by step). The result is built in its block with its count.
func (vm *VM) strSliceChars(v gc.Value, start, step, n int) gc.Value {
	if n == 0 {
		return vm.emptyStr
	}
	chars := vm.strChars(v)
	s := vm.str(v)
	var out gc.Value
	if step == 1 {
		if n == chars {
			return v
		}
		b0 := charOffset(s, chars, start)
		b1 := b0
		for k := 0; k < n; k++ {
			b1 += utf8Len(s[b1])
		}
		out = vm.newStr(s[b0:b1])
	} else {
		// The byte offset of every code point, then the chosen ones.
		offs := make([]int32, 0, chars+1)
		for b := 0; b < len(s); b += utf8Len(s[b]) {
			offs = append(offs, int32(b))
		}
		offs = append(offs, int32(len(s)))
		size := 0
		for k, c := 0, start; k < n; k, c = k+1, c+step {
			size += int(offs[c+1] - offs[c])
		}
		if size <= 1 {
			// One ASCII code point: the shared one-character str.
			return vm.newStr(s[offs[start] : int(offs[start])+size])
		}
		var buf []byte
		out, buf = vm.newStrBuf(size)
		at := 0
		for k, c := 0, start; k < n; k, c = k+1, c+step {
			at += copy(buf[at:], s[offs[c]:offs[c+1]])
		}
	}
	if out.Tag() == TagStr && out != vm.emptyStr {
		vm.setRawU64(out.Ref(), 0, strLenWord, uint64(vm.strByteLen(out))|uint64(n+1)<<32)
	}
	return out
}

// strReplaceEmpty is str.replace("", new, count): new before each code
// point and at the end, count times at most (-1: all). It walks the
// WTF-8 text by code point, so lone surrogates stay whole (a byte-wise
// UTF-8 split cut them into three).
func (vm *VM) strReplaceEmpty(s, nw gc.Value, count int) gc.Value {
	chars := vm.strChars(s)
	k := chars + 1
	if count >= 0 && count < k {
		k = count
	}
	if k == 0 {
		return s
	}
	ss, sn := vm.str(s), vm.str(nw)
	n := len(ss) + k*len(sn)
	if n <= 1 {
		return vm.newStr(sn + ss)
	}
	v, buf := vm.newStrBuf(n)
	at, b := 0, 0
	for i := 0; i < k; i++ {
		at += copy(buf[at:], sn)
		if b < len(ss) {
			l := utf8Len(ss[b])
			at += copy(buf[at:], ss[b:b+l])
			b += l
		}
	}
	copy(buf[at:], ss[b:])
	if cn, ok := vm.strCountedChars(nw); ok {
		vm.setRawU64(v.Ref(), 0, strLenWord, uint64(n)|uint64(chars+k*cn+1)<<32)
	}
	return v
}
