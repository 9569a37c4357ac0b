package syntax

import (
	"os"
	"runtime"
	"testing"
)

// TestParseAllocBytes bounds the Go memory one parse of the bundled
// collections package allocates: importing it parses three such modules,
// and their garbage was most of the import's peak memory (docs/memory.md,
// "The memory an import costs (session 29)"). The parse allocated 3.1 MB
// with a hash map for the memo table and a token array grown from a
// 6-bytes-a-token guess; it allocates 1.2 MB now.
func TestParseAllocBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("measures allocation")
	}
	raw, err := os.ReadFile("../lib/collections/__init__.py")
	if err != nil {
		t.Fatal(err)
	}
	const runs = 5
	const limit = 1_800_000 // bytes a parse, with margin
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range runs {
		if _, err := ParseFile("__init__.py", raw); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	perParse := (after.TotalAlloc - before.TotalAlloc) / runs
	t.Logf("one parse of collections/__init__.py allocates %d bytes", perParse)
	if perParse > limit {
		t.Errorf("parsing collections/__init__.py allocates %d bytes, want at most %d", perParse, limit)
	}
}
