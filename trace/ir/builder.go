// builder.go holds the Builder: the one way instructions enter a trace.
// Emit runs each instruction through the same pipeline as LuaJIT's
// lj_opt_fold: normalise operand order, FOLD (constant folding and
// algebraic rules, fold.go), memory forwarding for loads (mem.go), then
// CSE against earlier identical pure instructions and guards; only what
// survives is appended. The recorder calls the typed helpers below; the
// passes rebuild traces through a Builder with some stages switched off.

package ir

import "math"

// Options selects the stages of Emit's pipeline.
type Options struct {
	Fold    bool // constant folding and algebraic simplification
	Forward bool // store-to-load forwarding and load CSE
	CSE     bool // common-subexpression elimination of pure ops and guards
}

// AllOn enables every stage.
var AllOn = Options{Fold: true, Forward: true, CSE: true}

type cseKey struct {
	op      Op
	ty      Type
	flag    uint8
	a, b, c Ref
	aux     int64
	guarded bool
}

// Builder appends instructions to a trace.
type Builder struct {
	T   *Trace
	Opt Options
	// LoopKills, when set, summarises the stores and calls of the whole
	// loop region; a memory search may cross the LOOP marker only for a
	// load that it proves unaffected. With LoopKills nil no search crosses
	// LOOP.
	LoopKills *MemSummary

	consts map[Const]Ref
	cse    map[cseKey]Ref
	mem    memIndex // forward's chains (memindex.go)
}

// NewBuilder returns a builder appending to t (whose constants it
// adopts). Its tables are sized for t's capacity, which a pass that
// rebuilds a trace sets to what it expects (NewTraceSized).
func NewBuilder(t *Trace, opt Options) *Builder {
	b := &Builder{T: t, Opt: opt, consts: make(map[Const]Ref, cap(t.Consts))}
	if opt.CSE {
		b.cse = make(map[cseKey]Ref, cap(t.Insts))
	} else {
		b.cse = map[cseKey]Ref{}
	}
	for i := 1; i < len(t.Consts); i++ {
		b.consts[t.Consts[i]] = Ref(-i)
	}
	for i := 1; i < len(t.Insts); i++ {
		b.remember(Ref(i))
	}
	return b
}

// K interns a constant.
func (b *Builder) K(ty Type, bits uint64) Ref {
	c := Const{ty, bits}
	if r, ok := b.consts[c]; ok {
		return r
	}
	b.T.Consts = append(b.T.Consts, c)
	r := Ref(-(len(b.T.Consts) - 1))
	b.consts[c] = r
	return r
}

// KInt interns an int constant.
func (b *Builder) KInt(v int64) Ref { return b.K(Int, uint64(v)) }

// KFloat interns a float constant (by its bits: 0.0 and -0.0 differ).
func (b *Builder) KFloat(v float64) Ref { return b.K(Float, math.Float64bits(v)) }

// KBool interns a bool constant.
func (b *Builder) KBool(v bool) Ref {
	if v {
		return b.K(Bool, 1)
	}
	return b.K(Bool, 0)
}

// KTag interns a tag constant.
func (b *Builder) KTag(tag uint64) Ref { return b.K(Tag, tag) }

// KPtr interns a pointer constant (an object that outlives the trace).
func (b *Builder) KPtr(off uint32) Ref { return b.K(Ptr, uint64(off)) }

// KZero interns the zero of type ty.
func (b *Builder) KZero(ty Type) Ref { return b.K(ty, 0) }

// AddSnap adds a snapshot and returns its id.
func (b *Builder) AddSnap(s Snapshot) SnapID {
	b.T.Snaps = append(b.T.Snaps, s)
	return SnapID(len(b.T.Snaps) - 1)
}

// AddAlloc registers an allocation descriptor and returns its index.
func (b *Builder) AddAlloc(a AllocDesc) int64 {
	for i, x := range b.T.Allocs {
		if x == a {
			return int64(i)
		}
	}
	b.T.Allocs = append(b.T.Allocs, a)
	return int64(len(b.T.Allocs) - 1)
}

// AddHelper registers a runtime helper and returns its index.
func (b *Builder) AddHelper(h HelperSig) int64 {
	b.T.Helpers = append(b.T.Helpers, h)
	return int64(len(b.T.Helpers) - 1)
}

