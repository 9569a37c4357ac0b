// record_random.go records random() of a generator (the random module's
// shared one, or a random.Random instance's) as the trace's own loads and
// arithmetic instead of a call into Go (docs/jit.md "random in traces
// (session 15)"). The generator's Mersenne Twister state lives in a heap
// block (vm/random.go, random.Cells): a position word and 624 words in
// 16-byte cells. random() takes two words, tempers them and combines
// their top 27 and 26 bits into a 53-bit fraction, as CPython's
// random_random does. The trace loads the position, guards that two words
// are left before the twist (at most 622), loads and tempers the two
// words and stores the position back: some 30 IR instructions. When
// the position is past 622 the twist is due, and the trace exits before
// the call, with nothing changed; the side trace of that exit calls
// RandomDrawHelper, the interpreter's own draw, once per 312 draws.
//
// The recording itself changes nothing: it reads the state through its
// overlay, so its concrete values are the very numbers the trace will
// draw, and writes the new position (and, after a simulated twist, the
// new words) into the overlay only.

package trace

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/modules/random"
)

// Alias classes of a generator's state block: its position word and its
// words of state. (Numbered far from record.go's list, which grows.)
const (
	ClassRandomPos ir.AliasClass = 200
	ClassRandomMT  ir.AliasClass = 201
	ClassRandomFn  ir.AliasClass = 202 // a generator function's state slot (never written)
)

// RandomDrawHelper is random() of the generator whose state block is its
// argument, drawn by the interpreter's Go code (vm.JITRandomDraw), twist
// included. It never fails.
var RandomDrawHelper = ir.HelperSig{Name: "h_rand_draw", Args: []ir.Type{ir.Ptr}, Result: ir.Float, Effect: ir.Writes}

// RandomBitsHelper is getrandbits(k) (1 <= k <= 32) of the generator
// whose state block is its first argument, drawn by the interpreter's Go
// code (vm.JITRandomBits), twist included. It never fails.
var RandomBitsHelper = ir.HelperSig{Name: "h_rand_bits", Args: []ir.Type{ir.Ptr, ir.Int}, Result: ir.Int, Effect: ir.Writes}

// RandomShuffleHelper is shuffle(list) of a generator: its arguments are
// the generator's shuffle function and an exact list (vm.JITRandomShuffle).
var RandomShuffleHelper = ir.HelperSig{Name: "h_rand_shuffle", Args: []ir.Type{ir.Ptr, ir.Ptr}, Result: ir.Void, Effect: ir.Writes}

// hostCallWeight is how many host calls a call of the helper name counts
// as for the host call gate (hostPays): 1 for record_host.go's helpers,
// whose work is a lookup or a few operations, so that the call's own cost
// decides; 0 for RandomDrawHelper and RandomBitsHelper, which a trace
// reaches once per 312 or 624 draws, and for RandomShuffleHelper, whose work (a draw and a swap per
// item) dwarfs the call's cost, so that the loop around it is worth a
// trace however few its other bytecodes; 0 for helpers that are not
// host helpers.
func hostCallWeight(name string) int {
	switch {
	case name == RandomDrawHelper.Name, name == RandomBitsHelper.Name, name == RandomShuffleHelper.Name:
		return 0
	case isHeapqHelperName(name): // record_heapq.go
		return 0
	case strings.HasPrefix(name, "h_"):
		return 1
	}
	return 0
}

// invTwoPow53 is 1/2**53, the scale of random()'s 53-bit numerator.
const invTwoPow53 = 1.0 / 9007199254740992.0

