// record_host.go records the container, str and native-module operations a
// trace does through host helpers (docs/jit.md "Host helpers for
// containers and strings"): `in` on sets, frozensets, dicts, lists and
// tuples of ints and strs; dict item loads and stores; set.add,
// set.discard and set.remove; str indexing, concatenation, comparison and
// len; and calls of the native random and math functions. The data these
// read lives in Go (a dict's index) or needs byte access (str text), so a
// helper (vm/jithost.go) does the work; each one fails when the
// interpreter would run Python code (a user __eq__ or __hash__) or raise,
// and the trace then exits before the instruction, which the interpreter
// runs again.
//
// Helpers that change the heap (stores, set.add, concatenation, which
// allocates) have the Writes effect: nothing is forwarded across them and
// the trace polls the collector at its back-edge. The recorder does not
// perform their effects (recording changes nothing): it remembers the
// containers the iteration changed and aborts when it would read one
// again.

package trace

import (
	"fmt"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// HostOp is what a host helper does.
type HostOp uint8

// Host helper operations.
const (
	HostDictStore  HostOp = iota + 1 // d[key] = val
	HostSetAdd                       // s.add(key)
	HostSetDiscard                   // s.discard(key)
	HostSetRemove                    // s.remove(key), failing when absent
	HostSeqIn                        // int in list/tuple -> bool
	HostStrIn                        // str in str -> bool
	HostStrItem                      // s[i] of an ASCII str -> one-char str
	HostStrConcat                    // a + b -> new str
	HostStrLen                       // len(s)
	HostStrCmp                       // -1, 0, 1
	HostLen                          // len(dict/set/frozenset)
	HostCall                         // a native random/math function
	HostDictIter                     // advance a dict/set iterator -> entry number
	HostStrOrd                       // ord(c) of a one-character str
	HostDictEntry                    // the address of key's value slot in a dict/set, 0 if absent
)

// HostStrFormat is f % i of a str and an int (record_str.go); numbered
// apart from the list above.
const HostStrFormat HostOp = 64

// HostHelper is one host helper: its signature and what the runtime must
// do for it.
type HostHelper struct {
	Sig ir.HelperSig
	Op  HostOp
	// Key: the key's tag (gc.TagInt, str, tuple) for the container
	// operations; for HostSeqIn the container's tag (list or tuple).
	Key gc.Tag
	// Val: the stored value's tag (HostDictStore).
	Val gc.Tag
	// Call: a HostCall's argument and result kinds.
	Call vm.HostBuiltin
}

// hostKeyTags are the key kinds of the container helpers.
var hostKeyTags = []gc.Tag{gc.TagInt, vm.JITTagStr, vm.JITTagTuple}

// hostValTags are the value tags HostDictStore has a helper for.
var hostValTags = []gc.Tag{gc.TagInt, gc.TagFloat, gc.TagBool, gc.TagNone, vm.JITTagStr, vm.JITTagTuple,
	vm.JITTagList, vm.JITTagDict, vm.JITTagSet, vm.JITTagFrozenset, vm.JITTagObject, vm.JITTagFunc, vm.JITTagBigInt}

// irTypeOfTag is the IR type of a helper argument holding a payload of
// tag t.
func irTypeOfTag(t gc.Tag) ir.Type { return payloadType(t) }

// HostHelpers lists every host helper, for the runtime that implements
// them (jit/runtime_host.go).
var HostHelpers = buildHostHelpers()

func buildHostHelpers() []HostHelper {
	var hs []HostHelper
	add := func(h HostHelper) { hs = append(hs, h) }
	for _, k := range hostKeyTags {
		kt := irTypeOfTag(k)
		ks := fmt.Sprintf("k%d", k)
		two := []ir.Type{ir.Ptr, kt}
		add(HostHelper{ir.HelperSig{Name: "h_dentry_" + ks, Args: two, Result: ir.Ptr, Effect: ir.Reads}, HostDictEntry, k, 0, vm.HostBuiltin{}})
		add(HostHelper{ir.HelperSig{Name: "h_sadd_" + ks, Args: two, Result: ir.Void, Effect: ir.Writes}, HostSetAdd, k, 0, vm.HostBuiltin{}})
		add(HostHelper{ir.HelperSig{Name: "h_sdiscard_" + ks, Args: two, Result: ir.Void, Effect: ir.Writes}, HostSetDiscard, k, 0, vm.HostBuiltin{}})
		add(HostHelper{ir.HelperSig{Name: "h_sremove_" + ks, Args: two, Result: ir.Void, Effect: ir.Writes}, HostSetRemove, k, 0, vm.HostBuiltin{}})
		for _, v := range hostValTags {
			args := []ir.Type{ir.Ptr, kt, irTypeOfTag(v)}
			if v == gc.TagNone {
				args = two
			}
			add(HostHelper{ir.HelperSig{Name: fmt.Sprintf("h_dstore_%s_v%d", ks, v), Args: args, Result: ir.Void, Effect: ir.Writes}, HostDictStore, k, v, vm.HostBuiltin{}})
		}
	}
	for _, c := range []gc.Tag{vm.JITTagList, vm.JITTagTuple} {
		add(HostHelper{ir.HelperSig{Name: fmt.Sprintf("h_seqin_%d", c), Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Bool, Effect: ir.Reads}, HostSeqIn, c, 0, vm.HostBuiltin{}})
	}
	pp := []ir.Type{ir.Ptr, ir.Ptr}
	add(HostHelper{Sig: ir.HelperSig{Name: "h_strin", Args: pp, Result: ir.Bool, Effect: ir.Pure}, Op: HostStrIn})
	add(HostHelper{Sig: ir.HelperSig{Name: "h_stritem", Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Ptr, Effect: ir.Pure}, Op: HostStrItem})
	add(HostHelper{Sig: ir.HelperSig{Name: "h_strcat", Args: pp, Result: ir.Ptr, Effect: ir.Writes}, Op: HostStrConcat})
	add(HostHelper{Sig: ir.HelperSig{Name: "h_strlen", Args: []ir.Type{ir.Ptr}, Result: ir.Int, Effect: ir.Pure}, Op: HostStrLen})
	add(HostHelper{Sig: ir.HelperSig{Name: "h_strcmp", Args: pp, Result: ir.Int, Effect: ir.Pure}, Op: HostStrCmp})
	add(HostHelper{Sig: ir.HelperSig{Name: "h_len", Args: []ir.Type{ir.Ptr}, Result: ir.Int, Effect: ir.Reads}, Op: HostLen})
	add(HostHelper{Sig: ir.HelperSig{Name: "h_diter", Args: []ir.Type{ir.Ptr}, Result: ir.Int, Effect: ir.Writes}, Op: HostDictIter})
	add(HostHelper{Sig: ir.HelperSig{Name: "h_strord", Args: []ir.Type{ir.Ptr}, Result: ir.Int, Effect: ir.Pure}, Op: HostStrOrd})
	add(HostHelper{Sig: strFormatSig, Op: HostStrFormat}) // record_str.go
	for _, kind := range []byte{'f', 'i'} {
		for n := 0; n <= 2; n++ {
			for _, stateful := range []bool{false, true} {
				args := []ir.Type{ir.Ptr}
				t := ir.Float
				if kind == 'i' {
					t = ir.Int
				}
				for i := 0; i < n; i++ {
					args = append(args, t)
				}
				eff, es := ir.Pure, "p"
				if stateful {
					eff, es = ir.Writes, "w"
				}
				add(HostHelper{Sig: ir.HelperSig{Name: fmt.Sprintf("h_call_%c%d%s", kind, n, es), Args: args, Result: t, Effect: eff},
					Op: HostCall, Call: vm.HostBuiltin{Args: kind, NArgs: n, Result: kind, Stateful: stateful}})
			}
		}
	}
	return hs
}

// hostHelper finds the helper of op for key tag k (and value tag v).
func hostHelper(op HostOp, k, v gc.Tag) (ir.HelperSig, bool) {
	for _, h := range HostHelpers {
		if h.Op == op && h.Key == k && h.Val == v {
			return h.Sig, true
		}
	}
	return ir.HelperSig{}, false
}

// hostCallHelper finds the helper calling a native function of kind hb.
func hostCallHelper(hb vm.HostBuiltin) (ir.HelperSig, bool) {
	for _, h := range HostHelpers {
		if h.Op == HostCall && h.Call == hb {
			return h.Sig, true
		}
	}
	return ir.HelperSig{}, false
}

// hostState is what the recorder keeps about host helper effects.
type hostState struct {
	dirty map[uint32]bool // containers this recording's helpers changed
	entry hostEntry       // the last entry lookup
}

// hostEntry is an entry lookup (HostDictEntry) the trace made: of key
// (IR) in container d (IR), giving the value slot's address p, emitted
// when the trace had at instructions. It stands for any later lookup of
// the same key in the same container while no writing call intervenes.
type hostEntry struct {
	b       *ir.Builder // the builder it was emitted into (callInner simulates into scratch ones)
	d, k, p ir.Ref
	at      int
	// dv and kv are the container and the key the recording saw
	// (record_entryreuse.go matches a store by them).
	dv, kv gc.Value
}

// entryAddr returns the IR address of key's value slot in container c
// (0 when absent), reusing the last lookup when it is of the same key
// in the same container and nothing that could write the container
// (a writing call) came since. snap is the lookup's snapshot.
func (r *recorder) entryAddr(c, key operand, snap ir.SnapID) ir.Ref {
	if p, ok := r.cachedEntry(c, key); ok {
		return p
	}
	t := r.b.T
	sig := entryHelper(key.v.Tag()) // record_setprobe.go: a wasm probe for int and str keys
	p := r.hostCall(sig, snap, c.val, key.val)
	r.host.entry = hostEntry{b: r.b, d: c.val, k: key.val, p: p, at: len(t.Insts), dv: c.v, kv: key.v}
	return p
}

// cachedEntry returns the last entry lookup when it is of key in c and
// no writing call came since.
func (r *recorder) cachedEntry(c, key operand) (ir.Ref, bool) {
	e, ok := r.liveEntry()
	if !ok || e.d != c.val || e.k != key.val {
		return 0, false
	}
	return e.p, true
}

// liveEntry returns the last entry lookup when it was emitted into the
// current builder and no writing call came since (its address still
// stands for the entry).
func (r *recorder) liveEntry() (hostEntry, bool) {
	t := r.b.T
	e := r.host.entry
	if e.p == 0 || e.b != r.b || e.at > len(t.Insts) {
		return hostEntry{}, false
	}
	for i := e.at; i < len(t.Insts); i++ {
		if in := t.Insts[i]; in.Op == ir.CALL && t.Helpers[in.Aux].Effect == ir.Writes {
			return hostEntry{}, false
		}
	}
	return e, true
}

// hostKey returns key as a value the vm can read while recording, when it
// is a key kind the helpers take (an int, a str or a tuple): a tuple the
// recording built lives only in its overlay, so the vm gets a real copy.
func (r *recorder) hostKey(key operand) (gc.Value, bool) {
	switch key.v.Tag() {
	case gc.TagInt, vm.JITTagStr:
		return key.v, uint32(key.v.Ref()) < fakeBase || key.v.Tag() == gc.TagInt
	case vm.JITTagTuple:
		return r.realTuple(key.v, 0)
	}
	return gc.Value{}, false
}

// realTuple returns t, or for a tuple the recording allocated a real copy
// of it (its items real too).
func (r *recorder) realTuple(t gc.Value, depth int) (gc.Value, bool) {
	addr := uint32(t.Ref())
	if addr < fakeBase {
		return t, true
	}
	n := int(uint32(r.word(addr + 8)))
	if depth > 4 || n > 16 {
		return gc.Value{}, false
	}
	items := make([]gc.Value, n)
	for i := range items {
		off := addr + vm.JITItemsOff + 16*uint32(i)
		it := gc.MakeValue(gc.Tag(r.word(off)), r.word(off+8))
		switch {
		case it.Tag() == vm.JITTagTuple:
			var ok bool
			if it, ok = r.realTuple(it, depth+1); !ok {
				return gc.Value{}, false
			}
		case it.Tag().IsRef() && uint32(it.Ref()) >= fakeBase:
			return gc.Value{}, false
		}
		items[i] = it
	}
	return r.m.JITNewTuple(items), true
}

// hostRead checks that the recording may read container c for real: it
// is in the heap and this iteration has not changed it.
func (r *recorder) hostRead(c operand) error {
	ref := uint32(c.v.Ref())
	if ref >= fakeBase {
		return r.abort("host call on an object the recording allocated")
	}
	if r.host.dirty[ref] {
		return r.abort("container read after the iteration changed it")
	}
	return nil
}

// hostWrote notes that the iteration changed container c.
func (r *recorder) hostWrote(c operand) {
	if r.host.dirty == nil {
		r.host.dirty = map[uint32]bool{}
	}
	r.host.dirty[uint32(c.v.Ref())] = true
}

// hostCall emits a call of the helper sig.
func (r *recorder) hostCall(sig ir.HelperSig, snap ir.SnapID, args ...ir.Ref) ir.Ref {
	return r.b.Call(r.helper(sig), snap, args...)
}

// isDictLike reports whether tag is an exact dict, set or frozenset.
func isDictLike(t gc.Tag) bool {
	return t == vm.JITTagDict || t == vm.JITTagSet || t == vm.JITTagFrozenset
}

// recordIn records IN / NOTIN (A = B in C).
func (r *recorder) recordIn(ins bytecode.Instr) error {
	b := r.b
	x, c := r.read(ins.B()), r.read(ins.C())
	var found bool
	var ref ir.Ref
	switch ct := c.v.Tag(); {
	case isDictLike(ct):
		xv, ok := r.hostKey(x)
		if !ok {
			return r.abort("in with a key other than an int, str or tuple")
		}
		if err := r.hostRead(c); err != nil {
			return err
		}
		f, ok := r.m.JITContains(c.v.Ref(), xv)
		if !ok {
			return r.abort("in that may run __eq__")
		}
		p := r.entryAddr(c, x, r.snap(r.pc))
		found, ref = f, b.Cmp(ir.NE, p, b.KPtr(0))
	case (ct == vm.JITTagList || ct == vm.JITTagTuple) && x.v.Tag() == gc.TagInt:
		if err := r.hostRead(c); err != nil {
			return err
		}
		if ct == vm.JITTagList && r.listWritten(c) {
			return r.abort("in on a list the iteration changed")
		}
		f, ok := r.m.JITSeqContainsInt(c.v, x.v.Int())
		if !ok {
			return r.abort("in that may run __eq__")
		}
		sig, _ := hostHelper(HostSeqIn, ct, 0)
		found, ref = f, r.hostCall(sig, r.snap(r.pc), c.val, x.val)
	case ct == vm.JITTagStr && x.v.Tag() == vm.JITTagStr:
		f := strings.Contains(r.strOf(c), r.strOf(x))
		sig, _ := hostHelper(HostStrIn, 0, 0)
		found, ref = f, r.hostCall(sig, r.snap(r.pc), c.val, x.val)
	default:
		return r.abort("unsupported IN")
	}
	if ins.Op() == bytecode.NOTIN {
		found, ref = !found, b.Op1(ir.BNOT, ir.Bool, ref)
	}
	r.write(ins.A(), boolOperand(b, found, ref))
	return nil
}

// listWritten reports whether the recording's overlay holds a write into
// the list's storage or length.
func (r *recorder) listWritten(l operand) bool {
	ref := uint32(l.v.Ref())
	st := uint32(r.m.JITWord(ref + vm.JITListStorageOff))
	end := st + uint32(r.m.JITWord(st)&(1<<vm.JITKindShift-1))
	for addr := range r.mem {
		if (addr >= st && addr < end) || (addr >= ref && addr < ref+48) {
			return true
		}
	}
	return false
}

// strOf is the text of a str operand (in the heap: strs are never
// allocated at fake addresses).
func (r *recorder) strOf(s operand) string {
	t, _ := r.m.JITStr(s.v)
	return t
}

// hostGetItem records GETITEM of a dict by an int, str or tuple key, or
// of a str by an int; ok is false for other operands.
func (r *recorder) hostGetItem(ins bytecode.Instr) (bool, error) {
	b := r.b
	c, k := r.read(ins.B()), r.read(ins.C())
	switch {
	case c.v.Tag() == vm.JITTagStr && k.v.Tag() == gc.TagInt:
		if ok, err := r.strItem(ins, c, k); ok || err != nil { // record_str.go
			return true, err
		}
		ch, ok := r.m.JITStrItem(c.v.Ref(), k.v.Int())
		if !ok {
			return true, r.strItemAbort(c) // record_strabort.go
		}
		sig, _ := hostHelper(HostStrItem, 0, 0)
		p := r.hostCall(sig, r.snap(r.pc), c.val, k.val)
		r.write(ins.A(), operand{vm.JITStrValue(ch), b.KTag(uint64(vm.JITTagStr)), p})
		return true, nil
	case c.v.Tag() != vm.JITTagDict:
		return false, nil
	}
	kv, ok := r.hostKey(k)
	if !ok {
		return true, r.abort("dict subscript with a key other than an int, str or tuple")
	}
	if err := r.hostRead(c); err != nil {
		return true, err
	}
	v, found, ok := r.m.JITDictItem(c.v.Ref(), kv)
	switch {
	case !ok:
		return true, r.abort("dict subscript that may run __eq__")
	case !found:
		return true, r.abort("KeyError while recording")
	}
	t := v.Tag()
	if t != gc.TagInt && t != gc.TagFloat && t != gc.TagBool && t != gc.TagNone && !t.IsRef() {
		return true, r.abort("dict item of another type")
	}
	// One lookup gives the value slot's address; the value is loaded
	// from it (a missing key exits, and the interpreter raises).
	snap := r.snap(r.pc)
	p := r.entryAddr(c, k, snap)
	b.Guard(ir.NE, p, b.KPtr(0), snap)
	tag := b.FLoad(ir.Tag, p, 0, ClassDictEntry)
	b.Guard(ir.EQ, tag, b.KTag(uint64(t)), snap)
	res := r.constOperand(v)
	if t != gc.TagNone {
		res = operand{v, b.KTag(uint64(t)), b.FLoad(payloadType(t), p, 8, ClassDictEntry)}
	}
	r.write(ins.A(), res)
	return true, nil
}

// hostSetItem records SETITEM of a dict by an int, str or tuple key; ok
// is false for other containers.
func (r *recorder) hostSetItem(ins bytecode.Instr) (bool, error) {
	c, k, v := r.read(ins.A()), r.read(ins.B()), r.read(ins.C())
	if c.v.Tag() != vm.JITTagDict {
		return false, nil
	}
	if len(r.stack) > 0 {
		return true, r.abort("heap store in an inlined function")
	}
	kv, ok := r.hostKey(k)
	if !ok {
		return true, r.abort("dict store with a key other than an int, str or tuple")
	}
	if uint32(c.v.Ref()) >= fakeBase {
		return true, r.abort("host call on an object the recording allocated")
	}
	// A value the recording allocated (a list or tuple built in the
	// loop) is stored too: the recording never performs the store (the
	// dict is marked changed, so it is not read again), and in the trace
	// the value escapes into the helper call, so it is a real allocation
	// (record_heapq.go's section in docs/jit.md).
	if v.v.IsEmpty() {
		return true, r.abort("dict store of an unbound value")
	}
	sig, ok := hostHelper(HostDictStore, k.v.Tag(), v.v.Tag())
	if !ok {
		return true, r.abort("dict store of a value of another type")
	}
	if _, _, ok := r.m.JITDictItem(c.v.Ref(), kv); !ok {
		return true, r.abort("dict store that may run __eq__")
	}
	snap := r.snap(r.pc)
	if p, ok := r.storeEntry(c, k, snap); ok && !r.host.dirty[uint32(c.v.Ref())] {
		if addr, ok := r.m.JITDictEntryAddr(c.v.Ref(), kv); ok && addr != 0 {
			// d[k] = v right after a lookup of k in d (d[k] += 1, or
			// `if k in d: d[k] = ...`): the value is stored into the
			// entry that lookup found, and the dict's version word
			// zeroed, as a trace's global stores do (record_names.go).
			b := r.b
			b.Guard(ir.NE, p, b.KPtr(0), snap)
			b.FStore(p, 0, v.tag, ClassDictEntry)
			b.FStore(p, 8, v.val, ClassDictEntry)
			b.FStore(c.val, vm.JITDictVersionOff, b.KInt(0), ClassDictVersion)
			r.hostWrote(c)
			return true, nil
		}
	}
	args := []ir.Ref{c.val, k.val}
	if v.v.Tag() != gc.TagNone {
		args = append(args, v.val)
	}
	r.hostCall(sig, snap, args...)
	r.hostWrote(c)
	return true, nil
}

// hostConcat records a + b of two strs; ok is false for other operands.
func (r *recorder) hostConcat(ins bytecode.Instr, op bytecode.Op) (bool, error) {
	if op == bytecode.MOD {
		return r.strFormat(ins) // record_str.go
	}
	if op != bytecode.ADD {
		return false, nil
	}
	x, y := r.read(ins.B()), r.read(ins.C())
	if x.v.Tag() != vm.JITTagStr || y.v.Tag() != vm.JITTagStr {
		return false, nil
	}
	if res, ok := r.strConcatShort(x, y); ok { // record_str.go
		r.write(ins.A(), res)
		return true, nil
	}
	// The recording's copy of the result is a real str (a block no one
	// refers to, which the collector frees): later host calls read it.
	v := vm.JITStrValue(r.m.JITStrConcat(x.v.Ref(), y.v.Ref()))
	sig, _ := hostHelper(HostStrConcat, 0, 0)
	p := r.hostCall(sig, ir.NoSnap, x.val, y.val)
	r.write(ins.A(), operand{v, r.b.KTag(uint64(vm.JITTagStr)), p})
	return true, nil
}

// hostCompare records a comparison of two strs; ok is false for other
// operands.
func (r *recorder) hostCompare(ins bytecode.Instr, op bytecode.Op) (bool, error) {
	b := r.b
	x, y := r.read(ins.B()), r.read(ins.C())
	if x.v.Tag() != vm.JITTagStr || y.v.Tag() != vm.JITTagStr {
		return false, nil
	}
	c := conds[op]
	t := c.EvalInt(int64(strings.Compare(r.strOf(x), r.strOf(y))), 0)
	var ref ir.Ref
	if x.val == y.val {
		ref = b.KBool(c.EvalInt(0, 0))
	} else if cmp, ok := r.strCompareBytes(x, y, c); ok { // record_str.go
		ref = cmp
	} else {
		sig, _ := hostHelper(HostStrCmp, 0, 0)
		cmp := r.hostCall(sig, ir.NoSnap, x.val, y.val)
		ref = b.Cmp(c, cmp, b.KInt(0))
	}
	r.write(ins.A(), boolOperand(b, t, ref))
	return true, nil
}

// hostBuiltinCall records a call of builtin name (its identity already
// guarded) that the recorder's own cases do not handle: len of a str,
// dict, set or frozenset, and the native random and math functions.
func (r *recorder) hostBuiltinCall(name string, fn operand, args []operand, snap ir.SnapID) (operand, error) {
	b := r.b
	if name == "len" && len(args) == 1 {
		a := args[0]
		switch t := a.v.Tag(); {
		case t == vm.JITTagStr:
			sig, _ := hostHelper(HostStrLen, 0, 0)
			return operand{gc.Int(r.m.JITStrLen(a.v.Ref())), b.KTag(uint64(gc.TagInt)), r.hostCall(sig, ir.NoSnap, a.val)}, nil
		case isDictLike(t):
			if err := r.hostRead(a); err != nil {
				return operand{}, err
			}
			n, ok := r.m.JITContainerLen(a.v.Ref())
			if !ok {
				return operand{}, r.abort("len of a broken container")
			}
			sig, _ := hostHelper(HostLen, 0, 0)
			return operand{gc.Int(n), b.KTag(uint64(gc.TagInt)), r.hostCall(sig, ir.NoSnap, a.val)}, nil
		}
	}
	if name == "ord" && len(args) == 1 && args[0].v.Tag() == vm.JITTagStr {
		n, ok := r.m.JITStrOrd(args[0].v.Ref())
		if !ok {
			return operand{}, r.abort("ord of a str that is not one character")
		}
		sig, _ := hostHelper(HostStrOrd, 0, 0)
		return operand{gc.Int(n), b.KTag(uint64(gc.TagInt)), r.hostCall(sig, snap, args[0].val)}, nil
	}
	if res, ok, err := r.randomCall(fn, args, snap); ok || err != nil { // record_random.go
		return res, err
	}
	hb, ok := r.m.JITHostBuiltin(fn.v)
	if !ok {
		return operand{}, r.abort("call of builtin " + name)
	}
	if len(args) != hb.NArgs {
		return operand{}, r.abort("call of builtin " + name + " with other arguments")
	}
	if hb.Stateful && len(r.stack) > 0 && !r.returnsDraw() { // (the call is the callee's last act: record_random.go)
		return operand{}, r.abort("call of builtin " + name + " in an inlined function")
	}
	refs := []ir.Ref{fn.val}
	vals := make([]gc.Value, len(args))
	for i, a := range args {
		switch {
		case hb.Args == 'i' && a.v.Tag() == gc.TagInt:
		case hb.Args == 'f' && a.v.Tag() == gc.TagFloat:
		case hb.Args == 'f' && a.v.Tag() == gc.TagInt && hb.Stateful:
			// random's functions convert ints with float(), exactly
			// for these.
			var err error
			if a, err = r.exactFloat(a); err != nil {
				return operand{}, err
			}
		default:
			return operand{}, r.abort("call of builtin " + name + " with other argument types")
		}
		vals[i] = a.v
		refs = append(refs, a.val)
	}
	v, ok := r.m.JITPeekBuiltin(fn.v, vals)
	if !ok {
		return operand{}, r.abort("call of builtin " + name + " that raises while recording")
	}
	want := gc.TagFloat
	if hb.Result == 'i' {
		want = gc.TagInt
	}
	if v.Tag() != want {
		return operand{}, r.abort("call of builtin " + name + " with a result of another type")
	}
	sig, ok := hostCallHelper(hb)
	if !ok {
		return operand{}, r.abort("call of builtin " + name + " without a helper")
	}
	return operand{v, b.KTag(uint64(want)), r.hostCall(sig, snap, refs...)}, nil
}

// hostSetMethods are the set methods LOADMETHOD records for host calls.
var hostSetMethods = map[string]HostOp{"add": HostSetAdd, "discard": HostSetDiscard, "remove": HostSetRemove}

// hostLoadMethod records LOADMETHOD of set.add, set.discard or set.remove
// on an exact set: the method is a constant (builtin types do not change;
// the receiver's tag is its exact type). ok is false for anything else.
func (r *recorder) hostLoadMethod(ins bytecode.Instr, obj operand) (bool, error) {
	if obj.v.Tag() != vm.JITTagSet {
		return false, nil
	}
	name, err := r.attrName(ins.C())
	if err != nil {
		return true, err
	}
	if _, ok := hostSetMethods[name]; !ok {
		return false, nil
	}
	m, ok := r.m.JITBuiltinMethod(obj.v, name)
	if !ok {
		return false, nil
	}
	r.write(ins.A(), r.constOperand(m))
	r.write(ins.A()+1, obj)
	return true, nil
}

// hostCallMethod records CALLMETHOD of a method hostLoadMethod loaded;
// ok is false for other calls.
func (r *recorder) hostCallMethod(ins bytecode.Instr) (int, bool, error) {
	if ins.Op() != bytecode.CALLMETHOD {
		return 0, false, nil
	}
	a := ins.A()
	fn, self := r.read(a), r.read(a+1)
	if fn.v.Tag() != vm.JITTagBuiltin || self.v.Tag() != vm.JITTagSet {
		return 0, false, nil
	}
	var op HostOp
	var name string
	for n, o := range hostSetMethods {
		if m, ok := r.m.JITBuiltinMethod(self.v, n); ok && m == fn.v {
			op, name = o, n
		}
	}
	if op == 0 {
		return 0, false, nil
	}
	switch {
	case ins.C() != 0 || ins.B() != 1:
		return 0, true, r.abort("set." + name + " with other arguments")
	case len(r.stack) > 0:
		return 0, true, r.abort("set." + name + " in an inlined function")
	}
	r.guardConst(fn)
	if err := r.hostSetOp(op, name, self, r.read(a+2)); err != nil {
		return 0, true, err
	}
	r.write(a, r.constOperand(gc.None()))
	return r.pc + 1, true, nil
}

// hostSetOp records set.add, set.discard or set.remove (op, named name)
// of key on the set self.
func (r *recorder) hostSetOp(op HostOp, name string, self, key operand) error {
	kv, ok := r.hostKey(key)
	if !ok {
		return r.abort("set." + name + " of a key other than an int, str or tuple")
	}
	if uint32(self.v.Ref()) >= fakeBase {
		return r.abort("host call on an object the recording allocated")
	}
	// A set this iteration already changed is read for real: only
	// whether Python code could decide matters here (an earlier add or
	// removal of a plain key cannot change that), and a remove whose key
	// the iteration added fails its helper at run time if it must.
	found, ok := r.m.JITContains(self.v.Ref(), kv)
	if !ok {
		return r.abort("set." + name + " that may run __eq__")
	}
	if op == HostSetRemove && !found && !r.host.dirty[uint32(self.v.Ref())] {
		return r.abort("KeyError while recording")
	}
	sig, _ := hostHelper(op, key.v.Tag(), 0)
	r.hostCall(sig, r.snap(r.pc), self.val, key.val)
	r.hostWrote(self)
	return nil
}

// hostSetAddOp records SETADD (R[A].add(R[B]) in a set comprehension or
// display; R[A] is an exact set).
func (r *recorder) hostSetAddOp(ins bytecode.Instr) error {
	self := r.read(ins.A())
	if self.v.Tag() != vm.JITTagSet {
		return r.abort("SETADD to a non-set")
	}
	if len(r.stack) > 0 {
		return r.abort("set.add in an inlined function")
	}
	return r.hostSetOp(HostSetAdd, "add", self, r.read(ins.B()))
}

// hostDictSetOp records DICTSET (R[A][R[B]] = R[C] in a dict
// comprehension or display; R[A] is an exact dict).
func (r *recorder) hostDictSetOp(ins bytecode.Instr) error {
	ok, err := r.hostSetItem(ins)
	if err == nil && !ok {
		err = r.abort("DICTSET to a non-dict")
	}
	return err
}

// hostForIter records FORITER at the loop header over a dict, set or
// dict view iterator (its kind is kind): a helper advances it (failing at
// the end of the iteration and when the container changed size, where
// the interpreter ends the loop or raises RuntimeError) and returns the
// entry number, whose key and value the trace loads from the container's
// entry storage, their tags guarded. d.items() must be unpacked into two
// targets (the interpreter's pair step, vm/forpair.go: no tuple is
// built). ok is false for other iterators.
func (r *recorder) hostForIter(ins bytecode.Instr, it operand, kind uint64) (int, bool, error) {
	b := r.b
	switch kind {
	case uint64(vm.JITKindDictIter), uint64(vm.JITKindDictVIter), uint64(vm.JITKindDictIIter), uint64(vm.JITKindSetIter):
	default:
		return 0, false, nil
	}
	ref := uint32(it.v.Ref())
	if ref >= fakeBase {
		return 0, true, r.abort("for over a dict iterator the recording made")
	}
	next := r.pc + 1
	var pair bytecode.Instr
	if kind == uint64(vm.JITKindDictIIter) {
		pair = r.fr.Instrs[r.pc+1]
		if pair.Op() != bytecode.UNPACK || pair.C() != 2 || pair.B() != ins.A()+1 {
			return 0, true, r.abort("for over dict items without unpacking")
		}
		next = r.pc + 2
	}
	d := gc.MakeValue(gc.Tag(r.m.JITWord(ref+vm.JITListIterList)), r.m.JITWord(ref+vm.JITListIterList+8))
	if r.host.dirty[uint32(d.Ref())] {
		return 0, true, r.abort("container read after the iteration changed it")
	}
	posAddr := ref + vm.JITDictIterPosOff
	e, npos, ok := r.m.JITDictIterPeek(gc.Ref(ref), r.word(posAddr))
	if !ok {
		return 0, true, r.abort("loop left while recording")
	}
	st := uint32(r.m.JITWord(uint32(d.Ref()) + vm.JITDictStorageOff))
	entry := func(off uint32) gc.Value {
		a := st + vm.JITItemsOff + 32*uint32(e) + off
		return gc.MakeValue(gc.Tag(r.m.JITWord(a)), r.m.JITWord(a+8))
	}
	snap := r.snap(r.pc)
	hdr := b.FLoad(ir.Int, it.val, 0, ClassHeader)
	k := b.Op2(ir.IAND, ir.Int, b.Op2(ir.ISHR, ir.Int, hdr, b.KInt(vm.JITKindShift)), b.KInt(vm.JITKindMask))
	b.Guard(ir.EQ, k, b.KInt(int64(kind)), snap)
	sig, _ := hostHelper(HostDictIter, 0, 0)
	eR := r.hostCall(sig, snap, it.val)
	dR := b.FLoad(ir.Ptr, it.val, vm.JITListIterList+8, ClassIterList)
	stR := b.FLoad(ir.Ptr, dR, vm.JITDictStorageOff, ClassDictStorage)
	idx := b.Op2(ir.IADD, ir.Int, eR, eR)
	// The helper has advanced the iterator: from here on an exit must
	// resume after the FORITER (and the UNPACK of d.items()), with the
	// item in its register whatever its type. So the item is first
	// loaded raw (tag and payload words) into the register, the tag
	// guarded through a snapshot at the next pc, and only then is the
	// payload loaded with its type.
	type item struct {
		reg int
		off uint32
	}
	var items []item
	switch kind {
	case uint64(vm.JITKindDictIIter):
		items = []item{{pair.A(), 0}, {pair.A() + 1, 16}}
	case uint64(vm.JITKindDictVIter):
		items = []item{{ins.A() + 1, 16}}
	default:
		items = []item{{ins.A() + 1, 0}}
	}
	vals := make([]gc.Value, len(items))
	tags := make([]ir.Ref, len(items))
	for i, it := range items {
		v := entry(it.off)
		if !v.Tag().IsRef() && v.Tag() != gc.TagInt && v.Tag() != gc.TagFloat && v.Tag() != gc.TagBool && v.Tag() != gc.TagNone {
			return 0, true, r.abort("dict item type")
		}
		vals[i] = v
		tags[i] = b.XLoad(ir.Tag, stR, idx, int64(vm.JITItemsOff+it.off), ClassDictEntry)
		raw := b.XLoad(ir.Int, stR, idx, int64(vm.JITItemsOff+it.off+8), ClassDictEntry)
		r.write(it.reg, operand{v, tags[i], raw})
	}
	r.mem[posAddr] = npos
	after := r.snap(next)
	for i, it := range items {
		v := vals[i]
		b.Guard(ir.EQ, tags[i], b.KTag(uint64(v.Tag())), after)
		res := r.constOperand(v)
		if v.Tag() != gc.TagNone {
			res = operand{v, b.KTag(uint64(v.Tag())), b.XLoad(payloadType(v.Tag()), stR, idx, int64(vm.JITItemsOff+it.off+8), ClassDictEntry)}
		}
		r.write(it.reg, res)
	}
	return next, true, nil
}

// HostCallBytecodes is how many other bytecodes a trace must run per
// host helper call for the trace to be worth having: a call from wasm
// into Go costs some 15-20 ns more than the interpreter's direct call of
// the same Go code, and a simple bytecode saves about 3 ns
// (docs/jit.md "Host helpers for containers and strings", "Measured").
const HostCallBytecodes = 8

// hostPays aborts a recording of steps bytecodes whose host helper calls
// (record_host.go's and dict.get's, record_gate.go) would cost more than
// the trace saves
// on the rest: the interpreter runs such a loop faster. As the JIT's
// payoff rule, it applies only when the loop threshold is above 1
// (--jit-threshold=1 means "trace every loop", which the tests use).
func (r *recorder) hostPays(steps int) error {
	if r.m.JITHookThreshold() <= 1 {
		return nil
	}
	t := r.b.T
	calls := 0
	for i := 1; i < len(t.Insts); i++ {
		if in := &t.Insts[i]; in.Op == ir.CALL {
			name := t.Helpers[in.Aux].Name
			calls += hostCallWeight(name) + dictGetCallWeight(name) + strCallWeight(name) // record_random.go, record_gate.go, record_str.go
		}
	}
	calls += r.freshStrProbes()  // record_str.go
	calls -= r.sideStoreExempt() // record_sidestore.go
	if calls > 0 && steps < HostCallBytecodes*calls {
		return &Abort{Reason: "too many host calls for the trace to pay", PC: r.header}
	}
	return nil
}
