// ifchain.go recognises the recording of a dispatch loop: a trace whose
// guards compare one value for equality with several others (an if/elif
// chain over an opcode, a state, a kind). The JIT lowers such a root
// unpeeled (jit/jit.go build): most of a dispatch loop's iterations leave
// the recorded branch at one of the chain's guards for a side trace that
// ends at the loop header and enters the root again at its start, so
// they run the pre-loop copy a peel makes, never the loop; peeled, each
// branch has two exits (one per copy), the root is twice its body, and
// it compiles twice as long (docs/jit.md "Dispatch loops lowered
// unpeeled (session 36)").

package opt

import "github.com/hotloop/hotloop/trace/ir"

// IfChainMin is the number of distinct values one value must be compared
// with in equality guards for IfChain to see a dispatch.
const IfChainMin = 3

// IfChain reports whether some value of t is compared, in EQ or NE guards
// (GCMP), with at least IfChainMin distinct other operands: the branches
// of an if/elif chain the recording went through.
func IfChain(t *ir.Trace) bool {
	var by map[ir.Ref][]ir.Ref
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		if in.Op != ir.GCMP || in.Cond() != ir.EQ && in.Cond() != ir.NE {
			continue
		}
		if by == nil {
			by = map[ir.Ref][]ir.Ref{}
		}
		others := by[in.A]
		known := false
		for _, o := range others {
			known = known || o == in.B
		}
		if known {
			continue
		}
		by[in.A] = append(others, in.B)
		if len(by[in.A]) >= IfChainMin {
			return true
		}
	}
	return false
}
