package jit

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestLoopFuncGuessFromBelow runs jit/loopfunc_fannkuch with the CLI's
// configuration: its fannkuch plan (66 bytecodes, a 4,469-byte module,
// 67.7 bytes a bytecode) must not be lowered while its run cannot pay
// for it at the real size. With the guess at 56 bytes a bytecode it was
// lowered, and then refused at its size (session 33).
func TestLoopFuncGuessFromBelow(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/jit/loopfunc_fannkuch.py")
	if err != nil {
		t.Fatal(err)
	}
	// the program's last line raises by design: leave it out
	prog := string(src)
	prog = prog[:strings.LastIndex(strings.TrimRight(prog, "\n"), "\n")+1]
	want := run(t, prog, nil, 0)
	const threshold = 1039 // the CLI's
	var log bytes.Buffer
	j := New(Config{Payoff: true, LoopFuncs: true, StopUnpayable: true, Log: &log}) // as the CLI's
	if got := run(t, prog, j, threshold); got != want {
		t.Fatalf("JIT prints %q, interpreter %q", got, want)
	}
	lg := log.String()
	if !strings.Contains(lg, "planned loop function fannkuch") {
		t.Fatalf("fannkuch was not planned; log:\n%s", lg)
	}
	if strings.Contains(lg, "lowered loop function fannkuch") {
		t.Errorf("fannkuch was lowered on a guess its real size refuses; log:\n%s", lg)
	}
	// the same plan in a run long enough to pay compiles
	long := prog + "for n in range(7):\n    fannkuch(8)\n"
	log.Reset()
	j = New(Config{Payoff: true, LoopFuncs: true, StopUnpayable: true, Log: &log})
	if got, want := run(t, long, j, threshold), run(t, long, nil, 0); got != want {
		t.Fatalf("JIT prints %q, interpreter %q", got, want)
	}
	if !strings.Contains(log.String(), "compiled loop function fannkuch") {
		t.Errorf("fannkuch did not compile in a long run; log:\n%s", log.String())
	}
}
