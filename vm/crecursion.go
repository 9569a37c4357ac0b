// crecursion.go counts the levels CPython 3.11 adds to its recursion depth
// outside Python frames (Py_EnterRecursiveCall): a rich comparison, repr()
// and str() of an object, and a call of a one-argument builtin such as
// hash() or abs(). Recursion through __eq__ or __repr__ then fails at the
// depth CPython's does (about half or a third of a plain function's), with
// CPython's message ("maximum recursion depth exceeded in comparison").
//
// A level lowers vm.recLimit by one while it lasts, so every frame check
// (interpreter, calls from Go, the JIT's frame room) sees the combined
// depth without a second counter to compare; vm.cLevels remembers how many
// levels are open, for sys.getrecursionlimit and setrecursionlimit. Only
// the paths that call Python code open a level: a level around a builtin
// comparison could only matter in the very last frame.

package vm

import (
	"github.com/hotloop/hotloop/gc"
)

// Messages of the levels, CPython's "where" strings.
const (
	cLevelCompare = " in comparison"
	cLevelRepr    = " while getting the repr of an object"
	cLevelStr     = " while getting the str of an object"
	cLevelCall    = " while calling a Python object"
)

// enterCLevel opens a level, or raises RecursionError when the frames and
// open levels already reach the limit.
func (vm *VM) enterCLevel(where string) error {
	if vm.nframes >= vm.recLimit {
		return vm.raise("RecursionError", "maximum recursion depth exceeded%s", where)
	}
	vm.recLimit--
	vm.cLevels++
	return nil
}

// leaveCLevel closes the level enterCLevel opened.
func (vm *VM) leaveCLevel() {
	vm.recLimit++
	vm.cLevels--
}

// userRecLimit is the limit sys.setrecursionlimit set.
func (vm *VM) userRecLimit() int { return vm.recLimit + vm.cLevels }

// countCallLevel wraps the builtins CPython calls as METH_O functions (each
// call one level deep) so that a call with an instance argument, which may
// run the instance's dunder methods, opens a level.
func (vm *VM) countCallLevel(b gc.Value, names ...string) {
	for _, n := range names {
		v, ok := vm.dictGetStr(b, vm.intern(n))
		if !ok || v.Tag() != TagBuiltin {
			continue
		}
		bf := vm.heap.Side(v.Ref()).(*builtinFn)
		inner := bf.fn
		bf.fn = func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) == 0 || args[0].Tag() != TagObject {
				return inner(vm, args, kw)
			}
			if err := vm.enterCLevel(cLevelCall); err != nil {
				return vEmpty, err
			}
			r, err := inner(vm, args, kw)
			vm.leaveCLevel()
			return r, err
		}
	}
}
