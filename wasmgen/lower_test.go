// lower_test.go checks Lower differentially: random traces from
// trace/irgen, raw and after the full trace/opt pipeline, run once in the
// reference interpreter ir.Exec and once as wasm under wazero's compiler
// engine (entered through a shared table, as the JIT does), from the same
// frame and heap; the exit taken and every register and heap word must
// end equal. Every module also goes through wasm-validate.

package wasmgen

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/trace/irgen"
	"github.com/hotloop/hotloop/trace/opt"
)

const (
	lowFrame     = 1024 // byte offset of the test frame's register 0
	lowIntr      = 512  // the polled interrupt word (kept zero)
	lowPages     = 8
	lowSlot      = 3
	lowTableSize = 16
)

// lowRig is a wazero runtime with a memory module, a table module with an
// enter(slot, frame, budget) dispatcher and the runtime host functions.
type lowRig struct {
	ctx   context.Context
	r     wazero.Runtime
	mem   api.Memory
	enter api.Function
	top   uint32 // bump pointer of the host alloc
	n     int
}

// payload returns the payload word of register slot in the rig's frame.
func (rig *lowRig) payload(slot uint32) int64 {
	buf, _ := rig.mem.Read(lowFrame+16*slot+8, 8)
	return int64(binary.LittleEndian.Uint64(buf))
}

// call enters the trace in table slot lowSlot with the rig's frame and
// budget, and returns its exit code.
func (rig *lowRig) call(t *testing.T, budget uint64) uint32 {
	t.Helper()
	res, err := rig.enter.Call(rig.ctx, lowSlot, lowFrame, budget)
	if err != nil {
		t.Fatal(err)
	}
	return uint32(res[0])
}

func newLowRig(t *testing.T) *lowRig {
	ctx := context.Background()
	rig := &lowRig{ctx: ctx, r: wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCoreFeatures(CoreFeatures))}
	t.Cleanup(func() { rig.r.Close(ctx) })
	mm := NewModule()
	mm.Memory(Limits{Min: lowPages})
	mm.ExportMemory("mem")
	mod, err := rig.r.InstantiateWithConfig(ctx, mustBytes(t, mm), wazero.NewModuleConfig().WithName("mem"))
	if err != nil {
		t.Fatal(err)
	}
	rig.mem = mod.ExportedMemory("mem")
	tm := NewModule()
	tm.Name = "tbl"
	tbl := tm.Table(Limits{Min: lowTableSize})
	tm.ExportTable("table", tbl)
	sig := Sig([]ValType{I32, I32}, I32)
	enter := tm.NewFunc("enter", Sig([]ValType{I32, I32, I32}, I32))
	enter.LocalGet(1)
	enter.LocalGet(2)
	enter.LocalGet(0)
	enter.CallIndirect(tm.Type(sig), tbl)
	tm.ExportFunc("enter", enter.Index())
	tmod, err := rig.r.InstantiateWithConfig(ctx, mustBytes(t, tm), wazero.NewModuleConfig().WithName("tbl"))
	if err != nil {
		t.Fatal(err)
	}
	rig.enter = tmod.ExportedFunction("enter")

	word := func(a uint64) (uint64, bool) {
		if a%8 != 0 || a+8 > uint64(rig.mem.Size()) {
			return 0, false
		}
		return rig.mem.ReadUint64Le(uint32(a))
	}
	b := rig.r.NewHostModuleBuilder("rt")
	host := func(name string, params, results []api.ValueType, fn api.GoModuleFunc) {
		b = b.NewFunctionBuilder().WithGoModuleFunction(fn, params, results).Export(name)
	}
	i32, i64, f64 := api.ValueTypeI32, api.ValueTypeI64, api.ValueTypeF64
	host(RuntimeAlloc, []api.ValueType{i32, i32, i32}, []api.ValueType{i32}, func(_ context.Context, _ api.Module, s []uint64) {
		size, kind, nvals := uint32(s[0]), uint32(s[1]), uint32(s[2])
		a := rig.top
		rig.top += size
		for off := uint32(0); off < size; off += 8 {
			rig.mem.WriteUint64Le(a+off, 0)
		}
		rig.mem.WriteUint64Le(a, uint64(size)|uint64(kind)<<32)
		rig.mem.WriteUint64Le(a+8, uint64(nvals))
		s[0] = uint64(a)
	})
	host(RuntimeFMod, []api.ValueType{f64, f64}, []api.ValueType{f64}, func(_ context.Context, _ api.Module, s []uint64) {
		v, _ := ir.FloatMod(math.Float64frombits(s[0]), math.Float64frombits(s[1]))
		s[0] = math.Float64bits(v)
	})
	host(RuntimeFFloorDiv, []api.ValueType{f64, f64}, []api.ValueType{f64}, func(_ context.Context, _ api.Module, s []uint64) {
		v, _, _ := ir.FloatDivmod(math.Float64frombits(s[0]), math.Float64frombits(s[1]))
		s[0] = math.Float64bits(v)
	})
	// irgen's helpers, on the wasm memory (same meaning as irgen.Helpers).
	host("mix", []api.ValueType{i64, i64}, []api.ValueType{i64, i32}, func(_ context.Context, _ api.Module, s []uint64) {
		s[0], s[1] = s[0]*31+s[1], 1
	})
	host("peek", []api.ValueType{i32}, []api.ValueType{i64, i32}, func(_ context.Context, _ api.Module, s []uint64) {
		v, ok := word(uint64(uint32(s[0])) + irgen.RecInt)
		s[0], s[1] = v, b2u(ok)
	})
	host("poke", []api.ValueType{i32, i64}, []api.ValueType{i64, i32}, func(_ context.Context, _ api.Module, s []uint64) {
		p, v := uint64(uint32(s[0])), s[1]
		if _, ok := word(p + irgen.RecInt); !ok {
			s[0], s[1] = 0, 0
			return
		}
		rig.mem.WriteUint64Le(uint32(p+irgen.RecInt), v)
		ver, _ := word(p + irgen.RecVersion)
		rig.mem.WriteUint64Le(uint32(p+irgen.RecVersion), ver+1)
		s[0], s[1] = v+1, 1
	})
	host("check", []api.ValueType{i64}, []api.ValueType{i64, i32}, func(_ context.Context, _ api.Module, s []uint64) {
		a := s[0]
		s[0], s[1] = a/7, b2u(int64(a)%7 != 0)
	})
	host("fmix", []api.ValueType{f64, f64}, []api.ValueType{f64, i32}, func(_ context.Context, _ api.Module, s []uint64) {
		s[0], s[1] = math.Float64bits(math.Float64frombits(s[0])*0.5+math.Float64frombits(s[1])), 1
	})
	if _, err := b.Instantiate(ctx); err != nil {
		t.Fatal(err)
	}
	return rig
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func (rig *lowRig) config() LowerConfig {
	rig.n++
	return LowerConfig{
		Name: fmt.Sprintf("trace_%d", rig.n), MemModule: "mem", MemName: "mem",
		TableModule: "tbl", TableName: "table", TableMin: lowTableSize, Slot: lowSlot,
		RuntimeModule: "rt", InterruptAddr: lowIntr, GCBudgetAddr: 16, BudgetOutAddr: lowIntr + 8,
	}
}

