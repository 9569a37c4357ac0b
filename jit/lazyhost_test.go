package jit

import (
	"bytes"
	"testing"

	"github.com/hotloop/hotloop/wasmgen"
)

// TestHostFunctionsLazy: the wasm runtime's set-up instantiates no host
// function; a trace's module brings in the host modules of exactly the
// functions it imports (runtime_lazyhost.go). An int loop imports none,
// a float loop with % imports fmod, and the output is the interpreter's.
func TestHostFunctionsLazy(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want []string // host modules instantiated
	}{
		{"int", "s = 0\nfor i in range(3000):\n    s += i * 3\nprint(s)\n", nil},
		{"fmod", "s = 0.0\nfor i in range(3000):\n    s += (i * 1.5) % 7.25\nprint(s)\n", []string{hostModuleOf(wasmgen.RuntimeFMod)}},
	}
	for _, c := range cases {
		want, _ := runCounting(t, c.src, nil, 0)
		var log bytes.Buffer
		j := New(Config{Log: &log})
		got, _ := runCounting(t, c.src, j, 1)
		if got != want {
			t.Fatalf("%s: JIT prints %q, interpreter %q\n%s", c.name, got, want, log.String())
		}
		if j.w == nil || j.Stats().TracesCompiled == 0 {
			t.Fatalf("%s: nothing compiled\n%s", c.name, log.String())
		}
		if c.want != nil && len(j.w.hostDefs) < 50 {
			t.Fatalf("%s: %d host functions defined, want the runtime's ~100", c.name, len(j.w.hostDefs))
		}
		if len(j.w.hostUp) != len(c.want) {
			t.Fatalf("%s: host modules instantiated %v, want %v\n%s", c.name, j.w.hostUp, c.want, log.String())
		}
		for _, m := range c.want {
			if !j.w.hostUp[m] {
				t.Fatalf("%s: host modules instantiated %v, want %v\n%s", c.name, j.w.hostUp, c.want, log.String())
			}
		}
	}
}
