// record_random_test.go tests the recording of random() as the trace's
// own draw (record_random.go): which calls remain, where the state is
// read, and where recording still aborts.

package trace

import (
	"strconv"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

func TestRandomRecords(t *testing.T) {
	loop := func(pre, body string) string {
		return "import random\n" + pre + "\ndef f(n):\n    c = 0\n    for i in range(n):\n" + body + "\n    return c\nf(100)\n"
	}
	cases := []struct {
		name, src string
		draws     int // inline draws: pairs of word loads
		slow      int // calls of RandomDrawHelper
	}{
		{"module function", loop("random.seed(1)\nrandom.random()", "        if random.random() < 0.5:\n            c += 1"), 1, 0},
		{"module as a variable", loop("random.seed(1)\nrandom.random()\nrng = random", "        x = rng.random()\n        y = rng.random()\n        if x * x + y * y <= 1.0:\n            c += 1"), 2, 0},
		{"function in a local", loop("random.seed(1)\nrandom.random()\nr = random.random", "        c += r()"), 1, 0},
		{"instance method", loop("g = random.Random(4)\ng.random()", "        c += g.random()"), 1, 0},
		{"instance and module", loop("g = random.Random(4)\ng.random()\nrandom.random()", "        c += g.random() - random.random()"), 2, 0},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.traces) == 0 {
			t.Errorf("%s: no trace, aborts %v", c.name, h.aborts)
			continue
		}
		tr := h.traces[len(h.traces)-1].Trace
		loads := count(tr, func(in *ir.Inst) bool { return in.Op == ir.XLOAD && in.Class() == ClassRandomMT })
		stores := count(tr, func(in *ir.Inst) bool { return in.Op == ir.FSTORE && in.Class() == ClassRandomPos })
		if loads != 2*c.draws || stores != c.draws {
			t.Errorf("%s: %d word loads and %d position stores, want %d draws\n%s", c.name, loads, stores, c.draws, tr)
		}
		if n := helperCalls(tr, RandomDrawHelper.Name); n != c.slow {
			t.Errorf("%s: %d calls of %s, want %d\n%s", c.name, n, RandomDrawHelper.Name, c.slow, tr)
		}
		if n := helperCalls(tr, "h_call_f0w"); n != 0 {
			t.Errorf("%s: %d host calls of random\n%s", c.name, n, tr)
		}
	}
}

// TestRandomRecordTwist: a recording that meets the twist (the position
// at 624) calls the interpreter's draw for it, and draws the next number
// in the trace from the state the twist left (the overlay's). Which
// iteration is recorded depends on the loop threshold, so the draws
// before the loop vary over a whole 312-draw period.
func TestRandomRecordTwist(t *testing.T) {
	slow := 0
	for pre := 0; pre < 312; pre++ {
		src := "import random\nrandom.seed(3)\nfor _ in range(" + strconv.Itoa(pre) + "):\n    random.random()\n" +
			"def f(n):\n    c = 0\n    for i in range(n):\n        c += random.random()\n    return c\nf(100)\n"
		h := recordAll(t, src)
		if len(h.traces) == 0 {
			t.Fatalf("pre %d: no trace, aborts %v", pre, h.aborts)
		}
		tr := h.traces[len(h.traces)-1].Trace
		n := helperCalls(tr, RandomDrawHelper.Name)
		loads := count(tr, func(in *ir.Inst) bool { return in.Op == ir.XLOAD && in.Class() == ClassRandomMT })
		if n+loads/2 != 1 {
			t.Fatalf("pre %d: %d slow draws and %d word loads\n%s", pre, n, loads, tr)
		}
		slow += n
		if pre%16 == 0 && pre < 280 {
			pre += 15 // only the twist's neighbourhood needs every count
		}
	}
	if slow != 1 {
		t.Fatalf("%d recordings met the twist, want 1", slow)
	}
}

