// This file decides whether the JIT compiles in the background
// (jit/async.go): it does when the process may run more than one thread
// at once and, at each compile, a core is idle.

package main

import (
	"bytes"
	"os"
	"runtime"
	"strconv"
)

// asyncMode is HOTLOOP_JIT_ASYNC's setting.
type asyncMode int

const (
	asyncOff    asyncMode = iota // compile on the VM's goroutine
	asyncSpare                   // in the background when a core is idle (the default)
	asyncAlways                  // in the background always (measurements)
)

// asyncCompiles reads the HOTLOOP_JIT_ASYNC setting env for a process
// that may run procs threads at once (GOMAXPROCS, which follows the CPU
// affinity mask and the cgroup's CPU limit): "0" turns background
// compiles off, "1" on whenever procs > 1, and unset (the default) on
// when procs > 1 and a core is idle at the compile (spareCore). With one
// thread a background compile only waits for the interpreter to yield.
// The JIT itself compiles synchronously in forced-hot mode
// (--jit-threshold=1) and for modules the code cache holds.
func asyncCompiles(env string, procs int) asyncMode {
	if procs < 2 {
		return asyncOff
	}
	switch env {
	case "":
		return asyncSpare
	case "1":
		return asyncAlways
	}
	return asyncOff
}

// defaultAsyncMinWork is the work (ms on the JIT's work clock) a program
// must have done before its root traces and loop functions compile in
// the background (jit.Config.AsyncMinWork, jit/asyncrule.go): past every
// root and loop-function compile of the corpus's jit/ programs (the
// latest, jit/sidebudget_tree's, at 94 ms); seven of the 22 benchmarks
// (bfs_deque, collatz, interp, montecarlo, set_ops, sorting, strings)
// make later ones.
const defaultAsyncMinWork = 100.0

// asyncMinWork reads HOTLOOP_JIT_ASYNC_MINWORK (ms; for measurements) and
// returns jit.Config.AsyncMinWork in ns: defaultAsyncMinWork when env is
// unset, not a number or negative.
func asyncMinWork(env string) float64 {
	ms, err := strconv.ParseFloat(env, 64)
	if err != nil || ms < 0 {
		ms = defaultAsyncMinWork
	}
	return ms * 1e6
}

// spareCore reports whether a core is idle now: whether fewer threads are
// runnable in the whole system than it has CPUs (the fourth field of
// /proc/loadavg, "running/total", counts this process's running thread
// too, so a quiet 2-core machine reads 1). A background compile needs a
// core the interpreter is not on: without one, it waits for a time slice
// while its loop runs interpreted, for longer than the compile takes
// (docs/jit.md "JIT cost on short programs (session 15)": every
// benchmark lost 7-19% of CPU and wall time so, on 2 cores at load 16-20).
// Reading the file costs some 30 µs (at load 20), next to a compile's
// milliseconds.
// Where there is no /proc/loadavg, it reports true.
func spareCore() bool {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return true
	}
	running, ok := loadavgRunning(b)
	return !ok || running < runtime.NumCPU()
}

// loadavgRunning parses the number of runnable threads from the contents
// of /proc/loadavg ("0.52 0.58 0.59 3/467 12345").
func loadavgRunning(b []byte) (int, bool) {
	f := bytes.Fields(b)
	if len(f) < 4 {
		return 0, false
	}
	r, _, found := bytes.Cut(f[3], []byte("/"))
	if !found {
		return 0, false
	}
	n, err := strconv.Atoi(string(r))
	return n, err == nil
}
