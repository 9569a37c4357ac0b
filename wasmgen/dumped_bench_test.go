// dumped_bench_test.go measures wazero's compile of real trace modules:
// the trace_N.wasm files `hotloop --jit-dump=DIR` writes. Set
// HOTLOOP_WASM_DIR to a directory (searched recursively) and run
//
//	go test -run XXX -bench DumpedTraces -cpuprofile /tmp/cpu.out ./wasmgen
//
// to learn what drives the cost of compiling the traces the benchmarks
// make (docs/jit.md "What a compile costs"). Without the variable the
// benchmark is skipped. Besides wall time it reports process CPU time
// (user + sys, GC included) per module, steadier on a shared machine,
// and the mean of each module's least thread CPU time (min-thread-µs), the
// steadiest figure under load.

//go:build unix

package wasmgen

import (
	"context"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
)

// dumpedModules reads every .wasm file under dir, sorted by path.
func dumpedModules(tb testing.TB, dir string) (names []string, mods [][]byte) {
	tb.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".wasm") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		names = append(names, p)
		mods = append(mods, b)
		return nil
	})
	if err != nil {
		tb.Fatalf("reading dumped modules: %v", err)
	}
	idx := make([]int, len(names))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return names[idx[a]] < names[idx[b]] })
	sn, sm := make([]string, len(idx)), make([][]byte, len(idx))
	for i, k := range idx {
		sn[i], sm[i] = names[k], mods[k]
	}
	return sn, sm
}

// uniqueModule appends a custom section holding n to wasm, so that
// wazero's cache (keyed by the module's bytes) never hits.
func uniqueModule(wasm []byte, n uint64) []byte {
	out := append([]byte{}, wasm...)
	// section id 0, size 6: name "n" (length 1), then 4 bytes of n
	out = append(out, 0, 6, 1, 'n')
	return binary.LittleEndian.AppendUint32(out, uint32(n))
}

// BenchmarkDumpedTraces compiles (CompileModule, then Close) every module
// under HOTLOOP_WASM_DIR once per iteration and reports the time per
// module and per KiB of wasm, and the mean over modules of each one's
// fastest compile (min-µs/module: the least disturbed by other load);
// HOTLOOP_WASM_LIST=1 logs each module's.
func BenchmarkDumpedTraces(b *testing.B) {
	dir := os.Getenv("HOTLOOP_WASM_DIR")
	if dir == "" {
		b.Skip("HOTLOOP_WASM_DIR not set")
	}
	names, mods := dumpedModules(b, dir)
	if len(mods) == 0 {
		b.Fatalf("no .wasm files under %s", dir)
	}
	total := 0
	for _, m := range mods {
		total += len(m)
	}
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCoreFeatures(CoreFeatures))
	defer r.Close(ctx)
	var n uint64
	best := make([]time.Duration, len(mods))
	bestThread := make([]time.Duration, len(mods))
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu0 := processCPU()
	for b.Loop() {
		for i, m := range mods {
			n++
			u := uniqueModule(m, n)
			t0, c0 := time.Now(), threadCPU()
			cm, err := r.CompileModule(ctx, u)
			if err != nil {
				b.Fatal(err)
			}
			c := threadCPU() - c0
			if d := time.Since(t0); best[i] == 0 || d < best[i] {
				best[i] = d
			}
			if bestThread[i] == 0 || c < bestThread[i] {
				bestThread[i] = c
			}
			cm.Close(ctx)
		}
	}
	var sum, sumThread time.Duration
	for i, d := range best {
		sum += d
		sumThread += bestThread[i]
		if os.Getenv("HOTLOOP_WASM_LIST") != "" {
			fmt.Fprintf(os.Stderr, "%s %d bytes %.0f µs %.0f thread-µs\n", names[i], len(mods[i]), float64(d.Nanoseconds())/1e3, float64(bestThread[i].Nanoseconds())/1e3)
		}
	}
	b.ReportMetric(float64(sum.Nanoseconds())/float64(len(mods))/1e3, "min-µs/module")
	b.ReportMetric(float64(sumThread.Nanoseconds())/float64(len(mods))/1e3, "min-thread-µs/module")
	cpu := processCPU() - cpu0
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(len(mods))/1e3, "cpu-µs/module")
	per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(per/float64(len(mods))/1e3, "µs/module")
	b.ReportMetric(per/float64(total)*1024/1e3, "µs/KiB")
	b.ReportMetric(float64(len(mods)), "modules")
	b.ReportMetric(float64(total)/float64(len(mods)), "bytes/module")
}

// processCPU returns the process's user + system CPU time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
