// inline.go carries side traces inside their root's function (trace
// trees): at the exit a side trace continues, a rebuilt root runs the side
// trace's code itself instead of writing its snapshot to the frame and
// calling the side trace through the table. The side trace's reads of
// registers the exit snapshot names become the root's values (no frame
// traffic), its guards exit through blocks of its own (writing the
// root's snapshot, then the side trace's, then linking to the side
// trace's own side traces or returning its exit number tagged with its
// slot, as the side trace's module would), and its end goes straight back
// into the root's loop with the PHIs set from its final values, checking
// at compile time what it can (a constant tag against the tag the loop
// assumes) and at run time the rest. Only side traces that may return
// go straight back into the loop (SideLoopsFast, fastloop.go) and need
// nothing imported are inlined.
// docs/jit.md "Back into the loop: trace trees" explains the choice.

package wasmgen

import (
	"errors"
	"fmt"

	"github.com/hotloop/hotloop/trace/ir"
)

// InlineSide is a side trace that a root trace carries at the exit it
// continues (LowerConfig.Inline).
type InlineSide struct {
	Exit     ir.SnapID // the root's exit (snapshot id) the side trace starts from
	Trace    *ir.Trace // the side trace's optimised IR, ending in EXIT
	Slot     int32     // its table slot: its exits return NestedFlag | Slot<<NestedSlotShift | id
	LinkBase uint32    // its link words (for side traces of its own)
}

// checkInline reports why side s cannot be inlined into root l, or nil.
func (l *lowerer) checkInline(s *InlineSide) error {
	if !l.linking() || l.fast == nil && !UnpeeledLoop(l.t) {
		return errors.New("the root has no fast restart")
	}
	if err := InlineProblem(l.t, s); err != nil {
		return err
	}
	root := l.t.Snap(s.Exit)
	for r := ir.Ref(1); r < s.Trace.Len(); r++ {
		if in := s.Trace.Inst(r); in.Op == ir.SLOAD {
			if e, ok := root.Entry(int32(in.Aux)); ok {
				from := e.Val
				if in.Type == ir.Tag {
					from = e.Tag
				}
				if from > 0 && l.local[from] == 0 {
					return fmt.Errorf("register %d has no local in the root", in.Aux)
				}
			}
		}
	}
	return nil
}

// InlineProblem reports why side trace s cannot be inlined into the root
// loop t (LowerConfig.Inline), or nil: it must continue an exit of t's
// loop body (of a peeled t; any guard's exit of an unpeeled one), may go
// back into the loop (SideLoopsFast), import nothing and read every
// register the exit snapshot names with the root's type.
func InlineProblem(t *ir.Trace, s *InlineSide) error {
	st := s.Trace
	loop := t.LoopRef()
	if t.Len() < 2 || t.Inst(t.Len()-1).Op != ir.JLOOP {
		return errors.New("the root is not a loop")
	}
	if s.Slot < 0 || s.Slot > MaxNestedSlot || st == nil || st.Len() < 2 || st.Inst(st.Len()-1).Op != ir.EXIT {
		return errors.New("not a side trace")
	}
	if s.Exit <= 0 || int(s.Exit) >= len(t.Snaps) || len(t.Snap(s.Exit).Virtuals) > 0 {
		return fmt.Errorf("exit %d: no such exit, or it has virtuals", s.Exit)
	}
	// An exit of the loop body: its snapshot holds every loop-carried
	// register (as PHIs or body values), and the pre-loop's values are set.
	// An exit of the pre-loop: those the loop needs are computed again at
	// the side path's end (preloop.go).
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		if in.Snap == s.Exit && (r == loop || in.Op == ir.JLOOP) {
			return fmt.Errorf("exit %d is not a guard's", s.Exit)
		}
	}
	if loop != ir.Nil {
		if _, err := preloopRedo(t, s.Exit); err != nil {
			return fmt.Errorf("exit %d of the pre-loop: %w", s.Exit, err)
		}
	}
	if !SideLoopsFast(st, t) {
		return errors.New("the side trace writes memory or an invariant register")
	}
	root := t.Snap(s.Exit)
	for r := ir.Ref(1); r < st.Len(); r++ {
		in := st.Inst(r)
		switch in.Op {
		case ir.FMOD, ir.FFLOORDIV, ir.CALL, ir.NEW, ir.LOOP, ir.JLOOP, ir.PHI:
			return fmt.Errorf("side trace needs %s", in.Op)
		case ir.SLOAD:
			e, ok := root.Entry(int32(in.Aux))
			if !ok {
				continue
			}
			from := e.Val
			if in.Type == ir.Tag {
				from = e.Tag
			}
			if t.TypeOf(from) != in.Type {
				return fmt.Errorf("register %d is %s in the root, read as %s", in.Aux, t.TypeOf(from), in.Type)
			}
		}
	}
	for i := 1; i < len(st.Snaps); i++ {
		if len(st.Snaps[i].Virtuals) > 0 {
			return errors.New("side trace snapshot with virtuals")
		}
	}
	return nil
}

