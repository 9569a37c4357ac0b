package syntax

// This file holds repr() for the constant values of the AST, byte for byte
// as CPython 3.11 prints them, since ast.dump shows constants by their repr.
// The reprs of floats, complex numbers, str and bytes are package vm/num's
// (FloatRepr, ComplexRepr, StrRepr, BytesRepr), hotloop's one home of
// them, so that the AST dump, the interpreter and format() agree.

import "github.com/hotloop/hotloop/vm/num"

// Repr returns "None".
func (NoneConst) Repr() string { return "None" }

// Repr returns "Ellipsis".
func (EllipsisConst) Repr() string { return "Ellipsis" }

// Repr returns "True" or "False".
func (b BoolConst) Repr() string {
	if b {
		return "True"
	}
	return "False"
}

// Repr returns the integer in decimal.
func (i IntConst) Repr() string {
	if i.V == nil {
		return "0"
	}
	return i.V.String()
}

// Repr returns the float as Python's repr prints it.
func (f FloatConst) Repr() string { return num.FloatRepr(float64(f)) }

// Repr returns the complex number as Python's repr prints it.
func (c ComplexConst) Repr() string { return num.ComplexRepr(complex(c.Real, c.Imag)) }

// Repr returns the quoted, escaped string.
func (s StrConst) Repr() string { return num.StrRepr(string(s)) }

// Repr returns the b-prefixed, quoted, escaped bytes.
func (b BytesConst) Repr() string { return num.BytesRepr([]byte(b)) }
