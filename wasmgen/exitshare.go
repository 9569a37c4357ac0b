// exitshare.go lays out a trace's exit code so that exits share the
// frame stores they have in common (docs/jit.md "Exits that share their
// stores (session 18)"). Each exit's code is a sequence of steps: set the
// exit number (and link word address), rebuild its virtuals, then store
// tag and payload words into the frame. Consecutive snapshots of a trace
// mostly name the same (slot, value) pairs, so the steps are ordered the
// same way in every exit (the steps fewest exits share first, the most
// shared last) and the sequences, read from their ends, form a trie: one
// copy of a common suffix serves every exit that ends with it. In wasm
// the trie is a nest of blocks around the body: every trie segment is the
// code after one block's end, and it ends by falling into its parent
// segment (placed right after it) or branching to it.

package wasmgen

import (
	"cmp"
	"slices"

	"github.com/hotloop/hotloop/trace/ir"
)

// shareMin is the fewest stores a shared segment must hold to get a
// block of its own; shorter ones are copied into each exit that reaches
// them (a merge point and a branch cost about what one store saves).
const shareMin = 2

// Kinds of exit step.
const (
	stepStore  = iota // store ref's value (or virtual) at frame+off
	stepCode          // set the exit number and link word address of snap
	stepFlag          // set the safepoint flag (snap's safepoint block)
	stepVirt          // allocate snap's virtuals and write their fields
	stepCustom        // snap's whole exit code, which never falls through
)

// exitStep is one step of an exit's code. snap is set for the steps only
// one exit can take (all but stores of values that are not virtuals).
type exitStep struct {
	kind uint8
	snap ir.SnapID
	off  uint32
	ref  ir.Ref
}

// exitNode is a node of the trie of exit sequences: the node's step runs,
// then its parent's (-1: the shared exit tail).
type exitNode struct {
	step     exitStep
	parent   int
	children []int
	target   bool // a guard, a safepoint or a custom exit branches here
}

// exitPlan is the layout of a trace's exit code.
type exitPlan struct {
	nodes  []exitNode
	heads  []int        // every segment head, parents before children
	segs   []int        // segment heads (node indexes), innermost block first
	succ   map[int]int  // segment head -> the head it continues at (-1: the tail)
	inline map[int]bool // segment heads copied into their predecessors
	reach  map[int]int  // segment head -> how many exits run it
	label  map[int]Label
	virt   map[ir.SnapID]map[ir.Ref]uint32 // each exit's rebuilt virtuals
	// priceInline is the segment heads the rule of session 18 copied
	// (each short segment judged alone), which the priced size follows
	// (exitprice.go); stepLen is each node's instructions as emitted.
	priceInline map[int]bool
	stepLen     []int
}

// customExit reports whether snapshot id's exit code is emitted whole
// (an inlined side trace, a side trace's or root path's final exit).
func (l *lowerer) customExit(id ir.SnapID) bool {
	if l.inline[id] != nil {
		return true
	}
	return (l.cfg.Side || l.cfg.Enter) && id == l.finalSnap
}

