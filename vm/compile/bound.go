package compile

// This file holds the elimination of redundant unbound-local checks.
//
// Reading a fast local must raise UnboundLocalError when the local has no
// value, so the compiler puts a CHECKBOUND before every read of a local
// that is not a parameter bound for the whole call. Most of those checks
// can never fire: the local was assigned on every path that reaches the
// read. This pass finds them with a forward "definitely assigned"
// dataflow analysis over the finished instructions (edges: fall-through,
// jumps, and from every instruction of a protected range to its handler)
// and deletes them, then renumbers the remaining instructions.
//
// An instruction defines local r when it writes a value into register r
// (its A operand, for the opcodes listed in writesA); CHECKBOUND r also
// leaves r defined after it; DELFAST and LOADEMPTY leave it undefined. The
// compiler only moves values into a local from registers that hold one,
// so a written local always holds a value.

import (
	"github.com/hotloop/hotloop/vm/bytecode"
)

// writesA lists the opcodes that always store a value into R[A].
var writesA = func() [bytecode.NumOps]bool {
	var w [bytecode.NumOps]bool
	for _, op := range []bytecode.Op{
		bytecode.MOVE, bytecode.LOADCONST, bytecode.LOADNONE, bytecode.LOADTRUE, bytecode.LOADFALSE,
		bytecode.LOADGLOBAL, bytecode.LOADNAME, bytecode.LOADDEREF, bytecode.LOADCLASSDEREF,
		bytecode.LOADATTR, bytecode.GETITEM, bytecode.INPLACE, bytecode.NEG, bytecode.POS,
		bytecode.INVERT, bytecode.NOT, bytecode.GETITER, bytecode.CALL, bytecode.CALLMETHOD,
		bytecode.CALLEX, bytecode.BUILDTUPLE, bytecode.BUILDLIST, bytecode.BUILDSET,
		bytecode.BUILDDICT, bytecode.BUILDSLICE, bytecode.BUILDSTRING, bytecode.FORMAT,
		bytecode.LISTTOTUPLE, bytecode.MAKEFUNCTION, bytecode.LOADCLOSURE,
		bytecode.LOADBUILDCLASS, bytecode.IMPORTNAME, bytecode.IMPORTFROM,
		bytecode.CHECKEXCMATCH, bytecode.PUSHEXCINFO, bytecode.WITHENTER, bytecode.WITHEXIT,
		bytecode.YIELDVALUE, bytecode.YIELDFROM, bytecode.CHECKBOUND,
		bytecode.MATCHSEQUENCE, bytecode.MATCHMAPPING, bytecode.GETLEN, bytecode.MATCHKEYS,
		bytecode.MATCHCLASS, bytecode.COPYDICTWITHOUTKEYS, bytecode.GETAWAITABLE,
		bytecode.GETAITER, bytecode.GETANEXT, bytecode.ASYNCWITHENTER, bytecode.CHECKEGMATCH,
		bytecode.PREPRERAISESTAR,
	} {
		w[op] = true
	}
	for op := bytecode.ADD; op <= bytecode.NOTIN; op++ {
		w[op] = true
	}
	return w
}()

// bitset is a set of local indexes.
type bitset []uint64

func (b bitset) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b bitset) set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b bitset) clear(i int)    { b[i/64] &^= 1 << (i % 64) }

// meet intersects b with o and reports whether b changed.
func (b bitset) meet(o bitset) bool {
	changed := false
	for i := range b {
		if n := b[i] & o[i]; n != b[i] {
			b[i] = n
			changed = true
		}
	}
	return changed
}

// removeRedundantChecks deletes the CHECKBOUND instructions of code whose
// local is definitely assigned. entry holds the locals bound on entry.
func removeRedundantChecks(code *bytecode.Code, entry []int) {
	n := len(code.Instrs)
	nl := len(code.Varnames)
	if nl == 0 || n == 0 {
		return
	}
	hasCheck := false
	for _, in := range code.Instrs {
		if in.Op() == bytecode.CHECKBOUND {
			hasCheck = true
			break
		}
	}
	if !hasCheck {
		return
	}
	in := definitelyAssigned(code, entry)
	// In unreachable code every local counts as assigned; the checks
	// there never run, so deleting them is harmless.
	keep := make([]bool, n)
	removed := 0
	for pc, ins := range code.Instrs {
		keep[pc] = !(ins.Op() == bytecode.CHECKBOUND && in[pc].has(ins.A()))
		if !keep[pc] {
			removed++
		}
	}
	if removed > 0 {
		compact(code, keep)
	}
}

