// compileprice.go scales the payoff rules' compile prices by what
// compiles are measured to cost on the machine the program runs on
// (session 35, docs/jit.md "The compile price measured at run time").
//
// The prices (compileCostNs, rootCostNs, realRootCostNs, lfCompileCostNs,
// runtimeSetupNs, sharedCostNs) are fixed nanoseconds fitted on the
// machines of earlier sessions. The interpreter's side of the rule did not
// move between machines (a range loop's bytecode takes 3.0 ns here, as in
// session 25), but wazero's compile did: on session 35's 2-core machine a
// trace module's wazero compile takes a median 2.0 times what the model
// says of the whole make (recording to instantiation), the make 2.6
// times, so short programs compiled traces that could not pay (26 corpus
// programs over 1.10x CPU with the JIT on). So each compile the JIT makes
// on the VM's goroutine is timed (the process CPU of wazero's compile and
// the instantiation) against the model's price of it, and every price
// is multiplied by the ratio measured so far (Config.MeasurePrice); before
// the first compile, and in a run that does not measure, the ratio is
// Config.PriceFactor (Config.LoopFuncPriceFactor for loop functions).
// Trace modules and loop-function modules keep separate ratios: their
// models were fitted apart and sit differently (loop functions measure
// 0.8-1.9 times theirs here, median 1.1; bench/fannkuch's 1.4).
//
// The measurement gives up the determinism of the work clock (payoff.go)
// for the first decisions of a program only as far as the machine's
// compile speed varies from run to run; the jit package's tests do not
// measure, --jit-threshold=1 makes no payoff decisions to move, and
// HOTLOOP_JIT_PRICE pins the factor for the CLI.

package jit

import "time"

// Shares of the model's price that wazero's compile and instantiation
// take, the rest being recording, passes and lowering: 0.78 of a trace
// module's make on session 35's machine (BenchmarkTraceCompile: 0.85-
// 0.90), nearly all of a loop function's (its lowering is a single pass
// over the bytecode: "all CPU" 2.22 ms against 2.04 ms for wazero).
const (
	traceLoadShare = 0.8
	lfLoadShare    = 0.95
)

// priceWeightNs is the weight, in model nanoseconds, of the prior factor
// against the compiles measured: about one small trace's price, so the
// first measured compile moves the factor most of the way.
const priceWeightNs = 1e6

// Bounds of a measured factor: a compile timed during a page-fault storm
// or a descheduled thread must not stop the JIT, nor a lucky one make it
// compile what never pays.
const (
	minPriceFactor = 0.5
	maxPriceFactor = 4.0
)

// priceMeter accumulates one kind of module's measured load CPU against
// its model's price.
type priceMeter struct {
	cpuNs   float64 // measured: wazero's compile and the instantiation
	modelNs float64 // the model's price of the same loads (times the load share)
	n       int
}

// factor returns the ratio of measured to modelled cost, the prior
// weighted in as priceWeightNs of model price.
func (p *priceMeter) factor(prior float64) float64 {
	f := (p.cpuNs + prior*priceWeightNs) / (p.modelNs + priceWeightNs)
	return min(max(f, minPriceFactor), maxPriceFactor)
}

// priceFactor is the factor trace modules' prices are multiplied by.
func (j *JIT) priceFactor() float64 {
	if !j.cfg.MeasurePrice {
		return j.prior()
	}
	return j.price.traces.factor(j.prior())
}

// lfPriceFactor is the factor loop-function modules' prices are
// multiplied by.
func (j *JIT) lfPriceFactor() float64 {
	prior := j.cfg.LoopFuncPriceFactor
	if prior <= 0 {
		prior = j.prior()
	}
	if !j.cfg.MeasurePrice {
		return prior
	}
	return j.price.lfuncs.factor(prior)
}

// prior is Config.PriceFactor, 1 when unset (New sets it; a JIT a test
// builds by hand does not).
func (j *JIT) prior() float64 {
	if j.cfg.PriceFactor <= 0 {
		return 1
	}
	return j.cfg.PriceFactor
}

