package wasmgen

import (
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
	"github.com/hotloop/hotloop/trace/opt"
)

// chainExitsTrace builds a trace whose k exits store a growing prefix of
// registers 1..k: exit j (the guard that register 9 == j fails) writes
// registers 1..j, each an int one above what the trace read there. The
// tags are guarded ints first, so the frame holds them (knowntags.go)
// and each register is one store. Register s is written by the exits
// j >= s, so the exits' sequences form a chain in the trie: every
// register's store is a segment of one step and a fork (exit s stops
// there, exit s+1 goes on). The trace ends in an EXIT writing nothing.
func chainExitsTrace(k int) *ir.Trace {
	tr := ir.NewTrace("chainexits", 12)
	b := ir.NewBuilder(tr, ir.Options{})
	intTag := b.KTag(3)
	first := b.AddSnap(ir.Snapshot{PC: 1})
	vals := make([]ir.Ref, k+1)
	for s := 1; s <= k; s++ {
		b.Guard(ir.EQ, b.SLoad(int32(s), ir.Tag), intTag, first)
		vals[s] = b.Op2(ir.IADD, ir.Int, b.SLoad(int32(s), ir.Int), b.KInt(1))
	}
	pick := b.SLoad(9, ir.Int)
	for j := 1; j <= k; j++ {
		var es []ir.SnapEntry
		for s := 1; s <= j; s++ {
			es = append(es, ir.SnapEntry{Slot: int32(s), Tag: intTag, Val: vals[s]})
		}
		b.Guard(ir.NE, pick, b.KInt(int64(j)), b.AddSnap(ir.Snapshot{PC: int32(1 + j), Entries: es}))
	}
	b.Exit(b.AddSnap(ir.Snapshot{PC: 100}))
	return tr
}

// emittedSteps counts the steps the exit code of plan p emits: each
// segment's own steps and those of the inlined segments it runs on into.
func emittedSteps(p *exitPlan) int {
	n := 0
	for _, h := range p.segs {
		next := h
		for {
			seg := next
			next = p.succ[seg]
			for m := seg; m >= 0 && m != next; m = p.nodes[m].parent {
				n++
			}
			if next < 0 || !p.inline[next] {
				break
			}
		}
	}
	return n
}

// TestExitChainNotCopiedWhole checks that a chain of one-step shared
// segments is not copied whole into every exit that reaches it. Each
// segment alone is under shareMin, so it was inlined, and its successor
// too: exit j copied all j stores, k(k+1)/2 = 36 for k = 8 with 8 exit
// numbers (payoff_pathwake's root had such chains: 7 stores copied into
// four exits with the same snapshot). Now a short segment is inlined only
// while what its copies run, its own steps and its inlined successors',
// stays under shareMin: every other store of the chain is a shared block,
// and the exit code runs 10 code steps (the tag guards' exit and the
// EXIT's too) and 12 stores (it fails with the
// successors' steps left out of the count). The module is run through
// every exit in wazero against ir.Exec.
func TestExitChainNotCopiedWhole(t *testing.T) {
	const k = 8
	tr := chainExitsTrace(k)
	l, p, _, _ := planFor(tr)
	if l.err != nil {
		t.Fatal(l.err)
	}
	if got, want := emittedSteps(p), k+2+12; got != want {
		t.Fatalf("exit code runs %d steps, want %d (%d code steps, 12 stores)\n%s", got, want, k+2, tr)
	}
	rig := newLowRig(t)
	for j := 1; j <= k+1; j++ {
		frame := make([]ir.Value, 12)
		for s := 1; s <= k; s++ {
			frame[s] = ir.Value{Tag: 3, Bits: uint64(10 * s)}
		}
		frame[9] = ir.Value{Tag: 3, Bits: uint64(j)}
		c := irgen.Case{Trace: tr, Machine: &ir.Machine{Frame: frame, Mem: map[uint32]ir.Word{}, Top: 4096}}
		if !rig.run(t, tr, c, 1, j == 1) {
			t.Fatalf("exit %d: ir.Exec found the input undefined", j)
		}
	}
}

// TestExitPlanCopiesShort checks the inlining rule on random traces:
// every inlined segment, with the inlined segments it runs on into, is
// under shareMin steps, and a target (an exit's or safepoint's entry) is
// never inlined.
func TestExitPlanCopiesShort(t *testing.T) {
	inlined := 0
	for seed := 0; seed < 300; seed++ {
		c := irgen.Generate(rand.New(rand.NewSource(int64(seed))))
		optimised, err := opt.Pipeline(c.Trace, opt.Config{Verify: true})
		if err != nil {
			t.Fatalf("seed %d: pipeline: %v", seed, err)
		}
		for _, tr := range []*ir.Trace{c.Trace, optimised} {
			l, p, _, _ := planFor(tr)
			if l.err != nil {
				t.Fatalf("seed %d: %v", seed, l.err)
			}
			for h := range p.inline {
				if p.nodes[h].target {
					t.Fatalf("seed %d: target %d inlined", seed, h)
				}
				steps := 0
				for seg := h; seg >= 0 && (seg == h || p.inline[seg]); seg = p.succ[seg] {
					for m := seg; m >= 0 && m != p.succ[seg]; m = p.nodes[m].parent {
						steps++
					}
				}
				if steps >= shareMin {
					t.Fatalf("seed %d: inlined segment %d runs %d steps into its copies", seed, h, steps)
				}
				inlined++
			}
		}
	}
	if inlined == 0 {
		t.Fatal("no segment inlined")
	}
	t.Logf("%d inlined segments", inlined)
}

// TestExitPriceKeepsDecisions lowers random traces twice, with the exit
// layout of this session and with the one the priced size follows (each
// short segment copied on its own length), and requires the same priced
// size (Lowered.Instrs, which the payoff rules read) from both, and the
// size model (layoutSize) to match what emitExits emitted in both. It
// fails with the price correction (priceDelta) left out (seed 0: 923
// priced against 995).
func TestExitPriceKeepsDecisions(t *testing.T) {
	rig := newLowRig(t)
	lower := func(tr *ir.Trace, copyAlone bool) *lowerer {
		l := &lowerer{t: tr, cfg: rig.config(), m: NewModule(), copyAlone: copyAlone}
		if err := l.lower(); err != nil {
			t.Fatalf("%v\n%s", err, tr)
		}
		if l.exitEmitted != l.exitModel {
			t.Fatalf("exit code counted %d, modelled %d (copyAlone %v)\n%s", l.exitEmitted, l.exitModel, copyAlone, tr)
		}
		return l
	}
	smaller := 0
	for seed := 0; seed < 300; seed++ {
		c := irgen.Generate(rand.New(rand.NewSource(int64(seed))))
		optimised, err := opt.Pipeline(c.Trace, opt.Config{Verify: true})
		if err != nil {
			t.Fatalf("seed %d: pipeline: %v", seed, err)
		}
		for _, tr := range []*ir.Trace{c.Trace, optimised} {
			now, then := lower(tr, false), lower(tr, true)
			pn := now.f.Len() + now.sharedInstrs + now.unpriced
			pt := then.f.Len() + then.sharedInstrs + then.unpriced
			if pn != pt {
				t.Fatalf("seed %d: priced %d, as laid out before %d\n%s", seed, pn, pt, tr)
			}
			if now.f.Len() < then.f.Len() {
				smaller++
			}
		}
	}
	if smaller == 0 {
		t.Fatal("no module smaller than with each segment copied alone")
	}
	t.Logf("%d of 600 modules smaller", smaller)
}