// definitelyAssigned returns, for each pc, the locals that certainly hold
// a value whenever the instruction at pc runs (all locals, for unreachable
// code). entry holds the locals bound on entry.
func definitelyAssigned(code *bytecode.Code, entry []int) []bitset {
	n := len(code.Instrs)
	nl := len(code.Varnames)
	words := (nl + 63) / 64
	in := make([]bitset, n)
	for pc := range in {
		in[pc] = make(bitset, words)
		for w := range in[pc] {
			in[pc][w] = ^uint64(0)
		}
	}
	start := make(bitset, words)
	for _, r := range entry {
		start.set(r)
	}
	copy(in[0], start)
	// handlerOf[pc] lists the handler targets protecting pc.
	handlerOf := make([]int32, n)
	for i := range handlerOf {
		handlerOf[i] = -1
	}
	for _, h := range code.Handlers {
		for pc := h.Start; pc < h.End; pc++ {
			handlerOf[pc] = int32(h.Target)
		}
	}
	out := make(bitset, words)
	work := []int{0}
	queued := make([]bool, n)
	queued[0] = true
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		queued[pc] = false
		// The handler sees the state before the instruction.
		if t := handlerOf[pc]; t >= 0 {
			if in[t].meet(in[pc]) && !queued[t] {
				queued[t] = true
				work = append(work, int(t))
			}
		}
		copy(out, in[pc])
		ins := code.Instrs[pc]
		op := ins.Op()
		if a := ins.A(); a < nl {
			switch {
			case op == bytecode.DELFAST || op == bytecode.LOADEMPTY:
				out.clear(a)
			case writesA[op]:
				out.set(a)
			}
		}
		flags := bytecode.Table[op].Flags
		if flags&bytecode.FlagJump != 0 {
			t := int(ins.Bx())
			if in[t].meet(out) && !queued[t] {
				queued[t] = true
				work = append(work, t)
			}
		}
		if flags&bytecode.FlagTerminator == 0 && pc+1 < n {
			if in[pc+1].meet(out) && !queued[pc+1] {
				queued[pc+1] = true
				work = append(work, pc+1)
			}
		}
	}
	return in
}

// compact deletes the instructions not kept and renumbers jump targets and
// handler ranges; a target that was deleted becomes the next instruction
// kept.
func compact(code *bytecode.Code, keep []bool) {
	n := len(code.Instrs)
	newPC := make([]uint32, n+1)
	k := uint32(0)
	for pc := 0; pc < n; pc++ {
		newPC[pc] = k
		if keep[pc] {
			k++
		}
	}
	newPC[n] = k
	instrs := code.Instrs[:0:0]
	pos := code.Positions[:0:0]
	for pc, ins := range code.Instrs {
		if !keep[pc] {
			continue
		}
		if bytecode.Table[ins.Op()].Flags&bytecode.FlagJump != 0 {
			ins = ins.WithBx(newPC[ins.Bx()])
		}
		instrs = append(instrs, ins)
		pos = append(pos, code.Positions[pc])
	}
	code.Instrs, code.Positions = instrs, pos
	hs := code.Handlers[:0:0]
	for _, h := range code.Handlers {
		h.Start, h.End, h.Target = newPC[h.Start], newPC[h.End], newPC[h.Target]
		if h.Start >= h.End {
			continue
		}
		if len(hs) > 0 {
			last := &hs[len(hs)-1]
			if last.End == h.Start && last.Target == h.Target && last.Reg == h.Reg {
				last.End = h.End
				continue
			}
		}
		hs = append(hs, h)
	}
	code.Handlers = hs
}
