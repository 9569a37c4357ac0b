// verify.go holds the IR verifier: the invariants every trace satisfies
// between passes (operand ranges and order, types per op, control shape,
// snapshots). The tests run it after every pass; a pass that breaks an
// invariant is caught here rather than in wasmgen.

package ir

import "fmt"

// Verify checks t's invariants and returns the first violation.
func Verify(t *Trace) error {
	n := Ref(len(t.Insts))
	if n < 2 {
		return fmt.Errorf("trace %q: empty", t.Name)
	}
	last := t.Insts[n-1].Op
	if last != JLOOP && last != EXIT {
		return fmt.Errorf("trace %q: ends with %s, not JLOOP or EXIT", t.Name, last)
	}
	loop := Nil
	for r := Ref(1); r < n; r++ {
		in := &t.Insts[r]
		if err := verifyInst(t, r, in, loop); err != nil {
			return fmt.Errorf("trace %q: %04d %s: %w", t.Name, r, in.Op, err)
		}
		if in.Op == LOOP {
			loop = r
		}
	}
	return nil
}

func verifyInst(t *Trace, r Ref, in *Inst, loop Ref) error {
	n := Ref(len(t.Insts))
	if in.Op >= numOps {
		return fmt.Errorf("bad opcode")
	}
	// Operands.
	for i, a := range in.Args() {
		limit := r
		if in.Op == PHI && i == 1 {
			limit = n
		}
		if err := checkRef(t, a, limit); err != nil {
			return fmt.Errorf("operand %d: %w", i, err)
		}
		if a.IsInst() && t.Insts[a].Op == SUNK {
			return fmt.Errorf("operand %d is a sunk allocation", i)
		}
	}
	// Snapshots.
	needSnap := in.Op.IsGuard() || in.Op == LOOP || in.Op == JLOOP || in.Op == EXIT
	switch {
	case needSnap && in.Snap == NoSnap:
		return fmt.Errorf("missing snapshot")
	case !needSnap && !in.Op.MayGuard() && in.Snap != NoSnap:
		return fmt.Errorf("snapshot on a non-guard")
	}
	if in.Snap != NoSnap {
		if err := verifySnap(t, in.Snap, r); err != nil {
			return err
		}
	}
	// Control shape.
	switch in.Op {
	case LOOP:
		if loop != Nil {
			return fmt.Errorf("second LOOP")
		}
	case PHI:
		if loop == Nil || (r != loop+1 && t.Insts[r-1].Op != PHI) {
			return fmt.Errorf("PHI not in the block right after LOOP")
		}
		if in.A.IsInst() && in.A >= loop {
			return fmt.Errorf("PHI's entry value defined inside the loop")
		}
	case JLOOP, EXIT:
		if r != n-1 {
			return fmt.Errorf("%s before the end", in.Op)
		}
	}
	return verifyTypes(t, in)
}

func checkRef(t *Trace, a Ref, limit Ref) error {
	switch {
	case a < 0:
		if int(-a) >= len(t.Consts) {
			return fmt.Errorf("constant %d out of range", a)
		}
	case a > 0:
		if a >= limit {
			return fmt.Errorf("ref %04d not defined before use", a)
		}
		if t.Insts[a].Type == Void {
			return fmt.Errorf("ref %04d has no value", a)
		}
	}
	return nil
}

func verifySnap(t *Trace, s SnapID, r Ref) error {
	if s < 0 || int(s) >= len(t.Snaps) {
		return fmt.Errorf("snapshot %d out of range", s)
	}
	snap := &t.Snaps[s]
	virt := map[Ref]bool{}
	for _, v := range snap.Virtuals {
		if !v.Ref.IsInst() || v.Ref >= r || t.Insts[v.Ref].Op != SUNK {
			return fmt.Errorf("snapshot %d: virtual %04d is not an earlier SUNK", s, v.Ref)
		}
		if v.Alloc < 0 || int(v.Alloc) >= len(t.Allocs) {
			return fmt.Errorf("snapshot %d: virtual %04d: allocation %d out of range", s, v.Ref, v.Alloc)
		}
		virt[v.Ref] = true
	}
	var err error
	check := func(a Ref) {
		if err != nil {
			return
		}
		if e := checkRef(t, a, r); e != nil {
			err = fmt.Errorf("snapshot %d: %w", s, e)
			return
		}
		if a.IsInst() && t.Insts[a].Op == SUNK && !virt[a] {
			err = fmt.Errorf("snapshot %d: sunk %04d without its virtual", s, a)
		}
	}
	snap.Refs(check)
	if err != nil {
		return err
	}
	prev := int32(-1)
	for _, e := range snap.Entries {
		if e.Slot <= prev || e.Slot >= t.FrameSize {
			return fmt.Errorf("snapshot %d: slot %d out of order or range", s, e.Slot)
		}
		prev = e.Slot
		if t.TypeOf(e.Tag) != Tag || e.Val == Nil {
			return fmt.Errorf("snapshot %d: slot %d: bad entry", s, e.Slot)
		}
	}
	for _, v := range snap.Virtuals {
		size := t.Allocs[v.Alloc].Size()
		for _, f := range v.Fields {
			if f.Off%8 != 0 || f.Off < 16 || f.Off >= size || f.Val == Nil {
				return fmt.Errorf("snapshot %d: virtual %04d: bad field +%d", s, v.Ref, f.Off)
			}
		}
	}
	return nil
}

