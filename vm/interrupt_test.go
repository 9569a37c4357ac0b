// interrupt_test.go tests the interrupt word (KeyboardInterrupt raised at
// back-edges, catchable), the time limit, and the conversion of a Go panic
// into an uncaught SystemError. tests/interrupt_test.go checks real SIGINT
// against python3.

package vm

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/compile"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// compileProgram compiles src as the module t.py.
func compileProgram(tb testing.TB, src string) *bytecode.Code {
	tb.Helper()
	mod, text, err := syntax.ParseFileText("t.py", []byte(src))
	if err != nil {
		tb.Fatal(err)
	}
	table, err := symtable.Build(mod, "t.py", text)
	if err != nil {
		tb.Fatal(err)
	}
	code, err := compile.Compile(mod, table, "t.py")
	if err != nil {
		tb.Fatal(err)
	}
	return code
}

// newProgram compiles src and builds a VM for it with cfg's streams set to
// the returned buffers; the VM is closed when the test ends.
func newProgram(t *testing.T, src string, cfg Config) (*VM, func() error, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	code := compileProgram(t, src)
	var out, errb bytes.Buffer
	cfg.Stdout, cfg.Stderr = &out, &errb
	m, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m, func() error { return m.RunFile("t.py", []byte(src), code) }, &out, &errb
}

func TestInterruptWord(t *testing.T) {
	src := "n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print('caught')\nwhile True:\n    pass\n"
	m, run, out, errb := newProgram(t, src, Config{})
	// Interrupt every 50 ms until the program ends: two interrupts sent
	// before a loaded machine started the first loop would count as one
	// and leave the second loop running for ever.
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				m.Interrupt()
			}
		}
	}()
	err := run()
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != "caught\n" || !strings.HasSuffix(errb.String(), "\nKeyboardInterrupt\n") {
		t.Errorf("stdout %q stderr %q", out, errb)
	}
	if !m.KilledByInterrupt() || m.ExitCode() != 130 {
		t.Errorf("KilledByInterrupt %v, exit code %d", m.KilledByInterrupt(), m.ExitCode())
	}
}

func TestTimeLimit(t *testing.T) {
	src := "def f():\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass\nf()\n"
	m, run, _, errb := newProgram(t, src, Config{TimeLimit: 50 * time.Millisecond})
	if err := run(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(errb.String(), "SystemError: time limit exceeded\n") || m.ExitCode() != 1 {
		t.Errorf("stderr %q exit %d", errb, m.ExitCode())
	}
}

func TestGoPanicIsSystemError(t *testing.T) {
	m, _, out, errb := newProgram(t, "pass\n", Config{})
	m.goPanic("index out of range [3] with length 2")
	_ = out
	if want := "SystemError: Go panic in hotloop: index out of range [3] with length 2\n"; errb.String() != want || m.ExitCode() != 1 {
		t.Errorf("stderr %q, want %q; exit %d", errb, want, m.ExitCode())
	}
}
