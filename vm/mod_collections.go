// mod_collections.go is the native module _collections: deque and
// defaultdict, with CPython 3.11's behaviour (messages, reprs, mutation
// checks). A deque is an instance whose fixed slots hold a ring buffer on
// the gc heap (a storage block whose capacity is a power of two), the
// index of its first item, its length, maxlen and a mutation counter that
// iterators check; both ends are O(1). A defaultdict is a dict subclass
// (the dict in the base slot) whose __missing__ calls default_factory.

package vm

import (
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Fixed slots of a deque instance.
const (
	dqStore  = 2 // TagStorage ring, or None before the first use
	dqHead   = 3 // int: ring index of the first item
	dqLen    = 4 // int: number of items
	dqMaxlen = 5 // int, or None when unbounded
	dqState  = 6 // int: bumped by every change of length or order
	dqSlots  = 7
)

// dqMinCap is the capacity of a new ring.
const dqMinCap = 8

// dq returns the instance's ref after making sure its ring exists.
func (vm *VM) dq(v gc.Value) gc.Ref {
	r := v.Ref()
	if vm.slot(r, dqStore).Tag() != TagStorage {
		vm.setSlot(r, dqStore, mkref(TagStorage, vm.alloc(kindStorage, dqMinCap, 0)))
		vm.setSlot(r, dqHead, gc.Int(0))
		vm.setSlot(r, dqLen, gc.Int(0))
		vm.setSlot(r, dqMaxlen, vNone)
		vm.setSlot(r, dqState, gc.Int(0))
	}
	return r
}

// dqLength returns the number of items of a deque.
func (vm *VM) dqLength(r gc.Ref) int {
	if n := vm.slot(r, dqLen); n.Tag() == gc.TagInt {
		return int(n.Int())
	}
	return 0
}

// dqMax returns maxlen, or -1 when unbounded.
func (vm *VM) dqMax(r gc.Ref) int {
	if m := vm.slot(r, dqMaxlen); m.Tag() == gc.TagInt {
		return int(m.Int())
	}
	return -1
}

func (vm *VM) dqBump(r gc.Ref) { vm.setSlot(r, dqState, gc.Int(vm.slot(r, dqState).Int()+1)) }

// dqRing returns the ring's slots, its first index and the length.
func (vm *VM) dqRing(r gc.Ref) ([]gc.Value, int, int) {
	st := vm.slot(r, dqStore).Ref()
	return vm.slotsOf(st, vm.numSlots(st)), int(vm.slot(r, dqHead).Int()), int(vm.slot(r, dqLen).Int())
}

// dqAt returns item i (0 <= i < len).
func (vm *VM) dqAt(r gc.Ref, i int) gc.Value {
	ring, head, _ := vm.dqRing(r)
	return ring[(head+i)&(len(ring)-1)]
}

// dqSetAt replaces item i.
func (vm *VM) dqSetAt(r gc.Ref, i int, x gc.Value) {
	ring, head, _ := vm.dqRing(r)
	ring[(head+i)&(len(ring)-1)] = x
}

// dqItems copies the items out in order.
func (vm *VM) dqItems(r gc.Ref) []gc.Value {
	ring, head, n := vm.dqRing(r)
	out := make([]gc.Value, n)
	mask := len(ring) - 1
	for i := range out {
		out[i] = ring[(head+i)&mask]
	}
	return out
}

// dqGrow doubles the ring, unrolling it to start at index 0.
func (vm *VM) dqGrow(r gc.Ref) {
	ring, head, n := vm.dqRing(r)
	ns := vm.alloc(kindStorage, len(ring)*2, 0)
	dst := vm.slotsOf(ns, len(ring)*2)
	mask := len(ring) - 1
	for i := 0; i < n; i++ {
		dst[i] = ring[(head+i)&mask]
	}
	vm.setSlot(r, dqStore, mkref(TagStorage, ns))
	vm.setSlot(r, dqHead, gc.Int(0))
}

// dqPushRight appends x without the maxlen check.
func (vm *VM) dqPushRight(r gc.Ref, x gc.Value) {
	ring, head, n := vm.dqRing(r)
	if n == len(ring) {
		vm.dqGrow(r)
		ring, head, n = vm.dqRing(r)
	}
	ring[(head+n)&(len(ring)-1)] = x
	vm.setSlot(r, dqLen, gc.Int(int64(n+1)))
}

// dqPushLeft prepends x without the maxlen check.
func (vm *VM) dqPushLeft(r gc.Ref, x gc.Value) {
	ring, head, n := vm.dqRing(r)
	if n == len(ring) {
		vm.dqGrow(r)
		ring, head, n = vm.dqRing(r)
	}
	head = (head - 1) & (len(ring) - 1)
	ring[head] = x
	vm.setSlot(r, dqHead, gc.Int(int64(head)))
	vm.setSlot(r, dqLen, gc.Int(int64(n+1)))
}

// dqPopLeft removes and returns the first item (the deque is not empty).
func (vm *VM) dqPopLeft(r gc.Ref) gc.Value {
	ring, head, n := vm.dqRing(r)
	x := ring[head]
	ring[head] = vEmpty
	vm.setSlot(r, dqHead, gc.Int(int64((head+1)&(len(ring)-1))))
	vm.setSlot(r, dqLen, gc.Int(int64(n-1)))
	return x
}

// dqPopRight removes and returns the last item (the deque is not empty).
func (vm *VM) dqPopRight(r gc.Ref) gc.Value {
	ring, head, n := vm.dqRing(r)
	i := (head + n - 1) & (len(ring) - 1)
	x := ring[i]
	ring[i] = vEmpty
	vm.setSlot(r, dqLen, gc.Int(int64(n-1)))
	return x
}

// dqAppend is deque.append: trims from the left past maxlen.
func (vm *VM) dqAppend(r gc.Ref, x gc.Value) {
	m := vm.dqMax(r)
	if m == 0 {
		return
	}
	vm.dqPushRight(r, x)
	if m > 0 && vm.dqLength(r) > m {
		vm.dqPopLeft(r)
	}
	vm.dqBump(r)
}

// dqAppendLeft is deque.appendleft: trims from the right past maxlen.
func (vm *VM) dqAppendLeft(r gc.Ref, x gc.Value) {
	m := vm.dqMax(r)
	if m == 0 {
		return
	}
	vm.dqPushLeft(r, x)
	if m > 0 && vm.dqLength(r) > m {
		vm.dqPopRight(r)
	}
	vm.dqBump(r)
}

// dqClear empties a deque.
func (vm *VM) dqClear(r gc.Ref) {
	if vm.dqLength(r) > 0 {
		vm.dqBump(r)
	}
	vm.setSlot(r, dqStore, mkref(TagStorage, vm.alloc(kindStorage, dqMinCap, 0)))
	vm.setSlot(r, dqHead, gc.Int(0))
	vm.setSlot(r, dqLen, gc.Int(0))
}

// dqExtend is deque.extend (left: extendleft).
func (vm *VM) dqExtend(v, src gc.Value, left bool) error {
	r := vm.dq(v)
	if src == v {
		items := vm.dqItems(r)
		src = vm.newList(items, 0)
	}
	add := vm.dqAppend
	if left {
		add = vm.dqAppendLeft
	}
	if src.Tag() == TagList || src.Tag() == TagTuple {
		for i := 0; ; i++ {
			items := vm.seqItems(src)
			if i >= len(items) {
				return nil
			}
			add(r, items[i])
		}
	}
	it, err := vm.getIter(src)
	if err != nil {
		return err
	}
	for {
		x, ok, err := vm.next(it)
		if err != nil || !ok {
			return err
		}
		add(r, x)
	}
}

// dqRotate rotates right by n (left when negative).
func (vm *VM) dqRotate(r gc.Ref, n int) {
	ln := vm.dqLength(r)
	if ln <= 1 {
		return
	}
	vm.dqBump(r)
	n %= ln
	if n < 0 {
		n += ln
	}
	if n == 0 {
		return
	}
	ring, head, _ := vm.dqRing(r)
	mask := len(ring) - 1
	if ln == len(ring) {
		// A full ring rotates by moving its head.
		vm.setSlot(r, dqHead, gc.Int(int64((head-n)&mask)))
		return
	}
	if n <= ln/2 {
		for ; n > 0; n-- {
			vm.dqPushLeft(r, vm.dqPopRight(r))
		}
		return
	}
	for n = ln - n; n > 0; n-- {
		vm.dqPushRight(r, vm.dqPopLeft(r))
	}
}

// dqDelAt removes item i.
func (vm *VM) dqDelAt(r gc.Ref, i int) {
	vm.dqRotate(r, -i)
	vm.dqPopLeft(r)
	vm.dqRotate(r, i)
	vm.dqBump(r)
}

// dqIndexArg converts a deque subscript to a position.
func (vm *VM) dqIndexArg(r gc.Ref, b gc.Value) (int, error) {
	if !isIntLike(b) {
		if b.Tag() == TagObject {
			if _, ok := vm.lookupS(vm.typeOf(b), "__index__"); ok {
				i, err := vm.ssize(b)
				if err != nil {
					return 0, err
				}
				b = gc.Int(int64(i))
			}
		}
		if !isIntLike(b) {
			return 0, vm.raise("TypeError", "sequence index must be integer, not '%s'", vm.typeOf(b).Name)
		}
	}
	if b.Tag() == TagBigInt {
		return 0, vm.raise("IndexError", "cannot fit 'int' into an index-sized integer")
	}
	i := int(int64(b.Bits()))
	n := vm.dqLength(r)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, vm.raise("IndexError", "deque index out of range")
	}
	return i, nil
}

