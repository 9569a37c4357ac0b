// exec_test.go runs generated modules in wazero's compiler engine, in the
// shapes the trace compiler will use: a "heap" module that owns the memory
// and the shared function table and exports enter(slot, frame); trace
// modules that import both, install their function into a table slot with
// an element segment, loop over arrays in the memory, leave through br_if
// guards with an exit number, and call each other through the table.

package wasmgen

import (
	"context"
	"encoding/binary"
	"math"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
)

// traceSig is the type of a trace function: frame base in, exit number out.
var traceSig = Sig([]ValType{I32}, I32)

// heapModule owns memory "mem", table "table" (16 slots), an immutable
// global "slot3" = 3, and exports enter(slot, frame) -> exit, which calls
// the trace in that table slot.
func heapModule(t testing.TB) []byte {
	m := NewModule()
	m.Name = "heap"
	m.Memory(Limits{Min: 2, Max: 100, HasMax: true})
	m.ExportMemory("mem")
	tbl := m.Table(Limits{Min: 16})
	m.ExportTable("table", tbl)
	m.ExportGlobal("slot3", m.Global(I32, false, ConstI32(3)))
	enter := m.NewFunc("enter", Sig([]ValType{I32, I32}, I32))
	enter.LocalGet(1)
	enter.LocalGet(0)
	enter.CallIndirect(m.Type(traceSig), tbl)
	m.ExportFunc("enter", enter.Index())
	b := mustBytes(t, m)
	mustValidate(t, b)
	return b
}

// traceModule starts a trace module importing the heap's memory and table.
func traceModule(name string) *Module {
	m := NewModule()
	m.Name = name
	m.ImportMemory("heap", "mem", Limits{Min: 1})
	m.ImportTable("heap", "table", Limits{Min: 16})
	return m
}

type linked struct {
	ctx   context.Context
	r     wazero.Runtime
	heap  api.Module
	enter api.Function
}

func newLinked(t *testing.T) *linked {
	ctx := context.Background()
	r := newRuntime(t)
	heap, err := r.InstantiateWithConfig(ctx, heapModule(t), wazero.NewModuleConfig().WithName("heap"))
	if err != nil {
		t.Fatal(err)
	}
	return &linked{ctx: ctx, r: r, heap: heap, enter: heap.ExportedFunction("enter")}
}

func (l *linked) instantiate(t *testing.T, m *Module) api.Module {
	t.Helper()
	b := mustBytes(t, m)
	mustValidate(t, b)
	mod, err := l.r.InstantiateWithConfig(l.ctx, b, wazero.NewModuleConfig().WithName(m.Name))
	if err != nil {
		t.Fatalf("instantiate %s: %v", m.Name, err)
	}
	return mod
}

func (l *linked) run(t *testing.T, slot, frame uint32) uint32 {
	t.Helper()
	res, err := l.enter.Call(l.ctx, uint64(slot), uint64(frame))
	if err != nil {
		t.Fatalf("enter(%d, %d): %v", slot, frame, err)
	}
	return uint32(res[0])
}

func (l *linked) mem() api.Memory { return l.heap.ExportedMemory("mem") }

// Frame layout used by the tests: +0 array address (i64), +8 length
// (i64), +16 result (i64 or f64), +24 index at exit (i64).
const (
	frameArr = 0
	frameLen = 8
	frameOut = 16
	frameIdx = 24
)

