// cputime_other.go stands in for cputime_linux.go: elsewhere the
// collector estimates its share of the work with the wall clock.

//go:build !linux

package gc

import "time"

// cpuNow returns the time since the process started (wall clock).
func cpuNow() time.Duration { return time.Since(processStart) }