// compilePrices is the JIT's two meters.
type compilePrices struct {
	traces, lfuncs priceMeter
}

// noteTraceLoad counts a trace module's load (root, side trace or tree)
// of instrs wasm instructions that took cpu.
func (j *JIT) noteTraceLoad(instrs int, cpu time.Duration) {
	j.noteLoad(&j.price.traces, realRootCostNs(instrs)*traceLoadShare, cpu)
}

// noteLoopFuncLoad counts a loop function's load of size wasm bytes that
// took cpu.
func (j *JIT) noteLoopFuncLoad(size int, cpu time.Duration) {
	j.noteLoad(&j.price.lfuncs, lfCompileCostNs(size)*lfLoadShare, cpu)
}

// noteLoad adds a load that took cpu, of model price modelNs, to meter p.
func (j *JIT) noteLoad(p *priceMeter, modelNs float64, cpu time.Duration) {
	if cpu <= 0 {
		return
	}
	p.cpuNs += float64(cpu)
	p.modelNs += modelNs
	p.n++
	j.stats.PricedCompiles++
}

// pricesLoad reports whether the load of a module of these bytes, about
// to start, counts towards the compile price: the price is measured, the
// load compiles (its machine code is not in the code cache, nor open
// already) and no background compile runs meanwhile (its CPU would be
// counted too).
func (j *JIT) pricesLoad(wasm []byte) bool {
	return j.cfg.MeasurePrice && !j.known(wasm) && !j.w.opened(wasm) && j.async.inflight == 0
}

// pricedLoad runs load, the load of a trace module of instrs wasm
// instructions (wasm its bytes), and returns the process CPU time it
// took, counting it towards the trace price when pricesLoad says so.
func (j *JIT) pricedLoad(wasm []byte, instrs int, load func()) time.Duration {
	timed := j.pricesLoad(wasm)
	cpu := timedLoad(load)
	if timed {
		j.noteTraceLoad(instrs, cpu)
	}
	return cpu
}

// timedLoad runs load and returns the process CPU time it took. The
// process's, not the thread's: wazero's compiler allocates, and the
// collector's work on other threads is part of what a compile costs the
// program (a 994-instruction trace: 0.8 ms of the loading thread's CPU,
// 4.5 ms of the process's, 3.3 ms of wall time).
func timedLoad(load func()) time.Duration {
	p0 := cpuTime()
	load()
	return cpuTime() - p0
}

// The payoff rules' prices at the measured factor.

// compileCost is compileCostNs at the trace factor.
func (j *JIT) compileCost(instrs int) float64 { return compileCostNs(instrs) * j.priceFactor() }

// rootCost is rootCostNs at the trace factor.
func (j *JIT) rootCost(instrs int) float64 { return rootCostNs(instrs) * j.priceFactor() }

// realRootCost is realRootCostNs at the trace factor.
func (j *JIT) realRootCost(instrs int) float64 { return realRootCostNs(instrs) * j.priceFactor() }

// lfCompileCost is lfCompileCostNs at the loop-function factor.
func (j *JIT) lfCompileCost(size int) float64 { return lfCompileCostNs(size) * j.lfPriceFactor() }

// MeasuredPrices returns the ratios of measured to modelled compile cost
// this run's timed compiles found, for trace modules and for loop
// functions, without the prior (0 for a kind with none timed): what the
// CLI keeps in the code cache directory for the next run's prior
// (codecache.SavePrice).
func (j *JIT) MeasuredPrices() (traces, loopFuncs float64) {
	ratio := func(p *priceMeter) float64 {
		if p.n == 0 || p.modelNs <= 0 {
			return 0
		}
		return min(max(p.cpuNs/p.modelNs, minPriceFactor), maxPriceFactor)
	}
	return ratio(&j.price.traces), ratio(&j.price.lfuncs)
}
