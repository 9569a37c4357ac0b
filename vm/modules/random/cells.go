// This file holds the layout of a generator's twister state in memory.
// The interpreter keeps each generator's state in a block of the gc heap
// (wasm linear memory) so that a JIT trace can draw random() with plain
// loads and stores instead of a call into Go (docs/jit.md "random in
// traces"): the position word first, then the 624 words of state, each in
// its own 16-byte cell, because a trace's indexed load (ir.XLOAD) scales
// its index by 16 and reads aligned 8-byte words. A cell's word is its
// first 8 bytes read as a little-endian integer: the 32-bit state word,
// with the upper half zero.

package random

import "unsafe"

// Cell holds one 32-bit word of twister state in 16 bytes.
type Cell struct {
	W uint32
	_ [3]uint32 // zero: the cell's first 8-byte word is W
}

// Cells is a generator's twister state as it lies in memory: Pos, the
// index of the next word to temper (StateWords means "twist first"), then
// the words. Its address must be 16-byte aligned.
type Cells struct {
	Pos int64
	_   int64
	MT  [stateWords]Cell
}

// The layout of Cells, for code that reads it without Go (a JIT trace).
const (
	StateWords  = stateWords                   // words of state
	CellsPosOff = unsafe.Offsetof(Cells{}.Pos) // byte offset of Pos
	CellsMTOff  = unsafe.Offsetof(Cells{}.MT)  // byte offset of MT[0]; MT[i] is 16*i further
	CellsSize   = unsafe.Sizeof(Cells{})       // bytes
	CellSize    = unsafe.Sizeof(Cell{})        // bytes per word of state
)

// Cells returns the generator's state storage.
func (r *Random) Cells() *Cells { return r.cells() }

// cells returns the state storage, making it if the generator has none
// yet (the zero Random).
func (r *Random) cells() *Cells {
	if r.st == nil {
		r.st = new(Cells)
	}
	return r.st
}

// MoveTo copies the generator's twister state into c and keeps it there
// from now on: c is where every later draw reads and writes. The caller
// keeps c alive as long as the generator is used.
func (r *Random) MoveTo(c *Cells) {
	*c = *r.cells()
	r.st = c
}

// View returns a generator that draws from the state c (shared, not
// copied), without gauss()'s cached value: for one random() or
// getrandbits() draw on a state found in memory.
func View(c *Cells) Random { return Random{st: c} }
