package compile

// This file holds Verify, the structural checker of compiled code: every
// operand is in range for its mode (registers below NumRegs, including the
// runs of consecutive registers calls and displays read, constants and
// names in the pool, cells in the cell list, jump targets inside the code),
// the exception table is well formed, and no code falls off its end. The
// tests run it on every code object they compile; the interpreter may rely
// on what it checks.

import (
	"fmt"

	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// Verify checks code and the code objects nested in it.
func Verify(code *bytecode.Code) error {
	if err := verifyOne(code); err != nil {
		return fmt.Errorf("%s: %w", code.QualName, err)
	}
	for _, k := range code.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			if err := Verify(sub); err != nil {
				return err
			}
		}
	}
	return nil
}

func verifyOne(code *bytecode.Code) error {
	n := len(code.Instrs)
	if len(code.Positions) != n {
		return fmt.Errorf("%d positions for %d instructions", len(code.Positions), n)
	}
	if n == 0 {
		return fmt.Errorf("no instructions")
	}
	if code.CellBase != len(code.Varnames) {
		return fmt.Errorf("CellBase %d with %d locals", code.CellBase, len(code.Varnames))
	}
	ncells := len(code.Cellvars) + len(code.Freevars)
	if code.NumRegs < code.CellBase+ncells || code.NumRegs > bytecode.MaxOperand {
		return fmt.Errorf("NumRegs %d out of range", code.NumRegs)
	}
	if code.Doc >= len(code.Consts) {
		return fmt.Errorf("docstring index %d out of range", code.Doc)
	}
	caches := 0
	for pc, in := range code.Instrs {
		if err := verifyInstr(code, pc, in); err != nil {
			return fmt.Errorf("pc %d (%s): %w", pc, bytecode.FormatInstr(code, in), err)
		}
		if bytecode.Table[in.Op()].Flags&bytecode.FlagCache != 0 {
			caches++
		}
	}
	if caches != code.NumCaches {
		return fmt.Errorf("NumCaches %d, want %d", code.NumCaches, caches)
	}
	if last := code.Instrs[n-1]; bytecode.Table[last.Op()].Flags&bytecode.FlagTerminator == 0 {
		return fmt.Errorf("the code falls off its end")
	}
	prevEnd := uint32(0)
	for i, h := range code.Handlers {
		if h.Start >= h.End || int(h.End) > n || int(h.Target) >= n || int(h.Reg) >= code.NumRegs {
			return fmt.Errorf("handler %d %+v out of range", i, h)
		}
		if h.Start < prevEnd {
			return fmt.Errorf("handler %d overlaps the previous one", i)
		}
		prevEnd = h.End
	}
	return nil
}

func verifyInstr(code *bytecode.Code, pc int, in bytecode.Instr) error {
	op := in.Op()
	if op >= bytecode.NumOps {
		return fmt.Errorf("unknown opcode %d", op)
	}
	info := bytecode.Table[op]
	reg := func(r int) error {
		if r < 0 || r >= code.NumRegs {
			return fmt.Errorf("register %d out of range (NumRegs %d)", r, code.NumRegs)
		}
		return nil
	}
	// regs checks the run of count registers from r.
	regs := func(r, count int) error {
		if count == 0 {
			return nil
		}
		if err := reg(r); err != nil {
			return err
		}
		return reg(r + count - 1)
	}
	check := func(m bytecode.Mode, v int) error {
		switch m {
		case bytecode.ModeReg:
			return reg(v)
		case bytecode.ModeConst, bytecode.ModeConstBx:
			if v >= len(code.Consts) {
				return fmt.Errorf("constant %d out of range", v)
			}
		case bytecode.ModeName, bytecode.ModeNameBx:
			if v >= len(code.Consts) {
				return fmt.Errorf("name %d out of range", v)
			}
			if _, ok := code.Consts[v].(syntax.StrConst); !ok {
				return fmt.Errorf("name %d is a %T", v, code.Consts[v])
			}
		case bytecode.ModeCell:
			if v >= len(code.Cellvars)+len(code.Freevars) {
				return fmt.Errorf("cell %d out of range", v)
			}
		case bytecode.ModeJump:
			if v >= len(code.Instrs) {
				return fmt.Errorf("jump target %d out of range", v)
			}
		}
		return nil
	}
	a, b, c := in.A(), in.B(), in.C()
	// Operands that may say "none".
	switch {
	case op == bytecode.FORMAT && c == noReg:
		c = b
	case op == bytecode.RAISE && a == noReg && b == noReg,
		op == bytecode.ASSERTFAIL && a == noReg:
		return nil
	}
	if err := check(info.A, a); err != nil {
		return err
	}
	if info.HasBx {
		if err := check(info.B, int(in.Bx())); err != nil {
			return err
		}
	} else {
		if err := check(info.B, b); err != nil {
			return err
		}
		if err := check(info.C, c); err != nil {
			return err
		}
	}
	switch op {
	case bytecode.CALL:
		if err := regs(a, b+1); err != nil {
			return err
		}
		return checkKwnames(code, b, c)
	case bytecode.CALLMETHOD:
		if err := regs(a, b+2); err != nil {
			return err
		}
		return checkKwnames(code, b, c)
	case bytecode.CALLEX:
		return regs(a, 3)
	case bytecode.MATCHCLASS:
		return regs(b, 3)
	case bytecode.LOADMETHOD, bytecode.FORITER, bytecode.CHECKEGMATCH:
		return regs(a, 2)
	case bytecode.WITHENTER, bytecode.WITHEXIT, bytecode.ASYNCWITHENTER:
		return regs(b, 2)
	case bytecode.BUILDTUPLE, bytecode.BUILDLIST, bytecode.BUILDSET, bytecode.BUILDSTRING:
		return regs(b, c)
	case bytecode.BUILDDICT:
		return regs(b, 2*c)
	case bytecode.BUILDSLICE:
		if c != 2 && c != 3 {
			return fmt.Errorf("BUILDSLICE of %d operands", c)
		}
		return regs(b, c)
	case bytecode.UNPACK:
		return regs(a, c)
	case bytecode.UNPACKEX:
		if int(in.Spare()) >= c {
			return fmt.Errorf("star index %d of %d targets", in.Spare(), c)
		}
		return regs(a, c)
	case bytecode.MAKEFUNCTION:
		if _, ok := code.Consts[b].(*bytecode.Code); !ok {
			return fmt.Errorf("MAKEFUNCTION of a %T", code.Consts[b])
		}
		return regs(c, 4)
	case bytecode.INPLACE:
		s := bytecode.Op(in.Spare())
		if s < bytecode.ADD || s > bytecode.BITXOR {
			return fmt.Errorf("INPLACE with operator %d", s)
		}
	case bytecode.FORMAT:
		if in.Spare() > 3 {
			return fmt.Errorf("FORMAT conversion %d", in.Spare())
		}
	}
	return nil
}

// checkKwnames checks CALL's keyword-names operand.
func checkKwnames(code *bytecode.Code, nargs, c int) error {
	if c == 0 {
		return nil
	}
	if c-1 >= len(code.Consts) {
		return fmt.Errorf("keyword names %d out of range", c-1)
	}
	t, ok := code.Consts[c-1].(bytecode.TupleConst)
	if !ok || len(t) > nargs {
		return fmt.Errorf("bad keyword names constant %v", code.Consts[c-1])
	}
	for _, s := range t {
		if _, ok := s.(syntax.StrConst); !ok {
			return fmt.Errorf("keyword name %v is not a str", s)
		}
	}
	return nil
}
