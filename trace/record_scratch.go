// record_scratch.go lets a recording (root, path or side trace) reuse
// the Go storage of one its caller dropped (session 31, docs/jit.md
// "Short loops whose recordings never compile"). Most recordings of a
// short program are thrown away (deferred on their guessed size, stopped,
// aborted), and Go never collects in such a run, so every recording's IR
// slices and tables were fresh pages: a page fault on first touch, and
// maps grown and rehashed along the way; with the page faults about a
// third of a recording's time in jit/alloc_objects. A Scratch keeps the
// storage of the last dropped recording for the next one; the IR it
// records is the same.

package trace

import "github.com/hotloop/hotloop/trace/ir"

// Scratch holds the storage of one dropped recording (its IR builder and
// the recorder's heap-word map) for the next recording to take. The zero
// value is empty and ready. A Scratch is not safe for concurrent use: the
// recorder runs on the interpreter's goroutine only.
type Scratch struct {
	b      *ir.Builder
	mem    map[uint32]uint64
	reused int // recordings that took kept storage
}

// spare is what a recording leaves to a Scratch when it is dropped.
type spare struct {
	b   *ir.Builder
	mem map[uint32]uint64
}

// builder returns a builder for a new trace, on the kept storage if any.
func (s *Scratch) builder(name string, frameSize int32) *ir.Builder {
	if s == nil || s.b == nil {
		return ir.NewBuilder(ir.NewTrace(name, frameSize), ir.AllOn)
	}
	b := s.b.Reuse(name, frameSize, ir.AllOn)
	s.b = nil
	s.reused++
	return b
}

// memMap returns an empty heap-word map, the kept one if any.
func (s *Scratch) memMap() map[uint32]uint64 {
	if s == nil || s.mem == nil {
		return map[uint32]uint64{}
	}
	m := s.mem
	s.mem = nil
	clear(m)
	return m
}

// keep takes the storage of a recording that nothing uses any more.
func (s *Scratch) keep(sp spare) {
	if s == nil || sp.b == nil {
		return
	}
	s.b, s.mem = sp.b, sp.mem
}

// Drop gives s the storage of rec, a recording that its caller will not
// read again (nor anything it handed rec's trace to). rec must not be
// used after it.
func (s *Scratch) Drop(rec *Recording) {
	if rec == nil {
		return
	}
	s.keep(rec.spare)
	rec.spare = spare{}
	rec.Trace = nil
}

// Reused reports how many recordings took the storage s kept.
func (s *Scratch) Reused() int { return s.reused }
