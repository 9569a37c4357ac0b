// fastbig_test.go checks the in-block big int path (fastbig.go) against
// CPython: a program combining ints of 0 to 60,000 bits (around the int64
// and 128-bit boundaries, both signs, karatsuba sizes) with every operator
// the path serves and the operations that read such ints (str, hash,
// float, comparisons, dict keys, shifts), run by python3 and by the VM with
// and without GC stress (every safepoint collects and poisons freed
// blocks, so a view kept across a collection shows). It also benchmarks
// the spigot's operations.

package vm

import (
	"math/big"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

const fastBigSrc = `
seed = 12345
def rnd(bits):
    global seed
    v = 0
    for _ in range(bits // 60 + 1):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        v = (v << 60) | (seed >> 4)
    return v % (1 << bits) if bits else 0

vals = [0, 1, -1, 2, 7, -7, 10, (1 << 63) - 1, -(1 << 63), 1 << 63, -(1 << 63) - 1,
        1 << 64, (1 << 64) - 1, (1 << 127), (1 << 128) - 1, 1 << 128, -(1 << 128), (1 << 128) + 1,
        (1 << 192) - 1, 10 ** 40, -(10 ** 40), True, False]
for bits in (65, 127, 129, 190, 256, 640, 2560, 2600, 5000, 60000):
    v = rnd(bits) | (1 << (bits - 1))
    vals += [v, -v, v + 1, -(v - 3)]
M = (1 << 61) - 1
def fp(r):
    if isinstance(r, bool):
        return repr(r)
    return "%d:%d:%d" % (r % M, r.bit_length(), r < 0)
for i, a in enumerate(vals):
    row = []
    for j, b in enumerate(vals):
        row.append(fp(a + b))
        row.append(fp(a - b))
        row.append(fp(a * b))
        row.append("%d%d%d%d%d%d" % (a < b, a <= b, a == b, a != b, a > b, a >= b))
        try:
            row.append(fp(a // b))
            row.append(fp(a % b))
            q, r = divmod(a, b)
            row.append(fp(q * b + r - a))
        except ZeroDivisionError as e:
            row.append("%s %s" % (type(e).__name__, e))
    print(i, "|".join(row))
print([str(v) for v in vals if abs(v) < 1 << 200], [str(-v) for v in vals if 1 << 60 < abs(v) < 1 << 130])
print(str(10 ** 19), str(10 ** 38), str(-10 ** 38 + 1), str(2 ** 64 * 10 ** 19), str(10 ** 19 + 2 ** 64 * (10 ** 19 - 1)))
big = [v for v in vals if abs(v) > 1 << 128]
for v in big:
    try:
        s = str(v)
        print(len(s), s[:30], s[-30:], int(s) == v)
    except ValueError as e:
        print(type(e).__name__, e)
    print(hash(v), -v == 0 - v, abs(v) == (v if v > 0 else -v), hex(v)[-20:])
    print(fp(+v), fp(-v), fp(abs(v)), +v is v, +True, -True, ~True, +False, fp(pow(v, 3, 10 ** 30 + 7)), fp(v ** 3 // v))
    print(fp(v << 3), fp(v >> 5), fp(v & ((1 << 200) - 1)), fp(v | 5), fp(v ^ -1), fp(~v), fp(v ** 2))
    try:
        print(float(v))
    except OverflowError as e:
        print(type(e).__name__, e)
    print(v / 3 if v.bit_length() < 1000 else 0, v * 1.0 if v.bit_length() < 1000 else 0)
    f = float(v) if v.bit_length() < 1000 else 1e308
    print(v < 1e300, v > -1e308, 1e200 < v, v == f, f == v, v < f, v > f, v != float("inf"), v < float("-inf"), v == float("nan"))
for v in vals:
    row = []
    for n in (0, 1, 5, 63, 64, 65, 127, 128, 129, 200, 3000, 70000):
        row.append(fp(v << n))
        row.append(fp(v >> n))
    for w in vals:
        row.append(fp(v & w))
        row.append(fp(v | w))
        row.append(fp(v ^ w))
    print("bits", "|".join(row))
print(True & True, True | False, True ^ True, False & 5, True << 70, (1 << 200) & True)
for a, b in [(1 << 200, -1), (-(1 << 200), -3), (5, -(1 << 100))]:
    try:
        print(a << b)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except ValueError as e:
        print(type(e).__name__, e)
d = {}
for v in big:
    d[v] = hex(v)[:7]
    d[v * 2 // 2] = hex(v)[:6]
print(len(d), sorted(d.values())[:6])
x = big[5]
acc = 1
for k in range(1, 400):
    acc = acc * k + x
    acc -= x // k
    if acc % 7 == 3:
        acc //= 3
print(fp(acc), acc > x, acc == acc + 0)
f = 1
for i in range(1, 1500):
    f *= i
print(sum(int(c) for c in str(f)), f // (f // 1000), f % 1000003)
h = 1 << (64 * 2 ** 20 + 5)  # beyond bigRawMaxWords: a side-table int
print((h + 1 - h), (h * 3) // h, h >> (64 * 2 ** 20), h % 1000007, hash(h) == hash(h * 1), h > h - 1, -h < 5, (h | 1) & 3, fp(h // (h >> 100)))
y = 10 ** 50
print(fp(y * y - y * y), y - y, (y + 1) - y, y // y, -y // y, y % y, (-y) % (y - 1), y // (y + 1))
`

func TestFastBigMatchesCPython(t *testing.T) {
	want, err := exec.Command("python3", "-c", fastBigSrc).Output()
	if err != nil {
		t.Skipf("python3 not available: %v", err)
	}
	for _, stress := range []bool{false, true} {
		got, stderr, code := run(t, fastBigSrc, stress)
		if got != string(want) || code != 0 {
			gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
			for i := range wl {
				if i >= len(gl) || gl[i] != wl[i] {
					g := ""
					if i < len(gl) {
						g = gl[i]
					}
					t.Fatalf("stress %v: exit %d, stderr %q\nline %d got:\n%.400s\nwant:\n%.400s", stress, code, stderr, i, g, wl[i])
				}
			}
			t.Fatalf("stress %v: exit %d, stderr %q, %d lines, want %d", stress, code, stderr, len(gl), len(wl))
		}
	}
}

// TestBigRawRoundTrip stores ints of every width from 0 to 300 bits and
// both signs, and a few wide ones, and reads them back.
func TestBigRawRoundTrip(t *testing.T) {
	v, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	for n := 0; n <= 300; n++ {
		for _, neg := range []bool{false, true} {
			x := new(big.Int).Lsh(big.NewInt(1), uint(n))
			x.Sub(x, big.NewInt(int64(n)))
			if neg {
				x.Neg(x)
			}
			val := v.newBig(new(big.Int).Set(x))
			if x.BitLen() > 128 && !(val.Tag() == TagBigInt && v.kindOf(val.Ref()) == kindBigInt) {
				t.Fatalf("%v: not stored as a raw big int", x)
			}
			if got := v.bigOf(val); got.Cmp(x) != 0 {
				t.Fatalf("round trip of %v gave %v", x, got)
			}
			var tmp big.Int
			if got, _ := v.bigView(val, &tmp, &v.bigScratch.bx); got.Cmp(x) != 0 {
				t.Fatalf("view of %v gave %v", x, got)
			}
		}
	}
}

// benchBigOp times one operator on a 1400-word int and a small or equally
// wide operand (the pi spigot's shapes), in the VM's int path.
func benchBigOp(b *testing.B, op bytecode.Op, wide bool) {
	v, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer v.Close()
	x := new(big.Int).Lsh(big.NewInt(3), 1400*64)
	x.Sub(x, big.NewInt(12345))
	av := v.newBig(x)
	bv := gc.Int(12347)
	if wide {
		bv = v.newBig(new(big.Int).Rsh(x, 7))
	}
	v.heap.PushRoot(av)
	v.heap.PushRoot(bv)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := v.intOp(op, av, bv); err != nil {
			b.Fatal(err)
		}
		v.heap.MaybeCollect()
	}
}

