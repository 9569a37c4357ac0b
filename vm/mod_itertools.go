// mod_itertools.go is the native module itertools, lazy as CPython's: each
// iterator is a heap block of its own kind (kindCount...kindCombinationsWR)
// whose value slots hold what the collector must see (source iterators,
// functions, pools, saved items) and whose raw words or Go side entry hold
// plain state (counters, index vectors). Construction does what CPython's
// constructors do (iter() of the arguments, argument checks); everything
// else happens in next(), in itertoolsNext.

package vm

import (
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// teeChunk is the number of values a tee data block buffers.
const teeChunk = 57

// combState is the Go-side state of product, permutations, combinations
// and combinations_with_replacement.
type combState struct {
	indices []int
	cycles  []int
	r       int
	first   bool
	stopped bool
}

// mustIter is iter(v) for an argument.
func (vm *VM) mustIter(v gc.Value) (gc.Value, error) { return vm.getIter(v) }

// oldArgs parses arguments as PyArg_ParseTupleAndKeywords (the older
// messages "f() takes at most N arguments (M given)").
func (vm *VM) oldArgs(fname string, args []gc.Value, kw []string, names []string, nreq int) ([]gc.Value, error) {
	if len(args) > len(names) {
		return nil, vm.raise("TypeError", "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names)), len(args))
	}
	return vm.parseArgs(&clinic{fname: fname, names: names, maxpos: len(names), minargs: nreq}, args, kw)
}

// isNumber reports whether v is a number for count() (PyNumber_Check).
func (vm *VM) isNumber(v gc.Value) bool {
	switch v.Tag() {
	case gc.TagInt, gc.TagBool, TagBigInt, gc.TagFloat, TagComplex:
		return true
	case TagObject:
		if b, ok := vm.baseOf(v); ok {
			return vm.isNumber(b)
		}
		t := vm.typeOf(v)
		for _, n := range []string{"__index__", "__int__", "__float__", "__complex__"} {
			if _, ok := vm.lookupS(t, n); ok {
				return true
			}
		}
	}
	return false
}

// itertoolsModule fills the itertools module's dict.
func (vm *VM) itertoolsModule(d gc.Value) {
	typ := func(name string, k gc.Kind, ctor func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error)) *Type {
		t := vm.newNativeType("itertools", name, nil, TagIter, k)
		t.ctor = ctor
		if !strings.HasPrefix(name, "_") {
			vm.dictSet(d, vm.intern(name), t.Value())
		}
		return t
	}
	noKw := func(name string, kw []string) error {
		if len(kw) > 0 {
			return vm.raise("TypeError", "%s() takes no keyword arguments", name)
		}
		return nil
	}
	ct := typ("count", kindCount, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.oldArgs("count", args, kw, []string{"start", "step"}, 0)
		if err != nil {
			return vEmpty, err
		}
		start, step := a[0], a[1]
		if start.IsEmpty() {
			start = gc.Int(0)
		}
		if step.IsEmpty() {
			step = gc.Int(1)
		}
		if !vm.isNumber(start) || !vm.isNumber(step) {
			return vEmpty, vm.raise("TypeError", "a number is required")
		}
		return vm.newIter(kindCount, []gc.Value{start, step}, 0), nil
	})
	vm.nativeMethods(ct, "count", map[string]bfunc{
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			r := args[0].Ref()
			s, err := vm.reprOf(vm.slot(r, 0))
			if err != nil {
				return vEmpty, err
			}
			step := vm.slot(r, 1)
			if step.Tag() == gc.TagInt && step.Int() == 1 {
				return vm.newStr("count(" + s + ")"), nil
			}
			ss, err := vm.reprOf(step)
			if err != nil {
				return vEmpty, err
			}
			return vm.newStr("count(" + s + ", " + ss + ")"), nil
		},
	})
	typ("cycle", kindCycle, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := noKw("cycle", kw); err != nil {
			return vEmpty, err
		}
		if err := vm.posOnly("cycle", "cycle", args, nil, 1, 1); err != nil {
			return vEmpty, err
		}
		it, err := vm.mustIter(args[0])
		if err != nil {
			return vEmpty, err
		}
		// slots: source (empty after the first pass), saved items; raw: index
		return vm.newIter(kindCycle, []gc.Value{it, vm.newList(nil, 0)}, 1), nil
	})
	rt := typ("repeat", kindRepeat, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.oldArgs("repeat", args, kw, []string{"object", "times"}, 1)
		if err != nil {
			return vEmpty, err
		}
		times := vNone
		if !a[1].IsEmpty() {
			n, err := vm.ssize(a[1])
			if err != nil {
				return vEmpty, err
			}
			times = gc.Int(int64(max(n, 0)))
		}
		return vm.newIter(kindRepeat, []gc.Value{a[0], times}, 0), nil
	})
	vm.nativeMethods(rt, "repeat", map[string]bfunc{
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			r := args[0].Ref()
			s, err := vm.reprOf(vm.slot(r, 0))
			if err != nil {
				return vEmpty, err
			}
			if n := vm.slot(r, 1); n.Tag() == gc.TagInt {
				return vm.newStr("repeat(" + s + ", " + itoaInt(n.Int()) + ")"), nil
			}
			return vm.newStr("repeat(" + s + ")"), nil
		},
		"__length_hint__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if n := vm.slot(args[0].Ref(), 1); n.Tag() == gc.TagInt {
				return n, nil
			}
			return vEmpty, vm.raise("TypeError", "len() of unsized object")
		},
	})
	accSpec := &clinic{fname: "accumulate", names: []string{"iterable", "func", "initial"}, maxpos: 2, minargs: 1}
	typ("accumulate", kindAccumulate, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.parseArgs(accSpec, args, kw)
		if err != nil {
			return vEmpty, err
		}
		it, err := vm.mustIter(a[0])
		if err != nil {
			return vEmpty, err
		}
		fn, initial := a[1], a[2]
		if fn.IsEmpty() {
			fn = vNone
		}
		if initial.IsEmpty() {
			initial = vNone
		}
		// slots: source, func, total (empty until the first item), initial
		return vm.newIter(kindAccumulate, []gc.Value{it, fn, vEmpty, initial}, 0), nil
	})
	cht := typ("chain", kindChain, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := noKw("chain", kw); err != nil {
			return vEmpty, err
		}
		src, _ := vm.getIter(vm.newTuple(args))
		// slots: source of iterables, active iterator (empty: take the next)
		return vm.newIter(kindChain, []gc.Value{src, vEmpty}, 0), nil
	})
	r := vm.alloc(kindBuiltin, 1, 0)
	vm.heap.SetSide(r, &builtinFn{name: "chain.from_iterable", classMethod: true, objclass: cht, fn: func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.oneArg("chain.from_iterable", "chain.from_iterable", args[1:], kw); err != nil {
			return vEmpty, err
		}
		src, err := vm.mustIter(args[1])
		if err != nil {
			return vEmpty, err
		}
		return vm.newIter(kindChain, []gc.Value{src, vEmpty}, 0), nil
	}})
	vm.dictSet(cht.Dict, vm.intern("from_iterable"), mkref(TagBuiltin, r))
	compSpec := &clinic{fname: "compress", names: []string{"data", "selectors"}, maxpos: 2, minargs: 2}
	typ("compress", kindCompress, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.parseArgs(compSpec, args, kw)
		if err != nil {
			return vEmpty, err
		}
		data, err := vm.mustIter(a[0])
		if err != nil {
			return vEmpty, err
		}
		sel, err := vm.mustIter(a[1])
		if err != nil {
			return vEmpty, err
		}
		return vm.newIter(kindCompress, []gc.Value{data, sel}, 0), nil
	})
	predIter := func(name string, k gc.Kind) {
		typ(name, k, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
			if err := noKw(name, kw); err != nil {
				return vEmpty, err
			}
			if err := vm.posOnly(name, name, args, nil, 2, 2); err != nil {
				return vEmpty, err
			}
			it, err := vm.mustIter(args[1])
			if err != nil {
				return vEmpty, err
			}
			// slots: predicate, source; raw: done (dropwhile: dropping over; takewhile: stopped)
			return vm.newIter(k, []gc.Value{args[0], it}, 1), nil
		})
	}
	predIter("dropwhile", kindDropwhile)
	predIter("takewhile", kindTakewhile)
	predIter("filterfalse", kindFilterfalse)
	typ("starmap", kindStarmap, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := noKw("starmap", kw); err != nil {
			return vEmpty, err
		}
		if err := vm.posOnly("starmap", "starmap", args, nil, 2, 2); err != nil {
			return vEmpty, err
		}
		it, err := vm.mustIter(args[1])
		if err != nil {
			return vEmpty, err
		}
		return vm.newIter(kindStarmap, []gc.Value{args[0], it}, 0), nil
	})
	typ("groupby", kindGroupby, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.oldArgs("groupby", args, kw, []string{"iterable", "key"}, 1)
		if err != nil {
			return vEmpty, err
		}
		it, err := vm.mustIter(a[0])
		if err != nil {
			return vEmpty, err
		}
		key := a[1]
		if key.IsEmpty() {
			key = vNone
		}
		// slots: source, key function, target key, current key, current
		// value, current grouper (empty: none)
		return vm.newIter(kindGroupby, []gc.Value{it, key, vEmpty, vEmpty, vEmpty, vEmpty}, 0), nil
	})
	typ("_grouper", kindGrouper, nil)
	typ("islice", kindIslice, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.newIslice(args, kw)
	})
	typ("pairwise", kindPairwise, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		if err := noKw("pairwise", kw); err != nil {
			return vEmpty, err
		}
		if err := vm.posOnly("pairwise", "pairwise", args, nil, 1, 1); err != nil {
			return vEmpty, err
		}
		it, err := vm.mustIter(args[0])
		if err != nil {
			return vEmpty, err
		}
		// slots: source (empty when exhausted), previous item (empty before the first)
		return vm.newIter(kindPairwise, []gc.Value{it, vEmpty}, 0), nil
	})
	teeT := typ("_tee", kindTee, nil)
	vm.nativeMethods(teeT, "_tee", map[string]bfunc{
		"__copy__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.teeCopy(args[0]), nil
		},
	})
	vm.def(d, "tee", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("itertools.tee", "tee", args, kw, 1, 2); err != nil {
			return vEmpty, err
		}
		n := 2
		if len(args) == 2 {
			var err error
			if n, err = vm.ssize(args[1]); err != nil {
				return vEmpty, err
			}
		}
		if n < 0 {
			return vEmpty, vm.raise("ValueError", "n must be >= 0")
		}
		if n == 0 {
			return vm.emptyTuple, nil
		}
		it, err := vm.mustIter(args[0])
		if err != nil {
			return vEmpty, err
		}
		out := make([]gc.Value, n)
		if it.Tag() == TagIter && vm.kindOf(it.Ref()) == kindTee {
			out[0] = it
		} else {
			out[0] = vm.newIter(kindTee, []gc.Value{vm.newTeeData(it)}, 1)
		}
		for i := 1; i < n; i++ {
			out[i] = vm.teeCopy(out[0])
		}
		return vm.newTuple(out), nil
	})
	typ("zip_longest", kindZipLongest, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		npos := len(args) - len(kw)
		fill := vNone
		for j, k := range kw {
			if k != "fillvalue" {
				return vEmpty, vm.raise("TypeError", "zip_longest() got an unexpected keyword argument")
			}
			fill = args[npos+j]
		}
		its := make([]gc.Value, npos)
		for i := range its {
			var err error
			if its[i], err = vm.mustIter(args[i]); err != nil {
				return vEmpty, err
			}
		}
		// slots: iterators (empty once exhausted), fillvalue; raw: active count
		z := vm.newIter(kindZipLongest, []gc.Value{vm.newTuple(its), fill}, 1)
		vm.setRawU64(z.Ref(), 2, 0, uint64(npos))
		return z, nil
	})
	typ("product", kindProduct, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		npos := len(args) - len(kw)
		repeat := 1
		for j, k := range kw {
			if k != "repeat" {
				return vEmpty, vm.raise("TypeError", "'%s' is an invalid keyword argument for product()", k)
			}
			var err error
			if repeat, err = vm.ssize(args[npos+j]); err != nil {
				return vEmpty, err
			}
		}
		if repeat < 0 {
			return vEmpty, vm.raise("ValueError", "repeat argument cannot be negative")
		}
		pools := make([]gc.Value, 0, npos)
		for _, a := range args[:npos] {
			items, err := vm.collect(a)
			if err != nil {
				return vEmpty, err
			}
			pools = append(pools, vm.newTuple(items))
		}
		var all []gc.Value
		for i := 0; i < repeat; i++ {
			all = append(all, pools...)
		}
		st := &combState{indices: make([]int, len(all)), first: true}
		for _, p := range all {
			if len(vm.tupleItems(p)) == 0 {
				st.stopped = true
			}
		}
		return vm.newCombIter(kindProduct, vm.newTuple(all), st), nil
	})
	typ("permutations", kindPermutations, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.parseArgs(&clinic{fname: "permutations", names: []string{"iterable", "r"}, maxpos: 2, minargs: 1}, args, kw)
		if err != nil {
			return vEmpty, err
		}
		items, err := vm.collect(a[0])
		if err != nil {
			return vEmpty, err
		}
		n := len(items)
		r := n
		if !a[1].IsEmpty() && a[1].Tag() != gc.TagNone {
			if !isIntLike(a[1]) {
				return vEmpty, vm.raise("TypeError", "Expected int as r")
			}
			if r, err = vm.ssize(a[1]); err != nil {
				return vEmpty, err
			}
			if r < 0 {
				return vEmpty, vm.raise("ValueError", "r must be non-negative")
			}
		}
		st := &combState{r: r, first: true, stopped: r > n}
		st.indices = make([]int, n)
		for i := range st.indices {
			st.indices[i] = i
		}
		st.cycles = make([]int, max(r, 0))
		for i := range st.cycles {
			st.cycles[i] = n - i
		}
		return vm.newCombIter(kindPermutations, vm.newTuple(items), st), nil
	})
	comb := func(name string, k gc.Kind) {
		typ(name, k, func(vm *VM, t *Type, args []gc.Value, kw []string) (gc.Value, error) {
			a, err := vm.parseArgs(&clinic{fname: name, names: []string{"iterable", "r"}, maxpos: 2, minargs: 2}, args, kw)
			if err != nil {
				return vEmpty, err
			}
			items, err := vm.collect(a[0])
			if err != nil {
				return vEmpty, err
			}
			r, err := vm.ssize(a[1])
			if err != nil {
				return vEmpty, err
			}
			if r < 0 {
				return vEmpty, vm.raise("ValueError", "r must be non-negative")
			}
			n := len(items)
			st := &combState{r: r, first: true, indices: make([]int, r)}
			if k == kindCombinations {
				st.stopped = r > n
				for i := range st.indices {
					st.indices[i] = i
				}
			} else {
				st.stopped = n == 0 && r > 0
			}
			return vm.newCombIter(k, vm.newTuple(items), st), nil
		})
	}
	comb("combinations", kindCombinations)
	comb("combinations_with_replacement", kindCombinationsWR)
}

