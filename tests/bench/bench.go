// Package bench runs the benchmark programs of tests/bench under several
// Python runtimes and reports how fast each one is against CPython.
//
// The idea: every program prints a checksum, and CPython's output is the
// truth. A runtime's time for a program is reported only if every one of
// its runs printed exactly what CPython printed, so a benchmark can never
// be fast and wrong. Runs are interleaved round-robin (repetition by
// repetition, program by program, runtime by runtime, with the runtime
// order rotated each repetition) so that a machine whose load changes
// during the run slows every runtime alike instead of whichever happened
// to run last. Each run's wall-clock time is measured around the child
// process, and its peak resident set size is read from the kernel's
// accounting of that child (wait4's rusage).
//
// This file holds the measuring core (Run); report.go prints the table and
// JSON, svg.go draws the chart, and cmd/benchrun is the command line.
package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// StartupName is the program name of the start-up row: an empty program,
// so its time is what a runtime costs before running any code.
const StartupName = "startup (empty file)"

// Runtime is one way of running a Python program: Argv followed by the
// program's path.
type Runtime struct {
	Name string   // column name, e.g. "python3", "hotloop --jit=off"
	Argv []string // command and leading arguments
}

// Program is one benchmark program.
type Program struct {
	Name string // name shown in the table, the file name without ".py"
	Path string // absolute path of the .py file
}

// Config says what Run measures.
type Config struct {
	// Programs are the benchmarks, run in this order.
	Programs []Program
	// Runtimes are the columns. Runtimes[0] is the reference (CPython):
	// its output is the truth and speedups are relative to it.
	Runtimes []Runtime
	// N is the number of repetitions (runs per program and runtime).
	N int
	// Startup adds a first row timing an empty program.
	Startup bool
	// Timeout bounds one run; zero means 10 minutes.
	Timeout time.Duration
	// Env is added to the children's environment (os.Environ()).
	Env []string
	// Log receives one progress line per program and repetition; may be nil.
	Log io.Writer
}

// Cell status values. A cell whose Status is not StatusOK has no time.
const (
	StatusOK             = "ok"
	StatusOutputDiffers  = "output differs"
	StatusNotRunnable    = "not yet runnable"
	StatusTimeout        = "timeout"
	StatusReferenceError = "reference failed"
)

// Cell is one program under one runtime.
type Cell struct {
	Runtime string `json:"runtime"`
	// Status is StatusOK or why the cell has no numbers.
	Status string `json:"status"`
	// Reason details a failure: the last line of the child's stderr, or
	// the first differing output line.
	Reason string `json:"reason,omitempty"`
	// Seconds holds each run's wall-clock time, in run order.
	Seconds []float64 `json:"seconds,omitempty"`
	// MaxRSSKiB holds each run's peak resident set size, in KiB.
	MaxRSSKiB []int64 `json:"max_rss_kib,omitempty"`
	// MedianSeconds and MedianRSSKiB are the medians of the above.
	MedianSeconds float64 `json:"median_seconds,omitempty"`
	MedianRSSKiB  int64   `json:"median_rss_kib,omitempty"`
	// Speedup is the reference's median time over this cell's (so above
	// 1 is faster than CPython); zero when either side has no time.
	Speedup float64 `json:"speedup,omitempty"`
}

// Row is one program under every runtime, cells in Config.Runtimes order.
type Row struct {
	Program string `json:"program"`
	// Startup marks the start-up row, which geomeans leave out.
	Startup bool   `json:"startup,omitempty"`
	Cells   []Cell `json:"cells"`
}

// Geomean is one runtime's geometric mean speedup over the programs it ran
// correctly (the start-up row excluded).
type Geomean struct {
	Runtime  string  `json:"runtime"`
	Speedup  float64 `json:"speedup"`
	Programs int     `json:"programs"` // how many programs it covers
	Of       int     `json:"of"`       // how many programs the reference ran
}

// Machine describes where the numbers came from.
type Machine struct {
	CPU      string            `json:"cpu,omitempty"`
	Cores    int               `json:"cores,omitempty"`
	OS       string            `json:"os,omitempty"`
	Go       string            `json:"go,omitempty"`
	Versions map[string]string `json:"versions,omitempty"` // runtime name → its --version
}

// Result is everything one Run measured.
type Result struct {
	Date     string    `json:"date"`
	N        int       `json:"n"`
	Runtimes []string  `json:"runtimes"`
	Notes    []string  `json:"notes,omitempty"`
	Machine  Machine   `json:"machine"`
	Rows     []Row     `json:"rows"`
	Geomeans []Geomean `json:"geomeans"`
	// Compiled: per program, where its bytecodes ran in one more,
	// unmeasured run with the JIT's statistics (benchrun -share).
	Compiled []CompiledShare `json:"compiled,omitempty"`
}

