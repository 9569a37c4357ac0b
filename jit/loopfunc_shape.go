// loopfunc_shape.go gives a loop function's bytecode its wasm structure
// (docs/jit.md "Whole functions with loops (session 16)"). Python's loops
// are properly nested and entered only at their headers, so each loop
// becomes a wasm loop from its header to its last back-edge (a backward
// jump is a br to it), and each forward jump target gets a block ending
// right before it, opened early enough to enclose every jump to it and
// to nest with the other blocks and loops (LLVM's CFG stackifier does
// the same for reducible graphs). The entries (any loop header) are
// forward jumps too: from the function's start to the outermost loop
// holding the entry, and from each enclosing loop's header to the next
// one in, taken when the entry local names that entry; the last one
// clears it. A first version dispatched every jump through one br_table
// loop: wazero's compiler then merged every local at one loop head, and
// the code ran 3-4 times slower than PyPy's.

package jit

import (
	"fmt"
	"sort"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// shapeNode is a wasm block or loop over positions [start, end): it
// opens before the code of pc start and closes before the code of end.
type shapeNode struct {
	start, end int
	loop       bool
}

// entryHop is a forward jump an entry takes: at position from (the
// function's first position or an enclosing loop's header) to the
// header to.
type entryHop struct {
	from, to, entry int
	last            bool // the entry's header: clear the entry local
}

// loopShape is the structure of a loop function's code.
type loopShape struct {
	first int // first position emitted
	nodes []shapeNode
	hops  []entryHop
}

// shape computes the structure of the plan's compiled code.
func (p *loopPlan) shape() (*loopShape, error) {
	s := &loopShape{first: -1}
	for pc := range p.instrs {
		if p.states[pc] != nil {
			s.first = pc
			break
		}
	}
	if s.first < 0 {
		return nil, fmt.Errorf("nothing reached")
	}
	// loops: header -> last compiled back-edge
	var loops []shapeNode
	for h, srcs := range p.backs {
		e := -1
		for _, src := range srcs {
			if p.states[src] != nil && !p.exit[src] && src > e {
				e = src
			}
		}
		if e >= 0 {
			loops = append(loops, shapeNode{start: h, end: e + 1, loop: true})
		}
	}
	// A loop left by a jump back to an outer loop's header (`break` out
	// of an inner `while True` that ends the outer iteration) may end
	// after the outer loop's last back-edge: the outer wasm loop then
	// spans it too.
	for changed := true; changed; {
		changed = false
		for i := range loops {
			for j := range loops {
				a, b := &loops[i], &loops[j]
				if a.start < b.start && b.start < a.end && a.end < b.end {
					a.end, changed = b.end, true
				}
			}
		}
	}
	// forward jump targets -> earliest source position
	blockAt := map[int]int{}
	addJump := func(from, to int) {
		if b, ok := blockAt[to]; !ok || from < b {
			blockAt[to] = from
		}
	}
	for pc, ins := range p.instrs {
		if p.states[pc] == nil || p.exit[pc] {
			continue
		}
		switch ins.Op() {
		case bytecode.JUMP, bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE, bytecode.FORITER:
			if t := int(ins.Bx()); t > pc {
				addJump(pc, t)
			}
		}
	}
	for e, h := range p.entries {
		from := s.first
		var chain []int
		for _, l := range loops {
			if l.start <= h && h < l.end {
				chain = append(chain, l.start)
			}
		}
		sort.Ints(chain)
		for _, hdr := range chain {
			if hdr == from {
				continue
			}
			s.hops = append(s.hops, entryHop{from: from, to: hdr, entry: e, last: hdr == h})
			addJump(from, hdr)
			from = hdr
		}
	}
	blocks := make([]shapeNode, 0, len(blockAt))
	for t, b := range blockAt {
		blocks = append(blocks, shapeNode{start: b, end: t})
	}
	sort.Slice(blocks, func(i, j int) bool { return blocks[i].end < blocks[j].end })
	for changed := true; changed; {
		changed = false
		for i := range blocks {
			b := &blocks[i]
			for _, l := range loops {
				if l.start < b.start && b.start < l.end && b.end > l.end {
					b.start, changed = l.start, true
				}
				if b.start < l.start && l.start < b.end && b.end < l.end {
					return nil, fmt.Errorf("jump into a loop at pc %d", b.end)
				}
			}
			for _, o := range blocks[:i] {
				if b.start > o.start && b.start < o.end && o.end < b.end {
					b.start, changed = o.start, true
				}
			}
		}
	}
	s.nodes = append(loops, blocks...)
	return s, nil
}

// opensAt lists the nodes opening at position pc, outermost first.
func (s *loopShape) opensAt(pc int) []shapeNode {
	var out []shapeNode
	for _, nd := range s.nodes {
		if nd.start == pc {
			out = append(out, nd)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].end != out[j].end {
			return out[i].end > out[j].end
		}
		return !out[i].loop && out[j].loop
	})
	return out
}
