// helpers_test.go holds what the tests share: running wabt's wasm-validate
// and wat2wasm, compiling with wazero's compiler engine, and small module
// helpers.

package wasmgen

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/tetratelabs/wazero"
)

// wabtTool returns the path of a wabt program, skipping the test loudly
// when wabt is not installed (.ci/run installs it).
func wabtTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("SKIPPED: %s not found: install Debian's wabt package (apt-get install wabt) to check the encoder against it", name)
	}
	return p
}

// haveWabt reports whether wabt's tools are installed.
func haveWabt() bool {
	_, err := exec.LookPath("wasm-validate")
	return err == nil
}

// TestWabtInstalled is the one place that skips, loudly, when wabt is
// missing; the tests that also run wazero then skip only their wabt part.
func TestWabtInstalled(t *testing.T) {
	if !haveWabt() {
		t.Skip("SKIPPED: wabt is not installed (apt-get install wabt): modules were checked by wazero only, not by wasm-validate, and the wat2wasm comparisons did not run")
	}
}

// wasmValidate runs wasm-validate on b and returns its complaint, "" if
// the module is valid.
func wasmValidate(t testing.TB, b []byte) string {
	t.Helper()
	tool := wabtTool(t, "wasm-validate")
	path := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "--enable-tail-call", path).CombinedOutput()
	if err != nil {
		if len(out) == 0 {
			return err.Error()
		}
		return string(out)
	}
	return ""
}

// mustValidate fails the test unless wasm-validate accepts b; without
// wabt it does nothing (TestWabtInstalled reports that).
func mustValidate(t testing.TB, b []byte) {
	t.Helper()
	if !haveWabt() {
		return
	}
	if msg := wasmValidate(t, b); msg != "" {
		t.Fatalf("wasm-validate rejects the module: %s", msg)
	}
}

// wat2wasm assembles WAT text with wabt.
func wat2wasm(t testing.TB, wat string) []byte {
	t.Helper()
	tool := wabtTool(t, "wat2wasm")
	dir := t.TempDir()
	in, out := filepath.Join(dir, "m.wat"), filepath.Join(dir, "m.wasm")
	if err := os.WriteFile(in, []byte(wat), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(tool, in, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("wat2wasm: %v\n%s\n%s", err, msg, wat)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wasm2wat disassembles b with wabt.
func wasm2wat(t testing.TB, b []byte) string {
	t.Helper()
	tool := wabtTool(t, "wasm2wat")
	path := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, path).CombinedOutput()
	if err != nil {
		t.Fatalf("wasm2wat: %v\n%s", err, out)
	}
	return string(out)
}

// newRuntime returns a wazero runtime with the compiler engine, closed
// when the test ends.
func newRuntime(t testing.TB) wazero.Runtime {
	t.Helper()
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCoreFeatures(CoreFeatures))
	t.Cleanup(func() { r.Close(ctx) })
	return r
}

// mustCompile fails the test unless wazero's compiler accepts b.
func mustCompile(t testing.TB, r wazero.Runtime, b []byte) wazero.CompiledModule {
	t.Helper()
	cm, err := r.CompileModule(context.Background(), b)
	if err != nil {
		t.Fatalf("wazero rejects the module: %v", err)
	}
	return cm
}

// mustBytes encodes m, failing the test on an error.
func mustBytes(t testing.TB, m *Module) []byte {
	t.Helper()
	b, err := m.Bytes()
	if err != nil {
		t.Fatalf("Bytes: %v", err)
	}
	return b
}

// stripNames removes a trailing custom "name" section, so that a module
// can be compared with wat2wasm's output (which has none by default).
func stripNames(b []byte) []byte {
	// Walk the sections; remember where the last one starts.
	pos, last := 8, -1
	for pos < len(b) {
		start := pos
		id := b[pos]
		size, n := decodeUleb(b[pos+1:])
		if n < 0 {
			return b
		}
		body := pos + 1 + n
		if id == secCustom && bytes.HasPrefix(b[body:], append([]byte{4}, "name"...)) {
			last = start
		}
		pos = body + int(size)
	}
	if last >= 0 {
		return b[:last]
	}
	return b
}

// diffBytes describes where two encodings first differ.
func diffBytes(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(i-8, 0)
	window := func(b []byte) []byte { return b[min(lo, len(b)):min(i+12, len(b))] }
	return fmt.Sprintf("lengths %d and %d, first difference at byte %d\n got: % x\nwant: % x",
		len(got), len(want), i, window(got), window(want))
}
