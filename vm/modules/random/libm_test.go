// This file tests libm.go against CPython's math module on about a
// million arguments, bit for bit, errors included. glibc is not always
// correctly rounded, so each difference is sent to mpmath (at 400 bits)
// and accepted only if our result is the nearer one.

package random

import (
	"bufio"
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/num"
)

func TestLibmMatchesCPython(t *testing.T) {
	out := runPython(t, "testdata/libm.py", nil)
	funcs := map[string]func(float64) (float64, error){
		"log": mathLog, "exp": mathExp, "cos": mathCos, "sin": mathSin, "acos": mathAcos,
	}
	total := map[string]int{}
	differ := map[string]int{}
	var diffs []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		x, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			t.Fatal(err)
		}
		y, err := funcs[f[0]](x)
		got := ""
		if err != nil {
			got = err.(*num.Error).Type
		} else {
			got = num.FloatHex(y)
		}
		total[f[0]]++
		if got == f[2] {
			continue
		}
		if err != nil || strings.HasSuffix(f[2], "Error") {
			t.Errorf("%s(%s) = %s, CPython %s", f[0], f[1], got, f[2])
			continue
		}
		differ[f[0]]++
		diffs = append(diffs, strings.Join([]string{f[0], f[1], got, f[2]}, " "))
	}
	t.Logf("arguments %v; results differing from glibc %v", total, differ)
	if len(diffs) == 0 {
		return
	}
	if exec.Command("python3", "-c", "import mpmath").Run() != nil {
		t.Skip("mpmath missing: cannot judge the differences from glibc")
	}
	verdicts := strings.Fields(string(runPython(t, "testdata/closer.py", []byte(strings.Join(diffs, "\n")+"\n"))))
	for i, v := range verdicts {
		if v != "ours" {
			t.Errorf("%s: CPython's result is %s", diffs[i], v)
		}
	}
}

// runPython runs python3 on a script with stdin and returns its output,
// skipping the test if python3 is missing.
func runPython(t *testing.T, script string, stdin []byte) []byte {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the differential tests need CPython 3.11")
	}
	cmd := exec.Command(py, script)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 %s: %v\n%s", script, err, stderr.String())
	}
	return out
}
