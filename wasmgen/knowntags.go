// knowntags.go finds the exit stores that would write what the frame
// already holds. A trace reads a register's tag (SLOAD of type Tag) and
// guards it equal to a constant; from that guard on, until something
// writes the frame, the frame's tag word of that register is that
// constant, and an exit whose snapshot writes the same tag there need not
// store it. Tag stores were a tenth of the dispatch programs' wasm
// instructions; a sixth of the snapshot entries of the dumped modules
// were of this kind (docs/jit.md "Fewer wasm instructions per trace
// (session 25)"). The same holds of a payload SLOAD guarded equal to a
// constant, and, in a side trace, of every constant word its parent's
// exit wrote (LowerConfig.EntryWords): the frame holds them from the side
// trace's entry on (docs/jit.md "Exit stores the frame holds (session
// 26)").

package wasmgen

import "github.com/hotloop/hotloop/trace/ir"

// FrameWord is a constant word of the frame: the IR type and bits of the
// constant stored there (its tag or its payload). Two words with the same
// type and bits are stored as the same 8 bytes.
type FrameWord struct {
	Type ir.Type
	Bits uint64
}

// ExitWords returns the constant words snapshot id of t writes into the
// frame, by byte offset (16*slot for the tag, 16*slot+8 for the payload):
// after that exit, whichever way its code was emitted, the frame holds
// them. A snapshot that resumes in an inlined call has none (its side
// traces start in another frame).
func ExitWords(t *ir.Trace, id ir.SnapID) map[uint32]FrameWord {
	if id <= 0 || int(id) >= len(t.Snaps) {
		return nil
	}
	s := t.Snap(id)
	if s.Depth() > 0 {
		return nil
	}
	words := map[uint32]FrameWord{}
	for _, e := range s.Entries {
		if e.Slot < 0 {
			return nil
		}
		if w, ok := constWord(t, e.Tag); ok {
			words[uint32(16*e.Slot)] = w
		}
		if w, ok := constWord(t, e.Val); ok {
			words[uint32(16*e.Slot+8)] = w
		}
	}
	return words
}

// constWord returns the frame word constant ref r stores, if r is one.
func constWord(t *ir.Trace, r ir.Ref) (FrameWord, bool) {
	if r >= 0 || int(-r) >= len(t.Consts) {
		return FrameWord{}, false
	}
	c := t.Const(r)
	return FrameWord{Type: c.Type, Bits: c.Bits}, true
}

