// Package trace will hold the trace recorder and the trace IR: the recorder
// follows the interpreter through one iteration of a hot loop and emits
// typed SSA IR with guards and snapshots; the optimisation passes (constant
// folding, CSE, guard elimination, loop peeling, allocation sinking) run on
// that IR before code generation. Nothing is implemented yet.
package trace
