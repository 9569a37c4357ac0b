package tests

// TestCorpus runs every program of the golden corpus (corpus/<area>/<name>.py)
// with the hotloop binary and compares its exit code, stdout and stderr with
// what CPython 3.11 produced (<name>.golden, written by regen.py). The
// binary is built once in TestMain. Programs run in parallel, each in its
// own directory with the same arguments, stdin and environment as regen.py
// gives python3, and with a 30 s timeout. README.md describes the corpus.
//
// Environment variables:
//
//	HOTLOOP_CORPUS_FLAGS  extra hotloop flags, e.g. "--jit=off", placed
//	                      before the program name
//	HOTLOOP_BIN           run this executable instead of building
//	                      ./cmd/hotloop (HOTLOOP_BIN=python3 checks the
//	                      harness and the goldens against CPython itself)

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hotloop/hotloop/tests/bench"
)

// corpusTimeout bounds the run time of one corpus program.
const corpusTimeout = 30 * time.Second

// corpusEnv is the whole environment of a corpus program (regen.py's ENV).
var corpusEnv = []string{
	"PATH=/usr/bin:/bin",
	"LC_ALL=C.UTF-8",
	"PYTHONHASHSEED=0",
	"PYTHONDONTWRITEBYTECODE=1",
}

// hotloopBin is the binary TestMain built (or HOTLOOP_BIN); hotloopErr
// says why there is none. TestCorpus fails with hotloopErr.
var (
	hotloopBin string
	hotloopErr error
)

func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "hotloop-tests-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	hotloopBin, hotloopErr = buildHotloop(tmp)
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// buildHotloop builds ./cmd/hotloop into dir, or resolves HOTLOOP_BIN.
func buildHotloop(dir string) (string, error) {
	if bin := os.Getenv("HOTLOOP_BIN"); bin != "" {
		path, err := exec.LookPath(bin)
		if err != nil {
			return "", fmt.Errorf("HOTLOOP_BIN: %v", err)
		}
		return filepath.Abs(path)
	}
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "hotloop")
	if err := bench.GoBuild(root, bin); err != nil {
		return "", err
	}
	return bin, nil
}

