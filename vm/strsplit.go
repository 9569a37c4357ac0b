// strsplit.go holds str.split() without maxsplit for ASCII text, the form
// text-processing loops use: one counting pass without calls, then the
// words written straight into the list's storage (split was 16
// instructions per character with a callback per word in each pass).

package vm

import "github.com/hotloop/hotloop/gc"

// isASCIISpace reports whether the ASCII byte c is whitespace for
// str.split(): every such byte is at most ' ', so the table is read only
// for those.
func isASCIISpace(c byte) bool { return c <= ' ' && asciiSpace[c] }

// splitASCIIWords is str.split() of ASCII text s: the list of its runs of
// non-whitespace.
func (vm *VM) splitASCIIWords(s string) gc.Value {
	n := 0
	prevSpace := true
	for i := 0; i < len(s); i++ {
		sp := isASCIISpace(s[i])
		if prevSpace && !sp {
			n++
		}
		prevSpace = sp
	}
	lst := vm.newList(nil, n)
	// Nothing below collects (allocation never does), so the list, which
	// holds only the words made so far, may be filled in place.
	items := vm.slotsOf(vm.slot(lst.Ref(), 0).Ref(), n)
	i := 0
	for k := range items {
		for isASCIISpace(s[i]) { // a word follows: it was counted
			i++
		}
		j := i + 1
		for j < len(s) && !isASCIISpace(s[j]) {
			j++
		}
		items[k] = vm.newASCIIStr(s[i:j])
		i = j
	}
	vm.setRawU64(lst.Ref(), 1, 0, uint64(n))
	return lst
}
