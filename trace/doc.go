// Package trace holds the trace recorder (record.go): it executes one
// iteration of a hot loop abstractly and emits typed SSA IR with guards
// and snapshots through an ir.Builder. The IR itself is package trace/ir,
// the optimisation passes (folding, CSE, guard and bounds-check
// elimination, loop peeling, forwarding, dead stores, allocation sinking,
// dead code) are package trace/opt, and trace/irgen generates random traces
// for their tests. docs/jit.md describes all of them.
package trace
