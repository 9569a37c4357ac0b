// cputime.go holds what the CPU-time reading (cputime_unix.go,
// cputime_other.go) shares.

package jit

import "time"

// wallStart is the origin of the wall-clock fallback of cpuTime (set
// once at start-up, never written after).
var wallStart = time.Now()
