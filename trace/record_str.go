// record_str.go records the character loops of str programs in wasm, with
// no host call (docs/jit.md "Str loops in traces (session 17)"): `for ch
// in s` over an exact str, `ord(ch)`, `chr(i)` of an ASCII code, `s[i]`
// and `len(s)` of an ASCII str, comparisons of one-character strs, and
// `s.startswith(p)` / `s.endswith(p)` of a constant p. A str's text sits
// in linear memory (vm/object.go: the hash word, the length word, then
// WTF-8 bytes), so a character is one BLOAD of its byte, and the
// interpreter's one-character str of an ASCII byte is one XLOAD from a
// table of them in the heap (vm.JITCharTable): no allocation, the very
// objects the interpreter would return. Anything not ASCII is a guard:
// the trace exits before the instruction and the interpreter does it.

package trace

import (
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/wasmgen"
)

// Alias classes of str words. A str's length word changes only when the
// interpreter caches its code point count (the high half); the char
// table is never written.
const (
	ClassStrLen    ir.AliasClass = 252
	ClassCharTable ir.AliasClass = 253
)

// maxAffix bounds the constant prefix or suffix whose bytes a trace
// compares one by one.
const maxAffix = 8

// strState is what the recorder knows about strs in the trace.
type strState struct {
	// bytes maps the IR value of a one-character ASCII str (from the
	// char table) to the IR value of its byte.
	bytes map[ir.Ref]ir.Ref
}

// charStr returns the one-character str of the ASCII byte ch (an IR int
// known to be below 128) and remembers its byte.
func (r *recorder) charStr(ch ir.Ref, c byte) operand {
	b := r.b
	table := b.KPtr(uint32(r.m.JITCharTable()))
	p := b.XLoad(ir.Ptr, table, ch, vm.JITItemsOff+8, ClassCharTable)
	if r.strs.bytes == nil {
		r.strs.bytes = map[ir.Ref]ir.Ref{}
	}
	r.strs.bytes[p] = ch
	v := gc.MakeValue(vm.JITTagStr, r.word(uint32(r.m.JITCharTable())+vm.JITItemsOff+8+16*uint32(c)))
	return operand{v, b.KTag(uint64(vm.JITTagStr)), p}
}

// strLenWord loads s's length word.
func (r *recorder) strLenWord(s operand) ir.Ref {
	return r.b.FLoad(ir.Int, s.val, vm.JITStrLenOff, ClassStrLen)
}

// strBytes returns the IR byte length of s (the length word's low half).
func (r *recorder) strByteLen(s operand) ir.Ref {
	b := r.b
	return b.Op2(ir.IAND, ir.Int, r.strLenWord(s), b.KInt(0xffffffff))
}

// forStr records FORITER over a str iterator (its kind not yet guarded):
// the next byte is loaded and guarded ASCII, the iterator's byte offset
// advanced, and the loop variable is the byte's one-character str. The
// end of the text and a non-ASCII character exit before the FORITER.
func (r *recorder) forStr(ins bytecode.Instr, it operand) (int, error) {
	b := r.b
	ref := uint32(it.v.Ref())
	if ref >= fakeBase {
		return 0, r.abort("for over a str iterator the recording made")
	}
	sv := gc.MakeValue(gc.Tag(r.word(ref+vm.JITListIterList)), r.word(ref+vm.JITListIterList+8))
	text, ok := r.m.JITStr(sv)
	if !ok {
		return 0, r.abort("str iterator over a non-str")
	}
	i := int64(r.word(ref + vm.JITListIterIndex))
	if i < 0 || i >= int64(len(text)) {
		return 0, r.abort("loop left while recording")
	}
	c := text[i]
	if c >= 0x80 {
		return 0, r.abort("non-ASCII character while recording")
	}
	snap := r.snap(r.pc)
	if !r.newOfKind(it.val, uint64(vm.JITKindStrIter)) {
		r.guardIterKind(it, uint64(vm.JITKindStrIter), snap)
	}
	s := operand{sv, b.KTag(uint64(vm.JITTagStr)), b.FLoad(ir.Ptr, it.val, vm.JITListIterList+8, ClassIterList)}
	iR := b.FLoad(ir.Int, it.val, vm.JITListIterIndex, ClassRangeCur)
	b.Bounds(iR, r.strByteLen(s), r.ownSnap(snap))
	ch := r.byteLoad(s.val, iR)
	b.Guard(ir.ULT, ch, b.KInt(0x80), snap)
	item := r.charStr(ch, c)
	r.mem[ref+vm.JITListIterIndex] = uint64(i + 1)
	b.FStore(it.val, vm.JITListIterIndex, b.Op2(ir.IADD, ir.Int, iR, b.KInt(1)), ClassRangeCur)
	r.write(ins.A()+1, item)
	return r.pc + 1, nil
}