// inlineSide emits side trace s's code at its exit's place in the root's
// exit code (it never falls through).
func (l *lowerer) inlineSide(s *InlineSide) {
	f, st := l.f, s.Trace
	rootSnap := l.t.Snap(s.Exit)
	sub := &lowerer{t: st, cfg: l.cfg, m: l.m, f: f, frame: l.frame, budget: l.budget, flag: l.flag,
		scratch: l.scratch, parent: l, subst: map[ir.Ref]ir.Ref{}, fnAlloc: -1, fnFMod: -1, fnFFloorDiv: -1, fnAllocFast: -1}
	sub.cfg.Side, sub.cfg.Slot, sub.cfg.LinkBase = true, s.Slot, s.LinkBase
	sub.local = make([]uint32, st.Len())
	var invariant map[slotType]ir.Ref
	var plan *preloopPlan
	if l.fast != nil {
		invariant = l.invariantLoads()
		plan, _ = preloopRedo(l.t, s.Exit) // InlineProblem checked it
	}
	// The root's pre-loop values the side trace may read instead of the
	// frame: those computed before its exit (a pre-loop exit), or, at an
	// exit of the loop body, those computed before any pre-loop exit with
	// a side trace inlined, since the loop body may be reached at the end
	// of such a side trace, which computes again only the values the loop
	// itself needs (preloop.go), not those only inlined side traces read.
	computed := l.preloopSideFirst()
	if plan != nil {
		computed = plan.first
	}
	for r := ir.Ref(1); r < st.Len(); r++ {
		in := st.Inst(r)
		if in.Op == ir.SLOAD {
			if e, ok := rootSnap.Entry(int32(in.Aux)); ok {
				if in.Type == ir.Tag {
					sub.subst[r] = e.Tag
				} else {
					sub.subst[r] = e.Val
				}
				continue
			}
			// A register the root reads before its loop and nothing on
			// the way here wrote (SideLoopsFast): the root's value, once
			// every way here has computed it (a constant a pre-loop guard
			// proved only at an exit of the loop body: the guard may come
			// after a pre-loop exit, and the plan runs it again).
			if x, ok := invariant[slotType{in.Aux, in.Type}]; ok && ((x < 0 && plan == nil) || (x > 0 && x < computed)) {
				sub.subst[r] = x
				continue
			}
		}
		if in.Type != ir.Void && in.Op != ir.SUNK {
			sub.local[r] = f.Local(wasmType(in.Type))
		}
	}
	final := st.Inst(st.Len() - 1).Snap
	used := make([]bool, len(st.Snaps))
	sub.exitUses = map[ir.SnapID]int{}
	for r := ir.Ref(1); r < st.Len(); r++ {
		if in := st.Inst(r); in.Snap != ir.NoSnap && (in.Op == ir.EXIT || in.Guarded()) && int(in.Snap) < len(used) {
			used[in.Snap] = true
			sub.exitUses[in.Snap]++
		}
	}
	sub.exitLbl = map[ir.SnapID]Label{}
	var order []ir.SnapID
	for i := len(st.Snaps) - 1; i > 0; i-- {
		if used[i] {
			id := ir.SnapID(i)
			order = append(order, id)
			sub.exitLbl[id] = f.Block()
		}
	}
	sub.openTramps() // sharedexit.go
	for r := ir.Ref(1); r < st.Len(); r++ {
		if _, ok := sub.subst[r]; ok {
			continue
		}
		if sub.constantGuardHolds(r) {
			continue
		}
		sub.cur = r
		sub.inst(r, ir.Nil)
		if sub.err != nil {
			l.fail("inlined side trace %s: %04d %s: %w", st.Name, r, st.Inst(r).Op, sub.err)
			return
		}
	}
	f.Unreachable()
	sub.emitTramps()
	l.unpriced += sub.unpriced
	for i := len(order) - 1; i >= 0; i-- {
		id := order[i]
		f.End()
		if id == final {
			l.inlineEnd(sub, s)
			continue
		}
		// One of the side trace's own exits: the frame gets the root's
		// snapshot and then the side trace's, as if both had run apart.
		l.applySnap(s.Exit)
		sub.applySnap(id)
		var addr uint32
		if int(id) < LinkWords {
			addr = s.LinkBase + 4*uint32(id)
		}
		l.toTail(int32(id)|NestedFlag|s.Slot<<NestedSlotShift, addr)
	}
	if sub.err != nil {
		l.fail("inlined side trace %s: %w", st.Name, sub.err)
	}
}

