// This file holds random.py's sequence methods: choice, shuffle, sample
// (with its two strategies: a pool copy of the population when that is
// smaller than the hash set of chosen indexes would be, else rejection of
// repeated indexes through a set) and choices (uniform, or by bisecting
// cumulative weights). A Python sequence is seen through Seq, a length
// and an indexing callback, so elements are fetched exactly when and in
// the order random.py fetches them.

package random

import (
	"math"
	"math/big"

	"github.com/hotloop/hotloop/vm/num"
)

// Seq is a Python sequence: its len(), taken once by the caller, and
// seq[i] for 0 <= i < Len (At may run Python code and fail).
type Seq[T any] interface {
	Len() int
	At(i int) (T, error)
}

// Slice is a Seq over a Go slice.
type Slice[T any] []T

// Len returns len(s).
func (s Slice[T]) Len() int { return len(s) }

// At returns s[i], or an IndexError if i is out of range.
func (s Slice[T]) At(i int) (T, error) {
	if i < 0 || i >= len(s) {
		var zero T
		return zero, indexError("list index out of range")
	}
	return s[i], nil
}

// Choice returns random.choice(seq).
func Choice[T any](r *Random, seq Seq[T]) (T, error) {
	n := seq.Len()
	if n == 0 {
		var zero T
		return zero, indexError("Cannot choose from an empty sequence")
	}
	return seq.At(int(r.RandBelow64(uint64(n))))
}

// Shuffle is random.shuffle(x) for a sequence of length n: for i from
// n-1 down to 1 it draws j in [0, i] and calls swap(i, j), which must do
// x[i], x[j] = x[j], x[i]. An error from swap stops the shuffle.
func (r *Random) Shuffle(n int, swap func(i, j int) error) error {
	for i := n - 1; i > 0; i-- {
		j := int(r.RandBelow64(uint64(i) + 1))
		if err := swap(i, j); err != nil {
			return err
		}
	}
	return nil
}

// ShuffleSlice shuffles a Go slice in place as random.shuffle would.
func ShuffleSlice[T any](r *Random, x []T) {
	_ = r.Shuffle(len(x), func(i, j int) error {
		x[i], x[j] = x[j], x[i]
		return nil
	})
}

// maxItems bounds the lists sample() builds: beyond it CPython's
// [None] * k or list(population) would exhaust memory, and this package
// reports MemoryError instead of letting the Go runtime abort.
const maxItems = 1 << 30

func memoryError() error { return &num.Error{Type: "MemoryError"} }

