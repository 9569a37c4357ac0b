// Package jit will hold the tracing JIT's runtime side: the eval-loop hook
// it installs into the vm, hot-loop counters, the trace cache, side exits,
// blacklisting and invalidation. Nothing is implemented yet.
package jit
