//go:build unix && !linux

package wasmgen

import "time"

// threadCPU is not measured outside Linux: BenchmarkDumpedTraces then
// reports a thread CPU time of zero.
func threadCPU() time.Duration { return 0 }
