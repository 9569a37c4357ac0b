// Package gc is the heap that the interpreter and the JIT's wasm traces
// share: one wazero linear memory whose address never moves, tagged 16-byte
// values, objects allocated from size-classed free lists in that memory, and
// a precise, non-moving mark-sweep collector that runs only at safepoints.
//
// The heap lives in linear memory so that a trace reads and writes objects
// with plain loads and stores, never calling back into Go on its hot path.
// Go sees the same bytes through a []byte view (Heap.Bytes) of a 4 GiB
// reservation that is made accessible page by page as the memory grows.
//
// An object is a Ref (its offset in the memory) to a 16-byte header, then
// NumValues value slots that the collector scans, then raw bytes that it
// does not. Offset 0 is null. A Value is a Tag and a 64-bit payload: small
// int, float, bool, None, or a reference. An object may own a Go value (a
// string's bytes, a dict's map) through a side table freed with the object.
//
// Alloc never collects. MaybeCollect is the safepoint: it collects when
// enough has been allocated since the last collection, or every time in
// stress mode. The roots are the vm's Roots, the root stack that Go code
// pushes references on across safepoints, and permanent roots.
//
// docs/heap.md gives the layout, the protocol for traces, and the reasons.
package gc