// byteLoad emits BLOAD of the text byte of s at index idx.
func (r *recorder) byteLoad(s, idx ir.Ref) ir.Ref {
	return r.b.Emit(ir.Inst{Op: ir.BLOAD, Type: ir.Int, A: s, B: idx, Aux: int64(vm.JITStrTextOff)})
}

// asciiLen guards that s is all ASCII with its code points counted (the
// length word's high half is the byte length + 1) and returns its
// length; ok is false when the recorded s is not so (the caller falls
// back to a host helper).
func (r *recorder) asciiLen(s operand, snap ir.SnapID) (ir.Ref, bool) {
	b := r.b
	w := r.m.JITStrLenWord(s.v.Ref())
	if w>>32 != uint64(uint32(w))+1 {
		return 0, false
	}
	lw := r.strLenWord(s)
	n := b.Op2(ir.IAND, ir.Int, lw, b.KInt(0xffffffff))
	hi := b.Op2(ir.ISHR, ir.Int, lw, b.KInt(32))
	b.Guard(ir.EQ, hi, b.Op2(ir.IADD, ir.Int, n, b.KInt(1)), snap)
	return n, true
}

// strItem records s[i] of an ASCII str by an int (ok false: the host
// helper's way).
func (r *recorder) strItem(ins bytecode.Instr, s, k operand) (bool, error) {
	b := r.b
	snap := r.snap(r.pc)
	ch, ok := r.m.JITStrItem(s.v.Ref(), k.v.Int()) // counts s's code points
	if !ok {
		return true, r.strItemAbort(s) // record_strabort.go
	}
	n, ok := r.asciiLen(s, snap)
	if !ok {
		return false, nil
	}
	i := k.v.Int()
	j := k.val
	if i < 0 {
		b.Guard(ir.LT, k.val, b.KInt(0), snap)
		j = b.Op2(ir.IADD, ir.Int, k.val, n)
		i += int64(len(r.strOf(s)))
	} else if !k.val.IsConst() {
		b.Guard(ir.GE, k.val, b.KInt(0), snap)
	}
	b.Bounds(j, n, snap)
	c := r.strOf(s)[i]
	item := r.charStr(r.byteLoad(s.val, j), c)
	if uint32(item.v.Ref()) != uint32(ch) {
		return true, r.abort("one-character str not from the table")
	}
	r.write(ins.A(), item)
	return true, nil
}

// strBuiltin records ord(c), chr(i) and len(s) natively; ok is false for
// other calls (and for strs that are not ASCII, which the host helpers
// take).
func (r *recorder) strBuiltin(name string, args []operand, snap ir.SnapID) (operand, bool, error) {
	b := r.b
	if len(args) != 1 {
		return operand{}, false, nil
	}
	a := args[0]
	switch {
	case name == "ord" && a.v.Tag() == vm.JITTagStr:
		t := r.strOf(a)
		if len(t) != 1 {
			return operand{}, false, nil // not one byte: h_strord
		}
		ch, known := r.strs.bytes[a.val]
		if !known {
			lw := r.strLenWord(a)
			b.Guard(ir.EQ, b.Op2(ir.IAND, ir.Int, lw, b.KInt(0xffffffff)), b.KInt(1), snap)
			ch = r.byteLoad(a.val, b.KInt(0))
		}
		return operand{gc.Int(int64(t[0])), b.KTag(uint64(gc.TagInt)), ch}, true, nil
	case name == "chr" && a.v.Tag() == gc.TagInt:
		i := a.v.Int()
		if i < 0 || i >= 0x80 {
			return operand{}, false, nil
		}
		// Anything else exits: the interpreter makes the non-ASCII str
		// or raises the ValueError.
		b.Guard(ir.ULT, a.val, b.KInt(0x80), snap)
		return r.charStr(a.val, byte(i)), true, nil
	case name == "len" && a.v.Tag() == vm.JITTagStr:
		w := r.m.JITStrLenWord(a.v.Ref())
		if w>>32 == 0 {
			return operand{}, false, nil
		}
		lw := r.strLenWord(a)
		hi := b.Op2(ir.ISHR, ir.Int, lw, b.KInt(32))
		// Not counted yet: exit, and the interpreter's len counts it.
		b.Guard(ir.NE, hi, b.KInt(0), snap)
		return operand{gc.Int(int64(w>>32) - 1), b.KTag(uint64(gc.TagInt)), b.Op2(ir.ISUB, ir.Int, hi, b.KInt(1))}, true, nil
	}
	return operand{}, false, nil
}

