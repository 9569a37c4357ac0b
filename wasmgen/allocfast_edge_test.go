package wasmgen

import (
	"testing"

	"github.com/hotloop/hotloop/gc"
)

// TestAllocFastSlowBranchesAlone checks that the inline allocator's
// three branches to its slow path (an empty small list, a large block
// too small, a bump past the memory's end) each name a block no other
// br_if names, so that wazero has no critical edge to split and fuses
// each compare into its jump (docs/jit.md "Branches that share a target
// (session 29)"). With the three br_ifs naming the slow path's block
// itself, it fails. TestAllocFastMatchesHeapAlloc checks what the
// allocator does.
func TestAllocFastSlowBranchesAlone(t *testing.T) {
	m := NewModule()
	slow := m.ImportFunc("rt", RuntimeAlloc, Sig([]ValType{I32, I32, I32}, I32))
	m.ImportMemory(gc.ModuleName, gc.MemoryName, Limits{Min: 0})
	m.ExportFunc(AllocFastName, emitAllocFast(m, slow))
	bin, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	checkBrIfsAlone(t, watAll(t, bin), 4)
}
