// Command hotloop runs Python 3 programs. It is meant as a drop-in
// replacement for python3 on CPU-bound scripts.
//
// hotloop parses a program (reporting SyntaxErrors exactly as CPython 3.11
// does), compiles it to register bytecode and runs it in package vm's
// interpreter, printing uncaught exceptions as CPython does. --dump=ast
// and --dump=bytecode show the front end's work. HOTLOOP_GCSTRESS=1 makes
// the collector run at every safepoint.
//
// The command line follows python3's (options.go parses it: -c, -m, -,
// combined short flags, CPython's usage errors and exit codes), plus
// hotloop's own long options: --jit..., --profile... (jitflags.go).
// docs/cli.md describes every option and where hotloop differs.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/chzyer/readline"

	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/compile"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

const usage = `usage: hotloop [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (as python3's; see docs/cli.md for those that change nothing here):
  -c cmd         program passed in as string (terminates option list)
  -m mod         run module mod.py, found beside the current directory, as __main__
                 (terminates option list)
  -h, --help     print this help message and exit
  -V, --version  print the version and exit (-VV: more detail)
  -u             unbuffered stdout and stderr
  -b -B -d -E -i -I -O -P -q -s -S -v -x, -W arg, -X opt
                 accepted for compatibility and ignored
  --             end of options
hotloop's own options (before the program):
  --jit=on|off           tracing JIT on (default) or off; HOTLOOP_JIT=0 means off
  --jit-threshold=N      loop iterations before a trace is recorded
  --jit-stats[=FILE]     JIT statistics at exit: on stderr, or in FILE (JSON if FILE ends in .json)
  --jit-dump=DIR         write each trace's wasm and IR listing to DIR
  --jit-log              one line on stderr per trace event
  --jit-cache=DIR|off    keep compiled traces in DIR across runs (default
                         ~/.cache/hotloop/jit; HOTLOOP_JIT_CACHE sets it too)
  --dump=ast|bytecode    print the AST or the bytecode of the program instead of running it
  --profile=cpu|mem|block|mutex|trace
                         write a Go profile of hotloop itself (go tool pprof reads it)
  --profile-dir=DIR      directory of the profile (default: the current directory)
  --pyprof=FILE          sample the Python program's stack 100 times a second and write a
                         pprof profile of its functions and lines to FILE (docs/profiling.md)
Arguments:
  file           program read from script file
  -              program read from stdin (default when stdin is not a terminal)
  arg ...        arguments passed to the program in sys.argv[1:]
`