// strCompareBytes records a comparison of two one-character ASCII strs
// whose bytes the trace knows (or one of them a constant): a compare of
// the bytes. ok is false otherwise.
func (r *recorder) strCompareBytes(x, y operand, c ir.Cond) (ir.Ref, bool) {
	b := r.b
	byteOf := func(o operand) (ir.Ref, bool) {
		if ch, ok := r.strs.bytes[o.val]; ok {
			return ch, true
		}
		if t := r.strOf(o); o.val.IsConst() && len(t) == 1 {
			return b.KInt(int64(t[0])), true
		}
		return 0, false
	}
	bx, ok := byteOf(x)
	if !ok {
		return 0, false
	}
	by, ok := byteOf(y)
	if !ok {
		return 0, false
	}
	return b.Cmp(c, bx, by), true
}

// strAffix records s.startswith(p) or s.endswith(p) of an exact str s
// and a constant str p of at most maxAffix bytes: the length guarded on
// the side recorded, then the bytes compared. ok is false for other
// arguments.
func (r *recorder) strAffix(name string, s operand, args []operand) (operand, bool, error) {
	b := r.b
	if len(args) != 1 || args[0].v.Tag() != vm.JITTagStr || !args[0].val.IsConst() {
		return operand{}, false, nil
	}
	p := r.strOf(args[0])
	t := r.strOf(s)
	if len(p) > maxAffix {
		return operand{}, false, nil
	}
	suffix := name == "endswith"
	var res bool
	if suffix {
		res = strings.HasSuffix(t, p)
	} else {
		res = strings.HasPrefix(t, p)
	}
	k := int64(len(p))
	snap := r.snap(r.pc)
	n := r.strByteLen(s)
	if int64(len(t)) < k {
		b.Guard(ir.LT, n, b.KInt(k), snap)
		return boolOperand(b, false, b.KBool(false)), true, nil
	}
	if k > 0 {
		b.Guard(ir.GE, n, b.KInt(k), snap)
	}
	ref := b.KBool(true)
	for j := int64(0); j < k; j++ {
		idx := b.KInt(j)
		if suffix {
			idx = b.Op2(ir.ISUB, ir.Int, n, b.KInt(k-j))
		}
		eq := b.Cmp(ir.EQ, r.byteLoad(s.val, idx), b.KInt(int64(p[j])))
		if j == 0 {
			ref = eq
		} else {
			ref = b.Op2(ir.BAND, ir.Bool, ref, eq)
		}
	}
	return boolOperand(b, res, ref), true, nil
}

// errOr returns err, or an abort for reason when err is nil.
func (r *recorder) errOr(err error, reason string) error {
	if err != nil {
		return err
	}
	return r.abort(reason)
}

// strFormatSig is the helper of f % i for a str f and an int i: the new
// str, failing (the trace exits before the MOD) when the interpreter's
// fast path does not format it.
var strFormatSig = ir.HelperSig{Name: "h_strfmt_i", Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Ptr, Effect: ir.Writes}

