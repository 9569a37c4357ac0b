package jit

import (
	"bytes"
	"testing"
)

// TestFuncTracePayoff checks the function-trace payoff rule
// (funcpayoff.go) at a call threshold above 1: a recursion whose whole run
// is a few thousand calls is never compiled, one of a million calls is
// compiled, and early enough that most of its bytecodes run compiled (the
// program's budget holds the compile until the run's work is ten times
// its price: about a fifth of fib(28)'s bytecodes); without
// Config.Payoff and in forced-hot mode the short one is compiled at its
// first hot call, as before. Every run prints what the interpreter prints.
func TestFuncTracePayoff(t *testing.T) {
	fib := fibDef
	cases := []struct {
		name      string
		src       string
		payoff    bool
		threshold int
		compiled  bool
	}{
		{"short", fib + "print(fib(15))\n", true, 100, false},
		{"short no payoff", fib + "print(fib(15))\n", false, 100, true},
		{"short forced", fib + "print(fib(15))\n", true, 1, true},
		{"long", fib + "print(fib(28))\n", true, 100, true},
		// jit/recur_fib's start: the trace pays by ski rental after some
		// 125,000 calls, but the 4 ms compile would be over a tenth of
		// the program (1.12x its --jit=off CPU)
		{"pays, no room", fib + "print(sum(fib(k) for k in range(18, 23)))\n", true, 1039, false},
	}
	for _, c := range cases {
		want, all := runCounting(t, c.src, nil, 0)
		var log bytes.Buffer
		j := New(Config{Log: &log, Payoff: c.payoff})
		got, interp := runCounting(t, c.src, j, c.threshold)
		if got != want {
			t.Fatalf("%s: JIT prints %q, interpreter %q\n%s", c.name, got, want, log.String())
		}
		st := j.Stats()
		if (st.Funcs.Compiled > 0) != c.compiled {
			t.Fatalf("%s: %d function traces compiled, want compiled %v\n%s", c.name, st.Funcs.Compiled, c.compiled, log.String())
		}
		if c.name == "long" && interp*4 > all {
			t.Fatalf("%s: %d of %d bytecodes interpreted: compiled too late\n%s", c.name, interp, all, log.String())
		}
	}
}
