// setget.go folds `local.set X; local.get X` pairs out of a finished body
// (Func.FoldSetGet). A lowered trace computes most values into a local of
// their own and reads it back at once, in the next instruction, often for
// the only time (a load checked by the guard that follows it): the pair is
// then a no-op on the operand stack and both instructions go; when X is
// read elsewhere too, the pair becomes one local.tee X. The pairs were
// 9% of the dumped trace modules' instructions, those of one read 7%
// (docs/jit.md "Fewer wasm instructions per trace (session 25)").

package wasmgen

// setGetPair is one `local.set X; local.get X` in a body: its bytes are
// code[at:end], X is idx.
type setGetPair struct {
	at, end int
	idx     uint32
}

// setGetFold is Func's record of the pairs it may fold.
type setGetFold struct {
	on      bool
	pairs   []setGetPair
	gets    map[uint32]int // local.get count per local
	setAt   int            // byte offset of the last reachable local.set, -1 for none
	setEnd  int            // its end
	setIdx  uint32         // its local
	dropped int            // instructions Finish removed
}

// FoldSetGet makes Finish fold the body's `local.set X; local.get X` pairs:
// a pair whose get is X's only read is removed (the value stays on the
// stack), any other becomes local.tee X. Call it before appending
// instructions. Len still counts the instructions as appended; Folded says
// how many Finish removed.
func (f *Func) FoldSetGet() {
	f.fold = setGetFold{on: true, gets: map[uint32]int{}, setAt: -1}
}

// Folded is the number of instructions Finish removed by FoldSetGet.
func (f *Func) Folded() int { return f.fold.dropped }

// noteLocal records a local instruction that begins at byte offset at (the
// encoding already appended) for FoldSetGet; reachable says whether the
// checker saw it reachable.
func (f *Func) noteLocal(op byte, idx uint32, at int, reachable bool) {
	fd := &f.fold
	if !fd.on {
		return
	}
	switch op {
	case opLocalGet:
		fd.gets[idx]++
		if fd.setAt >= 0 && fd.setEnd == at && fd.setIdx == idx {
			fd.pairs = append(fd.pairs, setGetPair{at: fd.setAt, end: len(f.code), idx: idx})
		}
		fd.setAt = -1
	case opLocalSet:
		fd.setAt = -1
		if reachable {
			fd.setAt, fd.setEnd, fd.setIdx = at, len(f.code), idx
		}
	default:
		fd.setAt = -1
	}
}

// foldSetGet rewrites f.code with the recorded pairs folded.
func (f *Func) foldSetGet() {
	fd := &f.fold
	if !fd.on || len(fd.pairs) == 0 {
		return
	}
	out := make([]byte, 0, len(f.code))
	last := 0
	for _, p := range fd.pairs {
		out = append(out, f.code[last:p.at]...)
		last = p.end
		if fd.gets[p.idx] == 1 {
			fd.dropped += 2
			continue
		}
		out = appendU32(append(out, opLocalTee), p.idx)
		fd.dropped++
	}
	f.code = append(out, f.code[last:]...)
	fd.pairs = nil
}
