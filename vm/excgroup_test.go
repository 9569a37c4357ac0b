// excgroup_test.go tests exception groups end to end (except* matching,
// the re-raise of what the clauses leave, split by predicate, the boxed
// report of an uncaught group; expected texts are CPython 3.11.7's) and
// the traceback sharing that tells a re-raised part from a new exception.

package vm

import (
	"testing"

	"github.com/hotloop/hotloop/gc"
)

func TestExceptStar(t *testing.T) {
	src := `try:
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
except* ValueError as e:
    print(repr(e))
except* TypeError as e:
    print(repr(e))
try:
    raise KeyError("k")
except* KeyError as e:
    print(repr(e))
m, r = ExceptionGroup("x", [ValueError(1), TypeError(2)]).split(lambda e: isinstance(e, TypeError))
print(repr(m), repr(r), m.__suppress_context__)
`
	want := `ExceptionGroup('eg', [ValueError(1), ExceptionGroup('in', [ValueError(3)])])
ExceptionGroup('eg', [ExceptionGroup('in', [TypeError(2)])])
ExceptionGroup('', (KeyError('k'),))
ExceptionGroup('x', [TypeError(2)]) ExceptionGroup('x', [ValueError(1)]) True
`
	for _, stress := range []bool{false, true} {
		out, errs, code := run(t, src, stress)
		if out != want || code != 0 {
			t.Errorf("stress %v: got %q (exit %d, stderr %q)\nwant %q", stress, out, code, errs, want)
		}
	}
}

func TestUncaughtGroupReport(t *testing.T) {
	src := `def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("r")
    except* TypeError:
        raise
f()
`
	want := `  + Exception Group Traceback (most recent call last):
  |   File "t.py", line 8, in <module>
  |     f()
  | ExceptionGroup:  (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "t.py", line 3, in f
    |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    | ExceptionGroup: eg (1 sub-exception)
    +-+---------------- 1 ----------------
      | ValueError: 1
      +------------------------------------
    | 
    | During handling of the above exception, another exception occurred:
    | 
    | Traceback (most recent call last):
    |   File "t.py", line 5, in f
    |     raise RuntimeError("r")
    | RuntimeError: r
    +---------------- 2 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "t.py", line 3, in f
    |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    | ExceptionGroup: eg (2 sub-exceptions)
    +-+---------------- 1 ----------------
      | TypeError: 2
      +---------------- 2 ----------------
      | KeyError: 3
      +------------------------------------
`
	for _, stress := range []bool{false, true} {
		out, errs, code := run(t, src, stress)
		if errs != want || code != 1 || out != "" {
			t.Errorf("stress %v: exit %d, stdout %q, stderr:\n%s\nwant:\n%s", stress, code, out, errs, want)
		}
	}
}

// TestSameExcMetadata checks that a part made by split shares its
// group's traceback until an entry is added to either.
func TestSameExcMetadata(t *testing.T) {
	m, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	vm := m
	g, err := vm.callType(vm.excTypes["ExceptionGroup"], []gc.Value{vm.newStr("g"), vm.newTuple([]gc.Value{vm.newExc("ValueError"), vm.newExc("TypeError")})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ci := &codeInfo{}
	vm.addTraceback(g, ci, 0)
	vm.addTraceback(g, ci, 1)
	match, rest, err := vm.egSplit(g, &egMatcher{val: vm.excTypes["ValueError"].Value()}, true)
	if err != nil {
		t.Fatal(err)
	}
	if match.IsEmpty() || rest.IsEmpty() {
		t.Fatal("split lost a part")
	}
	if !vm.sameExcMetadata(match, g) || !vm.sameExcMetadata(rest, g) {
		t.Error("a part of a split does not share the group's traceback")
	}
	vm.addTraceback(match, ci, 2)
	if vm.sameExcMetadata(match, g) {
		t.Error("a part raised again still looks re-raised")
	}
	if !vm.sameExcMetadata(rest, g) {
		t.Error("an entry added to one part changed the other")
	}
	vm.setSlot(rest.Ref(), excContextSlot, vm.newExc("KeyError"))
	if vm.sameExcMetadata(rest, g) {
		t.Error("a different context still looks the same")
	}
}
