// dictprobe.go builds the wasm module of the dict and set probes a trace
// calls instead of a host helper (docs/jit.md "Sets and dicts probed in
// wasm (session 16)"): for an int or an exact str key, the address of the
// key's value slot in a dict, set or frozenset (0 when absent), found by
// walking the index that the vm keeps in the raw bytes of the entry storage
// block, exactly as the interpreter's probe walks it. Whatever the wasm
// probe cannot decide alone (a huge int, a str whose hash was never
// computed, a stored key of another type with the same hash tag, which only
// Python code could compare) it hands to the host helper of the same
// signature, which decides or fails (and the trace exits). A call from a
// trace into this module is a wasm-to-wasm call (a few nanoseconds); the
// host call costs tens.
//
// Trace modules import these functions from WasmHelperModule(rt) rather
// than from the runtime host module rt: every helper whose name starts with
// WasmHelperPrefix is such a function (lower.go).

package wasmgen

import "github.com/hotloop/hotloop/gc"

// WasmHelperPrefix starts the name of every trace helper that is a wasm
// function of the runtime's wasm helper module, not a host function.
const WasmHelperPrefix = "w_"

// WasmHelperModule is the name of the module that defines the wasm
// helpers, for a runtime host module named rt.
func WasmHelperModule(rt string) string { return rt + "_wasm" }

// DictProbeLayout is where the probes find what they read: the vm's
// object layout (vm/jitsetprobe.go fills it) and the helper names.
type DictProbeLayout struct {
	StorageOff  uint32 // offset in a dict/set block of its entry storage Ref (a slot's payload)
	IdxHdrBytes uint32 // raw bytes of the storage block before its index: mask (u32), tag mask (u32)
	StrHashOff  uint32 // offset in a str block of its hash word (hash+1, 0 until computed)
	StrLenOff   uint32 // offset of its length word (byte length in the low 32 bits)
	StrTextOff  uint32 // offset of its text
	TagInt      gc.Tag
	TagStr      gc.Tag
	// Tags of stored keys that never equal an int (IntNever) or an exact
	// str (StrNever, beyond every immediate tag) and cannot run Python
	// code when compared.
	IntNever []gc.Tag
	StrNever []gc.Tag
	// HashMul is the multiplier of the index's hash tag (the tag is the
	// high half of hash*HashMul, masked).
	HashMul uint64
}

// DictProbeNames names a probe pair: the wasm function exported and the
// host helper it falls back to (imported from the runtime host module).
type DictProbeNames struct {
	Int, IntHost string // (container i32, key i64) -> (addr i32, ok i32)
	Str, StrHost string // (container i32, key i32) -> (addr i32, ok i32)
}

// BuildDictProbeModule returns the binary of the wasm helper module: it
// imports the heap memory (memModule.memName) and the two host helpers
// from rt, and exports the two probes.
func BuildDictProbeModule(name, memModule, memName, rt string, lay DictProbeLayout, names DictProbeNames) ([]byte, error) {
	m := NewModule()
	m.Name = name
	intSig := Sig([]ValType{I32, I64}, I32, I32)
	strSig := Sig([]ValType{I32, I32}, I32, I32)
	intHost := m.ImportFunc(rt, names.IntHost, intSig)
	strHost := m.ImportFunc(rt, names.StrHost, strSig)
	m.ImportMemory(memModule, memName, Limits{Min: 0})
	fi := m.NewFunc(names.Int, intSig)
	emitDictProbe(fi, lay, false, intHost)
	m.ExportFunc(names.Int, fi.Index())
	fs := m.NewFunc(names.Str, strSig)
	emitDictProbe(fs, lay, true, strHost)
	m.ExportFunc(names.Str, fs.Index())
	return m.Bytes()
}

