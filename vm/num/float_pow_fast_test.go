// This file checks the fast path of float ** float (float_pow_fast.go):
// differentially against the double-double path it short-cuts (powSlow)
// on random inputs across exponent ranges, its error against 320-bit
// arithmetic, and the speed of FloatPow (BenchmarkPow*).
// HOTLOOP_POW_CASES=n runs n random cases per class instead of the short
// default, HOTLOOP_POW_SEED=s draws them from another seed.

package num

import (
	"math"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"syscall"
	"testing"
)

// powCaseCount is the number of random cases per input class.
func powCaseCount(short int) int {
	if s := os.Getenv("HOTLOOP_POW_CASES"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return short
}

// powInputClasses generate (x, y) pairs with x > 0, x != 1, y != 0.
var powInputClasses = []struct {
	name string
	gen  func(r *rand.Rand) (float64, float64)
}{
	{"moderate", func(r *rand.Rand) (float64, float64) { return r.Float64() * 10, r.NormFloat64() * 20 }},
	{"nbody", func(r *rand.Rand) (float64, float64) { return r.Float64() * 1000, -1.5 }},
	{"roots", func(r *rand.Rand) (float64, float64) {
		x := math.Float64frombits(r.Uint64() >> 1)
		if r.Intn(2) == 0 {
			x = r.Float64() * math.Pow(2, float64(r.Intn(40)-20))
		}
		return x, []float64{1.5, -1.5, -0.5}[r.Intn(3)]
	}},
	{"small powers", func(r *rand.Rand) (float64, float64) {
		x := math.Float64frombits(r.Uint64() >> 1)
		switch r.Intn(3) {
		case 0:
			x = r.Float64() * math.Pow(2, float64(r.Intn(40)-20))
		case 1:
			x = float64(r.Intn(1<<18)+1) / float64(int(1)<<r.Intn(18)) // exact and halfway cases
		}
		return x, []float64{3, 4, -2, -3, -4}[r.Intn(5)]
	}},
	{"half", func(r *rand.Rand) (float64, float64) {
		return math.Abs(r.NormFloat64()) * math.Pow(10, float64(r.Intn(10)-5)), float64(r.Intn(40)-20) + 0.5
	}},
	{"integral", func(r *rand.Rand) (float64, float64) { return r.Float64() * 4, float64(r.Intn(200) - 100) }},
	{"any bits", func(r *rand.Rand) (float64, float64) {
		x := math.Float64frombits(r.Uint64() >> 1)
		return x, r.NormFloat64() * math.Pow(2, float64(r.Intn(12)-10))
	}},
	{"near one", func(r *rand.Rand) (float64, float64) {
		x := 1 + r.NormFloat64()*math.Pow(2, float64(-r.Intn(52)))
		return x, r.NormFloat64() * math.Pow(2, float64(r.Intn(60)))
	}},
	{"near limits", func(r *rand.Rand) (float64, float64) {
		x := 1 + r.Float64()*3
		t := (r.Float64()*2 - 1) * 720
		return x, t / math.Log(x)
	}},
	{"subnormal x", func(r *rand.Rand) (float64, float64) {
		return math.Float64frombits(r.Uint64() >> 12), -r.Float64()
	}},
	{"short mantissas", func(r *rand.Rand) (float64, float64) {
		return float64(r.Intn(1<<12)+1) / float64(int(1)<<r.Intn(12)), float64(r.Intn(64)-32) / float64(int(1)<<r.Intn(4))
	}},
}

func TestPowFastMatchesSlow(t *testing.T) {
	n := powCaseCount(100000)
	seed := int64(17)
	if s, err := strconv.ParseInt(os.Getenv("HOTLOOP_POW_SEED"), 10, 64); err == nil {
		seed = s
	}
	r := rand.New(rand.NewSource(seed))
	for _, c := range powInputClasses {
		fast, bad := 0, 0
		for i := 0; i < n; i++ {
			x, y := c.gen(r)
			if !(x > 0) || x == 1 || math.IsInf(x, 0) || y == 0 || math.IsInf(y, 0) {
				continue
			}
			got, ok := powFast(x, y)
			if isShortExponent(y) {
				got, ok = powShortFast(x, y)
			}
			if !ok {
				continue
			}
			fast++
			if want := powSlow(x, y); got != want {
				bad++
				if bad <= 10 {
					t.Errorf("%s: %v ** %v: fast path %v (%#x), slow path %v (%#x), exact %v", c.name, x, y,
						got, math.Float64bits(got), want, math.Float64bits(want), powExact(x, y))
				}
			}
		}
		t.Logf("%s: %d cases, %d taken by the fast path, %d differ", c.name, n, fast, bad)
	}
}

// TestPowFastErrorBound measures the relative error of the fast path's
// unrounded result against 320-bit arithmetic and checks it stays below a
// quarter of the bound the rounding test assumes.
func TestPowFastErrorBound(t *testing.T) {
	n := powCaseCount(1500)
	r := rand.New(rand.NewSource(18))
	worst, worstSmallT, worstPerT := 0.0, 0.0, 0.0
	for _, c := range powInputClasses {
		for i := 0; i < n; i++ {
			x, y := c.gen(r)
			if !(x > 0) || x == 1 || math.IsInf(x, 0) || y == 0 || math.IsInf(y, 0) {
				continue
			}
			if isShortExponent(y) {
				checkPowShortError(t, x, y)
			}
			hi, lo, sc, _, ok := powFastEval(x, y)
			if !ok {
				continue
			}
			tAbs := math.Abs(y * math.Log(x))
			// The reference, scaled like hi+lo.
			ref := bigLog(x)
			ref.Mul(ref, new(big.Float).SetPrec(powPrec).SetFloat64(y))
			ref = bigExp(ref)
			got := new(big.Float).SetPrec(powPrec).SetFloat64(hi)
			got.Add(got, new(big.Float).SetFloat64(lo))
			ref.SetMantExp(ref, -int(int64(sc)>>52))
			d := new(big.Float).SetPrec(powPrec).Sub(got, ref)
			d.Quo(d, ref)
			e, _ := d.Float64()
			e = math.Abs(e)
			ratio := e / (powErrBase + powErrPerT*tAbs)
			if ratio > worst {
				worst = ratio
			}
			if tAbs < 1 && e > worstSmallT {
				worstSmallT = e
			}
			if tAbs > 16 && e/tAbs > worstPerT {
				worstPerT = e / tAbs
			}
			if ratio > 0.25 {
				t.Errorf("%s: %v ** %v: relative error %g is %.3g of the bound", c.name, x, y, e, ratio)
			}
		}
	}
	t.Logf("worst error / bound %.3g; worst error with |t| < 1: 2**%.1f; worst error / |t| with |t| > 16: 2**%.1f",
		worst, math.Log2(worstSmallT), math.Log2(worstPerT))
}

// isShortExponent reports whether powPositive tries powShortFast for y.
func isShortExponent(y float64) bool {
	switch y {
	case 1.5, -1.5, -0.5, 3, 4, -2, -3, -4:
		return true
	}
	return false
}

// checkPowShortError checks powShortEval's result against 320-bit
// arithmetic: its relative error must stay below 2**-100, a quarter of
// the bound powShortFast assumes.
func checkPowShortError(t *testing.T, x, y float64) {
	t.Helper()
	hi, lo, ok := powShortEval(x, y)
	if !ok {
		return
	}
	bx := new(big.Float).SetPrec(powPrec).SetFloat64(x)
	ref := new(big.Float).SetPrec(powPrec).SetInt64(1)
	if y != math.Trunc(y) {
		ref.Sqrt(bx)
	}
	for i := 0; i < int(math.Abs(y)); i++ {
		ref.Mul(ref, bx)
	}
	if y < 0 {
		ref.Quo(new(big.Float).SetPrec(powPrec).SetInt64(1), ref)
	}
	got := new(big.Float).SetPrec(powPrec).SetFloat64(hi)
	got.Add(got, new(big.Float).SetFloat64(lo))
	d := new(big.Float).SetPrec(powPrec).Sub(got, ref)
	d.Quo(d, ref)
	if e, _ := d.Float64(); math.Abs(e) > 0x1p-100 {
		t.Errorf("%v ** %v: relative error %g of the short-exponent path exceeds 2**-100", x, y, e)
	}
}

// benchPow times FloatPow (or the slow path alone) over 1024 inputs from
// one class of powInputClasses.
func benchPow(b *testing.B, class string, slow bool) {
	var gen func(r *rand.Rand) (float64, float64)
	for _, c := range powInputClasses {
		if c.name == class {
			gen = c.gen
		}
	}
	benchPowGen(b, gen, slow)
}

// benchPowGen times FloatPow (or the slow path alone) over 1024 inputs
// from gen.
func benchPowGen(b *testing.B, gen func(r *rand.Rand) (float64, float64), slow bool) {
	r := rand.New(rand.NewSource(19))
	var xs, ys [1024]float64
	for i := range xs {
		xs[i], ys[i] = gen(r)
		xs[i] = math.Abs(xs[i])
	}
	cpu0 := processCPUTime()
	b.ResetTimer()
	s := 0.0
	for i := 0; i < b.N; i++ {
		x, y := xs[i&1023], ys[i&1023]
		if slow {
			s += powSlow(x, y)
		} else {
			v, _, _ := FloatPow(x, y)
			s += v
		}
	}
	sinkFloat = s
	// The machine is shared: CPU time per call is steadier than wall time.
	b.ReportMetric(float64(processCPUTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// processCPUTime returns the CPU time this process has used, in ns.
func processCPUTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func BenchmarkPowModerate(b *testing.B) { benchPow(b, "moderate", false) }
func BenchmarkPowNbody(b *testing.B)    { benchPow(b, "nbody", false) }
func BenchmarkPowHalf(b *testing.B)     { benchPow(b, "half", false) }
func BenchmarkPowIntegral(b *testing.B) { benchPow(b, "integral", false) }
func BenchmarkPowSmallPowers(b *testing.B) {
	// Ordinary bases only: the test class also has huge and tiny ones,
	// which take the general and slow paths.
	benchPowGen(b, func(r *rand.Rand) (float64, float64) {
		return r.Float64() * 100, []float64{3, 4, -2, -3, -4}[r.Intn(5)]
	}, false)
}
func BenchmarkPowSlowModerate(b *testing.B) { benchPow(b, "moderate", true) }
func BenchmarkPowSlowNbody(b *testing.B)    { benchPow(b, "nbody", true) }
func BenchmarkPowSlowHalf(b *testing.B)     { benchPow(b, "half", true) }
func BenchmarkPowSlowIntegral(b *testing.B) { benchPow(b, "integral", true) }

// FuzzFloatPow checks that FloatPow never panics and that whenever a fast
// path of powPositive answers, the double-double path agrees.
func FuzzFloatPow(f *testing.F) {
	for _, c := range [][2]float64{{2, 0.5}, {320.5, -1.5}, {1.0000001, 1e9}, {5e-324, -0.5}, {1.7e308, 0.999}, {3, 34}, {-8, 3}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, x, y float64) {
		_, _, _ = FloatPow(x, y)
		if !(x > 0) || x == 1 || math.IsInf(x, 0) || y == 0 || math.IsInf(y, 0) || math.IsNaN(y) {
			return
		}
		got, ok := powFast(x, y)
		if isShortExponent(y) {
			got, ok = powShortFast(x, y)
		}
		if !ok {
			return
		}
		if want := powSlow(x, y); got != want {
			t.Fatalf("%v ** %v: fast path %v, double-double path %v", x, y, got, want)
		}
	})
}
