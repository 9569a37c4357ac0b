package jit

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sideRateSrc is a range loop of %N% rounds whose every third round (i
// divisible by 3) takes another path, after the loop's trace (recorded
// on round 1039, not divisible by 3) has left it: its exit is taken one
// round in three, and each exit ends the round it is taken in.
const sideRateSrc = `
def run(n):
    a = b = 0
    for i in range(n):
        if i % 3 == 0:
            b += i & 7
            b ^= 5
        else:
            a += 1
    return a, b


print(run(%N%))
`

// certainFutureRe matches sidebudget.go's log line for a side trace
// compiled on its exit's certain future.
var certainFutureRe = regexp.MustCompile(`pays by its certain future: (\d+) more exits, (\d+) seen`)

// TestSideFutureRate: the certain future of a side trace is its exit's
// rate per iteration begun times the iterations left. Over the
// iterations finished alone (the rounds the exit cut short are not
// among them) it said 1.5 times the exits to come here: 30 exits in
// about 60 finished and 90 begun rounds.
func TestSideFutureRate(t *testing.T) {
	const n = 60000
	const threshold = 1039
	_, lg := runPayoffLogged(t, "side rate", strings.ReplaceAll(sideRateSrc, "%N%", strconv.Itoa(n)), threshold)
	got := certainFutureRe.FindStringSubmatch(lg)
	if got == nil {
		t.Fatalf("no side trace compiled on its certain future:\n%s", lg)
	}
	future, _ := strconv.ParseInt(got[1], 10, 64)
	seen, _ := strconv.ParseInt(got[2], 10, 64)
	// The decision came after the threshold's rounds, a few dozen rounds
	// of recording, and 3*seen rounds of exits: the exits left are a third
	// of the rounds left, within those few dozen rounds.
	most := (n - threshold - 3*seen) / 3
	least := (n - threshold - 3*seen - 300) / 3
	if future > most+most/20 || future < least-least/20 {
		t.Fatalf("certain future %d exits; between %d and %d are left\n%s", future, least, most, lg)
	}
}
