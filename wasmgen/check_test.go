// check_test.go checks the body checker: each malformed body is reported
// with the right instruction index and reason, and the same body encoded
// without the checker is rejected by wasm-validate and by wazero too;
// tricky but valid bodies (stack-polymorphic code after a branch) pass all
// three.

package wasmgen

import (
	"context"
	"strings"
	"testing"
)

type bodyCase struct {
	name  string
	sig   FuncType
	build func(m *Module, f *Func)
	err   string // "" for a valid body
}

var i32Sig = Sig(nil, I32)

var bodyCases = []bodyCase{
	{"underflow", FuncType{}, func(m *Module, f *Func) { f.I32Add() },
		"instruction 0 (i32.add): operand stack underflow"},
	{"mismatch", i32Sig, func(m *Module, f *Func) { f.I64Const(1); f.I32Eqz() },
		"instruction 1 (i32.eqz): type mismatch: expected i32, found i64"},
	{"leftover", FuncType{}, func(m *Module, f *Func) { f.Nop(); f.I32Const(1) },
		"instruction 2 (end): 1 value(s) left on the operand stack at the end of the block ([] expected)"},
	{"missing result", i32Sig, func(m *Module, f *Func) { f.Nop() },
		"instruction 1 (end): operand stack underflow"},
	{"wrong result", i32Sig, func(m *Module, f *Func) { f.F64Const(1) },
		"instruction 1 (end): type mismatch: expected i32, found f64"},
	{"block result", FuncType{}, func(m *Module, f *Func) { f.Block(I64); f.I32Const(0); f.End(); f.Drop() },
		"instruction 2 (end): type mismatch: expected i64, found i32"},
	{"br depth", FuncType{}, func(m *Module, f *Func) { f.Block(); f.Br(2); f.End() },
		"instruction 1 (br): branch depth 2 out of range (2 labels)"},
	{"br_if value", FuncType{}, func(m *Module, f *Func) { f.Block(I32); f.I32Const(0); f.BrIf(0); f.End(); f.Drop() },
		"instruction 2 (br_if): operand stack underflow"},
	{"else without if", FuncType{}, func(m *Module, f *Func) { f.Block(); f.Else(); f.End() },
		"instruction 1 (else): else without a matching if"},
	{"if result no else", FuncType{}, func(m *Module, f *Func) { f.I32Const(1); f.If(I32); f.I32Const(2); f.End(); f.Drop() },
		"instruction 3 (end): if with result type [i32] has no else"},
	{"if condition", FuncType{}, func(m *Module, f *Func) { f.F32Const(1); f.If(); f.End() },
		"instruction 1 (if): type mismatch: expected i32, found f32"},
	{"local index", FuncType{}, func(m *Module, f *Func) { f.Local(I32); f.LocalGet(1); f.Drop() },
		"instruction 0 (local.get): local index 1 out of range (1 locals)"},
	{"local type", FuncType{}, func(m *Module, f *Func) { l := f.Local(F64); f.I64Const(0); f.LocalSet(l) },
		"instruction 1 (local.set): type mismatch: expected f64, found i64"},
	{"global immutable", FuncType{}, func(m *Module, f *Func) { g := m.Global(I32, false, ConstI32(0)); f.I32Const(1); f.GlobalSet(g) },
		"instruction 1 (global.set): global 0 is immutable"},
	{"global index", FuncType{}, func(m *Module, f *Func) { f.GlobalGet(3); f.Drop() },
		"instruction 0 (global.get): global index 3 out of range (0 globals)"},
	{"call index", FuncType{}, func(m *Module, f *Func) { f.Call(5) },
		"instruction 0 (call): function index 5 out of range (1 functions)"},
	{"call args", FuncType{}, func(m *Module, f *Func) {
		g := m.NewFunc("g", Sig([]ValType{I32, F64}))
		f.F64Const(0)
		f.I32Const(0)
		f.Call(g.Index())
	}, "instruction 2 (call): type mismatch: expected f64, found i32"},
	{"call_indirect type", FuncType{}, func(m *Module, f *Func) { m.Table(Limits{Min: 1}); f.I32Const(0); f.CallIndirect(9, 0) },
		"instruction 1 (call_indirect): type index 9 out of range (1 types)"},
	{"call_indirect index", FuncType{}, func(m *Module, f *Func) { m.Table(Limits{Min: 1}); f.I64Const(0); f.CallIndirect(0, 0) },
		"instruction 1 (call_indirect): type mismatch: expected i32, found i64"},
	{"align", i32Sig, func(m *Module, f *Func) { m.Memory(Limits{Min: 1}); f.I32Const(0); f.Mem(OpI32Load16U, 2, 0) },
		"instruction 1 (i32.load16_u): alignment 2**2 is larger than the natural alignment 2**1"},
	{"store operands", FuncType{}, func(m *Module, f *Func) { m.Memory(Limits{Min: 1}); f.I32Const(0); f.I32Const(0); f.F64Store(0) },
		"instruction 2 (f64.store): type mismatch: expected f64, found i32"},
	{"open block", FuncType{}, func(m *Module, f *Func) { f.Block(); f.Loop() },
		"instruction 2 (end): 2 block(s) still open at the end of the function"},
	{"after end", FuncType{}, func(m *Module, f *Func) { f.End(); f.Nop() },
		"instruction 1 (nop): instruction after the function's final end"},
	{"select types", i32Sig, func(m *Module, f *Func) {
		f.I32Const(1)
		f.I64Const(2)
		f.I32Const(0)
		f.Select()
		f.Drop()
		f.I32Const(0)
	},
		"instruction 3 (select): operands of different types i32 and i64"},
	{"br_table arity", FuncType{}, func(m *Module, f *Func) {
		f.Block()
		f.Block(I32)
		f.I32Const(0)
		f.I32Const(0)
		f.BrTable([]uint32{0}, 1)
		f.End()
		f.Drop()
		f.End()
	}, "instruction 4 (br_table): target 0 has 1 result(s), the default has 0"},
	{"br_table types", FuncType{}, func(m *Module, f *Func) {
		f.Block(F32)
		f.Block(I32)
		f.I32Const(0)
		f.I32Const(0)
		f.BrTable([]uint32{0}, 1)
		f.End()
		f.Drop()
		f.End()
		f.Drop()
	}, "instruction 4 (br_table): type mismatch: expected f32, found i32"},
	{"unreachable then known mismatch", FuncType{}, func(m *Module, f *Func) { f.Unreachable(); f.I64Const(0); f.I32Add(); f.Drop() },
		"instruction 2 (i32.add): type mismatch: expected i32, found i64"},
	{"unreachable select leaves a value", FuncType{}, func(m *Module, f *Func) { f.Unreachable(); f.Select() },
		"instruction 2 (end): 1 value(s) left on the operand stack"},
	{"return value", i32Sig, func(m *Module, f *Func) { f.I64Const(0); f.Return() },
		"instruction 1 (return): type mismatch: expected i32, found i64"},
	{"multi-value block", FuncType{}, func(m *Module, f *Func) {
		f.Block(I32, I64)
		f.I64Const(0)
		f.I32Const(0)
		f.End()
		f.Drop()
		f.Drop()
	},
		"instruction 3 (end): type mismatch: expected i64, found i32"},

	// Valid bodies the checker must accept.
	{"unreachable polymorphic", FuncType{}, func(m *Module, f *Func) { f.Unreachable(); f.I32Add(); f.Drop() }, ""},
	{"br then anything", i32Sig, func(m *Module, f *Func) {
		f.Block(I32)
		f.I32Const(1)
		f.Br(1)
		f.F64Add()
		f.Drop()
		f.End()
	}, ""},
	{"loop result after br", Sig(nil, I64), func(m *Module, f *Func) { f.Loop(I64); f.Br(0); f.End() }, ""},
	{"return then end", i32Sig, func(m *Module, f *Func) { f.I32Const(1); f.Return(); f.I32Const(2) }, ""},
	{"br_if keeps value", i32Sig, func(m *Module, f *Func) { f.Block(I32); f.I32Const(7); f.I32Const(1); f.BrIf(0); f.End() }, ""},
	{"br_table with values", i32Sig, func(m *Module, f *Func) {
		f.Block(I32)
		f.Block(I32)
		f.I32Const(5)
		f.I32Const(1)
		f.BrTable([]uint32{0, 1}, 0)
		f.End()
		f.End()
	}, ""},
	{"unreachable select typed", Sig(nil, F32), func(m *Module, f *Func) { f.Unreachable(); f.F32Const(1); f.I32Const(0); f.Select() }, ""},
	{"explicit end", i32Sig, func(m *Module, f *Func) { f.I32Const(1); f.End() }, ""},
	{"if without else", FuncType{}, func(m *Module, f *Func) { f.I32Const(1); f.If(); f.Nop(); f.End() }, ""},
}