// strFormat records f % i of a str f and an int i through h_strfmt_i;
// ok is false for other operands. The recording's copy of the result is
// a real str, as concatenation's is (record_host.go).
func (r *recorder) strFormat(ins bytecode.Instr) (bool, error) {
	x, y := r.read(ins.B()), r.read(ins.C())
	if x.v.Tag() != vm.JITTagStr || y.v.Tag() != gc.TagInt {
		return false, nil
	}
	p, ok := r.m.JITPercentInt(x.v.Ref(), y.v.Int())
	if !ok {
		return true, r.abort("str % int outside the fast formats")
	}
	if res, ok := r.strFormatShort(x, y, p); ok {
		r.write(ins.A(), res)
		return true, nil
	}
	res := r.hostCall(strFormatSig, r.snap(r.pc), x.val, y.val)
	r.write(ins.A(), operand{vm.JITStrValue(p), r.b.KTag(uint64(vm.JITTagStr)), res})
	return true, nil
}

// strAllocWeight is what a str helper that allocates (h_strfmt_i,
// h_strcat) counts for in hostPays, in host calls: `"w%d" % i` and `a +
// b` in loops of three bytecodes ran 50-100 ns an iteration slower
// traced than interpreted (session 17, docs/jit.md "Str loops in traces"),
// so a loop needs about three times the usual work per call to gain.
const strAllocWeight = 3

// strCallWeight is the extra weight of the str helpers that allocate in
// hostPays (hostCallWeight counts each h_ helper once).
func strCallWeight(name string) int {
	if name == strFormatSig.Name || name == "h_strcat" {
		return strAllocWeight - 1
	}
	return 0
}

// maxShortConcat is the longest result, in bytes, of a + b that a trace
// builds itself: two words of text (the block is then as big as the
// interpreter's for the same str, 48 bytes); the first operand must fit
// a word with room (7 bytes), the second a word.
const (
	shortWord      = 8
	maxShortConcat = 15
	shortStrRaw    = 16 + 16 // the hash and length words, two text words
)

// concatLenWord returns the length word of x + y (byte lengths nx, ny,
// n their sum): the byte length, and in the high half the code point
// count + 1 when both operands are ASCII with their counts cached (the
// interpreter's own concatenation counts them then too), else 0 (not
// counted). Without the count, len() of the result, whose trace code
// guards an ASCII count, would exit every time.
func (r *recorder) concatLenWord(x, y operand, nx, ny, n ir.Ref) ir.Ref {
	b := r.b
	counted := func(s operand, ns ir.Ref) ir.Ref {
		hi := b.Op2(ir.ISHR, ir.Int, r.strLenWord(s), b.KInt(32))
		return b.Cmp(ir.EQ, hi, b.Op2(ir.IADD, ir.Int, ns, b.KInt(1)))
	}
	both := b.Op1(ir.BTOI, ir.Int, b.Op2(ir.BAND, ir.Bool, counted(x, nx), counted(y, ny)))
	hi := b.Op2(ir.IMUL, ir.Int, both, b.Op2(ir.IADD, ir.Int, n, b.KInt(1)))
	return b.Op2(ir.IOR, ir.Int, n, b.Op2(ir.ISHL, ir.Int, hi, b.KInt(32)))
}

