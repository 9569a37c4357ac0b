package wasmgen

import (
	"cmp"
	"math/rand"
	"slices"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// TestAppendSharedLastOrder checks appendSharedLast against the order
// planExits defines (a stable sort by sharing count, then offset
// descending, then value, the count looked up at each comparison), on
// random store steps with repeated offsets, values and counts, and that
// it looks each step's count up once: planExits' lowering time went to
// those lookups when the sort made them at every comparison (it fails
// with the lookup moved back into the comparison).
func TestAppendSharedLastOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(30))
	var scratch []keyedStep
	for trial := 0; trial < 300; trial++ {
		n := rng.Intn(40)
		st := make([]exitStep, n)
		counts := map[exitStep]int{}
		for i := range st {
			st[i] = exitStep{kind: stepStore, off: uint32(8 * rng.Intn(6)), ref: ir.Ref(rng.Intn(5))}
			if rng.Intn(4) == 0 {
				st[i].snap = ir.SnapID(1 + rng.Intn(3)) // a virtual's store: key 0
			}
			counts[st[i]] = rng.Intn(4)
		}
		key := func(s exitStep) int {
			if s.snap != 0 {
				return 0
			}
			return counts[s]
		}
		want := slices.Clone(st)
		slices.SortStableFunc(want, func(a, b exitStep) int {
			if c := cmp.Compare(key(a), key(b)); c != 0 {
				return c
			}
			if c := cmp.Compare(b.off, a.off); c != 0 {
				return c
			}
			return cmp.Compare(a.ref, b.ref)
		})
		lookups := 0
		counting := func(s exitStep) int { lookups++; return key(s) }
		head := []exitStep{{kind: stepCode, snap: 9}}
		got := appendSharedLast(slices.Clone(head), slices.Clone(st), counting, &scratch)
		if !slices.Equal(got[:1], head) || !slices.Equal(got[1:], want) {
			t.Fatalf("trial %d: order\n got %v\nwant %v", trial, got[1:], want)
		}
		if lookups != n {
			t.Fatalf("trial %d: %d lookups of the sharing count for %d steps", trial, lookups, n)
		}
	}
}