// randomCall records a call of fn (its identity already guarded) when it
// is a generator's random() with no arguments; ok is false for any other
// call, which the caller records as before.
func (r *recorder) randomCall(fn operand, args []operand, snap ir.SnapID) (operand, bool, error) {
	st, name, ok := r.m.JITRandomState(fn.v)
	if ok && name == "shuffle" && len(args) == 1 && args[0].v.Tag() == vm.JITTagList {
		res, err := r.randomShuffle(fn, args[0], st)
		return res, true, err
	}
	if ok && name == "getrandbits" && len(args) == 1 && args[0].v.Tag() == gc.TagInt {
		if k := args[0].v.Int(); k >= 1 && k <= 32 {
			return r.randomBits(fn, args[0], st, snap)
		}
	}
	if !ok || name != "random" || len(args) != 0 {
		return operand{}, false, nil
	}
	if len(r.stack) > 0 && !r.returnsDraw() {
		// A guard later in the inlined function would resume at the
		// outermost call and draw again.
		return operand{}, true, r.abort("call of builtin random in an inlined function")
	}
	b := r.b
	// The state block is read from the function (which holds it), not
	// taken as a constant: the guard above is on the function's address.
	sp := b.FLoad(ir.Ptr, fn.val, vm.JITRandomFnStateOff, ClassRandomFn)
	posAddr := uint32(st) + uint32(vm.JITRandomPosOff)
	pos := int64(r.word(posAddr))
	if pos < 0 || pos > vm.JITRandomWords {
		return operand{}, true, r.abort("random generator with a broken state")
	}
	if pos > vm.JITRandomWords-2 {
		// The twist is due: the interpreter's draw, once per 312.
		f := r.simulateDraw(st)
		call := r.b.Call(r.helper(RandomDrawHelper), ir.NoSnap, sp)
		return operand{gc.Float(f), b.KTag(uint64(gc.TagFloat)), call}, true, nil
	}
	p := b.FLoad(ir.Int, sp, vm.JITRandomPosOff, ClassRandomPos)
	b.Guard(ir.LE, p, b.KInt(vm.JITRandomWords-2), snap)
	w0 := b.XLoad(ir.Int, sp, p, vm.JITRandomMTOff, ClassRandomMT)
	w1 := b.XLoad(ir.Int, sp, p, vm.JITRandomMTOff+16, ClassRandomMT)
	hi := b.Op2(ir.ISHR, ir.Int, r.temper(w0), b.KInt(5))
	lo := b.Op2(ir.ISHR, ir.Int, r.temper(w1), b.KInt(6))
	num := b.Op2(ir.IOR, ir.Int, b.Op2(ir.ISHL, ir.Int, hi, b.KInt(26)), lo)
	val := b.Op2(ir.FMUL, ir.Float, b.Op1(ir.ITOF, ir.Float, num), b.KFloat(invTwoPow53))
	b.FStore(sp, vm.JITRandomPosOff, b.Op2(ir.IADD, ir.Int, p, b.KInt(2)), ClassRandomPos)

	word := func(i int64) uint32 {
		return uint32(r.word(uint32(st) + uint32(vm.JITRandomMTOff) + 16*uint32(i)))
	}
	a, c := random.Temper(word(pos))>>5, random.Temper(word(pos+1))>>6
	f := float64(uint64(a)<<26|uint64(c)) * invTwoPow53
	r.mem[posAddr] = uint64(pos + 2)
	return operand{gc.Float(f), b.KTag(uint64(gc.TagFloat)), val}, true, nil
}

// randomBits records getrandbits(k) of the generator with state block st
// for 1 <= k <= 32 (k guarded to be the recorded one): one word, tempered
// and shifted right by 32-k, as CPython's getrandbits does for k <= 32.
// The twist is handled as for random(): a guard that the position is
// below 624, and RandomBitsHelper where the recording meets the twist.
func (r *recorder) randomBits(fn, karg operand, st gc.Ref, snap ir.SnapID) (operand, bool, error) {
	if len(r.stack) > 0 && !r.returnsDraw() {
		return operand{}, true, r.abort("call of builtin getrandbits in an inlined function")
	}
	b := r.b
	k := karg.v.Int()
	if !karg.val.IsConst() {
		b.Guard(ir.EQ, karg.val, b.KInt(k), snap)
	}
	sp := b.FLoad(ir.Ptr, fn.val, vm.JITRandomFnStateOff, ClassRandomFn)
	posAddr := uint32(st) + uint32(vm.JITRandomPosOff)
	pos := int64(r.word(posAddr))
	if pos < 0 || pos > vm.JITRandomWords {
		return operand{}, true, r.abort("random generator with a broken state")
	}
	tagInt := b.KTag(uint64(gc.TagInt))
	if pos == vm.JITRandomWords {
		c := r.overlayCells(st)
		g := random.View(&c)
		x, _ := g.GetRandBits64(int(k))
		r.storeCells(st, &c)
		call := b.Call(r.helper(RandomBitsHelper), ir.NoSnap, sp, b.KInt(k))
		return operand{gc.Int(int64(x)), tagInt, call}, true, nil
	}
	p := b.FLoad(ir.Int, sp, vm.JITRandomPosOff, ClassRandomPos)
	b.Guard(ir.LE, p, b.KInt(vm.JITRandomWords-1), snap)
	w := b.XLoad(ir.Int, sp, p, vm.JITRandomMTOff, ClassRandomMT)
	val := b.Op2(ir.ISHR, ir.Int, r.temper(w), b.KInt(32-k))
	b.FStore(sp, vm.JITRandomPosOff, b.Op2(ir.IADD, ir.Int, p, b.KInt(1)), ClassRandomPos)
	word := uint32(r.word(uint32(st) + uint32(vm.JITRandomMTOff) + 16*uint32(pos)))
	r.mem[posAddr] = uint64(pos + 1)
	return operand{gc.Int(int64(random.Temper(word) >> (32 - k))), tagInt, val}, true, nil
}

