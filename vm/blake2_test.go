// blake2_test.go checks blake2.go against the "abc" vectors of RFC 7693
// (appendices A and B) and checks that feeding in pieces, copying and
// keyed hashing agree with one-shot hashing.

package vm

import (
	"bytes"
	"encoding/hex"
	"testing"
)

func TestBlake2Vectors(t *testing.T) {
	cases := []struct {
		wide bool
		size int
		want string
	}{
		{true, 64, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"},
		{false, 32, "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"},
	}
	for _, c := range cases {
		s := newBlake2(&blake2Params{digestSize: c.size, fanout: 1, depth: 1, wide: c.wide})
		_, _ = s.Write([]byte("abc"))
		if got := hex.EncodeToString(s.Sum(nil)); got != c.want {
			t.Errorf("wide=%v: got %s, want %s", c.wide, got, c.want)
		}
	}
}

func TestBlake2Pieces(t *testing.T) {
	data := make([]byte, 1000)
	for i := range data {
		data[i] = byte(i * 7)
	}
	for _, wide := range []bool{true, false} {
		for _, n := range []int{0, 1, 63, 64, 65, 127, 128, 129, 1000} {
			p := &blake2Params{digestSize: 20, key: []byte("key"), salt: []byte("salt"), fanout: 1, depth: 1, wide: wide}
			one := newBlake2(p)
			_, _ = one.Write(data[:n])
			parts := newBlake2(p)
			for i := 0; i < n; i += 13 {
				_, _ = parts.Write(data[i:min(i+13, n)])
			}
			c := parts.cloneState().(*blake2State)
			_, _ = c.Write([]byte("x"))
			if !bytes.Equal(one.Sum(nil), parts.Sum(nil)) {
				t.Errorf("wide=%v n=%d: pieces differ from one-shot", wide, n)
			}
			if bytes.Equal(c.Sum(nil), parts.Sum(nil)) {
				t.Errorf("wide=%v n=%d: writing to a copy changed nothing", wide, n)
			}
		}
	}
}
