// stormsret_test.go checks that exits which can only run to a return from
// the loop's function are blacklisted before any recording (stormsret.go).
package jit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// returnAborts sums the side trace aborts at a return from the loop's
// function.
func returnAborts(s Stats) int64 {
	n := int64(0)
	for k, v := range s.AbortReasons {
		if strings.Contains(k, "return from the loop's function") {
			n += v
		}
	}
	return n
}

// TestStormReturnHeld: small functions whose loops end (by exhaustion,
// by a break, by a return in the body) in `return`, called from a hot
// loop. Each such exit used to record two side traces that aborted at the
// return before the stable-abort rule gave up (22 recordings here); now
// the bytecode from the resume pc says so before any recording. stepped's
// loop-entry exit is shared by the step guard and the empty range: it
// must keep the side trace that runs the loop with the other step (its
// runs are 100-130 iterations long, so that its trace pays its entries:
// innerruns.go).
func TestStormReturnHeld(t *testing.T) {
	src := `
def squares(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

def first_big(n, limit):
    c = 0
    for i in range(1, n):
        if i * i > limit:
            break
        c += i
    return c

def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return -1

def stepped(a, b, k):
    s = 0
    for i in range(a, b, k):
        s += i
    return s

data = [3, 1, 4, 1, 5, 9, 2, 6]
t = 0
for n in range(6000):
    t += squares(n % 23) + first_big(n % 40, 200) + find(data, n % 10)
    t += stepped(n % 17, 400, 3) + stepped(500, n % 11, -4)
print(t)
`
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	got := run(t, src, j, 50)
	if want := run(t, src, nil, 0); got != want {
		t.Fatalf("output differs:\n%s\nvs\n%s", got, want)
	}
	s := j.Stats()
	if n := returnAborts(s); n > 4 {
		t.Fatalf("%d side trace recordings aborted at a return: %v\n%s", n, s.AbortReasons, log.String())
	}
	if s.SideTraces < 1 {
		t.Fatalf("stepped lost its side trace for the other step: %+v\n%s", s, log.String())
	}
	if !strings.Contains(log.String(), "before recording") {
		t.Fatalf("no exit blacklisted before recording:\n%s", log.String())
	}
}

// TestStraightReturn checks the bytecode walk on hand-made code.
func TestStraightReturn(t *testing.T) {
	ins := func(op bytecode.Op, a, bx int) bytecode.Instr { return bytecode.MakeBx(op, a, uint32(bx)) }
	code := []bytecode.Instr{
		0: ins(bytecode.FORITER, 3, 4),
		1: ins(bytecode.MOVE, 2, 4),
		2: ins(bytecode.JUMPIFFALSE, 2, 0),
		3: ins(bytecode.JUMP, 0, 5),
		4: ins(bytecode.JUMP, 0, 0),
		5: ins(bytecode.LOADCONST, 1, 0),
		6: ins(bytecode.RETURN, 1, 0),
	}
	for _, c := range []struct {
		pc, ret int
		ok      bool
	}{{0, 0, false}, {1, 0, false}, {2, 0, false}, {3, 6, true}, {4, 0, false}, {5, 6, true}, {6, 6, true}, {7, 0, false}} {
		ret, ok := straightReturn(code, c.pc)
		if ok != c.ok || ret != c.ret {
			t.Errorf("straightReturn from %d = %d, %v; want %d, %v", c.pc, ret, ok, c.ret, c.ok)
		}
	}
}
