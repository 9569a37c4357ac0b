// tailaddr.go lets the shared exit tail compute an exit's link word
// address from its exit number, so that each exit sets one local (the
// number) instead of two. Every exit that reaches the tail then sets
// xaddr no more: wazero merges one value fewer at the tail (a copy per
// exit in its machine code), and the module has two instructions fewer
// per exit (docs/jit.md "Fewer wasm instructions per trace (session
// 25)").

package wasmgen

// tailAddrMask keeps 4*id of an exit number shifted left by 2: the bits
// above an exit id (the nested flag and the slot) shift out or are
// masked off.
const tailAddrMask = (1<<NestedSlotShift - 1) << 2

// addrInTail reports whether the tail can compute every exit's link word
// address: the trace's exits link, each exit that reaches the tail is a
// snapshot's own (no inlined side trace's, whose words are elsewhere)
// and has a link word (id below LinkWords), and there are enough exits
// for the computation (up to 7 instructions once) to save instructions.
func (l *lowerer) addrInTail(p *exitPlan) bool {
	if !l.linksExits() || len(l.cfg.Inline) > 0 {
		return false
	}
	codes := 0
	for _, nd := range p.nodes {
		if nd.step.kind != stepCode {
			continue
		}
		if int(nd.step.snap) >= LinkWords {
			return false
		}
		codes++
	}
	if 2*codes <= 7 {
		return false
	}
	l.unpriced += 2 * codes // tailLinkAddr takes its own back
	return true
}

// tailLinkAddr, first in the tail, sets xaddr from the exit number as
// exitStep's stepCode would have: 4*id + 4 in a slot-free module (an
// offset from its link words less 4), LinkBase + 4*id otherwise.
func (l *lowerer) tailLinkAddr() {
	if !l.tailAddr {
		return
	}
	f := l.f
	n0 := f.Len()
	defer func() { l.unpriced -= f.Len() - n0 }()
	f.LocalGet(l.xcode)
	f.I32Const(2)
	f.Op(OpI32Shl)
	if l.cfg.Side && !l.slotFree { // the number holds the nested flag and slot
		f.I32Const(tailAddrMask)
		f.Op(OpI32And)
	}
	base := l.cfg.LinkBase
	if l.slotFree {
		base = 4
	}
	f.I32Const(int32(base))
	f.Op(OpI32Add)
	f.LocalSet(l.xaddr)
}
