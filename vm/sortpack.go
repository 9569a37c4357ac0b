// sortpack.go sorts small ints packed with their positions: when the keys'
// range and the positions fit in 64 bits together, (key - min) << bits of
// the position | position orders exactly as (key, position), so the sort
// compares plain uint64s (slices.Sort, no comparison function call per
// step: a sort of 20000 int keys took ~35 instructions per comparison
// through the (key, index) pairs' function).

package vm

import (
	"math/bits"
	"slices"

	"github.com/hotloop/hotloop/gc"
)

// sortPackedInts writes into idx the stable sorting permutation of keys,
// all small ints, and reports true, or reports false (idx untouched)
// when the keys span too wide a range to pack beside the positions.
func sortPackedInts(keys []gc.Value, idx []int32) bool {
	n := len(keys)
	lo, hi := keys[0].Int(), keys[0].Int()
	for _, k := range keys[1:] {
		lo, hi = min(lo, k.Int()), max(hi, k.Int())
	}
	span := uint64(hi) - uint64(lo) // exact: hi >= lo
	ib := bits.Len64(uint64(n - 1))
	if bits.Len64(span)+ib > 64 {
		return false
	}
	ps := make([]uint64, n)
	for i, k := range keys {
		ps[i] = (uint64(k.Int())-uint64(lo))<<ib | uint64(i)
	}
	slices.Sort(ps)
	mask := uint64(1)<<ib - 1
	for i, p := range ps {
		idx[i] = int32(p & mask)
	}
	return true
}