// headerSource pushes the value register word (slot, payload or tag) has
// when side trace sub ends: its final snapshot's, else the root's exit
// snapshot's, else the frame's. It returns the value's IR type and, for
// a constant, the constant's bits.
func (l *lowerer) headerSource(sub *lowerer, s *InlineSide, slot int32, payload bool) (push func(), ty ir.Type, konst bool, bits uint64) {
	pick := func(e ir.SnapEntry) ir.Ref {
		if payload {
			return e.Val
		}
		return e.Tag
	}
	owner := l
	r := ir.Nil
	if e, ok := sub.t.Snap(sub.t.Inst(sub.t.Len() - 1).Snap).Entry(slot); ok {
		owner, r = sub, pick(e)
	} else if e, ok := l.t.Snap(s.Exit).Entry(slot); ok {
		r = pick(e)
	}
	if r == ir.Nil {
		return nil, ir.Void, false, 0
	}
	// A substituted register of the side trace is the root's value.
	if x, ok := owner.subst[r]; ok {
		owner, r = l, x
	}
	ty = owner.t.TypeOf(r)
	if r < 0 {
		c := owner.t.Const(r)
		return func() { owner.push(r) }, ty, true, c.Bits
	}
	return func() { owner.push(r) }, ty, false, 0
}

// inlineEnd emits the end of inlined side trace sub: the loop's PHIs
// from its final state and a branch back into the loop, or, when a check
// fails, the frame written and the slow restart; a safepoint writes the
// frame and leaves as the restart code does.
func (l *lowerer) inlineEnd(sub *lowerer, s *InlineSide) {
	f, p := l.f, l.fast
	final := sub.t.Inst(sub.t.Len() - 1).Snap
	writeAll := func() {
		l.applySnap(s.Exit)
		sub.applySnap(final)
	}
	if p == nil {
		// An unpeeled root (UnpeeledLoop): its loop reads every register
		// from the frame at its start, so the side path writes the frame
		// and restarts it as a called side trace's LoopAgain does (the
		// restart block counts, polls and goes round).
		writeAll()
		f.Br(f.LabelDepth(l.againLbl))
		return
	}
	// The side trace allocates nothing (checkInline): the gc's budget
	// needs polling only if the root's own back-edge polls it.
	l.pushSafepointTest(true, l.pollGC)
	f.If()
	writeAll()
	l.storeBudget()
	f.I32Const(int32(l.backSnap) | SafepointFlag)
	f.Return()
	f.End()

	back := l.t.Snap(l.backSnap)
	type word struct {
		push  func()
		w     fastWord
		ty    ir.Type
		load  bool
		konst bool
		bits  uint64
	}
	var words []word
	static := true // every check known to pass at compile time so far
	for _, w := range p.words {
		slot, payload := int32(w.off/16), w.off%16 == 8
		push, ty, konst, bits := l.headerSource(sub, s, slot, payload)
		want := l.t.TypeOf(w.ref)
		if push == nil {
			// The frame's own word: neither snapshot names the register.
			push = func() { f.LocalGet(l.frame); l.loadWord(want, w.off) }
			ty = want
		}
		if wasmType(ty) != wasmType(want) {
			static = false
			words = nil
			break
		}
		if !w.load && konst && w.ref < 0 && l.t.Const(w.ref).Bits == bits {
			continue // a constant the loop assumes, and the side trace left
		}
		if !w.load && konst && w.ref < 0 {
			static = false // a different constant: never the fast way
			words = nil
			break
		}
		words = append(words, word{push: push, w: w, ty: ty, load: w.load, konst: konst, bits: bits})
	}
	if static {
		checks, checksOK := SideLoopChecks(sub.t, l.t)
		if checksOK {
			checks = relevantChecks(l.t, checks, s.Exit)
		}
		// At an exit of the pre-loop, the values the loop needs that it
		// had not computed yet (preloop.go).
		plan, _ := preloopRedo(l.t, s.Exit)
		nBranches := l.redoGuards(plan) + len(checks)
		for _, w := range words {
			if !w.load {
				nBranches++
			}
		}
		slow := f.Block()
		// The redone guards', rechecks' and frame words' branches to
		// slow each name a trampoline of their own (soloedge.go).
		solo := l.openSolo(slow, nBranches)
		l.redoPreloop(plan, slow, solo)
		// Pre-loop loads the side path's stores may have overwritten
		// (recheck.go): done again, they must give what they gave.
		if !checksOK || !l.recheckLoads(checks, solo) {
			f.Br(f.LabelDepth(slow))
		}
		for _, w := range words {
			w.push()
			if w.load {
				f.LocalSet(p.temp[w.w.ref])
				continue
			}
			if x, ok := p.temp[w.w.ref]; ok {
				f.LocalGet(x)
			} else {
				l.push(w.w.ref)
			}
			f.Op(neOpFor(w.ty))
			f.BrIf(f.LabelDepth(solo.next()))
		}
		// Registers the loop does not carry keep what the side trace
		// left in them: write those to the frame.
		header := map[int32]bool{}
		for _, e := range back.Entries {
			header[e.Slot] = true
		}
		for slot := range deadAtHeader(l.t) {
			header[slot] = true // nothing reads it before writing it (recheck.go)
		}
		for _, e := range l.t.Snap(s.Exit).Entries {
			if _, mine := sub.t.Snap(final).Entry(e.Slot); !header[e.Slot] && !mine {
				l.storeEntry(l, e)
			}
		}
		for _, e := range sub.t.Snap(final).Entries {
			if !header[e.Slot] {
				l.storeEntry(sub, e)
			}
		}
		for _, r := range p.phis {
			b := l.t.Inst(r).B
			if x, ok := p.temp[b]; ok {
				f.LocalGet(x)
			} else {
				l.push(b)
			}
		}
		for i := len(p.phis) - 1; i >= 0; i-- {
			l.set(p.phis[i])
		}
		f.I32Const(1)
		f.LocalSet(l.resume)
		f.Br(f.LabelDepth(l.restartLbl))
		l.closeSolo(solo)
		f.End()
	}
	writeAll()
	f.I32Const(LoopAgain)
	f.LocalSet(l.link)
	f.Br(f.LabelDepth(l.againLbl))
}