// itoaInt formats an int64.
func itoaInt(n int64) string { return strconv.FormatInt(n, 10) }

// newCombIter allocates a combinatoric iterator over pool with state st.
func (vm *VM) newCombIter(k gc.Kind, pool gc.Value, st *combState) gc.Value {
	it := vm.newIter(k, []gc.Value{pool}, 0)
	vm.heap.SetSide(it.Ref(), st)
	return it
}

// newIslice is islice(iterable, stop) / islice(iterable, start, stop[, step]).
func (vm *VM) newIslice(args []gc.Value, kw []string) (gc.Value, error) {
	if len(kw) > 0 {
		return vEmpty, vm.raise("TypeError", "islice() takes no keyword arguments")
	}
	if err := vm.posOnly("islice", "islice", args, nil, 2, 4); err != nil {
		return vEmpty, err
	}
	conv := func(v gc.Value) int {
		if v.Tag() == gc.TagNone {
			return -1
		}
		if !vm.isIndexable(v) || v.Tag() == TagBigInt {
			return -1
		}
		n, err := vm.ssize(v)
		if err != nil {
			vm.exc = vEmpty
			return -1
		}
		return n
	}
	start, stop, step := 0, -1, 1
	stopMsg := "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	if len(args) == 2 {
		if args[1].Tag() != gc.TagNone {
			if stop = conv(args[1]); stop == -1 {
				return vEmpty, vm.raise("ValueError", "%s", stopMsg)
			}
		}
	} else {
		if args[1].Tag() != gc.TagNone {
			start = conv(args[1])
		}
		if args[2].Tag() != gc.TagNone {
			if stop = conv(args[2]); stop == -1 {
				return vEmpty, vm.raise("ValueError", "%s", stopMsg)
			}
		}
	}
	if start < 0 || stop < -1 {
		return vEmpty, vm.raise("ValueError", "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
	}
	if len(args) == 4 && args[3].Tag() != gc.TagNone {
		step = conv(args[3])
	}
	if step < 1 {
		return vEmpty, vm.raise("ValueError", "Step for islice() must be a positive integer or None.")
	}
	it, err := vm.mustIter(args[0])
	if err != nil {
		return vEmpty, err
	}
	// slots: source (empty once done); raw: count read, next index, stop, step
	s := vm.newIter(kindIslice, []gc.Value{it}, 4)
	r := s.Ref()
	vm.setRawU64(r, 1, 0, 0)
	vm.setRawU64(r, 1, 1, uint64(start))
	vm.setRawU64(r, 1, 2, uint64(int64(stop)))
	vm.setRawU64(r, 1, 3, uint64(step))
	return s, nil
}