// Append adds in to the trace as is (no folding, no CSE) and returns its
// Ref. Passes use it for instructions whose position matters (LOOP, PHI).
func (b *Builder) Append(in Inst) Ref {
	b.T.Insts = append(b.T.Insts, in)
	r := Ref(len(b.T.Insts) - 1)
	b.remember(r)
	return r
}

func (b *Builder) remember(r Ref) {
	if !b.Opt.CSE {
		return // only lookupCSE reads the table (scratch.go)
	}
	in := &b.T.Insts[r]
	if k, ok := cseKeyOf(in); ok {
		if _, dup := b.cse[k]; !dup {
			b.cse[k] = r
		}
	}
}

func cseKeyOf(in *Inst) (cseKey, bool) {
	op := in.Op
	switch {
	case op == CALL:
		return cseKey{}, false // helper purity is checked by the caller of cseable
	case op.IsPure() || op.IsGuard():
	default:
		return cseKey{}, false
	}
	return cseKey{op, in.Type, in.Flag, in.A, in.B, in.C, in.Aux, in.Guarded()}, true
}

// Emit folds, forwards and CSEs in; it returns the Ref standing for its
// result: a new instruction, an earlier one, a constant, or Nil for a
// guard that folding proved always true.
func (b *Builder) Emit(in Inst) Ref {
	b.normalise(&in)
	if b.Opt.Fold {
		if r, done := b.fold(&in); done {
			return r
		}
	}
	if in.Op.IsLoad() && b.Opt.Forward {
		if r := b.forward(&in); r != Nil {
			return r
		}
	}
	if b.Opt.CSE {
		if r, ok := b.lookupCSE(&in); ok {
			return r
		}
	}
	return b.Append(in)
}

func (b *Builder) lookupCSE(in *Inst) (Ref, bool) {
	if in.Op == CALL {
		if in.Aux < 0 || int(in.Aux) >= len(b.T.Helpers) || b.T.Helpers[in.Aux].Effect != Pure {
			return Nil, false
		}
		// A pure helper: search linearly for an identical call among
		// the trace's calls (memindex.go).
		calls := b.mem.callChain(b.T)
		for i := len(calls) - 1; i >= 0; i-- {
			r := calls[i]
			x := &b.T.Insts[r]
			if x.Op == CALL && x.Aux == in.Aux && x.A == in.A && x.B == in.B && x.C == in.C && (x.Guarded() || !in.Guarded()) {
				return r, true
			}
		}
		return Nil, false
	}
	k, ok := cseKeyOf(in)
	if !ok {
		return Nil, false
	}
	if r, hit := b.cse[k]; hit {
		return b.cseResult(in, r), true
	}
	if !k.guarded && in.Op.MayGuard() {
		// An unguarded op may reuse the same op's guarded twin: equal
		// whenever the twin did not exit.
		k.guarded = true
		if r, hit := b.cse[k]; hit {
			return r, true
		}
	}
	return Nil, false
}

func (b *Builder) cseResult(in *Inst, r Ref) Ref {
	if in.Type == Void {
		return Nil // a repeated pure guard: it cannot fail
	}
	return r
}

// normalise puts a constant operand of a commutative op or comparison in
// B, and otherwise the older operand in A, so CSE sees one form.
func (b *Builder) normalise(in *Inst) {
	switch {
	case in.Op.IsCommutative():
		if in.A.IsConst() && !in.B.IsConst() || (!in.A.IsConst() && !in.B.IsConst() && in.A > in.B) {
			in.A, in.B = in.B, in.A
		}
	case in.Op == ICMP || in.Op == FCMP || in.Op == GCMP || in.Op == GFCMP:
		if in.A.IsConst() && !in.B.IsConst() {
			in.A, in.B = in.B, in.A
			in.Flag = uint8(in.Cond().Swap())
		}
	}
}

// ---- typed helpers for the recorder ----

// Op1 emits a one-operand op.
func (b *Builder) Op1(op Op, ty Type, a Ref) Ref { return b.Emit(Inst{Op: op, Type: ty, A: a}) }

// Op2 emits a two-operand op.
func (b *Builder) Op2(op Op, ty Type, a, c Ref) Ref {
	return b.Emit(Inst{Op: op, Type: ty, A: a, B: c})
}

