// hugepage_linux.go asks the kernel for transparent huge pages behind the
// heap's reservation (madvise(MADV_HUGEPAGE)), for the kernels whose
// transparent_hugepage setting is "madvise" (Debian's default): a 2 MiB
// stretch of the committed memory is then backed by one page at its first
// touch instead of 512, and on a virtual machine each page fault is dear
// (11-13 us on session 35's: bench/alloc_tuples took 9,261 minor faults
// and 0.12 s of system time with --jit=off). The price is resident
// memory: a touch anywhere in a whole 2 MiB stretch of the committed,
// read-write part makes all of it resident (the growing edge, committed
// but untouched, is not), so the advice starts hugePageFloor bytes into
// the memory: a small program's heap keeps its small pages and its
// resident size, and a large one pays at most a stretch over its ~20 MiB
// and more. Where the setting is "always" or "never" the advice changes
// nothing; where the kernel refuses it, the heap works as before.

//go:build linux

package gc

import "syscall"

// hugePageFloor is where the huge-page advice starts in the memory. The
// interpreter's register stack fills the memory's first 16 MiB (untouched
// but for its front) and its first objects start near 18 MiB, so a floor
// of 20 MiB keeps the first stretch of objects on small pages: a small
// program's few hundred KiB of objects do not make 2 MiB resident (print(1)
// peaks at 12 MiB, CPython at 13).
const hugePageFloor = 20 << 20

// hugePageSize is the size of a transparent huge page on amd64 and arm64
// (with 4 KiB base pages): the stretch the kernel backs at once.
const hugePageSize = 2 << 20

// writableEnd is where the writable part of the reservation ends when the
// memory has size bytes: size itself below the huge-page floor, the next
// huge-page boundary above it. The kernel backs a stretch with a huge page
// only if its first touch finds all of it inside one advised mapping and
// none of it resident. A stretch cut by the writable end is touched at its
// front before the memory grows over the rest, and then takes 512 small
// faults: bench/alloc_tuples 3,592 -> 1,562 faults with the JIT off. The
// bytes past size are writable but in no memory: wasm code and the heap
// see only size bytes, nothing touches the rest, and it stays unresident.
func writableEnd(size uint64) uint64 {
	if size <= hugePageFloor {
		return size
	}
	return (size + hugePageSize - 1) &^ (hugePageSize - 1)
}

// adviseHugePages asks for huge pages behind b from hugePageFloor on;
// failure is ignored. (Not inlined: inlined, it made reserve longer by
// one 32-byte step and moved everything linked after it, the
// interpreter's (*VM).run included, off its 64-byte alignment.)
//
//go:noinline
func adviseHugePages(b []byte) {
	if len(b) > hugePageFloor {
		_ = syscall.Madvise(b[hugePageFloor:], syscall.MADV_HUGEPAGE)
	}
}
