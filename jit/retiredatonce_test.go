package jit

import (
	"os"
	"regexp"
	"testing"
)

// TestRetiredAtOnce checks which retirements count twice: a trace retired
// within its first 18 entries before its iterations saved its compile
// (deepruns_lists' count_hits trace: 10 entries, 14 iterations), not one
// that ran more entries (dict_words' trace_4: 99 entries, 55 iterations)
// or paid its compile back in a few long entries.
func TestRetiredAtOnce(t *testing.T) {
	for _, c := range []struct {
		entries, iters int64
		want           bool
	}{{10, 14, true}, {18, 25, true}, {19, 25, false}, {99, 55, false}, {10, 100000, false}, {0, 0, true}} {
		tr := &compiled{entries: c.entries, iters: c.iters, bytecodes: 18, instrs: 901}
		if got := retiredAtOnce(tr, realRootCostNs(tr.instrs)); got != c.want {
			t.Errorf("%d entries, %d iterations: retired at once %v, want %v", c.entries, c.iters, got, c.want)
		}
	}
}

// TestRetiredFactor checks the price factor a loop's retired traces set:
// four per retirement, a retirement at once counting twice, and the
// retirements counted once each towards blacklisting.
func TestRetiredFactor(t *testing.T) {
	j := &JIT{}
	lp := &loop{}
	if f := lp.retiredFactor(); f != 1 {
		t.Fatalf("no retirement: factor %v, want 1", f)
	}
	j.noteRetired(lp, &compiled{entries: 10, iters: 14, bytecodes: 18, instrs: 901})
	if f := lp.retiredFactor(); f != 16 || lp.retired != 1 {
		t.Fatalf("one retirement at once: factor %v, %d retired; want 16, 1", f, lp.retired)
	}
	j.noteRetired(lp, &compiled{entries: 99, iters: 55, bytecodes: 42, instrs: 3710})
	if f := lp.retiredFactor(); f != 64 || lp.retired != 2 {
		t.Fatalf("and one not at once: factor %v, %d retired; want 64, 2", f, lp.retired)
	}
	for range 10 {
		j.noteRetired(lp, &compiled{entries: 10, bytecodes: 18, instrs: 901})
	}
	if f := lp.retiredFactor(); f != 1<<16 {
		t.Fatalf("many retirements: factor %v, want %v", f, 1<<16)
	}
}

// TestRetiredAtOnceCompilesOnce: jit/deepruns_lists' count_hits loop
// (line 68: a list of objects of several classes) compiled a trace that
// was retired after 14 iterations in 10 entries, then a second one on
// the same kind of evidence at four times the price, retired after 25.
// Priced at sixteen times, the second is not compiled.
func TestRetiredAtOnceCompilesOnce(t *testing.T) {
	src, err := os.ReadFile("../tests/corpus/jit/deepruns_lists.py")
	if err != nil {
		t.Fatal(err)
	}
	_, lg := runPayoffLogged(t, "deepruns_lists", string(src), 1039)
	if !regexp.MustCompile(`retired trace_\d+ at once \(10 entries, 14 iterations\)`).MatchString(lg) {
		t.Fatalf("count_hits' first trace not retired at once:\n%s", lg)
	}
	if n := len(regexp.MustCompile(`compiled trace_\d+ at prog.py:68`).FindAllString(lg, -1)); n != 1 {
		t.Fatalf("count_hits' loop compiled %d times, want 1:\n%s", n, lg)
	}
}
