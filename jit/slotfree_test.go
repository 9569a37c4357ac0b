package jit

import (
	"bytes"
	"os"
	"testing"
)

// TestSlotFreeSharedSides: side traces of the same path grown from two
// exits of a dispatch loop's root (peeled: Config.PeelDispatch), and grown again for the root compiled
// again after another program retired it, are the same module byte for
// byte, so wazero's cache serves all but the first (slotfree.go:
// Stats.SharedModules counts the modules loaded while one of the same
// bytes was open); the program prints what the interpreter prints. With
// slots baked into the modules (wasmgen.LowerConfig.SlotFree off) none is
// shared and this fails.
func TestSlotFreeSharedSides(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/jit/compilecost_shared_sides.py")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := runCounting(t, string(src), nil, 0)
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true, LoopFuncs: true, PeelDispatch: true})
	got, _ := runCounting(t, string(src), j, 0)
	if got != want {
		t.Fatalf("JIT prints\n%s\ninterpreter\n%s\nlog\n%s", got, want, log.String())
	}
	s := j.Stats()
	t.Logf("%d side traces, %d modules shared", s.SideTraces, s.SharedModules)
	if s.SideTraces == 0 || s.SharedModules == 0 {
		t.Fatalf("%d side traces, %d modules shared; want some of each\n%s", s.SideTraces, s.SharedModules, log.String())
	}
}
