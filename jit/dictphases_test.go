// dictphases_test.go runs a loop of d.get(CONST) whose dict is replaced,
// phase after phase, by dicts of other layouts (the same keys at other
// entries). The root trace reads each get at a fixed entry
// (trace/record_dictconst.go); its side traces probe the dict in wasm
// (record_setprobe.go), so a later layout passes them and grows no side
// trace of its own: the count of side traces must not grow with the
// number of layouts.

package jit

import (
	"bytes"
	"fmt"
	"testing"
)

// dictPhasesSrc: phases of 3,000 iterations, each with a new dict holding
// keys 0..7 in another order (rotated by the phase), the loop reading two
// constant keys on one side of a branch and a third on both.
const dictPhasesSrc = `
def layout(p):
    ks = list(range(8))
    ks = ks[p %% 8:] + ks[:p %% 8]
    return {k: k * 10 + p for k in ks}

def run(phases, n):
    total = 0
    d = layout(0)
    for i in range(phases * n):
        if i %% n == 0:
            d = layout(i // n)
        if i & 1:
            total += d.get(4)
        else:
            total += d.get(5)
        total += d.get(6)
    return total

print(run(%d, 3000))
`

func TestDictConstLayoutsShareSides(t *testing.T) {
	sides := map[int]int64{}
	for _, phases := range []int{3, 8} {
		src := fmt.Sprintf(dictPhasesSrc, phases)
		want, _ := runCounting(t, src, nil, 0)
		checkCPython(t, src, want)
		var log bytes.Buffer
		j := New(Config{Log: &log})
		got, interp := runCounting(t, src, j, 7)
		if got != want {
			t.Fatalf("%d phases: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", phases, want, got, log.String())
		}
		s := j.Stats()
		sides[phases] = s.SideTraces
		t.Logf("%d phases: %d side traces, %d exits, %d bytecodes interpreted", phases, s.SideTraces, s.GuardExits, interp)
	}
	if sides[8] > sides[3] {
		t.Fatalf("side traces grow with the layouts: %d for 3 phases, %d for 8", sides[3], sides[8])
	}
}
