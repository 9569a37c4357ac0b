// ops.go holds the opcode table: one row per IR instruction with its name,
// operand count and properties. The builder, the folding engine, the
// passes, the verifier, the printer and the reference interpreter all read
// this table, so adding an instruction is one row here plus its cases in
// exec.go (semantics) and verify.go (operand types).

package ir

import "fmt"

// Op is an IR opcode.
type Op uint8

// The opcodes. Operands are A, B, C (Refs); Aux is an immediate; Flag is
// the condition (compares and guards), the alias class (memory) or unused.
// "May guard" ops are guards when they carry a snapshot and plain ops
// otherwise (see each op's unguarded meaning).
const (
	NOP Op = iota // nothing (a removed instruction awaiting compaction)

	// Control.
	LOOP  // loop header marker of a peeled trace; Snap = state at the header
	PHI   // A = value on entry (before LOOP), B = value from the back-edge
	JLOOP // last instruction of a looping trace; Snap = state at the header
	EXIT  // last instruction of a trace that leaves: exit through Snap

	// The frame (the snapshot-visible state).
	SLOAD  // Aux = register slot; Type Tag loads the tag word, others the payload
	SSTORE // Aux = slot; A = tag, B = payload: writes the register

	// Guards: exit through Snap unless the condition holds.
	GCMP  // Flag = cond; A, B ints, tags, pointers or bools of one type
	GFCMP // Flag = cond (signed conds only); A, B floats
	ABC   // bounds: 0 <= A < B (signed), A the index, B the length

	// Integer arithmetic (int64).
	IADD      // A + B; guarded: exit on overflow; else wraps
	ISUB      // A - B; as IADD
	IMUL      // A * B; as IADD
	INEG      // -A; as IADD
	IABS      // |A|; guarded: exit for MinInt64; else wraps
	IFLOORDIV // Python A // B; guarded: exit if B == 0 or the result overflows
	IMOD      // Python A % B (sign of B); guarded: exit if B == 0
	IAND      // A & B
	IOR       // A | B
	IXOR      // A ^ B
	ISHL      // A << B; guarded: exit if B < 0, B > 63 or overflow; else A << (B & 63)
	ISHR      // A >> B (arithmetic); guarded: exit if B < 0; else a count outside 0..63 acts as 63
	IMIN      // min(A, B)
	IMAX      // max(A, B)

	// Float arithmetic (float64, Python semantics).
	FADD      // A + B
	FSUB      // A - B
	FMUL      // A * B
	FDIV      // A / B; guarded: exit if B == 0; else IEEE division
	FFLOORDIV // Python A // B; guarded: exit if B == 0; else NaN for B == 0
	FMOD      // Python A % B; guarded: exit if B == 0; else NaN for B == 0
	FNEG      // -A
	FABS      // |A|
	FSQRT     // sqrt(A) (NaN for A < 0: the recorder guards A >= 0 for math.sqrt)
	FFLOOR    // floor(A) as a float
	FCEIL     // ceil(A) as a float
	FTRUNC    // trunc(A) as a float
	FMIN      // Python min(A, B): B if B < A else A
	FMAX      // Python max(A, B): B if B > A else A

	// Conversions.
	ITOF // int -> float (round to nearest, as Python's float(int))
	FTOI // float -> int truncating; guarded: exit on NaN, inf or out of int64 range; else saturates (NaN -> 0)
	BTOI // bool -> int

	// Comparisons and booleans.
	ICMP // Flag = cond; A, B ints, tags, pointers or bools -> bool
	FCMP // Flag = cond; A, B floats -> bool
	BNOT // !A
	BAND // A && B (both evaluated)
	BOR  // A || B (both evaluated)

	// Heap memory. Every access is one aligned 8-byte word.
	FLOAD  // word at A + Aux (A a pointer); Flag = alias class
	FSTORE // word at A + Aux = B; Flag = alias class
	XLOAD  // word at A + Aux + 16*B (B an int index); Flag = alias class
	XSTORE // word at A + Aux + 16*B = C; Flag = alias class
	NEW    // allocate per Allocs[Aux], zero-filled; result: its pointer
	SUNK   // a NEW removed by allocation sinking: no code; snapshots rebuild it

	// Runtime helpers.
	CALL // Helpers[Aux](A, B, C); guarded: exit if the helper fails

	// Str text.
	BLOAD // the byte at A + Aux + B (B an int index), zero-extended: str text, immutable once visible, so pure

	numOps
)

// Op properties.
const (
	fPure     = 1 << iota // no effect; removable when unused; CSE-able
	fGuard                // always a guard: has a snapshot
	fMayGuard             // a guard when it has a snapshot
	fComm                 // commutative in A and B
	fLoad                 // reads memory
	fStore                // writes memory (kept even when unused)
	fCtl                  // control: kept, never CSE'd
)

