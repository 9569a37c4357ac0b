// exitprice.go keeps the priced size of a trace's exit code (what
// Lowered.Instrs counts, which the payoff rules and the size cap read)
// that of the layout session 18's rule made, where each short shared
// segment was copied into its predecessors on its own length. Session 32
// counts what a copy runs on into (docs/jit.md "Smaller modules (session
// 32)"): fewer instructions, a compile a few percent cheaper, and the
// same trace decisions.

package wasmgen

import "maps"

// layoutSize returns the instructions the exit code of p counts when
// the heads in inline are copied: each segment's block and end, its run
// (its own steps and those of the inlined segments it runs on into),
// the branch to its successor unless it falls into it, and, as
// emitExits adds to sharedInstrs, the head's own steps once more for
// each further exit that runs them. Step lengths are those emitExits
// recorded (every node is emitted at least once whatever the layout).
func (p *exitPlan) layoutSize(inline map[int]bool) int {
	segs := p.place(inline)
	size := 0
	for i, h := range segs {
		size += 2 // its block and end
		custom := false
		next := h
		for {
			seg := next
			next = p.succ[seg]
			run := 0
			for n := seg; n >= 0 && n != next && !custom; n = p.nodes[n].parent {
				run += p.stepLen[n]
				custom = p.nodes[n].step.kind == stepCustom
			}
			size += run
			if seg == h && p.reach[h] > 1 {
				size += (p.reach[h] - 1) * run
			}
			if custom || next < 0 || !inline[next] {
				break
			}
		}
		switch {
		case custom:
		case next < 0 && i == len(segs)-1:
		case next < 0:
			size++
		case i+1 < len(segs) && segs[i+1] == next:
		default:
			size++
		}
	}
	return size
}

// priceDelta returns what the priced size adds to the exit code of p
// as emitted (with p.inline) to count it as laid out with p.priceInline,
// and the emitted code's counted size as layoutSize models it.
func (p *exitPlan) priceDelta() (delta, emitted int) {
	emitted = p.layoutSize(p.inline)
	if maps.Equal(p.inline, p.priceInline) {
		return 0, emitted
	}
	return p.layoutSize(p.priceInline) - emitted, emitted
}