// storeEntry writes one snapshot entry of owner's trace to the frame.
func (l *lowerer) storeEntry(owner *lowerer, e ir.SnapEntry) {
	f := l.f
	f.LocalGet(l.frame)
	owner.storeWord(owner.typeOf(e.Tag), uint32(16*e.Slot), func() { owner.push(e.Tag) })
	f.LocalGet(l.frame)
	owner.storeWord(owner.typeOf(e.Val), uint32(16*e.Slot+8), func() { owner.push(e.Val) })
}

// typeOf is r's IR type, looking through a substitution.
func (l *lowerer) typeOf(r ir.Ref) ir.Type {
	if x, ok := l.subst[r]; ok {
		return l.parent.t.TypeOf(x)
	}
	return l.t.TypeOf(r)
}

// preloopSideFirst is the first pre-loop instruction that may exit to a
// side trace inlined at a pre-loop exit (the LOOP's ref when there is
// none): pre-loop values from there on may be unset when the loop body
// runs after such a side trace.
func (l *lowerer) preloopSideFirst() ir.Ref {
	first := l.t.LoopRef()
	for i := range l.cfg.Inline {
		if plan, _ := preloopRedo(l.t, l.cfg.Inline[i].Exit); plan != nil && plan.first < first {
			first = plan.first
		}
	}
	return first
}

