package jit

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestSkiRentalRangeInRealCPU checks that the ski rental does not compile
// a range loop whose certain future (what its range has left) does not
// pay in real CPU: jit/lead_break_last's module-level loop at line 70
// (one path, 39 bytecodes an iteration, 20,000 iterations) is deferred
// at its first hook call and stays so; before session 32 the ski rental
// compiled it once its iterations seen paid the rule's price, part-way
// through its range, with the program's budget grown by the loops before
// it (alone, the budget had no room for it). The whole program is run:
// that budget is what the case needs.
func TestSkiRentalRangeInRealCPU(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/jit/lead_break_last.py")
	if err != nil {
		t.Fatal(err)
	}
	want := run(t, string(src), nil, 0)
	const threshold = 1039 // the CLI's
	var log bytes.Buffer
	j := New(Config{Payoff: true, LoopFuncs: true, StopUnpayable: true, Log: &log}) // as the CLI's
	if got := run(t, string(src), j, threshold); got != want {
		t.Fatalf("JIT prints %q, interpreter %q", got, want)
	}
	lg := log.String()
	if !strings.Contains(lg, "deferred trace at prog.py:70") {
		t.Fatalf("the loop at line 70 was not priced; log:\n%s", lg)
	}
	for _, line := range strings.Split(lg, "\n") {
		if strings.Contains(line, "compiled trace_") && strings.Contains(line, "at prog.py:70:") {
			t.Errorf("the loop at line 70 compiled: %s\nlog:\n%s", line, lg)
		}
	}
}
