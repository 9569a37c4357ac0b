package bytecode

import "testing"

// TestTable checks that every opcode has a row, and that operand modes are
// consistent with the Bx flag.
func TestTable(t *testing.T) {
	seen := map[string]bool{}
	for op := Op(0); op < NumOps; op++ {
		info := Table[op]
		if info.Name == "" {
			t.Errorf("opcode %d has no table row", op)
			continue
		}
		if seen[info.Name] {
			t.Errorf("opcode name %s used twice", info.Name)
		}
		seen[info.Name] = true
		if info.HasBx && info.C != ModeUnused {
			t.Errorf("%s: a Bx instruction cannot use C", info.Name)
		}
		if !info.HasBx && (info.B == ModeJump || info.B == ModeConstBx || info.B == ModeNameBx) {
			t.Errorf("%s: Bx mode without HasBx", info.Name)
		}
		if info.Flags&FlagJump != 0 && info.B != ModeJump {
			t.Errorf("%s: a jump must have a ModeJump operand", info.Name)
		}
	}
}

// TestEncoding round-trips operands through the encoding.
func TestEncoding(t *testing.T) {
	for _, v := range []int{0, 1, 255, 256, 4095, MaxOperand} {
		in := Make(CALL, v, MaxOperand-v, v/2)
		if in.Op() != CALL || in.A() != v || in.B() != MaxOperand-v || in.C() != v/2 {
			t.Errorf("Make(CALL, %d, %d, %d) decodes as %v %d %d %d", v, MaxOperand-v, v/2, in.Op(), in.A(), in.B(), in.C())
		}
	}
	for _, bx := range []uint32{0, 1, 1 << 16, 1<<32 - 1} {
		in := MakeBx(JUMP, 7, bx)
		if in.Op() != JUMP || in.A() != 7 || in.Bx() != bx {
			t.Errorf("MakeBx(JUMP, 7, %d) decodes as %v %d %d", bx, in.Op(), in.A(), in.Bx())
		}
		if got := MakeBx(JUMP, 3, 5).WithBx(bx); got.Bx() != bx || got.A() != 3 || got.Op() != JUMP {
			t.Errorf("WithBx(%d) gives %v %d %d", bx, got.Op(), got.A(), got.Bx())
		}
	}
}

// TestJumpTarget checks that the jumps, and only they, report a target.
func TestJumpTarget(t *testing.T) {
	for op := Op(0); op < NumOps; op++ {
		if Table[op].Name == "" {
			continue
		}
		in := MakeBx(op, 3, 77)
		target, ok := in.JumpTarget()
		if jump := Table[op].Flags&FlagJump != 0; ok != jump || (ok && target != 77) {
			t.Errorf("%s: JumpTarget() = %d, %v; want a jump to 77: %v", Table[op].Name, target, ok, jump)
		}
	}
	if _, ok := Instr(NumOps).JumpTarget(); ok {
		t.Errorf("an opcode past NumOps reported a jump target")
	}
}