// load writes machine m into the wasm memory (everything else zero).
func (rig *lowRig) load(m *ir.Machine) {
	buf, _ := rig.mem.Read(0, rig.mem.Size())
	clear(buf)
	binary.LittleEndian.PutUint64(buf[16:], 1<<40) // the gc budget: plenty
	// No free lists and a full bump area: alloc_small (allocfast.go) hands
	// every request to the rig's alloc import.
	binary.LittleEndian.PutUint32(buf[gc.CtlTop:], gc.HeapStart)
	binary.LittleEndian.PutUint32(buf[gc.CtlEnd:], gc.HeapStart)
	for i, v := range m.Frame {
		binary.LittleEndian.PutUint64(buf[lowFrame+16*i:], v.Tag)
		binary.LittleEndian.PutUint64(buf[lowFrame+16*i+8:], v.Bits)
	}
	for a, w := range m.Mem {
		binary.LittleEndian.PutUint64(buf[a:], w.Bits)
	}
	rig.top = m.Top
}

func isNaN(bits uint64) bool {
	return bits&0x7ff0000000000000 == 0x7ff0000000000000 && bits&0xfffffffffffff != 0
}

// compare checks the wasm memory against the reference machine.
func (rig *lowRig) compare(ref *ir.Machine) error {
	buf, _ := rig.mem.Read(0, rig.mem.Size())
	same := func(a, b uint64) bool { return a == b || isNaN(a) && isNaN(b) }
	for i, v := range ref.Frame {
		tag := binary.LittleEndian.Uint64(buf[lowFrame+16*i:])
		bits := binary.LittleEndian.Uint64(buf[lowFrame+16*i+8:])
		if tag != v.Tag || !same(bits, v.Bits) {
			return fmt.Errorf("register %d: wasm %#x|%#x, exec %#x|%#x", i, tag, bits, v.Tag, v.Bits)
		}
	}
	if rig.top != ref.Top {
		return fmt.Errorf("allocation top: wasm %#x, exec %#x", rig.top, ref.Top)
	}
	for a := uint32(irgen.HeapStart); a < ref.Top; a += 8 {
		got := binary.LittleEndian.Uint64(buf[a:])
		if want := ref.Mem[a].Bits; !same(got, want) {
			return fmt.Errorf("word %#x: wasm %#x, exec %#x", a, got, want)
		}
	}
	return nil
}