// emitDictProbe writes the body of one probe: params container (i32) and
// key (i64 int payload, or i32 str pointer); results the value slot's
// address (0 if absent) and ok (1; the host fallback's own ok otherwise).
//
// The walk is dictFind's (vm/dict.go): slot hash&mask, then
// i = i*5 + 1 + (perturb >>= 5), all masked; a slot word is empty (0),
// deleted (1) or the entry number + 2 under a tag of hash bits. The
// arithmetic is 32-bit where Go's is 64-bit: only the low bits survive the
// mask, and those of a sum or product depend only on the operands' low
// bits.
func emitDictProbe(f *Func, lay DictProbeLayout, strKey bool, host uint32) {
	const c, key = 0, 1
	f.NameLocal(c, "container")
	f.NameLocal(key, "key")
	st := f.NamedLocal(I32, "storage")
	tbl := f.NamedLocal(I32, "index")
	mask := f.NamedLocal(I32, "mask")
	tagm := f.NamedLocal(I32, "tagmask")
	tag := f.NamedLocal(I32, "tag")
	i := f.NamedLocal(I32, "i")
	w := f.NamedLocal(I32, "w")
	ka := f.NamedLocal(I32, "keyaddr")
	h := f.NamedLocal(I64, "hash")
	perturb := f.NamedLocal(I64, "perturb")
	ktag := f.NamedLocal(I64, "keytag")
	var kp, n, j uint32
	if strKey {
		kp = f.NamedLocal(I32, "storedstr")
		n = f.NamedLocal(I32, "len")
		j = f.NamedLocal(I32, "j")
	}

	fallback := f.Block()

	// The key's hash, or the host when it is not at hand.
	if strKey {
		f.LocalGet(key)
		f.I64Load(lay.StrHashOff)
		f.LocalTee(h)
		f.I64Eqz()
		f.If()
		emitStrHash(f, lay, key, h, fallback) // never hashed: hash an ASCII text here
		f.Else()
		f.LocalGet(h)
		f.I64Const(1)
		f.I64Sub()
		f.LocalSet(h)
		f.End()
	} else {
		// |key| < 2^61-1: the hash is the key, -1 becoming -2;
		// larger ones take the reduction the host does.
		const mod = 1<<61 - 1
		f.LocalGet(key)
		f.I64Const(mod - 1)
		f.I64Add()
		f.I64Const(2*mod - 1)
		f.I64GeU()
		f.BrIf(f.LabelDepth(fallback))
		f.LocalGet(key)
		f.LocalSet(h)
		f.LocalGet(key)
		f.I64Const(-1)
		f.I64Eq()
		f.If()
		f.I64Const(-2)
		f.LocalSet(h)
		f.End()
	}

	// The storage block, its index and the masks before it.
	f.LocalGet(c)
	f.I32Load(lay.StorageOff)
	f.LocalTee(st)
	f.LocalGet(st)
	f.I32Load(gc.HdrNumVals)
	f.I32Const(4)
	f.I32Shl()
	f.I32Add()
	f.I32Const(int32(gc.HeaderSize))
	f.I32Add()
	f.LocalTee(tbl)
	f.I32Load(0)
	f.LocalSet(mask)
	f.LocalGet(tbl)
	f.I32Load(4)
	f.LocalSet(tagm)
	f.LocalGet(tbl)
	f.I32Const(int32(lay.IdxHdrBytes))
	f.I32Add()
	f.LocalSet(tbl)
	// tag = high half of h*HashMul, masked
	f.LocalGet(h)
	f.I64Const(int64(lay.HashMul))
	f.I64Mul()
	f.I64Const(32)
	f.I64ShrU()
	f.I32WrapI64()
	f.LocalGet(tagm)
	f.I32And()
	f.LocalSet(tag)
	f.LocalGet(h)
	f.LocalTee(perturb)
	f.I32WrapI64()
	f.LocalGet(mask)
	f.I32And()
	f.LocalSet(i)

	found := func() { // return (ka + 16, 1): the value slot
		f.LocalGet(ka)
		f.I32Const(int32(gc.ValueSize))
		f.I32Add()
		f.I32Const(1)
		f.Return()
	}
	// used is the "used slot whose tag agrees" if; its end goes on to the
	// next slot. skipUnless goes there when ktag is one of tags and falls
	// back to the host otherwise.
	var used Label
	skipUnless := func(tags []gc.Tag) {
		for _, t := range tags {
			f.LocalGet(ktag)
			f.I64Const(int64(t))
			f.I64Eq()
			f.BrIf(f.LabelDepth(used))
		}
		f.Br(f.LabelDepth(fallback))
	}

	loop := f.Loop()
	{
		f.LocalGet(tbl)
		f.LocalGet(i)
		f.I32Const(2)
		f.I32Shl()
		f.I32Add()
		f.I32Load(0)
		f.LocalTee(w)
		f.I32Eqz()
		f.If()
		f.I32Const(0)
		f.I32Const(1)
		f.Return()
		f.End()
		// a used slot whose tag agrees
		f.LocalGet(w)
		f.LocalGet(tagm)
		f.I32And()
		f.LocalGet(tag)
		f.I32Eq()
		f.LocalGet(w)
		f.I32Const(1)
		f.I32GtU()
		f.I32And()
		used = f.If()
		{
			// ka = storage + 16 + 32*entry
			f.LocalGet(st)
			f.LocalGet(w)
			f.LocalGet(tagm)
			f.I32Const(-1)
			f.I32Xor()
			f.I32And()
			f.I32Const(2)
			f.I32Sub()
			f.I32Const(5)
			f.I32Shl()
			f.I32Add()
			f.I32Const(int32(gc.HeaderSize))
			f.I32Add()
			f.LocalTee(ka)
			f.I64Load(0)
			f.LocalSet(ktag)
			if !strKey {
				f.LocalGet(ktag)
				f.I64Const(int64(lay.TagInt))
				f.I64Eq()
				f.If()
				f.LocalGet(ka)
				f.I64Load(8)
				f.LocalGet(key)
				f.I64Eq()
				f.If()
				found()
				f.End()
				f.Else()
				skipUnless(lay.IntNever)
				f.End()
			} else {
				f.LocalGet(ktag)
				f.I64Const(int64(lay.TagStr))
				f.I64Eq()
				f.If()
				{
					f.LocalGet(ka)
					f.I32Load(8)
					f.LocalTee(kp)
					f.LocalGet(key)
					f.I32Eq()
					f.If()
					found()
					f.End()
					emitStrEqual(f, lay, kp, key, h, n, j, found)
				}
				f.Else()
				{
					// an immediate (int, float, None ...) never equals a str
					f.LocalGet(ktag)
					f.I64Const(int64(gc.TagRef))
					f.I64LtU()
					f.BrIf(f.LabelDepth(used))
					skipUnless(lay.StrNever)
				}
				f.End()
			}
		}
		f.End()
		// next slot
		f.LocalGet(perturb)
		f.I64Const(5)
		f.I64ShrU()
		f.LocalTee(perturb)
		f.I32WrapI64()
		f.LocalGet(i)
		f.I32Const(5)
		f.I32Mul()
		f.I32Const(1)
		f.I32Add()
		f.I32Add()
		f.LocalGet(mask)
		f.I32And()
		f.LocalSet(i)
		f.Br(f.LabelDepth(loop))
	}
	f.End()
	f.Unreachable()
	f.End() // fallback
	f.LocalGet(c)
	f.LocalGet(key)
	f.Call(host)
	f.End() // the function
}

