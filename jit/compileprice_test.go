package jit

import (
	"math"
	"testing"
	"time"
)

// TestPriceMeterFactor checks the measured factor (compileprice.go): the
// prior alone before any compile, the measured ratio weighted against it
// after, moving toward the ratio as compiles add up, and held within its
// bounds.
func TestPriceMeterFactor(t *testing.T) {
	var p priceMeter
	if got := p.factor(2.5); got != 2.5 {
		t.Errorf("no compiles: factor %v, want the prior 2.5", got)
	}
	// One compile of a model price of 2 ms measured at 3 times it.
	p.cpuNs, p.modelNs = 6e6, 2e6
	want := (6e6 + 1*priceWeightNs) / (2e6 + priceWeightNs)
	if got := p.factor(1); math.Abs(got-want) > 1e-9 || got <= 1 || got >= 3 {
		t.Errorf("one compile at 3x: factor %v, want %v (between the prior 1 and 3)", got, want)
	}
	p.cpuNs, p.modelNs = 60e6, 20e6
	if got := p.factor(1); got < 2.8 || got >= 3 {
		t.Errorf("ten compiles at 3x: factor %v, want near 3", got)
	}
	p.cpuNs, p.modelNs = 200e6, 20e6
	if got := p.factor(1); got != maxPriceFactor {
		t.Errorf("compiles at 10x: factor %v, want the bound %v", got, maxPriceFactor)
	}
	p.cpuNs, p.modelNs = 1e6, 20e6
	if got := p.factor(1); got != minPriceFactor {
		t.Errorf("compiles at 0.05x: factor %v, want the bound %v", got, minPriceFactor)
	}
}

// TestPriceFactorDecides checks that the factor reaches the payoff rule:
// a range loop of 200,000 iterations pays its trace back at the model's
// prices and does not at four times them, while one of 600,000 does at
// both; the prices the rules read are the model's times the factor.
func TestPriceFactorDecides(t *testing.T) {
	cases := []struct {
		n      string
		factor float64
		traces bool
	}{
		{"200000", 1, true},
		{"200000", 4, false},
		{"600000", 4, true},
	}
	for _, c := range cases {
		want := run(t, rangeSumSrc(c.n), nil, 0)
		j := New(Config{Payoff: true, PriceFactor: c.factor})
		if got := run(t, rangeSumSrc(c.n), j, 0); got != want {
			t.Fatalf("n=%s factor %v: JIT prints %q, interpreter %q", c.n, c.factor, got, want)
		}
		st := j.Stats()
		if (st.TracesCompiled > 0) != c.traces {
			t.Errorf("n=%s factor %v: %d traces compiled, want any: %v", c.n, c.factor, st.TracesCompiled, c.traces)
		}
		if st.PricedCompiles != 0 || st.PriceFactor != c.factor {
			t.Errorf("n=%s pinned factor %v: %d compiles timed, factor %v; want none timed and the pin", c.n, c.factor, st.PricedCompiles, st.PriceFactor)
		}
	}
	j := New(Config{PriceFactor: 3})
	if got, want := j.rootCost(500), 3*rootCostNs(500); got != want {
		t.Errorf("rootCost(500) at factor 3: %v, want %v", got, want)
	}
	if got, want := j.realRootCost(500), 3*realRootCostNs(500); got != want {
		t.Errorf("realRootCost(500) at factor 3: %v, want %v", got, want)
	}
	if got, want := j.lfCompileCost(2000), 3*lfCompileCostNs(2000); got != want {
		t.Errorf("lfCompileCost(2000) at factor 3: %v, want %v", got, want)
	}
	if got, want := New(Config{PriceFactor: 3, LoopFuncPriceFactor: 1.5}).lfCompileCost(2000), 1.5*lfCompileCostNs(2000); got != want {
		t.Errorf("lfCompileCost(2000) at loop-function factor 1.5: %v, want %v", got, want)
	}
	if a, b := New(Config{}).treeItersToPay(1000), j.treeItersToPay(1000); b < 2*a {
		t.Errorf("treeItersToPay(1000): %d at factor 3, %d at 1; want about three times", b, a)
	}
}

// TestMeasuredPrice checks a run that measures its compiles: the trace
// it compiles is timed, and the factor it ends at is the meter's (within
// the bounds), not the prior's; a module whose bytes are known (the code
// cache has it) is not timed.
func TestMeasuredPrice(t *testing.T) {
	src := rangeSumSrc("600000")
	j := New(Config{Payoff: true, MeasurePrice: true, PriceFactor: 1})
	run(t, src, j, 0)
	st := j.Stats()
	if st.TracesCompiled == 0 || st.PricedCompiles != st.TracesCompiled {
		t.Fatalf("%d traces compiled, %d timed; want each compile timed", st.TracesCompiled, st.PricedCompiles)
	}
	if st.PriceFactor == 1 || st.PriceFactor < minPriceFactor || st.PriceFactor > maxPriceFactor {
		t.Errorf("factor %v after %d timed compiles: want a measured one within [%v, %v]", st.PriceFactor, st.PricedCompiles, minPriceFactor, maxPriceFactor)
	}
	known := New(Config{Payoff: true, MeasurePrice: true, Known: func([]byte) bool { return true }})
	run(t, src, known, 0)
	if st := known.Stats(); st.TracesCompiled == 0 || st.PricedCompiles != 0 {
		t.Errorf("known modules: %d compiled, %d timed; want compiles and none timed", st.TracesCompiled, st.PricedCompiles)
	}
	if d := timedLoad(func() { time.Sleep(time.Millisecond) }); d < 0 || d > 50*time.Millisecond {
		t.Errorf("timedLoad of a sleep: %v of CPU", d)
	}
}

// rangeSumSrc is a program whose one loop, a range loop of n iterations,
// the payoff rule compiles or not by its iterations left.
func rangeSumSrc(n string) string {
	return `
def f(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s
print(f(` + n + `))
`
}
