// samestore.go holds the removal of heap stores that write the value the
// word already holds (session 14). The recorder stores a whole value, tag
// word and payload word, whenever Python code assigns one: nbody's
// `v1[0] -= dx * b2m` loads the item's tag, guards it to be the float tag
// and stores the float tag back, six times per pair iteration; vectors.py
// does the same for the instance fields it replaces. A store is redundant
// when, walking forward, the word it writes is known to hold its value:
// the word was loaded and the load was guarded equal to that constant, or
// loaded or stored with that very value, and no store that may alias it,
// no call that may write and no loop boundary came between. Dropping it
// changes no word of the heap, so exits, snapshots and the collector see
// the same memory. (DSE removes a store that a later one overwrites; this
// is the other direction, a store that changes nothing.)

package opt

import "github.com/hotloop/hotloop/trace/ir"

// maxKnownWords bounds the words SameStores remembers at once, which
// keeps the pass linear in the trace's length.
const maxKnownWords = 64

// knownWord is a heap word whose value is known: mem is the load or
// store that last touched it, val what it holds.
type knownWord struct {
	mem ir.Ref
	val ir.Ref
}

// SameStores removes heap stores of the value their word already holds.
func SameStores(t *ir.Trace) *ir.Trace {
	keep := make([]bool, t.Len())
	for r := range keep {
		keep[r] = true
	}
	changed := false
	var known []knownWord
	forgetAliases := func(st *ir.Inst) {
		n := 0
		for _, k := range known {
			if ir.Alias(t, t.Inst(k.mem), st) == ir.NoAlias {
				known[n] = k
				n++
			}
		}
		known = known[:n]
	}
	remember := func(mem, val ir.Ref) {
		if len(known) == maxKnownWords {
			known = append(known[:0], known[1:]...)
		}
		known = append(known, knownWord{mem, val})
	}
	for r := ir.Ref(1); r < t.Len(); r++ {
		in := t.Inst(r)
		switch in.Op {
		case ir.LOOP, ir.JLOOP, ir.EXIT:
			// Facts from before the loop hold for its first iteration
			// only.
			known = known[:0]
		case ir.CALL:
			if in.Aux < 0 || int(in.Aux) >= len(t.Helpers) || t.Helpers[in.Aux].Effect == ir.Writes {
				known = known[:0]
			}
		case ir.FLOAD, ir.XLOAD:
			remember(r, r)
		case ir.GCMP:
			if in.Cond() != ir.EQ {
				break
			}
			v, k := in.A, in.B
			if v.IsConst() {
				v, k = k, v
			}
			if !k.IsConst() || !v.IsInst() {
				break
			}
			for i := range known {
				if known[i].val == v && t.Inst(known[i].mem).Op.IsLoad() {
					known[i].val = k
				}
			}
		case ir.FSTORE, ir.XSTORE:
			val := in.B
			if in.Op == ir.XSTORE {
				val = in.C
			}
			if holds(t, known, in, val) {
				keep[r] = false
				changed = true
				break
			}
			forgetAliases(in)
			remember(r, val)
		}
	}
	if !changed {
		return t
	}
	return compactSnaps(compact(t, keep))
}

// holds reports whether the word store st writes is known to hold val
// already. A word last written by a store of the same value holds it bit
// for bit; one last loaded holds the loaded value (or the constant a
// guard equated it with) as the load's type reads it, which is the whole
// word for ints, tags and floats (a pointer is read as its low 32 bits).
func holds(t *ir.Trace, known []knownWord, st *ir.Inst, val ir.Ref) bool {
	for _, k := range known {
		if k.val != val {
			continue
		}
		m := t.Inst(k.mem)
		if ir.Alias(t, m, st) != ir.MustAlias {
			continue
		}
		if m.Op.IsStore() {
			return true
		}
		switch m.Type {
		case ir.Int, ir.Tag, ir.Float:
			return t.TypeOf(val) == m.Type
		}
	}
	return false
}
