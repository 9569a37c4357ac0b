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
// burn the second core's time too). At 400, dispatch_loop collects once;
// the price is the Go heap's peak, 3-16 MB more RSS on the benchmarks
// (docs/jit.md "Side-trace storms and the collector (session 20)"). The
// interpreter alone makes little Go garbage (GOGC=400 changed nothing with
// --jit=off), so --jit=off keeps the default.
const jitGCPercent = 400

// setJITGC raises the collector's target for a run with the JIT, unless
// the user set GOGC (which the Go runtime has applied already).
func setJITGC() {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return
	}
	debug.SetGCPercent(jitGCPercent)
}
