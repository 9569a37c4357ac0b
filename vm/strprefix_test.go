package vm

import (
	"math/rand/v2"
	"testing"
)

// TestStrPrefixOrder checks that ordering by strPrefix never contradicts
// the texts' order, over texts built from a small alphabet with NULs and
// non-ASCII bytes, so that long shared prefixes and padding ties occur.
func TestStrPrefixOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"\x00", "a", "b", "\x7f", "é", "😀", "\xed\xa0\x80"}
	text := func() string {
		s := ""
		for range rng.IntN(12) {
			s += alphabet[rng.IntN(len(alphabet))]
		}
		return s
	}
	ties := 0
	for range 200000 {
		a, b := text(), text()
		pa, pb := strPrefix(a), strPrefix(b)
		switch {
		case pa < pb && !(a < b), pa > pb && !(a > b):
			t.Fatalf("%q (%#x) and %q (%#x): prefixes disagree with the texts", a, pa, b, pb)
		case pa == pb && a != b:
			ties++
		}
	}
	if ties == 0 {
		t.Error("no equal prefixes of different texts: the test is too weak")
	}
}