// strConcatShort records a + b of two strs without a host call when one
// is the constant "" (the other is the result: the interpreter's result
// has the same text, and for one character it is the very same object;
// an empty str in a register is guarded empty) or when the result has 2
// to 15 bytes, the first operand 1 to 7 and the second 1 to 8: a str
// block (NEW, as newStrBuf lays it out; its code points counted when
// both operands have theirs: concatLenWord) whose text words are the
// operands' first words masked, shifted and or-ed. The byte lengths are guarded to the recorded case, one text word
// or two (anything else exits, and the interpreter, or a side trace,
// concatenates); a str's first text word is inside its block when it has
// a byte. ok is false for other operands (h_strcat's way).
func (r *recorder) strConcatShort(x, y operand) (operand, bool) {
	b := r.b
	tx, ty := r.strOf(x), r.strOf(y)
	switch {
	case x.val.IsConst() && tx == "":
		return y, true
	case y.val.IsConst() && ty == "":
		return x, true
	case tx == "" || ty == "":
		// An empty operand in a register: its length guarded 0.
		snap := r.snap(r.pc)
		if tx == "" {
			b.Guard(ir.EQ, r.strByteLen(x), b.KInt(0), snap)
			return y, true
		}
		b.Guard(ir.EQ, r.strByteLen(y), b.KInt(0), snap)
		return x, true
	case len(tx) >= shortWord || len(ty) > shortWord || len(tx)+len(ty) > maxShortConcat:
		return operand{}, false
	}
	two := len(tx)+len(ty) > shortWord
	snap := r.snap(r.pc)
	nx, ny := r.strByteLen(x), r.strByteLen(y)
	b.Guard(ir.GE, nx, b.KInt(1), snap)
	b.Guard(ir.GE, ny, b.KInt(1), snap)
	n := b.Op2(ir.IADD, ir.Int, nx, ny)
	if two {
		b.Guard(ir.LT, nx, b.KInt(shortWord), snap)
		b.Guard(ir.LE, ny, b.KInt(shortWord), snap)
		b.Guard(ir.GT, n, b.KInt(shortWord), snap)
		b.Guard(ir.LE, n, b.KInt(maxShortConcat), snap)
	} else {
		b.Guard(ir.LE, n, b.KInt(shortWord), snap)
	}
	// mask(k) keeps the low k bytes, k 1..8 (as two shifts, so that k = 8
	// keeps all: an unguarded ISHL wraps its count).
	mask := func(k ir.Ref) ir.Ref {
		top := b.Op2(ir.ISHL, ir.Int, b.KInt(1), b.Op2(ir.ISUB, ir.Int, b.Op2(ir.IMUL, ir.Int, k, b.KInt(8)), b.KInt(1)))
		return b.Op2(ir.ISUB, ir.Int, b.Op2(ir.ISHL, ir.Int, top, b.KInt(1)), b.KInt(1))
	}
	wx := b.Op2(ir.IAND, ir.Int, b.FLoad(ir.Int, x.val, vm.JITStrTextOff, ClassStrLen), mask(nx))
	wy := b.Op2(ir.IAND, ir.Int, b.FLoad(ir.Int, y.val, vm.JITStrTextOff, ClassStrLen), mask(ny))
	sh := b.Op2(ir.IMUL, ir.Int, nx, b.KInt(8)) // 8..56
	lo := b.Op2(ir.IOR, ir.Int, wx, b.Op2(ir.ISHL, ir.Int, wy, sh))
	d := ir.AllocDesc{Name: "str", Kind: uint8(vm.JITKindStr), Raw: shortStrRaw}
	p := b.New(b.AddAlloc(d))
	b.FStore(p, vm.JITStrLenOff, r.concatLenWord(x, y, nx, ny, n), ClassStrLen)
	b.FStore(p, vm.JITStrTextOff, lo, ClassStrLen)
	if two {
		// y's bytes past the first word: an arithmetic shift, its sign
		// bits masked off (the result's bytes 8..n-1).
		rest := b.Op2(ir.ISHR, ir.Int, wy, b.Op2(ir.ISUB, ir.Int, b.KInt(64), sh))
		hi := b.Op2(ir.IAND, ir.Int, rest, mask(b.Op2(ir.ISUB, ir.Int, n, b.KInt(shortWord))))
		b.FStore(p, vm.JITStrTextOff+8, hi, ClassStrLen)
	}
	// The recording's copy is a real str, as h_strcat's is.
	v := vm.JITStrValue(r.m.JITStrConcat(x.v.Ref(), y.v.Ref()))
	return operand{v, b.KTag(uint64(vm.JITTagStr)), p}, true
}

// percentParts splits a constant format of one %d, %i or %s conversion
// (and %% escapes) into the ASCII text before and after it; ok is false
// for any other format.
func percentParts(f string) (pre, post string, ok bool) {
	var b strings.Builder
	conv := -1
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 0x80 {
			return "", "", false
		}
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(f) {
			return "", "", false
		}
		i++
		switch f[i] {
		case '%':
			b.WriteByte('%')
		case 'd', 'i', 's':
			if conv >= 0 {
				return "", "", false
			}
			conv = b.Len()
		default:
			return "", "", false
		}
	}
	if conv < 0 {
		return "", "", false
	}
	t := b.String()
	return t[:conv], t[conv:], true
}