// Guarded2 emits a may-guard op as a guard exiting through snap.
func (b *Builder) Guarded2(op Op, ty Type, a, c Ref, snap SnapID) Ref {
	return b.Emit(Inst{Op: op, Type: ty, A: a, B: c, Snap: snap})
}

// Guarded1 emits a one-operand may-guard op as a guard.
func (b *Builder) Guarded1(op Op, ty Type, a Ref, snap SnapID) Ref {
	return b.Emit(Inst{Op: op, Type: ty, A: a, Snap: snap})
}

// Cmp emits ICMP or FCMP (by the operands' type).
func (b *Builder) Cmp(c Cond, x, y Ref) Ref {
	op := ICMP
	if b.T.TypeOf(x) == Float {
		op = FCMP
	}
	return b.Emit(Inst{Op: op, Type: Bool, Flag: uint8(c), A: x, B: y})
}

// Guard emits GCMP or GFCMP (by the operands' type): exit through snap
// unless x c y.
func (b *Builder) Guard(c Cond, x, y Ref, snap SnapID) Ref {
	op := GCMP
	if b.T.TypeOf(x) == Float {
		op = GFCMP
	}
	return b.Emit(Inst{Op: op, Flag: uint8(c), A: x, B: y, Snap: snap})
}

// Bounds emits ABC: exit through snap unless 0 <= idx < length.
func (b *Builder) Bounds(idx, length Ref, snap SnapID) Ref {
	return b.Emit(Inst{Op: ABC, A: idx, B: length, Snap: snap})
}

// SLoad loads register slot's tag (ty Tag) or payload as ty.
func (b *Builder) SLoad(slot int32, ty Type) Ref {
	return b.Emit(Inst{Op: SLOAD, Type: ty, Aux: int64(slot)})
}

// SStore writes register slot.
func (b *Builder) SStore(slot int32, tag, val Ref) Ref {
	return b.Emit(Inst{Op: SSTORE, A: tag, B: val, Aux: int64(slot)})
}

// FLoad loads the word at base+off as ty.
func (b *Builder) FLoad(ty Type, base Ref, off int64, class AliasClass) Ref {
	return b.Emit(Inst{Op: FLOAD, Type: ty, Flag: uint8(class), A: base, Aux: off})
}

// FStore stores val at base+off.
func (b *Builder) FStore(base Ref, off int64, val Ref, class AliasClass) Ref {
	return b.Emit(Inst{Op: FSTORE, Flag: uint8(class), A: base, B: val, Aux: off})
}

// XLoad loads the word at base+off+16*idx as ty.
func (b *Builder) XLoad(ty Type, base, idx Ref, off int64, class AliasClass) Ref {
	return b.Emit(Inst{Op: XLOAD, Type: ty, Flag: uint8(class), A: base, B: idx, Aux: off})
}

// XStore stores val at base+off+16*idx.
func (b *Builder) XStore(base, idx Ref, off int64, val Ref, class AliasClass) Ref {
	return b.Emit(Inst{Op: XSTORE, Flag: uint8(class), A: base, B: idx, C: val, Aux: off})
}

// New allocates per Allocs[alloc].
func (b *Builder) New(alloc int64) Ref { return b.Emit(Inst{Op: NEW, Type: Ptr, Aux: alloc}) }

// Call calls helper h with up to three arguments; a non-zero snap makes
// the call a guard that exits when the helper fails.
func (b *Builder) Call(h int64, snap SnapID, args ...Ref) Ref {
	in := Inst{Op: CALL, Type: b.T.Helpers[h].Result, Aux: h, Snap: snap}
	for i, a := range args {
		in.SetArg(i, a)
	}
	return b.Emit(in)
}

// Loop emits the LOOP marker.
func (b *Builder) Loop(snap SnapID) Ref { return b.Append(Inst{Op: LOOP, Snap: snap}) }

// JLoop emits the closing JLOOP.
func (b *Builder) JLoop(snap SnapID) Ref { return b.Append(Inst{Op: JLOOP, Snap: snap}) }

// Exit emits an unconditional exit.
func (b *Builder) Exit(snap SnapID) Ref { return b.Append(Inst{Op: EXIT, Snap: snap}) }
