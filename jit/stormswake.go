// stormswake.go decides whether a side trace that reached a loop without
// a trace wakes that loop (wakeLoop: compiled at its next back-edge
// whatever the payoff rule says).

package jit

import "github.com/hotloop/hotloop/vm"

// wakeForSide wakes the loop whose header or back-edge is at pc (in
// key's frame), which a side trace of key's loop from an exit taken exits
// times reached, unless the payoff rule deferred that loop (its size is
// known) and its compile pays neither way:
//
//   - by the loop's own further iterations (rootGain) plus the exits:
//     each exit that reaches the loop goes back to the interpreter there
//     until the loop has a trace, and is expected to come as often again
//     (the ski-rental guess, as for the iterations), worth exitNs each;
//   - nor by the program's budget (room, payoff_budget.go): a compile
//     whose future is unknown fits when the program's work so far is
//     lossBound times the cost of all such compiles, this one included,
//     as a long-running program's (the benchmarks' nests) does; it is
//     charged to the budget. (Until session 22 the bound was the work so
//     far itself, a loss of up to 100%: jit/linked_loops woke four loops
//     after 30 exits each, 7 traces and 18 ms of compiles in a 45 ms
//     program; now 3 traces, 6 ms, with the benchmarks' decisions
//     unchanged.)
//
// It returns how many exits the side trace should wait before it is
// recorded again (the exits the loop needs to pay, when not woken; the
// side trace retries at once when the loop gets its trace by its own rule
// meanwhile, waitOver).
//
// jit/inner_end_accepted's outer loop (226 bytecodes unrolled, about
// 8,500 wasm instructions, 16 ms by the cost model, 20 ms of CPU
// measured) was woken by its inner loop's end after 209 exits, 7 ms of
// work into a 25 ms program; its iterations were worth about 4 ms, the
// exits 0.3 ms. Waking on the exits' worth alone (without the second
// rule) delayed the benchmarks' wakes by thousands of exits (bfs_deque
// 1.49 -> 1.88 M bytecodes interpreted, dijkstra 0.66 -> 0.94 M,
// richards 0.59 -> 0.75 M; CPU level) and left jit/poly_sched's outer
// loop asleep while its inner trace was parked, so that the exits that
// would have woken it stopped (1.1 -> 6.6 M bytecodes interpreted).
func (j *JIT) wakeForSide(m *vm.VM, key loopKey, pc, exits int) int {
	header := loopHeaderAt(m, pc) // storms.go
	tk := loopKey{key.code, header, key.globals}
	lp := j.loops[tk]
	if lp == nil || lp.tr != nil || lp.wake || lp.pending || lp.instrs <= 0 {
		return j.wakeLoop(m, key, pc, exits)
	}
	gain, cost := j.rootGain(m, tk, lp) // payoff.go
	credit := float64(exits) * exitNs
	if lp.unsized {
		// Deferred unrecorded (estskip.go): its bound would wake it at
		// once; it waits as a loop that does not pay yet, on the bound.
	} else if gain+credit >= cost {
		return j.wakeLoop(m, key, pc, exits)
	} else if j.room(m, cost) {
		j.riskNs += cost
		return j.wakeLoop(m, key, pc, exits)
	}
	need := max(int((cost-gain-credit)/exitNs)+1, 1)
	j.logf("side trace (%d exits) reached deferred trace at %s: not woken (%.1f ms compile, %.1f ms of work so far; it pays after about %d more exits)",
		exits, where(key.code, header), cost/1e6, j.workNs(m)/1e6, need)
	return need
}

// wokenWait reports whether the loop s waits for has been woken (or its
// compile is under way) and still has no trace: a side trace recorded
// again now would stop at it again, so the exit waits for its trace
// (waitOver) without the back-off's retries, and only primes the loop's
// back-edges again (wakeLoop), as each retry's abort did: a woken loop
// whose recording aborted once (jit/poly_sched's scheduler loop, "inner
// loop ended on another iterator") is recorded again at its next
// back-edge. jit/payoff_pathwake's `for row in rows` was woken and its own
// recordings kept aborting (a call of enumerate): the two exits waiting
// for it recorded 13 times.
func (j *JIT) wokenWait(m *vm.VM, s *sideMemo) bool {
	lp := j.loops[s.waitFor]
	if lp == nil || lp.tr != nil || lp.blacklisted || !lp.wake && !lp.pending {
		return false
	}
	j.wakeLoop(m, s.waitFor, s.waitFor.pc, 0)
	return true
}
