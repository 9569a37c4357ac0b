// sideshare.go links an exit to a side trace already compiled when the
// side trace recorded from the exit comes out the same as that one.
//
// Side traces of one tree often follow the same path from two exits: a
// chain of code guards grows one link per phase, and the sibling of each
// link resumes at the same pc with the same frame (jit/dictget_const);
// two exits of one root whose paths meet. Each copy was recorded,
// optimised, lowered and instantiated (wazero's cache spared only its
// compile, slotfree.go) and took a table slot. A side trace's code is a
// function of its recording and of a few facts of the exit it hangs off
// (the frame words that exit's snapshot wrote, whether its parent goes
// back into the root's loop fast: build's LowerConfig); when the new
// recording and those facts equal the ones an existing side trace was
// built from, a fresh build would be that module again in another slot.
// The exit's link word then names the existing side trace's slot, and
// nothing is optimised, lowered or loaded. The shared side trace's guards
// check everything the recording assumed, as they would in the fresh copy;
// its exits are counted once for every exit that enters it, so that a
// hot exit of it grows one side trace, not one per copy.
//
// Links must stay acyclic (a cycle of side traces that fail at their first
// guard would call each other for ever): an exit is never linked to a
// side trace from which its own trace can be reached through side traces
// and shared links. When the shared side trace is retired, every exit
// linked to it is unlinked, as its own parent's exit is (unlink).

package jit

import (
	"slices"
	"time"

	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/wasmgen"
)

// sideShape is what a side trace was built from: its recording as the
// recorder left it and the facts of its parent's exit that the lowering
// reads. Two side traces of one root with equal shapes are the same code.
type sideShape struct {
	recorded  *ir.Trace // the recording before the passes (a copy)
	resume    int       // the pc it starts at
	enters    bool      // it ends by entering the trace in enterSlot at enterPC
	enterPC   int
	enterSlot int32
	left      bool    // its path left the root's loop
	calls     []int32 // slots of the inner traces it calls
	fastLoop  bool    // LowerConfig.FastLoop as build set it
	entry     map[uint32]wasmgen.FrameWord
}

// sharedLink is an exit linked to a side trace that hangs off another
// exit: the trace, its link word and that word's state.
type sharedLink struct {
	from  *compiled
	link  int
	state *exitState
}

// shapeOf returns the shape of a side trace recorded as rec from link word
// link of x, starting at pc resume, as build (with sideOf x) lowers it.
func (j *JIT) shapeOf(x *compiled, link, resume int, rec *trace.Recording) *sideShape {
	var entry map[uint32]wasmgen.FrameWord
	if link > 0 && link < len(x.t.Snaps) {
		entry = wasmgen.ExitWords(x.t, ir.SnapID(link)) // as sideEntryWords
	}
	return &sideShape{
		recorded: rec.Trace.Clone(), resume: resume,
		enters: rec.Enters, enterPC: rec.EnterPC, enterSlot: rec.EnterSlot, left: rec.Left,
		calls: slices.Clone(rec.Calls), fastLoop: !rec.Left && x.fastLoopParent(), entry: entry,
	}
}

// servesShape reports whether side trace code of one root built from
// shape a does what code built from shape b would: the same recording and
// lowering, where the frame words a's code takes as written at its entry
// (its parent exit's constant words: wasmgen.LowerConfig.EntryWords) are
// among those b's exit writes, with the same values. (b's exit may write
// more: a's code then stores a few words b's would not, and is as right.)
func servesShape(a, b *sideShape) bool {
	if a.resume != b.resume || a.enters != b.enters || a.enterPC != b.enterPC || a.enterSlot != b.enterSlot ||
		a.left != b.left || a.fastLoop != b.fastLoop || !slices.Equal(a.calls, b.calls) || !wordsWithin(a.entry, b.entry) {
		return false
	}
	return sameRecording(a.recorded, b.recorded)
}

// wordsWithin reports whether every frame word of a is in b, the same.
func wordsWithin(a, b map[uint32]wasmgen.FrameWord) bool {
	for off, w := range a {
		if v, ok := b[off]; !ok || v != w {
			return false
		}
	}
	return true
}

// sameRecording reports whether two recordings are the same in everything
// but their names: instructions, constants, snapshots with their frames
// and sunk objects, allocations, helpers and frame size.
func sameRecording(a, b *ir.Trace) bool {
	if a.FrameSize != b.FrameSize || !slices.Equal(a.Insts, b.Insts) || !slices.Equal(a.Consts, b.Consts) ||
		!slices.Equal(a.Allocs, b.Allocs) || len(a.Helpers) != len(b.Helpers) || len(a.Snaps) != len(b.Snaps) {
		return false
	}
	for i := range a.Helpers {
		x, y := &a.Helpers[i], &b.Helpers[i]
		if x.Name != y.Name || x.Result != y.Result || x.Effect != y.Effect || x.Clobbers != y.Clobbers || !slices.Equal(x.Args, y.Args) {
			return false
		}
	}
	for i := range a.Snaps {
		x, y := &a.Snaps[i], &b.Snaps[i]
		if x.PC != y.PC || !slices.Equal(x.Frames, y.Frames) || !slices.Equal(x.Entries, y.Entries) || len(x.Virtuals) != len(y.Virtuals) {
			return false
		}
		for k := range x.Virtuals {
			v, w := &x.Virtuals[k], &y.Virtuals[k]
			if v.Ref != w.Ref || v.Alloc != w.Alloc || !slices.Equal(v.Fields, w.Fields) {
				return false
			}
		}
	}
	return true
}

