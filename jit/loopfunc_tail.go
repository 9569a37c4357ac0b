// loopfunc_tail.go keeps a loop function's ski rental (loopfunc_payoff.go)
// from compiling in the last loop of its function's first run. The rule
// expects the function's loops to do as much work again as they have
// done; in the function's last loop, a range loop with no loop inside
// it, this run has only that range's iterations left, and the payoff
// rule knows them (lf.certain). jit/bridge_branches' count_primes
// compiled its 2,285-byte module (5-6 ms of CPU) on 15.6 ms of credited
// sieve work with 13,964 of its final `for k in range(limit + 1)` loop's
// 50,001 iterations left (1.5 ms of work), and was entered once: with
// loop functions off the program ran 0.99x of --jit=off instead of
// 1.27x. docs/jit.md "Side traces of while loops (session 32)".
//
// Later runs keep the ski rental: once the last loop is seen in a run
// other than the first (another iterator, or more iterations left), the
// function is being called again and its work so far says the calls
// repeat, as the root rule's run memory assumes (tracesaving.go).

package jit

// lastFlatLoop reports whether the loop whose header is at pc is its
// function's last loop with no loop inside it: no other loop starts in
// its body, encloses it, or starts after it. backs maps every loop
// header of the function to its back-edges (loopPlan.backs).
func lastFlatLoop(backs map[int][]int, pc int) bool {
	end := -1
	for _, s := range backs[pc] {
		end = max(end, s)
	}
	if end < 0 {
		return false
	}
	for h, srcs := range backs {
		if h == pc || len(srcs) == 0 {
			continue
		}
		last := -1
		for _, s := range srcs {
			last = max(last, s)
		}
		if h > pc || last >= pc {
			return false // inside pc's loop, after it, or around it
		}
	}
	return true
}

// tailOnly reports whether lf's compile must pay by the work certain in
// this run alone (lf.certain): pc is the header of the function's last
// flat range loop (lastFlatLoop), with left iterations left, in the
// first run of it the rule has seen. it names the loop's iterator.
func (lf *loopFunc) tailOnly(pc int, left int64, it uint64) bool {
	if left <= 0 || lf.tailPast || !lastFlatLoop(lf.plan.backs, pc) {
		return false
	}
	switch {
	case lf.tail == nil:
		lf.tail = &lfRun{it: it, left: float64(left)}
	case lf.tail.it == it && float64(left) <= lf.tail.left:
		lf.tail.left = float64(left)
	default:
		lf.tailPast = true // a later run of the last loop: calls repeat
		return false
	}
	return true
}