// slotType names a register word as an SLOAD reads it.
type slotType struct {
	slot int64
	ty   ir.Type
}

// invariantLoads maps the registers a peeled root reads before its loop
// and does not carry in the loop to the values it read: its SLOAD, or the
// constant a guard of the pre-loop proved the SLOAD equal to (a tag).
func (l *lowerer) invariantLoads() map[slotType]ir.Ref {
	t := l.t
	loop := t.LoopRef()
	back := t.Snap(l.backSnap)
	m := map[slotType]ir.Ref{}
	for r := ir.Ref(1); r < loop; r++ {
		in := t.Inst(r)
		if in.Op != ir.SLOAD || l.local[r] == 0 {
			continue
		}
		if _, carried := back.Entry(int32(in.Aux)); carried {
			continue
		}
		k := slotType{in.Aux, in.Type}
		if _, ok := m[k]; !ok {
			m[k] = r
		}
	}
	for r := ir.Ref(1); r < loop; r++ {
		in := t.Inst(r)
		if in.Op != ir.GCMP || in.Flag != uint8(ir.EQ) || in.A <= 0 || in.B >= 0 || t.Inst(in.A).Op != ir.SLOAD {
			continue
		}
		k := slotType{t.Inst(in.A).Aux, t.Inst(in.A).Type}
		if m[k] == in.A {
			m[k] = in.B
		}
	}
	return m
}

// constantGuardHolds reports whether instruction r of an inlined side
// trace is a guard whose operands are both constants (after
// substitution) that hold: it cannot fail and is left out.
func (l *lowerer) constantGuardHolds(r ir.Ref) bool {
	in := l.t.Inst(r)
	if in.Op != ir.GCMP {
		return false
	}
	a, aok := l.constBits(in.A)
	b, bok := l.constBits(in.B)
	if !aok || !bok {
		return false
	}
	return ir.Cond(in.Flag).EvalInt(int64(a), int64(b))
}

// constBits gives r's bits when it is a constant, looking through a
// substitution.
func (l *lowerer) constBits(r ir.Ref) (uint64, bool) {
	if x, ok := l.subst[r]; ok {
		return l.parent.constBits(x)
	}
	if r < 0 && int(-r) < len(l.t.Consts) {
		return l.t.Const(r).Bits, true
	}
	return 0, false
}

// neOpFor is the wasm "not equal" of values of IR type t.
func neOpFor(t ir.Type) Op {
	switch wasmType(t) {
	case I32:
		return OpI32Ne
	case F64:
		return OpF64Ne
	}
	return OpI64Ne
}
