package jit

import (
	"bytes"
	"testing"
)

// sideStoreSrc counts fresh words in dicts: the loop's trace reads through
// the wasm probe, and the side trace of its "key not found" exit stores
// the new key with a host call (h_dstore_*). Eight rounds: with three,
// the payoff rule of session 21 compiles the loop in the third, and its
// new keys no longer pay for a side trace.
const sideStoreSrc = `
def words(n):
    out = []
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append("w" + str(x % 9000))
    return out
ws = words(30000)
total = 0
for rep in range(8):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    total += len(counts) + counts[ws[0]]
print(total)
`

// TestSideStoreNotGated: with the payoff rules on (as the CLI runs), the
// side trace that stores a new key is compiled instead of being refused
// by the host call gate (trace/record_sidestore.go), so a new key costs a
// call, not an exit to Go: 4,308 exits without the exemption.
func TestSideStoreNotGated(t *testing.T) {
	want := run(t, sideStoreSrc, nil, 0)
	checkCPython(t, sideStoreSrc, want)
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	if got := run(t, sideStoreSrc, j, 0); got != want {
		t.Fatalf("JIT output differs\n--- want\n%s\n--- JIT\n%s", want, got)
	}
	st := j.Stats()
	t.Logf("%d traces, %d side traces, %d exits", st.TracesCompiled, st.SideTraces, st.GuardExits)
	if st.SideTraces == 0 || st.GuardExits > 2500 {
		t.Fatalf("%d side traces, %d exits to Go; want a side trace and at most 2,500 exits\n%s", st.SideTraces, st.GuardExits, log.String())
	}
}