// emitStrEqual compares the stored str kp with the key str (both exact
// strs, not the same object) and calls found when their texts are equal:
// first their hashes (equal texts have equal hashes; a stored key's hash
// is always computed, but a word of 0 is compared by text anyway), then
// their byte lengths, then the text 8 bytes at a time and the rest byte by
// byte. It leaves nothing on the stack and falls through when they differ.
func emitStrEqual(f *Func, lay DictProbeLayout, kp, key, h, n, j uint32, found func()) {
	differ := f.Block()
	// hash words: stored == h+1, or stored == 0
	f.LocalGet(kp)
	f.I64Load(lay.StrHashOff)
	f.LocalGet(h)
	f.I64Const(1)
	f.I64Add()
	f.I64Ne()
	f.LocalGet(kp)
	f.I64Load(lay.StrHashOff)
	f.I64Eqz()
	f.I32Eqz()
	f.I32And()
	f.BrIf(f.LabelDepth(differ))
	f.LocalGet(kp)
	f.I32Load(lay.StrLenOff)
	f.LocalTee(n)
	f.LocalGet(key)
	f.I32Load(lay.StrLenOff)
	f.I32Ne()
	f.BrIf(f.LabelDepth(differ))
	f.I32Const(0)
	f.LocalSet(j)
	words := f.Loop()
	{
		f.LocalGet(j)
		f.I32Const(8)
		f.I32Add()
		f.LocalGet(n)
		f.I32LeU()
		f.If()
		f.LocalGet(kp)
		f.LocalGet(j)
		f.I32Add()
		f.I64Load(lay.StrTextOff)
		f.LocalGet(key)
		f.LocalGet(j)
		f.I32Add()
		f.I64Load(lay.StrTextOff)
		f.I64Ne()
		f.BrIf(f.LabelDepth(differ))
		f.LocalGet(j)
		f.I32Const(8)
		f.I32Add()
		f.LocalSet(j)
		f.Br(f.LabelDepth(words))
		f.End()
	}
	f.End()
	bytes := f.Loop()
	{
		f.LocalGet(j)
		f.LocalGet(n)
		f.I32LtU()
		f.If()
		f.LocalGet(kp)
		f.LocalGet(j)
		f.I32Add()
		f.I32Load8U(lay.StrTextOff)
		f.LocalGet(key)
		f.LocalGet(j)
		f.I32Add()
		f.I32Load8U(lay.StrTextOff)
		f.I32Ne()
		f.BrIf(f.LabelDepth(differ))
		f.LocalGet(j)
		f.I32Const(1)
		f.I32Add()
		f.LocalSet(j)
		f.Br(f.LabelDepth(bytes))
		f.End()
	}
	f.End()
	found()
	f.End() // differ
}

