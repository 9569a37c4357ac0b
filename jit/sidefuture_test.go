package jit

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sideRateSrc is a range loop of %N% rounds whose every %K%th round (i
// divisible by %K%) takes another path than the loop's trace (recorded on
// round 1039, not divisible by %K%): its exit is taken one round in %K%,
// and each exit ends the round it is taken in.
const sideRateSrc = `
def run(n):
    a = b = 0
    for i in range(n):
        if i % %K% == 0:
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
	_, lg := runPayoffLogged(t, "side rate", strings.NewReplacer("%N%", strconv.Itoa(n), "%K%", "3").Replace(sideRateSrc), threshold)
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

// TestSideLastRun: ski rental (an exit taken as many times again as it
// has been) does not compile a side trace whose root loop's run is the
// last the program can make when what its range has left does not pay;
// called from inside a loop, the run is not the last, and it does.
func TestSideLastRun(t *testing.T) {
	// One round in 40 exits: at first (30 exits) its future does not pay,
	// and ski rental's ~700 exits come with about 800 rounds' exits left.
	once := strings.NewReplacer("%N%", "60000", "%K%", "40").Replace(sideRateSrc)
	again := strings.Replace(once, "print(run(60000))", "for r in range(2):\n    print(run(60000))", 1)
	if again == once {
		t.Fatal("sideRateSrc no longer ends with print(run(%N%))")
	}
	for _, c := range []struct {
		what, src string
		side      bool
	}{{"called once", once, false}, {"called in a loop", again, true}} {
		j, lg := runPayoffLogged(t, c.what, c.src, 1039)
		if got := j.Stats().SideTraces > 0; got != c.side {
			t.Fatalf("%s: side trace compiled %v, want %v\n%s", c.what, got, c.side, lg)
		}
		if !c.side && !strings.Contains(lg, "does not pay in its loop's last run") {
			t.Fatalf("%s: no side trace, but not for its last run\n%s", c.what, lg)
		}
	}
}
