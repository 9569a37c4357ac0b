// record_pow_test.go checks the in-trace x ** c of record_pow.go against
// the interpreter's num.FloatPow: the float64 replay on a million random
// and edge inputs per exponent (every result that passes the guards must
// be bit-identical, and the rounding guard may fail on at most one random
// input in a million), and the emitted IR run by the reference executor
// ir.Exec on a smaller sample (same exits, same bits as the replay).

package trace

import (
	"math"
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm/num"
)

var powTestExponents = []float64{1, 2, -1, 0.5, 1.5, -1.5, -0.5, 3, 4, -2, -3, -4}

// powEdgeInputs are the special values, the guard boundaries and their
// neighbours, and inputs whose power is exactly halfway between two
// doubles (262143**3 has 54 significant bits).
func powEdgeInputs() []float64 {
	base := []float64{0, 1, 2, 0.5, 3, 10, 1e-300, 1e300, 5e-324, 2.2250738585072014e-308,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN(),
		powSqrtMin, powSqrtMax, powIntMin, powIntMax, 0x1p511, 0x1p512, 0x1p-1023, 0x1p-1024,
		262143, 262143.0 * 262143.0, 131071, 4, 9, 16, 0.25, 1 + 0x1p-52, 1 - 0x1p-53,
		0.1, 1.7, 12345.678}
	var xs []float64
	for _, x := range base {
		for _, v := range []float64{x, math.Nextafter(x, 0), math.Nextafter(x, math.Inf(1))} {
			xs = append(xs, v, -v)
		}
	}
	return xs
}

// powInRange returns a random input on which the in-trace evaluation is
// meant to succeed (outside a rounding-test failure) for exponent c.
func powInRange(rng *rand.Rand, c float64) float64 {
	m := 1 + rng.Float64()
	sign := 1.0
	if rng.Intn(2) == 0 {
		sign = -1
	}
	switch c {
	case 1.5, -1.5, -0.5:
		return math.Ldexp(m, rng.Intn(1200)-600)
	case 3, 4, -2, -3, -4:
		return sign * math.Ldexp(m, rng.Intn(480)-240)
	case 2:
		return sign * math.Ldexp(m, rng.Intn(1070)-1074)
	case -1:
		return sign * math.Ldexp(m, rng.Intn(2045)-1022)
	case 0.5:
		return math.Ldexp(m, rng.Intn(2090)-1074)
	}
	return sign * math.Ldexp(m, rng.Intn(2090)-1074)
}

// checkPowInput compares the replay with num.FloatPow for one input and
// reports whether the trace would have exited.
func checkPowInput(t *testing.T, x, c float64) (exited bool) {
	got, ok := powConstFloat(x, c)
	if !ok {
		return true
	}
	want, isComplex, err := num.FloatPow(x, c)
	if isComplex || err != nil {
		t.Fatalf("%g ** %g: the trace returns %g, FloatPow complex=%v err=%v", x, c, got, isComplex, err)
	}
	if math.Float64bits(got) != math.Float64bits(want) {
		t.Fatalf("%g ** %g: the trace returns %v (%#x), FloatPow %v (%#x)", x, c, got, math.Float64bits(got), want, math.Float64bits(want))
	}
	return false
}

func TestPowConstMatchesFloatPow(t *testing.T) {
	n := 1_000_000
	if testing.Short() {
		n = 50_000
	}
	rng := rand.New(rand.NewSource(11))
	for _, c := range powTestExponents {
		for _, x := range powEdgeInputs() {
			checkPowInput(t, x, c)
		}
		fallbacks := 0
		for i := 0; i < n; i++ {
			if checkPowInput(t, powInRange(rng, c), c) {
				fallbacks++
			}
			// Any double at all: only agreement is required.
			checkPowInput(t, math.Float64frombits(rng.Uint64()), c)
		}
		if fallbacks > n/1_000_000 {
			t.Errorf("x ** %g: %d of %d in-range inputs exit the trace", c, fallbacks, n)
		}
		t.Logf("x ** %g: %d fallbacks in %d in-range inputs", c, fallbacks, n)
	}
}

