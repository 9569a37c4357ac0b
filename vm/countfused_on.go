//go:build hotloop_countfused

package vm

// countFused: built with hotloop_countfused, the interpreter counts every
// instruction of a fused dispatch (countfused_off.go says why not by
// default).
const countFused = true

// CountsFusedInstructions reports whether BytecodesInterpreted counts
// every instruction of a fused dispatch.
const CountsFusedInstructions = countFused
