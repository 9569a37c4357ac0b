// Package jittest holds what the JIT's tests share across packages: running
// a program in a fresh VM with a given hook and capturing what it prints,
// and the byte-driven random source of the differential fuzzers.
package jittest

import (
	"bytes"
	"fmt"
	"math/rand"
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

// AddSeeds adds the seed inputs of a differential fuzzer whose first byte
// picks one of gens program generators: for each generator, the byte alone
// (every decision its first choice) and perRun inputs of 1+step, 1+2*step,
// ... bytes drawn from a source seeded with seed (decision streams like the
// seeded tests'), their first byte set to the generator.
func AddSeeds(f *testing.F, seed int64, gens byte, perRun, step int) {
	r := rand.New(rand.NewSource(seed))
	for gen := byte(0); gen < gens; gen++ {
		f.Add([]byte{gen})
		for k := 0; k < perRun; k++ {
			data := make([]byte, 1+step*(k+1))
			r.Read(data)
			data[0] = gen
			f.Add(data)
		}
	}
}

// ByteSource is a rand.Source (and rand.Source64) that reads its numbers
// from a fuzzer's bytes, eight to a number, big-endian, and gives zeros
// once they run out: a random program generator driven by it makes one
// decision per number, so a mutated byte changes one decision, and with
// the bytes spent every decision takes its first choice (the generators'
// loops end: their counts come from the same source). The JIT's
// differential fuzzers (jit and trace) drive their generators with it.
type ByteSource struct {
	data []byte
	pos  int
}

// NewByteSource returns a source reading data.
func NewByteSource(data []byte) *ByteSource { return &ByteSource{data: data} }

// Uint64 returns the next eight bytes.
func (s *ByteSource) Uint64() uint64 {
	var v uint64
	for i := 0; i < 8; i++ {
		var b byte
		if s.pos < len(s.data) {
			b = s.data[s.pos]
			s.pos++
		}
		v = v<<8 | uint64(b)
	}
	return v
}

// Int63 returns the next number without its top bit.
func (s *ByteSource) Int63() int64 { return int64(s.Uint64() >> 1) }

// Seed does nothing: the bytes are the seed.
func (s *ByteSource) Seed(int64) {}
