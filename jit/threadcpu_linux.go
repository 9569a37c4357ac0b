// threadcpu_linux.go reads the CPU time of the calling thread, which a
// background compile (async.go) measures itself with: the process's CPU
// time minus the background compiles' is what ran on the interpreter's
// side, the wall time of a run on a machine with a spare core.

//go:build linux

package jit

import (
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD (not in package syscall).
const rusageThread = 1

// threadCPU returns the CPU time the calling OS thread has used so far
// (the caller must be locked to its thread), and false when the kernel
// does not say.
func threadCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