// SipHash-1-3's initial state for the key (0, 0): "somepseudorandomlygeneratedbytes".
const (
	sipV0 = 0x736f6d6570736575
	sipV1 = 0x646f72616e646f6d
	sipV2 = 0x6c7967656e657261
	sipV3 = 0x7465646279746573
)

// emitStrHash computes the hash of the str key, whose hash word is 0, as
// vm.strHashOf does for an ASCII text (SipHash-1-3 with a zero key over
// its bytes, CPython's with PYTHONHASHSEED=0; the empty str hashes to 0),
// stores it in local h and caches hash+1 in the str's hash word as the
// interpreter does. A text with a byte of 0x80 or more (not ASCII: CPython
// hashes its code points, not its UTF-8) branches to fallback, where the
// host hashes it.
func emitStrHash(f *Func, lay DictProbeLayout, key, h uint32, fallback Label) {
	v := [4]uint32{f.NamedLocal(I64, "v0"), f.NamedLocal(I64, "v1"), f.NamedLocal(I64, "v2"), f.NamedLocal(I64, "v3")}
	m := f.NamedLocal(I64, "m")
	acc := f.NamedLocal(I64, "ascii")
	n := f.NamedLocal(I32, "n")
	j := f.NamedLocal(I32, "j")
	b := f.NamedLocal(I64, "byte")
	for i, c := range []uint64{sipV0, sipV1, sipV2, sipV3} {
		f.I64Const(int64(c))
		f.LocalSet(v[i])
	}
	f.I64Const(0)
	f.LocalSet(acc)
	// add(a, b): va += vb; rotl(r, b): vb = rotl(vb, r); xor(a, b): va ^= vb
	add := func(a, b int) {
		f.LocalGet(v[a])
		f.LocalGet(v[b])
		f.I64Add()
		f.LocalSet(v[a])
	}
	rotl := func(a int, r int64) {
		f.LocalGet(v[a])
		f.I64Const(r)
		f.I64Rotl()
		f.LocalSet(v[a])
	}
	xor := func(a, b int) {
		f.LocalGet(v[a])
		f.LocalGet(v[b])
		f.I64Xor()
		f.LocalSet(v[a])
	}
	round := func() {
		add(0, 1)
		rotl(1, 13)
		xor(1, 0)
		rotl(0, 32)
		add(2, 3)
		rotl(3, 16)
		xor(3, 2)
		add(0, 3)
		rotl(3, 21)
		xor(3, 0)
		add(2, 1)
		rotl(1, 17)
		xor(1, 2)
		rotl(2, 32)
	}
	// mix(m): v3 ^= m; round; v0 ^= m
	mix := func() {
		f.LocalGet(v[3])
		f.LocalGet(m)
		f.I64Xor()
		f.LocalSet(v[3])
		round()
		f.LocalGet(v[0])
		f.LocalGet(m)
		f.I64Xor()
		f.LocalSet(v[0])
	}
	done := f.Block()
	f.LocalGet(key)
	f.I32Load(lay.StrLenOff)
	f.LocalTee(n)
	f.I32Eqz()
	f.If()
	f.I64Const(0)
	f.LocalSet(h)
	f.Br(f.LabelDepth(done))
	f.End()
	f.I32Const(0)
	f.LocalSet(j)
	words := f.Loop()
	{
		f.LocalGet(j)
		f.I32Const(8)
		f.I32Add()
		f.LocalGet(n)
		f.I32LeU()
		f.If()
		f.LocalGet(key)
		f.LocalGet(j)
		f.I32Add()
		f.I64Load(lay.StrTextOff)
		f.LocalTee(m)
		f.LocalGet(acc)
		f.I64Or()
		f.LocalSet(acc)
		mix()
		f.LocalGet(j)
		f.I32Const(8)
		f.I32Add()
		f.LocalSet(j)
		f.Br(f.LabelDepth(words))
		f.End()
	}
	f.End()
	// the last word: the remaining bytes, the length in the top byte
	f.LocalGet(n)
	f.I64ExtendI32U()
	f.I64Const(56)
	f.I64Shl()
	f.LocalSet(m)
	tail := f.Loop()
	{
		f.LocalGet(j)
		f.LocalGet(n)
		f.I32LtU()
		f.If()
		f.LocalGet(m)
		f.LocalGet(key)
		f.LocalGet(j)
		f.I32Add()
		f.I64Load8U(lay.StrTextOff)
		f.LocalTee(b)
		f.LocalGet(acc)
		f.I64Or()
		f.LocalSet(acc)
		f.LocalGet(b)
		f.LocalGet(j)
		f.I32Const(7)
		f.I32And()
		f.I32Const(3)
		f.I32Shl()
		f.I64ExtendI32U()
		f.I64Shl()
		f.I64Or()
		f.LocalSet(m)
		f.LocalGet(j)
		f.I32Const(1)
		f.I32Add()
		f.LocalSet(j)
		f.Br(f.LabelDepth(tail))
		f.End()
	}
	f.End()
	f.LocalGet(acc)
	f.I64Const(-0x7f7f7f7f7f7f7f80) // 0x8080808080808080
	f.I64And()
	f.I64Eqz()
	f.I32Eqz()
	f.BrIf(f.LabelDepth(fallback))
	mix()
	f.LocalGet(v[2])
	f.I64Const(0xff)
	f.I64Xor()
	f.LocalSet(v[2])
	round()
	round()
	round()
	f.LocalGet(v[0])
	f.LocalGet(v[1])
	f.I64Xor()
	f.LocalGet(v[2])
	f.I64Xor()
	f.LocalGet(v[3])
	f.I64Xor()
	f.LocalTee(h)
	f.I64Const(-1)
	f.I64Eq()
	f.If()
	f.I64Const(-2)
	f.LocalSet(h)
	f.End()
	f.End() // done
	// cache hash+1 in the str, as vm.strHash does
	f.LocalGet(key)
	f.LocalGet(h)
	f.I64Const(1)
	f.I64Add()
	f.I64Store(lay.StrHashOff)
}
