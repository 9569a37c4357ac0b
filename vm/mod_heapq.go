// mod_heapq.go is the native modules heapq and bisect. Both compare with
// < only, in CPython's order, through lessThan (fast for ints, floats and
// tuples led by them, the priority queues of typical programs); the
// functions CPython writes in Python (nlargest, nsmallest, merge) keep
// their results and Python-style argument messages.

package vm

import (
	"strconv"

	"github.com/hotloop/hotloop/gc"
)

// heapList checks that a heap argument is a list (or a list subclass).
func (vm *VM) heapList(fname, what string, v gc.Value) (gc.Value, error) {
	if v.Tag() == TagList {
		return v, nil
	}
	if b, ok := vm.baseOf(v); ok && b.Tag() == TagList {
		return b, nil
	}
	return vEmpty, vm.raise("TypeError", "%s() %s must be list, not %s", fname, what, vm.typeOf(v).Name)
}

// heapSiftDown moves the item at pos up towards start (CPython's
// _siftdown): the new item rises while it is < its parent.
func (vm *VM) heapSiftDown(heap gc.Value, start, pos int, max bool) error {
	size := vm.listLen(heap)
	newitem := vm.listItems(heap)[pos]
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := vm.listItems(heap)[parentpos]
		var lt bool
		var err error
		if max {
			lt, err = vm.lessThan(parent, newitem)
		} else {
			lt, err = vm.lessThan(newitem, parent)
		}
		if err != nil {
			return err
		}
		if size != vm.listLen(heap) {
			return vm.raise("RuntimeError", "list changed size during iteration")
		}
		if !lt {
			break
		}
		items := vm.listItems(heap)
		items[pos], items[parentpos] = items[parentpos], items[pos]
		newitem = items[parentpos]
		pos = parentpos
	}
	return nil
}

// heapSiftUp is CPython's _siftup: the hole at pos goes down to a leaf
// following the smaller child, then the item rises back.
func (vm *VM) heapSiftUp(heap gc.Value, pos int, max bool) error {
	end := vm.listLen(heap)
	start := pos
	limit := end >> 1
	for pos < limit {
		child := 2*pos + 1
		if child+1 < end {
			items := vm.listItems(heap)
			var lt bool
			var err error
			if max {
				lt, err = vm.lessThan(items[child+1], items[child])
			} else {
				lt, err = vm.lessThan(items[child], items[child+1])
			}
			if err != nil {
				return err
			}
			if end != vm.listLen(heap) {
				return vm.raise("RuntimeError", "list changed size during iteration")
			}
			if !lt {
				child++
			}
		}
		items := vm.listItems(heap)
		items[pos], items[child] = items[child], items[pos]
		pos = child
	}
	return vm.heapSiftDown(heap, start, pos, max)
}

