// side.go records side traces (bridges): when one exit of a compiled
// trace keeps firing, the JIT records from that exit's resume pc, with the
// frame as the exit left it, until control reaches the root trace's loop
// header again, or the header of another loop of the same frame that has
// a compiled root trace (LuaJIT's way: a side trace links to another
// trace). The side trace then ends in EXIT through a snapshot of every
// register it changed; wasmgen lowers that final exit to "loop again" at
// the root's header, or to "enter the trace at that header"
// (docs/jit.md "Side traces").

package trace

import (
	"errors"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// SideLeftLoop is the abort reason of a side trace whose path leaves the
// root trace's loop (the loop's own end, a break) and reaches no loop
// header it could link to: such an exit is blacklisted after a few tries.
const SideLeftLoop = "side trace left the loop"

// SideUntracedLoop is the abort reason of a side trace whose path, after
// leaving the root trace's loop, reaches a loop that has no compiled trace
// yet: unrolling it there would grow the side trace into a copy of the
// whole enclosing loop, with a guard per varying trip count (each growing
// its own side trace); once that loop has a trace, a later try links to
// it. Such aborts back off but never blacklist the exit.
const SideUntracedLoop = "side trace reached a loop without a trace"

// MaxSideInnerIterations bounds the inner loop iterations a side trace's
// recording simulates (a side trace is recorded at a hot exit, in the
// middle of the program: a long simulation would cost more than the
// interpreter saves; a later try, when the inner loop is shorter, may
// succeed).
const MaxSideInnerIterations = 1 << 11

// LinkLookup finds the table slot of the compiled root trace of the loop
// whose header is pc, in the frame being recorded: a side trace that
// reaches that header may end there and enter that trace.
type LinkLookup func(pc int) (slot int32, ok bool)

// RecordSide records a side trace in the innermost frame of m, starting
// at pc start (where the interpreter resumes after the parent's exit),
// for the root loop whose header and back-edge are given. The recording
// ends when control reaches the header, with an EXIT whose snapshot
// resumes there, or (with link) the header of another loop that has a
// compiled trace, outside the root loop (its enclosing loop's path
// after an inner loop's end, a sibling loop): the Recording then says
// Enters, and the EXIT's snapshot resumes at that header.
//
// The header of a loop nested inside the root loop is first called as
// an inner trace, as a root trace's recording does (the side trace then
// goes on after the inner loop, with no trip through Go); when that
// recording aborts, it is recorded again ending at such a header too.
// An abort after the path left the root loop says LeftLoop (and its
// reason starts with SideLeftLoop, unless it is SideUntracedLoop).
//
// gets is what the tree's traces assumed of the dicts their constant-key
// gets read (record_dictconst.go); the Recording's Gets adds this one's.
func RecordSide(m *vm.VM, header, backEdge, start int, name string, inner InnerLookup, link LinkLookup, live *LiveCache, gets DictGets, scratch *Scratch) (*Recording, error) {
	if link == nil && (start < header || start > backEdge) {
		return nil, &Abort{Reason: SideLeftLoop, PC: start, LeftLoop: true}
	}
	rec, sawInner, err := recordSide(m, header, backEdge, start, name, inner, link, false, live, gets, scratch)
	if err != nil && sawInner {
		var again error
		if rec, _, again = recordSide(m, header, backEdge, start, name, inner, link, true, live, gets, scratch); again == nil {
			return rec, nil
		}
	}
	return rec, err
}

// recordSide is one try of RecordSide; linkInner makes it end at the
// headers of the root loop's inner loops too. It reports whether the
// recording reached such a header with linkInner false.
func recordSide(m *vm.VM, header, backEdge, start int, name string, inner InnerLookup, link LinkLookup, linkInner bool, live *LiveCache, gets DictGets, scratch *Scratch) (*Recording, bool, error) {
	var sawInner bool
	opts := sideOpts{link: link, linkInner: linkInner, sawInner: &sawInner, gets: gets}
	rec, err := record(m, header, backEdge, start, &opts, name, inner, live, nil, scratch)
	var a *Abort
	if err != nil && errors.As(err, &a) && opts.left {
		a.LeftLoop = true
		if a.Reason != SideUntracedLoop && a.Reason != SideLeftLoop {
			a.Reason = SideLeftLoop + ", then " + a.Reason
		}
	}
	return rec, sawInner, err
}

// LeftLoopPrefix starts the abort reason of a root trace's recording
// that left its loop (RecordLeaving) and then gave up.
const LeftLoopPrefix = "loop left while recording, then "

// RecordLeaving records a root trace of the loop at header, as Record
// does, except that an iteration that leaves the loop (a break, the
// loop's condition false) does not abort: the recording goes on in the
// enclosing code of the same frame, as a side trace's does, and ends at
// the first header of another loop that has a compiled root trace
// (link): the Recording then says Enters, and its final EXIT resumes at
// that header. With byTest, an iteration may also leave by the loop's
// own test at its end (a while loop's condition false), else only by a
// jump out of its body (a break); never by FORITER's exhaustion at the
// header (mayLeave). Such a trace is a path, not a loop: entered at its
// header, it runs once to the other trace and hops there (LuaJIT's root
// traces that leave their loop do the same). A loop that is left in the
// first iteration most of the time (a search ended by break) gets a
// trace this way, which side traces reaching its header link to. The
// path is bounded as any recording is (MaxBytecodes, MaxIR); it aborts
// at a return from the loop's function, and at the back-edge of a loop
// that has no trace yet, with SideUntracedLoop after LeftLoopPrefix
// (docs/jit.md "Traces that leave their loop").
func RecordLeaving(m *vm.VM, header, backEdge int, name string, inner InnerLookup, link LinkLookup, byTest bool, live *LiveCache, scratch *Scratch) (*Recording, error) {
	var sawInner bool
	opts := sideOpts{link: link, root: true, byTest: byTest, sawInner: &sawInner}
	rec, err := record(m, header, backEdge, header, &opts, name, inner, live, nil, scratch)
	var a *Abort
	if err != nil && errors.As(err, &a) && opts.left {
		a.LeftLoop = true
		a.Reason = LeftLoopPrefix + a.Reason
	}
	return rec, err
}

// sideOpts is what a side trace's recording knows beyond a root's: where
// it may end, and what it saw on the way. A root trace's recording that
// may leave its loop (RecordLeaving) has them too, with root set.
type sideOpts struct {
	root      bool // a root trace's recording (RecordLeaving), not a side trace's
	byTest    bool // root: the loop may be left by its own test too
	link      LinkLookup
	linkInner bool     // end at the root loop's inner headers too
	sawInner  *bool    // an inner header with a trace was reached (and called)
	left      bool     // the path left the root loop's extent
	gets      DictGets // the tree's constant-key dict reads so far (record_dictconst.go)
}

// mayLeave reports whether the recording may go on outside the loop
// after the instruction at r.pc: a side trace's that may link, or a root
// trace's (RecordLeaving) when the path has left already, or that
// instruction is a JUMP (a break), or, with byTest, a conditional jump
// (the loop's condition at its end). A root iteration that leaves by
// FORITER's exhaustion aborts: that happens at the header, before
// anything else, so the path would be nothing but a guard that the
// iterator is exhausted, failing on every entry but the last. A while
// loop's condition is tested after the body: entered at a back-edge, a
// path recorded there runs the body, and its exit at the test (the loop
// goes round) gets a side trace back to the header that enters the path
// again: a hop per iteration, slower than a loop trace (which is why the
// JIT asks for byTest only after a few aborts) but better than no trace.
func (r *recorder) mayLeave() bool {
	o := r.side
	if o == nil || o.link == nil {
		return false
	}
	if !o.root || o.left {
		return true
	}
	switch r.fr.Instrs[r.pc].Op() {
	case bytecode.JUMP:
		return true
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE:
		return o.byTest
	}
	return false
}

// linkAt reports whether a side trace that reaches pc (in the loop's own
// frame) ends there, entering the trace in the returned slot.
func (r *recorder) linkAt(pc int) (int32, bool) {
	o := r.side
	if o == nil || o.link == nil || pc == r.header {
		return 0, false
	}
	slot, ok := o.link(pc)
	if !ok {
		return 0, false
	}
	if pc > r.header && pc <= r.backEdge && !o.linkInner {
		*o.sawInner = true
		return 0, false
	}
	return slot, true
}

// endSnap returns a new snapshot (shared with no guard) resuming at pc
// with every register the recording wrote that is live at pc
// (record_live.go: the loop header's temporaries are not).
func (r *recorder) endSnap(pc int) ir.SnapID {
	s := ir.Snapshot{PC: int32(pc)}
	live := r.liveRegs(pc) // nil: all live
	for i := range r.root {
		if r.root[i].dirty && (live == nil || live.has(i)) {
			s.Entries = append(s.Entries, ir.SnapEntry{Slot: int32(i), Tag: r.root[i].tag, Val: r.root[i].val})
		}
	}
	return r.b.AddSnap(s)
}