// dqShortName is the name a deque's repr prints (its type's __name__).
func dqShortName(t *Type) string { return t.Name[strings.LastIndexByte(t.Name, '.')+1:] }

// dqCopy is deque.copy: exact deques are copied directly, subclasses are
// called with (d) or (d, maxlen) as CPython does.
func (vm *VM) dqCopy(v gc.Value, dt *Type) (gc.Value, error) {
	r := vm.dq(v)
	t := vm.typeOf(v)
	if t == dt {
		nv := vm.newInstance(dt)
		nr := vm.dq(nv)
		vm.setSlot(nr, dqMaxlen, vm.slot(r, dqMaxlen))
		for _, x := range vm.dqItems(r) {
			vm.dqAppend(nr, x)
		}
		return nv, nil
	}
	args := []gc.Value{v}
	if m := vm.dqMax(r); m >= 0 {
		args = append(args, gc.Int(int64(m)))
	}
	res, err := vm.callType(t, args, nil)
	if err != nil {
		return vEmpty, err
	}
	if !vm.isInstance(res, dt) {
		return vEmpty, vm.raise("TypeError", "%s() must return a deque, not %s", t.Name, vm.typeOf(res).Name)
	}
	return res, nil
}

// dqRepeat is deque *= n.
func (vm *VM) dqRepeat(v gc.Value, nv gc.Value) error {
	n, err := vm.ssize(nv)
	if err != nil {
		return err
	}
	r := vm.dq(v)
	size := vm.dqLength(r)
	if size == 0 || n == 1 {
		return nil
	}
	if n <= 0 {
		vm.dqClear(r)
		return nil
	}
	if m := vm.dqMax(r); m >= 0 && n*size > m {
		n = (m + size - 1) / size
	}
	if size > (1<<62)/n {
		return vm.raise("MemoryError", "")
	}
	items := vm.dqItems(r)
	for k := 1; k < n; k++ {
		for _, x := range items {
			vm.dqAppend(r, x)
		}
	}
	return nil
}