// CompiledShare is what one --jit-stats run of a program reported: the
// bytecodes the interpreter dispatched and those run compiled (root
// traces' estimate plus what compiled code counted itself).
type CompiledShare struct {
	Program     string `json:"program"`
	Interpreted int64  `json:"bytecodes_interpreted"`
	InTraces    int64  `json:"bytecodes_in_traces"`
	Counted     int64  `json:"bytecodes_counted_in_wasm"`
	Err         string `json:"error,omitempty"`
}

// Share is the fraction of the bytecodes run compiled (0 when none ran).
func (c CompiledShare) Share() float64 {
	if all := c.Interpreted + c.InTraces; all > 0 {
		return float64(c.InTraces) / float64(all)
	}
	return 0
}

// run is the outcome of one child process.
type run struct {
	stdout   []byte
	stderr   []byte
	exitErr  error
	timedOut bool
	seconds  float64
	maxRSS   int64 // KiB, -1 when the OS does not say
}

// Run measures every program under every runtime cfg.N times, interleaved,
// and returns the per-program medians, speedups and geomeans. It fails only
// when it cannot run at all (no programs, no runtimes, no temporary
// directory); a program or runtime that misbehaves becomes a cell status.
func Run(cfg Config) (*Result, error) {
	if len(cfg.Runtimes) == 0 {
		return nil, errors.New("bench: no runtimes")
	}
	if cfg.N < 1 {
		return nil, errors.New("bench: N must be at least 1")
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Minute
	}
	progs := cfg.Programs
	if cfg.Startup {
		dir, err := os.MkdirTemp("", "benchrun-startup")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		empty := filepath.Join(dir, "empty.py")
		if err := os.WriteFile(empty, nil, 0o644); err != nil {
			return nil, err
		}
		progs = append([]Program{{Name: StartupName, Path: empty}}, progs...)
	}
	if len(progs) == 0 {
		return nil, errors.New("bench: no programs")
	}

	nr := len(cfg.Runtimes)
	res := &Result{Date: time.Now().UTC().Format(time.RFC3339), N: cfg.N}
	for _, rt := range cfg.Runtimes {
		res.Runtimes = append(res.Runtimes, rt.Name)
	}
	rows := make([]Row, len(progs))
	want := make([][]byte, len(progs)) // the reference's stdout per program
	for i, p := range progs {
		rows[i] = Row{Program: p.Name, Startup: cfg.Startup && i == 0, Cells: make([]Cell, nr)}
		for j, rt := range cfg.Runtimes {
			rows[i].Cells[j] = Cell{Runtime: rt.Name, Status: StatusOK}
		}
	}

	for rep := 0; rep < cfg.N; rep++ {
		for i, p := range progs {
			row := &rows[i]
			for k := 0; k < nr; k++ {
				// Rotate the order so no runtime always runs first.
				j := (k + rep) % nr
				c := &row.Cells[j]
				if c.Status != StatusOK || (j != 0 && row.Cells[0].Status != StatusOK) {
					continue
				}
				r := execute(cfg, cfg.Runtimes[j], p)
				judge(c, r, j == 0, &want[i])
				if j == 0 && c.Status != StatusOK {
					c.Status = StatusReferenceError
				}
			}
			if cfg.Log != nil {
				fmt.Fprintf(cfg.Log, "rep %d/%d  %-24s", rep+1, cfg.N, p.Name)
				for _, c := range row.Cells {
					if c.Status == StatusOK && len(c.Seconds) > 0 {
						fmt.Fprintf(cfg.Log, "  %s %.3fs", c.Runtime, c.Seconds[len(c.Seconds)-1])
					} else {
						fmt.Fprintf(cfg.Log, "  %s: %s", c.Runtime, c.Status)
					}
				}
				fmt.Fprintln(cfg.Log)
			}
		}
	}

	for i := range rows {
		summarize(&rows[i])
	}
	res.Rows = rows
	res.Geomeans = geomeans(res)
	return res, nil
}