// knownWords returns, per snapshot, the frame words (by byte offset) the
// frame holds at every exit through it, with their constant values, or
// nil when the trace gives no such facts.
//
// Only the trace's own code writes the frame between its entry and an
// exit, and only through SSTORE and through helpers that may write
// anything (Writes without Clobbers: calls of inner traces, which write
// the frame they share, and host helpers). A register some SSTORE writes
// never counts, and a trace with such a helper call has no facts. Facts
// are taken in program order: a side trace's entry words hold from its
// start (a trace that goes round a loop has none: its JLOOP writes the
// frame); in a peeled loop the pre-loop's guards hold on every iteration
// (nothing writes the frame), a guard in the loop holds after it in each
// iteration; an unpeeled loop's JLOOP writes its snapshot and goes back
// to the top, before every guard. A snapshot used by several
// instructions (guards, LOOP, JLOOP, EXIT) keeps only the facts that hold
// at all of them. A fast restart (fastloop.go) and inlined side traces
// (inline.go) come back into the loop after writing the frame, past the
// pre-loop's guards: no facts then. Payload guards count for ints only,
// which compare the whole word (a float's 0.0 equals -0.0; pointers and
// bools compare their low half).
func (l *lowerer) knownWords() map[ir.SnapID]map[uint32]FrameWord {
	t := l.t
	if l.fast != nil || len(l.cfg.Inline) > 0 || l.parent != nil {
		return nil
	}
	written := map[int64]bool{}
	loops := false
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := &t.Insts[r]
		switch in.Op {
		case ir.SSTORE:
			written[in.Aux] = true
		case ir.JLOOP, ir.LOOP:
			loops = true
		case ir.CALL:
			if in.Aux < 0 || in.Aux >= int64(len(t.Helpers)) {
				return nil
			}
			if h := t.Helpers[in.Aux]; h.Effect == ir.Writes && h.Clobbers == 0 {
				return nil
			}
		}
	}
	facts := map[uint32]FrameWord{}
	if !loops {
		for off, w := range l.cfg.EntryWords {
			if !written[int64(off/16)] {
				facts[off] = w
			}
		}
	}
	loadOf := map[ir.Ref]uint32{} // SLOADs of unwritten registers: their word's offset
	known := map[ir.SnapID]map[uint32]FrameWord{}
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := &t.Insts[r]
		if in.Snap != ir.NoSnap && (in.Guarded() || in.Op == ir.LOOP || in.Op == ir.JLOOP || in.Op == ir.EXIT) {
			if k, ok := known[in.Snap]; ok {
				for off, w := range k {
					if f, ok := facts[off]; !ok || f != w {
						delete(k, off)
					}
				}
			} else {
				k := make(map[uint32]FrameWord, len(facts))
				for off, w := range facts {
					k[off] = w
				}
				known[in.Snap] = k
			}
		}
		switch {
		case in.Op == ir.SLOAD && in.Type == ir.Tag && in.Aux >= 0 && !written[in.Aux]:
			loadOf[r] = uint32(16 * in.Aux)
		case in.Op == ir.SLOAD && in.Type == ir.Int && in.Aux >= 0 && !written[in.Aux]:
			loadOf[r] = uint32(16*in.Aux + 8)
		case in.Op == ir.GCMP && in.Cond() == ir.EQ && in.Snap != ir.NoSnap:
			if off, ok := loadOf[in.A]; ok && in.B < 0 {
				facts[off] = FrameWord{Type: t.TypeOf(in.A), Bits: t.Const(in.B).Bits}
			} else if off, ok := loadOf[in.B]; ok && in.A < 0 {
				facts[off] = FrameWord{Type: t.TypeOf(in.B), Bits: t.Const(in.A).Bits}
			}
		}
	}
	return known
}

// wordKnown reports whether the frame already holds what ref (a snapshot
// entry's tag or payload) stores at byte offset off at every exit through
// snapshot id.
func wordKnown(known map[ir.SnapID]map[uint32]FrameWord, t *ir.Trace, id ir.SnapID, off uint32, ref ir.Ref) bool {
	w, ok := constWord(t, ref)
	if !ok {
		return false
	}
	have, ok := known[id][off]
	return ok && have == w
}

// entryWord is one frame word a snapshot entry stores: its byte offset
// and the IR value (the entry's tag or payload).
type entryWord struct {
	off uint32
	ref ir.Ref
}

// entryStores returns the words snapshot entry e of snapshot id stores,
// its payload then its tag, less those the frame holds already at every
// exit through id (l.known): ws[:n]. The exit plan (exitshare.go) and
// applySnap store these.
func (l *lowerer) entryStores(id ir.SnapID, e ir.SnapEntry) (ws [2]entryWord, n int) {
	for _, w := range [2]entryWord{{uint32(16*e.Slot + 8), e.Val}, {uint32(16 * e.Slot), e.Tag}} {
		if !wordKnown(l.known, l.t, id, w.off, w.ref) {
			ws[n] = w
			n++
		}
	}
	return ws, n
}

// tagKnown reports whether the frame already holds tag (a constant ref)
// as register slot's tag at every exit through snapshot id.
func tagKnown(known map[ir.SnapID]map[uint32]FrameWord, t *ir.Trace, id ir.SnapID, slot int32, tag ir.Ref) bool {
	return wordKnown(known, t, id, uint32(16*slot), tag)
}
