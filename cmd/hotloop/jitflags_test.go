package main

import (
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/codecache"
)

// TestAsyncCompiles checks the HOTLOOP_JIT_ASYNC setting: background
// compiles by default when a core is idle, always with "1", never with
// "0" (or anything else), and never with one Go thread.
func TestAsyncCompiles(t *testing.T) {
	cases := []struct {
		env   string
		procs int
		want  asyncMode
	}{
		{"", 1, asyncOff},
		{"", 2, asyncSpare},
		{"0", 2, asyncOff},
		{"1", 1, asyncOff},
		{"1", 2, asyncAlways},
		{"1", 4, asyncAlways},
		{"yes", 2, asyncOff},
	}
	for _, c := range cases {
		if got := asyncCompiles(c.env, c.procs); got != c.want {
			t.Errorf("HOTLOOP_JIT_ASYNC=%q with %d procs: mode %v, want %v", c.env, c.procs, got, c.want)
		}
	}
}

// TestLoadavgRunning checks the parse of /proc/loadavg's runnable count.
func TestLoadavgRunning(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"0.52 0.58 0.59 3/467 12345\n", 3, true},
		{"10.63 12.61 8.22 1/118 15921", 1, true},
		{"0.52 0.58 0.59", 0, false},
		{"0.52 0.58 0.59 x/467 1", 0, false},
		{"0.52 0.58 0.59 3 1", 0, false},
	}
	for _, c := range cases {
		got, ok := loadavgRunning([]byte(c.in))
		if got != c.want || ok != c.ok {
			t.Errorf("loadavgRunning(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestAsyncMinWork checks HOTLOOP_JIT_ASYNC_MINWORK's reading: ms to ns,
// the default when unset or not a non-negative number.
func TestAsyncMinWork(t *testing.T) {
	for _, tc := range []struct {
		env  string
		want float64
	}{
		{"", defaultAsyncMinWork * 1e6},
		{"x", defaultAsyncMinWork * 1e6},
		{"-3", defaultAsyncMinWork * 1e6},
		{"0", 0},
		{"2.5", 2.5e6},
	} {
		if got := asyncMinWork(tc.env); got != tc.want {
			t.Errorf("asyncMinWork(%q) = %v, want %v", tc.env, got, tc.want)
		}
	}
}

// TestReportResidualCalls checks that --jit-stats reports the calls
// traces made in the interpreter (jit.Stats.Callouts) and how many raised.
func TestReportResidualCalls(t *testing.T) {
	var b strings.Builder
	if err := reportJITStats(&options{jit: true}, jitStats{ResidualCalls: 12, ResidualCallsRaised: 3}, &b); err != nil {
		t.Fatal(err)
	}
	if want := "  residual calls:        12 (3 raised: calls a trace made in the interpreter)\n"; !strings.Contains(b.String(), want) {
		t.Fatalf("stats lack %q:\n%s", want, b.String())
	}
}

// TestCompilePrice checks HOTLOOP_JIT_PRICE and HOTLOOP_JIT_PRICE_PRIOR:
// a pin stops the measuring, a prior sets where it starts, and anything
// but a positive number leaves the defaults.
func TestCompilePrice(t *testing.T) {
	cases := []struct {
		pin, prior  string
		traces, lfs float64
		measure     bool
	}{
		{"", "", defaultPricePrior, defaultLoopFuncPricePrior, true},
		{"2", "", 2, 2, false},
		{"2", "3", 2, 2, false},
		{"", "1.5", 1.5, 1.5, true},
		{"0", "-1", defaultPricePrior, defaultLoopFuncPricePrior, true},
		{"x", "y", defaultPricePrior, defaultLoopFuncPricePrior, true},
	}
	none := func() codecache.Price { return codecache.Price{} }
	for _, c := range cases {
		f, lf, m := compilePrice(c.pin, c.prior, none)
		if f != c.traces || lf != c.lfs || m != c.measure {
			t.Errorf("HOTLOOP_JIT_PRICE=%q HOTLOOP_JIT_PRICE_PRIOR=%q: factors %v %v measure %v, want %v %v %v", c.pin, c.prior, f, lf, m, c.traces, c.lfs, c.measure)
		}
	}
}

// TestSavedPrice checks that a measuring run with a code cache starts
// from the prices earlier runs saved, kind by kind, and from the defaults
// where nothing was saved; a pin or a prior wins over them.
func TestSavedPrice(t *testing.T) {
	cases := []struct {
		saved       codecache.Price
		traces, lfs float64
	}{
		{codecache.Price{}, defaultPricePrior, defaultLoopFuncPricePrior},
		{codecache.Price{Traces: 1.2}, 1.2, defaultLoopFuncPricePrior},
		{codecache.Price{LoopFuncs: 0.9}, defaultPricePrior, 0.9},
		{codecache.Price{Traces: 1.7, LoopFuncs: 1.1}, 1.7, 1.1},
	}
	for _, c := range cases {
		tr, lf, m := compilePrice("", "", func() codecache.Price { return c.saved })
		if tr != c.traces || lf != c.lfs || !m {
			t.Errorf("saved %+v: priors %v %v measure %v, want %v %v true", c.saved, tr, lf, m, c.traces, c.lfs)
		}
	}
	saved := func() codecache.Price { return codecache.Price{Traces: 1.7, LoopFuncs: 1.1} }
	if tr, lf, m := compilePrice("3", "", saved); tr != 3 || lf != 3 || m {
		t.Errorf("pinned at 3 with saved prices: %v %v measure %v, want 3 3 false", tr, lf, m)
	}
	if tr, lf, m := compilePrice("", "2", saved); tr != 2 || lf != 2 || !m {
		t.Errorf("prior 2 with saved prices: %v %v measure %v, want 2 2 true", tr, lf, m)
	}
}
