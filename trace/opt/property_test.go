// property_test.go is the main correctness net of the passes: random
// traces (package irgen) run in the reference interpreter before and after
// each pass, each pass after peeling, and the whole pipeline; the exit
// taken, the iteration count, the registers and the heap must agree.

package opt

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
)

// checkSame runs before and after from the case's state and reports a
// difference. ok=false means the original itself was undefined on this
// input (then nothing is compared).
func checkSame(c irgen.Case, before, after *ir.Trace, iters int) (ok bool, err error) {
	if err := ir.Verify(after); err != nil {
		return true, fmt.Errorf("verify: %w", err)
	}
	m1, m2 := c.Machine.Clone(), c.Machine.Clone()
	o1, e1 := ir.Exec(before, m1, iters)
	if e1 != nil {
		return false, nil
	}
	o2, e2 := ir.Exec(after, m2, iters)
	if e2 != nil {
		return true, fmt.Errorf("after the pass: %w (before: %v)", e2, o1)
	}
	if o1 != o2 {
		return true, fmt.Errorf("outcome %v, then %v", o1, o2)
	}
	if err := ir.Equivalent(m1, m2, c.InitTop); err != nil {
		return true, fmt.Errorf("state after %v: %w", o1, err)
	}
	return true, nil
}

type stage struct {
	name string
	run  func(*ir.Trace) (*ir.Trace, error)
}

func stages() []stage {
	wrap := func(f func(*ir.Trace) *ir.Trace) func(*ir.Trace) (*ir.Trace, error) {
		return func(t *ir.Trace) (*ir.Trace, error) { return f(t), nil }
	}
	peeled := func(f func(*ir.Trace) *ir.Trace) func(*ir.Trace) (*ir.Trace, error) {
		return func(t *ir.Trace) (*ir.Trace, error) {
			p, err := PeelIfLoop(t)
			if err != nil {
				return nil, err
			}
			return f(p), nil
		}
	}
	// abcwiden moves a failing bounds check's exit to an earlier snapshot
	// on purpose (the interpreter redoes the steps between), which this
	// test, comparing exits exactly, cannot tell from a bug: TestWidenBounds
	// checks it.
	full := func(t *ir.Trace) (*ir.Trace, error) {
		return Pipeline(t, Config{Verify: true, Skip: map[string]bool{"abcwiden": true}})
	}
	return []stage{
		{"fold", wrap(Fold)},
		{"cse", wrap(CSE)},
		{"forward", wrap(Forward)},
		{"simplify", wrap(Simplify)},
		{"guards", wrap(Guards)},
		{"dse", wrap(DSE)},
		{"samestore", wrap(SameStores)},
		{"sink", wrap(func(t *ir.Trace) *ir.Trace { return Sink(Forward(t)) })},
		{"dce", wrap(DCE)},
		{"peel", PeelIfLoop},
		{"peel+phis", peeled(SimplifyPhis)},
		{"peel+guards", peeled(func(t *ir.Trace) *ir.Trace { return Guards(SimplifyPhis(t)) })},
		{"peel+dse", peeled(DSE)},
		{"peel+samestore", peeled(func(t *ir.Trace) *ir.Trace { return SameStores(Guards(SimplifyPhis(t))) })},
		{"peel+sink", peeled(func(t *ir.Trace) *ir.Trace { return Sink(SimplifyPhis(t)) })},
		{"peel+dce", peeled(DCE)},
		{"pipeline", full},
	}
}

// checkCase runs every stage on the case generated from seed.
func checkCase(seed int64) error {
	c := irgen.Generate(rand.New(rand.NewSource(seed)))
	if err := ir.Verify(c.Trace); err != nil {
		return fmt.Errorf("seed %d: generated trace: %w\n%s", seed, err, c.Trace)
	}
	for _, st := range stages() {
		after, err := st.run(c.Trace)
		if err != nil {
			return fmt.Errorf("seed %d: %s: %w\n%s", seed, st.name, err, c.Trace)
		}
		for _, iters := range []int{1, 2, 5} {
			if _, err := checkSame(c, c.Trace, after, iters); err != nil {
				return fmt.Errorf("seed %d: %s, %d iterations: %w\nbefore:\n%s\nafter:\n%s", seed, st.name, iters, err, c.Trace, after)
			}
		}
	}
	return nil
}

func TestPassesPreserveBehaviour(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 300
	}
	for seed := int64(1); seed <= int64(n); seed++ {
		if err := checkCase(seed); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGeneratedTracesAreInteresting makes sure the property test is not
// vacuous: the generated traces run loops, take exits, and the passes
// remove instructions.
func TestGeneratedTracesAreInteresting(t *testing.T) {
	var runs, looped, exited, shrunk, peeled, sunk int
	for seed := int64(1); seed <= 300; seed++ {
		c := irgen.Generate(rand.New(rand.NewSource(seed)))
		o, err := ir.Exec(c.Trace, c.Machine.Clone(), 5)
		if err != nil {
			continue
		}
		runs++
		if o.Iterations >= 2 {
			looped++
		}
		if o.Kind == ir.Exited {
			exited++
		}
		p, err := Pipeline(c.Trace, Config{Verify: true})
		if err != nil {
			t.Fatal(err)
		}
		if p.Len() < c.Trace.Len() {
			shrunk++
		}
		if p.LoopRef() != ir.Nil {
			peeled++
		}
		for r := ir.Ref(1); r < p.Len(); r++ {
			if p.Inst(r).Op == ir.SUNK {
				sunk++
				break
			}
		}
	}
	t.Logf("runs %d, looped %d, exited %d, shrunk %d, peeled %d, with sunk allocations %d", runs, looped, exited, shrunk, peeled, sunk)
	if runs < 250 || looped < 30 || exited < 30 || shrunk < 100 || peeled < 100 || sunk < 5 {
		t.Errorf("generator too weak: runs %d, looped %d, exited %d, shrunk %d, peeled %d, sunk %d", runs, looped, exited, shrunk, peeled, sunk)
	}
}

func FuzzPasses(f *testing.F) {
	for _, s := range []int64{1, 2, 3, 42, 1000} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, seed int64) {
		if err := checkCase(seed); err != nil {
			t.Fatal(err)
		}
	})
}
