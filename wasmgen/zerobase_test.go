package wasmgen

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
)

// TestPlanConstTouches checks which constant-pointer accesses get a touch
// through the zero base and how far it reaches: the first of a run whose
// ends go up more than once, reaching the run's furthest end; runs end at
// LOOP; a run checked once, and accesses through other bases, get none.
func TestPlanConstTouches(t *testing.T) {
	tr := ir.NewTrace("consttouch", 4)
	b := ir.NewBuilder(tr, ir.AllOn)
	s1 := b.AddSnap(ir.Snapshot{PC: 1})
	p := b.SLoad(1, ir.Ptr)
	first := b.FLoad(ir.Int, b.KPtr(8192), 8, ir.AliasClass(8)) // end 8208
	b.Guard(ir.EQ, first, b.KInt(1), s1)
	b.FLoad(ir.Int, p, 64, ir.AliasClass(8))                // not constant
	b.FLoad(ir.Int, b.KPtr(4096), 40, ir.AliasClass(9))     // end 4144: inside
	b.FStore(b.KPtr(8192), 24, b.KInt(5), ir.AliasClass(8)) // end 8224: a second check
	b.FLoad(ir.Tag, b.KPtr(12288), 0, ir.AliasClass(10))    // end 12296: a third
	b.Loop(b.AddSnap(ir.Snapshot{PC: 1}))
	lone := b.FLoad(ir.Int, b.KPtr(12288), 16, ir.AliasClass(10)) // end 12312
	b.FLoad(ir.Int, b.KPtr(4096), 16, ir.AliasClass(9))           // end 4120: inside
	b.JLoop(b.AddSnap(ir.Snapshot{PC: 1}))

	l := &lowerer{t: tr}
	touch := planConstTouches(tr, l.constAddr)
	want := map[ir.Ref]uint32{first: 12296}
	for r := ir.Ref(1); r < tr.Len(); r++ {
		if touch[r] != want[r] {
			t.Errorf("%04d %s: touch %d, want %d", r, tr.Insts[r].Op, touch[r], want[r])
		}
	}
	if lone <= 0 || tr.Insts[lone].Op != ir.FLOAD {
		t.Fatalf("%04d is not a fresh FLOAD (the builder folded it): the test's premise", lone)
	}
}

// constAddrLoad matches an i32.const address followed by a load or a
// store in wasm text: a constant pointer used as its own base (the
// runtime words below the heap are addressed so on purpose).
var constAddrLoad = regexp.MustCompile(`i32\.const ([0-9]+)\s+(?:i64\.const -?[0-9]+\s+)?[if](?:32|64)\.(?:load|store)`)

// TestZeroBaseLowering lowers a loop that reads and writes words of
// constant records and checks that no access uses a constant as its base
// (they go through the zero local), and that the module computes what
// ir.Exec does.
func TestZeroBaseLowering(t *testing.T) {
	rig := newLowRig(t)
	const recA, recB = irgen.HeapStart, irgen.HeapStart + 64
	tr := ir.NewTrace("zerobase", 4)
	b := ir.NewBuilder(tr, ir.Options{})
	n := b.SLoad(0, ir.Int)
	b.Loop(b.AddSnap(ir.Snapshot{PC: 1}))
	x := b.FLoad(ir.Int, b.KPtr(recA), 8, ir.AliasClass(8))
	y := b.FLoad(ir.Int, b.KPtr(recB), 24, ir.AliasClass(9))
	tag := b.FLoad(ir.Tag, b.KPtr(recA), 0, ir.AliasClass(8))
	b.Guard(ir.EQ, tag, b.KTag(3), b.AddSnap(ir.Snapshot{PC: 2}))
	sum := b.Op2(ir.IADD, ir.Int, x, y)
	b.FStore(b.KPtr(recA), 8, sum, ir.AliasClass(8))
	b.Guard(ir.LT, sum, n, b.AddSnap(ir.Snapshot{PC: 3}))
	b.JLoop(b.AddSnap(ir.Snapshot{PC: 1}))

	low, err := Lower(tr, rig.config())
	if err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	if haveWabt() {
		for _, m := range constAddrLoad.FindAllStringSubmatch(wasm2wat(t, low.Wasm), -1) {
			if a, _ := strconv.Atoi(m[1]); a >= irgen.HeapStart {
				t.Errorf("a constant pointer is its own base: %q", m[0])
			}
		}
	} else {
		t.Log("wabt missing (apt-get install wabt): the module's text is not checked")
	}
	for _, start := range []uint64{0, 5, 1000} {
		m := &ir.Machine{Mem: map[uint32]ir.Word{
			recA: {Bits: 3}, recA + 8: {Bits: start},
			recB + 24: {Bits: 7},
		}, Top: irgen.HeapStart + 128, Frame: []ir.Value{{Tag: 3, Bits: 400}, {}, {}, {}}}
		if !rig.run(t, tr, irgen.Case{Trace: tr, Machine: m}, 1000, true) {
			t.Fatalf("start %d: ir.Exec found the input undefined", start)
		}
	}
}
