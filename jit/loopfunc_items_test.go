// loopfunc_items_test.go checks the constant registers of loop
// functions (loopfunc_const.go): fannkuch's `1` and `0`, loaded before
// its loops, are constants; a register set to different constants on two
// paths, a parameter and a register the loops write are not; and the
// item facts (loopfunc_items.go) under aliasing give the interpreter's
// results.

package jit

import (
	"maps"
	"slices"
	"testing"
)

// loopFuncConsts returns the constants of the plan of the function
// named name that j compiled.
func loopFuncConsts(t *testing.T, j *JIT, name string) map[int]int64 {
	t.Helper()
	if j.lfuncs == nil {
		t.Fatalf("no loop functions")
	}
	for code, lf := range j.lfuncs.byCode {
		if code.Name == name && lf.plan != nil {
			return lf.plan.konst
		}
	}
	t.Fatalf("no loop function %s", name)
	return nil
}

// TestLoopFuncConsts: the constants found, and programs whose registers
// look constant at one entry but are not.
func TestLoopFuncConsts(t *testing.T) {
	for i, j := range loopFuncRun(t, loopFannkuchSrc, 1, 7) {
		k := loopFuncConsts(t, j, "fannkuch")
		vals := slices.Sorted(maps.Values(k))
		if !slices.Equal(vals, []int64{0, 1}) {
			t.Fatalf("run %d: fannkuch's constants %v, want the registers of 0 and 1", i, k)
		}
	}
	src := `
def paths(flag, n, step):
    if flag:
        d = 1
    else:
        d = 2
    s = 0
    for rep in range(3):
        i = 0
        while i < n:
            s = s * 3 + d + step
            s %= 1000003
            i += 1
    return s

for flag in (True, False, True):
    for step in (1, 5, -7):
        print(paths(flag, 200, step))
`
	for i, j := range loopFuncRun(t, src, 1, 7) {
		k := loopFuncConsts(t, j, "paths")
		// only the loops' own constants (3, 1000003 and 1, loaded
		// before the loops) qualify: d has two values (1 or 2), n and
		// step are parameters
		vals := slices.Sorted(maps.Values(k))
		if !slices.Equal(vals, []int64{1, 3, 1000003}) {
			t.Fatalf("run %d: constants %v, want the registers of 1, 3 and 1000003", i, k)
		}
	}
}

// TestLoopFuncItemAliases: one list under two names, bools stored where
// ints were read, the same item read, written and read again.
func TestLoopFuncItemAliases(t *testing.T) {
	src := `
def mix(a, b, n):
    s = 0
    for rep in range(n):
        i = 0
        while i < len(a):
            x = a[i]
            b[i] = x % 2 == 0
            y = a[i]
            b[i] = x + y
            a[i] -= 1
            s = (s * 7 + a[i] + b[i]) % 1000003
            i += 1
    return s

l = list(range(30))
print(mix(l, l, 20), l[:5])
m = list(range(30))
print(mix(l, m, 20), m[:5])
`
	loopFuncRun(t, src, 1, 7)
}
