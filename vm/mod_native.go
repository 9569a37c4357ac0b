// mod_native.go holds what the native (Go) standard modules share
// (_collections, heapq, bisect, operator, itertools, in mod_*.go): how a
// native type is declared, the iterator kinds of their iterators and the
// dispatch of next() to them, and argument parsing with the messages of
// CPython's Argument Clinic. docs/natives.md describes the design.

package vm

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Iterator kinds of the native modules. They start far above the kinds of
// object.go so that kinds added there never collide with them; next()
// (iter.go) hands every kind from kindNativeFirst on to nativeIterNext.
const (
	kindNativeFirst gc.Kind = 160 + iota
	kindDequeIter
	kindDequeRevIter
	kindCount
	kindCycle
	kindRepeat
	kindAccumulate
	kindChain
	kindCompress
	kindDropwhile
	kindTakewhile
	kindFilterfalse
	kindGroupby
	kindGrouper
	kindIslice
	kindPairwise
	kindStarmap
	kindTee
	kindZipLongest
	kindProduct
	kindPermutations
	kindCombinations
	kindCombinationsWR
	kindMerge
)

// nativeIterNext advances an iterator of a native module's kind.
func (vm *VM) nativeIterNext(it gc.Value, r gc.Ref, k gc.Kind) (gc.Value, bool, error) {
	switch k {
	case kindDequeIter, kindDequeRevIter:
		return vm.dequeIterNext(r, k == kindDequeRevIter)
	case kindMerge:
		return vm.mergeNext(r)
	}
	if k > kindDequeRevIter && k < kindMerge {
		return vm.itertoolsNext(it, r, k)
	}
	return vEmpty, false, vm.raise("TypeError", "not an iterator")
}

// nativeDunder reports whether the special method m, found on a type,
// should be called by the generic operations (repr, subscription...):
// methods written in Python always; builtin methods only when they belong
// to a native module's type, since the builtin types' own methods are
// reached through the faster paths of their builtin values.
func (vm *VM) nativeDunder(m gc.Value) bool {
	if m.Tag() != TagBuiltin {
		return true
	}
	bf := vm.heap.Side(m.Ref()).(*builtinFn)
	return bf.owner != nil && bf.owner.native
}

// newNativeType declares a type of a native module: its instances are
// inst (TagObject for ordinary instances with fixed slots, TagIter for
// iterators of kind k). The type's Name is CPython's tp_name
// ("collections.deque"), which error messages print; __name__ and
// __qualname__ are the part after the module.
func (vm *VM) newNativeType(module, name string, base *Type, inst gc.Tag, k gc.Kind) *Type {
	if base == nil {
		base = vm.tObject
	}
	t := vm.newType(module+"."+name, []*Type{base}, inst)
	t.Module = module
	t.native = true
	t.Qualname = name
	vm.dictSet(t.Dict, vm.intern("__module__"), vm.intern(module))
	if inst == TagIter {
		vm.iterTypes[k] = t
		vm.methods(t, map[string]bfunc{
			"__next__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if err := vm.nargs(name+".__next__", args, 1, 1); err != nil {
					return vEmpty, err
				}
				v, ok, err := vm.next(args[0])
				if err != nil {
					return vEmpty, err
				}
				if !ok {
					return vEmpty, vm.raiseValue(vm.newExc("StopIteration"), vEmpty)
				}
				return v, nil
			},
			"__iter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) { return args[0], nil },
		})
	}
	return t
}

// nativeMethods installs builtin methods on a native type; their names
// print as CPython's ("deque.append").
func (vm *VM) nativeMethods(t *Type, short string, ms map[string]bfunc) {
	for name, fn := range ms {
		r := vm.alloc(kindBuiltin, 1, 0)
		vm.heap.SetSide(r, &builtinFn{name: short + "." + name, fn: fn, owner: t})
		vm.dictSet(t.Dict, vm.intern(name), mkref(TagBuiltin, r))
	}
}

