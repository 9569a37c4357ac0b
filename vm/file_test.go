// file_test.go runs a program file named in the environment, so that a
// real program can be profiled in process:
// HOTLOOP_TEST_FILE=x.py go test ./vm -run RunFileEnv -cpuprofile cpu.prof

package vm

import (
	"os"
	"testing"
)

// TestRunFileEnv runs the program named by HOTLOOP_TEST_FILE (for
// profiling with -cpuprofile); it is skipped when the variable is unset.
func TestRunFileEnv(t *testing.T) {
	name := os.Getenv("HOTLOOP_TEST_FILE")
	if name == "" {
		t.Skip("HOTLOOP_TEST_FILE not set")
	}
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, string(src), false)
	t.Logf("exit %d\n%s%s", code, out, errs)
}