// TestPowConstHalfway checks that inputs whose power is exactly halfway
// between two doubles fail the rounding guard (the interpreter rounds
// them), rather than being rounded the wrong way.
func TestPowConstHalfway(t *testing.T) {
	for _, tc := range []struct{ x, c float64 }{{262143, 3}, {-262143, 3}, {262143.0 * 262143.0, 1.5}} {
		if _, ok := powConstFloat(tc.x, tc.c); ok {
			t.Errorf("%g ** %g: a halfway result passed the rounding guard", tc.x, tc.c)
		}
	}
	// Exact results that are doubles pass it.
	for _, tc := range []struct{ x, c, want float64 }{{4, 1.5, 8}, {4, -1.5, 0.125}, {-3, 3, -27}, {2, -4, 0.0625}, {16, -0.5, 0.25}} {
		if got, ok := powConstFloat(tc.x, tc.c); !ok || got != tc.want {
			t.Errorf("%g ** %g = %g, %v; want %g", tc.x, tc.c, got, ok, tc.want)
		}
	}
}

// powTrace is a trace computing slot 0 ** c into slot 1, exiting at pc 1
// where a guard fails and at pc 2 otherwise. With constX the base is the
// constant x instead (everything folds).
func powTrace(c float64, constX bool, x float64) *ir.Trace {
	tr := ir.NewTrace("pow", 2)
	b := ir.NewBuilder(tr, ir.AllOn)
	guardSnap := b.AddSnap(ir.Snapshot{PC: 1})
	var base ir.Ref
	if constX {
		base = b.KFloat(x)
	} else {
		base = b.SLoad(0, ir.Float)
	}
	r := emitPowConst(b, base, c, guardSnap)
	b.SStore(1, b.KTag(uint64(gc.TagFloat)), r)
	b.Exit(b.AddSnap(ir.Snapshot{PC: 2}))
	return tr
}

// runPowTrace runs tr on x and returns the result and whether it exited
// through a guard.
func runPowTrace(t *testing.T, tr *ir.Trace, x float64) (float64, bool) {
	m := &ir.Machine{Frame: []ir.Value{{Tag: uint64(gc.TagFloat), Bits: math.Float64bits(x)}, {}}, Mem: map[uint32]ir.Word{}, Top: 4096}
	out, err := ir.Exec(tr, m, 1)
	if err != nil {
		t.Fatalf("exec: %v\n%s", err, tr)
	}
	switch out.PC {
	case 1:
		return 0, true
	case 2:
		return math.Float64frombits(m.Frame[1].Bits), false
	}
	t.Fatalf("exit at pc %d", out.PC)
	return 0, false
}

func TestPowConstIR(t *testing.T) {
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	rng := rand.New(rand.NewSource(12))
	for _, c := range powTestExponents {
		tr := powTrace(c, false, 0)
		if err := ir.Verify(tr); err != nil {
			t.Fatalf("x ** %g: %v\n%s", c, err, tr)
		}
		if c == 1.5 {
			t.Logf("x ** 1.5: %d instructions\n%s", tr.Len()-1, tr)
		}
		xs := powEdgeInputs()
		for i := 0; i < n; i++ {
			xs = append(xs, powInRange(rng, c), math.Float64frombits(rng.Uint64()))
		}
		for i, x := range xs {
			want, wantOK := powConstFloat(x, c)
			got, exited := runPowTrace(t, tr, x)
			if exited == wantOK || (wantOK && math.Float64bits(got) != math.Float64bits(want)) {
				t.Fatalf("%v ** %g: IR gives %v exited=%v, the replay %v ok=%v", x, c, got, exited, want, wantOK)
			}
			if i%50 != 0 {
				continue
			}
			// A constant base folds to a constant (or an exit).
			got, exited = runPowTrace(t, powTrace(c, true, x), x)
			if exited == wantOK || (wantOK && math.Float64bits(got) != math.Float64bits(want)) {
				t.Fatalf("constant %v ** %g: IR gives %v exited=%v, the replay %v ok=%v", x, c, got, exited, want, wantOK)
			}
		}
	}
}
