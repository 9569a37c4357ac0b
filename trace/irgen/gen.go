// Package irgen generates random, well-typed traces together with a
// machine state to run them on, for the property tests and fuzz targets of
// the IR and its passes. A generated trace looks like what the recorder
// will emit: registers read with a tag guard first, int and float
// arithmetic with overflow guards, compares and guards, record fields and
// version words, a list read and written under bounds checks, fresh
// records (sinking candidates), helper calls of every effect, register
// stores, and a closing JLOOP whose snapshot carries the registers the
// body changed. Every generated access stays inside its object, as the
// IR's alias model requires.
package irgen

import (
	"math"
	"math/rand"

	"github.com/hotloop/hotloop/trace/ir"
)

// Tags and layout of the fake heap (the vm's real numbers do not matter).
const (
	TagInt   = 3
	TagFloat = 4
	TagRec   = 0x80 // a record: slot 0 an int, slot 1 a float, raw word: version
	TagList  = 0x81 // a list: slot 0 its storage, raw word: length

	RecInt     = 16 + 8 // payload of slot 0
	RecFloat   = 32 + 8 // payload of slot 1
	RecVersion = 48
	ListStore  = 16 + 8
	ListLen    = 32
	ItemsOff   = 16 + 8 // payload of storage item 0
	ListCap    = 8
	FrameSize  = 8
	HeapStart  = 4096
)

// Alias classes.
const (
	ClassRecInt ir.AliasClass = iota + 1
	ClassRecFloat
	ClassVersion
	ClassListStore
	ClassListLen
	ClassItems
)

// Case is a generated trace and its initial state.
type Case struct {
	Trace   *ir.Trace
	Machine *ir.Machine
	InitTop uint32
}

type kind uint8

const (
	kInt kind = iota
	kFloat
	kRec
	kList
)

var kindTag = [...]uint64{TagInt, TagFloat, TagRec, TagList}
var kindType = [...]ir.Type{ir.Int, ir.Float, ir.Ptr, ir.Ptr}

type gen struct {
	r      *rand.Rand
	b      *ir.Builder
	kinds  [FrameSize]kind
	loaded [FrameSize]ir.Ref
	cur    map[int32]ir.SnapEntry // the recorder's view of changed registers
	pool   map[ir.Type][]ir.Ref
	recs   []ir.Ref
	lists  []ir.Ref
	pc     int32
	h      [5]int64
	recA   int64
	vers   map[ir.Ref]uint64
	fresh  []ir.Ref // records allocated by the trace (sinking candidates)
	tame   bool     // guards that usually hold, no edge values: long runs
}

// Helpers returns the implementations of the helpers a generated trace
// registers, in order: mix (pure), peek (reads a record's int), poke
// (writes a record's int and bumps its version), check (fails on
// multiples of 7), fmix (pure, floats).
func Helpers() []ir.HelperFunc {
	return []ir.HelperFunc{
		func(m *ir.Machine, a [3]uint64) (uint64, bool) { return a[0]*31 + a[1], true },
		func(m *ir.Machine, a [3]uint64) (uint64, bool) {
			w, err := m.Load(a[0] + RecInt)
			return w.Bits, err == nil
		},
		func(m *ir.Machine, a [3]uint64) (uint64, bool) {
			if m.Store(a[0]+RecInt, ir.Word{Bits: a[1]}) != nil {
				return 0, false
			}
			w, _ := m.Load(a[0] + RecVersion)
			_ = m.Store(a[0]+RecVersion, ir.Word{Bits: w.Bits + 1})
			return a[1] + 1, true
		},
		func(m *ir.Machine, a [3]uint64) (uint64, bool) { return a[0] / 7, int64(a[0])%7 != 0 },
		func(m *ir.Machine, a [3]uint64) (uint64, bool) {
			return math.Float64bits(math.Float64frombits(a[0])*0.5 + math.Float64frombits(a[1])), true
		},
	}
}

var floats = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2.5, -3.75, 1e300, math.Inf(1), math.NaN(), 7, 1e-310}
var ints = []int64{0, 1, -1, 2, 3, 5, 7, -7, 10, 100, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, 1 << 40}

