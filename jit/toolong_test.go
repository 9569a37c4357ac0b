package jit

import (
	"bytes"
	"strings"
	"testing"
)

// TestTooLongEstimated checks that with the payoff rules on, a root
// recording guessed at more than 1.3 times MaxTraceInstrs is refused
// before lowering ("estimated"), with the interpreter's output, and that
// without them the same loop is lowered and refused on its real size.
func TestTooLongEstimated(t *testing.T) {
	src := maskedWhileSrc
	want := run(t, src, nil, 0)
	for _, payoff := range []bool{true, false} {
		var log bytes.Buffer
		j := New(Config{Payoff: payoff, MaxTraceInstrs: 100, Log: &log})
		if got := run(t, src, j, 0); got != want {
			t.Fatalf("payoff %v: JIT prints %q, interpreter %q", payoff, got, want)
		}
		st := j.Stats()
		if st.TracesCompiled != 0 {
			t.Fatalf("payoff %v: a trace was compiled past MaxTraceInstrs; log:\n%s", payoff, log.String())
		}
		var guessed, lowered int64
		for reason, n := range st.AbortReasons {
			switch {
			case strings.Contains(reason, "trace too long to compile (estimated at more than 130 wasm instructions)"):
				guessed += n
			case strings.Contains(reason, "trace too long to compile (more than 100 wasm instructions)"):
				lowered += n
			}
		}
		if payoff && (guessed == 0 || lowered != 0) {
			t.Errorf("payoff on: %d refusals on the guess, %d after lowering; want only the first: %v", guessed, lowered, st.AbortReasons)
		}
		if !payoff && (guessed != 0 || lowered == 0) {
			t.Errorf("payoff off: %d refusals on the guess, %d after lowering; want only the second: %v", guessed, lowered, st.AbortReasons)
		}
	}
}
