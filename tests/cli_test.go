package tests

// This file tests the hotloop command line (docs/cli.md) by running the
// binary TestMain built as a subprocess. Where python3 has the same
// option, the same command is run with python3 too and the exit code,
// stdout and stderr must match after the program names are replaced by
// PROG (CPython names itself by its argv[0], hotloop by "hotloop").
// hotloop's own long options (--jit..., --profile...) are checked on
// their own: accepted, the JSON statistics parse and hold every key, a
// profile file is written.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// cliRun is one finished subprocess.
type cliRun struct {
	exit           int
	stdout, stderr string
}

// runCLI runs bin with args in dir, with stdin (nil: /dev/null) and the
// corpus environment plus extraEnv.
func runCLI(t *testing.T, bin, dir string, stdin []byte, extraEnv []string, args ...string) cliRun {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(append([]string{}, corpusEnv...), extraEnv...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	r := cliRun{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.exit = ee.ExitCode()
	default:
		t.Fatalf("running %s %q: %v", bin, args, err)
	}
	return r
}

// python3Path is the real path of python3 (not a pyenv shim, which needs
// an environment the tests replace), or "" when there is none.
func python3Path(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

var (
	progRE = regexp.MustCompile(`(?m)(^|usage: )\S*(python3(\.11)?|hotloop)\b`)
	tryRE  = regexp.MustCompile("Try `\\S+ -h'")
)

// normaliseProg replaces the program names CPython and hotloop print.
func normaliseProg(s string) string {
	s = progRE.ReplaceAllString(s, "${1}PROG")
	return tryRE.ReplaceAllString(s, "Try `PROG -h'")
}

// cliFixture makes a directory holding script.py and mm.py (a module for
// -m), both printing their sys.argv and __name__, and a package pk for
// -m pk and -m pk.mod.
func cliFixture(t *testing.T) string {
	dir := t.TempDir()
	body := "import sys\nprint(sys.argv, __name__)\n"
	for _, name := range []string{"script.py", "mm.py"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pkg := map[string]string{
		"pk/__init__.py": "print('init pk', __name__)\n",
		"pk/__main__.py": "import sys\nfrom . import mod\nprint('main', __name__, __package__, mod.X, sys.argv[1:])\n",
		"pk/mod.py":      "X = 7\nprint('mod', __name__, __package__)\n",
	}
	if err := os.Mkdir(filepath.Join(dir, "pk"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range pkg {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return dir
}

// TestCLIAsPython runs each command line with python3 and hotloop and
// compares exit code, stdout and stderr.
func TestCLIAsPython(t *testing.T) {
	if hotloopErr != nil {
		t.Fatalf("no hotloop binary: %v", hotloopErr)
	}
	py := python3Path(t)
	if py == "" {
		t.Skip("python3 not found")
	}
	dir := cliFixture(t)
	argv := "import sys; print(sys.argv)"
	cases := []struct {
		name  string
		stdin string // "" means /dev/null
		args  []string
	}{
		{"c_argv", "", []string{"-c", argv, "a", "-b", "--c"}},
		{"c_glued", "", []string{"-c" + argv, "x"}},
		{"c_empty", "", []string{"-c", ""}},
		{"c_systemexit", "", []string{"-c", "raise SystemExit(3)"}},
		{"c_systemexit_str", "", []string{"-c", "raise SystemExit('bye')"}},
		{"c_exception_exit", "", []string{"-c", "print('out'); import sys; sys.exit(1)"}},
		{"script_argv", "", []string{"script.py", "1", "-c", "--x"}},
		{"script_after_dashdash", "", []string{"--", "script.py", "-u"}},
		{"stdin_no_script", argv + "\n", nil},
		{"stdin_dash", argv + "\n", []string{"-", "x", "-y"}},
		{"stdin_options", argv + "\n", []string{"-u", "-"}},
		{"u", "", []string{"-u", "-c", "import sys; print(1); sys.stdout.write('2\\n')"}},
		{"combined", "", []string{"-uB", "-c", argv}},
		{"combined_c", "", []string{"-uBc", argv, "z"}},
		{"ignored_flags", "", []string{"-E", "-I", "-O", "-B", "-s", "-S", "-q", "-b", "-d", "-c", "print('ok')"}},
		{"X_option", "", []string{"-X", "dev", "-Xutf8", "-c", "print('x')"}},
		{"W_option", "", []string{"-W", "ignore", "-c", "print('w')"}},
		{"m_module", "", []string{"-m", "mm", "q", "-r"}},
		{"m_glued", "", []string{"-mmm"}},
		{"m_missing", "", []string{"-m", "nosuchmodule"}},
		{"m_package", "", []string{"-m", "pk", "a", "-b"}},
		{"m_submodule", "", []string{"-m", "pk.mod", "z"}},
		{"more_ignored_flags", "", []string{"-R", "-t", "-P", "-x", "-c", "print('ok')"}},
		{"jython", "", []string{"-J", "-c", "1"}},
		{"c_syntax_error", "", []string{"-c", "x = (1,"}},
		{"c_syntax_warning", "", []string{"-c", "x = 1\nprint(x is 1)"}},
		{"c_syntax_error_line2", "", []string{"-c", "pass\ndef f(:"}},
		{"stdin_syntax_error", "x = (1,\n", nil},
		{"stdin_systemexit", "import sys\nsys.exit(5)\n", []string{"-"}},
		{"unknown_short", "", []string{"-z", "script.py"}},
		{"unknown_in_group", "", []string{"-uz", "script.py"}},
		{"unknown_long", "", []string{"--foo", "script.py"}},
		{"c_no_argument", "", []string{"-c"}},
		{"m_no_argument", "", []string{"-m"}},
		{"X_no_argument", "", []string{"-X"}},
		{"missing_file", "", []string{"nosuchfile.py"}},
		{"missing_file_args", "", []string{"nosuchfile.py", "a"}},
		{"help_exit", "", []string{"-h"}},
		{"i_after_c", "print(x * 2)\n", []string{"-i", "-c", "x = 5"}},
		{"i_systemexit", "", []string{"-i", "-c", "raise SystemExit(3)"}},
		{"i_exception", "print(7)\n1/0\nprint(8)\n", []string{"-i", "-c", "1/0"}},
		{"i_block", "def f(n):\n    return n + 1\n\nf(41)\nfor i in range(2):\n    i\n\n", []string{"-i", "-c", "pass"}},
		{"i_exit_code", "raise SystemExit(4)\n", []string{"-i", "-c", "pass"}},
		{"i_script", "print(sys.argv)\n", []string{"-i", "script.py", "a"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdin []byte
			if c.stdin != "" {
				stdin = []byte(c.stdin)
			}
			want := runCLI(t, py, dir, stdin, nil, c.args...)
			got := runCLI(t, hotloopBin, dir, stdin, nil, c.args...)
			if got.exit != want.exit {
				t.Errorf("exit code %d, want %d (stderr %q)", got.exit, want.exit, got.stderr)
			}
			if c.name == "help_exit" {
				return // the help texts differ by design
			}
			if got.stdout != want.stdout {
				t.Errorf("stdout\n got %q\nwant %q", got.stdout, want.stdout)
			}
			if g, w := normaliseProg(got.stderr), normaliseProg(want.stderr); g != w {
				t.Errorf("stderr\n got %q\nwant %q", g, w)
			}
		})
	}
}

// TestCLITraceback checks that an uncaught exception under -c exits with
// 1 and ends stderr with the exception line, as python3 does. (CPython
// 3.11 prints no source lines for "<string>": see docs/cli.md.)
func TestCLITraceback(t *testing.T) {
	if hotloopErr != nil {
		t.Fatalf("no hotloop binary: %v", hotloopErr)
	}
	r := runCLI(t, hotloopBin, t.TempDir(), nil, nil, "-c", "print('a')\n1/0")
	if r.exit != 1 || r.stdout != "a\n" {
		t.Fatalf("exit %d stdout %q, want 1 and \"a\\n\"", r.exit, r.stdout)
	}
	if !strings.HasPrefix(r.stderr, "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n") ||
		!strings.HasSuffix(r.stderr, "ZeroDivisionError: division by zero\n") {
		t.Errorf("stderr %q", r.stderr)
	}
}

// TestCLIVersionHelp checks -V, -VV, --version and --help.
func TestCLIVersionHelp(t *testing.T) {
	if hotloopErr != nil {
		t.Fatalf("no hotloop binary: %v", hotloopErr)
	}
	dir := t.TempDir()
	for _, args := range [][]string{{"-V"}, {"--version"}, {"-VV"}, {"-V", "-V"}} {
		r := runCLI(t, hotloopBin, dir, nil, nil, args...)
		if r.exit != 0 || !strings.HasPrefix(r.stdout, "hotloop ") || r.stderr != "" {
			t.Errorf("%q: exit %d stdout %q stderr %q", args, r.exit, r.stdout, r.stderr)
		}
	}
	for _, args := range [][]string{{"-h"}, {"--help"}, {"-?"}} {
		r := runCLI(t, hotloopBin, dir, nil, nil, args...)
		if r.exit != 0 || !strings.HasPrefix(r.stdout, "usage: hotloop ") || !strings.Contains(r.stdout, "--jit=on|off") {
			t.Errorf("%q: exit %d stdout %q", args, r.exit, r.stdout)
		}
	}
}

// TestCLIHotloopOptions checks hotloop's own long options.
// readStatsJSON reads a --jit-stats JSON file: its keys and its text.
func readStatsJSON(t *testing.T, file string) (map[string]any, []byte) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%v in %s", err, data)
	}
	return m, data
}

func TestCLIHotloopOptions(t *testing.T) {
	if hotloopErr != nil {
		t.Fatalf("no hotloop binary: %v", hotloopErr)
	}
	dir := cliFixture(t)
	prog := "print(sum(range(1000)))"

	t.Run("accepted", func(t *testing.T) {
		for _, args := range [][]string{
			{"--jit=on"}, {"--jit=off"}, {"--jit-threshold=7"}, {"--jit-log"},
			{"--jit-dump=" + filepath.Join(dir, "dump")}, {"--jit=off", "-u", "--jit-log"},
		} {
			r := runCLI(t, hotloopBin, dir, nil, nil, append(args, "-c", prog)...)
			if r.exit != 0 || r.stdout != "499500\n" || r.stderr != "" {
				t.Errorf("%q: exit %d stdout %q stderr %q", args, r.exit, r.stdout, r.stderr)
			}
		}
	})
	t.Run("HOTLOOP_JIT=0", func(t *testing.T) {
		r := runCLI(t, hotloopBin, dir, nil, []string{"HOTLOOP_JIT=0"}, "--jit-stats", "-c", prog)
		if r.exit != 0 || r.stdout != "499500\n" || !strings.Contains(r.stderr, "JIT off") {
			t.Errorf("exit %d stdout %q stderr %q", r.exit, r.stdout, r.stderr)
		}
	})
	t.Run("invalid", func(t *testing.T) {
		for _, arg := range []string{"--jit=maybe", "--jit", "--jit-threshold=x", "--jit-threshold=0",
			"--jit-dump=", "--jit-log=1", "--dump=tokens", "--profile=gpu", "--profile-dir="} {
			r := runCLI(t, hotloopBin, dir, nil, nil, arg, "-c", prog)
			if r.exit != 2 || r.stdout != "" || !strings.HasPrefix(r.stderr, "hotloop: ") || strings.Count(r.stderr, "\n") != 1 {
				t.Errorf("%s: exit %d stdout %q stderr %q", arg, r.exit, r.stdout, r.stderr)
			}
		}
	})
	t.Run("stats_human", func(t *testing.T) {
		r := runCLI(t, hotloopBin, dir, nil, nil, "--jit-stats", "-c", prog)
		if r.exit != 0 || r.stdout != "499500\n" || !strings.Contains(r.stderr, "hotloop JIT stats (JIT on)") ||
			!strings.Contains(r.stderr, "traces compiled:       0") {
			t.Errorf("exit %d stdout %q stderr %q", r.exit, r.stdout, r.stderr)
		}
	})
	t.Run("stats_counted", func(t *testing.T) {
		// a loop function's bytecodes are counted by its compiled code
		// (jit/bytecodecount.go) and reported with the estimate's
		file := filepath.Join(dir, "counted.json")
		src := "def f(n):\n    s = 0\n    for i in range(n):\n        j = 0\n        while j < 50:\n            s += i ^ j\n            j += 1\n    return s\nprint(f(2000))"
		r := runCLI(t, hotloopBin, dir, nil, nil, "--jit-threshold=1", "--jit-stats="+file, "-c", src)
		if r.exit != 0 || r.stdout != "99963824\n" || r.stderr != "" {
			t.Fatalf("exit %d stdout %q stderr %q", r.exit, r.stdout, r.stderr)
		}
		m, data := readStatsJSON(t, file)
		counted, _ := m["bytecodes_counted_in_wasm"].(float64)
		inTraces, _ := m["bytecodes_in_traces"].(float64)
		interp, _ := m["bytecodes_interpreted"].(float64)
		if counted < 500000 || inTraces < counted || interp > inTraces/100 {
			t.Errorf("counted %v, in traces %v, interpreted %v: want the loop's 500,000+ bytecodes counted in wasm\n%s", counted, inTraces, interp, data)
		}
	})
	t.Run("stats_json", func(t *testing.T) {
		file := filepath.Join(dir, "stats.json")
		r := runCLI(t, hotloopBin, dir, nil, nil, "--jit-stats="+file, "-c", "raise SystemExit(4)")
		if r.exit != 4 || r.stderr != "" {
			t.Fatalf("exit %d stderr %q, want 4 and nothing", r.exit, r.stderr)
		}
		m, data := readStatsJSON(t, file)
		for _, k := range []string{"traces_compiled", "traces_aborted", "side_traces", "guard_exits",
			"trace_entries", "modules_live", "compile_seconds", "bytecodes_interpreted",
			"bytecodes_in_traces", "abort_reasons"} {
			if _, ok := m[k]; !ok {
				t.Errorf("key %s missing from %s", k, data)
			}
		}
		if m["traces_compiled"] != float64(0) {
			t.Errorf("traces_compiled = %v, want 0 (no JIT yet)", m["traces_compiled"])
		}
	})
	for _, kind := range []struct{ flag, file string }{
		{"cpu", "cpu.pprof"}, {"mem", "mem.pprof"}, {"block", "block.pprof"},
		{"mutex", "mutex.pprof"}, {"trace", "trace.out"},
	} {
		t.Run("profile_"+kind.flag, func(t *testing.T) {
			pdir := filepath.Join(dir, "prof-"+kind.flag)
			r := runCLI(t, hotloopBin, dir, nil, nil, "--profile="+kind.flag, "--profile-dir="+pdir, "-c", prog)
			if r.exit != 0 || r.stdout != "499500\n" || r.stderr != "" {
				t.Fatalf("exit %d stdout %q stderr %q", r.exit, r.stdout, r.stderr)
			}
			st, err := os.Stat(filepath.Join(pdir, kind.file))
			if err != nil {
				t.Fatal(err)
			}
			if st.Size() == 0 {
				t.Errorf("%s is empty", kind.file)
			}
		})
	}
	t.Run("dump_ast", func(t *testing.T) {
		r := runCLI(t, hotloopBin, dir, nil, nil, "--dump=ast", "script.py")
		if r.exit != 0 || !strings.HasPrefix(r.stdout, "Module(body=[Import(") {
			t.Errorf("exit %d stdout %q stderr %q", r.exit, r.stdout, r.stderr)
		}
	})
}

// cacheFiles lists the modules in the wazero version directories of a
// code cache directory (nil when there is none).
func cacheFiles(t *testing.T, dir string) []string {
	t.Helper()
	found, err := filepath.Glob(filepath.Join(dir, "wazero-*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(found)
	return found
}

// TestCLICodeCache checks the cache of compiled traces: a run that
// compiles fills it, the next run of the same program compiles nothing new
// (every module comes from the cache) and prints the same, and the
// settings that choose or disable it.
func TestCLICodeCache(t *testing.T) {
	if hotloopErr != nil {
		t.Fatalf("no hotloop binary: %v", hotloopErr)
	}
	dir := cliFixture(t)
	prog := "s = 0\nfor i in range(3000):\n    s += i & 7\n    if i % 3 == 0:\n        s ^= 1\nprint(s)\n"
	want := "10500\n"
	cache := filepath.Join(dir, "cache")
	run := func(extraEnv []string, args ...string) {
		t.Helper()
		r := runCLI(t, hotloopBin, dir, nil, extraEnv, append(args, "-c", prog)...)
		if r.exit != 0 || r.stdout != want || r.stderr != "" {
			t.Fatalf("%q %q: exit %d stdout %q stderr %q", extraEnv, args, r.exit, r.stdout, r.stderr)
		}
	}
	env := []string{"HOTLOOP_JIT_CACHE=" + cache}
	run(env, "--jit-threshold=1")
	first := cacheFiles(t, cache)
	if len(first) == 0 {
		t.Fatalf("no module cached in %s after a run that compiled traces", cache)
	}
	// The run timed its compiles and left the measured price for the
	// next run's start (jit/compileprice.go, jit/codecache/price.go).
	if price, err := os.ReadFile(filepath.Join(cache, "price")); err != nil || !strings.HasPrefix(string(price), "traces ") {
		t.Errorf("compile price after a run that compiled: %q (%v), want a traces line", price, err)
	}
	run(env, "--jit-threshold=1")
	if again := cacheFiles(t, cache); fmt.Sprint(again) != fmt.Sprint(first) {
		t.Errorf("the second run compiled again: cache %v, was %v", again, first)
	}
	if marks, _ := filepath.Glob(filepath.Join(cache, "known", "*")); len(marks) == 0 {
		t.Errorf("no module marked as compiled in %s/known", cache)
	}

	off := filepath.Join(dir, "off")
	run([]string{"HOTLOOP_JIT_CACHE=off"}, "--jit-threshold=1")
	run([]string{"HOTLOOP_JIT_CACHE=" + off}, "--jit-threshold=1", "--jit-cache=off")
	run([]string{"HOTLOOP_JIT_CACHE=" + off}, "--jit=off")
	if _, err := os.Stat(off); !os.IsNotExist(err) {
		t.Errorf("%s exists with the cache off or the JIT off (%v)", off, err)
	}
	flag := filepath.Join(dir, "flag")
	run([]string{"HOTLOOP_JIT_CACHE=" + off}, "--jit-threshold=1", "--jit-cache="+flag)
	if len(cacheFiles(t, flag)) == 0 {
		t.Errorf("--jit-cache=%s: nothing cached there", flag)
	}
	home := filepath.Join(dir, "home")
	run([]string{"HOME=" + home}, "--jit-threshold=1")
	if len(cacheFiles(t, filepath.Join(home, ".cache", "hotloop", "jit"))) == 0 {
		t.Errorf("default under HOME: nothing cached")
	}
	xdg := filepath.Join(dir, "xdg")
	run([]string{"HOME=" + home, "XDG_CACHE_HOME=" + xdg}, "--jit-threshold=1")
	if len(cacheFiles(t, filepath.Join(xdg, "hotloop", "jit"))) == 0 {
		t.Errorf("default under XDG_CACHE_HOME: nothing cached")
	}
	r := runCLI(t, hotloopBin, dir, nil, nil, "--jit-cache=", "-c", prog)
	if r.exit != 2 || !strings.HasPrefix(r.stderr, "hotloop: ") {
		t.Errorf("--jit-cache=: exit %d stderr %q, want a usage error", r.exit, r.stderr)
	}
}
