// Command jitcost measures what the JIT costs the programs of the golden
// corpus (tests/corpus/**/*.py): each program runs with --jit=off and with
// the JIT on (the default, or the flags of -on), interleaved, -n times, the
// way the corpus harness runs it (its own directory as cwd, the corpus
// environment, stdin /dev/null or its "# stdin:" file, its "# args:").
// For each program it prints the median CPU time (user+sys, from the
// child's rusage) and wall time of both modes and their ratios, then a
// summary: the programs more than 10% slower with the JIT on (issue 6's
// bar), the ten worst, and the totals.
//
//	go run ./tests/bench/cmd/jitcost [-n 5] [-filter 'jit/|workloads/'] [-hotloop bin] [-on '--jit-threshold=5000']
//
// -base and -base-env replace the reference mode (--jit=off) by another
// (sync against background compiles: -base '--jit-cache=off' -base-env
// HOTLOOP_JIT_ASYNC=0 -on '--jit-cache=off' -on-env HOTLOOP_JIT_ASYNC=1;
// tests/bench/asynccmp.sh), and -bench runs the benchmarks
// (tests/bench/*.py, named bench/NAME) instead of the corpus.
//
// With -stats (the default) each of the worst programs runs once more
// with --jit-stats, and the summary says what the JIT did there (traces,
// side traces, aborted recordings with the most frequent reason, exits to
// Go, compile time).
//
// Whole-process time is what a user feels, so a trace's compile counts as
// much as its run. Small programs are noisy (a 10 ms program is 1.10x at
// one millisecond), so the summary also counts the programs over 1.10x by
// more than -floor of CPU time. With -confirm N, each program over 1.10x CPU
// after the -n repetitions runs N more times in each mode (interleaved) and
// its medians are taken over all its runs, so that a program flagged by one
// noisy run drops out and the count is of slowdowns that repeat.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/hotloop/hotloop/tests/bench"
)

// corpusEnv is the whole environment of a corpus program
// (tests/corpus_test.go's, regen.py's).
var corpusEnv = []string{
	"PATH=/usr/bin:/bin",
	"LC_ALL=C.UTF-8",
	"PYTHONHASHSEED=0",
	"PYTHONDONTWRITEBYTECODE=1",
}

// directiveRE matches the corpus's "# args:" and "# stdin:" directives.
var directiveRE = regexp.MustCompile(`^#\s*(args|stdin):(.*)$`)

// program is one corpus program and how it is run.
type program struct {
	name  string // area/name
	dir   string
	file  string // name.py
	args  []string
	stdin string // a file of dir, or "" for /dev/null
}

// mode is one way of running hotloop.
type mode struct {
	label string
	flags []string
	env   []string
}

// sample is one run's times and what it printed.
type sample struct {
	cpu, wall time.Duration
	out       []byte // exit code, stdout and stderr, to compare the modes
}

// result is one program's runs in both modes.
type result struct {
	p       program
	runs    [2][]sample
	differs bool // the modes printed different things
	failed  string
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "jitcost:", err)
		os.Exit(1)
	}
}