// Tee data blocks (TagStorage values in a tee's slot 0): slot 0 the
// source iterator, slot 1 the next block (empty until made), then up to
// teeChunk buffered values; raw word 0 counts the values read into it.
const teeDataFirst = 2

// newTeeData allocates an empty tee data block reading from it.
func (vm *VM) newTeeData(it gc.Value) gc.Value {
	r := vm.alloc(kindMisc, teeDataFirst+teeChunk, 8)
	s := vm.slotsOf(r, teeDataFirst+teeChunk)
	for i := range s {
		s[i] = vEmpty
	}
	s[0] = it
	return mkref(TagStorage, r)
}

// teeCopy makes a tee at the same position as t.
func (vm *VM) teeCopy(t gc.Value) gc.Value {
	r := t.Ref()
	c := vm.newIter(kindTee, []gc.Value{vm.slot(r, 0)}, 1)
	vm.setRawU64(c.Ref(), 1, 0, vm.rawU64(r, 1, 0))
	return c
}

// teeNext advances a tee: slot 0 its data block, raw word 0 its index in it.
func (vm *VM) teeNext(r gc.Ref) (gc.Value, bool, error) {
	data := vm.slot(r, 0)
	i := int(vm.rawU64(r, 1, 0))
	if i >= teeChunk {
		dr := data.Ref()
		nx := vm.slot(dr, 1)
		if nx.IsEmpty() {
			nx = vm.newTeeData(vm.slot(dr, 0))
			vm.setSlot(dr, 1, nx)
		}
		data = nx
		vm.setSlot(r, 0, data)
		i = 0
	}
	dr := data.Ref()
	read := int(vm.rawU64(dr, teeDataFirst+teeChunk, 0))
	if i < read {
		vm.setRawU64(r, 1, 0, uint64(i+1))
		return vm.slot(dr, teeDataFirst+i), true, nil
	}
	x, ok, err := vm.next(vm.slot(dr, 0))
	if err != nil || !ok {
		return vEmpty, false, err
	}
	// Another tee may have read meanwhile (re-entrancy): append at the end.
	read = int(vm.rawU64(dr, teeDataFirst+teeChunk, 0))
	if read < teeChunk {
		vm.setSlot(dr, teeDataFirst+read, x)
		vm.setRawU64(dr, teeDataFirst+teeChunk, 0, uint64(read+1))
	}
	vm.setRawU64(r, 1, 0, uint64(i+1))
	return x, true, nil
}

