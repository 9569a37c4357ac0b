// exec.go holds the reference interpreter: it runs a trace over a fake
// frame and heap and defines, by doing it, what every instruction, guard,
// snapshot and PHI means. wasmgen must agree with it; the optimisation
// passes are tested by running traces before and after a pass on the same
// inputs and comparing the outcome (exit, registers, heap; Equivalent).

package ir

import (
	"fmt"
	"math"
)

// Value is a frame register: its tag word, its payload, and whether the
// payload is a pointer (known from the IR type written there).
type Value struct {
	Tag  uint64
	Bits uint64
	Ptr  bool
}

// Word is one 8-byte heap word and whether it holds a pointer.
type Word struct {
	Bits uint64
	Ptr  bool
}

// Object is one block allocated by NEW or by a snapshot's rebuild.
type Object struct {
	Addr uint32
	Size uint32
}

// HelperFunc implements a runtime helper for Exec: it receives the three
// argument words and returns the result word and whether it succeeded.
type HelperFunc func(m *Machine, args [3]uint64) (uint64, bool)

// Machine is the state a trace runs on.
type Machine struct {
	Frame   []Value
	Mem     map[uint32]Word
	Top     uint32 // next allocation address (16-aligned)
	Objects []Object
	Helpers []HelperFunc
}

// Clone returns a deep copy of m.
func (m *Machine) Clone() *Machine {
	c := &Machine{Frame: append([]Value(nil), m.Frame...), Mem: make(map[uint32]Word, len(m.Mem)), Top: m.Top,
		Objects: append([]Object(nil), m.Objects...), Helpers: m.Helpers}
	for k, v := range m.Mem {
		c.Mem[k] = v
	}
	return c
}

// Load reads the word at addr.
func (m *Machine) Load(addr uint64) (Word, error) {
	if addr%8 != 0 || addr >= 1<<32 {
		return Word{}, fmt.Errorf("load from bad address %#x", addr)
	}
	return m.Mem[uint32(addr)], nil
}

// Store writes the word at addr.
func (m *Machine) Store(addr uint64, w Word) error {
	if addr%8 != 0 || addr >= 1<<32 {
		return fmt.Errorf("store to bad address %#x", addr)
	}
	m.Mem[uint32(addr)] = w
	return nil
}

// Alloc allocates a block per d: header words (size and kind; slot count)
// then zeros.
func (m *Machine) Alloc(d AllocDesc) uint32 {
	size := uint32(d.Size())
	a := m.Top
	m.Top += size
	m.Objects = append(m.Objects, Object{a, size})
	m.Mem[a] = Word{Bits: uint64(size) | uint64(d.Kind)<<32}
	m.Mem[a+8] = Word{Bits: uint64(d.NumVals)}
	for off := uint32(16); off < size; off += 8 {
		m.Mem[a+off] = Word{}
	}
	return a
}

// OutcomeKind says how a run ended.
type OutcomeKind uint8

// Outcome kinds.
const (
	Exited OutcomeKind = iota // a guard failed or EXIT ran: the snapshot was applied
	Limit                     // the iteration limit was reached at the loop header
)

// Outcome is how a run ended.
type Outcome struct {
	Kind       OutcomeKind
	PC         int32 // the resume pc of the snapshot applied
	Depth      int   // its inlined frame depth
	Iterations int   // completed loop iterations
}

func (o Outcome) String() string {
	k := "exit"
	if o.Kind == Limit {
		k = "limit"
	}
	return fmt.Sprintf("%s pc=%d depth=%d iterations=%d", k, o.PC, o.Depth, o.Iterations)
}

// Exec runs t on m until an exit, or until maxIter loop iterations have
// completed (then it applies the loop header's snapshot, as a safepoint
// exit would). An error means the trace did something undefined on this
// input (a bad address, an operand out of range, a failing unguarded
// helper): Exec never panics on a verified trace.
func Exec(t *Trace, m *Machine, maxIter int) (Outcome, error) {
	ex := &executor{t: t, m: m, vals: make([]uint64, len(t.Insts))}
	return ex.run(maxIter)
}

type executor struct {
	t    *Trace
	m    *Machine
	vals []uint64
}