// execute runs program p under runtime rt once, in p's directory, with
// stdin from /dev/null, and measures it.
func execute(cfg Config, rt Runtime, p Program) run {
	ctx, cancel := context.WithTimeout(context.Background(), cfg.Timeout)
	defer cancel()
	argv := append(append([]string(nil), rt.Argv[1:]...), p.Path)
	cmd := exec.CommandContext(ctx, rt.Argv[0], argv...)
	cmd.Dir = filepath.Dir(p.Path)
	cmd.WaitDelay = 5 * time.Second // a killed child's descendants may hold its pipes
	cmd.Env = append(os.Environ(), cfg.Env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Start()
	if err == nil {
		err = cmd.Wait()
	}
	r := run{seconds: time.Since(start).Seconds(), exitErr: err, maxRSS: -1}
	r.stdout = append([]byte{}, stdout.Bytes()...) // never nil: nil means "no reference yet"
	r.stderr = stderr.Bytes()
	r.timedOut = ctx.Err() != nil
	if cmd.ProcessState != nil {
		r.maxRSS = maxRSSKiB(cmd.ProcessState)
	}
	return r
}

// judge records run r in cell c. The reference's first successful stdout
// becomes *want; every later run of any runtime must print exactly it.
func judge(c *Cell, r run, ref bool, want *[]byte) {
	switch {
	case r.timedOut:
		c.Status = StatusTimeout
		return
	case r.exitErr != nil:
		c.Status = StatusNotRunnable
		c.Reason = lastLine(r.stderr)
		if c.Reason == "" {
			c.Reason = r.exitErr.Error()
		}
		return
	}
	if ref && *want == nil {
		*want = r.stdout
	} else if !bytes.Equal(r.stdout, *want) {
		c.Status = StatusOutputDiffers
		c.Reason = firstDifference(*want, r.stdout)
		return
	}
	c.Seconds = append(c.Seconds, r.seconds)
	if r.maxRSS >= 0 {
		c.MaxRSSKiB = append(c.MaxRSSKiB, r.maxRSS)
	}
}

// summarize fills in the medians and speedups of a row and drops the
// numbers of cells that did not end up OK.
func summarize(row *Row) {
	for j := range row.Cells {
		c := &row.Cells[j]
		if c.Status != StatusOK {
			c.Seconds, c.MaxRSSKiB = nil, nil
			continue
		}
		c.MedianSeconds = median(c.Seconds)
		if len(c.MaxRSSKiB) > 0 {
			rss := make([]float64, len(c.MaxRSSKiB))
			for i, v := range c.MaxRSSKiB {
				rss[i] = float64(v)
			}
			c.MedianRSSKiB = int64(math.Round(median(rss)))
		}
	}
	ref := row.Cells[0]
	for j := range row.Cells {
		c := &row.Cells[j]
		if c.Status == StatusOK && ref.Status == StatusOK && c.MedianSeconds > 0 {
			c.Speedup = ref.MedianSeconds / c.MedianSeconds
		}
	}
}

// geomeans computes each runtime's geometric mean speedup over the
// non-start-up rows where it has one.
func geomeans(res *Result) []Geomean {
	var out []Geomean
	for j, name := range res.Runtimes {
		g := Geomean{Runtime: name}
		sum := 0.0
		for _, row := range res.Rows {
			if row.Startup {
				continue
			}
			if row.Cells[0].Status == StatusOK {
				g.Of++
			}
			if s := row.Cells[j].Speedup; s > 0 {
				sum += math.Log(s)
				g.Programs++
			}
		}
		if g.Programs > 0 {
			g.Speedup = math.Exp(sum / float64(g.Programs))
		}
		out = append(out, g)
	}
	return out
}

// median returns the median of xs (the mean of the middle two for an even
// count); xs is not modified.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// lastLine returns the last non-blank line of b, trimmed: for a Python
// traceback, the exception line.
func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// firstDifference describes the first line where got differs from want.
func firstDifference(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d: got %q, want %q", i+1, clip(gl), clip(wl))
		}
	}
	return ""
}

// clip shortens s to at most 60 bytes for a message.
func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// BuildHotloop builds cmd/hotloop from the module at root into a fresh
// temporary directory (its name starts with prefix) and returns the
// binary's path and a function that removes the directory.
func BuildHotloop(root, prefix string) (path string, cleanup func(), err error) {
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		return "", nil, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	path = filepath.Join(dir, "hotloop")
	fmt.Fprintln(os.Stderr, "building hotloop ...")
	if err := GoBuild(root, path); err != nil {
		cleanup()
		return "", nil, err
	}
	return path, cleanup, nil
}

// GoBuild builds cmd/hotloop from the module at root into the file out,
// the way the README builds it: static (CGO_ENABLED=0, docs/cli.md "The
// build is static"). It runs the go command of the toolchain running it
// when there is one (GOROOT/bin/go, so that a test binary builds with its
// own Go), else the one on PATH; the error holds the build's output. The
// corpus harness, the benchmark harness and jitcost all build so, and
// measure the binary users get.
func GoBuild(root, out string) error {
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		gobin = "go"
	}
	build := exec.Command(gobin, "build", "-o", out, "./cmd/hotloop")
	build.Dir = root
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if output, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/hotloop: %w\n%s", err, output)
	}
	return nil
}
