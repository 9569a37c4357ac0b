// warm.go holds what keeps a dispatch loop's trace entered while its side
// traces are still to come. A trace whose entries mostly end at an exit
// after less than an iteration is put on probation (prime.go): the
// interpreter no longer enters it at the next back-edge, only when the
// loop's counter reaches the hook threshold again (1039 iterations). Exits
// whose side trace is recorded but waits to pay (payoff.go) were already
// exempt; an exit still counting towards its first recording (HotExit
// exits) was not, so each of its first 30 exits cost a threshold of
// interpreted iterations: tests/bench/interp.py, whose root records one
// opcode's path and exits at every other opcode, interpreted 4.5 M
// bytecodes (about 240 such exits) before its side traces were in, a
// third of the run.

package jit

import "github.com/hotloop/hotloop/trace/ir"

// exitCounting reports whether exit snap of x is still counting towards
// its first side trace recording: none tried, none linked, not
// blacklisted. Priming after it brings the next exit (and the recording)
// sooner, at the cost of an entry, instead of a threshold of interpreted
// iterations.
func (x *compiled) exitCounting(snap ir.SnapID) bool {
	if int(snap) <= 0 || int(snap) >= len(x.exits) {
		return false
	}
	e := &x.exits[snap]
	return e.side == nil && !e.black && !e.tried && e.aborts == 0
}
