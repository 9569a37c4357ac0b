// fastbranch.go holds the table behind the compare-and-branch fusion of
// the interpreter loop (docs/vm.md "Interpreter speed (session 14)"): an
// int or float comparison, or an int/str `in` (fastset.go), whose result
// register is tested by the very next instruction (`if a < b:`,
// `if k in s:`) takes the branch itself, so the pair costs one dispatch
// instead of two, as CPython 3.11's COMPARE_OP_INT_JUMP and friends do.
// The fusion itself is written out in run's cases (interp.go): run is too
// big for Go to inline a helper into it, and a call spills the loop's
// registers. A taken backward jump is left to the jump instruction, which
// counts the loop's iterations for the JIT hook and is a safepoint.

package vm

import "github.com/hotloop/hotloop/vm/bytecode"

// cmpOutcome holds, for each comparison opcode, the outcomes for which it
// is true as bits: bit 0 for less, bit 1 for equal, bit 2 for greater,
// bit 3 for unordered (a float NaN: only != is true). The interpreter's
// int and float comparisons index it with the outcome instead of
// switching on the opcode a second time.
var cmpOutcome = [256]uint8{
	bytecode.LT: 0b0001,
	bytecode.LE: 0b0011,
	bytecode.EQ: 0b0010,
	bytecode.NE: 0b1101,
	bytecode.GT: 0b0100,
	bytecode.GE: 0b0110,
}