// returnsDraw reports whether the call being recorded, inside an inlined
// function, is the last thing that function does before it returns to
// the loop's own frame: the function is one level down, the next
// instruction returns the call's result, and no attribute store waits to
// be emitted at the return. No guard can then come between the draw and
// the return, after which guards resume in the loop's frame, past the
// call. random.Random's random() is such a function (vm/lib/random.py).
func (r *recorder) returnsDraw() bool {
	ins := r.fr.Instrs
	if len(r.stack) != 1 || len(r.attrs.pending) > 0 || r.pc+1 >= len(ins) {
		return false
	}
	next := ins[r.pc+1]
	return next.Op() == bytecode.RETURN && next.A() == ins[r.pc].A()
}

// temper emits the twister's output transformation of the word y (an int
// below 2**32; every step stays below it).
func (r *recorder) temper(y ir.Ref) ir.Ref {
	b := r.b
	step := func(y ir.Ref, op ir.Op, n int64, mask int64) ir.Ref {
		s := b.Op2(op, ir.Int, y, b.KInt(n))
		if mask != 0 {
			s = b.Op2(ir.IAND, ir.Int, s, b.KInt(mask))
		}
		return b.Op2(ir.IXOR, ir.Int, y, s)
	}
	y = step(y, ir.ISHR, 11, 0)
	y = step(y, ir.ISHL, 7, 0x9d2c5680)
	y = step(y, ir.ISHL, 15, 0xefc60000)
	return step(y, ir.ISHR, 18, 0)
}

// randomShuffle records shuffle(lst) of the generator with state block
// st as a call of RandomShuffleHelper. The recording shuffles its overlay
// of the list's items with a copy of the state (so later reads of the
// list see the order the trace will) and keeps the state it leaves.
func (r *recorder) randomShuffle(fn, lst operand, st gc.Ref) (operand, error) {
	if len(r.stack) > 0 {
		return operand{}, r.abort("call of builtin shuffle in an inlined function")
	}
	ref := uint32(lst.v.Ref())
	if ref >= fakeBase {
		return operand{}, r.abort("shuffle of a list the recording made")
	}
	n := int(r.word(ref + vm.JITListLenOff))
	items := uint32(r.word(ref+vm.JITListStorageOff)) + vm.JITItemsOff
	c := r.overlayCells(st)
	g := random.View(&c)
	_ = g.Shuffle(n, func(i, j int) error {
		a, b := items+16*uint32(i), items+16*uint32(j)
		ta, pa, tb, pb := r.word(a), r.word(a+8), r.word(b), r.word(b+8)
		r.mem[a], r.mem[a+8], r.mem[b], r.mem[b+8] = tb, pb, ta, pa
		return nil
	})
	r.storeCells(st, &c)
	r.b.Call(r.helper(RandomShuffleHelper), ir.NoSnap, fn.val, lst.val)
	return r.constOperand(gc.None()), nil
}

// overlayCells is the state block st as the recording's overlay holds it.
func (r *recorder) overlayCells(st gc.Ref) random.Cells {
	var c random.Cells
	base := uint32(st)
	c.Pos = int64(r.word(base + uint32(vm.JITRandomPosOff)))
	for i := range c.MT {
		c.MT[i].W = uint32(r.word(base + uint32(vm.JITRandomMTOff) + 16*uint32(i)))
	}
	return c
}

// storeCells writes the state c into the overlay of the state block st.
func (r *recorder) storeCells(st gc.Ref, c *random.Cells) {
	base := uint32(st)
	for i := range c.MT {
		r.mem[base+uint32(vm.JITRandomMTOff)+16*uint32(i)] = uint64(c.MT[i].W)
	}
	r.mem[base+uint32(vm.JITRandomPosOff)] = uint64(c.Pos)
}

// simulateDraw returns the random() the generator with state block st
// draws next, as seen through the recording's overlay, and writes the
// state it leaves (twisted words and the new position) into the overlay.
func (r *recorder) simulateDraw(st gc.Ref) float64 {
	c := r.overlayCells(st)
	g := random.View(&c)
	f := g.Random()
	r.storeCells(st, &c)
	return f
}