// moduleRoot is the nearest directory above the working directory that
// holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// trackInputs makes "go test" caching sound for TestCorpus. The go command
// reuses a cached result while the test binary, the environment variables
// it read and the files it opened or stat'ed are unchanged, but it only
// watches what happens inside m.Run, and the hotloop binary is not part of
// the test binary. So this reads the variables again and stats every file
// of the module (the sources the hotloop binary is built from, and the
// corpus), and the executable given by HOTLOOP_BIN.
func trackInputs(t *testing.T) {
	os.Getenv("HOTLOOP_BIN")
	os.Getenv("HOTLOOP_CORPUS_FLAGS")
	if os.Getenv("HOTLOOP_BIN") != "" {
		os.Stat(hotloopBin)
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		os.Stat(path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// corpusProgram is one program of the corpus.
type corpusProgram struct {
	area, name string
	dir        string // absolute directory of the program
}

// corpusPrograms lists corpus/<area>/<name>.py, skipping names that start
// with "_" (helper modules), in a stable order.
func corpusPrograms() ([]corpusProgram, error) {
	root, err := filepath.Abs("corpus")
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(root, "*", "*.py"))
	if err != nil {
		return nil, err
	}
	var progs []corpusProgram
	for _, f := range files {
		base := filepath.Base(f)
		if strings.HasPrefix(base, "_") {
			continue
		}
		dir := filepath.Dir(f)
		progs = append(progs, corpusProgram{area: filepath.Base(dir), name: strings.TrimSuffix(base, ".py"), dir: dir})
	}
	return progs, nil
}

func TestCorpus(t *testing.T) {
	progs, err := corpusPrograms()
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Fatal("no corpus programs found in tests/corpus/<area>/*.py")
	}
	if hotloopErr != nil {
		t.Fatalf("no hotloop binary: %v", hotloopErr)
	}
	trackInputs(t)
	var err2 error
	pending, err2 = readPending()
	if err2 != nil {
		t.Fatal(err2)
	}
	flags := strings.Fields(os.Getenv("HOTLOOP_CORPUS_FLAGS"))
	for _, p := range progs {
		t.Run(p.area+"/"+p.name, func(t *testing.T) {
			t.Parallel()
			runCorpusProgram(t, p, flags)
		})
	}
}

// corpusResult is what one run produced, or what a golden file holds.
type corpusResult struct {
	exit           int
	stdout, stderr []byte
}

func runCorpusProgram(t *testing.T, p corpusProgram, flags []string) {
	goldenPath := filepath.Join(p.dir, p.name+".golden")
	data, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (run: python3 tests/regen.py %s/%s)", err, p.area, p.name)
	}
	want, err := parseGolden(data)
	if err != nil {
		t.Fatalf("%s: %v", goldenPath, err)
	}
	src, err := os.ReadFile(filepath.Join(p.dir, p.name+".py"))
	if err != nil {
		t.Fatal(err)
	}
	args, stdinName := corpusDirectives(src)

	timeout := corpusTimeout
	if os.Getenv("HOTLOOP_GCSTRESS") != "" {
		timeout *= 6 // a collection at every safepoint is slow by design
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	argv := append(append(append([]string{}, flags...), p.name+".py"), args...)
	cmd := exec.CommandContext(ctx, hotloopBin, argv...)
	cmd.Dir = p.dir
	cmd.Env = append(append([]string{}, corpusEnv...), passThroughEnv()...)
	cmd.WaitDelay = 2 * time.Second
	if stdinName != "" {
		path := filepath.Clean(filepath.Join(p.dir, stdinName))
		if filepath.Dir(path) != p.dir {
			t.Fatalf("stdin directive %q leaves the program's directory", stdinName)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatalf("stdin directive: %v", err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() == context.DeadlineExceeded {
		t.Fatalf("%s %s: timed out after %v", hotloopBin, strings.Join(argv, " "), timeout)
	}
	got := corpusResult{exit: 0}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		got.exit = exitErr.ExitCode()
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			got.exit = -int(ws.Signal()) // as Python's returncode
		}
	default:
		t.Fatalf("running %s: %v", hotloopBin, err)
	}
	got.stdout = normaliseOutput(p.dir, stdout.Bytes())
	got.stderr = normaliseOutput(p.dir, stderr.Bytes())

	var problems []string
	if got.exit != want.exit {
		problems = append(problems, fmt.Sprintf("exit code %d, want %d", got.exit, want.exit))
	}
	if !bytes.Equal(got.stdout, want.stdout) {
		problems = append(problems, fmt.Sprintf("stdout differs (- want, + got):\n%s", lineDiff(want.stdout, got.stdout)))
	}
	if !bytes.Equal(got.stderr, want.stderr) {
		problems = append(problems, fmt.Sprintf("stderr differs (- want, + got):\n%s", lineDiff(want.stderr, got.stderr)))
	}
	reason, isPending := pending[p.area+"/"+p.name]
	switch {
	case isPending && len(problems) == 0:
		t.Errorf("listed in %s (%s) but passes now: remove it from the list", pendingFile, reason)
	case isPending:
		t.Skipf("pending, %s: %s", reason, problems[0])
	}
	for _, pr := range problems {
		t.Error(pr)
	}
}

// passThroughEnv returns the hotloop settings of the test's own
// environment (HOTLOOP_GCSTRESS, HOTLOOP_JIT, HOTLOOP_JIT_ASYNC) for the programs it runs, so
// that the same corpus can be run under GC stress and in every JIT mode.
func passThroughEnv() []string {
	var env []string
	for _, name := range []string{"HOTLOOP_GCSTRESS", "HOTLOOP_JIT", "HOTLOOP_JIT_ASYNC"} {
		if v, ok := os.LookupEnv(name); ok {
			env = append(env, name+"="+v)
		}
	}
	return env
}

// pending is readPending's result, set before the subtests start.
var pending map[string]string

// pendingFile lists corpus programs known to fail, one "area/name reason"
// per line: programs whose behaviour belongs to a part of hotloop not yet
// built. Such a program is skipped while it fails and fails the test as
// soon as it passes, so the list cannot go stale.
const pendingFile = "corpus/pending.txt"

// readPending loads pendingFile.
func readPending() (map[string]string, error) {
	data, err := os.ReadFile(pendingFile)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	m := make(map[string]string)
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		m[name] = strings.TrimSpace(reason)
	}
	return m, nil
}

// normaliseOutput removes the program's directory from paths, as regen.py
// does (CPython names the script by its absolute path).
func normaliseOutput(dir string, data []byte) []byte {
	dirs := []string{dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		dirs = append(dirs, real)
	}
	for _, d := range dirs {
		data = bytes.ReplaceAll(data, []byte(d+"/"), nil)
	}
	return data
}

var directiveRE = regexp.MustCompile(`^#\s*(args|stdin):(.*)$`)

// corpusDirectives reads the "# args:" and "# stdin:" directives from the
// leading comment lines of a program (regen.py's directives).
func corpusDirectives(src []byte) (args []string, stdin string) {
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		m := directiveRE.FindStringSubmatch(strings.TrimSuffix(line, "\r"))
		if m == nil {
			continue
		}
		if m[1] == "args" {
			args = strings.Fields(m[2])
		} else {
			stdin = strings.TrimSpace(m[2])
		}
	}
	return args, stdin
}