func run() error {
	n := flag.Int("n", 5, "repetitions per program and mode")
	filter := flag.String("filter", "", "run only programs whose area/name matches this regexp")
	hotloop := flag.String("hotloop", "", "use this hotloop binary instead of building one")
	onFlags := flag.String("on", "", "flags of the JIT-on runs (space-separated; default: none, the JIT's defaults)")
	onEnv := flag.String("on-env", "", "extra environment of the JIT-on runs, e.g. HOTLOOP_JIT_ASYNC=1 (space-separated)")
	baseFlags := flag.String("base", "--jit=off", "flags of the reference (\"off\") runs (space-separated)")
	baseEnv := flag.String("base-env", "", "extra environment of the reference runs (space-separated)")
	benchDir := flag.Bool("bench", false, "run the benchmarks (tests/bench/*.py) instead of the corpus")
	floor := flag.Duration("floor", 5*time.Millisecond, "the summary also counts programs over 1.10x by more than this much CPU")
	top := flag.Int("top", 10, "how many of the worst programs the summary lists")
	timeout := flag.Duration("timeout", 60*time.Second, "limit for one run")
	quiet := flag.Bool("q", false, "print the summary only, not every program")
	confirm := flag.Int("confirm", 0, "run each program over 1.10x CPU this many more times per mode before the summary")
	stats := flag.Bool("stats", true, "run each of the worst programs once more with --jit-stats and say what the JIT did")
	flag.Parse()
	if *n < 1 {
		return errors.New("-n must be at least 1")
	}

	root, err := moduleRoot()
	if err != nil {
		return err
	}
	var progs []program
	if *benchDir {
		progs, err = benchPrograms(filepath.Join(root, "tests", "bench"), *filter)
	} else {
		progs, err = corpusPrograms(filepath.Join(root, "tests", "corpus"), *filter)
	}
	if err != nil {
		return err
	}
	hl := *hotloop
	if hl == "" {
		path, cleanup, err := bench.BuildHotloop(root, "jitcost")
		if err != nil {
			return err
		}
		defer cleanup()
		hl = path
	}
	modes := [2]mode{
		{label: "off", flags: strings.Fields(*baseFlags), env: strings.Fields(*baseEnv)},
		{label: "on", flags: strings.Fields(*onFlags), env: strings.Fields(*onEnv)},
	}

	start := time.Now()
	load0 := loadAverage()
	results := make([]result, len(progs))
	for i, p := range progs {
		results[i].p = p
	}
	all := func(*result) bool { return true }
	for rep := 0; rep < *n; rep++ {
		fmt.Fprintf(os.Stderr, "rep %d/%d ...\n", rep+1, *n)
		repeat(hl, modes, results, rep, *timeout, all)
	}
	flagged := 0
	if *confirm > 0 {
		over := func(r *result) bool { return cpuRatio(r) > 1.10 }
		for i := range results {
			if results[i].failed == "" && over(&results[i]) {
				flagged++
			}
		}
		for rep := 0; rep < *confirm; rep++ {
			fmt.Fprintf(os.Stderr, "confirm %d/%d (%d programs) ...\n", rep+1, *confirm, flagged)
			repeat(hl, modes, results, *n+rep, *timeout, over)
		}
	}
	cfg := reportConfig{
		n: *n, confirm: *confirm, flagged: flagged, hotloop: hl, off: modes[0], on: modes[1], floor: *floor, top: *top, quiet: *quiet,
		elapsed: time.Since(start), load: load0 + " -> " + loadAverage(),
	}
	if *stats {
		cfg.stats = func(p program) string { return jitStatsOf(hl, modes[1], p, *timeout) }
	}
	report(os.Stdout, results, cfg)
	return nil
}

// repeat runs each result that keep selects (and that has not failed) once
// in each mode, the mode that goes first alternating with rep and the
// program's index, and appends the samples.
func repeat(hl string, modes [2]mode, results []result, rep int, timeout time.Duration, keep func(*result) bool) {
	for i := range results {
		r := &results[i]
		if r.failed != "" || !keep(r) {
			continue
		}
		for k := 0; k < 2; k++ {
			m := (k + rep + i) % 2
			s, err := execute(hl, modes[m], r.p, timeout)
			if err != nil {
				r.failed = err.Error()
				break
			}
			if len(r.runs[0]) > 0 && !bytes.Equal(s.out, r.runs[0][0].out) ||
				len(r.runs[1]) > 0 && !bytes.Equal(s.out, r.runs[1][0].out) {
				r.differs = true
			}
			r.runs[m] = append(r.runs[m], s)
		}
	}
}

// cpuRatio is r's median CPU time with the JIT on over its median with it off.
func cpuRatio(r *result) float64 {
	cpu := func(s sample) time.Duration { return s.cpu }
	return ratio(median(r.runs[1], cpu), median(r.runs[0], cpu))
}

// jitStatsOf runs p once more in mode m with --jit-stats and summarises
// what the JIT did: traces compiled, side traces, recordings aborted (the
// most frequent reason), exits to Go and compile time. Storms of aborted
// recordings and exits show up here (docs/jit.md "What the JIT costs a
// program it does not speed up").
func jitStatsOf(hl string, m mode, p program, timeout time.Duration) string {
	dir, err := os.MkdirTemp("", "jitcost")
	if err != nil {
		return "stats: " + err.Error()
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "stats.json")
	m.flags = append(append([]string{}, m.flags...), "--jit-stats="+file)
	if _, err := execute(hl, m, p, timeout); err != nil {
		return "stats: " + err.Error()
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return "stats: " + err.Error()
	}
	var st struct {
		Compiled int64            `json:"traces_compiled"`
		Aborted  int64            `json:"traces_aborted"`
		Side     int64            `json:"side_traces"`
		Exits    int64            `json:"guard_exits"`
		Seconds  float64          `json:"compile_seconds"`
		Reasons  map[string]int64 `json:"abort_reasons"`
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return "stats: " + err.Error()
	}
	top, most := "", int64(0)
	for r, k := range st.Reasons {
		if k > most || k == most && r < top {
			top, most = r, k
		}
	}
	if i := strings.LastIndex(top, " at "); i >= 0 {
		top = top[:i] + " at " + filepath.Base(top[i+4:])
	}
	out := fmt.Sprintf("%d traces, %d side, %d aborted, %d exits, compile %.1fms", st.Compiled, st.Side, st.Aborted, st.Exits, st.Seconds*1e3)
	if most > 0 {
		out += fmt.Sprintf("; most aborts: %d x %s", most, top)
	}
	return out
}