// itertoolsNext advances an itertools iterator.
func (vm *VM) itertoolsNext(it gc.Value, r gc.Ref, k gc.Kind) (gc.Value, bool, error) {
	switch k {
	case kindCount:
		cur, step := vm.slot(r, 0), vm.slot(r, 1)
		if cur.Tag() == gc.TagInt && step.Tag() == gc.TagInt {
			a, b := cur.Int(), step.Int()
			if s := a + b; (s > a) == (b > 0) {
				vm.setSlot(r, 0, gc.Int(s))
				return cur, true, nil
			}
		}
		nx, err := vm.binaryOp(bytecode.ADD, cur, step)
		if err != nil {
			return vEmpty, false, err
		}
		vm.setSlot(r, 0, nx)
		return cur, true, nil
	case kindCycle:
		src := vm.slot(r, 0)
		saved := vm.slot(r, 1)
		if !src.IsEmpty() {
			x, ok, err := vm.next(src)
			if err != nil {
				return vEmpty, false, err
			}
			if ok {
				vm.listAppend(saved, x)
				return x, true, nil
			}
			vm.setSlot(r, 0, vEmpty)
		}
		n := vm.listLen(saved)
		if n == 0 {
			return vEmpty, false, nil
		}
		i := int(vm.rawU64(r, 2, 0))
		if i >= n {
			i = 0
		}
		vm.setRawU64(r, 2, 0, uint64(i+1))
		return vm.listItems(saved)[i], true, nil
	case kindRepeat:
		times := vm.slot(r, 1)
		if times.Tag() == gc.TagInt {
			if times.Int() <= 0 {
				return vEmpty, false, nil
			}
			vm.setSlot(r, 1, gc.Int(times.Int()-1))
		}
		return vm.slot(r, 0), true, nil
	case kindAccumulate:
		if init := vm.slot(r, 3); init.Tag() != gc.TagNone {
			vm.setSlot(r, 2, init)
			vm.setSlot(r, 3, vNone)
			return init, true, nil
		}
		x, ok, err := vm.next(vm.slot(r, 0))
		if err != nil || !ok {
			return vEmpty, false, err
		}
		total := vm.slot(r, 2)
		if total.IsEmpty() {
			vm.setSlot(r, 2, x)
			return x, true, nil
		}
		var nt gc.Value
		if fn := vm.slot(r, 1); fn.Tag() == gc.TagNone {
			nt, err = vm.binaryOp(bytecode.ADD, total, x)
		} else {
			nt, err = vm.callValue(fn, []gc.Value{total, x}, nil)
		}
		if err != nil {
			return vEmpty, false, err
		}
		vm.setSlot(r, 2, nt)
		return nt, true, nil
	case kindChain:
		for {
			src := vm.slot(r, 0)
			if src.IsEmpty() {
				return vEmpty, false, nil
			}
			active := vm.slot(r, 1)
			if active.IsEmpty() {
				next, ok, err := vm.next(src)
				if err != nil {
					return vEmpty, false, err
				}
				if !ok {
					vm.setSlot(r, 0, vEmpty)
					return vEmpty, false, nil
				}
				if active, err = vm.getIter(next); err != nil {
					return vEmpty, false, err
				}
				vm.setSlot(r, 1, active)
			}
			x, ok, err := vm.next(active)
			if err != nil {
				return vEmpty, false, err
			}
			if ok {
				return x, true, nil
			}
			vm.setSlot(r, 1, vEmpty)
		}
	case kindCompress:
		for {
			x, ok, err := vm.next(vm.slot(r, 0))
			if err != nil || !ok {
				return vEmpty, false, err
			}
			s, ok, err := vm.next(vm.slot(r, 1))
			if err != nil || !ok {
				return vEmpty, false, err
			}
			keep, err := vm.truth(s)
			if err != nil {
				return vEmpty, false, err
			}
			if keep {
				return x, true, nil
			}
		}
	case kindDropwhile, kindTakewhile, kindFilterfalse:
		if k == kindTakewhile && vm.rawU64(r, 2, 0) != 0 {
			return vEmpty, false, nil
		}
		for {
			x, ok, err := vm.next(vm.slot(r, 1))
			if err != nil || !ok {
				return vEmpty, false, err
			}
			if k == kindDropwhile && vm.rawU64(r, 2, 0) != 0 {
				return x, true, nil
			}
			pred := vm.slot(r, 0)
			var t gc.Value
			if k == kindFilterfalse && pred.Tag() == gc.TagNone {
				t = x
			} else if t, err = vm.callValue(pred, []gc.Value{x}, nil); err != nil {
				return vEmpty, false, err
			}
			b, err := vm.truth(t)
			if err != nil {
				return vEmpty, false, err
			}
			switch k {
			case kindDropwhile:
				if !b {
					vm.setRawU64(r, 2, 0, 1)
					return x, true, nil
				}
			case kindTakewhile:
				if b {
					return x, true, nil
				}
				vm.setRawU64(r, 2, 0, 1)
				return vEmpty, false, nil
			default:
				if !b {
					return x, true, nil
				}
			}
		}
	case kindStarmap:
		x, ok, err := vm.next(vm.slot(r, 1))
		if err != nil || !ok {
			return vEmpty, false, err
		}
		var call []gc.Value
		if x.Tag() == TagTuple {
			call = append(call, vm.tupleItems(x)...)
		} else if call, err = vm.collect(x); err != nil {
			return vEmpty, false, err
		}
		v, err := vm.callValue(vm.slot(r, 0), call, nil)
		return v, err == nil, err
	case kindGroupby:
		return vm.groupbyNext(it, r)
	case kindGrouper:
		return vm.grouperNext(it, r)
	case kindIslice:
		src := vm.slot(r, 0)
		if src.IsEmpty() {
			return vEmpty, false, nil
		}
		cnt := int64(vm.rawU64(r, 1, 0))
		next := int64(vm.rawU64(r, 1, 1))
		stop := int64(vm.rawU64(r, 1, 2))
		step := int64(vm.rawU64(r, 1, 3))
		done := func(err error) (gc.Value, bool, error) {
			vm.setSlot(r, 0, vEmpty)
			return vEmpty, false, err
		}
		for cnt < next {
			_, ok, err := vm.next(src)
			if err != nil || !ok {
				return done(err)
			}
			cnt++
			vm.setRawU64(r, 1, 0, uint64(cnt))
		}
		if stop != -1 && cnt >= stop {
			return done(nil)
		}
		x, ok, err := vm.next(src)
		if err != nil || !ok {
			return done(err)
		}
		cnt++
		old := next
		next += step
		if next < old || (stop != -1 && next > stop) {
			next = stop
		}
		vm.setRawU64(r, 1, 0, uint64(cnt))
		vm.setRawU64(r, 1, 1, uint64(next))
		return x, true, nil
	case kindPairwise:
		src := vm.slot(r, 0)
		if src.IsEmpty() {
			return vEmpty, false, nil
		}
		old := vm.slot(r, 1)
		if old.IsEmpty() {
			x, ok, err := vm.next(src)
			if err != nil || !ok {
				vm.setSlot(r, 0, vEmpty)
				return vEmpty, false, err
			}
			old = x
			vm.setSlot(r, 1, old)
		}
		x, ok, err := vm.next(src)
		if err != nil || !ok {
			vm.setSlot(r, 0, vEmpty)
			vm.setSlot(r, 1, vEmpty)
			return vEmpty, false, err
		}
		vm.setSlot(r, 1, x)
		return vm.newTuple([]gc.Value{old, x}), true, nil
	case kindTee:
		return vm.teeNext(r)
	case kindZipLongest:
		active := vm.rawU64(r, 2, 0)
		its := vm.tupleItems(vm.slot(r, 0))
		if len(its) == 0 || active == 0 {
			return vEmpty, false, nil
		}
		out := make([]gc.Value, len(its))
		for i := range out {
			its = vm.tupleItems(vm.slot(r, 0))
			if its[i].IsEmpty() {
				out[i] = vm.slot(r, 1)
				continue
			}
			x, ok, err := vm.next(its[i])
			if err != nil {
				vm.setRawU64(r, 2, 0, 0)
				return vEmpty, false, err
			}
			if !ok {
				active--
				vm.setRawU64(r, 2, 0, active)
				if active == 0 {
					return vEmpty, false, nil
				}
				vm.tupleItems(vm.slot(r, 0))[i] = vEmpty
				x = vm.slot(r, 1)
			}
			out[i] = x
		}
		return vm.newTuple(out), true, nil
	case kindProduct, kindPermutations, kindCombinations, kindCombinationsWR:
		return vm.combNext(r, k)
	}
	return vEmpty, false, vm.raise("TypeError", "not an iterator")
}