// dqCompare is deque's rich comparison (NotImplemented for non-deques).
func (vm *VM) dqCompare(op bytecode.Op, a, b gc.Value, dt *Type) (gc.Value, error) {
	if !vm.isInstance(b, dt) {
		return vNotImpl, nil
	}
	x, y := vm.dqItems(vm.dq(a)), vm.dqItems(vm.dq(b))
	if (op == bytecode.EQ || op == bytecode.NE) && len(x) != len(y) {
		return gc.Bool(op == bytecode.NE), nil
	}
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		eq, err := vm.eqBool(x[i], y[i])
		if err != nil {
			return vEmpty, err
		}
		if !eq {
			break
		}
	}
	if i < len(x) && i < len(y) {
		switch op {
		case bytecode.EQ:
			return vFalse, nil
		case bytecode.NE:
			return vTrue, nil
		}
		return vm.compare(op, x[i], y[i])
	}
	c := 0
	if len(x) < len(y) {
		c = -1
	} else if len(x) > len(y) {
		c = 1
	}
	return gc.Bool(cmpResult(op, c)), nil
}

// dqFind compares x with each item (from start to stop), stopping at the
// first equal one: its index, or -1. A deque changed by a comparison
// raises mutErr ("deque mutated during iteration").
func (vm *VM) dqFind(r gc.Ref, x gc.Value, start, stop int, mutErr string, count bool) (int, int, error) {
	state := vm.slot(r, dqState)
	found := 0
	for i := start; i < stop && i < vm.dqLength(r); i++ {
		item := vm.dqAt(r, i)
		eq := item == x
		if !eq {
			var err error
			if eq, err = vm.eqBool(item, x); err != nil {
				return 0, 0, err
			}
		}
		if vm.slot(r, dqState) != state {
			return 0, 0, vm.raise(mutErr, "deque mutated during iteration")
		}
		if eq {
			if !count {
				return i, 1, nil
			}
			found++
		}
	}
	return -1, found, nil
}

// dequeIterNext advances a deque iterator: slot 0 the deque; raw words the
// next position, the deque's state when the iterator was made, and the
// number of items left.
func (vm *VM) dequeIterNext(r gc.Ref, rev bool) (gc.Value, bool, error) {
	d := vm.slot(r, 0)
	dr := vm.dq(d)
	if uint64(vm.slot(dr, dqState).Int()) != vm.rawU64(r, 1, 1) {
		vm.setRawU64(r, 1, 2, 0)
		return vEmpty, false, vm.raise("RuntimeError", "deque mutated during iteration")
	}
	left := vm.rawU64(r, 1, 2)
	if left == 0 {
		return vEmpty, false, nil
	}
	i := int(vm.rawU64(r, 1, 0))
	if i < 0 || i >= vm.dqLength(dr) {
		return vEmpty, false, nil
	}
	vm.setRawU64(r, 1, 2, left-1)
	if rev {
		vm.setRawU64(r, 1, 0, uint64(i-1))
	} else {
		vm.setRawU64(r, 1, 0, uint64(i+1))
	}
	return vm.dqAt(dr, i), true, nil
}

