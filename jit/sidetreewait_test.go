package jit

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// treeWaitSrc is a dispatch loop (a while loop: no certain future) with
// eight branches of one shape, taken two, then four, then all eight, so
// that the tree grows side traces in rounds.
const treeWaitSrc = `
def run(n, m):
    acc = [0] * 8
    i = 0
    while i < n:
        k = i % m
        if k == 0:
            acc[0] += 1
        elif k == 1:
            acc[1] += 2
        elif k == 2:
            acc[2] += 3
        elif k == 3:
            acc[3] += 4
        elif k == 4:
            acc[4] += 5
        elif k == 5:
            acc[5] += 6
        elif k == 6:
            acc[6] += 7
        else:
            acc[7] += 8
        i += 1
    return acc


def rounds():
    out = []
    for m in (2, 4, 8):
        out.append(run(120000, m))
    return out


print(rounds())
`

// deferredSide matches compileSide's log of a side trace deferred after
// lowering: its size, its bytecodes and the exits it needs.
var deferredSide = regexp.MustCompile(`deferred side trace for exit \d+ of \w+: (?:about )?(\d+) wasm instructions(?: \(estimated\))?, (\d+) bytecodes pay after (\d+) exits`)

// TestTreeWait: the ski-rental wait of a tree's side trace shrinks with
// the side traces the tree already has (treeWaitShare). A side trace
// deferred once the tree has side traces waits fewer exits than
// sideExitsToPay's for its size, and none waits more. Without the rule every deferral
// needs exactly sideExitsToPay's.
func TestTreeWait(t *testing.T) {
	j, lg := runPayoffLogged(t, "dispatch", treeWaitSrc, 1039) // payoff_budget_test.go
	if j.Stats().SideTraces < 4 {
		t.Fatalf("only %d side traces\n%s", j.Stats().SideTraces, lg)
	}
	var shorter, full int
	var seen []string
	for _, line := range strings.Split(lg, "\n") {
		if strings.HasPrefix(line, "[jit] compiled side trace") {
			seen = append(seen, "compiled")
		}
		m := deferredSide.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		instrs, _ := strconv.Atoi(m[1])
		bytecodes, _ := strconv.Atoi(m[2])
		need, _ := strconv.ParseInt(m[3], 10, 64)
		ski := sideExitsToPay(instrs, bytecodes)
		seen = append(seen, fmt.Sprintf("need %d, ski rental %d", need, ski))
		switch {
		case need > ski:
			t.Fatalf("a side trace waits %d exits, more than ski rental's %d\n%s", need, ski, lg)
		case need < ski:
			shorter++
		default:
			full++
		}
	}
	if shorter == 0 {
		t.Fatalf("no side trace waited less than ski rental's exits (%d waited as many): %v\n%s", full, seen, lg)
	}
}
