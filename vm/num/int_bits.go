// This file holds Int's bit operations: << and >>, & | ^ ~ with Python's
// two's complement semantics on negative values (an int behaves as if it
// had infinitely many sign bits), and int.to_bytes / int.from_bytes.

package num

import (
	"math/big"
)

// Limits CPython's shift code reaches with 30-bit digits on a 64-bit
// machine: a shift count is split into whole digits (clipped to
// shiftClip) and the result's digit count may not exceed maxLongDigits.
const (
	digitBits     = 30
	shiftClip     = (1<<63 - 1) / 4      // PY_SSIZE_T_MAX / sizeof(digit)
	maxLongDigits = (1<<63 - 1 - 24) / 4 // MAX_LONG_DIGITS
)

// Lsh returns x << n. A negative n is a ValueError; a result too large to
// build is a MemoryError, or CPython's OverflowError "too many digits in
// integer" when it would not even be addressable.
func (x Int) Lsh(n Int) (Int, error) {
	if x.big == nil && n.big == nil && uint64(n.small) < 63 {
		r := x.small << uint(n.small)
		if r>>uint(n.small) == x.small {
			return Int{small: r}, nil
		}
	}
	return x.lshSlow(n)
}

func (x Int) lshSlow(n Int) (Int, error) {
	if n.Sign() < 0 {
		return Int{}, valueError(msgNegativeShift)
	}
	if x.IsZero() {
		return Int{}, nil
	}
	// CPython's size check, in 30-bit digits.
	xDigits := uint64(x.BitLength()+digitBits-1) / digitBits
	wordShift, remShift := uint64(shiftClip), uint64(0)
	q, r, _ := n.DivMod(NewInt(digitBits))
	if w, ok := q.Uint64(); ok && w < shiftClip {
		wordShift, remShift = w, uint64(r.small)
	}
	newDigits := xDigits + wordShift
	if remShift != 0 {
		newDigits++
	}
	if newDigits > maxLongDigits {
		return Int{}, overflow(msgTooManyDigits)
	}
	s, ok := n.Uint64()
	if !ok || s > MaxBits || uint64(x.BitLength())+s > MaxBits {
		return Int{}, memoryError()
	}
	var tx big.Int
	return NewIntBig(new(big.Int).Lsh(x.bigOf(&tx), uint(s))), nil
}

// Rsh returns x >> n, rounding towards minus infinity. A negative n is a
// ValueError.
func (x Int) Rsh(n Int) (Int, error) {
	if x.big == nil && n.big == nil && n.small >= 0 {
		s := n.small
		if s > 63 {
			s = 63
		}
		return Int{small: x.small >> uint(s)}, nil
	}
	return x.rshSlow(n)
}

func (x Int) rshSlow(n Int) (Int, error) {
	if n.Sign() < 0 {
		return Int{}, valueError(msgNegativeShift)
	}
	s, ok := n.Uint64()
	if !ok || s >= uint64(x.BitLength()) {
		if x.Sign() < 0 {
			return Int{small: -1}, nil
		}
		return Int{}, nil
	}
	var tx big.Int
	return NewIntBig(new(big.Int).Rsh(x.bigOf(&tx), uint(s))), nil
}

// And returns x & y.
func (x Int) And(y Int) Int {
	if x.big == nil && y.big == nil {
		return Int{small: x.small & y.small}
	}
	var tx, ty big.Int
	return NewIntBig(new(big.Int).And(x.bigOf(&tx), y.bigOf(&ty)))
}

// Or returns x | y.
func (x Int) Or(y Int) Int {
	if x.big == nil && y.big == nil {
		return Int{small: x.small | y.small}
	}
	var tx, ty big.Int
	return NewIntBig(new(big.Int).Or(x.bigOf(&tx), y.bigOf(&ty)))
}

// Xor returns x ^ y.
func (x Int) Xor(y Int) Int {
	if x.big == nil && y.big == nil {
		return Int{small: x.small ^ y.small}
	}
	var tx, ty big.Int
	return NewIntBig(new(big.Int).Xor(x.bigOf(&tx), y.bigOf(&ty)))
}

// Invert returns ~x, which is -x-1.
func (x Int) Invert() Int {
	if x.big == nil {
		return Int{small: ^x.small}
	}
	return NewIntBig(new(big.Int).Not(x.big))
}

// ToBytes returns x as length bytes, as Python's
// int.to_bytes(length, byteorder, signed=signed) with byteorder "little"
// when little is true. Errors: "length argument must be non-negative"
// (ValueError), "can't convert negative int to unsigned" and "int too big
// to convert" (OverflowError).
func (x Int) ToBytes(length int, little, signed bool) ([]byte, error) {
	if length < 0 {
		return nil, valueError("length argument must be non-negative")
	}
	if x.Sign() < 0 && !signed {
		return nil, overflow("can't convert negative int to unsigned")
	}
	// Bytes needed: unsigned, ceil(bits/8); signed, enough that a sign
	// bit follows the magnitude bits of x (or of ~x when negative).
	var need int
	if signed {
		m := x
		if x.Sign() < 0 {
			m = x.Invert()
		}
		if !m.IsZero() {
			need = m.BitLength()/8 + 1
		}
	} else {
		need = (x.BitLength() + 7) / 8
	}
	if need > length {
		return nil, overflow("int too big to convert")
	}
	out := make([]byte, length)
	var tx big.Int
	v := x.bigOf(&tx)
	if x.Sign() < 0 {
		// Two's complement: 2**(8*length) + x.
		t := new(big.Int).Lsh(big.NewInt(1), uint(8*length))
		v = t.Add(t, v)
	}
	v.FillBytes(out) // big-endian
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out, nil
}

// IntFromBytes returns the int the bytes b represent, as Python's
// int.from_bytes(b, byteorder, signed=signed) with byteorder "little"
// when little is true.
func IntFromBytes(b []byte, little, signed bool) Int {
	be := b
	if little {
		be = make([]byte, len(b))
		for i, c := range b {
			be[len(b)-1-i] = c
		}
	}
	v := new(big.Int).SetBytes(be)
	if signed && len(be) > 0 && be[0]&0x80 != 0 {
		t := new(big.Int).Lsh(big.NewInt(1), uint(8*len(be)))
		v.Sub(v, t)
	}
	return NewIntBig(v)
}
