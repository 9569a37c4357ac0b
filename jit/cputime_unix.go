// cputime_unix.go reads the process's CPU time (user+sys), which the
// payoff rules (payoff.go) use to measure a loop's time per iteration:
// unlike the wall clock, it does not count the time the process waited
// for a core on a loaded machine.

//go:build unix

package jit

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used so far, or the wall
// clock's time since an arbitrary start when the kernel does not say.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Since(wallStart)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