func (g *gen) anyInt() int64 {
	if !g.tame && g.r.Intn(4) == 0 {
		return ints[g.r.Intn(len(ints))]
	}
	return int64(g.r.Intn(41) - 20)
}

func (g *gen) anyFloat() float64 {
	if !g.tame && g.r.Intn(3) == 0 {
		return floats[g.r.Intn(len(floats))]
	}
	return float64(g.r.Intn(200)-100) / 8
}

// Generate returns a random case.
func Generate(r *rand.Rand) Case {
	g := &gen{r: r, cur: map[int32]ir.SnapEntry{}, pool: map[ir.Type][]ir.Ref{}, vers: map[ir.Ref]uint64{}, tame: r.Intn(2) == 0}
	t := ir.NewTrace("gen", FrameSize)
	g.b = ir.NewBuilder(t, ir.Options{}) // emit as recorded: no folding
	m := &ir.Machine{Mem: map[uint32]ir.Word{}, Top: HeapStart, Helpers: Helpers()}
	g.recA = g.b.AddAlloc(ir.AllocDesc{Name: "rec", Kind: 1, NumVals: 2, Raw: 8})
	storeA := ir.AllocDesc{Name: "storage", Kind: 2, NumVals: ListCap}
	listA := ir.AllocDesc{Name: "list", Kind: 3, NumVals: 1, Raw: 8}
	for i, h := range []ir.HelperSig{
		{Name: "mix", Args: []ir.Type{ir.Int, ir.Int}, Result: ir.Int, Effect: ir.Pure},
		{Name: "peek", Args: []ir.Type{ir.Ptr}, Result: ir.Int, Effect: ir.Reads},
		{Name: "poke", Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Int, Effect: ir.Writes},
		{Name: "check", Args: []ir.Type{ir.Int}, Result: ir.Int, Effect: ir.Pure},
		{Name: "fmix", Args: []ir.Type{ir.Float, ir.Float}, Result: ir.Float, Effect: ir.Pure},
	} {
		g.h[i] = g.b.AddHelper(h)
	}
	// The heap: three records, one list.
	var recAddrs []uint32
	for range 3 {
		a := m.Alloc(t.Allocs[g.recA])
		m.Mem[a+RecInt-8] = ir.Word{Bits: TagInt}
		m.Mem[a+RecInt] = ir.Word{Bits: uint64(g.anyInt())}
		m.Mem[a+RecFloat-8] = ir.Word{Bits: TagFloat}
		m.Mem[a+RecFloat] = ir.Word{Bits: math.Float64bits(g.anyFloat())}
		m.Mem[a+RecVersion] = ir.Word{Bits: uint64(g.r.Intn(3))}
		recAddrs = append(recAddrs, a)
	}
	st := m.Alloc(storeA)
	for i := uint32(0); i < ListCap; i++ {
		m.Mem[st+16+16*i] = ir.Word{Bits: TagInt}
		m.Mem[st+ItemsOff+16*i] = ir.Word{Bits: uint64(g.anyInt())}
	}
	list := m.Alloc(listA)
	m.Mem[list+16] = ir.Word{Bits: 0x82}
	m.Mem[list+ListStore] = ir.Word{Bits: uint64(st), Ptr: true}
	m.Mem[list+ListLen] = ir.Word{Bits: uint64(1 + g.r.Intn(ListCap))}
	// The frame: each register a kind; sometimes a wrong tag so a guard fails.
	m.Frame = make([]ir.Value, FrameSize)
	for i := range FrameSize {
		k := kind(g.r.Intn(4))
		if i < 3 {
			k = kInt
		}
		g.kinds[i] = k
		v := ir.Value{Tag: kindTag[k]}
		switch k {
		case kInt:
			v.Bits = uint64(g.anyInt())
		case kFloat:
			v.Bits = math.Float64bits(g.anyFloat())
		case kRec:
			v.Bits, v.Ptr = uint64(recAddrs[g.r.Intn(len(recAddrs))]), true
		case kList:
			v.Bits, v.Ptr = uint64(list), true
		}
		if !g.tame && g.r.Intn(25) == 0 {
			v.Tag = TagFloat + 1 // a type the trace does not expect
			v.Ptr = false
		}
		m.Frame[i] = v
	}
	for _, a := range recAddrs {
		g.recs = append(g.recs, g.b.KPtr(a))
		g.vers[g.recs[len(g.recs)-1]] = m.Mem[a+RecVersion].Bits
	}
	g.lists = append(g.lists, g.b.KPtr(list))
	g.body(8 + r.Intn(50))
	if r.Intn(2) == 0 {
		// The temporaries die before the loop closes (a recorder with
		// liveness drops them): fresh records become sinkable.
		for slot, e := range g.cur {
			if g.kinds[slot] == kRec {
				e.Val = g.recs[0]
				g.cur[slot] = e
			}
		}
	}
	g.b.JLoop(g.snap())
	return Case{Trace: t, Machine: m, InitTop: m.Top}
}

