// record_gate.go holds what the host call gate (hostPays, record_host.go)
// counts beyond record_host.go's own helpers. dict.get's helpers were left
// out when the gate came (session 13: richards' long loop body gained
// with them), but with a varying key each d.get is two calls into Go (the
// value's tag, then its payload: dget_s_tag and dget_s_int for a str key)
// and nothing else, so a short loop made of them lost to the interpreter:
// dict_words' `counts[w] = counts.get(w, 0) + 1`, 12 bytecodes and three
// calls, ran slower traced than interpreted (docs/jit.md "Dispatch loops
// and containers (session 15)"). Constant int keys read the entry in
// memory and make no call, so richards' loops are counted as before.

package trace

import "strings"

// dictGetCallWeight is how many host calls a call of helper name counts
// as for the gate beyond hostCallWeight: 1 for each dict.get helper.
func dictGetCallWeight(name string) int {
	if strings.HasPrefix(name, "dget_") {
		return 1
	}
	return 0
}
