package vm

import "testing"

// callerHook records, at each hot loop, the code names of the frames
// below the innermost one and the instruction each is executing.
type callerHook struct {
	names []string
	ops   []string
	deep  bool // a frame past the outermost was reported
}

func (h *callerHook) LoopHot(m *VM, _ *Frame, _ int) (int, bool) {
	if len(h.names) > 0 {
		return 0, false
	}
	for d := 1; ; d++ {
		fr, ok := m.JITCallerFrame(d)
		if !ok {
			break
		}
		if d > 8 {
			h.deep = true
			break
		}
		h.names = append(h.names, fr.Code.Name)
		h.ops = append(h.ops, fr.Instrs[fr.PC].Op().String())
	}
	return 0, false
}

func TestJITCallerFrame(t *testing.T) {
	src := "def inner(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n" +
		"def outer():\n    s = 0\n    for k in range(3):\n        s += inner(50)\n    return s\n" +
		"print(outer())\n"
	h := &callerHook{}
	out, _, _ := runConfig(t, src, Config{Hook: h, HookThreshold: 10})
	if out != "3675\n" {
		t.Fatalf("output %q", out)
	}
	if h.deep || len(h.names) != 2 || h.names[0] != "outer" || h.names[1] != "<module>" {
		t.Fatalf("caller frames %v (want outer, <module>)", h.names)
	}
	for i, op := range h.ops {
		if op != "CALL" && op != "CALLMETHOD" {
			t.Errorf("caller %s executes %s, want a call", h.names[i], op)
		}
	}
}
