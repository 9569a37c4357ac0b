// Command benchrun runs hotloop's benchmark suite (tests/bench/*.py) under
// CPython, PyPy (when pypy3 is on PATH) and hotloop, interleaved, and
// prints per-program medians, speedups over CPython, geomeans and peak
// memory; -json and -svg write the same results as JSON and as a chart.
//
//	go run ./tests/bench/cmd/benchrun [-n 5] [-json out.json] [-svg chart.svg] [-filter re]
//
// It builds hotloop from the module it runs in (unless -hotloop names a
// binary), asks `hotloop --help` whether a --jit flag exists (then it runs
// both --jit=on and --jit=off columns, else one "hotloop" column), and
// hands the measuring to package bench.
//
// The "hotloop" column runs with the code cache off (--jit-cache=off), so
// every run compiles its traces as a first run does; -warm adds a
// "hotloop warm" column whose runs share one cache directory, so all but
// the first run of each program load their traces from it (docs/jit.md
// "The code cache"). With -share (the default) each program runs once
// more, unmeasured, with --jit-stats, and a last table gives the share of
// its bytecodes run compiled (issue 6's 90% on the numeric loops).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/hotloop/hotloop/tests/bench"
)

// benchEnv is added to the environment of every measured run.
var benchEnv = []string{"PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "LC_ALL=C.UTF-8"}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "benchrun:", err)
		os.Exit(1)
	}
}

func run() error {
	n := flag.Int("n", 5, "repetitions per program and runtime")
	jsonOut := flag.String("json", "", "write the results as JSON to this file")
	svgOut := flag.String("svg", "", "write the speedup chart as SVG to this file")
	filter := flag.String("filter", "", "run only programs whose name matches this regexp")
	hotloop := flag.String("hotloop", "", "use this hotloop binary instead of building one")
	python := flag.String("python", "python3", "the reference CPython")
	pypy := flag.String("pypy", "pypy3", "PyPy, used when found on PATH")
	startup := flag.Bool("startup", true, "add a start-up row (an empty program)")
	timeout := flag.Duration("timeout", 10*time.Minute, "limit for one run")
	warm := flag.Bool("warm", false, "add a hotloop column whose runs share a code cache (warm after the first)")
	share := flag.Bool("share", true, "run each program once more, unmeasured, with --jit-stats and report the share of its bytecodes run compiled")
	flag.Parse()

	root, err := moduleRoot()
	if err != nil {
		return err
	}
	progs, err := programs(filepath.Join(root, "tests", "bench"), *filter)
	if err != nil {
		return err
	}

	var notes []string
	versions := map[string]string{}

	pyExe, err := realExecutable(*python)
	if err != nil {
		return fmt.Errorf("the reference %s does not run: %v", *python, err)
	}
	runtimes := []bench.Runtime{{Name: "python3", Argv: []string{pyExe}}}
	versions["python3"] = versionOf(pyExe, "--version")

	if _, err := exec.LookPath(*pypy); err == nil {
		if exe, err := realExecutable(*pypy); err == nil {
			runtimes = append(runtimes, bench.Runtime{Name: "pypy3", Argv: []string{exe}})
			versions["pypy3"] = versionOf(exe, "--version")
		} else {
			notes = append(notes, fmt.Sprintf("%s is on PATH but does not run (%v): no PyPy column", *pypy, err))
		}
	} else {
		notes = append(notes, fmt.Sprintf("%s is not on PATH: no PyPy column", *pypy))
	}

	hl := *hotloop
	if hl == "" {
		path, cleanup, err := bench.BuildHotloop(root, "benchrun")
		if err != nil {
			return err
		}
		defer cleanup()
		hl = path
	}
	help, _ := exec.Command(hl, "--help").CombinedOutput()
	if strings.Contains(string(help), "--jit") {
		on := []string{hl, "--jit=on"}
		if strings.Contains(string(help), "--jit-cache") {
			on = append(on, "--jit-cache=off") // every run compiles, as a first run
		}
		runtimes = append(runtimes,
			bench.Runtime{Name: "hotloop", Argv: on},
			bench.Runtime{Name: "hotloop --jit=off", Argv: []string{hl, "--jit=off"}})
		if *warm {
			if !strings.Contains(string(help), "--jit-cache") {
				return fmt.Errorf("-warm: %s has no --jit-cache option", hl)
			}
			cache, err := os.MkdirTemp("", "benchrun-cache-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(cache)
			argv := []string{hl, "--jit=on", "--jit-cache=" + cache}
			runtimes = append(runtimes, bench.Runtime{Name: "hotloop warm", Argv: argv})
			notes = append(notes, "hotloop warm: the JIT with a code cache that one unmeasured run of each program filled first (a repeated run of the same script)")
			fmt.Fprintf(os.Stderr, "warming the code cache: one run of each program ...\n")
			for _, p := range progs {
				cmd := exec.Command(argv[0], append(argv[1:], p.Path)...)
				cmd.Dir = filepath.Dir(p.Path)
				cmd.Env = append(os.Environ(), benchEnv...)
				if err := cmd.Run(); err != nil {
					return fmt.Errorf("warming the code cache with %s: %v", p.Name, err)
				}
			}
		}
	} else {
		runtimes = append(runtimes, bench.Runtime{Name: "hotloop", Argv: []string{hl}})
		notes = append(notes, "hotloop has no --jit flag yet (not in `hotloop --help`): one hotloop column, the interpreter")
	}
	versions["hotloop"] = versionOf(hl, "-V")

	res, err := bench.Run(bench.Config{
		Programs: progs,
		Runtimes: runtimes,
		N:        *n,
		Startup:  *startup,
		Timeout:  *timeout,
		Env:      benchEnv,
		Log:      os.Stderr,
	})
	if err != nil {
		return err
	}
	res.Notes = notes
	res.Machine = describeMachine(versions)
	if *share && strings.Contains(string(help), "--jit-stats") {
		fmt.Fprintf(os.Stderr, "one --jit-stats run of each program ...\n")
		for _, p := range progs {
			res.Compiled = append(res.Compiled, compiledShare(hl, p))
		}
	}

	fmt.Printf("%s, %d cores, %s; %s; n=%d, %s\n\n", res.Machine.CPU, res.Machine.Cores, res.Machine.OS, res.Machine.Go, res.N, res.Date)
	if err := res.WriteTable(os.Stdout); err != nil {
		return err
	}
	if *jsonOut != "" {
		if err := writeFile(*jsonOut, res.WriteJSON); err != nil {
			return err
		}
	}
	if *svgOut != "" {
		if err := writeFile(*svgOut, res.WriteSVG); err != nil {
			return err
		}
	}
	return nil
}

// compiledShare runs p once with the JIT on and its statistics in a JSON
// file (the counting code compiled in: jit.Config.CountBytecodes), and
// returns where its bytecodes ran.
func compiledShare(hl string, p bench.Program) bench.CompiledShare {
	out := bench.CompiledShare{Program: p.Name}
	dir, err := os.MkdirTemp("", "benchrun-stats-")
	if err != nil {
		out.Err = err.Error()
		return out
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "stats.json")
	cmd := exec.Command(hl, "--jit=on", "--jit-cache=off", "--jit-stats="+file, p.Path)
	cmd.Dir = filepath.Dir(p.Path)
	cmd.Env = append(os.Environ(), benchEnv...)
	if err := cmd.Run(); err != nil {
		out.Err = fmt.Sprintf("run failed: %v", err)
		return out
	}
	data, err := os.ReadFile(file)
	if err != nil {
		out.Err = err.Error()
		return out
	}
	var st struct {
		Interpreted int64 `json:"bytecodes_interpreted"`
		InTraces    int64 `json:"bytecodes_in_traces"`
		Counted     int64 `json:"bytecodes_counted_in_wasm"`
	}
	if err := json.Unmarshal(data, &st); err != nil {
		out.Err = fmt.Sprintf("stats: %v", err)
		return out
	}
	out.Interpreted, out.InTraces, out.Counted = st.Interpreted, st.InTraces, st.Counted
	return out
}

// moduleRoot returns the directory of the go.mod of the current module.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("not inside the hotloop module")
	}
	return filepath.Dir(gomod), nil
}