// heapqModule fills the heapq module's dict.
func (vm *VM) heapqModule(d gc.Value) {
	vm.def(d, "heappush", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_heapq.heappush", "heappush", args, kw, 2, 2); err != nil {
			return vEmpty, err
		}
		heap, err := vm.heapList("heappush", "argument 1", args[0])
		if err != nil {
			return vEmpty, err
		}
		vm.listAppend(heap, args[1])
		return vNone, vm.heapSiftDown(heap, 0, vm.listLen(heap)-1, false)
	})
	pop := func(name string) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.oneArg("_heapq."+name, "_heapq."+name, args, kw); err != nil {
				return vEmpty, err
			}
			heap, err := vm.heapList(name, "argument", args[0])
			if err != nil {
				return vEmpty, err
			}
			n := vm.listLen(heap)
			if n == 0 {
				return vEmpty, vm.raise("IndexError", "index out of range")
			}
			items := vm.listItems(heap)
			last := items[n-1]
			vm.listSetLen(heap, n-1)
			if n == 1 {
				return last, nil
			}
			items = vm.listItems(heap)
			ret := items[0]
			items[0] = last
			return ret, vm.heapSiftUp(heap, 0, name == "_heappop_max")
		}
	}
	vm.def(d, "heappop", pop("heappop"))
	vm.def(d, "_heappop_max", pop("_heappop_max"))
	replace := func(name string, max bool) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("_heapq."+name, name, args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			heap, err := vm.heapList(name, "argument 1", args[0])
			if err != nil {
				return vEmpty, err
			}
			if vm.listLen(heap) == 0 {
				return vEmpty, vm.raise("IndexError", "index out of range")
			}
			items := vm.listItems(heap)
			ret := items[0]
			items[0] = args[1]
			return ret, vm.heapSiftUp(heap, 0, max)
		}
	}
	vm.def(d, "heapreplace", replace("heapreplace", false))
	vm.def(d, "_heapreplace_max", replace("_heapreplace_max", true))
	vm.def(d, "heappushpop", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_heapq.heappushpop", "heappushpop", args, kw, 2, 2); err != nil {
			return vEmpty, err
		}
		heap, err := vm.heapList("heappushpop", "argument 1", args[0])
		if err != nil {
			return vEmpty, err
		}
		item := args[1]
		if vm.listLen(heap) == 0 {
			return item, nil
		}
		top := vm.listItems(heap)[0]
		lt, err := vm.lessThan(top, item)
		if err != nil || !lt {
			return item, err
		}
		if vm.listLen(heap) == 0 {
			return vEmpty, vm.raise("IndexError", "index out of range")
		}
		items := vm.listItems(heap)
		ret := items[0]
		items[0] = item
		return ret, vm.heapSiftUp(heap, 0, false)
	})
	heapify := func(name string, max bool) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.oneArg("_heapq."+name, "_heapq."+name, args, kw); err != nil {
				return vEmpty, err
			}
			heap, err := vm.heapList(name, "argument", args[0])
			if err != nil {
				return vEmpty, err
			}
			for i := vm.listLen(heap)/2 - 1; i >= 0; i-- {
				if err := vm.heapSiftUp(heap, i, max); err != nil {
					return vEmpty, err
				}
			}
			return vNone, nil
		}
	}
	vm.def(d, "heapify", heapify("heapify", false))
	vm.def(d, "_heapify_max", heapify("_heapify_max", true))
	vm.def(d, "nlargest", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.nBest("nlargest", args, kw, true)
	})
	vm.def(d, "nsmallest", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.nBest("nsmallest", args, kw, false)
	})
	vm.dictSet(d, vm.intern("merge"), vm.newBuiltin("merge", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.newMerge(args, kw)
	}))
	vm.dictSet(d, vm.intern("__all__"), vm.strList([]string{"heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"}))
}

// pyArgs binds arguments for a native stand-in of a function CPython
// writes in Python: names in order, the first nreq required, the rest
// defaulting to None; messages as a Python function's.
func (vm *VM) pyArgs(fname string, args []gc.Value, kw []string, names []string, nreq int) ([]gc.Value, error) {
	npos := len(args) - len(kw)
	if npos > len(names) {
		takes := ""
		if nreq == len(names) {
			takes = strconv.Itoa(nreq) + " positional argument" + plural(nreq)
		} else {
			takes = "from " + strconv.Itoa(nreq) + " to " + strconv.Itoa(len(names)) + " positional arguments"
		}
		was := "were"
		if npos == 1 {
			was = "was"
		}
		return nil, vm.raise("TypeError", "%s() takes %s but %d %s given", fname, takes, npos, was)
	}
	out := make([]gc.Value, len(names))
	copy(out, args[:npos])
	for j, k := range kw {
		i := -1
		for n, name := range names {
			if name == k {
				i = n
			}
		}
		if i < 0 {
			return nil, vm.raise("TypeError", "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if !out[i].IsEmpty() {
			return nil, vm.raise("TypeError", "%s() got multiple values for argument '%s'", fname, k)
		}
		out[i] = args[npos+j]
	}
	var missing []string
	for i := 0; i < nreq; i++ {
		if out[i].IsEmpty() {
			missing = append(missing, names[i])
		}
	}
	if len(missing) > 0 {
		return nil, vm.raise("TypeError", "%s() missing %d required positional argument%s: %s", fname, len(missing), plural(len(missing)), nameList(missing))
	}
	for i := range out {
		if out[i].IsEmpty() {
			out[i] = vNone
		}
	}
	return out, nil
}

// nBest is heapq.nlargest / nsmallest: the result of
// sorted(iterable, key=key, reverse=largest)[:n], which is what CPython's
// heap-based selection returns (ties keep their order).
func (vm *VM) nBest(fname string, args []gc.Value, kw []string, largest bool) (gc.Value, error) {
	a, err := vm.pyArgs(fname, args, kw, []string{"n", "iterable", "key"}, 2)
	if err != nil {
		return vEmpty, err
	}
	n, err := vm.ssize(a[0])
	if err != nil {
		return vEmpty, err
	}
	items, err := vm.collect(a[1])
	if err != nil {
		return vEmpty, err
	}
	if n <= 0 {
		return vm.newList(nil, 0), nil
	}
	l := vm.newList(items, 0)
	if err := vm.listSort(l, a[2], gc.Bool(largest)); err != nil {
		return vEmpty, err
	}
	if n < vm.listLen(l) {
		vm.listSetLen(l, n)
	}
	return l, nil
}

// newMerge is heapq.merge(*iterables, key=None, reverse=False): a lazy
// iterator (kindMerge) with slots: the iterables (made iterators on the
// first next), key, reverse, then the heads list and their keys list.
func (vm *VM) newMerge(args []gc.Value, kw []string) (gc.Value, error) {
	npos := len(args) - len(kw)
	key, rev := vNone, vFalse
	for j, k := range kw {
		switch k {
		case "key":
			key = args[npos+j]
		case "reverse":
			rev = args[npos+j]
		default:
			return vEmpty, vm.raise("TypeError", "merge() got an unexpected keyword argument '%s'", k)
		}
	}
	if vm.iterTypes[kindMerge] == nil {
		t := vm.newType("generator", []*Type{vm.tObject}, TagIter)
		t.native = true
		vm.iterTypes[kindMerge] = t
		vm.nativeMethods(t, "generator", map[string]bfunc{
			"__next__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
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
			"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				return vm.newStr("<generator object merge at " + addr(args[0]) + ">"), nil
			},
		})
	}
	return vm.newIter(kindMerge, []gc.Value{vm.newTuple(args[:npos]), key, rev, vNone, vNone}, 0), nil
}

