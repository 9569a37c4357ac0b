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
// resident size, and a large one pays at most a stretch over its ~16 MiB
// and more. Where the setting is "always" or "never" the advice changes
// nothing; where the kernel refuses it, the heap works as before.

//go:build linux

package gc

import "syscall"

// hugePageFloor is where the huge-page advice starts in the memory.
const hugePageFloor = 16 << 20

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
