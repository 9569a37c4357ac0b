// jithost.go holds the entry points the JIT's host helpers call from a
// trace (docs/jit.md "Host helpers for containers and strings"): membership
// in sets, frozensets and dicts, dict item loads and stores, set.add,
// set.discard and set.remove, membership in lists and tuples of ints, str
// indexing, concatenation, comparison and membership, and calls of the
// native random and math functions. Each one does what the interpreter
// would, or reports that it cannot without running Python code (a user
// __eq__ or __hash__ deciding a probe) or without raising: the trace then
// exits before any effect and the interpreter runs the instruction. None
// of them ever runs Python code.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// jitPlain reports whether hashing v and comparing it with another plain
// value cannot run Python code: ints, floats, bools, None, exact strs and
// tuples of those.
func (vm *VM) jitPlain(v gc.Value, depth int) bool {
	switch v.Tag() {
	case gc.TagInt, gc.TagFloat, gc.TagBool, gc.TagNone, TagStr, TagBigInt:
		return true
	case TagTuple:
		if depth > 8 {
			return false
		}
		for _, it := range vm.tupleItems(v) {
			if !vm.jitPlain(it, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// jitProbe finds key (plain) in the dict or set d the way dictFind does,
// visiting the same index slots, and reports ok false when a comparison on
// the way could run Python code (a stored key that is not plain with the
// same hash). e is the entry number or -1; h is key's hash.
func (vm *VM) jitProbe(d gc.Value, key gc.Value) (e int, h int64, ok bool) {
	if !vm.jitPlain(key, 0) {
		return -1, 0, false
	}
	h, err := vm.hash(key)
	if err != nil {
		vm.exc = vEmpty
		return -1, 0, false
	}
	di := vm.dictIdx(d)
	mask := len(di.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	tag := di.hashTag(h)
	for {
		w := di.table[i]
		if w == slotEmpty {
			return -1, h, true
		}
		if di.sameTag(w, tag) {
			e := di.indexEntry(w)
			k := vm.dictEntries(d)[2*e]
			switch {
			case k == key:
				return e, h, true
			case k.Tag() == TagStr && key.Tag() == TagStr:
				if vm.str(k) == vm.str(key) {
					return e, h, true
				}
			case di.hashes[e] != h:
			case !vm.jitPlain(k, 0):
				return -1, h, false
			default:
				eq, err := vm.keyEq(k, key)
				if err != nil {
					vm.exc = vEmpty
					return -1, h, false
				}
				if eq {
					return e, h, true
				}
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// jitIsDictLike reports whether d is a dict, set or frozenset block.
func (vm *VM) jitIsDictLike(d gc.Ref) bool {
	_, ok := vm.heap.Side(d).(*dictIndex)
	return ok
}

// JITContains reports whether key is in the dict, set or frozenset at c
// (tag is its tag); ok is false when only Python code could decide.
func (vm *VM) JITContains(c gc.Ref, key gc.Value) (found, ok bool) {
	if !vm.jitIsDictLike(c) {
		return false, false
	}
	e, _, ok := vm.jitProbe(gc.MakeValue(TagDict, uint64(c)), key)
	return e >= 0, ok
}

// JITDictItem looks key up in the exact dict d: found reports whether it
// is there and v is then its value; ok is false when only Python code
// could decide.
func (vm *VM) JITDictItem(d gc.Ref, key gc.Value) (v gc.Value, found, ok bool) {
	if !vm.jitIsDictLike(d) {
		return vEmpty, false, false
	}
	dv := gc.MakeValue(TagDict, uint64(d))
	e, _, ok := vm.jitProbe(dv, key)
	if !ok || e < 0 {
		return vEmpty, false, ok
	}
	return vm.dictEntries(dv)[2*e+1], true, true
}

// JITDictStore does d[key] = val on the exact dict d, growing it when
// needed; false (and nothing changed) when only Python code could decide
// where the key goes.
func (vm *VM) JITDictStore(d gc.Ref, key, val gc.Value) bool {
	if !vm.jitIsDictLike(d) {
		return false
	}
	dv := gc.MakeValue(TagDict, uint64(d))
	_, h, ok := vm.jitProbe(dv, key)
	if !ok {
		return false
	}
	// The interpreter's own store: its probe meets the same keys, which
	// are all plain.
	if err := vm.dictSetHash(dv, key, val, h); err != nil {
		vm.exc = vEmpty
		return false
	}
	return true
}

// JITSetAdd does s.add(key) on the set s; false (nothing changed) when
// only Python code could decide.
func (vm *VM) JITSetAdd(s gc.Ref, key gc.Value) bool {
	if !vm.jitIsDictLike(s) {
		return false
	}
	sv := gc.MakeValue(TagSet, uint64(s))
	_, h, ok := vm.jitProbe(sv, key)
	if !ok {
		return false
	}
	if err := vm.dictSetHash(sv, key, vNone, h); err != nil {
		vm.exc = vEmpty
		return false
	}
	return true
}

// JITSetDiscard does s.discard(key) on the set s, or s.remove(key) when
// mustExist: false (nothing changed) when the key is absent and must
// exist (the interpreter raises KeyError) or when only Python code could
// decide.
func (vm *VM) JITSetDiscard(s gc.Ref, key gc.Value, mustExist bool) bool {
	if !vm.jitIsDictLike(s) {
		return false
	}
	sv := gc.MakeValue(TagSet, uint64(s))
	e, _, ok := vm.jitProbe(sv, key)
	if !ok || (e < 0 && mustExist) {
		return false
	}
	if e < 0 {
		return true
	}
	if _, _, err := vm.dictDel(sv, key); err != nil {
		vm.exc = vEmpty
		return false
	}
	return true
}

// JITSeqContainsInt reports whether the int x is an item of the list or
// tuple seq (tag is its tag); ok is false when an item that is not an
// int, a float or a bool might compare equal through Python code.
func (vm *VM) JITSeqContainsInt(seq gc.Value, x int64) (found, ok bool) {
	if seq.Tag() != TagList && seq.Tag() != TagTuple {
		return false, false
	}
	key := gc.Int(x)
	for _, it := range vm.seqItems(seq) {
		switch it.Tag() {
		case gc.TagInt:
			if it == key {
				return true, true
			}
		case gc.TagFloat, gc.TagBool, TagBigInt:
			if vm.numEq(it, key) {
				return true, true
			}
		case gc.TagNone, TagStr, TagTuple, TagList, TagDict, TagSet, TagFrozenset:
			// Never equal to an int, and no Python code compares them.
		default:
			return false, false
		}
	}
	return false, true
}

// JITStrContains reports whether the str needle occurs in the str hay.
func (vm *VM) JITStrContains(hay, needle gc.Ref) bool {
	return strings.Contains(vm.str(mkref(TagStr, hay)), vm.str(mkref(TagStr, needle)))
}

// JITStrItem returns s[i] for an all-ASCII str s (the interpreter's
// one-character strs, no allocation); ok is false when s is not ASCII
// or i is out of range (the interpreter raises IndexError).
func (vm *VM) JITStrItem(s gc.Ref, i int64) (gc.Ref, bool) {
	v := mkref(TagStr, s)
	if !vm.strIsASCII(v) {
		return 0, false
	}
	t := vm.str(v)
	if i < 0 {
		i += int64(len(t))
	}
	if i < 0 || i >= int64(len(t)) {
		return 0, false
	}
	return vm.charStrs[t[i]].Ref(), true
}

// JITStrConcat returns the new str a + b, as the interpreter makes it.
func (vm *VM) JITStrConcat(a, b gc.Ref) gc.Ref {
	return vm.strConcat(mkref(TagStr, a), mkref(TagStr, b)).Ref()
}

// JITStrLen returns len(s) in code points.
func (vm *VM) JITStrLen(s gc.Ref) int64 { return int64(vm.strChars(mkref(TagStr, s))) }

// JITStrCompare compares two strs as Python does (by code points, which
// the WTF-8 byte order follows): -1, 0 or 1.
func (vm *VM) JITStrCompare(a, b gc.Ref) int64 {
	return int64(strings.Compare(vm.str(mkref(TagStr, a)), vm.str(mkref(TagStr, b))))
}

// JITStrValue is the str value of a str block (for the recorder, which
// holds payloads).
func JITStrValue(s gc.Ref) gc.Value { return mkref(TagStr, s) }

// HostBuiltin says what a native builtin a trace may call through a
// helper does: its argument kind ('f' floats, 'i' ints), its argument
// count, its result kind, and whether it changes state (the random
// generator) rather than being a pure function.
type HostBuiltin struct {
	Args     byte
	NArgs    int
	Result   byte
	Stateful bool
}

// hostBuiltins lists the native functions traces call, by module.
var hostBuiltins = map[string]map[string]HostBuiltin{
	"_random": {
		"random":        {'f', 0, 'f', true},
		"uniform":       {'f', 2, 'f', true},
		"gauss":         {'f', 2, 'f', true},
		"normalvariate": {'f', 2, 'f', true},
		"randint":       {'i', 2, 'i', true},
		"randrange":     {'i', 1, 'i', true},
	},
	"math": {
		"sin": {'f', 1, 'f', false}, "cos": {'f', 1, 'f', false}, "tan": {'f', 1, 'f', false},
		"asin": {'f', 1, 'f', false}, "acos": {'f', 1, 'f', false}, "atan": {'f', 1, 'f', false},
		"sinh": {'f', 1, 'f', false}, "cosh": {'f', 1, 'f', false}, "tanh": {'f', 1, 'f', false},
		"exp": {'f', 1, 'f', false}, "expm1": {'f', 1, 'f', false}, "log": {'f', 1, 'f', false},
		"log2": {'f', 1, 'f', false}, "log10": {'f', 1, 'f', false}, "log1p": {'f', 1, 'f', false},
		"fabs": {'f', 1, 'f', false}, "atan2": {'f', 2, 'f', false}, "hypot": {'f', 2, 'f', false},
		"pow": {'f', 2, 'f', false}, "fmod": {'f', 2, 'f', false}, "copysign": {'f', 2, 'f', false},
		"degrees": {'f', 1, 'f', false}, "radians": {'f', 1, 'f', false}, "erf": {'f', 1, 'f', false},
		"erfc": {'f', 1, 'f', false},
	},
}

// JITHostBuiltin reports whether fn is one of the native random or math
// functions a trace may call through a helper (the very object the
// module defines under that name), and what it takes and returns.
func (vm *VM) JITHostBuiltin(fn gc.Value) (HostBuiltin, bool) {
	name, ok := vm.JITBuiltinName(fn)
	if !ok {
		return HostBuiltin{}, false
	}
	if _, gen, ok := vm.randomState(fn); ok { // a random.Random instance's (random.go)
		hb, ok := hostBuiltins["_random"][gen]
		return hb, ok
	}
	for mod, fns := range hostBuiltins {
		hb, ok := fns[name]
		if !ok {
			continue
		}
		m, ok := vm.dictGetStr(vm.modules, vm.intern(mod))
		if !ok || m.Tag() != TagModule {
			continue
		}
		if f, ok := vm.dictGetStr(vm.slot(m.Ref(), 0), vm.intern(name)); ok && f == fn {
			return hb, true
		}
	}
	return HostBuiltin{}, false
}

// JITCallBuiltin calls the native builtin fn (one JITHostBuiltin accepts)
// with args and returns its result; ok is false when it raised (the
// functions listed raise before they change any state).
func (vm *VM) JITCallBuiltin(fn gc.Ref, args []gc.Value) (gc.Value, bool) {
	bf, ok := vm.heap.Side(fn).(*builtinFn)
	if !ok {
		return vEmpty, false
	}
	v, err := bf.fn(vm, args, nil)
	if err != nil {
		vm.exc = vEmpty
		return vEmpty, false
	}
	return v, true
}

// Tags of the containers the host helpers take.
const (
	JITTagSet       = TagSet
	JITTagFrozenset = TagFrozenset
	JITTagBigInt    = TagBigInt
)

// JITContainerLen returns len() of a dict, set or frozenset.
func (vm *VM) JITContainerLen(d gc.Ref) (int64, bool) {
	di, ok := vm.heap.Side(d).(*dictIndex)
	if !ok {
		return 0, false
	}
	return int64(di.live), true
}

// JITPeekBuiltin returns a result of calling fn (one JITHostBuiltin
// accepts) with args, for the recorder, without changing anything: a
// pure function's own result, and for a random function a value it could
// return (the middle of its range), since its generator must not move.
// (The trace guards whatever it does with the value, so the recorded
// path only has to be a possible one.) ok is false when the call would
// raise.
func (vm *VM) JITPeekBuiltin(fn gc.Value, args []gc.Value) (gc.Value, bool) {
	hb, ok := vm.JITHostBuiltin(fn)
	if !ok {
		return vEmpty, false
	}
	if !hb.Stateful {
		return vm.JITCallBuiltin(fn.Ref(), args)
	}
	name, _ := vm.JITBuiltinName(fn)
	switch name {
	case "random":
		return gc.Float(0.5), true
	case "uniform":
		a, b := args[0].Float(), args[1].Float()
		return gc.Float(a + (b-a)*0.5), true
	case "gauss", "normalvariate":
		return args[0], true
	case "randint":
		if args[0].Int() > args[1].Int() {
			return vEmpty, false
		}
		return args[0], true
	case "randrange":
		if args[0].Int() <= 0 {
			return vEmpty, false
		}
		return gc.Int(0), true
	}
	return vEmpty, false
}

// JITNewTuple allocates a tuple of items: the recorder's real copy of a
// tuple a trace builds, for the host calls it simulates while recording
// (a block no one refers to afterwards, which the collector frees).
func (vm *VM) JITNewTuple(items []gc.Value) gc.Value { return vm.newTuple(items) }

// Kinds of the dict and set iterators traces advance through a helper.
const (
	JITKindDictIter  = kindDictIter  // keys of a dict (iter(d), d.keys())
	JITKindDictVIter = kindDictVIter // d.values()
	JITKindDictIIter = kindDictIIter // d.items()
	JITKindSetIter   = kindSetIter   // a set or frozenset
)

// jitDictIterOK reports whether it is a dict or set iterator whose
// container has not changed size since it started (else the interpreter
// raises RuntimeError).
func (vm *VM) jitDictIterOK(it gc.Ref) (gc.Value, *dictIndex, bool) {
	switch vm.kindOf(it) {
	case kindDictIter, kindDictVIter, kindDictIIter, kindSetIter:
	default:
		return vEmpty, nil, false
	}
	d := vm.slot(it, 0)
	di, ok := vm.heap.Side(d.Ref()).(*dictIndex)
	if !ok || uint64(di.live) != vm.rawU64(it, 1, 1) {
		return vEmpty, nil, false
	}
	return d, di, true
}

// JITDictIterPeek returns the entry number the dict or set iterator it
// would step to from position pos, and the position after that step,
// changing nothing (for the recorder, which keeps the position in its
// overlay); ok is false at the end of the iteration or when the
// container changed size.
func (vm *VM) JITDictIterPeek(it gc.Ref, pos uint64) (e int, next uint64, ok bool) {
	d, di, ok := vm.jitDictIterOK(it)
	if !ok {
		return 0, 0, false
	}
	i := int(pos)
	if di.cs != nil {
		for i < len(di.cs.tab) && di.cs.tab[i] < 0 {
			i++
		}
		if i >= len(di.cs.tab) {
			return 0, 0, false
		}
		return int(di.cs.tab[i]), uint64(i + 1), true
	}
	ents := vm.dictEntries(d)
	for i < di.n && ents[2*i].IsEmpty() {
		i++
	}
	if i >= di.n {
		return 0, 0, false
	}
	return i, uint64(i + 1), true
}

// JITDictIterNext advances the dict or set iterator it as FORITER does
// and returns the entry number of the item (its key and value are in the
// container's entry storage); ok is false at the end of the iteration
// (the iterator then stays at its end, as the interpreter's own step
// leaves it) or when the container changed size (nothing changed: the
// interpreter raises).
func (vm *VM) JITDictIterNext(it gc.Ref) (int, bool) {
	if _, _, ok := vm.jitDictIterOK(it); !ok {
		return 0, false
	}
	_, e, ok, err := vm.dictIterAdvance(it)
	if err != nil {
		vm.exc = vEmpty
		return 0, false
	}
	return e, ok
}

// JITDictIterPosOff is the byte offset of a dict or set iterator's
// position word (raw word 0 after its one value slot).
const JITDictIterPosOff = gc.HeaderSize + gc.ValueSize

// JITStrOrd returns ord(s) for a str s of one character; ok is false
// otherwise (the interpreter raises TypeError).
func (vm *VM) JITStrOrd(s gc.Ref) (int64, bool) {
	v := mkref(TagStr, s)
	t := vm.str(v)
	if len(t) == 1 {
		return int64(t[0]), true
	}
	if len(t) == 0 || vm.strChars(v) != 1 {
		return 0, false
	}
	r, _ := decodeRuneWTF8(t)
	return int64(r), true
}

// JITDictEntryAddr looks key up in the dict, set or frozenset d and
// returns the heap address of its entry's value slot (tag at +0, payload
// at +8; the key is 16 bytes before), 0 when the key is absent. The
// address holds until the container is next written. ok is false when
// only Python code could decide.
func (vm *VM) JITDictEntryAddr(d gc.Ref, key gc.Value) (addr uint32, ok bool) {
	if !vm.jitIsDictLike(d) {
		return 0, false
	}
	e, _, ok := vm.jitProbe(gc.MakeValue(TagDict, uint64(d)), key)
	if !ok || e < 0 {
		return 0, ok
	}
	st := vm.slot(d, 0).Ref()
	return uint32(st) + gc.HeaderSize + uint32(2*e+1)*gc.ValueSize, true
}
