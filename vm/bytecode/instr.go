package bytecode

// This file holds the instruction encoding. An instruction is one uint64:
//
//	bits  0-7   op
//	bits  8-23  A
//	bits 24-39  B
//	bits 40-55  C
//	bits 56-63  spare (reserved for specialisation state)
//
// Bx is B and C read together as one 32-bit operand, for jump targets and
// large constant indexes. Fixed-width words keep decoding to a few shifts
// and let the interpreter index instructions by pc directly.

// Instr is one encoded instruction.
type Instr uint64

// MaxOperand is the largest value of an A, B or C operand.
const MaxOperand = 1<<16 - 1

// Make encodes an instruction with three 16-bit operands.
func Make(op Op, a, b, c int) Instr {
	return Instr(op) | Instr(uint16(a))<<8 | Instr(uint16(b))<<24 | Instr(uint16(c))<<40
}

// MakeBx encodes an instruction with A and a 32-bit Bx operand.
func MakeBx(op Op, a int, bx uint32) Instr {
	return Instr(op) | Instr(uint16(a))<<8 | Instr(bx)<<24
}

// Op returns the instruction's opcode.
func (i Instr) Op() Op { return Op(i) }

// A returns operand A.
func (i Instr) A() int { return int(uint16(i >> 8)) }

// B returns operand B.
func (i Instr) B() int { return int(uint16(i >> 24)) }

// C returns operand C.
func (i Instr) C() int { return int(uint16(i >> 40)) }

// Bx returns operands B and C as one 32-bit operand.
func (i Instr) Bx() uint32 { return uint32(i >> 24) }

// Spare returns the 8 spare bits.
func (i Instr) Spare() uint8 { return uint8(i >> 56) }

// WithBx returns i with its Bx operand replaced (used to patch jumps).
func (i Instr) WithBx(bx uint32) Instr {
	return i&(1<<24-1) | Instr(bx)<<24 | i&(0xff<<56)
}

// JumpTarget returns the pc an instruction may jump to and true, or false
// when it is not a jump (JUMP, the conditional jumps, FORITER's exit).
// Opcodes past NumOps (the interpreter's own rewrites) are not jumps.
func (i Instr) JumpTarget() (int, bool) {
	op := i.Op()
	if op >= NumOps || Table[op].Flags&FlagJump == 0 {
		return 0, false
	}
	return int(i.Bx()), true
}
