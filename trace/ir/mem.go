// mem.go holds the IR's alias model and the memory stage of the Builder:
// store-to-load forwarding and load CSE (LuaJIT's lj_opt_mem.c in spirit).
//
// The alias model, deliberately simple:
//   - frame registers and heap words never alias; SLOAD/SSTORE alias when
//     their slots are equal;
//   - heap accesses in different non-zero alias classes never alias;
//   - every access stays inside its object (the recorder's promise), so
//     two fields at different offsets never alias, and two accesses whose
//     offsets differ modulo 16 (a tag word and a payload word) never alias;
//   - a NEW's result is distinct from every value computed before it (it
//     is a fresh object), and from every constant pointer;
//   - the same base and the same offset (and the same index Ref) alias;
//   - a CALL with the Writes effect may change everything.

package ir

// AliasResult is the answer of the alias oracle.
type AliasResult uint8

// Alias oracle answers.
const (
	NoAlias AliasResult = iota
	MayAlias
	MustAlias
)

// Alias compares two memory instructions of t (loads or stores).
func Alias(t *Trace, x, y *Inst) AliasResult { return t.alias(x, y) }

// distinctObjects reports whether pointer values a and b are provably
// different objects.
func (t *Trace) distinctObjects(a, b Ref) bool {
	if a == b {
		return false
	}
	isNew := func(r Ref) bool { return r.IsInst() && t.Insts[r].Op == NEW }
	if isNew(a) && (b.IsConst() || b < a) {
		return true
	}
	if isNew(b) && (a.IsConst() || a < b) {
		return true
	}
	return a.IsConst() && b.IsConst() // two different constant objects
}

// interiorBase reports whether base r may point inside an object rather
// than at its start: a helper's result (a dict probe returns the address
// of an entry's value slot, which `d[k] += 1` stores through). An access
// at offset a from such a base may reach the word another access reaches
// at offset b != a from the object's own base, so only offsets that
// differ modulo 16 tell such accesses apart.
func (t *Trace) interiorBase(r Ref) bool {
	return r.IsInst() && int(r) < len(t.Insts) && t.Insts[r].Op == CALL
}

// alias compares a load or store x with a store y (both heap or both
// frame accesses; anything else is NoAlias).
func (t *Trace) alias(x, y *Inst) AliasResult {
	if x.Op == SLOAD || x.Op == SSTORE {
		if y.Op != SLOAD && y.Op != SSTORE {
			return NoAlias
		}
		if x.Aux == y.Aux {
			return MustAlias
		}
		return NoAlias
	}
	if y.Op == SLOAD || y.Op == SSTORE {
		return NoAlias
	}
	if !mayAliasClass(x.Class(), y.Class()) {
		return NoAlias
	}
	xIdx, yIdx := x.Op == XLOAD || x.Op == XSTORE, y.Op == XLOAD || y.Op == XSTORE
	if (x.Aux-y.Aux)%16 != 0 {
		return NoAlias
	}
	if !xIdx && !yIdx && x.Aux != y.Aux && !t.interiorBase(x.A) && !t.interiorBase(y.A) {
		return NoAlias
	}
	if t.distinctObjects(x.A, y.A) {
		return NoAlias
	}
	if x.A != y.A {
		return MayAlias
	}
	switch {
	case !xIdx && !yIdx:
		return MustAlias // same base, same offset
	case xIdx && yIdx && x.B == y.B:
		if x.Aux == y.Aux {
			return MustAlias
		}
		return NoAlias
	}
	return MayAlias
}

// storedValue returns the value a store writes to the word a load x
// reads, given that they must alias (Nil if the types differ).
func (t *Trace) storedValue(st *Inst, x *Inst) Ref {
	var v Ref
	switch st.Op {
	case SSTORE:
		if x.Type == Tag {
			v = st.A
		} else {
			v = st.B
		}
	case FSTORE:
		v = st.B
	case XSTORE:
		v = st.C
	}
	if t.TypeOf(v) != x.Type {
		return Nil
	}
	return v
}

// sameLoad reports whether two loads read the same word as the same type.
func sameLoad(x, y *Inst) bool {
	return x.Op == y.Op && x.Type == y.Type && x.Flag == y.Flag && x.A == y.A && x.B == y.B && x.Aux == y.Aux
}

