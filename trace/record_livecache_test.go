package trace

import (
	"reflect"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
	"github.com/hotloop/hotloop/vm"
)

// twiceHook records each hot loop twice at its first hot check, once
// without a liveness cache and once with the shared one, and keeps both.
type twiceHook struct {
	cache       *LiveCache
	seen        map[int]bool
	plain, kept []*Recording
}

func (h *twiceHook) LoopHot(m *vm.VM, f *vm.Frame, pc int) (int, bool) {
	if h.seen[pc] {
		return 0, false
	}
	h.seen[pc] = true
	fr := m.JITTopFrame()
	a, errA := Record(m, pc, fr.PC, "t", nil, nil)
	b, errB := Record(m, pc, fr.PC, "t", nil, h.cache)
	if (errA == nil) != (errB == nil) {
		panic("one recording aborted, the other not")
	}
	if errA == nil {
		h.plain, h.kept = append(h.plain, a), append(h.kept, b)
	}
	return 0, false
}

// TestLiveCacheSameSnapshots: recordings that take their liveness from a
// LiveCache shared by several loops of two code objects (the module and a
// function, each analysed once) have the very snapshots of recordings
// that analyse their code afresh: dead registers left out alike.
func TestLiveCacheSameSnapshots(t *testing.T) {
	src := `def f(xs):
    s = 0
    for x in xs:
        t = x * 2
        s += t
    return s

total = 0
for i in range(40):
    a = i * 3
    total += a
for j in range(40):
    b = j - 1
    total += b
print(total, f(list(range(40))))
`
	h := &twiceHook{cache: NewLiveCache(), seen: map[int]bool{}}
	if got, want := jittest.Run(t, src, h, 5), jittest.Run(t, src, nil, 5); got != want {
		t.Fatalf("with the recording hook the program prints %q, without %q", got, want)
	}
	if len(h.kept) != 3 {
		t.Fatalf("%d loops recorded, want 3", len(h.kept))
	}
	for i := range h.kept {
		if !reflect.DeepEqual(h.plain[i].Trace.Snaps, h.kept[i].Trace.Snaps) {
			t.Fatalf("loop %d: snapshots differ with the cache\nplain: %v\ncached: %v", i, h.plain[i].Trace.Snaps, h.kept[i].Trace.Snaps)
		}
	}
	if n := len(h.cache.byCode); n != 2 {
		t.Fatalf("%d analyses kept, want 2 (the module's and f's)", n)
	}
}
