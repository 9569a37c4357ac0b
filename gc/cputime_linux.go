// cputime_linux.go reads the process's CPU time, with which the collector
// estimates its share of the work (Collect, nextGCShare): unlike wall
// time it does not grow while the process waits for a core on a loaded
// machine, which made the estimate, and the budget with it, flip from run
// to run.

//go:build linux

package gc

import (
	"syscall"
	"time"
	"unsafe"
)

// clockProcessCPUTime is Linux's CLOCK_PROCESS_CPUTIME_ID.
const clockProcessCPUTime = 2

// cpuNow returns the CPU time the process has used, or the wall clock's
// monotonic reading if the kernel does not say.
func cpuNow() time.Duration {
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime,
		uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return time.Since(processStart)
	}
	return time.Duration(ts.Nano())
}