// mergeNext yields the smallest head (largest when reversed); ties go to
// the earliest iterable, as CPython's merge.
func (vm *VM) mergeNext(r gc.Ref) (gc.Value, bool, error) {
	key := vm.slot(r, 1)
	rev, err := vm.truth(vm.slot(r, 2))
	if err != nil {
		return vEmpty, false, err
	}
	if vm.slot(r, 3).Tag() == gc.TagNone {
		// First call: start every iterable and read its head.
		srcs := vm.tupleItems(vm.slot(r, 0))
		its := make([]gc.Value, len(srcs))
		for i := range srcs {
			if its[i], err = vm.getIter(vm.tupleItems(vm.slot(r, 0))[i]); err != nil {
				return vEmpty, false, err
			}
		}
		heads := vm.newList(nil, len(its))
		keys := vm.newList(nil, len(its))
		live := vm.newList(nil, len(its))
		vm.setSlot(r, 3, heads)
		vm.setSlot(r, 4, vm.newTuple([]gc.Value{keys, live}))
		for _, it := range its {
			x, ok, err := vm.next(it)
			if err != nil {
				return vEmpty, false, err
			}
			if !ok {
				continue
			}
			k := x
			if key.Tag() != gc.TagNone {
				if k, err = vm.callValue(key, []gc.Value{x}, nil); err != nil {
					return vEmpty, false, err
				}
			}
			vm.listAppend(heads, x)
			vm.listAppend(keys, k)
			vm.listAppend(live, it)
		}
	}
	heads := vm.slot(r, 3)
	kl := vm.tupleItems(vm.slot(r, 4))
	keys, live := kl[0], kl[1]
	n := vm.listLen(heads)
	if n == 0 {
		return vEmpty, false, nil
	}
	best := 0
	for i := 1; i < n; i++ {
		ks := vm.listItems(keys)
		var better bool
		if rev {
			better, err = vm.lessThan(ks[best], ks[i])
		} else {
			better, err = vm.lessThan(ks[i], ks[best])
		}
		if err != nil {
			return vEmpty, false, err
		}
		if better {
			best = i
		}
	}
	out := vm.listItems(heads)[best]
	x, ok, err := vm.next(vm.listItems(live)[best])
	if err != nil {
		return vEmpty, false, err
	}
	if ok {
		k := x
		if key.Tag() != gc.TagNone {
			if k, err = vm.callValue(key, []gc.Value{x}, nil); err != nil {
				return vEmpty, false, err
			}
		}
		vm.listItems(heads)[best] = x
		vm.listItems(keys)[best] = k
	} else {
		for _, l := range []gc.Value{heads, keys, live} {
			items := vm.listItems(l)
			copy(items[best:], items[best+1:])
			vm.listSetLen(l, len(items)-1)
		}
	}
	return out, true, nil
}

// bisect's parameters: (a, x, lo=0, hi=None, *, key=None).
var bisectNames = []string{"a", "x", "lo", "hi", "key"}

