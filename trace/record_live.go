// record_live.go holds register liveness for snapshots: a register that
// every path from a snapshot's resume pc writes before reading it is dead
// there, and the snapshot need not restore it. Without this every
// register an iteration wrote was in every later snapshot, so values
// used only by snapshots (nbody's x1, y1, ... after the differences are
// taken, the previous iteration's temporaries at the loop header) stayed
// live across the loop as PHIs, and the wasm kept them in locals that
// spilled around the loop body.
//
// The analysis is the textbook backward dataflow over the root frame's
// bytecode, conservative wherever it is not precise: an instruction it
// does not model reads every register (calls included: locals(), vars(),
// eval() and exec() read the caller's frame), and a code object with
// exception handlers is not analysed at all (a handler can be reached from
// any instruction of its range). A dead register keeps, in the frame, the
// value it had when the trace was entered: a valid value (the frame is a
// gc root, so it stays alive) that the interpreter never reads.

package trace

import (
	"github.com/hotloop/hotloop/vm/bytecode"
)

// regSet is a set of registers, one bit each.
type regSet []uint64

func (s regSet) has(r int) bool { return s[r>>6]&(1<<(r&63)) != 0 }
func (s regSet) add(r int)      { s[r>>6] |= 1 << (r & 63) }

// regLiveness is, for each pc of one code object, the registers that may
// be read before being written when execution continues at that pc.
type regLiveness struct {
	live []regSet
}

// liveEffect is one instruction's effect on liveness: the registers it
// reads, and for each successor the registers it writes on that edge.
type liveEffect struct {
	opaque   bool  // reads every register
	uses     []int // registers read
	fallDefs []int // registers written when it falls through to pc+1
	fall     bool  // control may fall through
	jump     int   // the jump target, -1 if none
}

// instrEffect models ins (at pc) for liveness; nregs bounds the register
// operands (anything outside is treated as opaque). The register lists
// are appended to *arena and sliced from it (one allocation for a whole
// code object instead of one or two per instruction).
func instrEffect(ins bytecode.Instr, pc, nregs int, arena *[]int) liveEffect {
	op := ins.Op()
	if op >= bytecode.NumOps {
		return liveEffect{opaque: true, fall: true, jump: -1}
	}
	info := &bytecode.Table[op]
	e := liveEffect{fall: info.Flags&bytecode.FlagTerminator == 0, jump: -1}
	if info.Flags&bytecode.FlagJump != 0 && info.HasBx {
		e.jump = int(ins.Bx())
	}
	a, b, c := ins.A(), ins.B(), ins.C()
	regs := func(rs ...int) []int {
		start := len(*arena)
		*arena = append(*arena, rs...)
		return (*arena)[start:len(*arena):len(*arena)]
	}
	span := func(first, n int) []int {
		start := len(*arena)
		for i := range n {
			*arena = append(*arena, first+i)
		}
		return (*arena)[start:len(*arena):len(*arena)]
	}
	switch op {
	case bytecode.NOP:
	case bytecode.MOVE:
		e.uses, e.fallDefs = regs(b), regs(a)
	case bytecode.LOADCONST, bytecode.LOADNONE, bytecode.LOADTRUE, bytecode.LOADFALSE,
		bytecode.LOADGLOBAL, bytecode.LOADEMPTY:
		e.fallDefs = regs(a)
	case bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.TRUEDIV, bytecode.FLOORDIV,
		bytecode.MOD, bytecode.POW, bytecode.MATMUL, bytecode.LSHIFT, bytecode.RSHIFT,
		bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR, bytecode.INPLACE,
		bytecode.LT, bytecode.LE, bytecode.EQ, bytecode.NE, bytecode.GT, bytecode.GE,
		bytecode.IS, bytecode.ISNOT, bytecode.IN, bytecode.NOTIN, bytecode.GETITEM:
		e.uses, e.fallDefs = regs(b, c), regs(a)
	case bytecode.NEG, bytecode.POS, bytecode.INVERT, bytecode.NOT, bytecode.GETITER,
		bytecode.GETLEN, bytecode.LOADATTR:
		e.uses, e.fallDefs = regs(b), regs(a)
	case bytecode.SETITEM:
		e.uses = regs(a, b, c)
	case bytecode.STOREATTR:
		e.uses = regs(a, c)
	case bytecode.LISTAPPEND:
		e.uses = regs(a, b)
	case bytecode.JUMP:
	case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE, bytecode.RETURN:
		e.uses = regs(a)
	case bytecode.FORITER:
		// Writes R[A+1] only when it falls through (the loop goes on).
		e.uses, e.fallDefs = regs(a), regs(a+1)
	case bytecode.YIELDVALUE:
		// Suspends the frame with R[B]'s value; on resumption R[A] is the
		// value sent (record_gen.go stores only what is live then).
		e.uses, e.fallDefs = regs(b), regs(a)
	case bytecode.UNPACK:
		e.uses, e.fallDefs = regs(b), span(a, c)
	case bytecode.BUILDTUPLE, bytecode.BUILDLIST:
		e.uses, e.fallDefs = span(b, c), regs(a)
	default:
		e.opaque = true
	}
	for _, regs := range [][]int{e.uses, e.fallDefs} {
		for _, r := range regs {
			if r < 0 || r >= nregs {
				e.opaque = true
			}
		}
	}
	return e
}

