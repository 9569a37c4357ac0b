// Package ir is the trace IR: a typed SSA form, one linear array of
// instructions per trace (LuaJIT style), with interned constants, guards
// that exit through snapshots, and the description needed to rebuild sunk
// allocations on exit. The recorder (package trace) builds it through a
// Builder, whose Emit runs every instruction through constant folding,
// store-to-load forwarding and CSE; the passes of package trace/opt
// transform it; wasmgen lowers it. Exec is the reference interpreter that
// defines what every instruction means and that the tests use to check the
// passes.
//
// The package does not import the vm: the facts it mirrors (16-byte values
// with the tag word first, 16-byte object headers, value slots at offset
// 16) are written down in docs/jit.md and reach the IR as offsets and tag
// constants chosen by the recorder.
package ir

// SnapID names a snapshot of a trace; 0 is "none".
type SnapID int32

// NoSnap is the absent snapshot.
const NoSnap SnapID = 0

// Inst is one instruction. Which fields mean what is given per op in
// ops.go; fields an op does not use are zero.
type Inst struct {
	Op   Op
	Type Type   // result type (Void if none)
	Flag uint8  // Cond for compares/guards, AliasClass for memory ops
	A    Ref    // operands
	B    Ref    //
	C    Ref    //
	Aux  int64  // slot, byte offset, allocation or helper index
	Snap SnapID // the exit snapshot of a guard, LOOP and JLOOP
}

// Guarded reports whether the instruction may exit the trace.
func (in *Inst) Guarded() bool {
	return in.Op.IsGuard() || (in.Op.MayGuard() && in.Snap != NoSnap)
}

// Cond returns the instruction's condition (compares and guards).
func (in *Inst) Cond() Cond { return Cond(in.Flag) }

// Class returns the instruction's alias class (memory ops).
func (in *Inst) Class() AliasClass { return AliasClass(in.Flag) }

// Args returns the operands the op uses.
func (in *Inst) Args() []Ref {
	switch in.Op.NumArgs() {
	case 1:
		return []Ref{in.A}
	case 2:
		return []Ref{in.A, in.B}
	case 3:
		return []Ref{in.A, in.B, in.C}
	}
	return nil
}

// SetArg sets operand i (0 = A, 1 = B, 2 = C).
func (in *Inst) SetArg(i int, r Ref) {
	switch i {
	case 0:
		in.A = r
	case 1:
		in.B = r
	case 2:
		in.C = r
	}
}

// Snapshot is the interpreter state at a guard: resuming at PC in the
// innermost frame, with the listed registers replaced by IR values and
// every other register unchanged (whatever the frame holds when the exit is
// taken). Virtuals describe sunk allocations that the exit must rebuild
// before writing the registers.
type Snapshot struct {
	PC       int32       // resume pc (in the innermost frame)
	Frames   []SnapFrame // inlined frames above the trace's own, outermost first
	Entries  []SnapEntry // sorted by Slot, at most one per slot
	Virtuals []Virtual   // sunk allocations referenced by Entries or other Virtuals
	// Bytecodes is how many bytecodes of its iteration the trace ran
	// before resuming at PC (recorded root traces, in their own frame):
	// what an exit here ran of its last, partial iteration, for the
	// bytecodes compiled code counts (jit/bytecodecount.go).
	Bytecodes int32
}

// Depth is the number of inlined frames above the trace's own frame.
func (s *Snapshot) Depth() int { return len(s.Frames) }

// SnapFrame is one inlined Python call: the callee's registers start at
// slot Base of the trace's frame window, Func is the function object, and
// the caller resumes at ReturnPC once the callee returns.
type SnapFrame struct {
	Base     int32
	Func     Ref
	ReturnPC int32
}

// SnapEntry maps a register slot (relative to the trace's frame base) to
// the IR values of its tag word and payload.
type SnapEntry struct {
	Slot int32
	Tag  Ref
	Val  Ref
}