// bisectIndex is bisect_left (left) or bisect_right on a[lo:hi].
func (vm *VM) bisectIndex(fname string, args []gc.Value, kw []string, left bool) (int, []gc.Value, error) {
	a, err := vm.parseArgs(&clinic{fname: fname, names: bisectNames, maxpos: 4, minargs: 2}, args, kw)
	if err != nil {
		return 0, nil, err
	}
	lo := 0
	if !a[2].IsEmpty() {
		if lo, err = vm.ssize(a[2]); err != nil {
			return 0, nil, err
		}
		if lo < 0 {
			return 0, nil, vm.raise("ValueError", "lo must be non-negative")
		}
	}
	hi := -1
	if !a[3].IsEmpty() && a[3].Tag() != gc.TagNone {
		if !vm.isIndexable(a[3]) {
			return 0, nil, vm.raise("TypeError", "argument should be integer or None, not '%s'", vm.typeOf(a[3]).Name)
		}
		if hi, err = vm.ssize(a[3]); err != nil {
			return 0, nil, err
		}
	}
	if hi == -1 {
		if hi, err = vm.length(a[0]); err != nil {
			return 0, nil, err
		}
	}
	key := a[4]
	if key.IsEmpty() {
		key = vNone
	}
	seq, x := a[0], a[1]
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		var item gc.Value
		if seq.Tag() == TagList && mid < vm.listLen(seq) {
			item = vm.listItems(seq)[mid]
		} else if item, err = vm.getItem(seq, gc.Int(int64(mid))); err != nil {
			return 0, nil, err
		}
		if key.Tag() != gc.TagNone {
			if item, err = vm.callValue(key, []gc.Value{item}, nil); err != nil {
				return 0, nil, err
			}
		}
		if left {
			lt, err := vm.lessThan(item, x)
			if err != nil {
				return 0, nil, err
			}
			if lt {
				lo = mid + 1
			} else {
				hi = mid
			}
		} else {
			lt, err := vm.lessThan(x, item)
			if err != nil {
				return 0, nil, err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
	}
	return lo, a, nil
}

// bisectModule fills the bisect module's dict.
func (vm *VM) bisectModule(d gc.Value) {
	search := func(fname string, left bool) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			i, _, err := vm.bisectIndex(fname, args, kw, left)
			if err != nil {
				return vEmpty, err
			}
			return gc.Int(int64(i)), nil
		}
	}
	insort := func(fname string, left bool) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			a, err := vm.parseArgs(&clinic{fname: fname, names: bisectNames, maxpos: 4, minargs: 2}, args, kw)
			if err != nil {
				return vEmpty, err
			}
			x := a[1]
			if !a[4].IsEmpty() && a[4].Tag() != gc.TagNone {
				// With a key, the position is searched for key(x).
				kx, err := vm.callValue(a[4], []gc.Value{x}, nil)
				if err != nil {
					return vEmpty, err
				}
				nargs := append([]gc.Value(nil), args...)
				npos := len(args) - len(kw)
				if npos >= 2 {
					nargs[1] = kx
				} else {
					for j, k := range kw {
						if k == "x" {
							nargs[npos+j] = kx
						}
					}
				}
				args = nargs
			}
			i, _, err := vm.bisectIndex(fname, args, kw, left)
			if err != nil {
				return vEmpty, err
			}
			seq := a[0]
			if seq.Tag() == TagList {
				n := vm.listLen(seq)
				vm.listAppend(seq, vNone)
				items := vm.listItems(seq)
				copy(items[i+1:], items[i:n])
				items[i] = x
				return vNone, nil
			}
			ins, err := vm.getAttr(seq, vm.intern("insert"))
			if err != nil {
				return vEmpty, err
			}
			_, err = vm.callValue(ins, []gc.Value{gc.Int(int64(i)), x}, nil)
			return vNone, err
		}
	}
	vm.def(d, "bisect_left", search("bisect_left", true))
	vm.def(d, "bisect_right", search("bisect_right", false))
	vm.def(d, "insort_left", insort("insort_left", true))
	vm.def(d, "insort_right", insort("insort_right", false))
	br, _ := vm.dictGetStr(d, vm.intern("bisect_right"))
	vm.dictSet(d, vm.intern("bisect"), br)
	ir, _ := vm.dictGetStr(d, vm.intern("insort_right"))
	vm.dictSet(d, vm.intern("insort"), ir)
}