// SampleIndexes returns the indexes random.sample(population, k) picks
// from a population of length n, in selection order.
func (r *Random) SampleIndexes(n, k int) ([]int, error) {
	if k < 0 || k > n {
		return nil, valueError("Sample larger than population or is negative")
	}
	pooled := n <= sampleSetSize(k)
	if k > maxItems || pooled && n > maxItems {
		return nil, memoryError()
	}
	result := make([]int, k)
	if pooled {
		// The pool holds the indexes not chosen yet in pool[:n-i].
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := 0; i < k; i++ {
			j := int(r.RandBelow64(uint64(n - i)))
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result, nil
	}
	selected := make(map[int]struct{}, k)
	for i := 0; i < k; i++ {
		j := int(r.RandBelow64(uint64(n)))
		for {
			if _, dup := selected[j]; !dup {
				break
			}
			j = int(r.RandBelow64(uint64(n)))
		}
		selected[j] = struct{}{}
		result[i] = j
	}
	return result, nil
}

// sampleSetSize is random.py's estimate of the memory of a k-item set
// against which the population's length is compared: 21, plus the hash
// table size 4**ceil(log(3k, 4)) when k > 5 (computed in floating point,
// as random.py does).
func sampleSetSize(k int) int {
	size := 21
	if k > 5 {
		e := math.Ceil(correctLog(float64(3*k)) / correctLog(4))
		if e > 30 {
			return math.MaxInt // beyond any list this package will build
		}
		size += int(math.Pow(4, e))
	}
	return size
}

// Sample returns random.sample(population, k). For the pool strategy
// random.py copies the whole population first (list(population)), so
// every element is fetched, in order, before any draw; for the set
// strategy only the chosen elements are fetched, after each draw.
func Sample[T any](r *Random, population Seq[T], k int) ([]T, error) {
	n := population.Len()
	if k < 0 || k > n {
		return nil, valueError("Sample larger than population or is negative")
	}
	pooled := n <= sampleSetSize(k)
	if k > maxItems || pooled && n > maxItems {
		return nil, memoryError()
	}
	if pooled {
		pool := make([]T, n)
		for i := range pool {
			v, err := population.At(i)
			if err != nil {
				return nil, err
			}
			pool[i] = v
		}
		idx, err := r.SampleIndexes(n, k)
		if err != nil {
			return nil, err
		}
		out := make([]T, k)
		for i, j := range idx {
			out[i] = pool[j]
		}
		return out, nil
	}
	out := make([]T, k)
	selected := make(map[int]struct{}, k)
	for i := 0; i < k; i++ {
		j := int(r.RandBelow64(uint64(n)))
		for {
			if _, dup := selected[j]; !dup {
				break
			}
			j = int(r.RandBelow64(uint64(n)))
		}
		selected[j] = struct{}{}
		v, err := population.At(j)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// SampleCounts returns random.sample(population, k, counts=counts) for
// int counts: the population repeated by counts, sampled through
// sample(range(total), k) and mapped back by bisecting the running sums.
// (If some count is not an int the interpreter must do the accumulation
// itself; a non-int total is MsgCountsNotIntegers.)
func SampleCounts[T any](r *Random, population Seq[T], counts []*big.Int, k int) ([]T, error) {
	n := population.Len()
	cum := make([]*big.Int, len(counts))
	sum := new(big.Int)
	for i, c := range counts {
		sum.Add(sum, c)
		cum[i] = new(big.Int).Set(sum)
	}
	if len(cum) != n {
		return nil, valueError("The number of counts does not match the population")
	}
	if n == 0 {
		return nil, indexError("pop from empty list")
	}
	total := cum[n-1]
	cum = cum[:n-1]
	if total.Sign() <= 0 {
		return nil, valueError("Total of counts must be greater than zero")
	}
	if !total.IsInt64() {
		return nil, overflowError("Python int too large to convert to C ssize_t")
	}
	if total.Int64() > int64(math.MaxInt) {
		return nil, overflowError("Python int too large to convert to C ssize_t")
	}
	selections, err := r.SampleIndexes(int(total.Int64()), k)
	if err != nil {
		return nil, err
	}
	out := make([]T, len(selections))
	s := new(big.Int)
	for i, sel := range selections {
		s.SetInt64(int64(sel))
		// bisect_right: the first running sum greater than s.
		lo, hi := 0, len(cum)
		for lo < hi {
			mid := (lo + hi) / 2
			if s.Cmp(cum[mid]) < 0 {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		v, err := population.At(lo)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// Choices returns random.choices(population, k=k) without weights: each
// pick is population[floor(random() * n)]. An empty population fails at
// the first pick with the sequence's IndexError, after one draw, as in
// CPython. k <= 0 gives an empty list.
func Choices[T any](r *Random, population Seq[T], k int) ([]T, error) {
	n := float64(population.Len())
	out := make([]T, 0, min(max(k, 0), 1<<16))
	for i := 0; i < k; i++ {
		v, err := population.At(int(math.Floor(r.Random() * n)))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// ChoicesWeights returns random.choices(population, weights, k=k) for
// float weights (ints below 2**53 convert exactly and give the same
// result): the weights are summed left to right in floating point, as
// itertools.accumulate does, and each pick bisects the running sums.
func ChoicesWeights[T any](r *Random, population Seq[T], weights []float64, k int) ([]T, error) {
	cum := make([]float64, len(weights))
	sum := 0.0
	for i, w := range weights {
		if i == 0 {
			sum = w
		} else {
			sum += w
		}
		cum[i] = sum
	}
	return ChoicesCumWeights(r, population, cum, k)
}

// ChoicesCumWeights returns random.choices(population, cum_weights=cum,
// k=k). (Passing both weights and cum_weights is the interpreter's
// TypeError "Cannot specify both weights and cumulative weights".)
func ChoicesCumWeights[T any](r *Random, population Seq[T], cum []float64, k int) ([]T, error) {
	n := population.Len()
	if len(cum) != n {
		return nil, valueError("The number of weights does not match the population")
	}
	if n == 0 {
		return nil, indexError("list index out of range")
	}
	total := cum[n-1] + 0.0
	if total <= 0.0 {
		return nil, valueError("Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, valueError("Total of weights must be finite")
	}
	out := make([]T, 0, min(max(k, 0), 1<<16))
	for i := 0; i < k; i++ {
		x := r.Random() * total
		// bisect_right over cum[0:n-1].
		lo, hi := 0, n-1
		for lo < hi {
			mid := (lo + hi) / 2
			if x < cum[mid] {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		v, err := population.At(lo)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}
