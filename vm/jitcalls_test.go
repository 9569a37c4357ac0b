package vm

import (
	"testing"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// filterHook is a function hook that wants the calls of the code named
// want only, and counts the calls it is offered per code name.
type filterHook struct {
	want    string
	offered map[string]int
	asked   map[string]int
}

func (h *filterHook) LoopHot(*VM, *Frame, int) (int, bool) { return 0, false }

func (h *filterHook) FuncHot(_ *VM, f *Frame) { h.offered[f.Code.Name]++ }

func (h *filterHook) WantsCalls(_ *VM, code *bytecode.Code, _ []gc.Value) bool {
	h.asked[code.Name]++
	return code.Name == h.want
}

// TestCallFilter: the calls of a code the hook's CallFilter refuses are
// never offered to FuncHot; those of the code it wants are, at every call
// from the threshold on; each code is asked about once. (Without the
// filter, g's calls were offered too.)
func TestCallFilter(t *testing.T) {
	src := "def f(x):\n    return x + 1\ndef g(x):\n    return x * 2\nt = 0\nfor i in range(50):\n    t = f(t) + g(i)\nprint(t)\n"
	h := &filterHook{want: "f", offered: map[string]int{}, asked: map[string]int{}}
	out, _, _ := runConfig(t, src, Config{Hook: h, HookThreshold: 10})
	if out != "2500\n" {
		t.Fatalf("output %q", out)
	}
	if h.offered["f"] != 41 || h.offered["g"] != 0 {
		t.Errorf("calls offered %v, want f 41 (calls 10 to 50) and g none", h.offered)
	}
	if h.asked["f"] != 1 || h.asked["g"] != 1 {
		t.Errorf("codes asked %v, want f and g once each", h.asked)
	}
}