// newDequeIter makes a (reversed) iterator over deque v.
func (vm *VM) newDequeIter(v gc.Value, rev bool) gc.Value {
	r := vm.dq(v)
	k := kindDequeIter
	start := 0
	n := vm.dqLength(r)
	if rev {
		k = kindDequeRevIter
		start = n - 1
	}
	it := vm.newIter(k, []gc.Value{v}, 3)
	vm.setRawU64(it.Ref(), 1, 0, uint64(start))
	vm.setRawU64(it.Ref(), 1, 1, uint64(vm.slot(r, dqState).Int()))
	vm.setRawU64(it.Ref(), 1, 2, uint64(n))
	return it
}

// dqMaxlenArg converts deque()'s maxlen argument.
func (vm *VM) dqMaxlenArg(m gc.Value) (gc.Value, error) {
	if m.IsEmpty() || m.Tag() == gc.TagNone {
		return vNone, nil
	}
	if !isIntLike(m) {
		if m.Tag() != TagObject {
			return vEmpty, vm.raise("TypeError", "an integer is required")
		}
		i, err := vm.ssize(m)
		if err != nil {
			return vEmpty, err
		}
		m = gc.Int(int64(i))
	}
	if m.Tag() == TagBigInt {
		return vEmpty, vm.raise("OverflowError", "Python int too large to convert to C ssize_t")
	}
	if int64(m.Bits()) < 0 {
		return vEmpty, vm.raise("ValueError", "maxlen must be non-negative")
	}
	return gc.Int(int64(m.Bits())), nil
}

// collectionsModule fills the _collections module's dict.
func (vm *VM) collectionsModule(d gc.Value) {
	dt := vm.newNativeType("collections", "deque", nil, TagObject, 0)
	dt.nslots = dqSlots
	dt.restricted = true
	dt.attrCap = 1
	vm.dictSet(dt.Dict, vm.intern("__hash__"), vNone)
	vm.initDeque(dt)
	dt.nat = &nativeSlots{
		length: func(vm *VM, v gc.Value) int { return vm.dqLength(v.Ref()) },
		getItem: func(vm *VM, v, k gc.Value) (gc.Value, error) {
			r := vm.dq(v)
			if k.Tag() == gc.TagInt {
				i, n := k.Int(), int64(vm.dqLength(r))
				if i < 0 {
					i += n
				}
				if i >= 0 && i < n {
					return vm.dqAt(r, int(i)), nil
				}
			}
			i, err := vm.dqIndexArg(r, k)
			if err != nil {
				return vEmpty, err
			}
			return vm.dqAt(r, i), nil
		},
	}
	vm.newNativeType("_collections", "_deque_iterator", nil, TagIter, kindDequeIter)
	vm.newNativeType("_collections", "_deque_reverse_iterator", nil, TagIter, kindDequeRevIter)
	vm.dictSet(d, vm.intern("deque"), dt.Value())
	ddt := vm.newNativeType("collections", "defaultdict", vm.tDict, TagObject, 0)
	ddt.builtinBase = vm.tDict
	ddt.nslots = baseSlot + 2
	vm.dictSet(ddt.Dict, vm.intern("__hash__"), vNone)
	vm.initDefaultdict(ddt)
	vm.dictSet(d, vm.intern("defaultdict"), ddt.Value())
}