// planExits builds the trie of the exit sequences of the snapshots in
// order (loopSnap marks those with a safepoint block) and its layout.
func (l *lowerer) planExits(order []ir.SnapID, loopSnap []bool) *exitPlan {
	t := l.t
	p := &exitPlan{succ: map[int]int{}, inline: map[int]bool{}, reach: map[int]int{}, label: map[int]Label{}, virt: map[ir.SnapID]map[ir.Ref]uint32{}, priceInline: map[int]bool{}}
	// How many exits store each (offset, value): the most shared go last.
	// The maps are sized for a step per snapshot entry (an entry stores
	// one or two words), so that they do not grow while filled.
	entries := 0
	for _, id := range order {
		entries += len(t.Snap(id).Entries)
	}
	shared := make(map[exitStep]int, entries)
	l.known = l.knownWords() // knowntags.go
	stores := func(id ir.SnapID) []exitStep {
		s := t.Snap(id)
		virtual := map[ir.Ref]bool{}
		for _, v := range s.Virtuals {
			virtual[v.Ref] = true
		}
		var out []exitStep
		for _, e := range s.Entries {
			ws, n := l.entryStores(id, e) // knowntags.go
			for _, w := range ws[:n] {
				st := exitStep{kind: stepStore, off: w.off, ref: w.ref}
				if virtual[w.ref] {
					st.snap = id
				}
				out = append(out, st)
			}
		}
		return out
	}
	seqs := map[ir.SnapID][]exitStep{}
	for _, id := range order {
		if l.customExit(id) {
			continue
		}
		if e := t.Snap(id).Entries; len(e) > 0 && e[0].Slot < 0 {
			l.fail("snapshot %d: negative slot", id)
			return p
		}
		st := stores(id)
		for _, s := range st {
			shared[s]++
		}
		seqs[id] = st
	}
	key := func(s exitStep) int {
		if s.snap != 0 {
			return 0
		}
		return shared[s]
	}
	child := make(map[struct {
		parent int
		step   exitStep
	}]int, entries+2*len(order))
	add := func(seq []exitStep) int {
		at := -1
		for i := len(seq) - 1; i >= 0; i-- {
			k := struct {
				parent int
				step   exitStep
			}{at, seq[i]}
			n, ok := child[k]
			if !ok {
				n = len(p.nodes)
				kind := seq[i].kind
				p.nodes = append(p.nodes, exitNode{step: seq[i], parent: at, target: kind != stepStore && kind != stepVirt})
				if at >= 0 {
					p.nodes[at].children = append(p.nodes[at].children, n)
				}
				child[k] = n
			}
			at = n
		}
		return at
	}
	var keyed []keyedStep // appendSharedLast's scratch, reused by every exit
	for _, id := range order {
		var seq []exitStep
		if loopSnap[id] {
			seq = append(seq, exitStep{kind: stepFlag, snap: id})
		}
		if l.customExit(id) {
			seq = append(seq, exitStep{kind: stepCustom, snap: id})
		} else {
			seq = append(seq, exitStep{kind: stepCode, snap: id})
			if len(t.Snap(id).Virtuals) > 0 {
				seq = append(seq, exitStep{kind: stepVirt, snap: id})
			}
			seq = appendSharedLast(seq, seqs[id], key, &keyed)
		}
		n := add(seq)
		if loopSnap[id] {
			n = p.nodes[n].parent // the safepoint block runs no code of another exit
		}
		for ; n >= 0; n = p.nodes[n].parent {
			p.reach[n]++
		}
	}
	head := func(n int) bool { return p.nodes[n].target || len(p.nodes[n].children) != 1 }
	// Each head's segment runs up to the next head. A parent is added to
	// the trie before its children, so a head's successor (a lower
	// index) is decided before it.
	var heads []int
	copied := map[int]int{} // inlined head -> steps its copies run: its own and its inlined successors'
	for n := range p.nodes {
		if !head(n) {
			continue
		}
		m := p.nodes[n].parent
		stores := 1
		for m >= 0 && !head(m) {
			m = p.nodes[m].parent
			stores++
		}
		p.succ[n] = m
		heads = append(heads, n)
		// A short shared segment is copied into each exit that reaches
		// it: a merge point costs wazero more than a few stores. What is
		// copied is the segment and every inlined segment after it, so
		// the rule counts those too: a chain of one-step segments (each
		// a fork of the trie) is not copied whole into every exit.
		if !p.nodes[n].target && stores < shareMin {
			p.priceInline[n] = true
		}
		if m >= 0 && p.inline[m] {
			stores += copied[m]
		}
		if !p.nodes[n].target && stores < shareMin {
			p.inline[n] = true
			copied[n] = stores
		}
	}
	p.heads = heads
	p.segs = p.place(p.inline)
	return p
}

// place returns the segment heads given blocks when the heads in inline
// are copied instead: children before parents, the last child right
// before its parent.
func (p *exitPlan) place(inline map[int]bool) []int {
	kids := map[int][]int{}
	for _, n := range p.heads {
		if inline[n] {
			continue
		}
		m := p.succ[n]
		for m >= 0 && inline[m] {
			m = p.succ[m]
		}
		kids[m] = append(kids[m], n)
	}
	var segs []int
	var visit func(h int)
	visit = func(h int) {
		for _, c := range kids[h] {
			visit(c)
		}
		if h >= 0 {
			segs = append(segs, h)
		}
	}
	visit(-1)
	return segs
}

// openExitBlocks opens one block per segment, outermost (the last
// segment) first, and records the exit and safepoint labels.
func (l *lowerer) openExitBlocks(p *exitPlan) {
	for i := len(p.segs) - 1; i >= 0; i-- {
		h := p.segs[i]
		lbl := l.f.Block()
		p.label[h] = lbl
		st := p.nodes[h].step
		switch st.kind {
		case stepFlag:
			l.safeLbl[st.snap] = lbl
		case stepCode, stepCustom:
			l.exitLbl[st.snap] = lbl
		}
	}
}