// version is what -V prints.
const version = "hotloop 0.1.0 (Python 3.11 compatible)"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, with its streams passed in for tests; it
// returns the process exit code.
func run(argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseArgs(argv, os.Getenv)
	if err != nil {
		fmt.Fprintln(stderr, err)
		if ue, ok := err.(*usageError); ok && ue.withUsage {
			fmt.Fprint(stderr, usageLine())
		}
		return 2
	}
	switch {
	case o.help:
		fmt.Fprint(stdout, usage)
		return 0
	case o.version == 1:
		fmt.Fprintln(stdout, version)
		return 0
	case o.version > 1:
		fmt.Fprintf(stdout, "%s [%s %s/%s]\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return 0
	}
	if o.jitDump != "" {
		if err := os.MkdirAll(o.jitDump, 0o755); err != nil {
			fmt.Fprintf(stderr, "%s: --jit-dump: %v\n", progName(), err)
			return 2
		}
	}
	stop := startProfile(o)
	o.jitHook = newJIT(o, stderr)
	code := runProgramFrom(o, stdin, stdout, stderr)
	stop()
	trimCodeCache(o, stderr)
	if o.jitStats {
		if err := reportJITStats(o, collectJITStats(o), stderr); err != nil {
			fmt.Fprintf(stderr, "%s: --jit-stats: %v\n", progName(), err)
		}
	}
	return code
}

// runProgramFrom finds the program the options name (-c, -m, a file or
// stdin), sets sys.argv as CPython does for that form, and runs it.
func runProgramFrom(o *options, stdin io.Reader, stdout, stderr io.Writer) int {
	var filename string
	var raw []byte
	var args []string
	var err error
	switch {
	case o.hasCommand:
		filename, raw = "<string>", []byte(o.command)
		args = append([]string{"-c"}, o.args...)
	case o.module != "":
		path, pkg, ferr := findModule(o.module)
		if ferr != nil {
			fmt.Fprintf(stderr, "%s: %v\n", progName(), ferr)
			return 1
		}
		o.mainPackage, o.runModule = pkg, true
		filename = path
		if raw, err = os.ReadFile(path); err != nil {
			fmt.Fprintf(stderr, "%s: can't open file %s: %s\n", progName(), quoteFilename(path), errnoText(err))
			return 2
		}
		args = append([]string{path}, o.args...)
	case o.script == "" && isTerminal(stdin):
		return runInteractive(o, stdin, stdout, stderr)
	case o.script == "" || o.script == "-":
		filename = "<stdin>"
		if raw, err = io.ReadAll(stdin); err != nil {
			fmt.Fprintf(stderr, "%s: can't read <stdin>: %v\n", progName(), err)
			return 2
		}
		args = append([]string{o.script}, o.args...)
	default:
		filename = o.script
		if raw, err = os.ReadFile(filename); err != nil {
			shown := filename
			if abs, aerr := filepath.Abs(filename); aerr == nil {
				shown = abs
			}
			fmt.Fprintf(stderr, "%s: can't open file %s: %s\n", progName(), quoteFilename(shown), errnoText(err))
			return 2
		}
		args = append([]string{o.script}, o.args...)
	}
	return runSource(o, filename, raw, args, stdin, stdout, stderr)
}

// findModule finds the file that `-m name` runs, as runpy does over
// sys.path[0] (the current directory): a/b.py for "a.b" (package "a"), or
// the __main__.py of a package (whose package is the name itself).
// Modules of the embedded standard library cannot be run with -m yet.
func findModule(name string) (path, pkg string, err error) {
	if name == "" || strings.ContainsAny(name, "/"+string(filepath.Separator)) || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".") {
		return "", "", errNoModule(name)
	}
	parts := strings.Split(name, ".")
	cwd, werr := os.Getwd()
	if werr != nil {
		return "", "", werr
	}
	dir := filepath.Join(append([]string{cwd}, parts...)...)
	if isDir(dir) {
		main := filepath.Join(dir, "__main__.py")
		if isFile(main) {
			return main, name, nil
		}
		return "", "", fmt.Errorf("No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name)
	}
	if file := dir + ".py"; isFile(file) {
		return file, strings.Join(parts[:len(parts)-1], "."), nil
	}
	return "", "", errNoModule(name)
}

func errNoModule(name string) error { return fmt.Errorf("No module named %s", name) }

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// isTerminal reports whether r is a character device (a terminal).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && isCharDevice(f)
}

// isTerminalWriter reports whether w is a character device.
func isTerminalWriter(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isCharDevice(f)
}

// isCharDevice reports whether f is a terminal (not merely a character
// device: /dev/null is one too).
func isCharDevice(f *os.File) bool {
	return readline.IsTerminal(int(f.Fd()))
}

// runSource parses, checks and runs (or dumps, for --dump) the program raw
// read from filename, with sys.argv set to args.
func runSource(o *options, filename string, raw []byte, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	dump := o.dump
	mod, text, err := syntax.ParseFileText(filename, raw)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Fprint(stderr, se.Report())
			return 1
		}
		fmt.Fprintf(stderr, "hotloop: %v\n", err)
		return 1
	}
	if dump == "ast" {
		fmt.Fprintln(stdout, syntax.Dump(mod))
		return 0
	}
	// The scope analysis raises the SyntaxErrors that CPython's symtable
	// pass raises after parsing (duplicate arguments, misplaced global, ...).
	table, err := symtable.Build(mod, filename, text)
	if err == nil {
		// The compiler's own SyntaxErrors ('return' outside function, ...).
		err = compile.Check(mod, table, raw)
	}
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Fprint(stderr, se.Report())
			return 1
		}
		fmt.Fprintf(stderr, "hotloop: %v\n", err)
		return 1
	}
	if dump == "bytecode" {
		code, err := compile.Compile(mod, table, filename)
		if err != nil {
			fmt.Fprintf(stderr, "hotloop: %v\n", err)
			return 1
		}
		bytecode.Disassemble(stdout, code)
		return 0
	}
	return runProgram(o, mod, table, filename, raw, args, stdin, stdout, stderr)
}

