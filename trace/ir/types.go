// types.go holds the small vocabulary every other file of the IR uses:
// value types, comparison conditions, references into a trace and interned
// constants. A Ref is an index into one linear array (LuaJIT's IRRef): a
// positive Ref names an instruction, a negative Ref names a constant, and
// 0 (Nil) names nothing.

package ir

import (
	"fmt"
	"math"
)

// Type is the machine type of an instruction's result.
type Type uint8

// The value types. Each maps to one wasm value type (wasmgen's choice is
// written beside each): the IR never mixes types silently.
const (
	Void  Type = iota // no result (guards, stores, markers)
	Bool              // 0 or 1; wasm i32
	Int               // int64; wasm i64
	Float             // float64; wasm f64
	Ptr               // heap offset of an object (a gc.Ref); wasm i32
	Tag               // the tag word of a value; wasm i64
	numTypes
)

var typeNames = [numTypes]string{"void", "bool", "int", "flt", "ptr", "tag"}

func (t Type) String() string {
	if t < numTypes {
		return typeNames[t]
	}
	return fmt.Sprintf("type(%d)", uint8(t))
}

// Cond is the condition of a comparison or a comparison guard.
type Cond uint8

// Conditions. Signed unless the name says unsigned (U). For floats, every
// condition but NE is false when an operand is NaN (Python's and IEEE's
// rule); NE is true.
const (
	EQ Cond = iota
	NE
	LT
	LE
	GT
	GE
	ULT
	ULE
	UGT
	UGE
	numConds
)

var condNames = [numConds]string{"eq", "ne", "lt", "le", "gt", "ge", "ult", "ule", "ugt", "uge"}

func (c Cond) String() string {
	if c < numConds {
		return condNames[c]
	}
	return fmt.Sprintf("cond(%d)", uint8(c))
}

// Negate returns the condition that holds exactly when c does not, for
// integer operands. (For floats it is wrong when an operand is NaN.)
func (c Cond) Negate() Cond {
	switch c {
	case EQ:
		return NE
	case NE:
		return EQ
	case LT:
		return GE
	case LE:
		return GT
	case GT:
		return LE
	case GE:
		return LT
	case ULT:
		return UGE
	case ULE:
		return UGT
	case UGT:
		return ULE
	case UGE:
		return ULT
	}
	return c
}

// Swap returns the condition with its operands exchanged (a c b == b Swap(c) a).
func (c Cond) Swap() Cond {
	switch c {
	case LT:
		return GT
	case LE:
		return GE
	case GT:
		return LT
	case GE:
		return LE
	case ULT:
		return UGT
	case ULE:
		return UGE
	case UGT:
		return ULT
	case UGE:
		return ULE
	}
	return c
}

// EvalInt evaluates the condition on two 64-bit integers (also used for
// bools, tags and pointers, which are compared as integers).
func (c Cond) EvalInt(a, b int64) bool {
	switch c {
	case EQ:
		return a == b
	case NE:
		return a != b
	case LT:
		return a < b
	case LE:
		return a <= b
	case GT:
		return a > b
	case GE:
		return a >= b
	case ULT:
		return uint64(a) < uint64(b)
	case ULE:
		return uint64(a) <= uint64(b)
	case UGT:
		return uint64(a) > uint64(b)
	case UGE:
		return uint64(a) >= uint64(b)
	}
	return false
}

// EvalFloat evaluates a signed condition on two floats; unsigned
// conditions are not valid on floats and evaluate to false.
func (c Cond) EvalFloat(a, b float64) bool {
	switch c {
	case EQ:
		return a == b
	case NE:
		return a != b
	case LT:
		return a < b
	case LE:
		return a <= b
	case GT:
		return a > b
	case GE:
		return a >= b
	}
	return false
}

// Ref names an instruction (> 0), a constant (< 0) or nothing (Nil).
type Ref int32

// Nil is the absent operand.
const Nil Ref = 0

// IsConst reports whether r names a constant.
func (r Ref) IsConst() bool { return r < 0 }

// IsInst reports whether r names an instruction.
func (r Ref) IsInst() bool { return r > 0 }

// Const is an interned constant: a type and the 64 bits of its value
// (an int64's two's complement, a float64's IEEE bits, a bool's 0/1, a
// tag word, a heap offset).
type Const struct {
	Type Type
	Bits uint64
}

// Int returns the constant as an int64.
func (c Const) Int() int64 { return int64(c.Bits) }

// Float returns the constant as a float64.
func (c Const) Float() float64 { return math.Float64frombits(c.Bits) }

// Effect says what a runtime helper call may do, for CSE and alias
// analysis.
type Effect uint8

// Helper effects.
const (
	Pure   Effect = iota // reads nothing mutable, writes nothing: CSE-able
	Reads                // reads the heap, writes nothing
	Writes               // may read and write the heap and the frame
)

func (e Effect) String() string {
	switch e {
	case Pure:
		return "pure"
	case Reads:
		return "reads"
	case Writes:
		return "writes"
	}
	return fmt.Sprintf("effect(%d)", uint8(e))
}

// AliasClass partitions memory for alias analysis (type-based, as
// LuaJIT's field ids): two accesses in different non-zero classes never
// touch the same word. Class 0 (AnyClass) may alias anything. The recorder
// chooses the classes (one for list lengths, one for list storage items,
// one for tuple items, one for instance slots, one per version word, …);
// the IR only compares them.
type AliasClass uint8

// AnyClass is the alias class that may alias every other.
const AnyClass AliasClass = 0

// mayAliasClass reports whether accesses in classes a and b may overlap.
func mayAliasClass(a, b AliasClass) bool {
	return a == AnyClass || b == AnyClass || a == b
}
