package jit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// sharedSidesSrc unrolls a four-item inner loop into the outer loop's
// trace; the break leaves it from each unrolled item through an exit of
// its own, every one resuming at the same pc with the same frame (`s +=
// 100`, then the outer loop's header). The second call's items are floats
// and a bool, so that the side trace the exits share fails its own guards
// from each of them.
const sharedSidesSrc = `
def search(rounds, items):
    s = 0
    for i in range(rounds):
        for t in items:
            if t == i % 5:
                s += 100
                break
            s += t
    return s
print(search(60000, [0, 1, 2, 3]))
print(search(30000, [0, 1, 2, 3]) + search(30000, [0.0, 1, 2.0, 3]))
print(search(20000, [0, 1, True, 3]) + search(20000, [0, 1, 2, 3]))
`

// TestSharedSideLinked: the exits whose side traces are recorded the same
// link to the first one's side trace (sideshare.go) instead of compiling
// three copies, and the program prints what the interpreter and CPython
// print. Without sharedSide (linkShared never called) the side traces are
// 4 and none is shared, and this fails.
func TestSharedSideLinked(t *testing.T) {
	want := run(t, sharedSidesSrc, nil, 0)
	checkCPython(t, sharedSidesSrc, want)
	for _, threshold := range []int{0, 1} {
		var log bytes.Buffer
		j := New(Config{Log: &log, Payoff: true})
		if got := run(t, sharedSidesSrc, j, threshold); got != want {
			t.Fatalf("threshold %d: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, want, got, log.String())
		}
		s := j.Stats()
		t.Logf("threshold %d: %d side traces, %d shared", threshold, s.SideTraces, s.SharedSides)
		if s.SharedSides < 1 || !strings.Contains(log.String(), "the same recording") {
			t.Fatalf("threshold %d: %d exits linked to a shared side trace, want some\n%s", threshold, s.SharedSides, log.String())
		}
	}
	var log bytes.Buffer
	j := New(Config{Log: &log, Payoff: true})
	run(t, sharedSidesSrc[:strings.Index(sharedSidesSrc, "print(search(30000")], j, 0)
	if s := j.Stats(); s.SideTraces > 2 || s.SharedSides != 2 {
		t.Fatalf("first call: %d side traces, %d shared; want 2 and 2\n%s", s.SideTraces, s.SharedSides, log.String())
	}
}

// TestSharedSideUnlinked: retiring a shared side trace unlinks every exit
// linked to it, not only its own parent's, and forgets the links of a
// trace that went first; a link that would close a cycle is refused.
func TestSharedSideUnlinked(t *testing.T) {
	j := New(Config{})
	j.bySlot = map[int32]*compiled{}
	root := &compiled{name: "root", slot: 1, exits: make([]exitState, 8)}
	root.root = root
	side := func(name string, slot int32, parent *compiled, link int) *compiled {
		c := &compiled{name: name, slot: slot, root: root, parent: parent, parentLink: link, parentState: &parent.exits[link], exits: make([]exitState, 4)}
		parent.sides = append(parent.sides, c)
		parent.exits[link].side = c
		j.bySlot[slot] = c
		j.live = append(j.live, c)
		return c
	}
	j.bySlot[1] = root
	j.live = append(j.live, root)
	s := side("s", 2, root, 3)
	other := side("other", 3, root, 4)
	j.linkShared(root, 5, &root.exits[5], s, 0)
	j.linkShared(other, 2, &other.exits[2], s, 0)
	if got := root.linkedSides(); len(got) != 3 || got[2].side != s || got[2].link != 5 {
		t.Fatalf("root's linked sides: %d, want s, other, then s at 5", len(got))
	}
	if !j.reaches(root, s) || j.reaches(s, root) || !j.reaches(other, s) {
		t.Fatalf("reaches: root->s %v, s->root %v, other->s %v", j.reaches(root, s), j.reaches(s, root), j.reaches(other, s))
	}
	// A recording from an exit of s the same as other: other reaches s.
	other.shape = &sideShape{recorded: &ir.Trace{}, resume: 7}
	if got := j.sharedSide(s, &sideShape{recorded: &ir.Trace{}, resume: 7}); got != nil {
		t.Fatalf("an exit of s may link to %s, which reaches s", got.name)
	}
	if got := j.sharedSide(root, &sideShape{recorded: &ir.Trace{}, resume: 7}); got != other {
		t.Fatalf("an exit of root may link to %v, want other", got)
	}
	delete(j.bySlot, other.slot) // other went first: its link words with it
	j.unlink(s)                  // as retire does
	if root.exits[5].side != nil || root.exits[3].side != nil {
		t.Fatalf("exits 3 and 5 of root still linked: %v, %v", root.exits[3].side != nil, root.exits[5].side != nil)
	}
	if other.exits[2].side != s {
		t.Fatal("the exit of a trace already gone was touched")
	}
	if len(root.sharedOut) != 0 || len(other.sharedOut) != 0 || len(s.sharedIn) != 0 {
		t.Fatalf("links left: root %d, other %d, s %d", len(root.sharedOut), len(other.sharedOut), len(s.sharedIn))
	}
}

// TestSameRecording: recordings that differ only in their names are the
// same; a resume pc, a helper, a sunk object's field or a frame's return
// pc apart, they are not.
func TestSameRecording(t *testing.T) {
	a := &ir.Trace{
		Name:    "a",
		Insts:   []ir.Inst{{}, {Op: ir.SLOAD, Type: ir.Int, Aux: 3}},
		Consts:  []ir.Const{{}, {Type: ir.Int, Bits: 7}},
		Helpers: []ir.HelperSig{{Name: "h_x", Args: []ir.Type{ir.Int}, Result: ir.Int}},
		Snaps: []ir.Snapshot{{}, {PC: 12, Frames: []ir.SnapFrame{{Base: 4, Func: -1, ReturnPC: 9}},
			Entries: []ir.SnapEntry{{Slot: 3, Tag: -1, Val: 1}}, Virtuals: []ir.Virtual{{Ref: 1, Fields: []ir.VField{{Off: 16, Val: 1}}}}}},
	}
	b := a.Clone()
	b.Name = "b"
	if !sameRecording(a, b) {
		t.Fatal("a and its copy under another name differ")
	}
	for name, change := range map[string]func(*ir.Trace){
		"resume pc":    func(c *ir.Trace) { c.Snaps[1].PC = 13 },
		"helper":       func(c *ir.Trace) { c.Helpers[0].Name = "h_y" },
		"helper arg":   func(c *ir.Trace) { c.Helpers[0].Args = []ir.Type{ir.Float} },
		"virtual":      func(c *ir.Trace) { c.Snaps[1].Virtuals[0].Fields[0].Off = 24 },
		"frame":        func(c *ir.Trace) { c.Snaps[1].Frames[0].ReturnPC = 10 },
		"entry":        func(c *ir.Trace) { c.Snaps[1].Entries[0].Slot = 4 },
		"constant":     func(c *ir.Trace) { c.Consts[1].Bits = 8 },
		"instruction":  func(c *ir.Trace) { c.Insts[1].Aux = 4 },
		"frame size":   func(c *ir.Trace) { c.FrameSize = 9 },
		"allocation":   func(c *ir.Trace) { c.Allocs = append(c.Allocs, ir.AllocDesc{Name: "list"}) },
		"one snapshot": func(c *ir.Trace) { c.Snaps = c.Snaps[:1] },
	} {
		c := a.Clone()
		change(c)
		if sameRecording(a, c) || sameRecording(c, a) {
			t.Errorf("%s changed: still the same", name)
		}
	}
}
