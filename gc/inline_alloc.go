// inline_alloc.go exports the allocator limits that code allocating
// outside this package needs: the JIT's wasm fast path pops small blocks
// off the free lists itself (wasmgen/allocfast.go) and must know which
// block sizes have a list of their own.

package gc

// Block size limits of the small-block free lists.
const (
	// SmallMax is the largest block size with a free list of its own;
	// the list of blocks of size n (a multiple of 16) heads at
	// CtlFreeHeads + 4*(n/16-1) and its bit in CtlNonEmpty is n/16-1.
	SmallMax = smallMax
	// MinBlock is the smallest block the allocator hands out.
	MinBlock = minBlock
	// BlockAlign is the granularity of block sizes.
	BlockAlign = blockAlign
)
