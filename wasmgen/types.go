// types.go holds the small value types of the builder API: value types,
// function types, limits and constant expressions, with their encodings.

package wasmgen

import (
	"encoding/binary"
	"math"
	"strings"
)

// ValType is a wasm number type, encoded as its one-byte type code.
type ValType byte

// The four number types of wasm.
const (
	I32 ValType = 0x7f
	I64 ValType = 0x7e
	F32 ValType = 0x7d
	F64 ValType = 0x7c
)

// unknownType stands for an operand of any type on the polymorphic stack
// that follows an unconditional branch; it never appears in a module.
const unknownType ValType = 0

// Type codes that are not value types.
const (
	funcRefType  = 0x70 // the element type of tables
	funcTypeForm = 0x60 // introduces a function type
	emptyBlock   = 0x40 // the block type with no result
)

// String returns the type's name in the text format.
func (t ValType) String() string {
	switch t {
	case I32:
		return "i32"
	case I64:
		return "i64"
	case F32:
		return "f32"
	case F64:
		return "f64"
	case unknownType:
		return "unknown"
	}
	return "invalid"
}

func (t ValType) valid() bool { return t == I32 || t == I64 || t == F32 || t == F64 }

// FuncType is a function signature.
type FuncType struct {
	Params, Results []ValType
}

// Sig is a short way to write a FuncType.
func Sig(params []ValType, results ...ValType) FuncType {
	return FuncType{Params: params, Results: results}
}

// key is a string that two FuncTypes share exactly when they are equal,
// used to deduplicate the type section.
func (ft FuncType) key() string {
	var sb strings.Builder
	for _, t := range ft.Params {
		sb.WriteByte(byte(t))
	}
	sb.WriteByte(':')
	for _, t := range ft.Results {
		sb.WriteByte(byte(t))
	}
	return sb.String()
}

// String returns the signature in the text format's style.
func (ft FuncType) String() string {
	var sb strings.Builder
	sb.WriteString("(func")
	if len(ft.Params) > 0 {
		sb.WriteString(" (param")
		for _, t := range ft.Params {
			sb.WriteString(" " + t.String())
		}
		sb.WriteString(")")
	}
	if len(ft.Results) > 0 {
		sb.WriteString(" (result")
		for _, t := range ft.Results {
			sb.WriteString(" " + t.String())
		}
		sb.WriteString(")")
	}
	sb.WriteString(")")
	return sb.String()
}

func (ft FuncType) appendTo(b []byte) []byte {
	b = append(b, funcTypeForm)
	b = appendU32(b, uint32(len(ft.Params)))
	for _, t := range ft.Params {
		b = append(b, byte(t))
	}
	b = appendU32(b, uint32(len(ft.Results)))
	for _, t := range ft.Results {
		b = append(b, byte(t))
	}
	return b
}

// Limits bound the size of a memory (in 64 KiB pages) or a table (in
// elements). Max is meaningful only when HasMax is set.
type Limits struct {
	Min, Max uint32
	HasMax   bool
}

// MaxPages is the largest memory the wasm spec allows with 32-bit
// addresses. wazero v1.12.0 traps on every access to a memory of exactly
// this size, so hotloop's heap caps its maximum one page lower.
const MaxPages = 65536

func (l Limits) appendTo(b []byte) []byte {
	if !l.HasMax {
		return appendU32(append(b, 0x00), l.Min)
	}
	return appendU32(appendU32(append(b, 0x01), l.Min), l.Max)
}

// ConstExpr is a constant expression: the initial value of a global, or
// the offset of an element or data segment. Make one with ConstI32,
// ConstI64, ConstF32, ConstF64 or ConstGlobal.
type ConstExpr struct {
	op     byte   // one of the const opcodes, or global.get
	bits   uint64 // the integer value or the float's bits
	global uint32 // for global.get
}

// ConstI32 is the constant expression i32.const v.
func ConstI32(v int32) ConstExpr { return ConstExpr{op: 0x41, bits: uint64(int64(v))} }

// ConstI64 is the constant expression i64.const v.
func ConstI64(v int64) ConstExpr { return ConstExpr{op: 0x42, bits: uint64(v)} }

// ConstF32 is the constant expression f32.const v.
func ConstF32(v float32) ConstExpr { return ConstExpr{op: 0x43, bits: uint64(math.Float32bits(v))} }

// ConstF64 is the constant expression f64.const v.
func ConstF64(v float64) ConstExpr { return ConstExpr{op: 0x44, bits: math.Float64bits(v)} }

// ConstGlobal is the constant expression global.get idx; idx must name an
// imported immutable global.
func ConstGlobal(idx uint32) ConstExpr { return ConstExpr{op: 0x23, global: idx} }

func (c ConstExpr) appendTo(b []byte) []byte {
	b = append(b, c.op)
	switch c.op {
	case 0x41, 0x42:
		b = AppendSleb128(b, int64(c.bits))
	case 0x43:
		b = binary.LittleEndian.AppendUint32(b, uint32(c.bits))
	case 0x44:
		b = binary.LittleEndian.AppendUint64(b, c.bits)
	case 0x23:
		b = appendU32(b, c.global)
	}
	return append(b, opEnd)
}
