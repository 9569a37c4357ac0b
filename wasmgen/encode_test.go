// encode_test.go proves the encoding canonical and valid: every
// instruction of the op table, and modules using every section and every
// control instruction, are built here and written in WAT, and the bytes
// must equal wat2wasm's; each module must also pass wasm-validate and
// wazero's compiler.

package wasmgen

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
)

func watTypes(kw string, ts []ValType) string {
	if len(ts) == 0 {
		return ""
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return fmt.Sprintf(" (%s %s)", kw, strings.Join(parts, " "))
}

// opModule builds, for every op of the table, a function that pushes its
// parameters and applies the op (loads and stores twice: natural
// alignment with a small offset, then byte alignment with a large one),
// and the same module in WAT.
func opModule() (*Module, string) {
	m := NewModule()
	m.ImportMemory("env", "mem", Limits{Min: 1})
	var wat strings.Builder
	wat.WriteString("(module\n  (import \"env\" \"mem\" (memory 1))\n")
	emit := func(op Op, mem bool, align, offset uint32, watImm string) {
		d := opTable[op]
		f := m.NewFunc("", FuncType{Params: d.in, Results: d.out})
		fmt.Fprintf(&wat, "  (func%s%s", watTypes("param", d.in), watTypes("result", d.out))
		for i := range d.in {
			f.LocalGet(uint32(i))
			fmt.Fprintf(&wat, " local.get %d", i)
		}
		if mem {
			f.Mem(op, align, offset)
		} else {
			f.Op(op)
		}
		fmt.Fprintf(&wat, " %s%s)\n", d.name, watImm)
	}
	for op := Op(0); op < numOps; op++ {
		if op.IsMemAccess() {
			emit(op, true, op.NaturalAlign(), 8, " offset=8")
			emit(op, true, 0, 0x12345678, " offset=305419896 align=1")
		} else {
			emit(op, false, 0, 0, "")
		}
	}
	wat.WriteString(")\n")
	return m, wat.String()
}

func TestEveryOpMatchesWat2wasm(t *testing.T) {
	m, wat := opModule()
	got := mustBytes(t, m)
	mustCompile(t, newRuntime(t), got)
	want := wat2wasm(t, wat)
	if !bytes.Equal(got, want) {
		t.Fatalf("encoding differs from wat2wasm: %s", diffBytes(got, want))
	}
	mustValidate(t, got)
}

// TestTypedMethods checks that each typed method appends exactly its op:
// a module built with the methods equals one built with Op and Mem.
func TestTypedMethods(t *testing.T) {
	a, b := NewModule(), NewModule()
	a.Memory(Limits{Min: 1})
	b.Memory(Limits{Min: 1})
	fa := a.NewFunc("f", FuncType{})
	fb := b.NewFunc("f", FuncType{})
	typed := typedMethods(fa)
	if len(typed) != int(numOps) {
		t.Fatalf("%d typed methods for %d ops", len(typed), numOps)
	}
	for op := Op(0); op < numOps; op++ {
		d := opTable[op]
		fa.Block()
		fb.Block()
		for _, ty := range d.in {
			zero(fa, ty)
			zero(fb, ty)
		}
		typed[op]()
		if op.IsMemAccess() {
			fb.Mem(op, op.NaturalAlign(), 16)
		} else {
			fb.Op(op)
		}
		for range d.out {
			fa.Drop()
			fb.Drop()
		}
		fa.End()
		fb.End()
		if !bytes.Equal(fa.code, fb.code) {
			t.Fatalf("typed method for %s appends % x, want % x", d.name, fa.code, fb.code)
		}
	}
	ba, bb := mustBytes(t, a), mustBytes(t, b)
	if !bytes.Equal(ba, bb) {
		t.Fatal("modules differ")
	}
	mustValidate(t, ba)
}

func zero(f *Func, t ValType) {
	switch t {
	case I32:
		f.I32Const(0)
	case I64:
		f.I64Const(0)
	case F32:
		f.F32Const(0)
	case F64:
		f.F64Const(0)
	}
}

// TestSectionsMatchWat2wasm builds a module with every section and the
// non-table instructions (control, calls, variables, constants), and
// compares it with the same module written in WAT.
func TestSectionsMatchWat2wasm(t *testing.T) {
	m := NewModule()
	log := m.ImportFunc("env", "log", Sig([]ValType{I64}))
	m.ImportTable("env", "table", Limits{Min: 4, Max: 100, HasMax: true})
	m.ImportMemory("env", "mem", Limits{Min: 1, Max: 65535, HasMax: true})
	slot := m.ImportGlobal("env", "slot", I32, false)
	flag := m.ImportGlobal("env", "flag", I64, true)
	counter := m.Global(I64, true, ConstI64(-5))
	pi := m.Global(F64, false, ConstF64(math.Pi))
	m.Global(F32, false, ConstF32(-0.5))
	m.Global(I32, false, ConstGlobal(slot))
	m.Table(Limits{Min: 2})

	sum := m.NewFunc("sum", Sig([]ValType{I32, I32}, I64)) // (addr, n) -> sum of n i64 at addr
	acc := sum.Local(I64)
	sum.Local(I64)
	sum.Local(I32)
	sum.Local(I32)
	sum.Local(F64)
	sum.Block()
	sum.Loop()
	sum.LocalGet(1)
	sum.I32Eqz()
	sum.BrIf(1)
	sum.LocalGet(acc)
	sum.LocalGet(0)
	sum.I64Load(0)
	sum.I64Add()
	sum.LocalSet(acc)
	sum.LocalGet(0)
	sum.I32Const(8)
	sum.I32Add()
	sum.LocalSet(0)
	sum.LocalGet(1)
	sum.I32Const(-1)
	sum.I32Add()
	sum.LocalTee(1)
	sum.Br(0)
	sum.End()
	sum.End()
	sum.LocalGet(acc)

	sel := m.NewFunc("sel", Sig([]ValType{I32}, I32))
	sel.Block(I32)
	sel.Block()
	sel.Block()
	sel.LocalGet(0)
	sel.BrTable([]uint32{0, 1, 0}, 1)
	sel.End()
	sel.I32Const(10)
	sel.Br(1)
	sel.End()
	sel.I32Const(20)
	sel.End()
	sel.LocalGet(0)
	sel.If(I32)
	sel.I32Const(1)
	sel.Else()
	sel.I32Const(2)
	sel.End()
	sel.I32Add()
	sel.I32Const(7)
	sel.I32Const(8)
	sel.LocalGet(0)
	sel.Select()
	sel.I32Add()

	multi := m.NewFunc("multi", Sig(nil, I32, I64))
	multi.Block(I32, I64)
	multi.I32Const(1)
	multi.I64Const(math.MinInt64)
	multi.End()

	misc := m.NewFunc("misc", FuncType{})
	misc.Nop()
	misc.GlobalGet(counter)
	misc.I64Const(1)
	misc.I64Add()
	misc.GlobalSet(counter)
	misc.GlobalGet(flag)
	misc.Call(log)
	misc.GlobalGet(pi)
	misc.Drop()
	misc.I64Const(math.MaxInt64)
	misc.I32Const(0)
	misc.CallIndirect(m.Type(Sig([]ValType{I64})), 0)
	misc.I32Const(1)
	misc.If()
	misc.Return()
	misc.End()
	misc.F32Const(float32(math.Inf(-1)))
	misc.Drop()
	misc.F64Const(math.Float64frombits(0x7ff8000000000123)) // NaN with a payload
	misc.Drop()
	misc.Unreachable()

	m.ExportFunc("sum", sum.Index())
	m.ExportFunc("sel", sel.Index())
	m.ExportMemory("memory")
	m.ExportTable("t", 1)
	m.ExportGlobal("counter", counter)
	start := m.NewFunc("start", FuncType{})
	m.SetStart(start.Index())
	m.Elem(ConstGlobal(slot), sum.Index(), sel.Index())
	m.Elem(ConstI32(0), misc.Index())
	m.Data(ConstI32(16), []byte("hello"))
	m.Data(ConstI32(1024), nil)

	wat := `(module
  (import "env" "log" (func (param i64)))
  (import "env" "table" (table 4 100 funcref))
  (import "env" "mem" (memory 1 65535))
  (import "env" "slot" (global i32))
  (import "env" "flag" (global (mut i64)))
  (global (mut i64) (i64.const -5))
  (global f64 (f64.const 0x1.921fb54442d18p+1))
  (global f32 (f32.const -0.5))
  (global i32 (global.get 0))
  (table 2 funcref)
  (func (param i32 i32) (result i64) (local i64 i64 i32 i32 f64)
    block
      loop
        local.get 1
        i32.eqz
        br_if 1
        local.get 2
        local.get 0
        i64.load
        i64.add
        local.set 2
        local.get 0
        i32.const 8
        i32.add
        local.set 0
        local.get 1
        i32.const -1
        i32.add
        local.tee 1
        br 0
      end
    end
    local.get 2)
  (func (param i32) (result i32)
    block (result i32)
      block
        block
          local.get 0
          br_table 0 1 0 1
        end
        i32.const 10
        br 1
      end
      i32.const 20
    end
    local.get 0
    if (result i32)
      i32.const 1
    else
      i32.const 2
    end
    i32.add
    i32.const 7
    i32.const 8
    local.get 0
    select
    i32.add)
  (func (result i32 i64)
    block (result i32 i64)
      i32.const 1
      i64.const -9223372036854775808
    end)
  (func
    nop
    global.get 2
    i64.const 1
    i64.add
    global.set 2
    global.get 1
    call 0
    global.get 3
    drop
    i64.const 9223372036854775807
    i32.const 0
    call_indirect (type 0)
    i32.const 1
    if
      return
    end
    f32.const -inf
    drop
    f64.const nan:0x8000000000123
    drop
    unreachable)
  (func)
  (export "sum" (func 1))
  (export "sel" (func 2))
  (export "memory" (memory 0))
  (export "t" (table 1))
  (export "counter" (global 2))
  (start 5)
  (elem (global.get 0) func 1 2)
  (elem (i32.const 0) func 4)
  (data (i32.const 16) "hello")
  (data (i32.const 1024) ""))
`
	got := mustBytes(t, m)
	mustCompile(t, newRuntime(t), got)
	want := wat2wasm(t, wat)
	if !bytes.Equal(stripNames(got), want) {
		t.Fatalf("encoding differs from wat2wasm: %s\n%s", diffBytes(stripNames(got), want), wasm2wat(t, got))
	}
	mustValidate(t, got)

	// The name section makes wasm2wat's listing readable.
	text := wasm2wat(t, got)
	for _, name := range []string{"(func $sum", "(func $sel", "(func $start", `(import "env" "log" (func $env.log`} {
		if !strings.Contains(text, name) {
			t.Errorf("wasm2wat output lacks %q:\n%s", name, text)
		}
	}
}

// TestTypesDeduplicated checks that equal signatures share an index.
func TestTypesDeduplicated(t *testing.T) {
	m := NewModule()
	a := m.Type(Sig([]ValType{I32, I64}, F64))
	b := m.Type(Sig(nil))
	c := m.Type(Sig([]ValType{I32, I64}, F64))
	d := m.Type(Sig([]ValType{I32}, I64, F64))
	e := m.Type(Sig([]ValType{I32, I64}))
	f := m.NewFunc("", Sig([]ValType{I32, I64}, F64))
	f.F64Const(0)
	if a != 0 || b != 1 || c != 0 || d != 2 || e != 3 || m.NumTypes() != 4 || m.funcTypes[f.Index()] != 0 {
		t.Fatalf("type indices %d %d %d %d %d, %d types", a, b, c, d, e, m.NumTypes())
	}
	mustValidate(t, mustBytes(t, m))
}

// TestLocalNames checks the local-names subsection through wasm2wat.
func TestLocalNames(t *testing.T) {
	m := NewModule()
	m.Name = "trace_7"
	f := m.NewFunc("loop", Sig([]ValType{I32}, I32))
	f.NameLocal(0, "frame")
	i := f.NamedLocal(I64, "i")
	f.Local(F64)
	x := f.NamedLocal(F64, "x")
	f.LocalGet(i)
	f.I32WrapI64()
	f.LocalGet(x)
	f.I32TruncSatF64S()
	f.I32Add()
	f.LocalGet(0)
	f.I32Add()
	b := mustBytes(t, m)
	mustValidate(t, b)
	text := wasm2wat(t, b)
	for _, want := range []string{"(module $trace_7", "(func $loop", "(param $frame i32)", "(local $i i64)", "(local $x f64)", "local.get $x"} {
		if !strings.Contains(text, want) {
			t.Errorf("wasm2wat output lacks %q:\n%s", want, text)
		}
	}
}

// TestLocalsGrouped checks the run-length grouping of locals.
func TestLocalsGrouped(t *testing.T) {
	m := NewModule()
	f := m.NewFunc("", Sig([]ValType{F32}))
	for _, ty := range []ValType{I32, I32, I32, I64, I32, F64, F64} {
		f.Local(ty)
	}
	if err := f.Finish(); err != nil {
		t.Fatal(err)
	}
	want := []byte{4, 3, byte(I32), 1, byte(I64), 1, byte(I32), 2, byte(F64), opEnd}
	if !bytes.Equal(f.body, want) {
		t.Fatalf("body % x, want % x", f.body, want)
	}
	b := mustBytes(t, m)
	if !bytes.Equal(stripNames(b), wat2wasm(t, "(module (func (param f32) (local i32 i32 i32 i64 i32 f64 f64)))")) {
		t.Fatal("differs from wat2wasm")
	}
}

// TestConstantEdges compares constants at their encoding edges.
func TestConstantEdges(t *testing.T) {
	i32s := []int32{0, -1, 63, 64, -64, -65, math.MaxInt32, math.MinInt32}
	i64s := []int64{0, -1, 1 << 31, -1 << 31, math.MaxInt64, math.MinInt64, math.MaxInt32 + 1}
	f32s := []float32{0, float32(math.Copysign(0, -1)), 1.5, float32(math.Inf(1)), math.MaxFloat32, math.SmallestNonzeroFloat32}
	f64s := []float64{0, math.Copysign(0, -1), 0.1, math.Inf(1), math.MaxFloat64, math.SmallestNonzeroFloat64}
	m := NewModule()
	f := m.NewFunc("", FuncType{})
	var wat strings.Builder
	wat.WriteString("(module (func\n")
	for _, v := range i32s {
		f.I32Const(v)
		f.Drop()
		fmt.Fprintf(&wat, "i32.const %d drop\n", v)
	}
	for _, v := range i64s {
		f.I64Const(v)
		f.Drop()
		fmt.Fprintf(&wat, "i64.const %d drop\n", v)
	}
	for _, v := range f32s {
		f.F32Const(v)
		f.Drop()
		fmt.Fprintf(&wat, "f32.const %s drop\n", strings.Replace(fmt.Sprintf("%x", v), "+Inf", "inf", 1))
	}
	for _, v := range f64s {
		f.F64Const(v)
		f.Drop()
		fmt.Fprintf(&wat, "f64.const %s drop\n", strings.Replace(fmt.Sprintf("%x", v), "+Inf", "inf", 1))
	}
	wat.WriteString("))")
	got := stripNames(mustBytes(t, m))
	want := wat2wasm(t, wat.String())
	if !bytes.Equal(got, want) {
		t.Fatalf("%s", diffBytes(got, want))
	}
}
