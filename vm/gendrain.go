// gendrain.go holds the drain of a generator by a builtin (sum, min, max,
// any, all, list(), tuple(), sorted(), str.join, set() and set.update,
// dict() and dict.update, `x in gen`).
//
// Resuming a generator from Go costs a frame push, a copy of its registers
// in, an entry into run, and a copy out and a frame pop at the yield: that
// fixed cost was most of `sum(x % 7 for x in r)`. A drain instead resumes
// the generator once and lets it run: YIELDVALUE in the drained frame hands
// the value to the consumer's fast step (genDrain.take) and goes on with the
// next instruction, the frame staying pushed. A fast step is pure Go: it
// runs no Python code and so cannot observe that the generator frame is
// still on the stack (no frames above it, no exc_info, no re-entry into
// the generator). An item the fast step does not take (an instance with
// __add__, __bool__, __eq__...) suspends the generator at that yield as
// usual and goes to the consumer's full step, in Go, with the generator
// suspended exactly as CPython's would be; the drain then resumes it again.
// docs/vm.md ("Builtins that drain generators") has the numbers.

package vm

import "github.com/hotloop/hotloop/gc"

// drainStep is what a drain's fast step did with an item.
type drainStep uint8

const (
	drainSlow drainStep = iota // not taken: suspend, give it to the full step
	drainMore                  // taken; continue the generator
	drainStop                  // taken; the consumer wants no more items
)

// genDrain is the drain in progress (vm.drain while the generator runs).
type genDrain struct {
	gen  gc.Value
	fast func(x gc.Value) (drainStep, error)
	// done is set when the fast step stopped the drain (drainStop or an
	// error, kept in err); the generator is then suspended at the yield
	// whose item was taken.
	done bool
	err  error
}

// take gives x, yielded by the drained generator, to the fast step and
// reports whether the generator goes on running (the item was taken);
// false suspends the generator at this yield.
func (d *genDrain) take(x gc.Value) bool {
	st, err := d.fast(x)
	switch {
	case err != nil:
		d.done, d.err = true, err
	case st == drainMore:
		return true
	case st == drainStop:
		d.done = true
	}
	return false
}

// iterateFast is iterate with a fast step for generators: fast gets each
// item first and must run no Python code; an item it leaves (drainSlow)
// goes to f. For other iterables f gets every item.
func (vm *VM) iterateFast(v gc.Value, fast func(x gc.Value) (drainStep, error), f func(x gc.Value) (bool, error)) error {
	if fast == nil || !vm.isPlainGen(v) {
		return vm.iterate(v, f)
	}
	return vm.drainGen(v, fast, f)
}

// isPlainGen reports whether v is a generator object that is not a
// coroutine or an async generator (which are not iterable).
func (vm *VM) isPlainGen(v gc.Value) bool {
	return vm.isGenerator(v) && vm.rawU64(v.Ref(), genNumSlots, genRawPlain) == 1
}

// drainGen runs generator g, giving each item to fast inside the
// interpreter loop and the ones fast leaves to f.
func (vm *VM) drainGen(g gc.Value, fast func(x gc.Value) (drainStep, error), f func(x gc.Value) (bool, error)) error {
	d := genDrain{gen: g, fast: fast}
	outer := vm.drain
	defer func() { vm.drain = outer }()
	for {
		vm.drain = &d
		x, done, err := vm.genResume(g, vNone)
		vm.drain = outer
		if err != nil || done {
			return err
		}
		if d.done {
			return d.err
		}
		more, err := f(x)
		if err != nil || !more {
			return err
		}
	}
}

// collectFast is the fast step of collect: every item is appended.
func collectFast(out *[]gc.Value) func(x gc.Value) (drainStep, error) {
	return func(x gc.Value) (drainStep, error) {
		*out = append(*out, x)
		return drainMore, nil
	}
}

// truthFast returns the truth of x when it needs no Python code.
func (vm *VM) truthFast(x gc.Value) (t, ok bool) {
	switch x.Tag() {
	case gc.TagBool, gc.TagInt:
		return x.Bits() != 0, true
	case gc.TagNone:
		return false, true
	case gc.TagFloat:
		return x.Float() != 0, true
	case TagStr:
		return len(vm.str(x)) > 0, true
	case TagTuple:
		return vm.numSlots(x.Ref()) > 0, true
	case TagList:
		return vm.listLen(x) > 0, true
	}
	return false, false
}

// anyAllFast is the fast step of any (want true) and all (want false):
// the drain stops at the first item whose truth is want; *res is the
// truth of the last item taken.
func (vm *VM) anyAllFast(want bool, res *bool) func(x gc.Value) (drainStep, error) {
	return func(x gc.Value) (drainStep, error) {
		t, ok := vm.truthFast(x)
		if !ok {
			return drainSlow, nil
		}
		*res = t
		if t == want {
			return drainStop, nil
		}
		return drainMore, nil
	}
}

// eqFast reports whether a == b when that needs no Python code.
func (vm *VM) eqFast(a, b gc.Value) (eq, ok bool) {
	switch {
	case a.Tag() == gc.TagInt && b.Tag() == gc.TagInt:
		return a.Int() == b.Int(), true
	case a.Tag() == TagStr && b.Tag() == TagStr:
		return vm.str(a) == vm.str(b), true
	case a.Tag() == gc.TagNone || b.Tag() == gc.TagNone:
		if a.Tag() == b.Tag() {
			return true, true
		}
		if (a.Tag() == gc.TagNone || a.Tag() == gc.TagInt || a.Tag() == TagStr) &&
			(b.Tag() == gc.TagNone || b.Tag() == gc.TagInt || b.Tag() == TagStr) {
			return false, true
		}
	}
	return false, false
}

// containsGen is `x in g` for a generator g: items are compared until one
// is equal, and g stays suspended after it.
func (vm *VM) containsGen(g, x gc.Value) (bool, error) {
	found := false
	fast := func(v gc.Value) (drainStep, error) {
		eq, ok := vm.eqFast(v, x)
		if !ok {
			return drainSlow, nil
		}
		if eq {
			found = true
			return drainStop, nil
		}
		return drainMore, nil
	}
	err := vm.drainGen(g, fast, func(v gc.Value) (bool, error) {
		eq, err := vm.eqBool(v, x)
		found = eq
		return !eq && err == nil, err
	})
	return found, err
}

// keyFast reports whether k may be stored by a fast step in a table
// whose keys are all ints and strs (*pure): hashing and comparing it with
// those runs no Python code. A key that is not clears *pure, as the full
// step will store it.
func keyFast(k gc.Value, pure *bool) bool {
	if *pure && (k.Tag() == gc.TagInt || k.Tag() == TagStr) {
		return true
	}
	*pure = false
	return false
}

// setAddFast returns the fast step of adding a generator's items to set
// s, and the full step; a set that already holds items gets only the
// full one.
func (vm *VM) setAddFast(s gc.Value) (func(x gc.Value) (drainStep, error), func(x gc.Value) (bool, error)) {
	pure := vm.dictLen(s) == 0
	fast := func(x gc.Value) (drainStep, error) {
		if !keyFast(x, &pure) {
			return drainSlow, nil
		}
		return drainMore, vm.dictSet(s, x, vNone)
	}
	full := func(x gc.Value) (bool, error) {
		pure = false
		return true, vm.dictSet(s, x, vNone)
	}
	return fast, full
}
