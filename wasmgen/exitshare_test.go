package wasmgen

import (
	"math/rand"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
	"github.com/hotloop/hotloop/trace/opt"
)

// planFor plans the exits of tr as lower does for a root trace.
func planFor(tr *ir.Trace) (*lowerer, *exitPlan, []ir.SnapID, []bool) {
	l := &lowerer{t: tr}
	used := make([]bool, len(tr.Snaps))
	loopSnap := make([]bool, len(tr.Snaps))
	for i := 1; i < len(tr.Insts); i++ {
		in := &tr.Insts[i]
		switch {
		case in.Snap == ir.NoSnap:
		case in.Op == ir.LOOP || in.Op == ir.JLOOP:
			used[in.Snap], loopSnap[in.Snap] = true, true
		case in.Op == ir.EXIT || in.Guarded():
			used[in.Snap] = true
		}
	}
	var order []ir.SnapID
	for s := len(tr.Snaps) - 1; s > 0; s-- {
		if used[s] {
			order = append(order, ir.SnapID(s))
		}
	}
	return l, l.planExits(order, loopSnap), order, loopSnap
}

// TestExitPlanWritesOwnSnapshot checks the shared exit layout on random
// traces: the steps every exit runs, from its entry to the shared tail,
// are exactly its own snapshot's stores (each once), its virtuals are
// rebuilt before any store that names them, a safepoint block falls into
// its snapshot's code, and every segment continues at a later one. It
// also requires that exits do share stores.
func TestExitPlanWritesOwnSnapshot(t *testing.T) {
	steps, nodes, skipped := 0, 0, 0
	for seed := 0; seed < 300; seed++ {
		c := irgen.Generate(rand.New(rand.NewSource(int64(seed))))
		optimised, err := opt.Pipeline(c.Trace, opt.Config{Verify: true})
		if err != nil {
			t.Fatalf("seed %d: pipeline: %v", seed, err)
		}
		for _, tr := range []*ir.Trace{c.Trace, optimised} {
			l, p, order, loopSnap := planFor(tr)
			if l.err != nil {
				t.Fatalf("seed %d: %v", seed, l.err)
			}
			known := l.knownWords()
			nodes += len(p.nodes)
			at := map[exitStep]int{}
			for n, nd := range p.nodes {
				if nd.step.kind != stepStore {
					at[nd.step] = n
				}
			}
			pos := map[int]int{}
			for i, h := range p.segs {
				pos[h] = i
			}
			for i, h := range p.segs {
				next := p.succ[h]
				for next >= 0 && p.inline[next] {
					next = p.succ[next]
				}
				if next >= 0 && pos[next] <= i {
					t.Fatalf("seed %d: segment %d continues at %d, placed before it", seed, i, pos[next])
				}
			}
			for _, id := range order {
				s := tr.Snap(id)
				want := map[exitStep]bool{}
				virtual := map[ir.Ref]bool{}
				for _, v := range s.Virtuals {
					virtual[v.Ref] = true
				}
				for _, e := range s.Entries {
					for _, w := range []exitStep{{off: uint32(16*e.Slot + 8), ref: e.Val}, {off: uint32(16 * e.Slot), ref: e.Tag}} {
						if wordKnown(known, tr, id, w.off, w.ref) {
							skipped++ // knowntags_test.go checks these
							continue
						}
						if virtual[w.ref] {
							w.snap = id
						}
						want[w] = true
					}
				}
				steps += len(want) + 1
				n, ok := at[exitStep{kind: stepCode, snap: id}]
				if !ok {
					t.Fatalf("seed %d: no code step for snapshot %d", seed, id)
				}
				if loopSnap[id] {
					fl, ok := at[exitStep{kind: stepFlag, snap: id}]
					if !ok || p.nodes[fl].parent != n {
						t.Fatalf("seed %d: safepoint of snapshot %d does not fall into its code", seed, id)
					}
				}
				rebuilt := len(s.Virtuals) == 0
				for m := p.nodes[n].parent; m >= 0; m = p.nodes[m].parent {
					st := p.nodes[m].step
					switch st.kind {
					case stepVirt:
						if st.snap != id || rebuilt {
							t.Fatalf("seed %d: snapshot %d runs virtual step of %d", seed, id, st.snap)
						}
						rebuilt = true
					case stepStore:
						if !want[st] {
							t.Fatalf("seed %d: snapshot %d stores %+v, not its own (or twice)", seed, id, st)
						}
						if st.snap != 0 && !rebuilt {
							t.Fatalf("seed %d: snapshot %d stores virtual %d before rebuilding it", seed, id, st.ref)
						}
						delete(want, st)
					default:
						t.Fatalf("seed %d: snapshot %d runs step %+v", seed, id, st)
					}
				}
				if len(want) > 0 || !rebuilt {
					t.Fatalf("seed %d: snapshot %d misses stores %v (virtuals rebuilt: %v)", seed, id, want, rebuilt)
				}
			}
		}
	}
	if nodes*10 > steps*9 {
		t.Fatalf("exits share little: %d steps in %d trie nodes", steps, nodes)
	}
	if skipped == 0 {
		t.Fatalf("no tag store left out as known (knowntags.go)")
	}
	t.Logf("%d exit steps in %d trie nodes, %d known tag stores left out", steps, nodes, skipped)
}
