// batch_bench_test.go measures what compiling several trace functions in
// one wasm module would save against one module each (the brief of
// session 24's onetree helper: "fewer modules"). The functions are
// trace-shaped: guards (a load, a compare, a br_if to an exit block) in a
// loop, exit blocks that store the values loaded so far, and the imports
// and exports of a slot-free trace module. Run
//
//	go test -run XXX -bench BatchedTraces ./wasmgen
//
// and compare the per-function thread CPU of "modules" (one module per
// function) with "batched" (all functions in one module); "empty" is the
// fixed part of a module alone (one trivial function).

//go:build unix

package wasmgen

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
)

// traceShapedFunc adds to m a function of about 7*guards+20*exits wasm
// instructions shaped like a lowered trace, exported as name.
func traceShapedFunc(m *Module, name string, guards, exits int, seed int64) {
	f := m.NewFunc(name, Sig([]ValType{I32, I32}, I32))
	vals := make([]uint32, guards)
	for i := range vals {
		vals[i] = f.Local(I64)
	}
	for range exits {
		f.Block()
	}
	f.Loop()
	per := max(guards/exits, 1)
	for i := range guards {
		f.LocalGet(0)
		f.I64Load(uint32(8 * (i % 64)))
		f.LocalSet(vals[i])
		f.LocalGet(vals[i])
		f.I64Const(seed + int64(i))
		f.I64Ne()
		f.BrIf(uint32(1 + min(i/per, exits-1)))
	}
	f.LocalGet(1)
	f.BrIf(0)
	f.End() // loop
	f.I32Const(0)
	f.Return()
	for e := range exits {
		f.End() // exit block e
		upto := min((e+1)*per, guards)
		for k := max(upto-4, 0); k < upto; k++ {
			f.LocalGet(0)
			f.LocalGet(vals[k])
			f.I64Store(uint32(8 * (k % 64)))
		}
		f.I32Const(int32(e + 1))
		f.Return()
	}
	f.I32Const(-1)
	if err := f.Finish(); err != nil {
		panic(err)
	}
	m.ExportFunc(name, f.Index())
}

// traceShapedModule returns a module of n trace-shaped functions with a
// slot-free trace module's imports (the heap's memory, the table) and
// globals.
func traceShapedModule(n, guards, exits int, seed int64) []byte {
	m := NewModule()
	m.ImportMemory("hotloop", "heap", Limits{})
	m.ImportTable("hotloop_jit", "table", Limits{Min: 64})
	for i := range n {
		traceShapedFunc(m, fmt.Sprintf("trace%d", i), guards, exits, seed+int64(1000*i))
	}
	g := m.Global(I32, true, ConstI32(0))
	m.ExportGlobal("slot_code", g)
	b, err := m.Bytes()
	if err != nil {
		panic(err)
	}
	return b
}

// compileTimer returns a function that compiles each of its modules in
// r, each under a name of its own (uniqueModule: wazero would otherwise
// return the module it compiled before), closes them, and returns the
// thread CPU the compiles took.
func compileTimer(ctx context.Context, b *testing.B, r wazero.Runtime) func(bins [][]byte) time.Duration {
	var seq uint64
	return func(bins [][]byte) time.Duration {
		t0 := threadCPU()
		for _, bin := range bins {
			seq++
			cm, err := r.CompileModule(ctx, uniqueModule(bin, seq))
			if err != nil {
				b.Fatal(err)
			}
			cm.Close(ctx)
		}
		return threadCPU() - t0
	}
}

// BenchmarkBatchedTraces compiles the same eight trace-shaped functions
// as eight modules and as one module, and reports each way's least
// thread CPU per function over the iterations.
func BenchmarkBatchedTraces(b *testing.B) {
	const n, guards, exits = 8, 50, 8
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCoreFeatures(CoreFeatures))
	defer r.Close(ctx)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	singles := make([][]byte, n)
	empties := make([][]byte, n)
	for i := range singles {
		singles[i] = traceShapedModule(1, guards, exits, int64(1000*i))
		empties[i] = traceShapedModule(1, 1, 1, int64(1000*i))
	}
	batched := traceShapedModule(n, guards, exits, 0)
	compile := compileTimer(ctx, b, r)
	// Each module's least time, summed, against the batched module's
	// least: a sum of minima is not raised by the noise that a minimum of
	// sums would keep.
	single, empty := make([]time.Duration, n), make([]time.Duration, n)
	var one time.Duration
	for b.Loop() {
		for i := range singles {
			if d := compile(singles[i : i+1]); single[i] == 0 || d < single[i] {
				single[i] = d
			}
			if d := compile(empties[i : i+1]); empty[i] == 0 || d < empty[i] {
				empty[i] = d
			}
		}
		if d := compile([][]byte{batched}); one == 0 || d < one {
			one = d
		}
	}
	var sum, sumEmpty time.Duration
	for i := range single {
		sum += single[i]
		sumEmpty += empty[i]
	}
	b.ReportMetric(float64(sum.Microseconds())/n, "modules-µs/func")
	b.ReportMetric(float64(one.Microseconds())/n, "batched-µs/func")
	b.ReportMetric(float64(sumEmpty.Microseconds())/n, "empty-µs/module")
	b.ReportMetric(float64(len(singles[0])), "bytes/func")
}

