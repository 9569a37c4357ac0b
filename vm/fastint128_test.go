// fastint128_test.go checks the 128-bit int fast path against math/big on
// operands around the int64, 64-bit and 128-bit boundaries.

package vm

import (
	"math/big"
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

func TestIntOp128MatchesBig(t *testing.T) {
	v, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	var vals []*big.Int
	one := big.NewInt(1)
	for _, e := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 100, 126, 127, 128, 129} {
		p := new(big.Int).Lsh(one, e)
		for _, d := range []int64{-1, 0, 1, 12345} {
			x := new(big.Int).Add(p, big.NewInt(d))
			vals = append(vals, x, new(big.Int).Neg(x))
		}
	}
	vals = append(vals, big.NewInt(0), big.NewInt(7), big.NewInt(6364136223846793005))
	ops := []bytecode.Op{bytecode.ADD, bytecode.SUB, bytecode.MUL, bytecode.FLOORDIV, bytecode.MOD,
		bytecode.LSHIFT, bytecode.RSHIFT, bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR}
	hits := 0
	for _, a := range vals {
		for _, b := range vals {
			av, bv := v.newBig(new(big.Int).Set(a)), v.newBig(new(big.Int).Set(b))
			for _, op := range ops {
				got, ok := v.intOp128(op, av, bv)
				if !ok {
					continue
				}
				hits++
				want := new(big.Int)
				switch op {
				case bytecode.ADD:
					want.Add(a, b)
				case bytecode.SUB:
					want.Sub(a, b)
				case bytecode.MUL:
					want.Mul(a, b)
				case bytecode.FLOORDIV, bytecode.MOD:
					q, m := new(big.Int), new(big.Int)
					q.DivMod(a, b, m) // Euclidean: adjust to floor
					if m.Sign() != 0 && b.Sign() < 0 {
						q.Sub(q, one)
						m.Add(m, b)
					}
					if op == bytecode.FLOORDIV {
						want = q
					} else {
						want = m
					}
				case bytecode.LSHIFT:
					want.Lsh(a, uint(b.Uint64()))
				case bytecode.RSHIFT:
					if b.BitLen() > 16 {
						want.SetInt64(0)
					} else {
						want.Rsh(a, uint(b.Uint64()))
					}
				case bytecode.BITAND:
					want.And(a, b)
				case bytecode.BITOR:
					want.Or(a, b)
				case bytecode.BITXOR:
					want.Xor(a, b)
				}
				if g := v.toInt(got).String(); g != want.String() {
					t.Errorf("%s %v %s = %s, want %s", a, op, b, g, want)
				}
			}
			x, okx := v.int128Of(av)
			y, oky := v.int128Of(bv)
			if okx && oky {
				if c := x.cmp(y); c != a.Cmp(b) {
					t.Errorf("cmp(%s, %s) = %d, want %d", a, b, c, a.Cmp(b))
				}
			}
		}
	}
	if hits < 1000 {
		t.Errorf("the fast path took only %d cases", hits)
	}
}
