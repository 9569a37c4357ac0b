package vm

import (
	"testing"

	"github.com/hotloop/hotloop/gc"
)

// TestDeletedEntryKeepsMark checks that a deleted dict entry differs from a
// never-used one in the heap: a trace that found a name absent guards the
// entry after the last used one to be empty with payload 0
// (trace/record.go dictLookup), which a key appended there and deleted
// must fail (session 26's hunt: a method added again to an instance's
// dict was not seen).
func TestDeletedEntryKeepsMark(t *testing.T) {
	m, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	d := m.newDict()
	m.heap.PushRoot(d)
	a, b := m.intern("a"), m.intern("b")
	if err := m.dictSet(d, a, gc.Int(1)); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := m.dictDel(d, a); !ok || err != nil {
		t.Fatalf("del: %v %v", ok, err)
	}
	_, index, used, capacity, ok := m.JITDictEntry(d, "a")
	if !ok || index != -1 || used != 1 || capacity < 2 {
		t.Fatalf("JITDictEntry(a) = index %d used %d capacity %d ok %v", index, used, capacity, ok)
	}
	ents := m.dictEntries(d)
	if !ents[0].IsEmpty() || ents[0].Bits() != JITDeletedKeyBits {
		t.Errorf("deleted entry's key: tag %d payload %d, want empty with payload %d", ents[0].Tag(), ents[0].Bits(), JITDeletedKeyBits)
	}
	if !ents[2].IsEmpty() || ents[2].Bits() != 0 {
		t.Errorf("never-used entry's key: tag %d payload %d, want empty with payload 0", ents[2].Tag(), ents[2].Bits())
	}
	// The name added again goes to a later entry; lookups and iteration
	// skip the deleted one.
	if err := m.dictSet(d, a, gc.Int(2)); err != nil {
		t.Fatal(err)
	}
	if err := m.dictSet(d, b, gc.Int(3)); err != nil {
		t.Fatal(err)
	}
	if _, index, _, _, _ := m.JITDictEntry(d, "a"); index != 1 {
		t.Errorf("a added again at entry %d, want 1", index)
	}
	if keys := m.dictKeys(d); len(keys) != 2 || keys[0] != a || keys[1] != b {
		t.Errorf("keys %v", keys)
	}
}
