// calloutraise_gc_test.go: the exception a residual call raised must stay
// alive until the interpreter raises it again after the trace's exit
// (session 27's hunt: under GCSTRESS at threshold 1 the handler matched a
// freed exception, a Go panic).

package jit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm"
)

func TestCalloutRaisedExceptionSurvivesCollection(t *testing.T) {
	if testing.Short() {
		t.Skip("GCSTRESS run")
	}
	src := `def rec_raise(n):
    if n == 0:
        raise KeyError("bottom")
    return rec_raise(n - 1)

def work(k, out):
    s = 0
    for j in range(k):
        s += j * j % 7
    out.append(s)

def k0(n):
    a = 0
    out = [0]
    for i in range(n):
        if i % 153 == 0:
            work(380, out)
        try:
            a += rec_raise(i % 13)
        except KeyError as e:
            a += len(e.args[0])
    return a, sum(out)

print(k0(600))
`
	var out bytes.Buffer
	j := New(Config{})
	m, err := vm.New(vm.Config{Stdout: &out, Stderr: &out, Args: []string{""}, HookThreshold: 1, Hook: j, GCStress: true})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	_, err = m.Exec("prog.py", []byte(src), vm.ModeExec)
	m.Flush()
	if got, want := strings.TrimSpace(out.String()), "(3600, 3028)"; err != nil || got != want {
		t.Fatalf("got %q (err %v), want %q", got, err, want)
	}
	if j.Stats().CalloutsRaised == 0 {
		t.Fatalf("no residual call raised: the test no longer covers the path")
	}
}
