// record_entryreuse.go lets a dict store reuse the entry lookup of the same
// dict and key that came just before it even when the two reached the
// trace by different routes. `counts[w] = counts.get(w, 0) + 1` at module
// level reads `counts` and `w` once for the get (the method call's
// registers) and again from the globals dict for the store: equal objects,
// different IR values, so the store did not recognise the get's lookup
// (record_host.go's cachedEntry compares IR values) and called h_dstore
// into Go, and the side trace of dict_words' counting loop (a word seen
// before) paid a second probe and a host call per iteration. The store
// now reuses the lookup when the container and key it sees are the ones
// the lookup saw, guarding that the IR values are equal (a pointer
// compare for the dict and a str key, an int compare for an int key):
// the guard holds whenever the trace repeats the recorded case, and
// exits to the interpreter at the store otherwise.

package trace

import (
	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
)

// storeEntry returns the address of the last entry lookup for a store of
// key into c: cachedEntry's answer, or the lookup of the same container
// and key objects through other IR values, with guards (through snap) that
// the values are equal.
func (r *recorder) storeEntry(c, key operand, snap ir.SnapID) (ir.Ref, bool) {
	e, ok := r.liveEntry() // record_host.go
	if !ok {
		return 0, false
	}
	if e.d == c.val && e.k == key.val {
		return e.p, true // cachedEntry's case: the same IR values
	}
	if e.dv != c.v || e.kv != key.v {
		return 0, false
	}
	if key.v.Tag() != gc.TagInt && uint32(key.v.Ref()) >= fakeBase {
		return 0, false // a str the recording built: no identity to guard
	}
	t := r.b.T
	if t.TypeOf(e.d) != t.TypeOf(c.val) || t.TypeOf(e.k) != t.TypeOf(key.val) {
		return 0, false
	}
	if e.d != c.val {
		r.b.Guard(ir.EQ, c.val, e.d, snap)
	}
	if e.k != key.val {
		r.b.Guard(ir.EQ, key.val, e.k, snap)
	}
	return e.p, true
}
