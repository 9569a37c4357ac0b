// jitprice.go reads the settings of the JIT's compile price
// (jit/compileprice.go).

package main

import (
	"strconv"

	"github.com/hotloop/hotloop/jit/codecache"
)

// defaultPricePrior is the factor over the payoff model's compile prices
// that a run starts from before its first compile is timed: what session
// 35 measured on its 2-core machine (a trace's make at 2.6 times the
// model, wazero's part 2.0 times its share). Of the 22 corpus programs
// then worst with the JIT on, 19-20 were over 1.10x CPU starting from 1
// and 10 starting from 2.5 (docs/jit.md "The compile price measured at
// run time (session 35)"). A machine that compiles as fast as the model
// says moves the factor down after its first compile. Loop functions'
// model (session 22) holds better on that machine (the measured ratio's
// median 1.1, first compiles of short programs 0.8-1.9), and starting
// them from 1 made bench/fannkuch 4% faster (CPU, median of 7), but put
// jit/loopfunc_payoff (1.04x -> 1.39x), loop_nest_prime (1.08 -> 1.32)
// and lead_break_last (1.05 -> 1.24) back over the 1.10x bar:
// short programs whose loop functions leave their code early do not pay
// back even a rightly priced compile, and the higher prior keeps them
// interpreted. They start from the traces' prior.
const (
	defaultPricePrior         = 2.5
	defaultLoopFuncPricePrior = defaultPricePrior
)

// compilePrice reads HOTLOOP_JIT_PRICE, a factor that pins the JIT's
// compile prices (traces' and loop functions') for measurements that
// need every run to make the same decisions, and HOTLOOP_JIT_PRICE_PRIOR,
// the factor a measuring run starts from for both. Without a pin the
// price is measured, and without a prior it starts, kind by kind, from
// the prices earlier runs measured and the code cache kept (saved, read
// only then), or from defaultPricePrior and defaultLoopFuncPricePrior
// where none is kept: a machine's own measurement is a better start than
// a default fitted on another (bench/bfs_deque's later compiles measure
// 1.7 here, a short program's first 2.6; session 32's machine 1.0). A
// value that is not a positive number is ignored.
func compilePrice(pin, prior string, saved func() codecache.Price) (traces, loopFuncs float64, measure bool) {
	if f, err := strconv.ParseFloat(pin, 64); err == nil && f > 0 {
		return f, f, false
	}
	if f, err := strconv.ParseFloat(prior, 64); err == nil && f > 0 {
		return f, f, true
	}
	traces, loopFuncs = defaultPricePrior, defaultLoopFuncPricePrior
	s := saved()
	if s.Traces > 0 {
		traces = s.Traces
	}
	if s.LoopFuncs > 0 {
		loopFuncs = s.LoopFuncs
	}
	return traces, loopFuncs, true
}
