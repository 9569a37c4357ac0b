package wasmgen

import (
	"strings"
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
	bin := allocFastModule(t)
	checkBrIfsAlone(t, watAll(t, bin), 4)
}

// TestAllocFastNoNegatedCompare checks that no compare in the inline
// allocator is negated by an i32.eqz before its branch: wazero does not
// fuse the inner compare (i64.eqz under i32.eqz: setcc, movzx and a
// second compare before the jump; docs/jit.md "Combined compares
// (session 29)"). It fails with the free-list test written as
// `i64.eqz; i32.eqz; if`.
func TestAllocFastNoNegatedCompare(t *testing.T) {
	bin := allocFastModule(t)
	prev := ""
	for _, line := range strings.Split(watAll(t, bin), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if f[0] == "i32.eqz" && isCompareOp(prev) {
			t.Errorf("%s negated by i32.eqz", prev)
		}
		prev = f[0]
	}
}

// isCompareOp reports whether a wat instruction name is an integer
// compare (an i32 result wazero can fuse into a branch).
func isCompareOp(name string) bool {
	for _, p := range []string{"i32.", "i64."} {
		switch strings.TrimPrefix(name, p) {
		case "eqz", "eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u":
			return strings.HasPrefix(name, p)
		}
	}
	return false
}

// allocFastModule encodes a module that imports the heap's memory and the
// slow-path allocator and exports the inline allocator alone.
func allocFastModule(t *testing.T) []byte {
	t.Helper()
	m := NewModule()
	slow := m.ImportFunc("rt", RuntimeAlloc, Sig([]ValType{I32, I32, I32}, I32))
	m.ImportMemory(gc.ModuleName, gc.MemoryName, Limits{Min: 0})
	m.ExportFunc(AllocFastName, emitAllocFast(m, slow))
	bin, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}
