// scratch.go lets the storage of a scratch Builder be reused (session 16).
//
// The recorder simulates an inner loop that has its own trace to learn
// the state after it (trace/record.go simulateInnerLoop); the IR it emits
// meanwhile is thrown away. It used to start a new Builder every 256
// instructions, so each new builder grew its CSE map and its slices from
// empty again, and load forwarding walked back over up to 256
// instructions for every load: together about three quarters of the
// simulation's time (spectral_norm simulates 300 iterations per outer
// recording, 8 ms each). Recycle gives a new, empty Builder on the old
// one's storage, and ScratchOptions leave CSE out (hashing each
// instruction's key twice was most of what remained).

package ir

// Recycle returns a new Builder for an empty trace with b's name, frame
// size, options, constants, allocation descriptors and helpers (so a Ref
// of a constant and their indexes stay valid), taking over the storage of
// b's instructions, snapshots and CSE table. The result is a different
// *Builder, so state that remembers which builder a Ref belongs to sees
// the change; b and its trace must not be used any more.
func (b *Builder) Recycle() *Builder {
	old := b.T
	t := &Trace{
		Name:      old.Name,
		Insts:     old.Insts[:1],
		Consts:    old.Consts,
		Snaps:     old.Snaps[:1],
		Allocs:    old.Allocs,
		Helpers:   old.Helpers,
		FrameSize: old.FrameSize,
	}
	clear(b.cse)
	nb := &Builder{T: t, Opt: b.Opt, consts: b.consts, cse: b.cse}
	nb.mem.frame, nb.mem.heap, nb.mem.calls = b.mem.frame[:0], b.mem.heap[:0], b.mem.calls[:0] // memindex.go
	b.consts, b.cse = nil, nil
	return nb
}

// ScratchOptions are the options of a builder whose IR is thrown away
// (the recorder's inner-loop simulation): folding, which decides what the
// recorder sees as constants, and forwarding, which answers loads of
// values stored earlier, but no CSE, whose only effect there would be
// reusing Refs, at the price of hashing every instruction twice.
var ScratchOptions = Options{Fold: true, Forward: true}

// Reuse returns a new Builder with options opt for a new, empty trace
// named name with frameSize registers, as NewBuilder(NewTrace(name,
// frameSize), opt) does, but on b's storage: the slices of b's
// instructions, constants and snapshots, its constant and CSE tables and
// its memory index (session 31: a short program's recordings are mostly
// dropped, and each new one's Go memory is fresh pages that fault on
// first touch). Unlike Recycle it keeps nothing of b's trace: no
// constant, allocation descriptor or helper. b and its trace must not be
// used any more.
func (b *Builder) Reuse(name string, frameSize int32, opt Options) *Builder {
	old := b.T
	t := &Trace{
		Name:      name,
		Insts:     append(old.Insts[:0], Inst{}),
		Consts:    append(old.Consts[:0], Const{}),
		Snaps:     append(old.Snaps[:0], Snapshot{}),
		FrameSize: frameSize,
	}
	clear(b.consts)
	clear(b.cse)
	nb := &Builder{T: t, Opt: opt, consts: b.consts, cse: b.cse}
	nb.mem.frame, nb.mem.heap, nb.mem.calls = b.mem.frame[:0], b.mem.heap[:0], b.mem.calls[:0] // memindex.go
	b.T, b.consts, b.cse = nil, nil, nil
	b.mem = memIndex{}
	return nb
}
