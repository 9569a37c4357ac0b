// This file holds hotloop's command-line parser. It follows CPython 3.11's
// rules (Modules/getopt.c and Python/initconfig.c): short options may be
// combined (-uB), an option's argument may be glued to it (-cCODE) or be the
// next word, the first non-option word (or what follows -c/-m) ends the
// options, and "--" ends them too. hotloop's own settings are long options
// (--jit=..., --profile=...) that may stand anywhere before the program.
// Errors carry CPython's messages and the usage line; the caller prints
// them and exits with status 2.

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/jit"
)

// options is the parsed command line.
type options struct {
	command    string   // -c CODE
	hasCommand bool     // whether -c was given (CODE may be empty)
	module     string   // -m MODULE
	script     string   // the script file, "-" for stdin, "" when none
	args       []string // arguments after the program, for sys.argv[1:]

	version  int  // how many -V were given (0: none)
	help     bool // -h / --help
	unbuffer bool // -u or PYTHONUNBUFFERED
	inspect  bool // -i or PYTHONINSPECT: the prompt after the program

	jit          bool     // --jit=on|off (default on, HOTLOOP_JIT=0 is off)
	jitThreshold int      // --jit-threshold=N (0: the default)
	jitStats     bool     // --jit-stats was given
	jitStatsFile string   // --jit-stats=FILE ("" means stderr)
	jitDump      string   // --jit-dump=DIR
	jitLog       bool     // --jit-log
	jitCache     string   // --jit-cache=DIR|off ("" : HOTLOOP_JIT_CACHE or the default)
	jitCacheDir  string   // the code cache directory in use ("" : none)
	jitHook      *jit.JIT // the JIT of this run, made by main (nil when off)
	// bytecodesInterpreted is the interpreter's instruction count at the
	// end of the run, for --jit-stats.
	bytecodesInterpreted int64
	jitCounted           int64  // jit.Stats.BytecodesCounted at the program's end
	dump                 string // --dump=ast|bytecode
	profile              string // --profile=cpu|mem|block|mutex|trace
	profileDir           string // --profile-dir=DIR
	pyprof               string // --pyprof=FILE: profile of the Python program

	// set when -m found its file: the module's package, for __package__
	runModule   bool
	mainPackage string
}

// usageError is a command-line error: msg is printed, followed by the
// usage line when withUsage is set, and the exit status is 2.
type usageError struct {
	msg       string
	withUsage bool
}

func (e *usageError) Error() string { return e.msg }

// progName is the program name used in messages: the base name of
// argv[0] ("hotloop" when installed under that name).
func progName() string {
	if len(os.Args) > 0 && os.Args[0] != "" {
		return filepath.Base(os.Args[0])
	}
	return "hotloop"
}

// usageLine is the short usage text CPython prints after a command-line
// error, with hotloop's name.
func usageLine() string {
	return "usage: " + progName() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n" +
		"Try `" + progName() + " -h' for more information.\n"
}

// shortWithArg lists the short options that take an argument.
const shortWithArg = "cmWX"

// shortFlags lists the short options without an argument that hotloop
// accepts (most of them change nothing here; docs/cli.md says which).
const shortFlags = "bBdEhiIOPqRsStuvVx?"

// parseArgs parses the command line (without argv[0]); getenv reads the
// environment (HOTLOOP_JIT).
func parseArgs(args []string, getenv func(string) string) (*options, error) {
	o := &options{jit: getenv("HOTLOOP_JIT") != "0",
		unbuffer: getenv("PYTHONUNBUFFERED") != "", inspect: getenv("PYTHONINSPECT") != ""}
	i := 0
	for i < len(args) {
		arg := args[i]
		if arg == "--" {
			i++
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			break
		}
		i++
		if strings.HasPrefix(arg, "--") {
			if err := o.longOption(arg); err != nil {
				return nil, err
			}
			continue
		}
		// A group of short options: -uB, -cCODE, -X opt.
		for j := 1; j < len(arg); j++ {
			c := arg[j]
			if strings.IndexByte(shortWithArg, c) >= 0 {
				val := arg[j+1:]
				if val == "" {
					if i >= len(args) {
						return nil, &usageError{msg: fmt.Sprintf("Argument expected for the -%c option", c), withUsage: true}
					}
					val = args[i]
					i++
				}
				switch c {
				case 'c':
					o.command, o.hasCommand = val, true
					o.args = args[i:]
					return o, nil
				case 'm':
					o.module = val
					o.args = args[i:]
					return o, nil
				}
				break // -W and -X: accepted, ignored
			}
			if c == 'J' {
				return nil, &usageError{msg: "-J is reserved for Jython", withUsage: true}
			}
			if strings.IndexByte(shortFlags, c) < 0 {
				return nil, &usageError{msg: fmt.Sprintf("Unknown option: -%c", c), withUsage: true}
			}
			switch c {
			case 'h', '?':
				o.help = true
			case 'V':
				o.version++
			case 'u':
				o.unbuffer = true
			case 'i':
				o.inspect = true
			}
		}
	}
	if i < len(args) {
		o.script = args[i]
		o.args = args[i+1:]
	}
	return o, nil
}

// longOption handles one "--name[=value]" word.
func (o *options) longOption(arg string) error {
	name, val, hasVal := strings.Cut(arg[2:], "=")
	bad := func(format string, a ...any) error {
		return &usageError{msg: progName() + ": " + fmt.Sprintf(format, a...)}
	}
	noValue := func() error {
		if hasVal {
			return bad("option --%s takes no value", name)
		}
		return nil
	}
	switch name {
	case "help":
		o.help = true
		return noValue()
	case "version":
		o.version++
		return noValue()
	case "jit":
		switch val {
		case "on":
			o.jit = true
		case "off":
			o.jit = false
		default:
			return bad("invalid value for --jit: %q (want on or off)", val)
		}
	case "jit-threshold":
		n, err := strconv.Atoi(val)
		if err != nil || n < 1 {
			return bad("invalid value for --jit-threshold: %q (want a positive integer)", val)
		}
		o.jitThreshold = n
	case "jit-stats":
		o.jitStats = true
		if hasVal && val == "" {
			return bad("--jit-stats=FILE needs a file name")
		}
		o.jitStatsFile = val
	case "jit-dump":
		if val == "" {
			return bad("--jit-dump=DIR needs a directory")
		}
		o.jitDump = val
	case "jit-log":
		o.jitLog = true
		return noValue()
	case "jit-cache":
		if val == "" {
			return bad("--jit-cache needs a directory or off")
		}
		o.jitCache = val
	case "dump":
		if val != "ast" && val != "bytecode" {
			return bad("invalid value for --dump: %q (want ast or bytecode)", val)
		}
		o.dump = val
	case "profile":
		switch val {
		case "cpu", "mem", "block", "mutex", "trace":
			o.profile = val
		default:
			return bad("invalid value for --profile: %q (want cpu, mem, block, mutex or trace)", val)
		}
	case "profile-dir":
		if val == "" {
			return bad("--profile-dir=DIR needs a directory")
		}
		o.profileDir = val
	case "pyprof":
		if val == "" {
			return bad("--pyprof=FILE needs a file name")
		}
		o.pyprof = val
	case "check-hash-based-pycs":
		// CPython's only other long option; meaningless without .pyc files.
		if !hasVal {
			return &usageError{msg: "Argument expected for the --check-hash-based-pycs option", withUsage: true}
		}
	default:
		return &usageError{msg: "unknown option " + arg, withUsage: true}
	}
	return nil
}