// emitSumLoop appends the body of a trace summing the i64 array the frame
// describes; with guard set, a negative element leaves through exit 1
// (with its index stored in the frame); normal completion returns 0.
func emitSumLoop(f *Func, guard bool) {
	const frame = 0
	p, end, acc := f.Local(I32), f.Local(I32), f.Local(I64)
	f.LocalGet(frame)
	f.I64Load(frameArr)
	f.I32WrapI64()
	f.LocalTee(p)
	f.LocalGet(frame)
	f.I64Load(frameLen)
	f.I32WrapI64()
	f.I32Const(3)
	f.I32Shl()
	f.I32Add()
	f.LocalSet(end)
	f.Block(I32) // the shared exit: the exit number is its result
	f.Loop()
	// loop test: p == end -> leave the loop
	f.I32Const(0)
	f.LocalGet(p)
	f.LocalGet(end)
	f.I32Eq()
	f.BrIf(1)
	f.Drop()
	if guard {
		// guard: element >= 0, else exit 1 with the index recorded
		f.LocalGet(p)
		f.I64Load(0)
		f.I64Const(0)
		f.I64LtS()
		f.If()
		f.LocalGet(frame)
		f.LocalGet(p)
		f.LocalGet(frame)
		f.I64Load(frameArr)
		f.I32WrapI64()
		f.I32Sub()
		f.I32Const(3)
		f.I32ShrU()
		f.I64ExtendI32U()
		f.I64Store(frameIdx)
		f.End()
		f.I32Const(1)
		f.LocalGet(p)
		f.I64Load(0)
		f.I64Const(0)
		f.I64LtS()
		f.BrIf(1)
		f.Drop()
	}
	f.LocalGet(acc)
	f.LocalGet(p)
	f.I64Load(0)
	f.I64Add()
	f.LocalSet(acc)
	f.LocalGet(p)
	f.I32Const(8)
	f.I32Add()
	f.LocalSet(p)
	f.Br(0)
	f.End() // loop
	f.Unreachable()
	f.End() // exit block, exit number on the stack
	// Store the accumulator at every exit.
	f.LocalGet(frame)
	f.LocalGet(acc)
	f.I64Store(frameOut)
}

func writeFrame(t *testing.T, mem api.Memory, frame, arr uint32, vals []int64) {
	t.Helper()
	buf := make([]byte, 8*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint64(buf[8*i:], uint64(v))
	}
	if !mem.Write(arr, buf) || !mem.WriteUint64Le(frame+frameArr, uint64(arr)) ||
		!mem.WriteUint64Le(frame+frameLen, uint64(len(vals))) {
		t.Fatal("memory write out of range")
	}
}

func readU64(t *testing.T, mem api.Memory, addr uint32) uint64 {
	t.Helper()
	v, ok := mem.ReadUint64Le(addr)
	if !ok {
		t.Fatal("memory read out of range")
	}
	return v
}

func TestExecSumThroughTable(t *testing.T) {
	l := newLinked(t)
	// Trace A installs itself at slot 3 through the heap's global.
	a := traceModule("traceA")
	slot := a.ImportGlobal("heap", "slot3", I32, false)
	fa := a.NewFunc("sum", traceSig)
	emitSumLoop(fa, false)
	a.Elem(ConstGlobal(slot), fa.Index())
	l.instantiate(t, a)

	const frame, arr = 64, 1024
	vals := make([]int64, 1000)
	var want int64
	for i := range vals {
		vals[i] = int64(i*i) - 7000
		want += vals[i]
	}
	mem := l.mem()
	writeFrame(t, mem, frame, arr, vals)
	if exit := l.run(t, 3, frame); exit != 0 {
		t.Fatalf("exit %d, want 0", exit)
	}
	if got := int64(readU64(t, mem, frame+frameOut)); got != want {
		t.Fatalf("sum %d, want %d", got, want)
	}

	// Trace B, with a guard, installs itself at slot 5 by constant.
	b := traceModule("traceB")
	fb := b.NewFunc("guarded", traceSig)
	emitSumLoop(fb, true)
	b.Elem(ConstI32(5), fb.Index())
	l.instantiate(t, b)
	want = 0
	for i := range vals {
		vals[i] = int64(i * i)
		want += vals[i]
	}
	writeFrame(t, mem, frame, arr, vals)
	if exit := l.run(t, 5, frame); exit != 0 {
		t.Fatalf("guarded run on clean data: exit %d", exit)
	}
	if got := int64(readU64(t, mem, frame+frameOut)); got != want {
		t.Fatalf("guarded sum %d, want %d", got, want)
	}
	// A negative element at index 100 (and not before) fails the guard.
	for i := range vals {
		vals[i] = int64(i)
	}
	vals[100], vals[200] = -1, -2
	writeFrame(t, mem, frame, arr, vals)
	if exit := l.run(t, 5, frame); exit != 1 {
		t.Fatalf("guard exit %d, want 1", exit)
	}
	if idx, acc := readU64(t, mem, frame+frameIdx), int64(readU64(t, mem, frame+frameOut)); idx != 100 || acc != 99*100/2 {
		t.Fatalf("guard exit at index %d with sum %d, want 100 and %d", idx, acc, 99*100/2)
	}

	// Trace C links to trace B through the table (a side trace calling
	// another trace without going back through Go), adding 1000 to its
	// exit number.
	c := traceModule("traceC")
	fc := c.NewFunc("link", traceSig)
	fc.LocalGet(0)
	fc.I32Const(5)
	fc.CallIndirect(c.Type(traceSig), 0)
	fc.I32Const(1000)
	fc.I32Add()
	c.Elem(ConstI32(7), fc.Index())
	l.instantiate(t, c)
	if exit := l.run(t, 7, frame); exit != 1001 {
		t.Fatalf("linked exit %d, want 1001", exit)
	}
}