// initDeque installs deque's methods.
func (vm *VM) initDeque(dt *Type) {
	self := func(args []gc.Value) gc.Ref { return vm.dq(args[0]) }
	cmp := func(op bytecode.Op) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.__cmp__", "__cmp__", args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			return vm.dqCompare(op, args[0], args[1], dt)
		}
	}
	initSpec := &clinic{fname: "deque", names: []string{"iterable", "maxlen"}, maxpos: 2}
	vm.nativeMethods(dt, "deque", map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args)-len(kw) > 3 {
				return vEmpty, vm.raise("TypeError", "deque() takes at most 2 arguments (%d given)", len(args)-1)
			}
			a, err := vm.parseArgs(initSpec, args[1:], kw)
			if err != nil {
				return vEmpty, err
			}
			m, err := vm.dqMaxlenArg(a[1])
			if err != nil {
				return vEmpty, err
			}
			r := self(args)
			vm.setSlot(r, dqMaxlen, m)
			if vm.dqLength(r) > 0 {
				vm.dqClear(r)
			}
			if !a[0].IsEmpty() {
				return vNone, vm.dqExtend(args[0], a[0], false)
			}
			return vNone, nil
		},
		"append": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return vEmpty, vm.oneArg("deque.append", "deque.append", args[1:], kw)
			}
			vm.dqAppend(self(args), args[1])
			return vNone, nil
		},
		"appendleft": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return vEmpty, vm.oneArg("deque.appendleft", "deque.appendleft", args[1:], kw)
			}
			vm.dqAppendLeft(self(args), args[1])
			return vNone, nil
		},
		"pop": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return vEmpty, vm.noArgs("deque.pop", "pop", args[1:], kw)
			}
			r := self(args)
			if vm.dqLength(r) == 0 {
				return vEmpty, vm.raise("IndexError", "pop from an empty deque")
			}
			x := vm.dqPopRight(r)
			vm.dqBump(r)
			return x, nil
		},
		"popleft": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return vEmpty, vm.noArgs("deque.popleft", "popleft", args[1:], kw)
			}
			r := self(args)
			if vm.dqLength(r) == 0 {
				return vEmpty, vm.raise("IndexError", "pop from an empty deque")
			}
			x := vm.dqPopLeft(r)
			vm.dqBump(r)
			return x, nil
		},
		"extend": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return vEmpty, vm.oneArg("deque.extend", "deque.extend", args[1:], kw)
			}
			return vNone, vm.dqExtend(args[0], args[1], false)
		},
		"extendleft": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return vEmpty, vm.oneArg("deque.extendleft", "deque.extendleft", args[1:], kw)
			}
			return vNone, vm.dqExtend(args[0], args[1], true)
		},
		"rotate": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.rotate", "deque.rotate", args[1:], kw, 0, 1); err != nil {
				return vEmpty, err
			}
			n := 1
			if len(args) == 2 {
				var err error
				if n, err = vm.ssize(args[1]); err != nil {
					return vEmpty, err
				}
			}
			vm.dqRotate(self(args), n)
			return vNone, nil
		},
		"clear": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return vEmpty, vm.noArgs("deque.clear", "clear", args[1:], kw)
			}
			vm.dqClear(self(args))
			return vNone, nil
		},
		"copy": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return vEmpty, vm.noArgs("deque.copy", "copy", args[1:], kw)
			}
			return vm.dqCopy(args[0], dt)
		},
		"__copy__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return vEmpty, vm.noArgs("deque.__copy__", "__copy__", args[1:], kw)
			}
			return vm.dqCopy(args[0], dt)
		},
		"__deepcopy__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.oneArg("deque.__deepcopy__", "deque.__deepcopy__", args[1:], kw); err != nil {
				return vEmpty, err
			}
			v := args[0]
			r := vm.dq(v)
			t := vm.typeOf(v)
			var y gc.Value
			if t == dt {
				y = vm.newInstance(dt)
				vm.setSlot(vm.dq(y), dqMaxlen, vm.slot(r, dqMaxlen))
			} else {
				cargs := []gc.Value{vm.newList(nil, 0)}
				if m := vm.dqMax(r); m >= 0 {
					cargs = append(cargs, gc.Int(int64(m)))
				}
				var err error
				if y, err = vm.callType(t, cargs, nil); err != nil {
					return vEmpty, err
				}
			}
			items, err := vm.deepcopyAll(args[1], v, y, vm.dqItems(r))
			if err != nil {
				return vEmpty, err
			}
			for _, x := range items {
				if t == dt {
					vm.dqAppend(vm.dq(y), x)
				} else if _, err := vm.callMethod(y, "append", x); err != nil {
					return vEmpty, err
				}
			}
			return y, nil
		},
		"count": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return vEmpty, vm.oneArg("deque.count", "deque.count", args[1:], kw)
			}
			r := self(args)
			_, n, err := vm.dqFind(r, args[1], 0, vm.dqLength(r), "RuntimeError", true)
			return gc.Int(int64(n)), err
		},
		"index": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(kw) > 0 {
				return vEmpty, vm.raise("TypeError", "deque.index() takes no keyword arguments")
			}
			if len(args) < 2 {
				return vEmpty, vm.raise("TypeError", "index() takes at least 1 argument (%d given)", len(args)-1)
			}
			if len(args) > 4 {
				return vEmpty, vm.raise("TypeError", "index() takes at most 3 arguments (%d given)", len(args)-1)
			}
			r := self(args)
			n := vm.dqLength(r)
			bounds := []int{0, n}
			for k := 2; k < len(args); k++ {
				i, err := vm.sliceIndexArg(args[k])
				if err != nil {
					return vEmpty, err
				}
				if i < 0 {
					i += n
					if i < 0 {
						i = 0
					}
				}
				if i > n {
					i = n
				}
				bounds[k-2] = i
			}
			i, _, err := vm.dqFind(r, args[1], bounds[0], bounds[1], "RuntimeError", false)
			if err != nil {
				return vEmpty, err
			}
			if i < 0 {
				s, err := vm.reprOf(args[1])
				if err != nil {
					return vEmpty, err
				}
				return vEmpty, vm.raise("ValueError", "%s is not in deque", s)
			}
			return gc.Int(int64(i)), nil
		},
		"insert": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(kw) > 0 {
				return vEmpty, vm.raise("TypeError", "deque.insert() takes no keyword arguments")
			}
			if len(args) != 3 {
				return vEmpty, vm.raise("TypeError", "insert() takes exactly 2 arguments (%d given)", len(args)-1)
			}
			i, err := vm.ssize(args[1])
			if err != nil {
				return vEmpty, err
			}
			r := self(args)
			n := vm.dqLength(r)
			if vm.dqMax(r) == n {
				return vEmpty, vm.raise("IndexError", "deque already at its maximum size")
			}
			switch {
			case i >= n:
				vm.dqAppend(r, args[2])
			case i <= -n || i == 0:
				vm.dqAppendLeft(r, args[2])
			default:
				if i < 0 {
					i += n
				}
				vm.dqRotate(r, -i)
				vm.dqAppendLeft(r, args[2])
				vm.dqRotate(r, i)
			}
			return vNone, nil
		},
		"remove": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return vEmpty, vm.oneArg("deque.remove", "deque.remove", args[1:], kw)
			}
			r := self(args)
			i, _, err := vm.dqFind(r, args[1], 0, vm.dqLength(r), "IndexError", false)
			if err != nil {
				return vEmpty, err
			}
			if i < 0 {
				s, err := vm.reprOf(args[1])
				if err != nil {
					return vEmpty, err
				}
				return vEmpty, vm.raise("ValueError", "%s is not in deque", s)
			}
			vm.dqDelAt(r, i)
			return vNone, nil
		},
		"reverse": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return vEmpty, vm.noArgs("deque.reverse", "reverse", args[1:], kw)
			}
			r := self(args)
			n := vm.dqLength(r)
			for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
				a, b := vm.dqAt(r, i), vm.dqAt(r, j)
				vm.dqSetAt(r, i, b)
				vm.dqSetAt(r, j, a)
			}
			return vNone, nil
		},
		"__len__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return gc.Int(int64(vm.dqLength(args[0].Ref()))), nil
		},
		"__getitem__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.__getitem__", "__getitem__", args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			r := self(args)
			i, err := vm.dqIndexArg(r, args[1])
			if err != nil {
				return vEmpty, err
			}
			return vm.dqAt(r, i), nil
		},
		"__setitem__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.__setitem__", "__setitem__", args, kw, 3, 3); err != nil {
				return vEmpty, err
			}
			r := self(args)
			i, err := vm.dqIndexArg(r, args[1])
			if err != nil {
				return vEmpty, err
			}
			vm.dqSetAt(r, i, args[2])
			return vNone, nil
		},
		"__delitem__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.__delitem__", "__delitem__", args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			r := self(args)
			i, err := vm.dqIndexArg(r, args[1])
			if err != nil {
				return vEmpty, err
			}
			vm.dqDelAt(r, i)
			return vNone, nil
		},
		"__iter__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.newDequeIter(args[0], false), nil
		},
		"__reversed__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.newDequeIter(args[0], true), nil
		},
		"__contains__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.__contains__", "__contains__", args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			r := self(args)
			i, _, err := vm.dqFind(r, args[1], 0, vm.dqLength(r), "RuntimeError", false)
			return gc.Bool(i >= 0), err
		},
		"__eq__": cmp(bytecode.EQ),
		"__ne__": cmp(bytecode.NE),
		"__lt__": cmp(bytecode.LT),
		"__le__": cmp(bytecode.LE),
		"__gt__": cmp(bytecode.GT),
		"__ge__": cmp(bytecode.GE),
		"__add__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.__add__", "__add__", args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			if !vm.isInstance(args[1], dt) {
				return vEmpty, vm.raise("TypeError", "can only concatenate deque (not \"%s\") to deque", vm.typeOf(args[1]).Name)
			}
			nv, err := vm.dqCopy(args[0], dt)
			if err != nil {
				return vEmpty, err
			}
			return nv, vm.dqExtend(nv, args[1], false)
		},
		"__mul__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.dqMul(args, kw, dt)
		},
		"__rmul__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vm.dqMul(args, kw, dt)
		},
		"__iadd__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.__iadd__", "__iadd__", args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			return args[0], vm.dqExtend(args[0], args[1], false)
		},
		"__imul__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("deque.__imul__", "__imul__", args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			if !vm.isIndexable(args[1]) {
				return vEmpty, vm.raise("TypeError", "can't multiply sequence by non-int of type '%s'", vm.typeOf(args[1]).Name)
			}
			return args[0], vm.dqRepeat(args[0], args[1])
		},
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			v := args[0]
			if vm.reprActive == nil {
				vm.reprActive = map[gc.Value]bool{}
			}
			if vm.reprActive[v] {
				return vm.newStr("[...]"), nil
			}
			vm.reprActive[v] = true
			defer delete(vm.reprActive, v)
			r := vm.dq(v)
			var b strings.Builder
			b.WriteString(dqShortName(vm.typeOf(v)))
			b.WriteString("([")
			for i, x := range vm.dqItems(r) {
				if i > 0 {
					b.WriteString(", ")
				}
				s, err := vm.reprOf(x)
				if err != nil {
					return vEmpty, err
				}
				b.WriteString(s)
			}
			b.WriteString("]")
			if m := vm.dqMax(r); m >= 0 {
				b.WriteString(", maxlen=" + strconv.Itoa(m))
			}
			b.WriteString(")")
			return vm.newStr(b.String()), nil
		},
	})
	vm.nativeGetter(dt, "maxlen", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vm.slot(vm.dq(args[0]), dqMaxlen), nil
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vEmpty, vm.raise("AttributeError", "attribute 'maxlen' of 'collections.deque' objects is not writable")
	})
}