func TestChecker(t *testing.T) {
	r := newRuntime(t)
	for _, c := range bodyCases {
		t.Run(c.name, func(t *testing.T) {
			m := NewModule()
			f := m.NewFunc("f", c.sig)
			c.build(m, f)
			_, err := m.Bytes()
			switch {
			case c.err == "" && err != nil:
				t.Fatalf("valid body rejected: %v", err)
			case c.err != "" && err == nil:
				t.Fatalf("invalid body accepted, want %q", c.err)
			case c.err != "" && !strings.Contains(err.Error(), c.err):
				t.Fatalf("error %q, want it to contain %q", err, c.err)
			case c.err != "" && !strings.Contains(err.Error(), `func 0 "f"`):
				t.Fatalf("error %q does not name the function", err)
			}
			// The same body without the checker: the tools must agree.
			b := m.encode()
			_, cerr := r.CompileModule(context.Background(), b)
			if (c.err == "") != (cerr == nil) {
				t.Fatalf("wazero disagrees with the checker: %v", cerr)
			}
			if !haveWabt() {
				return
			}
			if msg := wasmValidate(t, b); (c.err == "") != (msg == "") {
				t.Fatalf("wasm-validate disagrees with the checker: %q", msg)
			}
		})
	}
}

// TestModuleErrors checks the module-level errors Bytes reports.
func TestModuleErrors(t *testing.T) {
	cases := []struct {
		name  string
		build func(m *Module)
		err   string
	}{
		{"memory missing", func(m *Module) { f := m.NewFunc("f", FuncType{}); f.MemorySize(); f.Drop() },
			`func 0 "f" uses memory but the module has none`},
		{"table missing", func(m *Module) { f := m.NewFunc("f", FuncType{}); f.I32Const(0); f.CallIndirect(0, 0) },
			`func 0 "f" uses table 0 but the module has 0`},
		{"import after func", func(m *Module) { m.NewFunc("f", FuncType{}); m.ImportFunc("a", "b", FuncType{}) },
			"function import a.b after a defined function"},
		{"global import after global", func(m *Module) { m.Global(I32, false, ConstI32(0)); m.ImportGlobal("a", "g", I32, false) },
			"global import a.g after a defined global"},
		{"two memories", func(m *Module) { m.ImportMemory("a", "m", Limits{}); m.Memory(Limits{}) },
			"a second memory"},
		{"memory too big", func(m *Module) { m.Memory(Limits{Min: 1, Max: 65537, HasMax: true}) },
			"limits 1..65537 exceed 65536"},
		{"limits reversed", func(m *Module) { m.Table(Limits{Min: 3, Max: 2, HasMax: true}) },
			"maximum 2 below minimum 3"},
		{"duplicate export", func(m *Module) {
			f := m.NewFunc("f", FuncType{})
			m.ExportFunc("x", f.Index())
			m.ExportFunc("x", f.Index())
		},
			`export name "x" used twice`},
		{"export range", func(m *Module) { m.ExportGlobal("g", 0) },
			`export "g": index 0 out of range (0)`},
		{"start type", func(m *Module) { f := m.NewFunc("f", i32Sig); f.I32Const(0); m.SetStart(f.Index()) },
			"start function 0 has type (func (result i32)), want (func)"},
		{"elem no table", func(m *Module) { f := m.NewFunc("f", FuncType{}); m.Elem(ConstI32(0), f.Index()) },
			"element segment 0 but no table"},
		{"elem func range", func(m *Module) { m.Table(Limits{Min: 1}); m.Elem(ConstI32(0), 3) },
			"element segment 0: function 3 out of range"},
		{"elem offset type", func(m *Module) { m.Table(Limits{Min: 1}); m.Elem(ConstI64(0)) },
			"element segment offset of type i64, want i32"},
		{"elem offset mutable global", func(m *Module) {
			g := m.ImportGlobal("a", "g", I32, true)
			m.Table(Limits{Min: 1})
			m.Elem(ConstGlobal(g))
		},
			"global.get 0 must name an imported immutable global"},
		{"global init defined global", func(m *Module) { g := m.Global(I32, false, ConstI32(1)); m.Global(I32, false, ConstGlobal(g)) },
			"global.get 0 must name an imported immutable global"},
		{"global init type", func(m *Module) { m.Global(F32, false, ConstF64(1)) },
			"global 0 of type f32 initialised with a f64"},
		{"zero const expr", func(m *Module) { m.Global(I32, false, ConstExpr{}) },
			"not a constant expression"},
		{"data no memory", func(m *Module) { m.Data(ConstI32(0), []byte{1}) },
			"data segment but no memory"},
		{"bad type", func(m *Module) { m.NewFunc("f", Sig([]ValType{ValType(0x55)})) },
			"invalid parameter type"},
		{"bad local", func(m *Module) { f := m.NewFunc("f", FuncType{}); f.Local(ValType(1)) },
			"local of invalid type 0x1"},
		{"op as mem", func(m *Module) { m.Memory(Limits{}); f := m.NewFunc("f", FuncType{}); f.Mem(OpI32Add, 0, 0) },
			"instruction 0 (i32.add): not a load or store: use Op"},
		{"mem as op", func(m *Module) { m.Memory(Limits{}); f := m.NewFunc("f", FuncType{}); f.Op(OpI64Load) },
			"instruction 0 (i64.load): a load or store needs a memory argument: use Mem"},
		{"op out of range", func(m *Module) { f := m.NewFunc("f", FuncType{}); f.Op(numOps) },
			"unknown op"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := NewModule()
			c.build(m)
			_, err := m.Bytes()
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Fatalf("error %v, want one containing %q", err, c.err)
			}
		})
	}
}

// TestFinishIdempotent checks that Finish can be called before Bytes and
// again, and that appending after Finish is an error.
func TestFinishIdempotent(t *testing.T) {
	m := NewModule()
	f := m.NewFunc("f", i32Sig)
	f.I32Const(3)
	if err := f.Finish(); err != nil {
		t.Fatal(err)
	}
	if err := f.Finish(); err != nil {
		t.Fatal(err)
	}
	b := mustBytes(t, m)
	mustValidate(t, b)
	f.Nop()
	if err := f.Err(); err == nil || !strings.Contains(err.Error(), "after Finish") {
		t.Fatalf("append after Finish: %v", err)
	}
}
