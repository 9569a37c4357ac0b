// This file holds seeding and the state round trip. CPython turns every
// seed into a non-negative int n and feeds init_by_array the 32-bit words
// of n, least significant first (one zero word for n = 0):
//
//   - an int seeds with its absolute value;
//   - str, bytes and bytearray (version 2, the default) seed with the int
//     whose big-endian bytes are the data followed by its SHA-512 digest
//     (str is encoded to UTF-8 first);
//   - version 1 folds the characters into a 64-bit string hash;
//   - any other hashable object (float, or str with version 3) seeds with
//     hash(x) read as an unsigned 64-bit number;
//   - None seeds from 624 words of operating-system entropy.
//
// Every seed also forgets gauss()'s cached value.

package random

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math/big"
	"time"
)

// seedWords seeds from the non-negative int whose little-endian 32-bit
// words are key (an empty key means 0).
func (r *Random) seedWords(key []uint32) {
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
	r.hasGaussNext = false
}

// SeedInt seeds as random.seed(n) does for an int n (its sign is ignored).
func (r *Random) SeedInt(n *big.Int) {
	words := n.Bits() // magnitude, little-endian
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if ^big.Word(0) != big.Word(^uint32(0)) {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 0 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	r.seedWords(key)
}

// SeedInt64 seeds as random.seed(n) does for an int n.
func (r *Random) SeedInt64(n int64) {
	m := uint64(n)
	if n < 0 {
		m = -m
	}
	r.seedUint64(m)
}

func (r *Random) seedUint64(m uint64) {
	if m>>32 != 0 {
		r.seedWords([]uint32{uint32(m), uint32(m >> 32)})
	} else {
		r.seedWords([]uint32{uint32(m)})
	}
}

// SeedHash seeds as CPython's _random does for a seed that is neither None
// nor an int (after random.py's conversions): from hash(x), reinterpreted
// as an unsigned 64-bit number. random.seed(1.5) is SeedHash(hash(1.5)).
func (r *Random) SeedHash(hash int64) {
	r.seedUint64(uint64(hash))
}

// SeedBytes seeds as random.seed(b) does for bytes or bytearray b with the
// default version 2.
func (r *Random) SeedBytes(b []byte) {
	digest := sha512.Sum512(b)
	data := make([]byte, 0, len(b)+len(digest))
	data = append(append(data, b...), digest[:]...)
	// The big-endian number data, as little-endian 32-bit words; leading
	// zero bytes simply give high zero words, which are trimmed.
	key := make([]uint32, 0, len(data)/4+1)
	for end := len(data); end > 0; end -= 4 {
		var w uint32
		for i := max(end-4, 0); i < end; i++ {
			w = w<<8 | uint32(data[i])
		}
		key = append(key, w)
	}
	for len(key) > 0 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	r.seedWords(key)
}

// SeedString seeds as random.seed(s) does for a str s with the default
// version 2: s is the UTF-8 encoding. (A str holding lone surrogates makes
// CPython's s.encode() raise UnicodeEncodeError; the interpreter must
// raise it before calling.)
func (r *Random) SeedString(s string) {
	r.SeedBytes([]byte(s))
}

// SeedVersion1 seeds as random.seed(a, version=1) does for a str or bytes
// a; chars are the code points of the str, or the byte values of bytes.
func (r *Random) SeedVersion1(chars []rune) {
	var x uint64
	if len(chars) > 0 {
		x = uint64(chars[0]) << 7
	}
	for _, c := range chars {
		x = 1000003*x ^ uint64(c)
	}
	x ^= uint64(len(chars))
	r.seedUint64(x)
}

// SeedEntropy seeds as random.seed() (or seed(None)) does: from 624 words
// of operating-system randomness, falling back, like CPython, to the time
// if none is available.
func (r *Random) SeedEntropy() {
	buf := make([]byte, 4*stateWords)
	if _, err := rand.Read(buf); err != nil {
		now := uint64(time.Now().UnixNano())
		r.seedWords([]uint32{uint32(now), uint32(now >> 32)})
		return
	}
	key := make([]uint32, stateWords)
	for i := range key {
		key[i] = binary.NativeEndian.Uint32(buf[4*i:])
	}
	r.initByArray(key)
	r.hasGaussNext = false
}

// State is the whole state of a generator, the content of the tuple
// random.getstate() returns: (3, Key + (Pos,), GaussNext or None).
type State struct {
	Key          [stateWords]uint32
	Pos          int // 0 to 624
	GaussNext    float64
	HasGaussNext bool // false: gauss_next is None
}

// GetState returns the generator's state (random.getstate()).
func (r *Random) GetState() State {
	s := State{Pos: int(r.cells().Pos), GaussNext: r.gaussNext, HasGaussNext: r.hasGaussNext}
	for i, c := range &r.st.MT {
		s.Key[i] = c.W
	}
	return s
}

// setWords stores key and pos as the twister state.
func (r *Random) setWords(key *[stateWords]uint32, pos int) {
	st := r.cells()
	for i, w := range key {
		st.MT[i].W = w
	}
	st.Pos = int64(pos)
}

// Restore sets the generator's state from a GetState result; it fails,
// as setstate() does, if Pos is not between 0 and 624.
func (r *Random) Restore(s State) error {
	if s.Pos < 0 || s.Pos > stateWords {
		return valueError("invalid state")
	}
	r.setWords(&s.Key, s.Pos)
	r.gaussNext, r.hasGaussNext = s.GaussNext, s.HasGaussNext
	return nil
}

// SetState is random.setstate((version, internal, gauss_next)) once the
// interpreter has checked that the state unpacks into three items, that
// version is 2 or 3 (else SetStateVersionError), that internal is a tuple
// of ints (else MsgStateNotTuple, MsgStateElementType), and has converted
// gauss_next (hasGauss false for None).
//
// As in random.py, gauss_next is stored first, so it changes even when
// the internal state is then rejected. Version 2 states are reduced
// modulo 2**32 first. The internal state must have 625 items, the words
// must fit a C unsigned long (only their low 32 bits are kept) and the
// position must be a C long between 0 and 624.
func (r *Random) SetState(version int, internal []*big.Int, gaussNext float64, hasGauss bool) error {
	r.gaussNext, r.hasGaussNext = gaussNext, hasGauss
	if version == 2 {
		mod := new(big.Int).Lsh(big.NewInt(1), 32)
		reduced := make([]*big.Int, len(internal))
		for i, x := range internal {
			reduced[i] = new(big.Int).Mod(x, mod) // Euclidean: non-negative, as Python's %
		}
		internal = reduced
	}
	if len(internal) != stateWords+1 {
		return valueError("state vector is the wrong size")
	}
	var key [stateWords]uint32
	for i, x := range internal[:stateWords] {
		if x.Sign() < 0 {
			return overflowError("can't convert negative value to unsigned int")
		}
		if x.BitLen() > 64 {
			return overflowError("Python int too large to convert to C unsigned long")
		}
		key[i] = uint32(x.Uint64())
	}
	last := internal[stateWords]
	if !last.IsInt64() {
		return overflowError("Python int too large to convert to C long")
	}
	pos := last.Int64()
	if pos < 0 || pos > stateWords {
		return valueError("invalid state")
	}
	r.setWords(&key, int(pos))
	return nil
}

// SetGauss sets gauss()'s cached value (none when has is false), as
// random.py's setstate does before it checks the internal state.
func (r *Random) SetGauss(g float64, has bool) { r.gaussNext, r.hasGaussNext = g, has }

// InternalState returns the 625 ints of getstate()[1]: the 624 words and
// the position.
func (r *Random) InternalState() []int64 {
	out := make([]int64, stateWords+1)
	st := r.cells()
	for i, c := range &st.MT {
		out[i] = int64(c.W)
	}
	out[stateWords] = st.Pos
	return out
}