func verifyTypes(t *Trace, in *Inst) error {
	ta, tb, tc := t.TypeOf(in.A), t.TypeOf(in.B), t.TypeOf(in.C)
	want := func(got, w Type, what string) error {
		if got != w {
			return fmt.Errorf("%s is %s, want %s", what, got, w)
		}
		return nil
	}
	result := func(w Type) error { return want(in.Type, w, "result") }
	both := func(w Type) error {
		if err := want(ta, w, "A"); err != nil {
			return err
		}
		return want(tb, w, "B")
	}
	intLike := func(x Type) bool { return x == Bool || x == Int || x == Ptr || x == Tag }
	switch in.Op {
	case NOP, LOOP, JLOOP, EXIT:
		return result(Void)
	case PHI:
		if ta != in.Type || tb != in.Type || in.Type == Void {
			return fmt.Errorf("PHI of %s: operands %s and %s", in.Type, ta, tb)
		}
	case SLOAD:
		if in.Type == Void {
			return fmt.Errorf("void SLOAD")
		}
		if in.Aux < 0 || in.Aux >= int64(t.FrameSize) {
			return fmt.Errorf("slot %d out of range", in.Aux)
		}
	case SSTORE:
		if in.Aux < 0 || in.Aux >= int64(t.FrameSize) {
			return fmt.Errorf("slot %d out of range", in.Aux)
		}
		if err := want(ta, Tag, "A"); err != nil {
			return err
		}
		if tb == Void {
			return fmt.Errorf("void payload")
		}
		return result(Void)
	case GCMP, ICMP:
		if ta != tb || !intLike(ta) {
			return fmt.Errorf("compares %s with %s", ta, tb)
		}
		if in.Flag >= uint8(numConds) {
			return fmt.Errorf("bad condition")
		}
		if in.Op == ICMP {
			return result(Bool)
		}
		return result(Void)
	case GFCMP, FCMP:
		if err := both(Float); err != nil {
			return err
		}
		if in.Flag > uint8(GE) {
			return fmt.Errorf("unsigned condition on floats")
		}
		if in.Op == FCMP {
			return result(Bool)
		}
		return result(Void)
	case ABC:
		if err := both(Int); err != nil {
			return err
		}
		return result(Void)
	case IADD, ISUB, IMUL, IFLOORDIV, IMOD, IAND, IOR, IXOR, ISHL, ISHR, IMIN, IMAX:
		if err := both(Int); err != nil {
			return err
		}
		return result(Int)
	case INEG, IABS:
		if err := want(ta, Int, "A"); err != nil {
			return err
		}
		return result(Int)
	case FADD, FSUB, FMUL, FDIV, FFLOORDIV, FMOD, FMIN, FMAX:
		if err := both(Float); err != nil {
			return err
		}
		return result(Float)
	case FNEG, FABS, FSQRT, FFLOOR, FCEIL, FTRUNC:
		if err := want(ta, Float, "A"); err != nil {
			return err
		}
		return result(Float)
	case ITOF:
		if err := want(ta, Int, "A"); err != nil {
			return err
		}
		return result(Float)
	case FTOI:
		if err := want(ta, Float, "A"); err != nil {
			return err
		}
		return result(Int)
	case BTOI:
		if err := want(ta, Bool, "A"); err != nil {
			return err
		}
		return result(Int)
	case BNOT:
		if err := want(ta, Bool, "A"); err != nil {
			return err
		}
		return result(Bool)
	case BAND, BOR:
		if err := both(Bool); err != nil {
			return err
		}
		return result(Bool)
	case FLOAD, XLOAD, FSTORE, XSTORE:
		if err := want(ta, Ptr, "base"); err != nil {
			return err
		}
		if in.Aux%8 != 0 {
			return fmt.Errorf("unaligned offset %d", in.Aux)
		}
		if in.Op == XLOAD || in.Op == XSTORE {
			if err := want(tb, Int, "index"); err != nil {
				return err
			}
		}
		switch in.Op {
		case FLOAD, XLOAD:
			if in.Type == Void {
				return fmt.Errorf("void load")
			}
		case FSTORE:
			if tb == Void {
				return fmt.Errorf("void value")
			}
			return result(Void)
		case XSTORE:
			if tc == Void {
				return fmt.Errorf("void value")
			}
			return result(Void)
		}
	case BLOAD:
		if err := want(ta, Ptr, "base"); err != nil {
			return err
		}
		if err := want(tb, Int, "index"); err != nil {
			return err
		}
		if in.Type != Int {
			return fmt.Errorf("byte load of type %s", in.Type)
		}
		return result(Int)
	case NEW, SUNK:
		if in.Aux < 0 || in.Aux >= int64(len(t.Allocs)) {
			return fmt.Errorf("allocation %d out of range", in.Aux)
		}
		return result(Ptr)
	case CALL:
		if in.Aux < 0 || in.Aux >= int64(len(t.Helpers)) {
			return fmt.Errorf("helper %d out of range", in.Aux)
		}
		h := &t.Helpers[in.Aux]
		args := []Ref{in.A, in.B, in.C}
		for i, a := range args {
			if i < len(h.Args) {
				if err := want(t.TypeOf(a), h.Args[i], fmt.Sprintf("argument %d of %s", i, h.Name)); err != nil {
					return err
				}
			} else if a != Nil {
				return fmt.Errorf("extra argument %d to %s", i, h.Name)
			}
		}
		return result(h.Result)
	default:
		return fmt.Errorf("unknown op")
	}
	return nil
}
