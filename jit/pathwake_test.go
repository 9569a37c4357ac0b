package jit

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// TestPathWakeDeferred: an inner loop whose recordings leave it by a break
// become paths that reach the outer loop's header; with the outer loop
// deferred by the payoff rule (its range has too little left for its
// trace), the path does not wake it, and it is not compiled (it used to be,
// and every entry ended at an exit). Without Config.Payoff the outer loop
// gets its trace as before. The output is the interpreter's either way.
func TestPathWakeDeferred(t *testing.T) {
	src := `
class Task:
    def __init__(self, p):
        self.p = p
        self.c = 0

    def ready(self):
        return self.p > 2

    def run(self):
        self.c = self.c + 1
        return self.c


tasks = [Task(k % 5) for k in range(8)]


def schedule(n):
    found = 0
    for k in range(n):
        for tk in tasks:
            if tk.ready():
                found += tk.run()
                break
        tk = tasks[k % 8]
        tk.p = (tk.p + 1) % 5
    return found


print(schedule(3000), [tk.c for tk in tasks])
`
	want, _ := runCounting(t, src, nil, 0)
	for _, payoff := range []bool{true, false} {
		var log bytes.Buffer
		j := New(Config{Log: &log, Payoff: payoff})
		got, _ := runCounting(t, src, j, 1039)
		if got != want {
			t.Fatalf("payoff %v: JIT prints %q, interpreter %q\n%s", payoff, got, want, log.String())
		}
		lg := log.String()
		outer := regexp.MustCompile(`compiled trace_\d+ at prog.py:20:`).MatchString(lg)
		if payoff && (outer || !strings.Contains(lg, "not woken")) {
			t.Fatalf("payoff on: the outer loop was woken by a path and compiled\n%s", lg)
		}
		if !payoff && j.Stats().TracesCompiled == 0 {
			t.Fatalf("payoff off: nothing compiled\n%s", lg)
		}
	}
}