// run lowers tr, runs it for iters loop iterations from c's state in both
// engines and compares. It returns false when Exec found the input
// undefined (nothing to compare).
func (rig *lowRig) run(t *testing.T, tr *ir.Trace, c irgen.Case, iters int, validate bool) bool {
	t.Helper()
	ref := c.Machine.Clone()
	o, err := ir.Exec(tr, ref, iters)
	if err != nil {
		return false
	}
	low, err := Lower(tr, rig.config())
	if err != nil {
		t.Fatalf("%v\n%s", err, tr)
	}
	if validate && haveWabt() {
		if msg := wasmValidate(t, low.Wasm); msg != "" {
			t.Fatalf("wasm-validate: %s\n%s", msg, tr)
		}
	}
	mod, err := rig.r.InstantiateWithConfig(rig.ctx, low.Wasm, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		t.Fatalf("instantiate: %v\n%s", err, tr)
	}
	defer mod.Close(rig.ctx)
	rig.load(c.Machine)
	res, err := rig.enter.Call(rig.ctx, lowSlot, lowFrame, uint64(iters))
	if err != nil {
		t.Fatalf("call: %v\n%s", err, tr)
	}
	code := uint32(res[0])
	snap := ir.SnapID(code &^ SafepointFlag)
	if snap <= 0 || int(snap) >= len(tr.Snaps) {
		t.Fatalf("exit %#x: no such snapshot\n%s", code, tr)
	}
	if tr.Snap(snap).PC != o.PC || (code&SafepointFlag != 0) != (o.Kind == ir.Limit) {
		t.Fatalf("exit %#x (pc %d), exec %v\n%s", code, tr.Snap(snap).PC, o, tr)
	}
	if err := rig.compare(ref); err != nil {
		t.Fatalf("after %v: %v\n%s", o, err, tr)
	}
	return true
}

func TestLowerRandomTraces(t *testing.T) {
	rig := newLowRig(t)
	n := 400
	if testing.Short() {
		n = 100
	}
	compared := 0
	for seed := 0; seed < n; seed++ {
		c := irgen.Generate(rand.New(rand.NewSource(int64(seed))))
		optimised, err := opt.Pipeline(c.Trace, opt.Config{Verify: true})
		if err != nil {
			t.Fatalf("seed %d: pipeline: %v", seed, err)
		}
		for _, tr := range []*ir.Trace{c.Trace, optimised} {
			for _, iters := range []int{1, 2, 5, 30} {
				if rig.run(t, tr, c, iters, seed < 40 && iters == 1) {
					compared++
				}
			}
		}
	}
	if compared < n {
		t.Fatalf("only %d runs compared", compared)
	}
	t.Logf("%d runs compared", compared)
}

// TestLowerWorkedExample lowers a hand-built counting loop (the shape the
// recorder emits for `for i in range(n): total += i * i`) and runs it to
// its natural end and with small budgets.
func TestLowerWorkedExample(t *testing.T) {
	rig := newLowRig(t)
	tr := ir.NewTrace("squares", 4)
	b := ir.NewBuilder(tr, ir.AllOn)
	s1 := b.AddSnap(ir.Snapshot{PC: 10})
	tag := b.SLoad(1, ir.Tag)
	b.Guard(ir.EQ, tag, b.KTag(3), s1)
	total := b.SLoad(1, ir.Int)
	tag2 := b.SLoad(2, ir.Tag)
	b.Guard(ir.EQ, tag2, b.KTag(3), s1)
	i := b.SLoad(2, ir.Int)
	stop := b.SLoad(3, ir.Int)
	s2 := b.AddSnap(ir.Snapshot{PC: 20})
	b.Guard(ir.LT, i, stop, s2)
	s3 := b.AddSnap(ir.Snapshot{PC: 11})
	sq := b.Guarded2(ir.IMUL, ir.Int, i, i, s3)
	s4 := b.AddSnap(ir.Snapshot{PC: 12})
	nt := b.Guarded2(ir.IADD, ir.Int, total, sq, s4)
	ni := b.Op2(ir.IADD, ir.Int, i, b.KInt(1))
	s5 := b.AddSnap(ir.Snapshot{PC: 10, Entries: []ir.SnapEntry{{Slot: 1, Tag: b.KTag(3), Val: nt}, {Slot: 2, Tag: b.KTag(3), Val: ni}}})
	b.JLoop(s5)
	m := &ir.Machine{Frame: []ir.Value{{}, {Tag: 3}, {Tag: 3}, {Tag: 3, Bits: 1000}}, Mem: map[uint32]ir.Word{}, Top: irgen.HeapStart}
	c := irgen.Case{Trace: tr, Machine: m, InitTop: m.Top}
	optimised, err := opt.Pipeline(tr, opt.Config{Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []*ir.Trace{tr, optimised} {
		for _, iters := range []int{1, 2, 3, 999, 1000, 1001, 5000} {
			if !rig.run(t, x, c, iters, true) {
				t.Fatalf("exec failed on the worked example")
			}
		}
	}
	// The final total is CPython's sum(i*i for i in range(1000)).
	buf, _ := rig.mem.Read(lowFrame+16+8, 8)
	if got := binary.LittleEndian.Uint64(buf); got != 332833500 {
		t.Fatalf("total %d, want 332833500", got)
	}
}
