// fuzz_test.go is the JIT's coverage-guided differential fuzzer: the
// fuzzer's bytes drive the random program generators of the seeded tests
// (progGen: numeric loops, loops left by break or by their condition,
// loops calling functions with loops), and each program must print the
// same under the interpreter alone and with the JIT at thresholds 1 and
// 7. The seeded tests walk fixed sequences of programs; here a mutated
// byte changes one decision of the generator, so the fuzzer can steer
// towards the shapes that reach new code in the recorder, the passes and
// the lowering.

package jit

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
)

// fuzzProgram writes the program data describes: its first byte picks
// the generator, the rest drive it.
func fuzzProgram(data []byte) string {
	g := &progGen{r: rand.New(jittest.NewByteSource(data[1:]))}
	switch data[0] % 3 {
	case 0:
		return g.program()
	case 1:
		return g.pathProgram()
	default:
		return g.callProgram()
	}
}

func FuzzRandomPrograms(f *testing.F) {
	// Seeds: each generator with a few decision streams (the generators'
	// first choices, and bytes taken from a seeded source as the seeded
	// tests do).
	jittest.AddSeeds(f, 40, 3, 3, 64)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		src := fuzzProgram(data)
		want := run(t, src, nil, 0)
		for _, threshold := range []int{1, 7} {
			var log bytes.Buffer
			j := New(Config{Log: &log, GoHops: data[0]&4 != 0})
			if got := run(t, src, j, threshold); got != want {
				t.Fatalf("threshold %d: JIT output differs\n--- program\n%s\n--- interpreter\n%s\n--- JIT\n%s\n--- log\n%s", threshold, src, want, got, log.String())
			}
		}
	})
}

// TestFuzzProgramsDiffer checks that the fuzzer's bytes steer the
// generators: different bytes make different programs, the same bytes
// the same program, and the programs' loops compile (a fuzzer whose
// programs never reach a trace would compare the interpreter with
// itself).
func TestFuzzProgramsDiffer(t *testing.T) {
	seen := map[string]bool{}
	r := rand.New(rand.NewSource(41))
	var compiled int64
	for k := 0; k < 30; k++ {
		data := make([]byte, 200)
		r.Read(data)
		data[0] = byte(k % 3)
		src := fuzzProgram(data)
		if again := fuzzProgram(data); again != src {
			t.Fatalf("the same bytes made two programs:\n%s\n---\n%s", src, again)
		}
		seen[src] = true
		if k < 12 {
			j := New(Config{})
			run(t, src, j, 1)
			compiled += j.Stats().TracesCompiled
		}
	}
	if len(seen) < 25 {
		t.Fatalf("30 byte strings made only %d distinct programs", len(seen))
	}
	if compiled < 6 {
		t.Fatalf("12 fuzzed programs compiled only %d traces", compiled)
	}
	t.Logf("12 fuzzed programs compiled %d traces", compiled)
	if fuzzProgram([]byte{0}) == "" {
		t.Fatal("no program from the empty decision stream")
	}
}