// emitExits closes the segments' blocks in order, each followed by its
// code, which falls into the next segment when that is its successor and
// branches to it otherwise.
func (l *lowerer) emitExits(p *exitPlan) {
	f := l.f
	p.stepLen = make([]int, len(p.nodes))
	for i, h := range p.segs {
		f.End()
		custom := false
		next := h
		for {
			seg := next
			next = p.succ[seg]
			n0 := f.Len()
			for n := seg; n >= 0 && n != next && !custom; n = p.nodes[n].parent {
				s0 := f.Len()
				custom = l.exitStep(p, p.nodes[n].step)
				p.stepLen[n] = f.Len() - s0
			}
			if seg == h && p.reach[h] > 1 {
				l.sharedInstrs += (p.reach[h] - 1) * (f.Len() - n0)
			}
			if custom || next < 0 || !p.inline[next] {
				break
			}
		}
		switch {
		case custom: // it never falls through
		case next < 0 && i == len(p.segs)-1:
		case next < 0:
			f.Br(f.LabelDepth(l.tailLbl))
		case i+1 < len(p.segs) && p.segs[i+1] == next:
		default:
			f.Br(f.LabelDepth(p.label[next]))
		}
	}
}

// exitStep emits one step; it reports whether the step was a custom exit.
func (l *lowerer) exitStep(p *exitPlan, st exitStep) bool {
	f := l.f
	switch st.kind {
	case stepFlag:
		f.I32Const(SafepointFlag)
		f.LocalSet(l.flag)
	case stepCode:
		id := st.snap
		code := int32(id)
		if l.cfg.Side && !l.slotFree {
			code |= NestedFlag | l.cfg.Slot<<NestedSlotShift
		}
		f.I32Const(code)
		f.LocalSet(l.xcode)
		if l.linksExits() && !l.tailAddr {
			var addr uint32
			switch {
			case int(id) >= LinkWords:
			case l.slotFree: // an offset from the slot's link words less 4 (slotfree.go)
				addr = 4*uint32(id) + 4
			default:
				addr = l.cfg.LinkBase + 4*uint32(id)
			}
			f.I32Const(int32(addr))
			f.LocalSet(l.xaddr)
		}
	case stepVirt:
		p.virt[st.snap] = l.rebuildVirtuals(st.snap)
	case stepStore:
		var ty ir.Type
		var push func()
		if x, ok := p.virt[st.snap][st.ref]; ok && st.snap != 0 {
			ty, push = ir.Ptr, func() { f.LocalGet(x) }
		} else {
			ty, push = l.t.TypeOf(st.ref), func() { l.push(st.ref) }
		}
		f.LocalGet(l.frame)
		l.storeWord(ty, st.off, push)
	case stepCustom:
		id := st.snap
		if s := l.inline[id]; s != nil {
			l.inlineSide(s)
			return true
		}
		l.applySnap(id)
		if l.cfg.Enter {
			if l.cfg.CountAddr != 0 && l.cfg.EnterBytecodes > 0 {
				l.addCount(int64(l.cfg.EnterBytecodes))
			}
			l.storeBudget()
			f.I32Const(EnterTrace | l.cfg.EnterSlot<<NestedSlotShift)
		} else {
			f.I32Const(LoopAgain)
		}
		f.Return()
		return true
	}
	return false
}

// keyedStep is an exit's store step with its sort key (how many exits
// share it), computed once for appendSharedLast's sort.
type keyedStep struct {
	key  int
	step exitStep
}

// appendSharedLast appends the steps st to seq ordered as planExits
// shares them: by key (the steps fewest exits share first), then by
// offset (highest first), then by value, stable. Each step's key is
// looked up once, not at every comparison: the lookups (a map of
// exitStep) were a third of planExits' time, and planExits the largest
// part of lowering in short programs (docs/jit.md "What the JIT costs a
// program that compiles nothing (session 30)"). scratch is reused
// between calls.
func appendSharedLast(seq, st []exitStep, key func(exitStep) int, scratch *[]keyedStep) []exitStep {
	ks := (*scratch)[:0]
	for _, s := range st {
		ks = append(ks, keyedStep{key: key(s), step: s})
	}
	slices.SortStableFunc(ks, func(a, b keyedStep) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		if c := cmp.Compare(b.step.off, a.step.off); c != 0 {
			return c
		}
		return cmp.Compare(a.step.ref, b.step.ref)
	})
	for _, k := range ks {
		seq = append(seq, k.step)
	}
	*scratch = ks
	return seq
}