// sharedSide returns a live side trace of x's root that a side trace of
// shape sh from x would duplicate, and to which x's exit may link without
// closing a cycle, or nil.
func (j *JIT) sharedSide(x *compiled, sh *sideShape) *compiled {
	for _, s := range j.live {
		if s.root != x.root || s.shape == nil || s.parent == nil || !servesShape(s.shape, sh) {
			continue
		}
		if !j.reaches(s, x) {
			return s
		}
	}
	return nil
}

// reaches reports whether trace to can run after from without going back
// to Go or to a loop header: from itself, or a trace its exits link to
// (its side traces and the side traces its exits share), and so on.
func (j *JIT) reaches(from, to *compiled) bool {
	seen := map[*compiled]bool{}
	var walk func(c *compiled) bool
	walk = func(c *compiled) bool {
		if c == to {
			return true
		}
		if seen[c] {
			return false
		}
		seen[c] = true
		for _, s := range c.sides {
			if walk(s) {
				return true
			}
		}
		for _, s := range c.sharedOut {
			if walk(s) {
				return true
			}
		}
		return false
	}
	return walk(from)
}

// linkShared links link word link of x (state e) to side trace s; took
// is the time its recording and the search for s took (counted as
// compile time, as a side trace's whole making is).
func (j *JIT) linkShared(x *compiled, link int, e *exitState, s *compiled, took time.Duration) {
	s.sharedIn = append(s.sharedIn, sharedLink{from: x, link: link, state: e})
	x.sharedOut = append(x.sharedOut, s)
	e.side = s
	j.setLink(x.slot, link, uint32(s.slot)+1)
	j.stats.SharedSides++
	j.stats.CompileSeconds += took.Seconds()
	j.logf("linked exit %d of %s to side trace %s (exit %d of %s): the same recording, %.2f ms", link, x.name, s.name, s.parentLink, s.parent.name, took.Seconds()*1e3)
}

// unlinkShared detaches the exits linked to c by linkShared (c is being
// retired) and forgets c's own shared links (its link words go with it).
func (j *JIT) unlinkShared(c *compiled) {
	for _, l := range c.sharedIn {
		x := l.from
		x.sharedOut = slices.DeleteFunc(x.sharedOut, func(s *compiled) bool { return s == c })
		if j.bySlot[x.slot] != x {
			continue // x went first, its link words with it
		}
		j.setLink(x.slot, l.link, 0)
		if l.state.side == c {
			l.state.side = nil
		}
	}
	c.sharedIn = nil
	for _, s := range c.sharedOut {
		s.sharedIn = slices.DeleteFunc(s.sharedIn, func(l sharedLink) bool { return l.from == c })
	}
	c.sharedOut = nil
}

// dropShared undoes linkShared for link word link of x when it names a
// side trace that hangs off another exit, and reports whether it did.
// (Callers leave a side trace a tree carries inlined, as they leave an
// exit's own.)
func (j *JIT) dropShared(x *compiled, link int, e *exitState) bool {
	s := e.side
	if s == nil || s.parent == x && s.parentLink == link {
		return false
	}
	before := len(s.sharedIn)
	s.sharedIn = slices.DeleteFunc(s.sharedIn, func(l sharedLink) bool { return l.from == x && l.link == link })
	if len(s.sharedIn) == before {
		return false
	}
	if i := slices.Index(x.sharedOut, s); i >= 0 {
		x.sharedOut = slices.Delete(x.sharedOut, i, i+1)
	}
	j.setLink(x.slot, link, 0)
	e.side = nil
	return true
}

// linkedSide is a side trace and the link word of a trace that calls it.
type linkedSide struct {
	side *compiled
	link int
}

// linkedSides returns the side traces x's link words name: its own side
// traces (in the order they were compiled), then the side traces of other
// exits that x's exits are linked to (linkShared), each with its word.
func (x *compiled) linkedSides() []linkedSide {
	var out []linkedSide
	for _, s := range x.sides {
		if s.parent == x {
			out = append(out, linkedSide{s, s.parentLink})
		}
	}
	seen := map[*compiled]bool{}
	for _, s := range x.sharedOut {
		if seen[s] {
			continue
		}
		seen[s] = true
		for _, l := range s.sharedIn {
			if l.from == x {
				out = append(out, linkedSide{s, l.link})
			}
		}
	}
	return out
}
