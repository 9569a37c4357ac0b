package bytecode

// This file holds Code, the compiled form of a module body, class body,
// function, lambda or comprehension: CPython's code object, with registers
// in place of a value stack.

import "github.com/hotloop/hotloop/vm/syntax"

// CodeFlags are CPython's co_flags bits that matter to the interpreter.
type CodeFlags uint32

// Code flags, with CPython's values so that code.co_flags reads the same.
const (
	FlagOptimized   CodeFlags = 0x0001
	FlagNewLocals   CodeFlags = 0x0002
	FlagVarargs     CodeFlags = 0x0004
	FlagVarkeywords CodeFlags = 0x0008
	FlagNested      CodeFlags = 0x0010
	FlagGenerator   CodeFlags = 0x0020
	FlagNoFree      CodeFlags = 0x0040
	FlagCoroutine   CodeFlags = 0x0080
	// FlagIterableCoroutine marks a generator function that
	// types.coroutine made awaitable (CO_ITERABLE_COROUTINE).
	FlagIterableCoroutine CodeFlags = 0x0100
	FlagAsyncGenerator    CodeFlags = 0x0200
)

// Constant is a compile-time constant: a syntax.ConstValue (None, bools,
// ints, floats, complex, str, bytes, Ellipsis), a tuple or frozenset of
// constants (TupleConst, FrozensetConst), or a nested *Code.
type Constant any

// TupleConst is a constant tuple (folded displays, keyword-name tuples).
type TupleConst []Constant

// FrozensetConst is a constant frozenset (`x in {1, 2}` folded).
type FrozensetConst []Constant

// Position is the source range of an instruction, as CPython 3.11's
// co_positions gives it (Line 0: no position).
type Position struct {
	Line, Col, EndLine, EndCol int32
}

// Handler is one entry of the exception table: an exception raised at a pc
// in [Start, End) jumps to Target with the exception in register Reg; Depth
// is the number of handler-protected regions active (for nested finally).
type Handler struct {
	Start, End, Target uint32
	Reg                uint16
	Lasti              bool // the handler wants the raising pc (CPython's lasti)
}

// Code is one compiled code object. It is immutable once built.
type Code struct {
	Name, QualName string
	Filename       string
	FirstLine      int
	Flags          CodeFlags

	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	// Varnames are the local variables; parameters first, as co_varnames.
	// Local i lives in register i.
	Varnames []string
	// Cellvars and Freevars are named as CPython's co_cellvars/co_freevars.
	// Cell/free variable k (cells first, then frees) is held, as a cell
	// object, in register CellBase+k.
	Cellvars, Freevars []string
	CellBase           int
	// NumRegs is the frame size: locals, cells, then temporaries.
	NumRegs int

	Instrs    []Instr
	Positions []Position // one per instruction
	Consts    []Constant
	Handlers  []Handler
	// NumCaches is the number of inline cache entries; instructions with
	// FlagCache take consecutive entries in pc order.
	NumCaches int

	// Doc is the docstring constant's index in Consts, or -1.
	Doc int
}

// ConstString returns constant k when it is a str (names, docstrings).
func (c *Code) ConstString(k int) string {
	if s, ok := c.Consts[k].(syntax.StrConst); ok {
		return string(s)
	}
	return ""
}
