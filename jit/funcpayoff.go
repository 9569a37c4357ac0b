// funcpayoff.go decides when a function trace (functrace.go) is worth
// compiling. A recursive function was compiled at its threshold-th call,
// whatever was left of the run: functions/recursion_limit's ackermann,
// lang/functions' fib and the jit/recur_* programs, 7-15 ms programs,
// each paid 1-3 ms of compile for a few thousand calls left, and ran
// 1.4-1.6x their --jit=off time.
//
// The rule is the traces' ski rental (payoff.go): the function is expected
// to be called as often again as it has been, each call doing the work its
// calls have done so far; it is compiled once the share of that work a
// function trace saves exceeds the module's compile cost (priced as a loop
// function's: a module of its size in bytes). The work is the work clock's
// advance (workNs) between checks, every threshold calls: the calls of a
// recursion run one inside the other, so the clock's advance over n calls
// is what those n calls did (bounded above by measuredCostCap times the
// function's bytecodes per call, for a function called from a loop that
// does much else). Its future being a guess, it also needs room in the
// program's budget, as a root trace on ski rental does (payoff_budget.go,
// since session 43: jit/recur_fib and jit/payoff_funcs compiled their
// fib at 125,000 calls and ran 1.10-1.13x their --jit=off CPU, now 1.05;
// tests/bench/fib compiles at 400,000 calls instead, 5% more CPU). Until
// it pays, the function's calls skip the hook (vm.JITFuncBackOff). Forced-hot mode (--jit-threshold=1), Config.Payoff
// off and a module in the code cache compile at once, as before.
// docs/jit.md "Compiles that never pay (session 20)".

package jit

import "github.com/hotloop/hotloop/vm"

// funcPay is a function's payoff state while its trace is deferred.
type funcPay struct {
	size  int     // the lowered module's size in bytes
	calls int64   // calls seen so far (each check: threshold calls)
	work  float64 // work credited to those calls (ns of the work clock)
	last  float64 // the work clock at the last check
}

// funcPays reports whether the function trace of ft, whose plan has
// bytecodes instructions and whose module is bin (priced at size bytes:
// pricedSize), pays its compile now. When not, it backs the function's
// hook off for threshold calls.
func (j *JIT) funcPays(m *vm.VM, ft *funcTrace, bytecodes int, bin []byte, size int) bool {
	if ft.compiles > 0 || !j.payoffOn(m) {
		return true // a recompile (its types changed): it paid once
	}
	th := int64(m.JITHookThreshold())
	est := float64(th) * float64(max(bytecodes, 1)) * interpNsPerBytecode
	now := j.workNs(m)
	p := ft.pay
	if p == nil {
		if j.known(bin) {
			return true
		}
		p = &funcPay{size: size, calls: th, work: est}
		ft.pay = p
	} else {
		p.calls += th
		p.work += min(now-p.last, measuredCostCap*est)
	}
	p.last = now
	// Its future is a guess, as a root's on ski rental is: the program's
	// budget must have room too (payoff_budget.go).
	if cost := j.lfCompileCost(p.size); p.work*traceSaving >= cost && j.room(m, cost) {
		j.riskNs += cost
		j.logf("function trace pays after %d calls (work %.2f ms)", p.calls, p.work/1e6)
		return true
	}
	m.JITFuncBackOff(int(th))
	return false
}
