// fastsort.go holds the ordering step of list.sort and sorted: a stable
// sort of the keys that returns the permutation to apply. Homogeneous keys
// get a comparison chosen once for the whole sort (as CPython 3.11's
// unsafe_*_compare): ints compare as int64, strs as Go strings fetched
// once per key rather than once per comparison, floats without NaN as
// float64, tuples of ints and strs item by item from flat arrays; those
// sorts order by (key, index), which makes an unstable pattern-defeating
// quicksort stable. Any
// other keys (tuples, mixed numbers, instances with __lt__) go through a
// merge sort calling the generic comparison, n log n times at most.

package vm

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// sortOrder returns the permutation that sorts keys stably (idx[i] is the
// index of the i-th key in order), or the first error a comparison
// raised. less is the generic "a < b" used when the keys are not all of one
// plain kind.
func (vm *VM) sortOrder(keys []gc.Value, less func(a, b gc.Value) bool) []int32 {
	n := len(keys)
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	if n < 2 {
		return idx
	}
	switch plainSortKind(keys) {
	case gc.TagInt:
		if sortPackedInts(keys, idx) { // sortpack.go
			return idx
		}
		type pair struct {
			k int64
			i int32
		}
		ps := make([]pair, n)
		for i, k := range keys {
			ps[i] = pair{k.Int(), int32(i)}
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if a.k != b.k {
				return cmp.Compare(a.k, b.k)
			}
			return cmp.Compare(a.i, b.i)
		})
		for i, p := range ps {
			idx[i] = p.i
		}
		return idx
	case gc.TagFloat:
		type pair struct {
			k float64
			i int32
		}
		ps := make([]pair, n)
		for i, k := range keys {
			ps[i] = pair{k.Float(), int32(i)}
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if a.k != b.k {
				return cmp.Compare(a.k, b.k)
			}
			return cmp.Compare(a.i, b.i)
		})
		for i, p := range ps {
			idx[i] = p.i
		}
		return idx
	case TagStr:
		// The first 8 bytes of each text, big-endian and zero-padded,
		// decide most comparisons as one integer compare (strprefix.go).
		// The texts stay aside, looked up only on equal prefixes.
		type pair struct {
			p uint64
			i int32
		}
		ps := make([]pair, n)
		texts := make([]string, n)
		for i, k := range keys {
			t := vm.str(k)
			ps[i], texts[i] = pair{strPrefix(t), int32(i)}, t
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if a.p != b.p {
				return cmp.Compare(a.p, b.p)
			}
			if c := strings.Compare(texts[a.i], texts[b.i]); c != 0 {
				return c
			}
			return cmp.Compare(a.i, b.i)
		})
		for i, p := range ps {
			idx[i] = p.i
		}
		return idx
	}
	if vm.sortPlainTuples(keys, idx) {
		return idx
	}
	mergeSortIdx(idx, make([]int32, n), func(a, b int32) bool { return less(keys[a], keys[b]) })
	return idx
}

