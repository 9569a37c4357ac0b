// entrywords.go tells the lowering of a side trace which frame words its
// entry finds written: a side trace runs only when its link word calls it,
// right after its parent's exit wrote that exit's snapshot, so the frame
// then holds every constant tag and payload of that snapshot, and the side
// trace's exits need not store them again (wasmgen/knowntags.go; docs/
// jit.md "Exit stores the frame holds (session 26)").

package jit

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/wasmgen"
)

// sideEntryWords returns the constant frame words of the exit of sideOf
// that the side trace being built hangs off, or nil: for a root, and for
// a side trace hanging off a word of sideOf's NestedLinks (an inner
// trace's exit, whose snapshot is not one of sideOf's).
func (j *JIT) sideEntryWords(side bool) map[uint32]wasmgen.FrameWord {
	x := j.sideOf
	if !side || x == nil || j.sideLink <= 0 || j.sideLink >= len(x.t.Snaps) {
		return nil
	}
	return wasmgen.ExitWords(x.t, ir.SnapID(j.sideLink))
}