// strFormatShort records f % i of a constant ASCII format f (or one in a
// register, guarded to be the recorded str) with one
// integer conversion and an int i >= 0 whose result fits a word: the
// digits computed by division, the text word assembled and a str block
// built (NEW), as for short concatenation; a one-character result is the
// interpreter's str of that digit. i is guarded to have the recorded
// number of digits (another count exits; a side trace takes it). p is the
// recording's real result. ok is false otherwise (h_strfmt_i's way).
func (r *recorder) strFormatShort(x, y operand, p gc.Ref) (operand, bool) {
	b := r.b
	pre, post, ok := percentParts(r.strOf(x))
	i := y.v.Int()
	if !ok || i < 0 {
		return operand{}, false
	}
	if !x.val.IsConst() {
		// A format in a register (a side trace's snapshot holds the
		// constant the root loaded): guarded to be that very str.
		b.Guard(ir.EQ, x.val, b.KPtr(uint32(x.v.Ref())), r.snap(r.pc))
	}
	d := len(strconv.FormatInt(i, 10))
	n := len(pre) + d + len(post)
	if n > shortWord {
		return operand{}, false
	}
	snap := r.snap(r.pc)
	lo, hi := int64(0), int64(9)
	for k := 1; k < d; k++ {
		lo, hi = hi+1, hi*10+9
	}
	if !y.val.IsConst() {
		if lo > 0 {
			b.Guard(ir.GE, y.val, b.KInt(lo), snap)
		} else {
			b.Guard(ir.GE, y.val, b.KInt(0), snap)
		}
		b.Guard(ir.LE, y.val, b.KInt(hi), snap)
	}
	if n == 1 {
		return r.charStr(b.Op2(ir.IADD, ir.Int, y.val, b.KInt('0')), byte('0'+i)), true
	}
	var fixed uint64
	for k := 0; k < len(pre); k++ {
		fixed |= uint64(pre[k]) << (8 * k)
	}
	for k := 0; k < len(post); k++ {
		fixed |= uint64(post[k]) << (8 * (len(pre) + d + k))
	}
	word := b.KInt(int64(fixed))
	v := y.val
	for k := d - 1; k >= 0; k-- {
		digit := b.Op2(ir.IADD, ir.Int, b.Op2(ir.IMOD, ir.Int, v, b.KInt(10)), b.KInt('0'))
		word = b.Op2(ir.IOR, ir.Int, word, b.Op2(ir.ISHL, ir.Int, digit, b.KInt(int64(8*(len(pre)+k)))))
		if k > 0 {
			v = b.Op2(ir.IFLOORDIV, ir.Int, v, b.KInt(10))
		}
	}
	d0 := ir.AllocDesc{Name: "str", Kind: uint8(vm.JITKindStr), Raw: shortStrRaw}
	s := b.New(b.AddAlloc(d0))
	// All ASCII: the code points counted, as setStrASCII does.
	b.FStore(s, vm.JITStrLenOff, b.KInt(int64(n)|int64(n+1)<<32), ClassStrLen)
	b.FStore(s, vm.JITStrTextOff, word, ClassStrLen)
	return operand{vm.JITStrValue(p), b.KTag(uint64(vm.JITTagStr)), s}, true
}

// freshStrProbes weighs, for hostPays, the wasm dict and set probes
// (wasmgen.WasmHelperPrefix) keyed by a str the trace builds, as an
// allocating helper (strAllocWeight). The wasm probe hashes a fresh ASCII
// str itself (emitStrHash), so the weight is no longer the price of a
// hash done in Go: it stands for what such loops do with the key, which
// is mostly a new entry, inserted through the h_dstore host call.
// Measured in session 21 (docs/jit.md, "dict_words: traces that allocate
// less and miss less"): dict_words' pairs loop traced without the weight
// ran 0.543 s against 0.472 s interpreted.
func (r *recorder) freshStrProbes() int {
	t := r.b.T
	n := 0
	for i := 1; i < len(t.Insts); i++ {
		in := &t.Insts[i]
		if in.Op != ir.CALL || !strings.HasPrefix(t.Helpers[in.Aux].Name, wasmgen.WasmHelperPrefix) {
			continue
		}
		for _, a := range in.Args() {
			if a.IsInst() {
				if k := t.Inst(a); k.Op == ir.NEW && t.Allocs[k.Aux].Kind == uint8(vm.JITKindStr) {
					n += strAllocWeight
					break
				}
			}
		}
	}
	return n
}
