// Package hotloop embeds the hotloop Python 3.11 runtime in a Go program.
//
// An Interpreter owns one Python heap and one __main__ module whose globals
// persist across calls: Exec runs statements, Eval evaluates an expression,
// SetGlobal and Global move values in and out, Call calls a Python
// function. Values cross the boundary by conversion (Go int64, float64,
// string, bool, nil, []any, map[string]any and Go functions on one side;
// int, float, str, bool, None, list, dict and builtin functions on the
// other): Go code never holds a reference into the Python heap, so the
// collector needs no help from the embedding program.
//
// An Interpreter is not safe for concurrent use; make one per goroutine.
package hotloop

import (
	"fmt"
	"io"
	"os"

	"github.com/hotloop/hotloop/vm"
)

// Error is a Python exception that escaped a call: its class name, its
// message and the traceback CPython would print.
type Error = vm.PyError

// Func is a Go function that Python code can call once it is bound with
// SetGlobal; its arguments arrive converted to Go values.
type Func = vm.GoFunc

// Options configure a new Interpreter. Nil writers discard output; a nil
// Stdin reads as empty.
type Options struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Args           []string // sys.argv
}

// Interpreter runs Python code in one persistent __main__ module.
type Interpreter struct {
	vm *vm.VM
}

// New makes an Interpreter.
func New(opts Options) (*Interpreter, error) {
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	if opts.Stdin == nil {
		opts.Stdin = eofReader{}
	}
	if opts.Args == nil {
		opts.Args = []string{""}
	}
	machine, err := vm.New(vm.Config{
		Stdout:   opts.Stdout,
		Stderr:   opts.Stderr,
		Stdin:    opts.Stdin,
		Args:     opts.Args,
		GCStress: os.Getenv("HOTLOOP_GCSTRESS") == "1",
	})
	if err != nil {
		return nil, fmt.Errorf("hotloop: starting the runtime: %w", err)
	}
	return &Interpreter{vm: machine}, nil
}

// Exec runs Python statements in __main__. An uncaught exception is
// returned as an *Error.
func (it *Interpreter) Exec(src string) error {
	_, err := it.vm.Exec("<string>", []byte(src), vm.ModeExec)
	return err
}

// Eval evaluates a Python expression in __main__ and returns its value
// converted to Go.
func (it *Interpreter) Eval(expr string) (any, error) {
	return it.vm.Exec("<string>", []byte(expr), vm.ModeEval)
}

// SetGlobal binds a global of __main__ to the Python conversion of v.
func (it *Interpreter) SetGlobal(name string, v any) error { return it.vm.SetGlobal(name, v) }

// Global returns a global of __main__ converted to Go.
func (it *Interpreter) Global(name string) (any, error) { return it.vm.Global(name) }

// Call calls the function bound to a global of __main__.
func (it *Interpreter) Call(name string, args ...any) (any, error) {
	return it.vm.Call(name, args...)
}

// Close releases the interpreter's heap.
func (it *Interpreter) Close() error { return it.vm.Close() }

// eofReader is an empty stdin.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