// sortPlainTuples sorts idx by keys when every key is a tuple of ints and
// strs with one kind per position (so no comparison can raise or run user
// code), as sorted(d.items(), key=lambda kv: (-kv[1], kv[0])) makes. The
// items are fetched once into flat Go arrays. It reports false, leaving idx
// alone, for any other keys.
func (vm *VM) sortPlainTuples(keys []gc.Value, idx []int32) bool {
	var colStr []bool // per position: strs (true) or ints
	total := 0
	for _, k := range keys {
		if k.Tag() != TagTuple {
			return false
		}
		items := vm.tupleItems(k)
		for j, it := range items {
			isStr := it.Tag() == TagStr
			if !isStr && it.Tag() != gc.TagInt {
				return false
			}
			if j == len(colStr) {
				colStr = append(colStr, isStr)
			} else if colStr[j] != isStr {
				return false
			}
		}
		total += len(items)
	}
	if total == 2*len(keys) && len(colStr) == 2 && vm.sortPairTuples(keys, idx, colStr[0], colStr[1]) {
		return true
	}
	off := make([]int32, len(keys)+1)
	ints := make([]int64, total)
	strs := make([]string, total)
	p := 0
	for i, k := range keys {
		off[i] = int32(p)
		for j, it := range vm.tupleItems(k) {
			if colStr[j] {
				strs[p] = vm.str(it)
			} else {
				ints[p] = it.Int()
			}
			p++
		}
	}
	off[len(keys)] = int32(p)
	slices.SortFunc(idx, func(a, b int32) int {
		pa, ea, pb, eb := off[a], off[a+1], off[b], off[b+1]
		for j := 0; pa < ea && pb < eb; j, pa, pb = j+1, pa+1, pb+1 {
			var c int
			if colStr[j] {
				c = strings.Compare(strs[pa], strs[pb])
			} else {
				c = cmp.Compare(ints[pa], ints[pb])
			}
			if c != 0 {
				return c
			}
		}
		if c := cmp.Compare(ea-off[a], eb-off[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return true
}

// plainSortKind returns TagInt, TagFloat or TagStr when every key has that
// tag (floats: and none is a NaN, whose comparisons are all false), else
// TagEmpty.
func plainSortKind(keys []gc.Value) gc.Tag {
	t := keys[0].Tag()
	if t != gc.TagInt && t != gc.TagFloat && t != TagStr {
		return gc.TagEmpty
	}
	for _, k := range keys {
		if k.Tag() != t || (t == gc.TagFloat && math.IsNaN(k.Float())) {
			return gc.TagEmpty
		}
	}
	return t
}

// mergeSortIdx sorts idx stably by less: insertion sort on short runs,
// then bottom-up merges through buf (as long as idx), skipping a merge
// when the two runs are already in order.
func mergeSortIdx(idx, buf []int32, less func(a, b int32) bool) {
	const run = 16
	n := len(idx)
	for lo := 0; lo < n; lo += run {
		hi := min(lo+run, n)
		for i := lo + 1; i < hi; i++ {
			v := idx[i]
			j := i
			for j > lo && less(v, idx[j-1]) {
				idx[j] = idx[j-1]
				j--
			}
			idx[j] = v
		}
	}
	for width := run; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			mid, hi := lo+width, min(lo+2*width, n)
			if !less(idx[mid], idx[mid-1]) {
				continue // already in order
			}
			copy(buf[lo:mid], idx[lo:mid])
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if less(idx[j], buf[i]) {
					idx[k] = idx[j]
					j++
				} else {
					idx[k] = buf[i]
					i++
				}
				k++
			}
			copy(idx[k:], buf[i:mid])
		}
	}
}

// sortKey is what a plain tuple position holds: an int or a str's text.
type sortKey interface{ int64 | string }

// compareKeys is cmp.Compare without the NaN handling neither kind needs.
func compareKeys[T sortKey](a, b T) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// keyRow is one 2-tuple sort key flattened, with the key's index.
type keyRow[A, B sortKey] struct {
	a A
	b B
	i int32
}

// sortPairTuples is sortPlainTuples for keys that are all 2-tuples with
// strs at the positions str0 and str1 say (the (-count, word) and
// (v % 100, -v) keys of the benchmarks): it sorts flat rows holding both
// items, so a comparison reads one row per key. It reports false when a
// key is not a 2-tuple.
func (vm *VM) sortPairTuples(keys []gc.Value, idx []int32, str0, str1 bool) bool {
	for _, k := range keys {
		if vm.numSlots(k.Ref()) != 2 {
			return false
		}
	}
	switch {
	case !str0 && !str1:
		sortKeyRows(vm, keys, idx, func(v gc.Value) int64 { return v.Int() }, func(v gc.Value) int64 { return v.Int() })
	case !str0 && str1:
		sortKeyRows(vm, keys, idx, func(v gc.Value) int64 { return v.Int() }, vm.str)
	case str0 && !str1:
		sortKeyRows(vm, keys, idx, vm.str, func(v gc.Value) int64 { return v.Int() })
	default:
		sortKeyRows(vm, keys, idx, vm.str, vm.str)
	}
	return true
}

// sortKeyRows fills the rows of 2-tuple keys with getA and getB, sorts
// them by (a, b, index) and writes the order to idx.
func sortKeyRows[A, B sortKey](vm *VM, keys []gc.Value, idx []int32, getA func(gc.Value) A, getB func(gc.Value) B) {
	rows := make([]keyRow[A, B], len(keys))
	for i, k := range keys {
		r := k.Ref()
		rows[i] = keyRow[A, B]{getA(vm.slot(r, 0)), getB(vm.slot(r, 1)), int32(i)}
	}
	slices.SortFunc(rows, func(x, y keyRow[A, B]) int {
		if c := compareKeys(x.a, y.a); c != 0 {
			return c
		}
		if c := compareKeys(x.b, y.b); c != 0 {
			return c
		}
		return compareKeys(int64(x.i), int64(y.i))
	})
	for i, r := range rows {
		idx[i] = r.i
	}
}