func (g *gen) snap() ir.SnapID {
	g.pc++
	s := ir.Snapshot{PC: g.pc}
	for slot := int32(0); slot < FrameSize; slot++ {
		if e, ok := g.cur[slot]; ok {
			s.Entries = append(s.Entries, e)
		}
	}
	return g.b.AddSnap(s)
}

// reg returns the value of register slot, loading and guarding it first.
func (g *gen) reg(slot int) ir.Ref {
	if e, ok := g.cur[int32(slot)]; ok {
		return e.Val
	}
	if g.loaded[slot] == ir.Nil {
		k := g.kinds[slot]
		tag := g.b.SLoad(int32(slot), ir.Tag)
		g.b.Guard(ir.EQ, tag, g.b.KTag(kindTag[k]), g.snap())
		g.loaded[slot] = g.b.SLoad(int32(slot), kindType[k])
	}
	return g.loaded[slot]
}

func (g *gen) pick(ty ir.Type) ir.Ref {
	p := g.pool[ty]
	if len(p) == 0 || g.r.Intn(4) == 0 {
		// A register or a constant.
		for range 4 {
			s := g.r.Intn(FrameSize)
			if kindType[g.kinds[s]] == ty && (ty != ir.Ptr || g.kinds[s] == kRec) {
				return g.reg(s)
			}
		}
		switch ty {
		case ir.Int:
			return g.b.KInt(g.anyInt())
		case ir.Float:
			return g.b.KFloat(g.anyFloat())
		case ir.Bool:
			return g.b.KBool(g.r.Intn(2) == 0)
		case ir.Ptr:
			return g.recs[g.r.Intn(len(g.recs))]
		}
	}
	return p[g.r.Intn(len(p))]
}

func (g *gen) add(r ir.Ref) ir.Ref {
	if r != ir.Nil {
		ty := g.b.T.TypeOf(r)
		g.pool[ty] = append(g.pool[ty], r)
	}
	return r
}

var intOps = []ir.Op{ir.IADD, ir.ISUB, ir.IMUL, ir.IFLOORDIV, ir.IMOD, ir.IAND, ir.IOR, ir.IXOR, ir.ISHL, ir.ISHR, ir.IMIN, ir.IMAX}
var floatOps = []ir.Op{ir.FADD, ir.FSUB, ir.FMUL, ir.FDIV, ir.FFLOORDIV, ir.FMOD, ir.FMIN, ir.FMAX}
var floatUnary = []ir.Op{ir.FNEG, ir.FABS, ir.FSQRT, ir.FFLOOR, ir.FCEIL, ir.FTRUNC}

