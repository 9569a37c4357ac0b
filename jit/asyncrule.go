// asyncrule.go decides which compiles may go to the background
// (async.go) by how much the program has done so far (session 23).
//
// A root trace or a loop function compiling in the background leaves
// its loop interpreted meanwhile. The interpreter does, during the
// compile, work the finished code would have done some ten times
// faster, so an idle core wins back only the part of the compile's time
// that the code being compiled would not have covered (a loop that keeps
// running: about a tenth of it), while the process pays the compile and
// the interpreted window both. On this 2-vCPU machine the two threads
// also slow each other (wazero's samples about 3x, the interpreter's
// +30% in session 22's perf), and under load the compile waits for a
// core while the loop runs interpreted for many times the compile's CPU
// time (mandelbrot: 2.3 ms of compile CPU in 53 ms of wall, 2.4 M
// bytecodes interpreted against 0.13 M synchronously). Short programs
// paid most: session 22 measured jit/inner_end_accepted at 45 ms of CPU
// with background compiles, 30 ms without and 23 ms with the JIT off.
//
// So such compiles go to the background only once the program's work
// clock (workNs, deterministic) has reached Config.AsyncMinWork: before
// that they compile on the VM's goroutine, and a short program's trace
// decisions no longer depend on the machine's load. A trace tree still
// may go at any time: its root runs its old module while the tree
// compiles, so the interpreter loses nothing by not waiting.

package jit

// bgAllowed reports whether a compile may go to the background by the
// program's work so far (tree: a trace tree, whose root's old module
// runs meanwhile), counting the ones it keeps on the VM's goroutine.
func (j *JIT) bgAllowed(tree bool) bool {
	if tree || j.cfg.AsyncMinWork <= 0 {
		return true
	}
	if j.async.vm != nil && j.workNs(j.async.vm) >= j.cfg.AsyncMinWork {
		return true
	}
	j.async.short++
	return false
}
