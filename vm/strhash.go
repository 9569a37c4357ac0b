// strhash.go computes str hashes exactly as CPython 3.11 does with hash
// randomization disabled (PYTHONHASHSEED=0, the corpus's setting): SipHash
// 1-3 with a zero key over the string's canonical representation (one
// byte per character when all are below 256, else two or four bytes per
// character, little-endian). Matching them makes set iteration order and
// printed hash() values agree with CPython's.

package vm

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// strHashOf hashes a str given as WTF-8.
func strHashOf(s string) int64 {
	if s == "" {
		return 0
	}
	var buf []byte
	if isASCII(s) {
		// Read in place: siphash13 does not keep or modify its input.
		buf = unsafe.Slice(unsafe.StringData(s), len(s))
	} else {
		rs := runesOf(s)
		width := 1
		for _, r := range rs {
			if r > 0xffff {
				width = 4
				break
			} else if r > 0xff {
				width = 2
			}
		}
		buf = make([]byte, 0, len(rs)*width)
		for _, r := range rs {
			switch width {
			case 1:
				buf = append(buf, byte(r))
			case 2:
				buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
			default:
				buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
			}
		}
	}
	h := int64(siphash13(buf))
	if h == -1 {
		h = -2
	}
	return h
}

// bytesHashOf hashes bytes as CPython does.
func bytesHashOf(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	h := int64(siphash13(b))
	if h == -1 {
		h = -2
	}
	return h
}

// siphash13 is SipHash-1-3 with key (0, 0).
func siphash13(b []byte) uint64 {
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(b)
	for len(b) >= 8 {
		m := binary.LittleEndian.Uint64(b)
		v3 ^= m
		round()
		v0 ^= m
		b = b[8:]
	}
	t := uint64(n) << 56
	for i := len(b) - 1; i >= 0; i-- {
		t |= uint64(b[i]) << (8 * uint(i))
	}
	v3 ^= t
	round()
	v0 ^= t
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}
