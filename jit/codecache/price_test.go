package codecache

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPrice checks the saved compile prices: none in a new directory, a
// run's prices saved as they are the first time, blended half and half
// with the saved ones after, a kind the run did not time left as it was,
// and a garbled file read as none.
func TestPrice(t *testing.T) {
	dir := t.TempDir()
	if p := ReadPrice(dir); p != (Price{}) {
		t.Fatalf("new directory: %+v, want none", p)
	}
	if err := SavePrice(dir, Price{Traces: 2, LoopFuncs: 1}); err != nil {
		t.Fatal(err)
	}
	if p := ReadPrice(dir); p != (Price{Traces: 2, LoopFuncs: 1}) {
		t.Fatalf("after one run: %+v, want {2 1}", p)
	}
	if err := SavePrice(dir, Price{Traces: 3}); err != nil {
		t.Fatal(err)
	}
	if p := ReadPrice(dir); p != (Price{Traces: 2.5, LoopFuncs: 1}) {
		t.Fatalf("after a run timing traces at 3: %+v, want {2.5 1}", p)
	}
	if err := SavePrice(dir, Price{}); err != nil {
		t.Fatal(err)
	}
	if p := ReadPrice(dir); p != (Price{Traces: 2.5, LoopFuncs: 1}) {
		t.Fatalf("after a run timing nothing: %+v, want {2.5 1}", p)
	}
	if err := os.WriteFile(filepath.Join(dir, priceFile), []byte("traces x\nloopfuncs -2\nnoise\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p := ReadPrice(dir); p != (Price{}) {
		t.Fatalf("garbled file: %+v, want none", p)
	}
	if p := ReadPrice(""); p != (Price{}) {
		t.Fatalf("no directory: %+v, want none", p)
	}
}
