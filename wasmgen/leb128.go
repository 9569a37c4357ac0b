// leb128.go holds the LEB128 variable-length integer encodings that the
// wasm binary format uses for every index, length and integer immediate.

package wasmgen

// AppendUleb128 appends v to b in unsigned LEB128: seven bits a byte,
// least significant first, the high bit set on every byte but the last.
func AppendUleb128(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// AppendSleb128 appends v to b in signed LEB128: it stops after the byte
// whose bit 6 (the sign of what remains) agrees with the rest of v, which
// is then all zeros or all ones.
func AppendSleb128(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7 // arithmetic shift keeps the sign
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// appendU32 appends an unsigned LEB128 u32 (indices, counts, lengths).
func appendU32(b []byte, v uint32) []byte { return AppendUleb128(b, uint64(v)) }

// appendName appends a wasm name: its byte length, then its bytes.
func appendName(b []byte, s string) []byte {
	b = appendU32(b, uint32(len(s)))
	return append(b, s...)
}