func (g *gen) body(n int) {
	b := g.b
	for range n {
		switch g.r.Intn(20) {
		case 0, 1, 2:
			op := intOps[g.r.Intn(len(intOps))]
			x, y := g.pick(ir.Int), g.pick(ir.Int)
			if g.tame && (op == ir.IFLOORDIV || op == ir.IMOD) {
				y = b.KInt(int64(1 + g.r.Intn(9)))
			}
			if op.MayGuard() && g.r.Intn(4) != 0 {
				g.add(b.Guarded2(op, ir.Int, x, y, g.snap()))
			} else if op == ir.IADD && g.r.Intn(2) == 0 {
				g.add(b.Guarded2(op, ir.Int, x, b.KInt(1), g.snap())) // a counter
			} else {
				g.add(b.Op2(op, ir.Int, x, y))
			}
		case 3:
			op := []ir.Op{ir.INEG, ir.IABS}[g.r.Intn(2)]
			if g.r.Intn(2) == 0 {
				g.add(b.Guarded1(op, ir.Int, g.pick(ir.Int), g.snap()))
			} else {
				g.add(b.Op1(op, ir.Int, g.pick(ir.Int)))
			}
		case 4, 5:
			op := floatOps[g.r.Intn(len(floatOps))]
			var s ir.SnapID
			if op.MayGuard() && g.r.Intn(2) == 0 {
				s = g.snap()
			}
			y := g.pick(ir.Float)
			if g.tame && (op == ir.FDIV || op == ir.FFLOORDIV || op == ir.FMOD) {
				y = b.KFloat(float64(1 + g.r.Intn(9)))
			}
			g.add(b.Emit(ir.Inst{Op: op, Type: ir.Float, A: g.pick(ir.Float), B: y, Snap: s}))
		case 6:
			g.add(b.Op1(floatUnary[g.r.Intn(len(floatUnary))], ir.Float, g.pick(ir.Float)))
		case 7:
			switch g.r.Intn(3) {
			case 0:
				g.add(b.Op1(ir.ITOF, ir.Float, g.pick(ir.Int)))
			case 1:
				g.add(b.Guarded1(ir.FTOI, ir.Int, g.pick(ir.Float), g.snap()))
			default:
				g.add(b.Op1(ir.BTOI, ir.Int, g.pick(ir.Bool)))
			}
		case 8:
			c := ir.Cond(g.r.Intn(6))
			if g.r.Intn(2) == 0 {
				g.add(b.Cmp(c, g.pick(ir.Int), g.pick(ir.Int)))
			} else {
				g.add(b.Cmp(c, g.pick(ir.Float), g.pick(ir.Float)))
			}
			if g.r.Intn(2) == 0 {
				op := []ir.Op{ir.BNOT, ir.BAND, ir.BOR}[g.r.Intn(3)]
				g.add(b.Op2(op, ir.Bool, g.pick(ir.Bool), g.pick(ir.Bool)))
			}
		case 9:
			g.guard()
		case 10:
			g.record()
		case 11:
			g.listOp()
		case 12:
			g.call()
		case 13, 14:
			g.assign()
		case 15:
			// A repeated, loop-invariant-looking computation.
			x := g.reg(g.r.Intn(3))
			g.add(b.Guarded2(ir.IMUL, ir.Int, x, b.KInt(3), g.snap()))
		case 16:
			slot := g.r.Intn(FrameSize)
			k := g.kinds[slot]
			if k == kInt || k == kFloat {
				v := g.pick(kindType[k])
				b.SStore(int32(slot), b.KTag(kindTag[k]), v)
				if _, ok := g.cur[int32(slot)]; !ok {
					g.loaded[slot] = ir.Nil // the register changed under the recorder
				}
			}
		case 17:
			// A guard on an int that usually holds (bounds-like).
			x := g.pick(ir.Int)
			b.Guard(ir.LT, x, b.KInt(1000), g.snap())
			g.add(b.Guarded2(ir.IADD, ir.Int, x, b.KInt(1), g.snap()))
		default:
			g.guard()
		}
	}
}

func (g *gen) guard() {
	b := g.b
	choice := g.r.Intn(5)
	if g.tame {
		choice = 3 + g.r.Intn(2)
	}
	switch choice {
	case 0:
		b.Guard(ir.Cond(g.r.Intn(10)), g.pick(ir.Int), g.pick(ir.Int), g.snap())
	case 1:
		b.Guard(ir.Cond(g.r.Intn(6)), g.pick(ir.Float), g.pick(ir.Float), g.snap())
	case 2:
		b.Guard(ir.EQ, g.pick(ir.Bool), b.KBool(g.r.Intn(2) == 0), g.snap())
	case 3:
		b.Guard(ir.NE, g.pick(ir.Int), b.KInt(123456789), g.snap())
	default:
		b.Guard(ir.GT, g.pick(ir.Int), b.KInt(-1000), g.snap())
	}
}