// TestRandomShuffleRecords: shuffle of a list is one helper call, and it
// does not count against the host call gate (which weighs the callee).
func TestRandomShuffleRecords(t *testing.T) {
	src := "import random\nrandom.seed(9)\ndeck = list(range(52))\n" +
		"def f(n):\n    c = 0\n    for i in range(n):\n        random.shuffle(deck)\n        if deck[0] == 3:\n            c += 1\n    return c\nf(100)\n"
	h := recordAll(t, src)
	if len(h.traces) == 0 {
		t.Fatalf("no trace, aborts %v", h.aborts)
	}
	tr := h.traces[len(h.traces)-1].Trace
	if n := helperCalls(tr, RandomShuffleHelper.Name); n != 1 {
		t.Fatalf("%d calls of %s\n%s", n, RandomShuffleHelper.Name, tr)
	}
	if w := hostCallWeight(RandomShuffleHelper.Name); w != 0 {
		t.Fatalf("shuffle weighs %d host calls", w)
	}
}

// TestRandomHostCallReturned: a host call of a random function that an
// inlined function returns at once is recorded (no guard can follow it
// inside the callee): a user's function, and random.Random.randint.
func TestRandomHostCallReturned(t *testing.T) {
	for _, call := range []string{"roll()", "g.randint(1, 6)"} {
		src := "import random\ng = random.Random(2)\ndef roll():\n    return random.randint(1, 6)\n" +
			"def f(n):\n    c = 0\n    for i in range(n):\n" + hostPad + "        c += " + call + "\n    return c\nf(100)\n"
		h := recordAll(t, src)
		if len(h.traces) == 0 {
			t.Fatalf("%s: no trace, aborts %v", call, h.aborts)
		}
		if n := helperCalls(h.traces[len(h.traces)-1].Trace, "h_call_i2w"); n != 1 {
			t.Fatalf("%s: %d calls of h_call_i2w", call, n)
		}
	}
}

// TestRandomBitsRecords: getrandbits(k) for k <= 32 is one word drawn in
// the trace, and the interpreter's draw where the recording meets the
// twist (the position at 624 after 624 words since the seed).
func TestRandomBitsRecords(t *testing.T) {
	slow := 0
	for pre := 0; pre < 624; pre++ {
		if pre == 1 {
			pre = 590 // the twist's neighbourhood, whatever the threshold
		}
		src := "import random\nrandom.seed(3)\nrandom.random()\nfor _ in range(" + strconv.Itoa(pre) + "):\n    random.getrandbits(3)\n" +
			"def f(n):\n    c = 0\n    for i in range(n):\n        c += random.getrandbits(7)\n    return c\nf(100)\n"
		h := recordAll(t, src)
		if len(h.traces) == 0 {
			t.Fatalf("pre %d: no trace, aborts %v", pre, h.aborts)
		}
		tr := h.traces[len(h.traces)-1].Trace
		n := helperCalls(tr, RandomBitsHelper.Name)
		loads := count(tr, func(in *ir.Inst) bool { return in.Op == ir.XLOAD && in.Class() == ClassRandomMT })
		if n+loads != 1 || helperCalls(tr, "h_call_i1w") != 0 {
			t.Fatalf("pre %d: %d slow draws and %d word loads\n%s", pre, n, loads, tr)
		}
		slow += n
	}
	if slow != 1 {
		t.Fatalf("%d recordings met the twist, want 1", slow)
	}
}

func TestRandomRecordAborts(t *testing.T) {
	src := "import random\ndef draw():\n    x = random.random()\n    return x + 1.0\n" +
		"def f(n):\n    c = 0\n    for i in range(n):\n        c += draw()\n    return c\nf(100)\n"
	h := recordAll(t, src)
	found := false
	for _, a := range h.aborts {
		found = found || strings.HasPrefix(a, "call of builtin random in an inlined function")
	}
	if !found {
		t.Errorf("a draw followed by more code in an inlined function was recorded; aborts %v", h.aborts)
	}
}
