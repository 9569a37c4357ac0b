// setup_bench_test.go measures the wasm runtime set-up a run pays at its
// first compile (jit.wasmUp: the table and runtime modules, then the hop
// dispatcher), for docs/jit.md "What a compile costs".

package jit

import (
	"testing"

	"github.com/hotloop/hotloop/vm"
)

func BenchmarkRuntimeSetUp(b *testing.B) {
	for _, part := range []string{"runtime", "hops"} {
		b.Run(part, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				m, err := vm.New(vm.Config{Args: []string{""}})
				if err != nil {
					b.Fatal(err)
				}
				j := New(Config{})
				j.setupLinks(m)
				if part == "hops" {
					if j.w, err = newWasmRuntime(m.JITHeap(), j.cfg.MaxModules, m.JITFloatPow); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				if part == "hops" {
					j.setupHops(m)
				} else if _, err := newWasmRuntime(m.JITHeap(), j.cfg.MaxModules, m.JITFloatPow); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				m.Close()
				b.StartTimer()
			}
		})
	}
}