func (e *executor) val(r Ref) (uint64, error) {
	switch {
	case r < 0:
		if int(-r) >= len(e.t.Consts) {
			return 0, fmt.Errorf("constant %d out of range", r)
		}
		return e.t.Consts[-r].Bits, nil
	case r > 0 && int(r) < len(e.vals):
		if e.t.Insts[r].Op == SUNK {
			return 0, fmt.Errorf("operand %04d is a sunk allocation", r)
		}
		return e.vals[r], nil
	}
	return 0, fmt.Errorf("operand %d out of range", r)
}

func (e *executor) run(maxIter int) (Outcome, error) {
	t := e.t
	n := Ref(len(t.Insts))
	loop := t.LoopRef()
	iters := 0
	steps := 0
	for pc := Ref(1); ; {
		if pc >= n {
			return Outcome{}, fmt.Errorf("ran off the end of the trace")
		}
		steps++
		if steps > 1<<24 {
			return Outcome{}, fmt.Errorf("step limit")
		}
		in := &t.Insts[pc]
		switch in.Op {
		case LOOP:
			iters++
			if iters >= maxIter {
				return e.exit(in.Snap, Limit, iters)
			}
		case JLOOP:
			iters++
			if iters >= maxIter {
				return e.exit(in.Snap, Limit, iters)
			}
			if loop == Nil {
				if _, err := e.apply(in.Snap); err != nil {
					return Outcome{}, err
				}
				pc = 1
				continue
			}
			next := loop + 1
			var phis []uint64
			for r := next; r < n && t.Insts[r].Op == PHI; r++ {
				v, err := e.val(t.Insts[r].B)
				if err != nil {
					return Outcome{}, err
				}
				phis = append(phis, v)
			}
			for i, v := range phis {
				e.vals[next+Ref(i)] = v
			}
			pc = next + Ref(len(phis))
			continue
		case EXIT:
			return e.exit(in.Snap, Exited, iters)
		default:
			ok, err := e.step(pc, in)
			if err != nil {
				return Outcome{}, fmt.Errorf("%04d %s: %w", pc, in.Op, err)
			}
			if !ok {
				return e.exit(in.Snap, Exited, iters)
			}
		}
		pc++
	}
}

func (e *executor) exit(s SnapID, kind OutcomeKind, iters int) (Outcome, error) {
	snap, err := e.apply(s)
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Kind: kind, PC: snap.PC, Depth: snap.Depth(), Iterations: iters}, nil
}

// apply writes snapshot s into the machine: it rebuilds the virtual
// objects, then writes the registers.
func (e *executor) apply(s SnapID) (*Snapshot, error) {
	if s <= 0 || int(s) >= len(e.t.Snaps) {
		return nil, fmt.Errorf("snapshot %d out of range", s)
	}
	snap := &e.t.Snaps[s]
	virt := map[Ref]uint32{}
	for _, v := range snap.Virtuals {
		if v.Alloc < 0 || int(v.Alloc) >= len(e.t.Allocs) {
			return nil, fmt.Errorf("snapshot %d: allocation %d out of range", s, v.Alloc)
		}
		virt[v.Ref] = e.m.Alloc(e.t.Allocs[v.Alloc])
	}
	word := func(r Ref) (Word, error) {
		if a, ok := virt[r]; ok {
			return Word{Bits: uint64(a), Ptr: true}, nil
		}
		x, err := e.val(r)
		return Word{Bits: x, Ptr: e.t.TypeOf(r) == Ptr}, err
	}
	for _, v := range snap.Virtuals {
		for _, f := range v.Fields {
			w, err := word(f.Val)
			if err != nil {
				return nil, fmt.Errorf("snapshot %d: %w", s, err)
			}
			if err := e.m.Store(uint64(virt[v.Ref])+uint64(f.Off), w); err != nil {
				return nil, err
			}
		}
	}
	regs := make([]Value, len(snap.Entries))
	for i, en := range snap.Entries {
		tg, err := word(en.Tag)
		if err != nil {
			return nil, fmt.Errorf("snapshot %d: %w", s, err)
		}
		w, err := word(en.Val)
		if err != nil {
			return nil, fmt.Errorf("snapshot %d: %w", s, err)
		}
		if en.Slot < 0 || int(en.Slot) >= len(e.m.Frame) {
			return nil, fmt.Errorf("snapshot %d: slot %d out of range", s, en.Slot)
		}
		regs[i] = Value{Tag: tg.Bits, Bits: w.Bits, Ptr: w.Ptr}
	}
	for i, en := range snap.Entries {
		e.m.Frame[en.Slot] = regs[i]
	}
	return snap, nil
}

