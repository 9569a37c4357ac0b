// cputime_other.go is cpuTime where the process's CPU time cannot be
// read: the wall clock stands in.

//go:build !unix

package jit

import "time"

// cpuTime returns the wall clock's time since an arbitrary start.
func cpuTime() time.Duration { return time.Since(wallStart) }
