// This file reads a finished child's peak resident set size from the
// rusage that wait4 returned for it (os/exec waits with wait4, and
// ProcessState.SysUsage is that rusage).

//go:build unix

package bench

import (
	"os"
	"runtime"
	"syscall"
)

// maxRSSKiB returns the child's peak resident set size in KiB, or -1 when
// the OS did not report it. Linux reports ru_maxrss in KiB, macOS in bytes.
func maxRSSKiB(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok || ru == nil {
		return -1
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss) / 1024
	}
	return int64(ru.Maxrss)
}
