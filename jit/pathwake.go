// pathwake.go decides whether a root path (path.go) that reached a loop
// without a trace wakes that loop (wakeLoop: compiled at its next
// back-edge whatever the payoff rule says). A side trace's exits that
// reach the loop are evidence that its trace is worth more than its own
// iterations show (each of them goes back to the interpreter there), and
// wakeLoop is right for them. A path brings no exits: it is an inner
// loop's recording that left by a break and went on to the outer loop's
// header. When the payoff rule has deferred that outer loop for not
// paying (it was recorded, and its size is known), the path is no reason
// to compile it: jit/methods' `for k in range(n)` (2,976 wasm
// instructions, deferred with 1,961 iterations left) was woken so and
// compiled, and every one of its 1,212 entries ended at an exit (the
// inner loop breaks at another item each time), for 10 k bytecodes run in
// it against 7-10 ms of compile. The path backs off as before and is
// recorded again once the loop has a trace (its own rule compiles it when
// it pays). docs/jit.md "Compiles that never pay (session 20)".

package jit

import "github.com/hotloop/hotloop/vm"

// wakeForPath wakes the loop whose header or back-edge is at pc (in
// key's frame), which a root path of key's loop reached, unless the
// payoff rule deferred that loop and it does not pay yet.
func (j *JIT) wakeForPath(m *vm.VM, key loopKey, pc int) {
	header := loopHeaderAt(m, pc) // storms.go
	tk := loopKey{key.code, header, key.globals}
	if lp := j.loops[tk]; lp != nil && lp.tr == nil && !lp.wake && !lp.pending && lp.instrs > 0 && (lp.unsized || !j.rootPays(m, tk, lp, false)) {
		j.logf("path from %s reached deferred trace at %s: not woken (it does not pay yet)", where(key.code, key.pc), where(key.code, header))
		return
	}
	j.wakeLoop(m, key, pc, 0)
}