// runProgram compiles the module and runs it as __main__. Tracebacks name
// the script by its absolute path, as CPython's do.
func runProgram(o *options, mod *syntax.Module, table *symtable.Table, filename string, raw []byte, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	codeName := filename
	if filename != "<stdin>" && filename != "<string>" {
		if abs, err := filepath.Abs(filename); err == nil {
			codeName = abs
		}
	}
	code, warnings, err := compile.CompileWithWarnings(mod, table, codeName)
	printSyntaxWarnings(stderr, warnings, raw)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Fprint(stderr, se.Report())
			return 1
		}
		fmt.Fprintf(stderr, "hotloop: %v\n", err)
		return 1
	}
	// Output is buffered by the VM (stdout is flushed before anything is
	// written to stderr, and at exit), as CPython buffers a non-tty stdout.
	machine, err := vm.New(vm.Config{
		Stdout:   stdout,
		Stderr:   stderr,
		Stdin:    stdin,
		Args:     args,
		GCStress: os.Getenv("HOTLOOP_GCSTRESS") == "1",
		// Ctrl-C raises KeyboardInterrupt in the program.
		CatchInterrupt: true,
		Hook:           jitHook(o),
		HookThreshold:  o.jitThreshold,
		StdoutMode:     stdoutMode(o, stdout),
		Inspect:        o.inspect,
		MainModule:     o.runModule,
		MainPackage:    o.mainPackage,
		CodeCache:      openCodeCache(o, stderr),
	})
	if err != nil {
		fmt.Fprintf(stderr, "hotloop: %v\n", err)
		return 1
	}
	defer machine.Close()
	defer func() {
		o.bytecodesInterpreted = int64(machine.BytecodesInterpreted())
		if o.jitHook != nil && o.jitStats {
			// the count compiled code keeps lives in the heap, which
			// Close releases
			o.jitCounted = o.jitHook.Stats().BytecodesCounted
		}
	}()
	if os.Getenv(memStatsEnv) == "1" {
		defer func() { machine.Flush(); writeMemStats(stderr, machine) }()
	}
	if o.pyprof != "" {
		machine.StartPyProfile(pyprofPeriod)
	}
	err = machine.RunFile(codeName, raw, code)
	if o.pyprof != "" {
		if werr := writePyProfile(o.pyprof, machine.StopPyProfile()); werr != nil {
			fmt.Fprintf(stderr, "%s: --pyprof: %v\n", progName(), werr)
		}
	}
	if err != nil {
		machine.Flush()
		fmt.Fprintf(stderr, "hotloop: %v\n", err)
		return 1
	}
	if o.inspect {
		// -i: the prompt follows, in the program's __main__, whatever
		// happened (CPython prints even SystemExit's traceback then).
		machine.Flush()
		return interact(machine, newLineReader(stdin, stdout, stderr), stdout, stderr)
	}
	if machine.KilledByInterrupt() {
		machine.Close()
		vm.ExitByInterrupt() // as CPython: die by SIGINT
	}
	return machine.ExitCode()
}

// stdoutMode chooses the buffering of sys.stdout as CPython does: none
// with -u, by line on a terminal, by block otherwise.
func stdoutMode(o *options, stdout io.Writer) vm.BufferMode {
	switch {
	case o.unbuffer:
		return vm.Unbuffered
	case isTerminalWriter(stdout):
		return vm.LineBuffered
	}
	return vm.BlockBuffered
}

// quoteFilename quotes a path as CPython's repr of a str would.
func quoteFilename(name string) string {
	return "'" + strings.ReplaceAll(name, "'", `\'`) + "'"
}

// errnoText formats an OS error as CPython's OSError does: [Errno N] text.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	return err.Error()
}
