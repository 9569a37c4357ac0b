// faststr.go holds str fast paths that build their results directly in
// heap blocks and record the result's code-point count as they go:
// concatenation (the count of a+b is the sum of the parts' counts) and
// str.split on ASCII text (every part is ASCII). A str whose count is
// known answers len() and indexing in O(1) without the counting scan
// strChars would otherwise make on first use (docs/vm.md "str views").
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
	var items []gc.Value
	i := 0
	for {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		if maxsplit >= 0 && len(items) == maxsplit {
			items = append(items, vm.newASCIIStr(s[i:]))
			break
		}
		j := i + 1
		for j < len(s) && !asciiSpace[s[j]] {
			j++
		}
		items = append(items, vm.newASCIIStr(s[i:j]))
		i = j
	}
	return vm.newList(items, 0)
}

// splitASCIISep is str.split(sep, maxsplit) of ASCII text s by a
// non-empty sep (-1: no limit).
func (vm *VM) splitASCIISep(s, sep string, maxsplit int) gc.Value {
	var items []gc.Value
	for maxsplit < 0 || len(items) < maxsplit {
		j := strings.Index(s, sep)
		if j < 0 {
			break
		}
		items = append(items, vm.newASCIIStr(s[:j]))
		s = s[j+len(sep):]
	}
	items = append(items, vm.newASCIIStr(s))
	return vm.newList(items, 0)
}