type opInfo struct {
	name  string
	nargs int // operands used, A first
	flags int
}

var opTable = [numOps]opInfo{
	NOP:       {"NOP", 0, 0},
	LOOP:      {"LOOP", 0, fCtl},
	PHI:       {"PHI", 2, fCtl},
	JLOOP:     {"JLOOP", 0, fCtl},
	EXIT:      {"EXIT", 0, fCtl},
	SLOAD:     {"SLOAD", 0, fLoad},
	SSTORE:    {"SSTORE", 2, fStore},
	GCMP:      {"GCMP", 2, fGuard},
	GFCMP:     {"GFCMP", 2, fGuard},
	ABC:       {"ABC", 2, fGuard},
	IADD:      {"IADD", 2, fPure | fMayGuard | fComm},
	ISUB:      {"ISUB", 2, fPure | fMayGuard},
	IMUL:      {"IMUL", 2, fPure | fMayGuard | fComm},
	INEG:      {"INEG", 1, fPure | fMayGuard},
	IABS:      {"IABS", 1, fPure | fMayGuard},
	IFLOORDIV: {"IFLOORDIV", 2, fPure | fMayGuard},
	IMOD:      {"IMOD", 2, fPure | fMayGuard},
	IAND:      {"IAND", 2, fPure | fComm},
	IOR:       {"IOR", 2, fPure | fComm},
	IXOR:      {"IXOR", 2, fPure | fComm},
	ISHL:      {"ISHL", 2, fPure | fMayGuard},
	ISHR:      {"ISHR", 2, fPure | fMayGuard},
	IMIN:      {"IMIN", 2, fPure | fComm},
	IMAX:      {"IMAX", 2, fPure | fComm},
	FADD:      {"FADD", 2, fPure | fComm},
	FSUB:      {"FSUB", 2, fPure},
	FMUL:      {"FMUL", 2, fPure | fComm},
	FDIV:      {"FDIV", 2, fPure | fMayGuard},
	FFLOORDIV: {"FFLOORDIV", 2, fPure | fMayGuard},
	FMOD:      {"FMOD", 2, fPure | fMayGuard},
	FNEG:      {"FNEG", 1, fPure},
	FABS:      {"FABS", 1, fPure},
	FSQRT:     {"FSQRT", 1, fPure},
	FFLOOR:    {"FFLOOR", 1, fPure},
	FCEIL:     {"FCEIL", 1, fPure},
	FTRUNC:    {"FTRUNC", 1, fPure},
	FMIN:      {"FMIN", 2, fPure},
	FMAX:      {"FMAX", 2, fPure},
	ITOF:      {"ITOF", 1, fPure},
	FTOI:      {"FTOI", 1, fPure | fMayGuard},
	BTOI:      {"BTOI", 1, fPure},
	ICMP:      {"ICMP", 2, fPure},
	FCMP:      {"FCMP", 2, fPure},
	BNOT:      {"BNOT", 1, fPure},
	BAND:      {"BAND", 2, fPure | fComm},
	BOR:       {"BOR", 2, fPure | fComm},
	FLOAD:     {"FLOAD", 1, fLoad},
	FSTORE:    {"FSTORE", 2, fStore},
	XLOAD:     {"XLOAD", 2, fLoad},
	XSTORE:    {"XSTORE", 3, fStore},
	NEW:       {"NEW", 0, 0},
	SUNK:      {"SUNK", 0, 0},
	CALL:      {"CALL", 3, fMayGuard},
	BLOAD:     {"BLOAD", 2, fPure},
}

func (o Op) String() string {
	if o < numOps {
		return opTable[o].name
	}
	return fmt.Sprintf("op(%d)", uint8(o))
}

// NumArgs is the number of Ref operands the op uses (A, then B, then C).
// CALL uses up to three; unused ones are Nil.
func (o Op) NumArgs() int { return opTable[o].nargs }

// IsPure reports whether the op has no effect other than its result (a
// guarded pure op additionally may exit).
func (o Op) IsPure() bool { return opTable[o].flags&fPure != 0 }

// IsGuard reports whether the op is always a guard.
func (o Op) IsGuard() bool { return opTable[o].flags&fGuard != 0 }

// MayGuard reports whether the op is a guard when it has a snapshot.
func (o Op) MayGuard() bool { return opTable[o].flags&fMayGuard != 0 }

// IsCommutative reports whether A and B may be exchanged.
func (o Op) IsCommutative() bool { return opTable[o].flags&fComm != 0 }

// IsLoad reports whether the op reads memory (frame or heap).
func (o Op) IsLoad() bool { return opTable[o].flags&fLoad != 0 }

// IsStore reports whether the op writes memory (frame or heap).
func (o Op) IsStore() bool { return opTable[o].flags&fStore != 0 }

// IsControl reports whether the op is a control marker.
func (o Op) IsControl() bool { return opTable[o].flags&fCtl != 0 }