// readUleb reads an unsigned LEB128 number from b at i.
func readUleb(b []byte, i int) (uint64, int) {
	var v uint64
	for shift := 0; ; shift += 7 {
		c := b[i]
		i++
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, i
		}
	}
}

// wasmSections splits a module's bytes into its sections by id (the
// last one of each id; custom sections dropped).
func wasmSections(bin []byte) map[byte][]byte {
	secs := map[byte][]byte{}
	for i := 8; i < len(bin); {
		id := bin[i]
		n, j := readUleb(bin, i+1)
		if id != 0 {
			secs[id] = bin[j : j+int(n)]
		}
		i = j + int(n)
	}
	return secs
}

// mergeTraceModules joins slot-free trace modules (one function each,
// type 0, the same imports) into one module of their functions,
// exported as f0, f1, ...: the first module's types, imports and
// globals, every module's function body. Only for measuring compiles:
// the functions share the first module's globals.
func mergeTraceModules(bins [][]byte) []byte {
	first := wasmSections(bins[0])
	var bodies []byte
	for _, bin := range bins {
		code := wasmSections(bin)[10]
		_, j := readUleb(code, 0) // the count, 1
		bodies = append(bodies, code[j:]...)
	}
	section := func(out []byte, id byte, payload []byte) []byte {
		out = append(out, id)
		out = AppendUleb128(out, uint64(len(payload)))
		return append(out, payload...)
	}
	var fn, exp, code []byte
	fn = AppendUleb128(fn, uint64(len(bins)))
	exp = AppendUleb128(exp, uint64(len(bins)))
	for i := range bins {
		fn = append(fn, 0)
		name := fmt.Sprintf("f%d", i)
		exp = AppendUleb128(exp, uint64(len(name)))
		exp = append(exp, name...)
		exp = append(exp, 0) // a function
		exp = AppendUleb128(exp, uint64(i))
	}
	code = AppendUleb128(code, uint64(len(bins)))
	code = append(code, bodies...)
	out := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	out = section(out, 1, first[1])
	out = section(out, 2, first[2])
	out = section(out, 3, fn)
	if g, ok := first[6]; ok {
		out = section(out, 6, g)
	}
	out = section(out, 7, exp)
	return section(out, 10, code)
}

// BenchmarkBatchedDumped compiles the trace modules under
// HOTLOOP_WASM_DIR whose names match HOTLOOP_WASM_MATCH (default: all)
// one module each and all in one module (mergeTraceModules), and reports
// each way's least thread CPU per function.
func BenchmarkBatchedDumped(b *testing.B) {
	dir := os.Getenv("HOTLOOP_WASM_DIR")
	if dir == "" {
		b.Skip("HOTLOOP_WASM_DIR not set")
	}
	names, mods := dumpedModules(b, dir)
	var bins [][]byte
	for i, name := range names {
		if ok, _ := filepath.Match(os.Getenv("HOTLOOP_WASM_MATCH"), filepath.Base(name)); ok || os.Getenv("HOTLOOP_WASM_MATCH") == "" {
			bins = append(bins, mods[i])
		}
	}
	if len(bins) == 0 {
		b.Skip("no modules")
	}
	// Only modules with the first one's types and imports merge.
	first := wasmSections(bins[0])
	same := bins[:0]
	for _, bin := range bins {
		if s := wasmSections(bin); string(s[1]) == string(first[1]) && string(s[2]) == string(first[2]) {
			same = append(same, bin)
		}
	}
	bins = same
	if len(bins) == 0 {
		b.Skip("no modules")
	}
	merged := mergeTraceModules(bins)
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCoreFeatures(CoreFeatures))
	defer r.Close(ctx)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	compile := compileTimer(ctx, b, r)
	// Each module's least time, summed, against the merged module's
	// least: a sum of minima is not raised by the noise that a minimum of
	// sums would keep.
	single := make([]time.Duration, len(bins))
	var batched time.Duration
	for b.Loop() {
		for i, bin := range bins {
			if d := compile([][]byte{bin}); single[i] == 0 || d < single[i] {
				single[i] = d
			}
		}
		if d := compile([][]byte{merged}); batched == 0 || d < batched {
			batched = d
		}
	}
	var sum time.Duration
	for _, d := range single {
		sum += d
	}
	n := float64(len(bins))
	b.ReportMetric(float64(sum.Microseconds())/n, "modules-µs/func")
	b.ReportMetric(float64(batched.Microseconds())/n, "batched-µs/func")
	b.ReportMetric(n, "funcs")
}