// execute runs p once in mode m and measures it.
func execute(hl string, m mode, p program, timeout time.Duration) (sample, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	argv := append(append(append([]string{}, m.flags...), p.file), p.args...)
	cmd := exec.CommandContext(ctx, hl, argv...)
	cmd.Dir = p.dir
	cmd.Env = append(append([]string{}, corpusEnv...), m.env...)
	cmd.WaitDelay = 2 * time.Second
	if p.stdin != "" {
		f, err := os.Open(filepath.Join(p.dir, p.stdin))
		if err != nil {
			return sample{}, fmt.Errorf("stdin of %s: %w", p.name, err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	if ctx.Err() != nil {
		return sample{}, fmt.Errorf("%s %s: timed out after %v", p.name, m.label, timeout)
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return sample{}, fmt.Errorf("running %s: %w", p.name, err)
	}
	ps := cmd.ProcessState
	out := fmt.Appendf(nil, "exit %d\n", ps.ExitCode())
	out = append(append(append(out, stdout.Bytes()...), "\n--- stderr\n"...), stderr.Bytes()...)
	return sample{cpu: ps.UserTime() + ps.SystemTime(), wall: wall, out: out}, nil
}

// reportConfig is what report prints besides the results.
type reportConfig struct {
	n       int
	confirm int // more runs per mode of the programs over 1.10x (flagged of them)
	flagged int
	hotloop string
	off, on mode
	floor   time.Duration
	top     int
	quiet   bool
	elapsed time.Duration
	load    string
	// stats, when set, describes what the JIT did in a program (one more
	// run); printed under each of the worst programs.
	stats func(program) string
}

// row is one program's medians.
type row struct {
	name              string
	offCPU, onCPU     time.Duration
	offWall, onWall   time.Duration
	cpuRatio, wallRat float64
	note              string
}

// report prints the per-program table and the summary.
func report(w io.Writer, results []result, cfg reportConfig) {
	var rows []row
	var failed []string
	progs := map[string]program{}
	for _, r := range results {
		progs[r.p.name] = r.p
		if r.failed != "" {
			failed = append(failed, r.p.name+": "+r.failed)
			continue
		}
		x := row{
			name:    r.p.name,
			offCPU:  median(r.runs[0], func(s sample) time.Duration { return s.cpu }),
			onCPU:   median(r.runs[1], func(s sample) time.Duration { return s.cpu }),
			offWall: median(r.runs[0], func(s sample) time.Duration { return s.wall }),
			onWall:  median(r.runs[1], func(s sample) time.Duration { return s.wall }),
		}
		x.cpuRatio = ratio(x.onCPU, x.offCPU)
		x.wallRat = ratio(x.onWall, x.offWall)
		if r.differs {
			x.note = "output differs between runs"
		}
		rows = append(rows, x)
	}
	on := strings.Join(append(append([]string{}, cfg.on.env...), cfg.on.flags...), " ")
	if on == "" {
		on = "(defaults)"
	}
	off := strings.Join(append(append([]string{}, cfg.off.env...), cfg.off.flags...), " ")
	fmt.Fprintf(w, "jitcost: %s, %d programs, n=%d, off = %s, on = %s, load average %s, %s\n",
		cfg.hotloop, len(results), cfg.n, off, on, cfg.load, cfg.elapsed.Round(time.Second))
	if !cfg.quiet {
		fmt.Fprintf(w, "\n%-44s %9s %9s %6s %9s %9s %6s\n", "program", "off cpu", "on cpu", "ratio", "off wall", "on wall", "ratio")
		for _, x := range rows {
			fmt.Fprintf(w, "%-44s %9s %9s %6.2f %9s %9s %6.2f %s\n", x.name, ms(x.offCPU), ms(x.onCPU), x.cpuRatio,
				ms(x.offWall), ms(x.onWall), x.wallRat, x.note)
		}
	}
	var overCPU, overWall, overFloor int
	var totOffCPU, totOnCPU, totOffWall, totOnWall time.Duration
	for _, x := range rows {
		if x.cpuRatio > 1.10 {
			overCPU++
			if x.onCPU-x.offCPU > cfg.floor {
				overFloor++
			}
		}
		if x.wallRat > 1.10 {
			overWall++
		}
		totOffCPU += x.offCPU
		totOnCPU += x.onCPU
		totOffWall += x.offWall
		totOnWall += x.onWall
	}
	fmt.Fprintf(w, "\nsummary: %d programs measured\n", len(rows))
	if cfg.confirm > 0 {
		fmt.Fprintf(w, "  over 1.10x CPU after %d runs each: %d; %d more runs each of them:\n", cfg.n, cfg.flagged, cfg.confirm)
	}
	fmt.Fprintf(w, "  over 1.10x CPU:  %d (%d of them by more than %v)\n", overCPU, overFloor, cfg.floor)
	fmt.Fprintf(w, "  over 1.10x wall: %d\n", overWall)
	fmt.Fprintf(w, "  total CPU:  off %s, on %s (%.2fx)\n", ms(totOffCPU), ms(totOnCPU), ratio(totOnCPU, totOffCPU))
	fmt.Fprintf(w, "  total wall: off %s, on %s (%.2fx)\n", ms(totOffWall), ms(totOnWall), ratio(totOnWall, totOffWall))
	sort.SliceStable(rows, func(a, b int) bool { return rows[a].cpuRatio > rows[b].cpuRatio })
	fmt.Fprintf(w, "  worst %d by CPU ratio:\n", min(cfg.top, len(rows)))
	for _, x := range rows[:min(cfg.top, len(rows))] {
		fmt.Fprintf(w, "    %-40s %6.2fx  cpu %s -> %s  wall %s -> %s\n", x.name, x.cpuRatio, ms(x.offCPU), ms(x.onCPU), ms(x.offWall), ms(x.onWall))
		if cfg.stats != nil {
			fmt.Fprintf(w, "      %s\n", cfg.stats(progs[x.name]))
		}
	}
	for _, f := range failed {
		fmt.Fprintf(w, "  not measured: %s\n", f)
	}
}

// median returns the median of the runs' key (the mean of the middle two
// for an even count).
func median(runs []sample, key func(sample) time.Duration) time.Duration {
	if len(runs) == 0 {
		return 0
	}
	xs := make([]time.Duration, len(runs))
	for i, s := range runs {
		xs[i] = key(s)
	}
	sort.Slice(xs, func(a, b int) bool { return xs[a] < xs[b] })
	k := len(xs)
	if k%2 == 1 {
		return xs[k/2]
	}
	return (xs[k/2-1] + xs[k/2]) / 2
}

// ratio is a/b, 0 when b is 0.
func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ms formats d in milliseconds.
func ms(d time.Duration) string {
	return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
}

// loadAverage reads the one-minute load average, or "?".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}

// moduleRoot returns the directory of the go.mod of the current module.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("not inside the hotloop module")
	}
	return filepath.Dir(gomod), nil
}

// corpusPrograms lists the programs under dir (files named _* are
// modules and data, not programs) whose area/name matches filter, sorted.
func corpusPrograms(dir, filter string) ([]program, error) {
	re, err := regexp.Compile(filter)
	if err != nil {
		return nil, fmt.Errorf("-filter: %w", err)
	}
	var out []program
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := d.Name()
		if d.IsDir() || !strings.HasSuffix(base, ".py") || strings.HasPrefix(base, "_") {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.ToSlash(rel), ".py")
		if strings.Count(name, "/") != 1 || !re.MatchString(name) {
			return nil // programs live at area/name.py; deeper files are packages
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		args, stdin := directives(src)
		out = append(out, program{name: name, dir: filepath.Dir(path), file: base, args: args, stdin: stdin})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no programs in %s match %q", dir, filter)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].name < out[b].name })
	return out, nil
}

// benchPrograms lists the benchmarks of dir (tests/bench/NAME.py, named
// bench/NAME) whose names match filter.
func benchPrograms(dir, filter string) ([]program, error) {
	re, err := regexp.Compile(filter)
	if err != nil {
		return nil, fmt.Errorf("-filter: %w", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	var out []program
	for _, f := range files {
		name := "bench/" + strings.TrimSuffix(filepath.Base(f), ".py")
		if re.MatchString(name) {
			out = append(out, program{name: name, dir: dir, file: filepath.Base(f)})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no benchmarks in %s match %q", dir, filter)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].name < out[b].name })
	return out, nil
}

// directives reads the "# args:" and "# stdin:" directives from the
// leading comment lines of a program.
func directives(src []byte) (args []string, stdin string) {
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
