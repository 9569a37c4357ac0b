// fuzz_programs_test.go is the differential fuzzer over the recorder's
// program generators: the fuzzer's bytes drive objGen (attribute loads
// and stores on instances whose classes change), oopGen (method calls,
// properties, class mutation) and closureGen (closures and cells), and
// each program must print the same with the JIT at thresholds 1 and 7 as
// under the interpreter alone. jit/fuzz_test.go does the same for the
// numeric, path and call generators.

package trace_test

import (
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/jit"
	"github.com/hotloop/hotloop/jit/jittest"
)

// fuzzedProgram writes the program data describes: its first byte picks
// the generator (and, for oopGen, whether the loop is module code).
func fuzzedProgram(data []byte) string {
	r := rand.New(jittest.NewByteSource(data[1:]))
	switch data[0] % 4 {
	case 0:
		return (&objGen{r: r}).program()
	case 1:
		return (&oopGen{r: r}).program()
	case 2:
		return (&oopGen{r: r, module: true}).program()
	default:
		return (&closureGen{r: r}).program()
	}
}

func FuzzObjectPrograms(f *testing.F) {
	jittest.AddSeeds(f, 42, 4, 2, 96)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		src := fuzzedProgram(data)
		want := runProg(t, src, nil, 0)
		for _, threshold := range []int{1, 7} {
			if got := runProg(t, src, jit.New(jit.Config{}), threshold); got != want {
				t.Fatalf("threshold %d: JIT output differs\n--- program\n%s\n--- interpreter\n%s\n--- JIT\n%s", threshold, src, want, got)
			}
		}
	})
}

// TestFuzzedProgramsCompile checks that the fuzzer's bytes steer the
// generators (different bytes, different programs; the same bytes, the
// same program) and that the programs' loops compile, so that the fuzzer
// compares the JIT with the interpreter and not the interpreter with
// itself.
func TestFuzzedProgramsCompile(t *testing.T) {
	seen := map[string]bool{}
	r := rand.New(rand.NewSource(43))
	var compiled int64
	for k := 0; k < 24; k++ {
		data := make([]byte, 300)
		r.Read(data)
		data[0] = byte(k % 4)
		src := fuzzedProgram(data)
		if again := fuzzedProgram(data); again != src {
			t.Fatalf("the same bytes made two programs:\n%s\n---\n%s", src, again)
		}
		seen[src] = true
		if k < 8 {
			j := jit.New(jit.Config{})
			runProg(t, src, j, 1)
			compiled += j.Stats().TracesCompiled
		}
	}
	if len(seen) < 20 {
		t.Fatalf("24 byte strings made only %d distinct programs", len(seen))
	}
	if compiled < 4 {
		t.Fatalf("8 fuzzed programs compiled only %d traces", compiled)
	}
	t.Logf("8 fuzzed programs compiled %d traces", compiled)
}
