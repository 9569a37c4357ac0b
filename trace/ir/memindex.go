// memindex.go keeps the Builder's memory index (session 24): the refs of
// the instructions Builder.forward can stop at or match, so its backward
// search skips the arithmetic, guards and PHIs in between.
//
// forward used to walk back over every instruction of the trace for every
// load, which made recording quadratic in the trace's length (2.7% of all
// CPU over the long-trace programs). Most instructions are neither
// memory accesses nor barriers, and a frame load (SLOAD) never matches or
// aliases a heap access (and vice versa): sameLoad needs the same op, and
// alias answers NoAlias between a frame and a heap access. So the index
// keeps two ascending chains, one per side, each holding that side's
// loads and stores plus every instruction that may stop any search
// (LOOP, JLOOP, EXIT, CALL; NEW only on the heap side). forward walks the
// chain of its load's side with the same rules, in the same order, as
// the old full scan, so it returns the same Ref.
//
// The same index keeps the refs of the trace's CALLs, so that the search
// of Builder.lookupCSE for an identical pure call, which used to walk the
// whole trace too, walks only those.
//
// The index is filled lazily from the trace's instructions, so an
// instruction appended by any path (Append, Emit, NewBuilder's adopted
// trace) is seen; it starts again when the Builder's trace changes or
// shrinks.

package ir

// memIndex holds the two chains of a Builder's trace.
type memIndex struct {
	t     *Trace // the trace indexed
	seen  int    // instructions 1..seen-1 of t are indexed
	frame []Ref  // barriers, SLOAD, SSTORE (ascending)
	heap  []Ref  // barriers, NEW, FLOAD, XLOAD, FSTORE, XSTORE (ascending)
	calls []Ref  // CALL (ascending)
}

// chainFor brings the index up to date with t and returns the chain a
// search for load in walks.
func (m *memIndex) chainFor(t *Trace, in *Inst) []Ref {
	m.sync(t)
	if in.Op == SLOAD {
		return m.frame
	}
	return m.heap
}

// callChain brings the index up to date with t and returns the refs of
// its CALLs, ascending (Builder.lookupCSE's search for a pure call).
func (m *memIndex) callChain(t *Trace) []Ref {
	m.sync(t)
	return m.calls
}

// sync indexes the instructions appended to t since the last call (all
// of t's when t is not the trace indexed so far, or has shrunk).
func (m *memIndex) sync(t *Trace) {
	if m.t != t || m.seen > len(t.Insts) || m.seen == 0 {
		m.t, m.seen = t, 1
		m.frame, m.heap, m.calls = m.frame[:0], m.heap[:0], m.calls[:0]
	}
	for r := m.seen; r < len(t.Insts); r++ {
		switch t.Insts[r].Op {
		case CALL:
			m.calls = append(m.calls, Ref(r))
			m.frame = append(m.frame, Ref(r))
			m.heap = append(m.heap, Ref(r))
		case LOOP, JLOOP, EXIT:
			m.frame = append(m.frame, Ref(r))
			m.heap = append(m.heap, Ref(r))
		case SLOAD, SSTORE:
			m.frame = append(m.frame, Ref(r))
		case NEW, FLOAD, XLOAD, FSTORE, XSTORE:
			m.heap = append(m.heap, Ref(r))
		}
	}
	m.seen = len(t.Insts)
}