// nativeGetter installs a read-only (set nil) or writable attribute
// implemented by Go functions, as a getset_descriptor (getset.go).
func (vm *VM) nativeGetter(t *Type, name string, get, set bfunc) {
	r := vm.alloc(kindGetSet, getsetSlots, 0)
	vm.setSlot(r, getsetOwner, t.Value())
	vm.setSlot(r, propertyName, vm.intern(name))
	vm.setSlot(r, 0, vm.newBuiltin(name, get))
	if set != nil {
		vm.setSlot(r, 1, vm.newBuiltin(name, set))
	} else {
		vm.setSlot(r, 1, vNone)
	}
	vm.setSlot(r, 2, vNone)
	vm.setSlot(r, 3, vNone)
	vm.dictSet(t.Dict, vm.intern(name), mkref(TagProperty, r))
}

// clinic describes the parameters of a function for parseArgs: names in
// order, how many may be given by position (maxpos), how many of those are
// positional-only (posonly), and how many are required (minargs, counted
// from the first).
type clinic struct {
	fname   string
	names   []string
	maxpos  int
	posonly int
	minargs int
}

// parseArgs binds positional and keyword arguments to c's parameters as
// CPython's Argument Clinic does (same messages); absent ones are empty.
func (vm *VM) parseArgs(c *clinic, args []gc.Value, kw []string) ([]gc.Value, error) {
	npos := len(args) - len(kw)
	out := make([]gc.Value, len(c.names))
	if n := len(c.names); len(args) > n {
		kwWord := ""
		if npos == 0 {
			kwWord = "keyword "
		}
		return nil, vm.raise("TypeError", "%s() takes at most %d %sargument%s (%d given)", c.fname, n, kwWord, plural(n), len(args))
	}
	if npos > c.maxpos {
		if c.maxpos == 0 {
			return nil, vm.raise("TypeError", "%s() takes no positional arguments", c.fname)
		}
		how := "exactly"
		if c.minargs < c.maxpos {
			how = "at most"
		}
		return nil, vm.raise("TypeError", "%s() takes %s %d positional argument%s (%d given)", c.fname, how, c.maxpos, plural(c.maxpos), npos)
	}
	copy(out, args[:npos])
	// An unknown or repeated keyword is reported after a missing required
	// argument, as CPython's _PyArg_UnpackKeywords does.
	bad := ""
	for j, k := range kw {
		i := -1
		for n := c.posonly; n < len(c.names); n++ {
			if c.names[n] == k {
				i = n
				break
			}
		}
		if bad != "" {
			continue
		}
		if i < 0 {
			bad = fmt.Sprintf("'%s' is an invalid keyword argument for %s()", k, c.fname)
			continue
		}
		if i < npos {
			bad = fmt.Sprintf("argument for %s() given by name ('%s') and position (%d)", c.fname, k, i+1)
			continue
		}
		out[i] = args[npos+j]
	}
	for i := 0; i < c.minargs; i++ {
		if out[i].IsEmpty() {
			return nil, vm.raise("TypeError", "%s() missing required argument '%s' (pos %d)", c.fname, c.names[i], i+1)
		}
	}
	if bad != "" {
		return nil, vm.raise("TypeError", "%s", bad)
	}
	return out, nil
}

// posOnly checks the arguments of a function that takes only positional
// arguments, lo to hi of them: "mod.f() takes no keyword arguments" and
// "f expected 2 arguments, got 1" as CPython's fast-call functions.
func (vm *VM) posOnly(qual, fname string, args []gc.Value, kw []string, lo, hi int) error {
	if len(kw) > 0 {
		return vm.raise("TypeError", "%s() takes no keyword arguments", qual)
	}
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	if lo == hi {
		return vm.raise("TypeError", "%s expected %d argument%s, got %d", fname, lo, plural(lo), n)
	}
	if n < lo {
		return vm.raise("TypeError", "%s expected at least %d argument%s, got %d", fname, lo, plural(lo), n)
	}
	return vm.raise("TypeError", "%s expected at most %d argument%s, got %d", fname, hi, plural(hi), n)
}

