// jitgc.go sets Go's collector for a run with the JIT on.

package main

import (
	"os"
	"runtime/debug"
)

// jitGCPercent is the Go collector's target (GOGC) while the JIT is on.
// wazero's compiler leaves about a megabyte of Go garbage per trace
// module, against a live Go heap of 2 MB, so at the default of 100 a
// collection started every two or three compiles: jit/dispatch_loop (23
// modules) ran 9 collections with the JIT and none without, and CPU
// profiles of it and of jit/callloop_for put the Go runtime at 30% of the
// run with the JIT against 11% without (the collector's idle workers
// burn the second core's time too). At 400, dispatch_loop collected once,
// but peak RSS grew 3-16 MB on the benchmarks (set_ops 53 -> 69 MB); 200
// keeps most of the gain (dispatch_loop 0.13 -> 0.10 s CPU, 400: 0.08) for
// about half the memory (set_ops 54 -> 62 MB), and peak memory is a bar
// too (docs/jit.md "Side-trace storms and the collector (session 20)").
// The interpreter alone makes little Go garbage (GOGC=400 changed nothing
// with --jit=off), so --jit=off keeps the default.
const jitGCPercent = 200

// setJITGC raises the collector's target for a run with the JIT, unless
// the user set GOGC (which the Go runtime has applied already).
func setJITGC() {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return
	}
	debug.SetGCPercent(jitGCPercent)
}
