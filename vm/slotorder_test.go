package vm

import "testing"

// TestTypeDictOrderStable checks that a builtin type's __dict__ lists its
// names in the same order in every VM (they used to follow Go's randomised
// map order), with the slot names in CPython's slotdefs order first.
func TestTypeDictOrderStable(t *testing.T) {
	src := "for T in (object, int, float, str, list, dict, set, tuple, bytes, type):\n    print(T.__name__, list(T.__dict__))\n"
	first, _, _ := run(t, src, false)
	for i := 0; i < 5; i++ {
		if again, _, _ := run(t, src, false); again != first {
			t.Fatalf("type dict order differs between two VMs:\n%s\n---\n%s", first, again)
		}
	}
	// int's comparison slots come in CPython's order, right after
	// __getattribute__, and before its number slots.
	out, _, _ := run(t, "names = list(int.__dict__)\nprint(names.index('__lt__') < names.index('__ge__') < names.index('__add__') < names.index('__radd__'))\nl = list(list.__dict__)\nprint(l.index('__delitem__') < l.index('__add__'))\n", false)
	if out != "True\nTrue\n" {
		t.Fatalf("slot order: got %q", out)
	}
}
