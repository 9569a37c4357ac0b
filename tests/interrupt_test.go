// interrupt_test.go checks Ctrl-C: hotloop and python3 each run a looping
// program, get SIGINT once it printed a ready line, and must end alike:
// the same last line of stderr (KeyboardInterrupt) and the same exit
// status (death by SIGINT), and a caught KeyboardInterrupt lets the
// program go on.

package tests

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// interruptRun runs argv on the program, sends SIGINT after each line of
// stdout that starts with "ready", and returns stdout, stderr and the
// wait status.
func interruptRun(t *testing.T, argv []string) (string, string, syscall.WaitStatus) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	var stdout strings.Builder
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		stdout.WriteString(sc.Text() + "\n")
		if strings.HasPrefix(sc.Text(), "ready") {
			time.Sleep(100 * time.Millisecond)
			cmd.Process.Signal(os.Interrupt)
		}
	}
	cmd.Wait()
	return stdout.String(), stderr.String(), cmd.ProcessState.Sys().(syscall.WaitStatus)
}

// TestInterrupt compares hotloop's and python3's response to SIGINT.
func TestInterrupt(t *testing.T) {
	if hotloopErr != nil {
		t.Fatal(hotloopErr)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	programs := map[string]string{
		"loop": "def f():\n    i = 0\n    while True:\n        i += 1\nprint('ready', flush=True)\nf()\n",
		"caught_then_input": "try:\n    print('ready', flush=True)\n    while True:\n        pass\n" +
			"except KeyboardInterrupt:\n    print('caught')\nprint('ready2', flush=True)\ninput()\n",
		"recursion": "def f(n):\n    return f(n + 1) if n < 500 else f(0)\nprint('ready', flush=True)\nf(0)\n",
	}
	dir := t.TempDir()
	for name, src := range programs {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".py")
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			wantOut, wantErr, wantSt := interruptRun(t, []string{"python3", path})
			gotOut, gotErr, gotSt := interruptRun(t, []string{hotloopBin, path})
			if gotOut != wantOut {
				t.Errorf("stdout %q, python3 %q", gotOut, wantOut)
			}
			if g, w := lastLine(gotErr), lastLine(wantErr); g != w {
				t.Errorf("last stderr line %q, python3 %q\nstderr:\n%s", g, w, gotErr)
			}
			if gotSt.Signaled() != wantSt.Signaled() || gotSt.Signal() != wantSt.Signal() || gotSt.ExitStatus() != wantSt.ExitStatus() {
				t.Errorf("status %v (signal %v), python3 %v (signal %v)", gotSt.ExitStatus(), gotSt.Signal(), wantSt.ExitStatus(), wantSt.Signal())
			}
		})
	}
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
