// example_test.go holds the worked example of docs/jit.md: the IR a
// recorder will emit for `for i in range(n): total += i * i`, the pipeline
// run on it with a listing after each pass, and a check of the result
// against CPython.

package opt

import (
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// Layout of the example's range iterator (an object with the current
// value, the stop and the step in its value slots' payloads).
const (
	tagRangeIter       = 0x90
	rangeCur           = 16 + 8
	rangeStop          = 32 + 8
	rangeStep          = 48 + 8
	classRangeCur      = 10
	classRangeConstant = 11
)

// sumOfSquares records one iteration of
//
//	for i in range(n):     # register 3 holds the range iterator
//	    total += i * i     # register 1 is total, register 2 is i
func sumOfSquares() *ir.Trace {
	tr := ir.NewTrace("sum_of_squares", 5)
	b := ir.NewBuilder(tr, ir.AllOn) // the recorder's builder folds as it goes
	kInt := b.KTag(tagInt)
	// FORITER R2 R3: the iterator is a range iterator with step 1.
	s1 := b.AddSnap(ir.Snapshot{PC: 10})
	b.Guard(ir.EQ, b.SLoad(3, ir.Tag), b.KTag(tagRangeIter), s1)
	it := b.SLoad(3, ir.Ptr)
	cur := b.FLoad(ir.Int, it, rangeCur, classRangeCur)
	stop := b.FLoad(ir.Int, it, rangeStop, classRangeConstant)
	step := b.FLoad(ir.Int, it, rangeStep, classRangeConstant)
	b.Guard(ir.EQ, step, b.KInt(1), s1)
	s2 := b.AddSnap(ir.Snapshot{PC: 20}) // the loop's exit: after the for
	b.Guard(ir.LT, cur, stop, s2)
	next := b.Guarded2(ir.IADD, ir.Int, cur, b.KInt(1), s1)
	b.FStore(it, rangeCur, next, classRangeCur)
	// total += i * i (INPLACE ADD R1 R4 after MUL R4 R2 R2)
	s3 := b.AddSnap(ir.Snapshot{PC: 11, Entries: []ir.SnapEntry{{Slot: 2, Tag: kInt, Val: cur}}})
	b.Guard(ir.EQ, b.SLoad(1, ir.Tag), kInt, s3)
	total := b.SLoad(1, ir.Int)
	sq := b.Guarded2(ir.IMUL, ir.Int, cur, cur, s3)
	s4 := b.AddSnap(ir.Snapshot{PC: 12, Entries: []ir.SnapEntry{{Slot: 2, Tag: kInt, Val: cur}, {Slot: 4, Tag: kInt, Val: sq}}})
	sum := b.Guarded2(ir.IADD, ir.Int, total, sq, s4)
	b.JLoop(b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{
		{Slot: 1, Tag: kInt, Val: sum}, {Slot: 2, Tag: kInt, Val: cur}, {Slot: 4, Tag: kInt, Val: sq}}}))
	return tr
}

func rangeMachine(n int64) *ir.Machine {
	m := machine(0, 0)
	it := m.Alloc(ir.AllocDesc{Name: "range_iterator", NumVals: 3})
	m.Mem[it+rangeCur] = ir.Word{Bits: 0}
	m.Mem[it+rangeStop] = ir.Word{Bits: uint64(n)}
	m.Mem[it+rangeStep] = ir.Word{Bits: 1}
	m.Frame = m.Frame[:5]
	m.Frame[3] = ir.Value{Tag: tagRangeIter, Bits: uint64(it), Ptr: true}
	return m
}

func TestWorkedExample(t *testing.T) {
	tr := sumOfSquares()
	var dump strings.Builder
	dump.WriteString(tr.String())
	out, err := Pipeline(tr, Config{Verify: true, Dump: func(pass string, t *ir.Trace) {
		fmt.Fprintf(&dump, "# after %s\n%s", pass, t)
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + dump.String())
	loop := out.LoopRef()
	if loop == ir.Nil {
		t.Fatal("not peeled")
	}
	inLoop := 0
	for r := loop + 1; r < out.Len(); r++ {
		if op := out.Inst(r).Op; op != ir.PHI && op != ir.JLOOP {
			inLoop++
		}
	}
	if inLoop > 6 {
		t.Errorf("loop body has %d instructions, want at most 6 (load, compare, add, store, multiply, add)", inLoop)
	}
	const n = 1000
	want := int64(-1)
	if py, err := exec.Command("python3", "-c", fmt.Sprintf("print(sum(i*i for i in range(%d)))", n)).Output(); err == nil {
		want, _ = strconv.ParseInt(strings.TrimSpace(string(py)), 10, 64)
	} else {
		t.Log("python3 not found: checking against the unoptimised trace only")
	}
	for _, tc := range []*ir.Trace{tr, out} {
		m := rangeMachine(n)
		o, err := ir.Exec(tc, m, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		if o.PC != 20 || (want >= 0 && int64(m.Frame[1].Bits) != want) {
			t.Errorf("exit %v, total %d, want pc 20 and %d", o, int64(m.Frame[1].Bits), want)
		}
	}
	for _, iters := range []int{1, 2, 3, 50} {
		mustSame(t, tr, out, rangeMachine(n), iters)
		mustSame(t, tr, out, rangeMachine(2), iters)
	}
}