// groupbyStep reads the next value and its key into the groupby object.
func (vm *VM) groupbyStep(r gc.Ref) (bool, error) {
	x, ok, err := vm.next(vm.slot(r, 0))
	if err != nil || !ok {
		return false, err
	}
	key := x
	if fn := vm.slot(r, 1); fn.Tag() != gc.TagNone {
		if key, err = vm.callValue(fn, []gc.Value{x}, nil); err != nil {
			return false, err
		}
	}
	vm.setSlot(r, 4, x)
	vm.setSlot(r, 3, key)
	return true, nil
}

// groupbyNext skips the rest of the current group and returns the next
// (key, group); the previous group's iterator ends.
func (vm *VM) groupbyNext(it gc.Value, r gc.Ref) (gc.Value, bool, error) {
	vm.setSlot(r, 5, vEmpty)
	for {
		cur, tgt := vm.slot(r, 3), vm.slot(r, 2)
		if !cur.IsEmpty() {
			if tgt.IsEmpty() {
				break
			}
			eq, err := vm.eqBool(tgt, cur)
			if err != nil {
				return vEmpty, false, err
			}
			if !eq {
				break
			}
		}
		ok, err := vm.groupbyStep(r)
		if err != nil || !ok {
			return vEmpty, false, err
		}
	}
	key := vm.slot(r, 3)
	vm.setSlot(r, 2, key)
	g := vm.newIter(kindGrouper, []gc.Value{it, key}, 0)
	vm.setSlot(r, 5, g)
	return vm.newTuple([]gc.Value{key, g}), true, nil
}

