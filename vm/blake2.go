// blake2.go holds BLAKE2b and BLAKE2s (RFC 7693) with the parameter block
// of the BLAKE2 paper (digest size, key, salt, personalization, tree
// parameters), written for hashlib.blake2b/blake2s (mod_hashlib.go): Go's
// standard library has no BLAKE2, and golang.org/x/crypto is not a
// dependency of hotloop.

package vm

import (
	"encoding/binary"
	"math/bits"
)

// blake2Sigma is the message word schedule of each round (BLAKE2b's
// rounds 10 and 11 reuse rows 0 and 1).
var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2bIV and blake2sIV are the initial chaining values (those of
// SHA-512 and SHA-256).
var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}
var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// blake2Params are the parameters of a BLAKE2 instance (already checked
// against the variant's limits by the caller).
type blake2Params struct {
	digestSize int
	key        []byte
	salt       []byte
	person     []byte
	fanout     int
	depth      int
	leafSize   uint32
	nodeOffset uint64
	nodeDepth  int
	innerSize  int
	lastNode   bool
	wide       bool // BLAKE2b (64-bit words) rather than BLAKE2s
}

// block builds the parameter block that is XORed into the IV.
func (p *blake2Params) block() []byte {
	if p.wide {
		b := make([]byte, 64)
		b[0], b[1], b[2], b[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
		binary.LittleEndian.PutUint32(b[4:], p.leafSize)
		binary.LittleEndian.PutUint64(b[8:], p.nodeOffset)
		b[16], b[17] = byte(p.nodeDepth), byte(p.innerSize)
		copy(b[32:48], p.salt)
		copy(b[48:64], p.person)
		return b
	}
	b := make([]byte, 32)
	b[0], b[1], b[2], b[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
	binary.LittleEndian.PutUint32(b[4:], p.leafSize)
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
	copy(b[8:14], off[:6])
	b[14], b[15] = byte(p.nodeDepth), byte(p.innerSize)
	copy(b[16:24], p.salt)
	copy(b[24:32], p.person)
	return b
}

// blake2State is a running BLAKE2b or BLAKE2s computation. Both variants
// share the buffering; the chaining value is kept in 64-bit words for
// BLAKE2b and in the low halves of them for BLAKE2s.
type blake2State struct {
	wide     bool
	h        [8]uint64
	t        [2]uint64 // byte counter (BLAKE2s uses t[0] as 64 bits)
	buf      [128]byte
	n        int // bytes in buf
	size     int
	lastNode bool
}

// newBlake2 starts a computation with parameters p.
func newBlake2(p *blake2Params) *blake2State {
	s := &blake2State{wide: p.wide, size: p.digestSize, lastNode: p.lastNode}
	pb := p.block()
	for i := 0; i < 8; i++ {
		if p.wide {
			s.h[i] = blake2bIV[i] ^ binary.LittleEndian.Uint64(pb[8*i:])
		} else {
			s.h[i] = uint64(blake2sIV[i] ^ binary.LittleEndian.Uint32(pb[4*i:]))
		}
	}
	if len(p.key) > 0 {
		var kb [128]byte
		copy(kb[:], p.key)
		_, _ = s.Write(kb[:s.blockSize()])
	}
	return s
}

func (s *blake2State) blockSize() int {
	if s.wide {
		return 128
	}
	return 64
}

// Write feeds p; the last block is kept until Sum, which must compress it
// with the final flag.
func (s *blake2State) Write(p []byte) (int, error) {
	n := len(p)
	bs := s.blockSize()
	for len(p) > 0 {
		if s.n == bs {
			s.addCounter(uint64(bs))
			s.compress(s.buf[:bs], false)
			s.n = 0
		}
		c := copy(s.buf[s.n:bs], p)
		s.n += c
		p = p[c:]
	}
	return n, nil
}

func (s *blake2State) addCounter(k uint64) {
	if s.wide {
		s.t[0] += k
		if s.t[0] < k {
			s.t[1]++
		}
		return
	}
	s.t[0] += k
}

// Sum returns the digest of what was written, appended to b; s is left
// unchanged.
func (s *blake2State) Sum(b []byte) []byte {
	c := *s
	bs := c.blockSize()
	c.addCounter(uint64(c.n))
	clear(c.buf[c.n:bs])
	c.compress(c.buf[:bs], true)
	out := make([]byte, 64)
	for i := 0; i < 8; i++ {
		if c.wide {
			binary.LittleEndian.PutUint64(out[8*i:], c.h[i])
		} else {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(c.h[i]))
		}
	}
	return append(b, out[:c.size]...)
}

// Size and BlockSize complete hash.Hash.
func (s *blake2State) Size() int      { return s.size }
func (s *blake2State) BlockSize() int { return s.blockSize() }

// Reset is not used by hashlib (a hash object is never reset).
func (s *blake2State) Reset() {}

// cloneState copies the running state (hashClone in mod_hashlib.go).
func (s *blake2State) cloneState() hashState {
	c := *s
	return &c
}

func (s *blake2State) compress(block []byte, last bool) {
	if s.wide {
		s.compressB(block, last)
	} else {
		s.compressS(block, last)
	}
}

func (s *blake2State) compressB(block []byte, last bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], s.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= s.t[0]
	v[13] ^= s.t[1]
	if last {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint64) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		sg := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := 0; i < 8; i++ {
		s.h[i] ^= v[i] ^ v[i+8]
	}
}

func (s *blake2State) compressS(block []byte, last bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	for i := 0; i < 8; i++ {
		v[i] = uint32(s.h[i])
		v[i+8] = blake2sIV[i]
	}
	v[12] ^= uint32(s.t[0])
	v[13] ^= uint32(s.t[0] >> 32)
	if last {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint32) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		sg := &blake2Sigma[r]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := 0; i < 8; i++ {
		s.h[i] = uint64(uint32(s.h[i]) ^ v[i] ^ v[i+8])
	}
}