func BenchmarkBigMulSmall(b *testing.B)      { benchBigOp(b, bytecode.MUL, false) }
func BenchmarkBigAdd(b *testing.B)           { benchBigOp(b, bytecode.ADD, true) }
func BenchmarkBigSub(b *testing.B)           { benchBigOp(b, bytecode.SUB, true) }
func BenchmarkBigFloorDivSmall(b *testing.B) { benchBigOp(b, bytecode.FLOORDIV, false) }
func BenchmarkBigFloorDivWide(b *testing.B)  { benchBigOp(b, bytecode.FLOORDIV, true) }

// BenchmarkBigCmp times a comparison of two 1400-word ints.
func BenchmarkBigCmp(b *testing.B) {
	v, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer v.Close()
	x := new(big.Int).Lsh(big.NewInt(3), 1400*64)
	av, bv := v.newBig(x), v.newBig(new(big.Int).Add(x, big.NewInt(1)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := v.compare(bytecode.LT, av, bv); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBigDivSmallQuotient checks // and % of operands whose quotient is
// small (the estimate-and-correct path) against math/big, on random
// operands of all sign combinations, exact multiples, and divisors whose
// top 64 bits are all ones (the estimate's 2**64 divisor).
func TestBigDivSmallQuotient(t *testing.T) {
	v, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	randBig := func(bits int) *big.Int {
		x := new(big.Int)
		for i := 0; i < bits; i += 64 {
			x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(rng.Uint64()))
		}
		x.Rsh(x, uint(x.BitLen()-bits+1))
		return x.SetBit(x, bits-1, 1)
	}
	floorDivMod := func(a, b *big.Int) (*big.Int, *big.Int) {
		q, m := new(big.Int).QuoRem(a, b, new(big.Int))
		if m.Sign() != 0 && m.Sign() != b.Sign() {
			q.Sub(q, big.NewInt(1))
			m.Add(m, b)
		}
		return q, m
	}
	for i := 0; i < 20000; i++ {
		ly := 65 + rng.IntN(400)
		y := randBig(ly)
		if i%5 == 0 { // top 64 bits all ones
			y.Or(y, new(big.Int).Lsh(new(big.Int).SetUint64(^uint64(0)), uint(ly-64)))
		}
		var x *big.Int
		switch i % 4 {
		case 0:
			x = new(big.Int).Mul(y, new(big.Int).SetUint64(rng.Uint64()>>uint(rng.IntN(64))))
		case 1:
			x = randBig(max(1, ly-3+rng.IntN(70)))
		case 2:
			x = new(big.Int).Mul(y, new(big.Int).SetUint64(rng.Uint64()>>1))
			x.Add(x, new(big.Int).Sub(y, big.NewInt(1)))
		default:
			x = new(big.Int).Sub(y, big.NewInt(int64(rng.IntN(3))))
		}
		if rng.IntN(2) == 0 {
			x.Neg(x)
		}
		if rng.IntN(2) == 0 {
			y.Neg(y)
		}
		wq, wm := floorDivMod(x, y)
		xv, yv := v.newBig(new(big.Int).Set(x)), v.newBig(new(big.Int).Set(y))
		for _, op := range []bytecode.Op{bytecode.FLOORDIV, bytecode.MOD} {
			got, err := v.intOp(op, xv, yv)
			if err != nil {
				t.Fatal(err)
			}
			want := wq
			if op == bytecode.MOD {
				want = wm
			}
			if g := v.bigOf(got); g.Cmp(want) != 0 {
				t.Fatalf("%v %v %v = %v, want %v", x, op, y, g, want)
			}
		}
		if i%1000 == 0 {
			v.heap.Collect()
		}
	}
}
