// repl.go is the interactive prompt that a bare `hotloop` opens on a
// terminal: python3's `>>> ` and `... ` prompts, the value of each
// expression statement echoed, a traceback that does not end the session,
// Ctrl-C discarding the current input, Ctrl-D leaving. Line editing and
// history come from github.com/chzyer/readline. Each statement is compiled
// on its own in "single" mode, so tracebacks count lines from 1 within it,
// as CPython's do.

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/chzyer/readline"

	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/syntax"
)

// Prompts as CPython's sys.ps1 and sys.ps2.
const (
	promptFirst = ">>> "
	promptMore  = "... "
)

// lineReader reads the lines typed at the prompt.
type lineReader interface {
	// ReadLine shows prompt and returns the next line without its end;
	// Ctrl-C gives readline.ErrInterrupt, the end of input io.EOF.
	ReadLine(prompt string) (string, error)
	Close() error
}

// termReader edits lines on a terminal with history.
type termReader struct{ rl *readline.Instance }

func (t termReader) ReadLine(prompt string) (string, error) {
	t.rl.SetPrompt(prompt)
	return t.rl.Readline()
}

func (t termReader) Close() error { return t.rl.Close() }

// plainReader reads lines from a pipe or file, writing the prompts to
// stderr as CPython does when stdin is not a terminal.
type plainReader struct {
	in     *bufio.Reader
	prompt io.Writer
}

func (p plainReader) ReadLine(prompt string) (string, error) {
	io.WriteString(p.prompt, prompt)
	line, err := p.in.ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

func (p plainReader) Close() error { return nil }

// newLineReader returns a line editor on a terminal, else a plain reader.
func newLineReader(stdin io.Reader, stdout, stderr io.Writer) lineReader {
	if f, ok := stdin.(*os.File); ok && isCharDevice(f) {
		cfg := &readline.Config{InterruptPrompt: "^C", Stdin: f, Stdout: stdout, Stderr: stderr}
		if home, err := os.UserHomeDir(); err == nil {
			cfg.HistoryFile = filepath.Join(home, ".hotloop_history")
		}
		if rl, err := readline.NewEx(cfg); err == nil {
			return termReader{rl}
		}
	}
	return plainReader{in: bufio.NewReader(stdin), prompt: stderr}
}

// runInteractive opens the prompt of a bare `hotloop` on a terminal.
func runInteractive(o *options, stdin io.Reader, stdout, stderr io.Writer) int {
	machine, err := vm.New(vm.Config{
		Stdout:         stdout,
		Stderr:         stderr,
		Stdin:          stdin,
		Args:           []string{""},
		GCStress:       os.Getenv("HOTLOOP_GCSTRESS") == "1",
		CatchInterrupt: true,
		StdoutMode:     stdoutMode(o, stdout),
	})
	if err != nil {
		fmt.Fprintf(stderr, "hotloop: %v\n", err)
		return 1
	}
	defer machine.Close()
	fmt.Fprintf(stderr, "%s on %s\nType Ctrl-D (or exit()) to leave.\n", version, runtime.GOOS)
	return interact(machine, newLineReader(stdin, stdout, stderr), stdout, stderr)
}

// interact runs statements read from lr in machine's __main__ until the
// end of input (exit code 0) or SystemExit (its code).
func interact(machine *vm.VM, lr lineReader, stdout, stderr io.Writer) int {
	defer lr.Close()
	var lines []string
	for {
		prompt := promptFirst
		if len(lines) > 0 {
			prompt = promptMore
		}
		line, err := lr.ReadLine(prompt)
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			fmt.Fprintln(stderr, "KeyboardInterrupt")
			lines = lines[:0]
			continue
		case errors.Is(err, io.EOF):
			fmt.Fprintln(stderr)
			return 0
		case err != nil:
			fmt.Fprintf(stderr, "%s: reading input: %v\n", progName(), err)
			return 1
		}
		lines = append(lines, line)
		if len(lines) == 1 && strings.TrimSpace(line) == "" {
			lines = lines[:0]
			continue
		}
		if needsMoreInput(lines) {
			continue
		}
		src := strings.Join(lines, "\n") + "\n"
		lines = lines[:0]
		_, err = machine.Exec("<stdin>", []byte(src), vm.ModeSingle)
		var pe *vm.PyError
		switch {
		case errors.As(err, &pe) && pe.Exit:
			fmt.Fprint(stderr, pe.Traceback)
			return pe.ExitCode
		case errors.As(err, &pe):
			fmt.Fprint(stderr, pe.Traceback)
		case err != nil:
			fmt.Fprintf(stderr, "hotloop: %v\n", err)
		}
	}
}

// needsMoreInput decides, as CPython's prompt does, whether the lines typed
// so far are an unfinished statement: an open bracket or triple-quoted
// string, a trailing backslash, or a compound statement, which goes on
// until an empty line.
func needsMoreInput(lines []string) bool {
	src := strings.Join(lines, "\n") + "\n"
	last := strings.TrimSpace(lines[len(lines)-1])
	mod, err := syntax.Parse("<stdin>", []byte(src), syntax.SingleMode)
	if err != nil {
		var se *syntax.Error
		if !errors.As(err, &se) {
			return false
		}
		switch {
		case strings.Contains(se.Msg, "was never closed"),
			strings.HasPrefix(se.Msg, "unterminated triple-quoted"),
			se.Msg == "unexpected EOF while parsing":
			// Unfinished whatever follows: only the text can close it.
			return true
		}
		if len(lines) > 1 && last == "" {
			return false // an empty line ends the statement: report the error
		}
		if strings.HasPrefix(se.Msg, "expected an indented block") {
			return true
		}
		first := strings.TrimSpace(lines[0])
		return strings.HasSuffix(first, ":") || strings.HasPrefix(first, "@")
	}
	if len(lines) > 1 && last == "" {
		return false
	}
	body := mod.(*syntax.Interactive).Body
	if len(body) == 0 {
		return false
	}
	switch body[0].(type) {
	case *syntax.ExprStmt, *syntax.Assign, *syntax.AugAssign, *syntax.AnnAssign, *syntax.Pass,
		*syntax.Break, *syntax.Continue, *syntax.Return, *syntax.Raise, *syntax.Global,
		*syntax.Nonlocal, *syntax.Import, *syntax.ImportFrom, *syntax.Assert, *syntax.Delete:
		return false
	}
	return true // a compound statement: wait for the empty line
}
