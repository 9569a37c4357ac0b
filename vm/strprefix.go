// strprefix.go holds the sort prefix of a str's text.

package vm

import "encoding/binary"

// strPrefix returns the first 8 bytes of t as a big-endian integer, zero
// padded when t is shorter. For texts a and b, strPrefix(a) <
// strPrefix(b) implies a < b (bytewise, which for WTF-8 is code point
// order): the first byte where the prefixes differ is either the first
// where the texts differ, or a padding zero against a byte of the longer
// text, which is then greater. Equal prefixes decide nothing ("a" and
// "a\x00" have the same one).
func strPrefix(t string) uint64 {
	if len(t) >= 8 {
		return binary.BigEndian.Uint64([]byte(t[:8]))
	}
	var b [8]byte
	copy(b[:], t)
	return binary.BigEndian.Uint64(b[:])
}