// Virtual is a sunk allocation as it is at this snapshot: the exit
// allocates Allocs[Alloc] and writes Fields into it. Ref is the SUNK
// instruction that stood for the allocation; other entries and fields name
// the rebuilt object by that Ref.
type Virtual struct {
	Ref    Ref
	Alloc  int32
	Fields []VField
}

// VField is one word of a sunk allocation: the value of Val stored at byte
// Off (the word's type is Val's type).
type VField struct {
	Off int32
	Val Ref
}

// AllocDesc describes what NEW allocates: a gc block of NumVals value
// slots and Raw raw bytes, of the vm's kind Kind. Name is for listings.
type AllocDesc struct {
	Name    string
	Kind    uint8
	NumVals int32
	Raw     int32
}

// Size is the block's size in bytes: header, slots and raw bytes rounded
// up to 16, at least 32 (the gc's rule).
func (a AllocDesc) Size() int32 {
	n := 16 + 16*a.NumVals + a.Raw
	n = (n + 15) &^ 15
	if n < 32 {
		n = 32
	}
	return n
}

// HelperSig describes a runtime helper a trace may CALL.
type HelperSig struct {
	Name   string
	Args   []Type // at most three
	Result Type
	Effect Effect
	// Clobbers narrows a Writes helper for load forwarding (mem.go):
	// when non-zero, the helper writes only heap words in the alias
	// classes whose bits are set (bit c for class c, classes below 64;
	// it may allocate), never a frame register, and loads of other
	// classes are forwarded across it. Zero: it may write anything.
	// Every other pass treats the helper as Writes.
	Clobbers uint64
}

// ClassBit returns the Clobbers bit of alias class c (0 for classes of
// 64 and above, which no narrowed helper may write).
func ClassBit(c AliasClass) uint64 {
	if c >= 64 {
		return 0
	}
	return 1 << c
}

// clobbers reports whether a call of h may write the word load x reads:
// always for an unnarrowed Writes helper; for a narrowed one, when x is
// a heap load of a class h writes or of AnyClass (a frame register is
// never written).
func (h *HelperSig) clobbers(x *Inst) bool {
	if h.Effect != Writes {
		return false
	}
	if h.Clobbers == 0 {
		return true
	}
	return clobbersClass(h.Clobbers, x)
}

// clobbersClass reports whether a narrowed helper writing the classes in
// mask may write the word load x reads.
func clobbersClass(mask uint64, x *Inst) bool {
	if x.Op == SLOAD {
		return false
	}
	c := x.Class()
	return c == AnyClass || mask&ClassBit(c) != 0
}

// Trace is one trace's IR.
type Trace struct {
	Name      string
	Insts     []Inst     // Insts[0] is unused: Ref 0 is Nil
	Consts    []Const    // Consts[0] is unused: Ref -k is Consts[k]
	Snaps     []Snapshot // Snaps[0] is unused: SnapID 0 is NoSnap
	Allocs    []AllocDesc
	Helpers   []HelperSig
	FrameSize int32 // registers the trace may touch (slots 0..FrameSize-1)
}

// NewTrace returns an empty trace.
func NewTrace(name string, frameSize int32) *Trace {
	return NewTraceSized(name, frameSize, 64, 16, 16)
}

// NewTraceSized returns an empty trace with room for insts instructions,
// consts constants and snaps snapshots, for a pass that rebuilds a trace
// whose size it knows: grown from NewTrace's room by doubling, each
// rebuild left as much garbage as it kept, and a short program pays for
// every fresh page of Go heap the JIT touches before its first
// collection (docs/jit.md "What the JIT's memory costs (session 38)").
func NewTraceSized(name string, frameSize int32, insts, consts, snaps int) *Trace {
	return &Trace{
		Name:      name,
		Insts:     make([]Inst, 1, max(insts, 2)),
		Consts:    make([]Const, 1, max(consts, 2)),
		Snaps:     make([]Snapshot, 1, max(snaps, 2)),
		FrameSize: frameSize,
	}
}

// Inst returns the instruction r (r > 0).
func (t *Trace) Inst(r Ref) *Inst { return &t.Insts[r] }