// dqMul is deque * n and n * deque.
func (vm *VM) dqMul(args []gc.Value, kw []string, dt *Type) (gc.Value, error) {
	if err := vm.posOnly("deque.__mul__", "__mul__", args, kw, 2, 2); err != nil {
		return vEmpty, err
	}
	if !vm.isIndexable(args[1]) {
		if args[1].Tag() == TagObject {
			if _, ok := vm.lookupS(vm.typeOf(args[1]), "__rmul__"); ok {
				return vNotImpl, nil
			}
		}
		return vEmpty, vm.raise("TypeError", "can't multiply sequence by non-int of type '%s'", vm.typeOf(args[1]).Name)
	}
	nv, err := vm.dqCopy(args[0], dt)
	if err != nil {
		return vEmpty, err
	}
	return nv, vm.dqRepeat(nv, args[1])
}

// isIndexable reports whether v is an int or has __index__.
func (vm *VM) isIndexable(v gc.Value) bool {
	if isIntLike(v) {
		return true
	}
	if v.Tag() == TagObject {
		_, ok := vm.lookupS(vm.typeOf(v), "__index__")
		return ok
	}
	return false
}

// sliceIndexArg converts a start/stop argument as CPython's
// _PyEval_SliceIndexNotNone (huge ints clamp).
func (vm *VM) sliceIndexArg(v gc.Value) (int, error) {
	if !vm.isIndexable(v) {
		return 0, vm.raise("TypeError", "slice indices must be integers or have an __index__ method")
	}
	if v.Tag() == TagBigInt {
		if vm.bigOf(v).Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	return vm.ssize(v)
}

// noArgs checks a method that takes no arguments (METH_NOARGS).
func (vm *VM) noArgs(qual, fname string, args []gc.Value, kw []string) error {
	if len(kw) > 0 {
		return vm.raise("TypeError", "%s() takes no keyword arguments", qual)
	}
	if len(args) != 0 {
		return vm.raise("TypeError", "%s() takes no arguments (%d given)", qual, len(args))
	}
	return nil
}

// Slots of a defaultdict instance after the base dict.
const ddFactory = baseSlot + 1

// initDefaultdict installs defaultdict's methods.
func (vm *VM) initDefaultdict(ddt *Type) {
	factory := func(v gc.Value) gc.Value {
		f := vm.slot(v.Ref(), ddFactory)
		if f.IsEmpty() {
			return vNone
		}
		return f
	}
	newDD := func(t *Type, f gc.Value) (gc.Value, error) {
		if t == ddt || f.Tag() == gc.TagNone {
			obj := vm.newInstance(t)
			vm.setSlot(obj.Ref(), baseSlot, vm.newDict())
			vm.setSlot(obj.Ref(), ddFactory, f)
			return obj, nil
		}
		return vm.callType(t, []gc.Value{f}, nil)
	}
	copyDD := func(v gc.Value) (gc.Value, error) {
		t := vm.typeOf(v)
		if t == ddt {
			obj, _ := newDD(ddt, factory(v))
			return obj, vm.dictUpdate(vm.slot(obj.Ref(), baseSlot), vm.slot(v.Ref(), baseSlot))
		}
		return vm.callType(t, []gc.Value{factory(v), v}, nil)
	}
	vm.nativeMethods(ddt, "defaultdict", map[string]bfunc{
		"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			obj := args[0]
			npos := len(args) - len(kw)
			f := vNone
			rest := args[1:]
			if npos > 1 {
				f = args[1]
				if f.Tag() != gc.TagNone && !vm.isCallable(f) {
					return vEmpty, vm.raise("TypeError", "first argument must be callable or None")
				}
				rest = args[2:]
			}
			vm.setSlot(obj.Ref(), ddFactory, f)
			base := vm.slot(obj.Ref(), baseSlot)
			if base.Tag() != TagDict {
				base = vm.newDict()
				vm.setSlot(obj.Ref(), baseSlot, base)
			}
			pos := rest[:len(rest)-len(kw)]
			if len(pos) > 1 {
				return vEmpty, vm.raise("TypeError", "dict expected at most 1 argument, got %d", len(pos))
			}
			if len(pos) == 1 {
				if err := vm.dictUpdate(base, vm.unwrap(pos[0])); err != nil {
					return vEmpty, err
				}
			}
			for i, k := range kw {
				if err := vm.dictSet(base, vm.intern(k), rest[len(pos)+i]); err != nil {
					return vEmpty, err
				}
			}
			return vNone, nil
		},
		"__missing__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.posOnly("defaultdict.__missing__", "__missing__", args, kw, 2, 2); err != nil {
				return vEmpty, err
			}
			f := factory(args[0])
			if f.Tag() == gc.TagNone {
				return vEmpty, vm.raiseValue(vm.newExc("KeyError", args[1]), vEmpty)
			}
			v, err := vm.callValue(f, nil, nil)
			if err != nil {
				return vEmpty, err
			}
			return v, vm.setItem(args[0], args[1], v)
		},
		"copy": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.noArgs("defaultdict.copy", "copy", args[1:], kw); err != nil {
				return vEmpty, err
			}
			return copyDD(args[0])
		},
		"__copy__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.noArgs("defaultdict.__copy__", "__copy__", args[1:], kw); err != nil {
				return vEmpty, err
			}
			return copyDD(args[0])
		},
		"__deepcopy__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.oneArg("defaultdict.__deepcopy__", "defaultdict.__deepcopy__", args[1:], kw); err != nil {
				return vEmpty, err
			}
			v := args[0]
			y, err := newDD(vm.typeOf(v), factory(v))
			if err != nil {
				return vEmpty, err
			}
			var flat []gc.Value
			vm.dictEach(vm.slot(v.Ref(), baseSlot), func(k, x gc.Value) bool {
				flat = append(flat, k, x)
				return true
			})
			items, err := vm.deepcopyAll(args[1], v, y, flat)
			if err != nil {
				return vEmpty, err
			}
			for i := 0; i < len(items); i += 2 {
				if err := vm.setItem(y, items[i], items[i+1]); err != nil {
					return vEmpty, err
				}
			}
			return y, nil
		},
		"__or__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if !vm.isInstance(args[1], vm.tDict) {
				return vNotImpl, nil
			}
			nv, err := copyDD(args[0])
			if err != nil {
				return vEmpty, err
			}
			return nv, vm.dictUpdate(vm.unwrap(nv), vm.unwrap(args[1]))
		},
		"__ror__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if !vm.isInstance(args[1], vm.tDict) {
				return vNotImpl, nil
			}
			nv, err := newDD(vm.typeOf(args[0]), factory(args[0]))
			if err != nil {
				return vEmpty, err
			}
			if err := vm.dictUpdate(vm.unwrap(nv), vm.unwrap(args[1])); err != nil {
				return vEmpty, err
			}
			return nv, vm.dictUpdate(vm.unwrap(nv), vm.unwrap(args[0]))
		},
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			v := args[0]
			if vm.reprActive == nil {
				vm.reprActive = map[gc.Value]bool{}
			}
			f := factory(v)
			fs := "None"
			if f.Tag() != gc.TagNone {
				if vm.reprActive[f] {
					fs = "..."
				} else {
					vm.reprActive[f] = true
					s, err := vm.reprOf(f)
					delete(vm.reprActive, f)
					if err != nil {
						return vEmpty, err
					}
					fs = s
				}
			}
			ds := "{...}"
			if !vm.reprActive[v] {
				vm.reprActive[v] = true
				s, err := vm.containerRepr(vm.slot(v.Ref(), baseSlot))
				delete(vm.reprActive, v)
				if err != nil {
					return vEmpty, err
				}
				ds = s
			}
			return vm.newStr(dqShortName(vm.typeOf(v)) + "(" + fs + ", " + ds + ")"), nil
		},
	})
	vm.dictSet(ddt.Dict, vm.intern("__new__"), vm.newBuiltinStatic("defaultdict.__new__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		t, ok := vm.asType(orNone(firstArg(args)))
		if !ok || !isSubtype(t, ddt) {
			return vEmpty, vm.raise("TypeError", "defaultdict.__new__(X): X is not a subtype of defaultdict")
		}
		return newDD(t, vNone)
	}))
	vm.nativeGetter(ddt, "default_factory", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return factory(args[0]), nil
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		vm.setSlot(args[0].Ref(), ddFactory, args[1])
		return vNone, nil
	})
}