// computeLiveness analyses code (its instructions as the frame runs them);
// nil when it has exception handlers (everything is then live).
func computeLiveness(code *bytecode.Code, instrs []bytecode.Instr, nregs int) *regLiveness {
	if code == nil || len(code.Handlers) > 0 || nregs <= 0 {
		return nil
	}
	n := len(instrs)
	words := (nregs + 63) / 64
	effects := make([]liveEffect, n)
	arena := make([]int, 0, 3*n)
	for pc, ins := range instrs {
		effects[pc] = instrEffect(ins, pc, nregs, &arena)
	}
	lv := &regLiveness{live: make([]regSet, n)}
	sets := make([]uint64, n*words) // every pc's set in one allocation
	for pc := range lv.live {
		lv.live[pc] = sets[pc*words : (pc+1)*words : (pc+1)*words]
	}
	all := make(regSet, words)
	for r := 0; r < nregs; r++ {
		all.add(r)
	}
	next := make(regSet, words)
	for changed := true; changed; {
		changed = false
		for pc := n - 1; pc >= 0; pc-- {
			e := &effects[pc]
			for i := range next {
				next[i] = 0
			}
			if e.opaque {
				copy(next, all)
			} else {
				if e.fall && pc+1 < n {
					succ := lv.live[pc+1]
					copy(next, succ)
					for _, d := range e.fallDefs {
						next[d>>6] &^= 1 << (d & 63)
					}
				}
				if e.jump >= 0 && e.jump < n {
					for i, w := range lv.live[e.jump] {
						next[i] |= w
					}
				}
				for _, u := range e.uses {
					next.add(u)
				}
			}
			cur := lv.live[pc]
			for i := range cur {
				if cur[i] != next[i] {
					cur[i] |= next[i]
					changed = true
				}
			}
		}
	}
	return lv
}

// liveRegs returns the registers of the root frame that may be read when
// the interpreter resumes at pc, or nil when all must be taken as live.
func (r *recorder) liveRegs(pc int) regSet {
	if len(r.stack) > 0 {
		return nil // resuming in an inlined call: keep everything
	}
	if !r.liveDone {
		r.liveDone = true
		r.live = r.liveCache.of(r.fr.Code, r.fr.Instrs, len(r.root))
	}
	if r.live == nil || pc < 0 || pc >= len(r.live.live) {
		return nil
	}
	return r.live.live[pc]
}

// LiveCache keeps the register liveness of code objects from one
// recording to the next (a JIT records the same functions again and
// again: a loop deferred and recorded once more, the side traces of its
// trace, the loops of one module's code). A code object's instructions
// never change, so its analysis holds for as long as it lives; the
// analysis of a big function or module was a fifth of a recording's
// time (docs/jit.md "What the JIT costs programs it compiles nothing
// for (session 26)"). The zero value is not usable: NewLiveCache.
type LiveCache struct {
	byCode map[liveKey]*regLiveness
}

// liveKey names one analysis: the code object, the instructions it ran
// (their first element and count) and the register count.
type liveKey struct {
	code  *bytecode.Code
	first *bytecode.Instr
	n     int
	nregs int
}

// NewLiveCache returns an empty cache.
func NewLiveCache() *LiveCache {
	return &LiveCache{byCode: map[liveKey]*regLiveness{}}
}

// of returns code's liveness (computeLiveness), computed once per key; a
// nil cache computes it every time.
func (c *LiveCache) of(code *bytecode.Code, instrs []bytecode.Instr, nregs int) *regLiveness {
	if c == nil || len(instrs) == 0 {
		return computeLiveness(code, instrs, nregs)
	}
	k := liveKey{code: code, first: &instrs[0], n: len(instrs), nregs: nregs}
	if lv, ok := c.byCode[k]; ok {
		return lv
	}
	lv := computeLiveness(code, instrs, nregs)
	c.byCode[k] = lv
	return lv
}
