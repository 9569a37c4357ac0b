// repl_test.go checks the interactive prompt through a pseudo-terminal:
// the same session is typed, line by line, into `python3` and `hotloop`
// (each waiting for its prompt before the next line), and what each
// printed, minus the banner, the echoed input and terminal control
// sequences, must be the same.

package tests

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// replSession is typed at the prompt. It covers expression echo, `_`,
// compound statements ended by an empty line, an open bracket, a
// traceback that leaves the session alive, a SyntaxError, and exit.
var replSession = []string{
	"1 + 1",
	"_ * 10",
	"import math, collections",
	"math.sqrt(16), collections.Counter('abca').most_common(1)",
	"x = [i * i for i in range(5)]",
	"x",
	"def f(n):",
	"    return n / (n - 3)",
	"",
	"f(6)",
	"f(3)",
	"(1,",
	" 2)",
	"for i in range(2):",
	"    print('row', i)",
	"",
	"1 +",
	"'still alive', x[-1]",
	"None",
	"raise SystemExit(7)",
}

// ansiRE matches terminal control sequences.
var ansiRE = regexp.MustCompile(`\x1b(\[[0-9;?]*[a-zA-Z]|[=>])`)

// typeSession runs argv on a pty, types each line after the previous
// prompt, and returns everything it printed and its exit code.
func typeSession(t *testing.T, argv []string, lines []string) (string, int) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "TERM=dumb", "HOME="+t.TempDir(), "PYTHONSTARTUP=")
	tty, err := pty.Start(cmd)
	if err != nil {
		t.Fatalf("starting %v on a pty: %v", argv, err)
	}
	defer tty.Close()
	out := make(chan []byte, 64)
	go func() {
		defer close(out)
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			if n > 0 {
				out <- append([]byte(nil), buf[:n]...)
			}
			if err != nil {
				return
			}
		}
	}()
	var all bytes.Buffer
	waitPrompt := func() bool {
		deadline := time.After(15 * time.Second)
		for {
			clean := termClean(all.String())
			if strings.HasSuffix(clean, ">>> ") || strings.HasSuffix(clean, "... ") {
				return true
			}
			select {
			case b, ok := <-out:
				if !ok {
					return false
				}
				all.Write(b)
			case <-deadline:
				t.Errorf("%v: no prompt after %q", argv, all.String())
				return false
			}
		}
	}
	for _, line := range lines {
		if !waitPrompt() {
			break
		}
		mark := all.Len()
		io.WriteString(tty, line+"\r")
		// wait for the echo so that the next prompt is a new one
		for !bytes.Contains(all.Bytes()[mark:], []byte("\n")) {
			b, ok := <-out
			if !ok {
				break
			}
			all.Write(b)
		}
	}
	done := make(chan struct{})
	go func() {
		for b := range out {
			all.Write(b)
		}
		close(done)
	}()
	timer := time.AfterFunc(15*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	cmd.Wait()
	tty.Close()
	<-done
	return all.String(), cmd.ProcessState.ExitCode()
}

// termClean renders what a terminal would show of raw, line by line:
// control sequences and carriage returns dropped, a backspace erasing the
// character before it.
func termClean(raw string) string {
	raw = ansiRE.ReplaceAllString(raw, "")
	var b []byte
	for i := 0; i < len(raw); i++ {
		switch c := raw[i]; c {
		case '\r':
		case '\b':
			if n := len(b); n > 0 && b[n-1] != '\n' {
				b = b[:n-1]
			}
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// replTranscript keeps what the program printed: no banner (the lines
// before the first prompt), no echoed input lines, no control sequences.
func replTranscript(raw string) []string {
	raw = termClean(raw)
	var out []string
	started := false
	for _, l := range strings.Split(raw, "\n") {
		if strings.HasPrefix(l, ">>> ") || strings.HasPrefix(l, "... ") || l == ">>>" || l == "..." {
			started = true
			continue
		}
		if started && l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestInteractivePrompt compares a typed session with python3's.
func TestInteractivePrompt(t *testing.T) {
	if hotloopErr != nil {
		t.Fatal(hotloopErr)
	}
	wantRaw, wantCode := typeSession(t, []string{"python3", "-q"}, replSession)
	gotRaw, gotCode := typeSession(t, []string{hotloopBin}, replSession)
	want, got := replTranscript(wantRaw), replTranscript(gotRaw)
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("transcripts differ\n--- python3:\n%s\n--- hotloop:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
	}
	if len(want) < 10 {
		t.Errorf("python3's transcript is too short to compare: %q", wantRaw)
	}
	if gotCode != wantCode || wantCode != 7 {
		t.Errorf("exit code: hotloop %d, python3 %d, want 7", gotCode, wantCode)
	}
}
