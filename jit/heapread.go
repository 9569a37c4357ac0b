// heapread.go holds the two small readers the JIT's decisions share when
// they look at the vm's objects in linear memory (list and range
// iterators, range objects: ownruns.go, shortunroll.go, stormsret.go,
// payoff_future.go).

package jit

import "encoding/binary"

// heapWord reads the little-endian word at addr of the heap's bytes mem;
// ok is false when the word is not inside it.
func heapWord(mem []byte, addr uint64) (w uint64, ok bool) {
	if addr+8 > uint64(len(mem)) {
		return 0, false
	}
	return binary.LittleEndian.Uint64(mem[addr:]), true
}

// rangeCount is the number of items of range(start, stop, step) (step
// is not 0).
func rangeCount(start, stop, step int64) int64 {
	switch {
	case step > 0 && start < stop:
		return (stop - start + step - 1) / step
	case step < 0 && start > stop:
		return (start - stop - step - 1) / -step
	}
	return 0
}
