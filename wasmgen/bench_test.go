// bench_test.go measures what a trace costs to turn into running code:
// encoding a module with wasmgen, and wazero compiling and instantiating
// it, for trace-shaped bodies of 100, 1,000 and 5,000 instructions (a loop
// of loads and arithmetic with a br_if guard to one shared exit block
// every ~20 instructions). docs/wasmgen.md records the medians.

package wasmgen

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"testing"

	"github.com/tetratelabs/wazero"
)

var benchSizes = []int{100, 1000, 5000}

// benchTrace builds a trace module of about n instructions that imports
// the heap's memory and table and installs itself into slot 3.
func benchTrace(n int) *Module { return benchTraceStyle(n, guardValue) }

// Guard shapes compared by BenchmarkGuardStyles.
const (
	guardValue   = iota // i32.const k; cond; br_if $exit; drop (the exit number is the block's result)
	guardLocal          // cond; if; i32.const k; local.set $e; br $exit; end
	guardSetBrIf        // i32.const k; local.set $e; cond; br_if $exit
)

func benchTraceStyle(n, style int) *Module {
	m := traceModule("trace_00000000")
	f := m.NewFunc("trace", traceSig)
	acc, x, e := f.Local(I64), f.Local(F64), f.Local(I32)
	exit := f.Block(I32) // shared exit
	if style != guardValue {
		f.Block()
	}
	f.Loop()
	for k := 0; f.Len() < n-16; k++ {
		if k%4 == 3 {
			// guard: exit k if acc went negative
			switch style {
			case guardValue:
				f.I32Const(int32(k))
				f.LocalGet(acc)
				f.I64Const(0)
				f.I64LtS()
				f.BrIf(f.LabelDepth(exit))
				f.Drop()
			case guardLocal:
				f.LocalGet(acc)
				f.I64Const(0)
				f.I64LtS()
				f.If()
				f.I32Const(int32(k))
				f.LocalSet(e)
				f.Br(2)
				f.End()
			case guardSetBrIf:
				f.I32Const(int32(k))
				f.LocalSet(e)
				f.LocalGet(acc)
				f.I64Const(0)
				f.I64LtS()
				f.BrIf(1)
			}
			continue
		}
		f.LocalGet(0)
		f.I64Load(uint32(16 * k % 4096))
		f.LocalGet(acc)
		f.I64Add()
		f.LocalSet(acc)
		f.LocalGet(x)
		f.LocalGet(0)
		f.F64Load(uint32(16*k%4096 + 8))
		f.F64Mul()
		f.LocalSet(x)
	}
	// back-edge: poll a word of the frame, loop while it is zero
	f.LocalGet(0)
	f.I32Load(0)
	f.I32Eqz()
	f.BrIf(0)
	f.End()
	if style != guardValue {
		f.I32Const(-1)
		f.Br(1)
		f.End()
		f.LocalGet(e)
	} else {
		f.I32Const(-1)
	}
	f.End()
	m.Elem(ConstI32(3), f.Index())
	return m
}

func BenchmarkEncode(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var size int
			for b.Loop() {
				out, err := benchTrace(n).Bytes()
				if err != nil {
					b.Fatal(err)
				}
				size = len(out)
			}
			b.ReportMetric(float64(size), "bytes")
		})
	}
}

// BenchmarkCompileInstantiate compiles and instantiates a fresh module
// (its name patched so that wazero's cache never hits), then closes it.
func BenchmarkCompileInstantiate(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchCompile(b, n, guardValue) })
	}
}

// BenchmarkGuardStyles compares wazero's compile time for three shapes of
// the guard exits, at 5,000 instructions (about 280 guards).
func BenchmarkGuardStyles(b *testing.B) {
	for _, st := range []struct {
		name  string
		style int
	}{{"value", guardValue}, {"if-local", guardLocal}, {"set-brif", guardSetBrIf}} {
		b.Run(st.name, func(b *testing.B) { benchCompile(b, 5000, st.style) })
	}
}

// benchCompile measures compiling and instantiating a fresh trace module
// of n instructions with the given guard style, then closing both.
func benchCompile(b *testing.B, n, style int) {
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCoreFeatures(CoreFeatures))
	defer r.Close(ctx)
	if _, err := r.InstantiateWithConfig(ctx, heapModule(b), wazero.NewModuleConfig().WithName("heap")); err != nil {
		b.Fatal(err)
	}
	m := benchTraceStyle(n, style)
	wasm, err := m.Bytes()
	if err != nil {
		b.Fatal(err)
	}
	if f := m.funcs[0]; f.Len() < n-20 || f.Len() > n+20 {
		b.Fatalf("body has %d instructions, want about %d", f.Len(), n)
	}
	name := bytes.Index(wasm, []byte("trace_00000000"))
	cfg := wazero.NewModuleConfig().WithName("").WithRandSource(rand.New(rand.NewSource(1)))
	i := 0
	for b.Loop() {
		i++
		copy(wasm[name+6:], fmt.Sprintf("%08d", i))
		cm, err := r.CompileModule(ctx, wasm)
		if err != nil {
			b.Fatal(err)
		}
		mod, err := r.InstantiateModule(ctx, cm, cfg)
		if err != nil {
			b.Fatal(err)
		}
		mod.Close(ctx)
		cm.Close(ctx)
	}
}

// BenchmarkInstantiate instantiates an already compiled trace module and
// closes the instance: the part of the cost paid again for each instance.
func BenchmarkInstantiate(b *testing.B) {
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCoreFeatures(CoreFeatures))
	defer r.Close(ctx)
	if _, err := r.InstantiateWithConfig(ctx, heapModule(b), wazero.NewModuleConfig().WithName("heap")); err != nil {
		b.Fatal(err)
	}
	wasm, err := benchTrace(1000).Bytes()
	if err != nil {
		b.Fatal(err)
	}
	cm, err := r.CompileModule(ctx, wasm)
	if err != nil {
		b.Fatal(err)
	}
	cfg := wazero.NewModuleConfig().WithName("").WithRandSource(rand.New(rand.NewSource(1)))
	for b.Loop() {
		mod, err := r.InstantiateModule(ctx, cm, cfg)
		if err != nil {
			b.Fatal(err)
		}
		mod.Close(ctx)
	}
}
