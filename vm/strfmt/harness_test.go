package strfmt

// This file holds the test side of the differential tests: a runner that
// feeds lines to python3 (CPython 3.11, the reference) and reads one answer
// line per input, and the encodings both sides share. Text crosses the
// pipe hex-encoded (WTF-8 bytes on the Go side, surrogatepass UTF-8 on the
// Python side) so that newlines and lone surrogates survive; floats cross
// as their IEEE-754 bits. Python answers "=HEX" for a result and
// "!Class HEX" (the message) for an exception.

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// newRand returns the random source of a differential test. The seed is
// fixed so that failures reproduce; STRFMT_SEED=n shifts every seed to
// explore other inputs.
func newRand(a, b uint64) *rand.Rand {
	if n, err := strconv.ParseUint(os.Getenv("STRFMT_SEED"), 10, 64); err == nil {
		a += n * 1000003
	}
	return rand.New(rand.NewPCG(a, b))
}

// pyPrelude is prepended to every script: version check and the decoders.
const pyPrelude = `
import sys, struct
if sys.version_info[:2] != (3, 11): sys.exit(42)
def S(h): return bytes.fromhex(h).decode('utf-8', 'surrogatepass')
def F(h): return struct.unpack('>d', bytes.fromhex(h))[0]
def out(f):
    try:
        r = f()
        sys.stdout.write('=' + r.encode('utf-8', 'surrogatepass').hex() + '\n')
    except Exception as e:
        m = str(e).encode('utf-8', 'surrogatepass').hex()
        sys.stdout.write('!' + type(e).__name__ + ' ' + m + '\n')
`

// runPython runs script (after pyPrelude) with the lines on stdin and
// returns its output lines. The test is skipped without CPython 3.11.
func runPython(t *testing.T, script string, lines []string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command("python3", "-c", pyPrelude+script)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 42 {
		t.Skip("python3 is not CPython 3.11")
	}
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	res := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(res) != len(lines) {
		t.Fatalf("python3 answered %d lines for %d inputs", len(res), len(lines))
	}
	return res
}

// hx hex-encodes a string for the Python side.
func hx(s string) string { return hex.EncodeToString([]byte(s)) }

// fx encodes a float's bits for the Python side.
func fx(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

// pyErr is an exception raised by the test's stand-ins for interpreter
// objects (KeyError, the TypeError of int(complex)...).
type pyErr struct{ class, msg string }

func (e *pyErr) Error() string     { return e.class + ": " + e.msg }
func (e *pyErr) IsTypeError() bool { return e.class == "TypeError" }

// answer renders a Go result the way the Python side does.
func answer(s string, err error) string {
	if err != nil {
		switch e := err.(type) {
		case *Error:
			return "!" + e.Kind.String() + " " + hx(e.Msg)
		case *pyErr:
			return "!" + e.class + " " + hx(e.msg)
		}
		return "!" + hx(err.Error())
	}
	return "=" + hx(s)
}

// show makes an answer readable in a failure message.
func show(a string) string {
	if strings.HasPrefix(a, "=") {
		b, err := hex.DecodeString(a[1:])
		if err == nil {
			return fmt.Sprintf("%q", b)
		}
	}
	if kind, msg, ok := strings.Cut(a, " "); ok {
		b, err := hex.DecodeString(msg)
		if err == nil {
			return fmt.Sprintf("%s: %q", kind, b)
		}
	}
	return a
}
