package jit

import (
	"bytes"
	"testing"
)

// TestRuntimeNotSpeculative: with background compiles on and a core
// idle, a program whose hot loop never pays for a trace sets up no wasm
// runtime (prepareRuntime waits for a recording whose compile pays,
// instead of starting at the first hot loop: docs/jit.md "The JIT's
// fixed costs (session 18)"), while one whose loop pays gets it and
// compiles (its loop is long enough, 3 M iterations, for the background
// compile to finish before it ends on a loaded machine: 300 k did not).
func TestRuntimeNotSpeculative(t *testing.T) {
	cases := []struct {
		name     string
		src      string
		compiles bool
	}{
		{"short", "s = 0\nfor i in range(300):\n    s += i * 3\nprint(s)\n", false},
		{"long", "s = 0\nfor i in range(3000000):\n    s += i * 3\nprint(s)\n", true},
	}
	for _, c := range cases {
		want, _ := runCounting(t, c.src, nil, 0)
		var log bytes.Buffer
		j := New(Config{Log: &log, Async: true, Payoff: true, SpareCore: func() bool { return true }})
		got, _ := runCounting(t, c.src, j, 50)
		if got != want {
			t.Fatalf("%s: JIT prints %q, interpreter %q\n%s", c.name, got, want, log.String())
		}
		setUp := j.w != nil || j.async.rt != nil
		if setUp != c.compiles {
			t.Fatalf("%s: wasm runtime set up %v, want %v\n%s", c.name, setUp, c.compiles, log.String())
		}
		if compiled := j.Stats().TracesCompiled > 0; compiled != c.compiles {
			t.Fatalf("%s: compiled %v, want %v\n%s", c.name, compiled, c.compiles, log.String())
		}
	}
}
