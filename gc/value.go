// value.go holds Value, the 16-byte tagged word that every slot of the heap,
// every interpreter register and every trace variable uses: an 8-byte tag
// and an 8-byte payload, with no Go pointer in it, so wasm code reads and
// writes values natively and Go's collector never has to look at them.

package gc

import "math"

// Tag says how a Value's payload is to be read. Tags below TagRef are
// immediates; TagRef and every tag above it are references, whose payload is
// the offset of a heap object. The collector needs nothing more: the vm may
// add immediates in the free range between TagFloat and TagRef
// (NotImplemented, Ellipsis) and reference tags above TagRef (so that a
// trace checks a builtin type with one compare of the tag word).
type Tag uint64

// The tags package gc defines.
const (
	// TagEmpty is the tag of zeroed memory: no value at all (an unbound
	// local, an unused slot). Freshly allocated objects hold only empties.
	TagEmpty Tag = 0
	// TagNone is Python's None; its payload is 0.
	TagNone Tag = 1
	// TagBool is True or False; its payload is 1 or 0.
	TagBool Tag = 2
	// TagInt is an int that fits in int64; its payload is the int64.
	TagInt Tag = 3
	// TagFloat is a float; its payload is the IEEE 754 bits.
	TagFloat Tag = 4
	// TagRef is the first reference tag: its payload is a Ref.
	TagRef Tag = 0x80
)

// IsRef reports whether values with tag t hold a heap reference.
func (t Tag) IsRef() bool { return t >= TagRef }

// Ref is the offset of a heap object's header in linear memory. Offset 0
// is never an object, so the zero Ref is null.
type Ref uint32

// Value is a tagged word. Its memory layout, little-endian, is the tag at
// byte 0 and the payload at byte 8. The zero Value is the empty value.
type Value struct {
	tag  Tag
	bits uint64
}

// MakeValue returns the value with the given tag and raw payload. It is for
// tags the vm defines; the constructors below cover gc's own.
func MakeValue(tag Tag, bits uint64) Value { return Value{tag, bits} }

// Empty returns the empty value (tag TagEmpty, all zero).
func Empty() Value { return Value{} }

// None returns Python's None.
func None() Value { return Value{TagNone, 0} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return Value{TagBool, 1}
	}
	return Value{TagBool, 0}
}

// Int returns a small int.
func Int(i int64) Value { return Value{TagInt, uint64(i)} }

// Float returns a float.
func Float(f float64) Value { return Value{TagFloat, math.Float64bits(f)} }

// Value returns a reference to r with the plain tag TagRef.
func (r Ref) Value() Value { return Value{TagRef, uint64(r)} }

// Tag returns v's tag.
func (v Value) Tag() Tag { return v.tag }

// Bits returns v's raw payload.
func (v Value) Bits() uint64 { return v.bits }

// IsEmpty reports whether v is the empty value.
func (v Value) IsEmpty() bool { return v.tag == TagEmpty }

// IsRef reports whether v holds a heap reference.
func (v Value) IsRef() bool { return v.tag >= TagRef }

// Int returns the payload of a TagInt value as an int64.
func (v Value) Int() int64 { return int64(v.bits) }

// Float returns the payload of a TagFloat value as a float64.
func (v Value) Float() float64 { return math.Float64frombits(v.bits) }

// Bool returns the payload of a TagBool value as a bool.
func (v Value) Bool() bool { return v.bits != 0 }

// Ref returns the payload of a reference value as a Ref.
func (v Value) Ref() Ref { return Ref(v.bits) }
