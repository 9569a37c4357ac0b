package jit

import (
	"bytes"
	"testing"
)

// TestLoopFuncLoweredLate: a planned loop function is lowered to wasm
// only once its compile may pay (loopfunc_lower.go): a short nest is
// planned and never lowered, a long one is lowered and compiled, and with
// a code cache (Config.Known, which hashes the bytes) the plan is lowered
// at once. Every run prints what the interpreter prints.
func TestLoopFuncLoweredLate(t *testing.T) {
	for _, c := range []struct {
		name          string
		call          string
		known         bool
		lowered, comp bool
	}{
		{"short", "print(f(40, 100))\n", false, false, false},
		{"long", "print(f(20000, 30))\n", false, true, true},
		{"short cached", "print(f(40, 100))\n", true, true, false},
	} {
		src := whileNestSrc + c.call // compiled whole when it runs long, not worth it short
		want, _ := runCounting(t, src, nil, 0)
		var log bytes.Buffer
		cfg := Config{Log: &log, LoopFuncs: true, Payoff: true}
		if c.known {
			cfg.Known = func([]byte) bool { return false }
		}
		j := New(cfg)
		got, _ := runCounting(t, src, j, 50)
		if got != want {
			t.Fatalf("%s: JIT prints %q, interpreter %q\n%s", c.name, got, want, log.String())
		}
		var lf *loopFunc
		if j.lfuncs != nil {
			for code, l := range j.lfuncs.byCode {
				if code.Name == "f" {
					lf = l
				}
			}
		}
		if lf == nil || lf.plan == nil {
			t.Fatalf("%s: f not planned\n%s", c.name, log.String())
		}
		if lowered := lf.bin != nil || lf.run != nil; lowered != c.lowered {
			t.Fatalf("%s: lowered %v, want %v\n%s", c.name, lowered, c.lowered, log.String())
		}
		if comp := j.Stats().LoopFuncs.Compiled > 0; comp != c.comp {
			t.Fatalf("%s: compiled %v, want %v\n%s", c.name, comp, c.comp, log.String())
		}
	}
}