// grouperNext yields the next value of a group while its key matches and
// the group is still its parent's current one.
func (vm *VM) grouperNext(it gc.Value, r gc.Ref) (gc.Value, bool, error) {
	parent := vm.slot(r, 0)
	pr := parent.Ref()
	if vm.slot(pr, 5) != it {
		return vEmpty, false, nil
	}
	if vm.slot(pr, 4).IsEmpty() {
		ok, err := vm.groupbyStep(pr)
		if err != nil || !ok {
			return vEmpty, false, err
		}
	}
	eq, err := vm.eqBool(vm.slot(r, 1), vm.slot(pr, 3))
	if err != nil || !eq {
		return vEmpty, false, err
	}
	x := vm.slot(pr, 4)
	vm.setSlot(pr, 4, vEmpty)
	vm.setSlot(pr, 3, vEmpty)
	return x, true, nil
}

// combNext advances product, permutations, combinations and
// combinations_with_replacement (CPython's index algorithms).
func (vm *VM) combNext(r gc.Ref, k gc.Kind) (gc.Value, bool, error) {
	st := vm.heap.Side(r).(*combState)
	if st.stopped {
		return vEmpty, false, nil
	}
	pool := vm.tupleItems(vm.slot(r, 0))
	switch k {
	case kindProduct:
		// pool holds the pools; indices pick one item of each.
		if !st.first {
			i := len(st.indices) - 1
			for ; i >= 0; i-- {
				n := len(vm.tupleItems(pool[i]))
				st.indices[i]++
				if st.indices[i] < n {
					break
				}
				st.indices[i] = 0
			}
			if i < 0 {
				st.stopped = true
				return vEmpty, false, nil
			}
		}
		st.first = false
		out := make([]gc.Value, len(st.indices))
		for i, j := range st.indices {
			out[i] = vm.tupleItems(pool[i])[j]
		}
		return vm.newTuple(out), true, nil
	case kindPermutations:
		n, rr := len(pool), st.r
		if !st.first {
			if n == 0 {
				st.stopped = true
				return vEmpty, false, nil
			}
			i := rr - 1
			for ; i >= 0; i-- {
				st.cycles[i]--
				if st.cycles[i] == 0 {
					idx := st.indices[i]
					copy(st.indices[i:], st.indices[i+1:])
					st.indices[n-1] = idx
					st.cycles[i] = n - i
				} else {
					j := st.cycles[i]
					st.indices[i], st.indices[n-j] = st.indices[n-j], st.indices[i]
					break
				}
			}
			if i < 0 {
				st.stopped = true
				return vEmpty, false, nil
			}
		}
		st.first = false
		out := make([]gc.Value, rr)
		for i := range out {
			out[i] = pool[st.indices[i]]
		}
		return vm.newTuple(out), true, nil
	case kindCombinations:
		n, rr := len(pool), st.r
		if !st.first {
			i := rr - 1
			for i >= 0 && st.indices[i] == i+n-rr {
				i--
			}
			if i < 0 {
				st.stopped = true
				return vEmpty, false, nil
			}
			st.indices[i]++
			for j := i + 1; j < rr; j++ {
				st.indices[j] = st.indices[j-1] + 1
			}
		}
		st.first = false
		out := make([]gc.Value, rr)
		for i := range out {
			out[i] = pool[st.indices[i]]
		}
		return vm.newTuple(out), true, nil
	default:
		n, rr := len(pool), st.r
		if !st.first {
			i := rr - 1
			for i >= 0 && st.indices[i] == n-1 {
				i--
			}
			if i < 0 {
				st.stopped = true
				return vEmpty, false, nil
			}
			v := st.indices[i] + 1
			for j := i; j < rr; j++ {
				st.indices[j] = v
			}
		}
		st.first = false
		out := make([]gc.Value, rr)
		for i := range out {
			out[i] = pool[st.indices[i]]
		}
		return vm.newTuple(out), true, nil
	}
}