func (g *gen) record() {
	b := g.b
	switch g.r.Intn(6) {
	case 0, 1:
		p := g.pick(ir.Ptr)
		g.add(b.FLoad(ir.Int, p, RecInt, ClassRecInt))
		g.add(b.FLoad(ir.Float, p, RecFloat, ClassRecFloat))
	case 2:
		p := g.pick(ir.Ptr)
		b.FStore(p, RecInt, g.pick(ir.Int), ClassRecInt)
	case 3:
		p := g.pick(ir.Ptr)
		b.FStore(p, RecFloat, g.pick(ir.Float), ClassRecFloat)
	case 4:
		// A fresh record, filled in.
		n := b.New(g.recA)
		b.FStore(n, RecInt-8, b.KTag(TagInt), ClassAnyTag())
		b.FStore(n, RecInt, g.pick(ir.Int), ClassRecInt)
		if g.r.Intn(2) == 0 {
			b.FStore(n, RecFloat, g.pick(ir.Float), ClassRecFloat)
		}
		if g.r.Intn(4) == 0 {
			g.add(n) // it may escape
		} else {
			g.fresh = append(g.fresh, n)
		}
		if len(g.fresh) > 0 && g.r.Intn(2) == 0 {
			// Update a fresh record later in the body, or read it back.
			f := g.fresh[g.r.Intn(len(g.fresh))]
			b.FStore(f, RecInt, g.pick(ir.Int), ClassRecInt)
			g.add(b.FLoad(ir.Int, f, RecInt, ClassRecInt))
		}
	default:
		// A version guard on an old record.
		p := g.recs[g.r.Intn(len(g.recs))]
		v := b.FLoad(ir.Int, p, RecVersion, ClassVersion)
		b.Guard(ir.EQ, v, b.KInt(int64(g.vers[p])), g.snap())
	}
}

// ClassAnyTag is the alias class generated traces use for tag words.
func ClassAnyTag() ir.AliasClass { return ir.AnyClass }

func (g *gen) listOp() {
	b := g.b
	l := g.lists[0]
	n := b.FLoad(ir.Int, l, ListLen, ClassListLen)
	st := b.FLoad(ir.Ptr, l, ListStore, ClassListStore)
	var idx ir.Ref
	switch g.r.Intn(3) {
	case 0:
		idx = b.KInt(int64(g.r.Intn(ListCap)))
	case 1:
		idx = b.Op2(ir.IAND, ir.Int, g.pick(ir.Int), b.KInt(ListCap-1))
	default:
		idx = b.Guarded2(ir.IADD, ir.Int, b.Op2(ir.IAND, ir.Int, g.pick(ir.Int), b.KInt(3)), b.KInt(int64(g.r.Intn(3))), g.snap())
	}
	b.Bounds(idx, n, g.snap())
	if g.r.Intn(3) == 0 {
		b.XStore(st, idx, ItemsOff, g.pick(ir.Int), ClassItems)
	} else {
		g.add(b.XLoad(ir.Int, st, idx, ItemsOff, ClassItems))
	}
}

func (g *gen) call() {
	b := g.b
	switch g.r.Intn(5) {
	case 0:
		g.add(b.Call(g.h[0], ir.NoSnap, g.pick(ir.Int), g.pick(ir.Int)))
	case 1:
		g.add(b.Call(g.h[1], ir.NoSnap, g.pick(ir.Ptr)))
	case 2:
		g.add(b.Call(g.h[2], ir.NoSnap, g.recs[g.r.Intn(len(g.recs))], g.pick(ir.Int)))
	case 3:
		if !g.tame {
			g.add(b.Call(g.h[3], g.snap(), g.pick(ir.Int)))
		}
	default:
		g.add(b.Call(g.h[4], ir.NoSnap, g.pick(ir.Float), g.pick(ir.Float)))
	}
}

// assign gives a register a new value of its kind (what the snapshots
// and the closing JLOOP carry).
func (g *gen) assign() {
	slot := g.r.Intn(FrameSize)
	k := g.kinds[slot]
	var v ir.Ref
	switch k {
	case kInt, kFloat:
		v = g.pick(kindType[k])
	case kRec:
		v = g.pick(ir.Ptr)
		if len(g.fresh) > 0 && g.r.Intn(2) == 0 {
			v = g.fresh[g.r.Intn(len(g.fresh))]
		}
	case kList:
		v = g.lists[0]
	}
	g.cur[int32(slot)] = ir.SnapEntry{Slot: int32(slot), Tag: g.b.KTag(kindTag[k]), Val: v}
}
