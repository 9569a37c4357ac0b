package bytecode

// This file is the disassembler behind `hotloop --dump=bytecode`: it prints
// every code object, nested ones after their parent, one instruction per
// line with its source line, operands decoded by the opcode table's modes.

import (
	"fmt"
	"io"
	"strings"
)

// Disassemble writes a listing of c and of the code objects nested in it.
func Disassemble(w io.Writer, c *Code) {
	fmt.Fprintf(w, "code %s (%s:%d) args=%d posonly=%d kwonly=%d regs=%d flags=%#x\n",
		c.QualName, c.Filename, c.FirstLine, c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.NumRegs, uint32(c.Flags))
	if len(c.Varnames) > 0 {
		fmt.Fprintf(w, "  locals: %s\n", strings.Join(c.Varnames, " "))
	}
	if len(c.Cellvars)+len(c.Freevars) > 0 {
		fmt.Fprintf(w, "  cells: %s | frees: %s (from r%d)\n",
			strings.Join(c.Cellvars, " "), strings.Join(c.Freevars, " "), c.CellBase)
	}
	for pc, in := range c.Instrs {
		line := ""
		if pc < len(c.Positions) && c.Positions[pc].Line > 0 {
			line = fmt.Sprint(c.Positions[pc].Line)
		}
		fmt.Fprintf(w, "  %5s %5d  %s\n", line, pc, FormatInstr(c, in))
	}
	for _, h := range c.Handlers {
		fmt.Fprintf(w, "  handler [%d, %d) -> %d exc r%d\n", h.Start, h.End, h.Target, h.Reg)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			fmt.Fprintln(w)
			Disassemble(w, sub)
		}
	}
}

// FormatInstr formats one instruction of c.
func FormatInstr(c *Code, in Instr) string {
	op := in.Op()
	if op >= NumOps {
		return fmt.Sprintf("<bad opcode %d>", op)
	}
	info := Table[op]
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s", info.Name)
	operand := func(m Mode, v int) {
		switch m {
		case ModeUnused:
			return
		case ModeReg:
			fmt.Fprintf(&b, " r%d", v)
		case ModeConst, ModeConstBx:
			fmt.Fprintf(&b, " k%d(%s)", v, constRepr(c, v))
		case ModeName, ModeNameBx:
			fmt.Fprintf(&b, " %s", c.nameAt(v))
		case ModeInt:
			fmt.Fprintf(&b, " %d", v)
		case ModeJump:
			fmt.Fprintf(&b, " ->%d", v)
		case ModeCell:
			fmt.Fprintf(&b, " cell%d(%s)", v, c.cellName(v))
		}
	}
	operand(info.A, in.A())
	if info.HasBx {
		operand(info.B, int(in.Bx()))
	} else {
		operand(info.B, in.B())
		operand(info.C, in.C())
	}
	if s := in.Spare(); s != 0 {
		fmt.Fprintf(&b, " [%d]", s)
	}
	return b.String()
}

func (c *Code) nameAt(k int) string {
	if k < len(c.Consts) {
		if s := c.ConstString(k); s != "" {
			return s
		}
	}
	return fmt.Sprintf("?name%d", k)
}

func (c *Code) cellName(k int) string {
	switch {
	case k < len(c.Cellvars):
		return c.Cellvars[k]
	case k-len(c.Cellvars) < len(c.Freevars):
		return c.Freevars[k-len(c.Cellvars)]
	}
	return "?"
}

// constRepr is a short description of constant k for listings.
func constRepr(c *Code, k int) string {
	if k >= len(c.Consts) {
		return "?"
	}
	switch v := c.Consts[k].(type) {
	case *Code:
		return "code " + v.QualName
	case interface{ Repr() string }:
		r := v.Repr()
		if len(r) > 40 {
			r = r[:37] + "..."
		}
		return r
	case TupleConst:
		return fmt.Sprintf("tuple of %d", len(v))
	case FrozensetConst:
		return fmt.Sprintf("frozenset of %d", len(v))
	}
	return fmt.Sprintf("%T", c.Consts[k])
}
