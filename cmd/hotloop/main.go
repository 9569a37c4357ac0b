// Command hotloop runs Python 3 programs. It is meant as a drop-in
// replacement for python3 on CPU-bound scripts.
//
// hotloop parses a program (reporting SyntaxErrors exactly as CPython 3.11
// does), compiles it to register bytecode and runs it in package vm's
// interpreter, printing uncaught exceptions as CPython does. --dump=ast
// and --dump=bytecode show the front end's work. HOTLOOP_GCSTRESS=1 makes
// the collector run at every safepoint.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/compile"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

const usage = `usage: hotloop [option] ... [file | -] [arg] ...
Options:
  --dump=ast FILE   print the AST of FILE as CPython's ast.dump(ast.parse(...)) does
  --dump=bytecode FILE
                    print the compiled bytecode of FILE
  -h, --help        print this help message and exit
  -V, --version     print the version and exit
Arguments:
  file              program read from script file
  -                 program read from stdin
`

// version is what -V prints.
const version = "hotloop 0.1.0 (Python 3.11 compatible)"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, with its streams passed in for tests; it
// returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var dump string
	for len(args) > 0 && strings.HasPrefix(args[0], "-") && args[0] != "-" {
		arg := args[0]
		args = args[1:]
		switch {
		case arg == "-h" || arg == "--help":
			fmt.Fprint(stdout, usage)
			return 0
		case arg == "-V" || arg == "--version":
			fmt.Fprintln(stdout, version)
			return 0
		case strings.HasPrefix(arg, "--dump="):
			dump = strings.TrimPrefix(arg, "--dump=")
			if dump != "ast" && dump != "bytecode" {
				fmt.Fprintf(stderr, "hotloop: --dump=%s is not supported yet (only --dump=ast and --dump=bytecode)\n", dump)
				return 2
			}
		case arg == "--":
			goto done
		default:
			fmt.Fprintf(stderr, "unknown option %s\n%s", arg, usage)
			return 2
		}
	}
done:
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	filename := args[0]
	var raw []byte
	var err error
	if filename == "-" {
		filename = "<stdin>"
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(filename)
	}
	if err != nil {
		fmt.Fprintf(stderr, "hotloop: can't open file %s: %s\n", quoteFilename(filename), errnoText(err))
		return 2
	}
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
	return runProgram(mod, table, filename, raw, args, stdin, stdout, stderr)
}

// runProgram compiles the module and runs it as __main__. Tracebacks name
// the script by its absolute path, as CPython's do.
func runProgram(mod *syntax.Module, table *symtable.Table, filename string, raw []byte, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	codeName := filename
	if filename != "<stdin>" {
		if abs, err := filepath.Abs(filename); err == nil {
			codeName = abs
		}
	}
	code, err := compile.Compile(mod, table, codeName)
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
	})
	if err != nil {
		fmt.Fprintf(stderr, "hotloop: %v\n", err)
		return 1
	}
	defer machine.Close()
	if err := machine.RunFile(codeName, raw, code); err != nil {
		machine.Flush()
		fmt.Fprintf(stderr, "hotloop: %v\n", err)
		return 1
	}
	return machine.ExitCode()
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
