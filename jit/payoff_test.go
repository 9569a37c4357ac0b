package jit

import "testing"

// TestPayoff checks the payoff rules (payoff.go) at the default loop
// threshold: a loop that stops after a few thousand iterations is never
// compiled (its trace cannot pay back wazero's compile), a range loop
// with many iterations left is compiled at its first hot back-edge, and a
// while loop that keeps going is compiled once it has run long enough;
// with a threshold of 1 (forced-hot mode) the short loop is compiled as
// before, and without Config.Payoff too. Every run prints what the
// interpreter prints.
func TestPayoff(t *testing.T) {
	short := `
def f(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s
print(f(3000))
`
	longRange := `
def f(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s
print(f(300000))
`
	longWhile := `
def f(n):
    s = 0
    k = 0
    while k < n:
        s += k & 7
        k += 1
    return s
print(f(300000))
`
	cases := []struct {
		name      string
		src       string
		payoff    bool
		threshold int
		traces    bool // whether a trace must be compiled
	}{
		{"short", short, true, 0, false},
		{"short forced", short, true, 1, true},
		{"short no payoff", short, false, 0, true},
		{"long range", longRange, true, 0, true},
		{"long while", longWhile, true, 0, true},
	}
	for _, c := range cases {
		want := run(t, c.src, nil, 0)
		j := New(Config{Payoff: c.payoff})
		if got := run(t, c.src, j, c.threshold); got != want {
			t.Fatalf("%s: JIT prints %q, interpreter %q", c.name, got, want)
		}
		st := j.Stats()
		if (st.TracesCompiled > 0) != c.traces {
			t.Errorf("%s: %d traces compiled, want any: %v", c.name, st.TracesCompiled, c.traces)
		}
	}

	// The long range loop is compiled at its first hot back-edge: most of
	// its iterations run in the trace.
	j := New(Config{Payoff: true})
	run(t, longRange, j, 0)
	if st := j.Stats(); st.BytecodesInTraces < 5*290000 {
		t.Errorf("long range loop: %d bytecodes in traces, want most of its 300000 iterations", st.BytecodesInTraces)
	}
}

// TestRootPaysEstimate checks the cost model's direction: a bigger trace
// needs more iterations, a longer iteration fewer.
func TestRootPaysEstimate(t *testing.T) {
	if compileCostNs(2000) <= 2*compileCostNs(1000)-compileFixedNs {
		t.Errorf("compile cost not superlinear: %v for 1000, %v for 2000", compileCostNs(1000), compileCostNs(2000))
	}
	small, big := sideExitsToPay(200, 5), sideExitsToPay(2000, 5)
	if small >= big {
		t.Errorf("side trace of 200 instructions needs %d exits, of 2000 %d", small, big)
	}
	if a, b := sideExitsToPay(500, 2), sideExitsToPay(500, 40); a <= b {
		t.Errorf("a side trace running 40 bytecodes should pay sooner than one running 2: %d vs %d", b, a)
	}
	if a, b := New(Config{}).treeItersToPay(1000), New(Config{}).treeItersToPay(4000); a >= b {
		t.Errorf("tree of 1000 instructions needs %d iterations, of 4000 %d", a, b)
	}
}