// forward looks backwards from the end of the trace for the value the load
// in will read: an identical earlier load, a must-alias store, or the zero
// of a fresh allocation. It returns Nil when it cannot tell. It visits
// only the instructions of the memory index's chain for in's side
// (memindex.go): every other instruction falls through the switch below.
func (b *Builder) forward(in *Inst) Ref {
	t := b.T
	chain := b.mem.chainFor(t, in)
	for i := len(chain) - 1; i >= 0; i-- {
		r := chain[i]
		x := &t.Insts[r]
		switch x.Op {
		case LOOP:
			if b.LoopKills == nil || b.LoopKills.kills(in, baseBefore(t, in, r)) {
				return Nil
			}
		case JLOOP, EXIT:
			return Nil
		case CALL:
			if x.Aux < 0 || int(x.Aux) >= len(t.Helpers) || t.Helpers[x.Aux].clobbers(in) {
				return Nil
			}
		case NEW:
			if in.Op == FLOAD && in.A == r && in.Aux >= 16 {
				return b.KZero(in.Type)
			}
		case SLOAD, FLOAD, XLOAD:
			if sameLoad(x, in) {
				return r
			}
		case SSTORE, FSTORE, XSTORE:
			switch t.alias(in, x) {
			case MustAlias:
				return t.storedValue(x, in)
			case MayAlias:
				return Nil
			}
		}
	}
	return Nil
}

// MemSummary records what a loop region may write: it decides whether a
// load may be forwarded across the LOOP marker from before the loop.
type MemSummary struct {
	Slots     map[int64]bool // SSTORE slots
	Stores    []Inst         // heap stores (operands are not compared)
	AnyWrites bool           // a CALL with the Writes effect, not narrowed
	// Clobbers is the union of the classes narrowed Writes calls
	// (HelperSig.Clobbers) may write.
	Clobbers uint64
	// FreshBase[i] says Stores[i] writes into an object a NEW of the
	// summarised region allocated (loop_fresh.go).
	FreshBase []bool
	// Interior[i] says Stores[i] writes through a pointer that may point
	// inside an object (Trace.interiorBase), so its offset does not tell
	// it apart from field loads at other offsets.
	Interior []bool
}

// SummariseLoop summarises the stores and effecting calls among t's
// instructions from..to (inclusive).
func SummariseLoop(t *Trace, from, to Ref) *MemSummary {
	s := &MemSummary{Slots: map[int64]bool{}}
	for r := from; r <= to && int(r) < len(t.Insts); r++ {
		x := &t.Insts[r]
		switch x.Op {
		case SSTORE:
			s.Slots[x.Aux] = true
		case FSTORE, XSTORE:
			s.Stores = append(s.Stores, *x)
			s.FreshBase = append(s.FreshBase, freshInRegion(t, x.A, from, to))
			s.Interior = append(s.Interior, t.interiorBase(x.A))
		case CALL:
			switch {
			case x.Aux < 0 || int(x.Aux) >= len(t.Helpers):
				s.AnyWrites = true
			case t.Helpers[x.Aux].Effect != Writes:
			case t.Helpers[x.Aux].Clobbers != 0:
				s.Clobbers |= t.Helpers[x.Aux].Clobbers
			default:
				s.AnyWrites = true
			}
		}
	}
	return s
}

// Kills reports whether anything in the loop may write the word load x
// reads. Operands are not compared (the loop's stores may store through
// any base), only slots, classes and offsets.
func (s *MemSummary) Kills(x *Inst) bool { return s.kills(x, false) }

// kills is Kills; oldBase says x's base existed before the loop began,
// so stores into objects the loop allocates cannot reach it.
func (s *MemSummary) kills(x *Inst, oldBase bool) bool {
	if s.AnyWrites {
		return true
	}
	if s.Clobbers != 0 && clobbersClass(s.Clobbers, x) {
		return true
	}
	if x.Op == SLOAD {
		return s.Slots[x.Aux]
	}
	xIdx := x.Op == XLOAD
	for i := range s.Stores {
		y := &s.Stores[i]
		if !mayAliasClass(x.Class(), y.Class()) || (x.Aux-y.Aux)%16 != 0 {
			continue
		}
		if oldBase && i < len(s.FreshBase) && s.FreshBase[i] {
			continue
		}
		if !xIdx && y.Op == FSTORE && x.Aux != y.Aux && (i >= len(s.Interior) || !s.Interior[i]) {
			continue
		}
		return true
	}
	return false
}
