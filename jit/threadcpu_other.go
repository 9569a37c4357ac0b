// threadcpu_other.go is threadCPU where a thread's CPU time cannot be
// read: background compiles report none.

//go:build !linux

package jit

import "time"

// threadCPU reports that the thread's CPU time is unknown.
func threadCPU() (time.Duration, bool) { return 0, false }
