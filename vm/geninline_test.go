// geninline_test.go tests generators resumed by for loops inside the
// running interpreter loop (geninline.go): that they do not nest run, and
// that what a program sees (values, return, PEP 479, exception state,
// later next() calls, recursion limit) is CPython's, also when the
// collector runs at every safepoint.

package vm

import "testing"

// depthHook records the run nesting depth at each hot-loop report.
type depthHook struct{ depths []int }

func (h *depthHook) LoopHot(m *VM, f *Frame, pc int) (int, bool) {
	h.depths = append(h.depths, m.JITRunDepth())
	return 0, false
}

// TestGenForLoopSameRun checks that a for loop over a generator runs the
// generator's frame in its own run: the loop inside the generator body
// reports hot at run depth 1 (genStep would make it 2).
func TestGenForLoopSameRun(t *testing.T) {
	src := `
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
t = 0
for x in gen(50):
    t += x
print(t)
`
	h := &depthHook{}
	out, _, _ := runConfig(t, src, Config{Hook: h, HookThreshold: 10})
	if out != "1225\n" {
		t.Fatalf("output %q, want 1225", out)
	}
	if len(h.depths) == 0 {
		t.Fatal("no hot loop reported")
	}
	for _, d := range h.depths {
		if d != 1 {
			t.Fatalf("hot loop reported at run depth %d, want 1 (depths %v)", d, h.depths)
		}
	}
}

// TestGenForLoopSemantics runs generator edge cases through for loops,
// with and without GC stress; the expected output is CPython 3.11's.
func TestGenForLoopSemantics(t *testing.T) {
	src := `import sys
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "r"
def bad():
    yield 1
    raise StopIteration
def exc_seen():
    yield sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
t = 0
for x in gen(300):
    t += x
print(t)
try:
    for x in bad():
        pass
except RuntimeError as e:
    print(e, repr(e.__cause__))
try:
    raise ValueError
except ValueError:
    for x in exc_seen():
        print(x, sys.exc_info()[0])
g = gen(5)
for x in g:
    if x == 2:
        break
print(next(g), list(g))
def rec(n):
    yield n
    for x in rec(n + 1):
        yield x
sys.setrecursionlimit(150)
m = 0
try:
    for m in rec(0):
        pass
except RecursionError as e:
    print(e, m > 100)
`
	want := `44850
generator raised StopIteration StopIteration()
<class 'ValueError'> <class 'ValueError'>
<class 'KeyError'> <class 'ValueError'>
<class 'ValueError'> <class 'ValueError'>
3 [4]
maximum recursion depth exceeded True
`
	for _, stress := range []bool{false, true} {
		out, errs, code := run(t, src, stress)
		if out != want || errs != "" || code != 0 {
			t.Errorf("stress %v: got %q (stderr %q, exit %d), want %q", stress, out, errs, code, want)
		}
	}
}
