// treepay.go keeps a ledger per trace tree (a root trace and the side
// traces hanging off it) while it runs, from counters Go already passes:
// the root's entries from the interpreter and its loop iterations
// (enter), the guard exits that reach Go from any trace of the tree, and
// for each side trace the tree's counters when it was linked. No wasm is
// added: a side trace's entries are not counted, only what the tree does
// between two of its exits to Go. --jit-stats reports the ledgers
// (Stats.Trees). One decision reads them (heirOf): an exit of a side
// trace that takes nearly all of its tree's exits inherits the wait its
// trace's parent exit already paid. docs/jit.md "Dispatch trees that pay
// while they run (session 26)" has what the ledgers say of the dispatch
// programs, and the rules tried.

package jit

// treeLedger is what one tree did: its counters at the latest side trace
// linked and the exits to Go since.
type treeLedger struct {
	root *compiled
	// exits counts guard exits to Go from any trace of the tree.
	exits int64
	// sides counts side traces linked to it (retired ones included).
	sides int
	// at: the root's iterations, entries and the tree's exits when the
	// latest side trace was linked; lastOwn the exits to Go of that side
	// trace itself since.
	atIters, atEntries, atExits int64
	last                        *compiled
	lastOwn                     int64
	// gaps: for each side trace linked after the first, the root
	// iterations the tree ran per exit to Go between it and the one
	// before (the tree's recent payoff).
	gaps []float64
}

// TreeStats is one tree's ledger as --jit-stats reports it.
type TreeStats struct {
	Root             string
	Sides            int
	Entries, Iters   int64 // the root's entries from the interpreter and its loop iterations
	Exits            int64 // guard exits to Go from any trace of the tree
	ItersAfterLast   int64 // root iterations since its latest side trace
	ExitsAfterLast   int64 // the tree's exits to Go since then
	LastOwnExits     int64 // of those, the latest side trace's own
	ItersPerExitGaps []float64
}

// ledgerOf returns root's ledger, making it at the first call.
func (j *JIT) ledgerOf(root *compiled) *treeLedger {
	if root.ledger == nil {
		root.ledger = &treeLedger{root: root}
		j.trees = append(j.trees, root.ledger)
	}
	return root.ledger
}

// ledgerExit counts an exit of x (a trace of root's tree) that reached Go.
func (j *JIT) ledgerExit(root, x *compiled) {
	if x.root != root {
		return
	}
	l := j.ledgerOf(root)
	l.exits++
	if x == l.last {
		l.lastOwn++
	}
}

// ledgerSide notes side trace s linked into root's tree.
func (j *JIT) ledgerSide(root, s *compiled) {
	l := j.ledgerOf(root)
	if l.sides > 0 {
		l.gaps = append(l.gaps, float64(root.iters-l.atIters)/float64(max(l.exits-l.atExits, 1)))
	}
	j.logf("tree of %s: side trace %d (%s) after %d root iterations, %d entries, %d exits to Go since the one before (its own %d)",
		root.name, l.sides+1, s.name, root.iters-l.atIters, root.entries-l.atEntries, l.exits-l.atExits, l.lastOwn)
	l.sides++
	l.atIters, l.atEntries, l.atExits = root.iters, root.entries, l.exits
	l.last, l.lastOwn = s, 0
	s.linkedExits = l.exits
}

// treeStats returns the ledgers of the trees that ran.
func (j *JIT) treeStats() []TreeStats {
	var out []TreeStats
	for _, l := range j.trees {
		r := l.root
		out = append(out, TreeStats{Root: r.name, Sides: l.sides, Entries: r.entries, Iters: r.iters, Exits: l.exits,
			ItersAfterLast: r.iters - l.atIters, ExitsAfterLast: l.exits - l.atExits, LastOwnExits: l.lastOwn,
			ItersPerExitGaps: append([]float64(nil), l.gaps...)})
	}
	return out
}

// heirShare is the least share of a tree's exits to Go since side trace
// x was linked that exit e of x must have taken for e to inherit the
// exits x's parent exit waited (heirOf).
const heirShare = 0.9

// heirOf sets what exit e of trace x inherits towards its side trace's
// ski-rental wait: when x is a side trace and e took at least heirShare
// of the tree's exits to Go since x was linked, e is where the path that
// paid for x now leaves the tree (its entries mostly end at e), so the
// exits x's parent exit waited count for e's side trace too, scaled by
// that share. In the dispatch trees a path often crosses two or three
// guards that the root does not cover: each side trace along it waited
// its own full wait, although the first one's had already shown the path
// hot (jit/dictget_const: trace_11 linked after its exit waited 543
// exits, then its own exit 3 took all 472 of the tree's exits until
// trace_13 compiled for it; docs/jit.md "Dispatch trees that pay while
// they run (session 26)").
func (j *JIT) heirOf(x *compiled, e *exitState) {
	e.inherited = 0
	if x.root == x || x.parentState == nil || x.root.ledger == nil {
		return
	}
	since := x.root.ledger.exits - x.linkedExits
	if since <= 0 {
		return
	}
	share := min(float64(e.count)/float64(since), 1)
	if share < heirShare {
		return
	}
	e.inherited = int(float64(x.parentState.count) * share)
}