// oneArg checks the argument of a METH_O function: exactly one positional.
func (vm *VM) oneArg(qual, fname string, args []gc.Value, kw []string) error {
	if len(kw) > 0 {
		return vm.raise("TypeError", "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return vm.raise("TypeError", "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return nil
}

// ssize converts an int argument to a Go int as CPython's Py_ssize_t
// conversion does (__index__ honoured; OverflowError beyond 64 bits).
func (vm *VM) ssize(v gc.Value) (int, error) {
	switch v.Tag() {
	case gc.TagInt, gc.TagBool:
		return int(int64(v.Bits())), nil
	case TagBigInt:
		return 0, vm.raise("OverflowError", "Python int too large to convert to C ssize_t")
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			if !isIntLike(r) {
				return 0, vm.raise("TypeError", "__index__ returned non-int (type %s)", vm.typeOf(r).Name)
			}
			return vm.ssize(r)
		}
		if b, ok := vm.baseOf(v); ok && isIntLike(b) {
			return vm.ssize(b)
		}
	}
	return 0, vm.raise("TypeError", "'%s' object cannot be interpreted as an integer", vm.typeOf(v).Name)
}

// isCallable reports whether v can be called (builtins.callable).
func (vm *VM) isCallable(v gc.Value) bool {
	switch v.Tag() {
	case TagFunc, TagBuiltin, TagMethod, TagType:
		return true
	case TagObject:
		_, ok := vm.lookupS(vm.typeOf(v), "__call__")
		return ok
	}
	return false
}

// lessThan evaluates a < b to a Go bool, with fast paths for ints, floats
// and tuples of them (heapq and bisect compare with < only, as CPython's).
func (vm *VM) lessThan(a, b gc.Value) (bool, error) {
	ta, tb := a.Tag(), b.Tag()
	if ta == gc.TagInt && tb == gc.TagInt {
		return a.Int() < b.Int(), nil
	}
	if ta == gc.TagFloat && tb == gc.TagFloat {
		return a.Float() < b.Float(), nil
	}
	if ta == TagTuple && tb == TagTuple {
		return vm.tupleLess(a, b)
	}
	r, err := vm.compare(bytecode.LT, a, b)
	if err != nil {
		return false, err
	}
	if r.Tag() == gc.TagBool {
		return r.Bits() != 0, nil
	}
	return vm.truth(r)
}

// tupleLess is a < b for two tuples, as CPython's tuple comparison: the
// first items that are not equal decide, else the shorter tuple is less.
// Tuples are immutable, so only the views are refreshed after a call into
// Python (which may move the heap).
func (vm *VM) tupleLess(a, b gc.Value) (bool, error) {
	x, y := vm.tupleItems(a), vm.tupleItems(b)
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		p, q := x[i], y[i]
		if p == q && p.Tag() != gc.TagFloat {
			continue
		}
		switch {
		case p.Tag() == gc.TagInt && q.Tag() == gc.TagInt:
			if p.Int() != q.Int() {
				return p.Int() < q.Int(), nil
			}
			continue
		case p.Tag() == gc.TagFloat && q.Tag() == gc.TagFloat && p.Float() == p.Float() && q.Float() == q.Float():
			if p.Float() != q.Float() {
				return p.Float() < q.Float(), nil
			}
			continue
		}
		eq, err := vm.eqBool(p, q)
		if err != nil {
			return false, err
		}
		if !eq {
			return vm.lessThan(vm.tupleItems(a)[i], vm.tupleItems(b)[i])
		}
		x, y = vm.tupleItems(a), vm.tupleItems(b)
	}
	return len(x) < len(y), nil
}

// nativeSlots are Go fast paths for a native type's special methods, used
// by the generic operations before they look the methods up.
type nativeSlots struct {
	length  func(vm *VM, v gc.Value) int
	getItem func(vm *VM, v, k gc.Value) (gc.Value, error)
}

// nativeMethod reports whether m is a plain (unbound, not static or
// class) method of a native type, which LOADMETHOD may cache and call
// with self as its first argument.
func (vm *VM) nativeMethod(m gc.Value) bool {
	if m.Tag() != TagBuiltin || !vm.slot(m.Ref(), 0).IsEmpty() {
		return false
	}
	bf := vm.heap.Side(m.Ref()).(*builtinFn)
	return bf.owner != nil && bf.owner.native && !bf.static && !bf.classMethod
}
