// Package jittest holds what the JIT's tests share across packages: running
// a program in a fresh VM with a given hook and capturing what it prints.
package jittest

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/hotloop/hotloop/vm"
)

// Run executes src as the program prog.py in a fresh VM with hook
// installed (none when nil) at the given loop threshold, and returns its
// stdout and stderr together, followed by "ERROR ..." if the runtime
// itself failed.
func Run(t testing.TB, src string, hook vm.Hook, threshold int) string {
	t.Helper()
	out, _ := RunCounting(t, src, hook, threshold)
	return out
}

// RunCounting is Run that also returns the number of bytecodes the
// interpreter executed.
func RunCounting(t testing.TB, src string, hook vm.Hook, threshold int) (string, uint64) {
	t.Helper()
	var n uint64
	out := RunInspect(t, src, hook, threshold, func(m *vm.VM) { n = m.BytecodesInterpreted() })
	return out, n
}

// RunInspect is Run that calls inspect with the VM once the program has
// ended, before the VM (and its heap) is closed.
func RunInspect(t testing.TB, src string, hook vm.Hook, threshold int, inspect func(m *vm.VM)) string {
	t.Helper()
	var out bytes.Buffer
	cfg := vm.Config{Stdout: &out, Stderr: &out, Args: []string{""}, HookThreshold: threshold}
	if hook != nil {
		cfg.Hook = hook
	}
	m, err := vm.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	_, err = m.Exec("prog.py", []byte(src), vm.ModeExec)
	m.Flush()
	if err != nil {
		fmt.Fprintf(&out, "ERROR %v\n", err)
	}
	inspect(m)
	return out.String()
}
