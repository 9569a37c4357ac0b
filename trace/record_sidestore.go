// record_sidestore.go exempts a side trace's dict stores from the host
// call gate (hostPays, record_host.go). A root trace that reads a dict
// entry through the wasm probe (`counts[w] = counts.get(w, 0) + 1`) exits
// to Go at every key it does not find, and the side trace for that exit
// stores the new key with h_dstore_*: one host call on a path of a few
// bytecodes, which the gate refused, so every new key cost an exit to Go
// (about 1.5 µs) instead of a call (tens of ns) and dict_words' counting
// loop took 23,000 exits. The interpreter's alternative is the same Go
// store, so on a side trace the call costs only its crossing; a root
// trace's stores are counted as before (its alternative is the
// interpreter, not an exit).

package trace

import (
	"strings"

	"github.com/hotloop/hotloop/trace/ir"
)

// sideStoreExempt is how many of a recording's host calls the gate does
// not count: its h_dstore_* calls when it is a side trace, none for a
// root trace.
func (r *recorder) sideStoreExempt() int {
	if r.side == nil {
		return 0
	}
	t := r.b.T
	n := 0
	for i := 1; i < len(t.Insts); i++ {
		if in := &t.Insts[i]; in.Op == ir.CALL && strings.HasPrefix(t.Helpers[in.Aux].Name, "h_dstore_") {
			n++
		}
	}
	return n
}
