// leb128_test.go checks the LEB128 encoders against worked examples (the
// DWARF specification's and the wasm spec's edge values, computed by hand)
// and against a decoder written here, over random and boundary values.

package wasmgen

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"
)

func TestUleb128Examples(t *testing.T) {
	cases := []struct {
		v    uint64
		want []byte
	}{
		{0, []byte{0x00}},
		{1, []byte{0x01}},
		{127, []byte{0x7f}},
		{128, []byte{0x80, 0x01}},
		{129, []byte{0x81, 0x01}},
		{130, []byte{0x82, 0x01}},
		{12857, []byte{0xb9, 0x64}},
		{16383, []byte{0xff, 0x7f}},
		{16384, []byte{0x80, 0x80, 0x01}},
		{624485, []byte{0xe5, 0x8e, 0x26}},
		{math.MaxUint32, []byte{0xff, 0xff, 0xff, 0xff, 0x0f}},
		{1 << 32, []byte{0x80, 0x80, 0x80, 0x80, 0x10}},
		{math.MaxUint64, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}},
	}
	for _, c := range cases {
		if got := AppendUleb128(nil, c.v); !bytes.Equal(got, c.want) {
			t.Errorf("uleb128(%d) = % x, want % x", c.v, got, c.want)
		}
	}
}

func TestSleb128Examples(t *testing.T) {
	cases := []struct {
		v    int64
		want []byte
	}{
		{0, []byte{0x00}},
		{1, []byte{0x01}},
		{-1, []byte{0x7f}},
		{2, []byte{0x02}},
		{-2, []byte{0x7e}},
		{63, []byte{0x3f}},
		{64, []byte{0xc0, 0x00}},
		{-64, []byte{0x40}},
		{-65, []byte{0xbf, 0x7f}},
		{127, []byte{0xff, 0x00}},
		{-127, []byte{0x81, 0x7f}},
		{128, []byte{0x80, 0x01}},
		{-128, []byte{0x80, 0x7f}},
		{129, []byte{0x81, 0x01}},
		{-129, []byte{0xff, 0x7e}},
		{-123456, []byte{0xc0, 0xbb, 0x78}},
		{math.MaxInt32, []byte{0xff, 0xff, 0xff, 0xff, 0x07}},
		{math.MinInt32, []byte{0x80, 0x80, 0x80, 0x80, 0x78}},
		{math.MaxInt64, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00}},
		{math.MinInt64, []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f}},
	}
	for _, c := range cases {
		if got := AppendSleb128(nil, c.v); !bytes.Equal(got, c.want) {
			t.Errorf("sleb128(%d) = % x, want % x", c.v, got, c.want)
		}
	}
}

// decodeUleb and decodeSleb are straightforward decoders written for the
// round trip; they return the value and the number of bytes read.
func decodeUleb(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		v |= uint64(c&0x7f) << (7 * i)
		if c&0x80 == 0 {
			return v, i + 1
		}
	}
	return v, -1
}

func decodeSleb(b []byte) (int64, int) {
	var v int64
	for i, c := range b {
		v |= int64(c&0x7f) << (7 * i)
		if c&0x80 == 0 {
			if shift := 7 * (i + 1); shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i + 1
		}
	}
	return v, -1
}

// interesting returns boundary values: powers of two and their
// neighbours, where the encoded length changes.
func interesting() []uint64 {
	var vs []uint64
	for s := 0; s < 64; s++ {
		p := uint64(1) << s
		vs = append(vs, p-1, p, p+1, -p, -p-1, -p+1)
	}
	return vs
}

func TestLeb128RoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vs := interesting()
	for range 100000 {
		vs = append(vs, r.Uint64()>>r.IntN(64))
	}
	for _, v := range vs {
		b := AppendUleb128([]byte{0xaa}, v)[1:]
		got, n := decodeUleb(b)
		if got != v || n != len(b) {
			t.Fatalf("uleb round trip %d: % x decodes to %d (%d bytes)", v, b, got, n)
		}
		// Minimal: no redundant trailing 0x80 0x00 groups.
		if len(b) > 1 && b[len(b)-1] == 0 {
			t.Fatalf("uleb(%d) = % x is not minimal", v, b)
		}
		if want := (bitsLen(v) + 6) / 7; len(b) != max(want, 1) {
			t.Fatalf("uleb(%d) has %d bytes, want %d", v, len(b), want)
		}

		sv := int64(v)
		sb := AppendSleb128(nil, sv)
		sgot, sn := decodeSleb(sb)
		if sgot != sv || sn != len(sb) {
			t.Fatalf("sleb round trip %d: % x decodes to %d (%d bytes)", sv, sb, sgot, sn)
		}
		if len(sb) > 1 {
			// Minimal: dropping the last byte must change the value.
			last, prev := sb[len(sb)-1], sb[len(sb)-2]
			if (last == 0x00 && prev&0x40 == 0) || (last == 0x7f && prev&0x40 != 0) {
				t.Fatalf("sleb(%d) = % x is not minimal", sv, sb)
			}
		}
	}
}

func bitsLen(v uint64) int {
	n := 0
	for v != 0 {
		n++
		v >>= 1
	}
	return n
}