// Const returns the constant r (r < 0).
func (t *Trace) Const(r Ref) Const { return t.Consts[-r] }

// Snap returns snapshot s.
func (t *Trace) Snap(s SnapID) *Snapshot { return &t.Snaps[s] }

// TypeOf returns the type of r's value.
func (t *Trace) TypeOf(r Ref) Type {
	switch {
	case r < 0:
		return t.Consts[-r].Type
	case r > 0:
		return t.Insts[r].Type
	}
	return Void
}

// Len is the number of instructions plus one (the first free Ref).
func (t *Trace) Len() Ref { return Ref(len(t.Insts)) }

// LoopRef returns the LOOP marker's Ref, or Nil if the trace is not peeled.
func (t *Trace) LoopRef() Ref {
	for i := 1; i < len(t.Insts); i++ {
		if t.Insts[i].Op == LOOP {
			return Ref(i)
		}
	}
	return Nil
}

// Clone returns a deep copy.
func (t *Trace) Clone() *Trace {
	c := *t
	c.Insts = append([]Inst(nil), t.Insts...)
	c.Consts = append([]Const(nil), t.Consts...)
	c.Allocs = append([]AllocDesc(nil), t.Allocs...)
	c.Helpers = append([]HelperSig(nil), t.Helpers...)
	c.Snaps = make([]Snapshot, len(t.Snaps))
	for i, s := range t.Snaps {
		c.Snaps[i] = s.clone()
	}
	return &c
}

func (s Snapshot) clone() Snapshot {
	c := s
	c.Frames = append([]SnapFrame(nil), s.Frames...)
	c.Entries = append([]SnapEntry(nil), s.Entries...)
	c.Virtuals = make([]Virtual, len(s.Virtuals))
	for i, v := range s.Virtuals {
		c.Virtuals[i] = v
		c.Virtuals[i].Fields = append([]VField(nil), v.Fields...)
	}
	if len(s.Virtuals) == 0 {
		c.Virtuals = nil
	}
	return c
}

// Refs calls f on every Ref the snapshot holds (entry tags and values,
// frame functions, virtual fields; not the virtuals' own Refs).
func (s *Snapshot) Refs(f func(Ref)) {
	for _, fr := range s.Frames {
		f(fr.Func)
	}
	for _, e := range s.Entries {
		f(e.Tag)
		f(e.Val)
	}
	for _, v := range s.Virtuals {
		for _, fd := range v.Fields {
			f(fd.Val)
		}
	}
}

// MapRefs replaces every Ref the snapshot holds (as Refs, plus the
// virtuals' own Refs) by m(ref).
func (s *Snapshot) MapRefs(m func(Ref) Ref) {
	for i := range s.Frames {
		s.Frames[i].Func = m(s.Frames[i].Func)
	}
	for i := range s.Entries {
		s.Entries[i].Tag = m(s.Entries[i].Tag)
		s.Entries[i].Val = m(s.Entries[i].Val)
	}
	for i := range s.Virtuals {
		s.Virtuals[i].Ref = m(s.Virtuals[i].Ref)
		for j := range s.Virtuals[i].Fields {
			s.Virtuals[i].Fields[j].Val = m(s.Virtuals[i].Fields[j].Val)
		}
	}
}

// Entry returns the entry for slot, if any.
func (s *Snapshot) Entry(slot int32) (SnapEntry, bool) {
	for _, e := range s.Entries {
		if e.Slot == slot {
			return e, true
		}
	}
	return SnapEntry{}, false
}

// SetEntry adds or replaces the entry for e.Slot, keeping Entries sorted.
func (s *Snapshot) SetEntry(e SnapEntry) {
	for i := range s.Entries {
		if s.Entries[i].Slot == e.Slot {
			s.Entries[i] = e
			return
		}
		if s.Entries[i].Slot > e.Slot {
			s.Entries = append(s.Entries, SnapEntry{})
			copy(s.Entries[i+1:], s.Entries[i:])
			s.Entries[i] = e
			return
		}
	}
	s.Entries = append(s.Entries, e)
}