var (
	exitRE    = regexp.MustCompile(`^exit (-?\d+)$`)
	sectionRE = regexp.MustCompile(`^--- (stdout|stderr)( \(no newline at end\))?$`)
)

// parseGolden reads a golden file (format in README.md; regen.py's
// parse_golden).
func parseGolden(data []byte) (corpusResult, error) {
	var r corpusResult
	lines := strings.Split(string(data), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return r, errors.New("empty golden file")
	}
	m := exitRE.FindStringSubmatch(lines[0])
	if m == nil {
		return r, errors.New("golden file does not start with 'exit N'")
	}
	r.exit, _ = strconv.Atoi(m[1])
	type section struct {
		noNewline bool
		lines     []string
	}
	sections := map[string]*section{}
	var cur *section
	for _, line := range lines[1:] {
		if h := sectionRE.FindStringSubmatch(line); h != nil {
			if sections[h[1]] != nil {
				return r, fmt.Errorf("section %s twice", h[1])
			}
			cur = &section{noNewline: h[2] != ""}
			sections[h[1]] = cur
			continue
		}
		if cur == nil {
			return r, errors.New("text before the first section")
		}
		cur.lines = append(cur.lines, line)
	}
	text := func(s *section) []byte {
		if s == nil {
			return nil
		}
		b := strings.Join(s.lines, "\n")
		if !s.noNewline {
			b += "\n"
		}
		return []byte(b)
	}
	r.stdout, r.stderr = text(sections["stdout"]), text(sections["stderr"])
	return r, nil
}

// lineDiff is a small unified-style diff of two texts: lines only in want
// are marked "-", lines only in got "+", with up to three lines of
// context around each change. Very long texts are shown from the first
// differing line instead.
func lineDiff(want, got []byte) string {
	a, b := splitLines(want), splitLines(got)
	if len(a)*len(b) > 4_000_000 {
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		return fmt.Sprintf("first difference at line %d:\n-%s\n+%s\n", i+1, lineAt(a, i), lineAt(b, i))
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:], b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type op struct {
		kind byte
		text string
	}
	var ops []op
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i++
			j++
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, op{'-', a[i]})
			i++
		default:
			ops = append(ops, op{'+', b[j]})
			j++
		}
	}
	const context = 3
	show := make([]bool, len(ops))
	for k, o := range ops {
		if o.kind != ' ' {
			for x := max(k-context, 0); x <= min(k+context, len(ops)-1); x++ {
				show[x] = true
			}
		}
	}
	var out strings.Builder
	prev := -1
	for k, o := range ops {
		if !show[k] {
			continue
		}
		if prev >= 0 && k > prev+1 {
			out.WriteString("...\n")
		}
		fmt.Fprintf(&out, "%c%s\n", o.kind, o.text)
		prev = k
	}
	return out.String()
}

// splitLines splits text into lines; a missing final newline is shown.
func splitLines(data []byte) []string {
	if len(data) == 0 {
		return nil
	}
	s := string(data)
	noNL := !strings.HasSuffix(s, "\n")
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if noNL {
		lines[len(lines)-1] += " (no newline at end)"
	}
	return lines
}

func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(end of output)"
}
