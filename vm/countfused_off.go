//go:build !hotloop_countfused

package vm

// countFused: the interpreter counts a dispatch that runs two or three
// instructions at once (a compare and the jump testing it, a constant
// and the add using it: "Interpreter speed (session 15)" in docs/vm.md)
// as one bytecode. Counting each instruction costs fib 5% and nqueens 3%
// of CPU (session 37), so it is compiled in only with the build tag
// hotloop_countfused, which the test of the JIT's own bytecode count
// uses to compare like with like (docs/jit.md "Bytecodes counted in
// compiled code (session 37)").
const countFused = false

// CountsFusedInstructions reports whether BytecodesInterpreted counts
// every instruction of a fused dispatch (build tag hotloop_countfused)
// or the dispatch once.
const CountsFusedInstructions = countFused