// firstArg returns args[0], or empty.
func firstArg(args []gc.Value) gc.Value {
	if len(args) == 0 {
		return vEmpty
	}
	return args[0]
}

// callMethod calls obj.name(args...).
func (vm *VM) callMethod(obj gc.Value, name string, args ...gc.Value) (gc.Value, error) {
	m, err := vm.getAttr(obj, vm.intern(name))
	if err != nil {
		return vEmpty, err
	}
	return vm.callValue(m, args, nil)
}

// deepcopyAll records y as the copy of x in memo (memo[id(x)] = y, as
// copy.deepcopy does before copying contents) and returns deep copies of
// items, made by the copy module's deepcopy.
func (vm *VM) deepcopyAll(memo, x, y gc.Value, items []gc.Value) ([]gc.Value, error) {
	cm, err := vm.importName("copy", vNone, vNone, 0)
	if err != nil {
		return nil, err
	}
	dc, err := vm.getAttr(cm, vm.intern("deepcopy"))
	if err != nil {
		return nil, err
	}
	if memo.Tag() != gc.TagNone {
		idf, _ := vm.dictGetStr(vm.builtins, vm.intern("id"))
		id, err := vm.callValue(idf, []gc.Value{x}, nil)
		if err != nil {
			return nil, err
		}
		if err := vm.setItem(memo, id, y); err != nil {
			return nil, err
		}
	}
	out := make([]gc.Value, len(items))
	for i, it := range items {
		if out[i], err = vm.callValue(dc, []gc.Value{it, memo}, nil); err != nil {
			return nil, err
		}
	}
	return out, nil
}