// programs lists dir/*.py whose names (without .py) match filter, sorted.
func programs(dir, filter string) ([]bench.Program, error) {
	re, err := regexp.Compile(filter)
	if err != nil {
		return nil, fmt.Errorf("-filter: %v", err)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []bench.Program
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		if re.MatchString(name) {
			out = append(out, bench.Program{Name: name, Path: p})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no programs in %s match %q", dir, filter)
	}
	return out, nil
}

// realExecutable asks a Python for sys.executable, so that runs skip
// launcher scripts such as pyenv's shims (a shell script per start-up
// would be timed as the runtime's).
func realExecutable(python string) (string, error) {
	out, err := exec.Command(python, "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return "", err
	}
	exe := strings.TrimSpace(string(out))
	if exe == "" {
		return python, nil
	}
	return exe, nil
}

// versionOf runs exe with the given flag and returns its output on one line.
func versionOf(exe, flag string) string {
	out, _ := exec.Command(exe, flag).CombinedOutput()
	return strings.Join(strings.Fields(string(out)), " ")
}

// describeMachine reads the CPU model and kernel from /proc when it can.
func describeMachine(versions map[string]string) bench.Machine {
	m := bench.Machine{Cores: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, Go: runtime.Version(), Versions: versions}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if rel, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.OS += " (Linux " + strings.TrimSpace(string(rel)) + ")"
	}
	return m
}

// writeFile creates path and fills it with write.
func writeFile(path string, write func(w io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