func TestExecFloatLoop(t *testing.T) {
	// sum of 1/k^2 for k = 1..n, accumulated in a loop with an f64 counter.
	m := NewModule()
	f := m.NewFunc("basel", Sig([]ValType{I32}, F64))
	k, acc := f.Local(F64), f.Local(F64)
	f.F64Const(1)
	f.LocalSet(k)
	f.Block()
	f.Loop()
	f.LocalGet(k)
	f.LocalGet(0)
	f.F64ConvertI32S()
	f.F64Gt()
	f.BrIf(1)
	f.LocalGet(acc)
	f.F64Const(1)
	f.LocalGet(k)
	f.LocalGet(k)
	f.F64Mul()
	f.F64Div()
	f.F64Add()
	f.LocalSet(acc)
	f.LocalGet(k)
	f.F64Const(1)
	f.F64Add()
	f.LocalSet(k)
	f.Br(0)
	f.End()
	f.End()
	f.LocalGet(acc)
	m.ExportFunc("basel", f.Index())
	b := mustBytes(t, m)
	mustValidate(t, b)
	ctx := context.Background()
	mod, err := newRuntime(t).Instantiate(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	const n = 100000
	res, err := mod.ExportedFunction("basel").Call(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	want := 0.0
	for k := 1.0; k <= n; k++ {
		want += 1 / (k * k)
	}
	if got := api.DecodeF64(res[0]); got != want {
		t.Fatalf("basel(%d) = %v, want %v", n, got, want)
	}
}

// TestExecSemantics runs the post-MVP instructions and the segments, start
// function, globals and host imports, and compares with Go's arithmetic.
func TestExecSemantics(t *testing.T) {
	ctx := context.Background()
	r := newRuntime(t)
	var logged []int64
	_, err := r.NewHostModuleBuilder("env").NewFunctionBuilder().
		WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, _ api.Module, stack []uint64) {
			logged = append(logged, int64(stack[0]))
		}), []api.ValueType{api.ValueTypeI64}, nil).Export("log").Instantiate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := NewModule()
	log := m.ImportFunc("env", "log", Sig([]ValType{I64}))
	m.Memory(Limits{Min: 1})
	m.ExportMemory("mem")
	counter := m.Global(I64, true, ConstI64(40))
	m.ExportGlobal("counter", counter)
	m.Data(ConstI32(100), []byte{1, 2, 3, 4, 5, 6, 7, 8})

	start := m.NewFunc("start", FuncType{})
	start.GlobalGet(counter)
	start.I64Const(2)
	start.I64Add()
	start.GlobalSet(counter)
	m.SetStart(start.Index())

	// Each check function logs one i64 result.
	checks := []struct {
		name  string
		emit  func(f *Func)
		want  int64
		extra string
	}{
		{"trunc_sat nan", func(f *Func) { f.F64Const(math.NaN()); f.I64TruncSatF64S() }, 0, ""},
		{"trunc_sat big", func(f *Func) { f.F64Const(1e300); f.I64TruncSatF64S() }, math.MaxInt64, ""},
		{"trunc_sat -big", func(f *Func) { f.F64Const(-1e300); f.I64TruncSatF64S() }, math.MinInt64, ""},
		{"trunc_sat u32", func(f *Func) { f.F32Const(-5); f.I32TruncSatF32U(); f.I64ExtendI32U() }, 0, ""},
		{"trunc_sat 2.9", func(f *Func) { f.F64Const(-2.9); f.I32TruncSatF64S(); f.I64ExtendI32S() }, -2, ""},
		{"extend8", func(f *Func) { f.I32Const(0x80); f.I32Extend8S(); f.I64ExtendI32S() }, -128, ""},
		{"extend16", func(f *Func) { f.I64Const(0x18000); f.I64Extend16S() }, -32768, ""},
		{"extend32", func(f *Func) { f.I64Const(0x1_8000_0000); f.I64Extend32S() }, math.MinInt32, ""},
		{"data", func(f *Func) { f.I32Const(100); f.I64Load(0) }, 0x0807060504030201, ""},
		{"load8_s", func(f *Func) { f.I32Const(0); f.I32Const(0xff); f.I32Store8(200); f.I32Const(200); f.I64Load8S(0) }, -1, ""},
		{"fill+copy", func(f *Func) {
			f.I32Const(300)
			f.I32Const(0xab)
			f.I32Const(4)
			f.MemoryFill()
			f.I32Const(304)
			f.I32Const(100)
			f.I32Const(4)
			f.MemoryCopy()
			f.I32Const(300)
			f.I64Load(0)
		}, 0x04030201abababab, ""},
		{"memory.size", func(f *Func) { f.MemorySize(); f.I64ExtendI32U() }, 1, ""},
		{"memory.grow", func(f *Func) { f.I32Const(2); f.MemoryGrow(); f.MemorySize(); f.I32Add(); f.I64ExtendI32U() }, 1 + 3, ""},
		{"counter", func(f *Func) { f.GlobalGet(counter) }, 42, ""},
		{"div_s", func(f *Func) { f.I64Const(-7); f.I64Const(2); f.I64DivS() }, -3, ""},
		{"rem_s", func(f *Func) { f.I64Const(-7); f.I64Const(2); f.I64RemS() }, -1, ""},
		{"shr_s", func(f *Func) { f.I64Const(-8); f.I64Const(65); f.I64ShrS() }, -4, ""},
		{"rotl", func(f *Func) { f.I64Const(math.MinInt64 + 1); f.I64Const(1); f.I64Rotl() }, 3, ""},
		{"popcnt", func(f *Func) { f.I64Const(-1); f.I64Popcnt() }, 64, ""},
		{"nearest", func(f *Func) { f.F64Const(2.5); f.F64Nearest(); f.I64TruncF64S() }, 2, ""},
		{"reinterpret", func(f *Func) { f.F64Const(math.Copysign(0, -1)); f.I64ReinterpretF64() }, math.MinInt64, ""},
		{"select", func(f *Func) { f.I64Const(1); f.I64Const(2); f.I32Const(0); f.Select() }, 2, ""},
	}
	run := m.NewFunc("run", FuncType{})
	for _, c := range checks {
		c.emit(run)
		run.Call(log)
	}
	m.ExportFunc("run", run.Index())
	b := mustBytes(t, m)
	mustValidate(t, b)
	mod, err := r.Instantiate(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mod.ExportedFunction("run").Call(ctx); err != nil {
		t.Fatal(err)
	}
	if len(logged) != len(checks) {
		t.Fatalf("%d results for %d checks", len(logged), len(checks))
	}
	for i, c := range checks {
		if logged[i] != c.want {
			t.Errorf("%s: got %d (%#x), want %d", c.name, logged[i], logged[i], c.want)
		}
	}
	if g := mod.ExportedGlobal("counter").Get(); g != 42 {
		t.Errorf("counter = %d after start, want 42", g)
	}
}