// step executes one non-control instruction; ok false means its guard
// failed.
func (e *executor) step(pc Ref, in *Inst) (ok bool, err error) {
	t, m := e.t, e.m
	var a, b, c uint64
	args := in.Args()
	for i, r := range args {
		if r == Nil {
			continue
		}
		x, err := e.val(r)
		if err != nil {
			return false, err
		}
		switch i {
		case 0:
			a = x
		case 1:
			b = x
		case 2:
			c = x
		}
	}
	g := in.Guarded()
	ia, ib := int64(a), int64(b)
	fa, fb := math.Float64frombits(a), math.Float64frombits(b)
	res := uint64(0)
	good := true
	switch in.Op {
	case NOP, SUNK:
	case PHI:
		res = a
	case SLOAD:
		if in.Aux < 0 || in.Aux >= int64(len(m.Frame)) {
			return false, fmt.Errorf("slot %d out of range", in.Aux)
		}
		if in.Type == Tag {
			res = m.Frame[in.Aux].Tag
		} else {
			res = m.Frame[in.Aux].Bits
		}
	case SSTORE:
		if in.Aux < 0 || in.Aux >= int64(len(m.Frame)) {
			return false, fmt.Errorf("slot %d out of range", in.Aux)
		}
		m.Frame[in.Aux] = Value{Tag: a, Bits: b, Ptr: t.TypeOf(in.B) == Ptr}
	case GCMP:
		good = in.Cond().EvalInt(ia, ib)
	case GFCMP:
		good = in.Cond().EvalFloat(fa, fb)
	case ABC:
		good = ia >= 0 && ia < ib
	case IADD, ISUB, IMUL, IFLOORDIV, IMOD, IAND, IOR, IXOR, ISHL, ISHR, IMIN, IMAX:
		var v int64
		v, good = intBinary(in.Op, ia, ib)
		res = uint64(v)
	case INEG:
		var v int64
		v, good = NegOv(ia)
		res = uint64(v)
	case IABS:
		var v int64
		v, good = AbsOv(ia)
		res = uint64(v)
	case FADD, FSUB, FMUL, FDIV, FFLOORDIV, FMOD, FMIN, FMAX:
		var v float64
		v, good = floatBinary(in.Op, fa, fb)
		res = math.Float64bits(v)
	case FNEG, FABS, FSQRT, FFLOOR, FCEIL, FTRUNC:
		res = math.Float64bits(floatUnary(in.Op, fa))
	case ITOF:
		res = math.Float64bits(float64(ia))
	case FTOI:
		var v int64
		v, good = FloatToInt(fa)
		res = uint64(v)
	case BTOI:
		res = a & 1
	case ICMP:
		res = b2u(in.Cond().EvalInt(ia, ib))
	case FCMP:
		res = b2u(in.Cond().EvalFloat(fa, fb))
	case BNOT:
		res = b2u(a == 0)
	case BAND:
		res = b2u(a != 0 && b != 0)
	case BOR:
		res = b2u(a != 0 || b != 0)
	case FLOAD, XLOAD:
		addr := uint64(uint32(a)) + uint64(in.Aux)
		if in.Op == XLOAD {
			addr += 16 * b
		}
		w, err := m.Load(addr)
		if err != nil {
			return false, err
		}
		res = w.Bits
	case BLOAD:
		addr := uint64(uint32(a)) + uint64(in.Aux) + b
		w, err := m.Load(addr &^ 7)
		if err != nil {
			return false, err
		}
		res = (w.Bits >> (8 * (addr & 7))) & 0xff
	case FSTORE:
		if err := m.Store(uint64(uint32(a))+uint64(in.Aux), Word{Bits: b, Ptr: t.TypeOf(in.B) == Ptr}); err != nil {
			return false, err
		}
	case XSTORE:
		if err := m.Store(uint64(uint32(a))+uint64(in.Aux)+16*b, Word{Bits: c, Ptr: t.TypeOf(in.C) == Ptr}); err != nil {
			return false, err
		}
	case NEW:
		if in.Aux < 0 || in.Aux >= int64(len(t.Allocs)) {
			return false, fmt.Errorf("allocation %d out of range", in.Aux)
		}
		res = uint64(m.Alloc(t.Allocs[in.Aux]))
	case CALL:
		if in.Aux < 0 || in.Aux >= int64(len(m.Helpers)) || m.Helpers[in.Aux] == nil {
			return false, fmt.Errorf("no helper %d", in.Aux)
		}
		res, good = m.Helpers[in.Aux](m, [3]uint64{a, b, c})
		if !good && !g {
			return false, fmt.Errorf("unguarded helper %d failed", in.Aux)
		}
	default:
		return false, fmt.Errorf("cannot execute %s", in.Op)
	}
	switch in.Type {
	case Bool:
		res &= 1
	case Ptr:
		res = uint64(uint32(res))
	}
	e.vals[pc] = res
	if !good && g {
		return false, nil
	}
	return true, nil
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// Equivalent compares two machines after runs of two versions of one trace
// from the same initial state whose heap ended at initTop: registers and
// pre-existing heap words must be equal, and objects allocated during the
// runs must correspond one to one (their addresses may differ: sinking
// moves allocations to exits).
func Equivalent(x, y *Machine, initTop uint32) error {
	if len(x.Frame) != len(y.Frame) {
		return fmt.Errorf("frame sizes differ: %d vs %d", len(x.Frame), len(y.Frame))
	}
	xy, yx := map[uint32]uint32{}, map[uint32]uint32{}
	var work [][2]uint32
	same := func(where string, a, b uint64, pa, pb bool) error {
		if pa != pb {
			return fmt.Errorf("%s: pointer %v vs %v", where, pa, pb)
		}
		if !pa || (a < uint64(initTop) && b < uint64(initTop)) {
			if a != b {
				return fmt.Errorf("%s: %#x vs %#x", where, a, b)
			}
			return nil
		}
		if a < uint64(initTop) || b < uint64(initTop) {
			return fmt.Errorf("%s: old object %#x vs new %#x", where, a, b)
		}
		ua, ub := uint32(a), uint32(b)
		if m, ok := xy[ua]; ok {
			if m != ub {
				return fmt.Errorf("%s: new object %#x maps to %#x and %#x", where, a, m, b)
			}
			return nil
		}
		if _, ok := yx[ub]; ok {
			return fmt.Errorf("%s: new object %#x already paired", where, b)
		}
		xy[ua], yx[ub] = ub, ua
		work = append(work, [2]uint32{ua, ub})
		return nil
	}
	for i := range x.Frame {
		a, b := x.Frame[i], y.Frame[i]
		if a.Tag != b.Tag {
			return fmt.Errorf("register %d: tag %#x vs %#x", i, a.Tag, b.Tag)
		}
		if err := same(fmt.Sprintf("register %d", i), a.Bits, b.Bits, a.Ptr, b.Ptr); err != nil {
			return err
		}
	}
	for k, w := range x.Mem {
		if k >= initTop {
			continue
		}
		v := y.Mem[k]
		if err := same(fmt.Sprintf("word %#x", k), w.Bits, v.Bits, w.Ptr, v.Ptr); err != nil {
			return err
		}
	}
	for k, v := range y.Mem {
		if _, ok := x.Mem[k]; !ok && k < initTop && (v.Bits != 0 || v.Ptr) {
			return fmt.Errorf("word %#x: 0 vs %#x", k, v.Bits)
		}
	}
	size := func(m *Machine, a uint32) uint32 {
		for _, o := range m.Objects {
			if o.Addr == a {
				return o.Size
			}
		}
		return 0
	}
	for len(work) > 0 {
		p := work[len(work)-1]
		work = work[:len(work)-1]
		sa, sb := size(x, p[0]), size(y, p[1])
		if sa != sb || sa == 0 {
			return fmt.Errorf("new objects %#x and %#x: sizes %d and %d", p[0], p[1], sa, sb)
		}
		for off := uint32(0); off < sa; off += 8 {
			w, v := x.Mem[p[0]+off], y.Mem[p[1]+off]
			if err := same(fmt.Sprintf("new object word +%d", off), w.Bits, v.Bits, w.Ptr, v.Ptr); err != nil {
				return err
			}
		}
	}
	return nil
}
