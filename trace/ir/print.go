// print.go holds the text form of a trace, modelled on LuaJIT's -jdump:
// one line per instruction (ref, guard mark, type, op, operands), each
// snapshot printed once on a line before the first instruction that uses
// it. The format is stable: tests compare it and --jit-dump writes it.

package ir

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// String returns the listing of t.
func (t *Trace) String() string {
	var sb strings.Builder
	t.Fprint(&sb)
	return sb.String()
}

// Fprint writes the listing of t to sb.
func (t *Trace) Fprint(sb *strings.Builder) {
	fmt.Fprintf(sb, "---- TRACE %s\n", t.Name)
	printed := map[SnapID]bool{}
	for r := Ref(1); r < Ref(len(t.Insts)); r++ {
		in := &t.Insts[r]
		if in.Snap != NoSnap && !printed[in.Snap] && int(in.Snap) < len(t.Snaps) {
			printed[in.Snap] = true
			fmt.Fprintf(sb, "....          SNAP  #%-3d %s\n", in.Snap, t.SnapString(in.Snap))
		}
		if in.Op == LOOP {
			sb.WriteString("0000 ------------ LOOP ------------\n")
		}
		sb.WriteString(t.InstString(r))
		sb.WriteByte('\n')
	}
}

// RefString formats an operand: 4-digit instruction numbers, constants as
// literals (ints signed, floats in Go's shortest form, tags as t<n>,
// pointers as p<hex>, bools as true/false).
func (t *Trace) RefString(r Ref) string {
	switch {
	case r == Nil:
		return "nil"
	case r > 0:
		return fmt.Sprintf("%04d", int32(r))
	case int(-r) >= len(t.Consts):
		return fmt.Sprintf("k?%d", -r)
	}
	c := t.Consts[-r]
	switch c.Type {
	case Int:
		return fmt.Sprintf("%+d", c.Int())
	case Float:
		f := c.Float()
		s := strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eIN") {
			s += ".0"
		}
		if math.Signbit(f) || strings.HasPrefix(s, "+") {
			return s
		}
		return "+" + s
	case Bool:
		if c.Bits != 0 {
			return "true"
		}
		return "false"
	case Tag:
		return fmt.Sprintf("t%d", c.Bits)
	case Ptr:
		return fmt.Sprintf("p%#x", c.Bits)
	}
	return fmt.Sprintf("k%s:%#x", c.Type, c.Bits)
}

// InstString formats instruction r as one listing line.
func (t *Trace) InstString(r Ref) string {
	in := &t.Insts[r]
	mark := ' '
	if in.Guarded() {
		mark = '>'
	}
	name := in.Op.String()
	switch in.Op {
	case GCMP, GFCMP, ICMP, FCMP:
		name += "." + in.Cond().String()
	}
	var ops []string
	switch in.Op {
	case SLOAD:
		ops = append(ops, fmt.Sprintf("#%d", in.Aux))
	case SSTORE:
		ops = append(ops, fmt.Sprintf("#%d", in.Aux), t.RefString(in.A), t.RefString(in.B))
	case FLOAD, FSTORE, XLOAD, XSTORE:
		ops = append(ops, t.RefString(in.A))
		if in.Op == XLOAD || in.Op == XSTORE {
			ops = append(ops, "["+t.RefString(in.B)+"]")
		}
		ops = append(ops, fmt.Sprintf("+%d", in.Aux))
		if in.Class() != AnyClass {
			ops = append(ops, fmt.Sprintf("c%d", in.Flag))
		}
		switch in.Op {
		case FSTORE:
			ops = append(ops, "=", t.RefString(in.B))
		case XSTORE:
			ops = append(ops, "=", t.RefString(in.C))
		}
	case BLOAD:
		ops = append(ops, t.RefString(in.A), "["+t.RefString(in.B)+"]", fmt.Sprintf("+%d", in.Aux))
	case NEW, SUNK:
		if in.Aux >= 0 && int(in.Aux) < len(t.Allocs) {
			a := t.Allocs[in.Aux]
			ops = append(ops, fmt.Sprintf("%s/%d+%d", a.Name, a.NumVals, a.Raw))
		}
	case CALL:
		if in.Aux >= 0 && int(in.Aux) < len(t.Helpers) {
			h := t.Helpers[in.Aux]
			ops = append(ops, h.Name+"/"+h.Effect.String())
		}
		for _, a := range in.Args() {
			if a != Nil {
				ops = append(ops, t.RefString(a))
			}
		}
	default:
		for _, a := range in.Args() {
			ops = append(ops, t.RefString(a))
		}
	}
	if in.Snap != NoSnap && (in.Guarded() || in.Op.IsControl()) {
		ops = append(ops, fmt.Sprintf("#%d", in.Snap))
	}
	ty := ""
	if in.Type != Void {
		ty = in.Type.String()
	}
	return strings.TrimRight(fmt.Sprintf("%04d %c %-4s %-12s %s", int32(r), mark, ty, name, strings.Join(ops, " ")), " ")
}

// SnapString formats snapshot s: pc, inlined frames, slot entries as
// slot:tag|value, then the virtual objects it rebuilds.
func (t *Trace) SnapString(s SnapID) string {
	snap := &t.Snaps[s]
	var sb strings.Builder
	fmt.Fprintf(&sb, "pc=%d", snap.PC)
	for _, f := range snap.Frames {
		fmt.Fprintf(&sb, " frame(base=%d func=%s ret=%d)", f.Base, t.RefString(f.Func), f.ReturnPC)
	}
	sb.WriteString(" [")
	for _, e := range snap.Entries {
		fmt.Fprintf(&sb, " %d:%s|%s", e.Slot, t.RefString(e.Tag), t.RefString(e.Val))
	}
	sb.WriteString(" ]")
	for _, v := range snap.Virtuals {
		name := "?"
		if v.Alloc >= 0 && int(v.Alloc) < len(t.Allocs) {
			name = t.Allocs[v.Alloc].Name
		}
		fmt.Fprintf(&sb, " {%s %s", t.RefString(v.Ref), name)
		for _, f := range v.Fields {
			fmt.Fprintf(&sb, " +%d=%s", f.Off, t.RefString(f.Val))
		}
		sb.WriteString("}")
	}
	return sb.String()
}
