// func.go holds Func, the builder of one function body: locals, the
// control and variable instructions, constants, and the type checker that
// runs as each instruction is appended (the validation algorithm of the
// spec's appendix), so that a body that would not validate is reported
// here, with the index of the first bad instruction.

package wasmgen

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// Opcodes of the instructions that Func emits by hand.
const (
	opUnreachable  = 0x00
	opNop          = 0x01
	opBlock        = 0x02
	opLoop         = 0x03
	opIf           = 0x04
	opElse         = 0x05
	opEnd          = 0x0b
	opBr           = 0x0c
	opBrIf         = 0x0d
	opBrTable      = 0x0e
	opReturn       = 0x0f
	opCall         = 0x10
	opCallIndirect = 0x11
	opReturnCall   = 0x12
	opDrop         = 0x1a
	opSelect       = 0x1b
	opLocalGet     = 0x20
	opLocalSet     = 0x21
	opLocalTee     = 0x22
	opGlobalGet    = 0x23
	opGlobalSet    = 0x24
	opI32Const     = 0x41
	opI64Const     = 0x42
	opF32Const     = 0x43
	opF64Const     = 0x44
	opPrefixFC     = 0xfc
)

// Func builds the body of one function of a Module. Append instructions
// with its methods in order; the implicit final `end` is added by Finish
// (or by Module.Bytes), or may be written explicitly with End. The first
// instruction that does not type-check is remembered and reported by
// Finish; later instructions are still encoded but not reported.
type Func struct {
	m      *Module
	name   string
	index  uint32
	typ    FuncType
	locals []ValType // declared locals, after the parameters

	localNames map[uint32]string

	code   []byte // the instructions, without the locals header
	body   []byte // locals header and code, set by Finish
	ninstr int    // instructions appended so far

	vals      []ValType
	ctrls     []ctrlFrame
	err       error
	memUse    bool  // some instruction needs memory 0
	maxTable  int64 // highest table index used by call_indirect, or -1
	finished  bool
	finishErr error
	blocks    uint32 // blocks opened so far, numbering their serials
	fold      setGetFold
}

// ctrlFrame is one entry of the checker's control stack.
type ctrlFrame struct {
	op          byte      // opBlock, opLoop, opIf, opElse, or 0 for the function
	start, end  []ValType // the block's parameter and result types
	height      int       // operand stack height at the block's start
	unreachable bool      // after br, br_table, return or unreachable
	serial      uint32    // which block this is, for Label checks
}

// Label names an open block, so that branches to it can be written
// without counting depths by hand: pass f.LabelDepth(l) to Br, BrIf or
// BrTable.
type Label struct {
	level  int    // index in the control stack
	serial uint32 // the block's serial number, to catch stale labels
}

func newFunc(m *Module, name string, index uint32, typ FuncType) *Func {
	f := &Func{m: m, name: name, index: index, typ: typ, maxTable: -1}
	f.ctrls = append(f.ctrls, ctrlFrame{end: typ.Results})
	return f
}

// Index returns the function's index in the module's function index space.
func (f *Func) Index() uint32 { return f.index }

// Name returns the function's name (as given to Module.NewFunc).
func (f *Func) Name() string { return f.name }

// Type returns the function's signature.
func (f *Func) Type() FuncType { return f.typ }

// Len returns the number of instructions appended so far; it is also the
// index the next instruction will have in error messages.
func (f *Func) Len() int { return f.ninstr }

// Depth returns the number of open control blocks, not counting the
// function's own; a br to the function's outermost label uses this depth.
func (f *Func) Depth() int { return len(f.ctrls) - 1 }

// StackHeight returns the number of operands on the checker's stack in the
// innermost block.
func (f *Func) StackHeight() int { return len(f.vals) }

// Err returns the first error recorded in the body, or nil.
func (f *Func) Err() error { return f.err }

// Local declares a new local of type t and returns its index (parameters
// come first in the local index space). Locals may be declared at any time
// before Finish.
func (f *Func) Local(t ValType) uint32 {
	if !t.valid() {
		f.setErr(fmt.Errorf("local of invalid type %#x", byte(t)))
	}
	if f.finished {
		f.setErr(fmt.Errorf("local declared after Finish"))
	}
	f.locals = append(f.locals, t)
	return uint32(len(f.typ.Params) + len(f.locals) - 1)
}

// NamedLocal declares a local like Local and gives it a name for the
// module's "name" section.
func (f *Func) NamedLocal(t ValType, name string) uint32 {
	idx := f.Local(t)
	f.NameLocal(idx, name)
	return idx
}

// NameLocal names local (or parameter) idx in the "name" section.
func (f *Func) NameLocal(idx uint32, name string) {
	if f.localNames == nil {
		f.localNames = make(map[uint32]string)
	}
	f.localNames[idx] = name
}

func (f *Func) localType(idx uint32) (ValType, bool) {
	np := uint32(len(f.typ.Params))
	if idx < np {
		return f.typ.Params[idx], true
	}
	if idx-np < uint32(len(f.locals)) {
		return f.locals[idx-np], true
	}
	return unknownType, false
}

// setErr records err unless an earlier error is already recorded.
func (f *Func) setErr(err error) {
	if f.err == nil {
		f.err = err
	}
}

// fail records a type error at the current instruction.
func (f *Func) fail(name, format string, args ...any) {
	if f.err == nil {
		f.err = fmt.Errorf("instruction %d (%s): %s", f.ninstr, name, fmt.Sprintf(format, args...))
	}
}

// begin starts checking one instruction; it reports false when there is
// no open block to check it in (the function's end was already written),
// after recording that as an error.
func (f *Func) begin(name string) bool {
	if f.finished {
		f.fail(name, "instruction appended after Finish")
		return false
	}
	if len(f.ctrls) == 0 {
		f.fail(name, "instruction after the function's final end")
		return false
	}
	return true
}

// --- the operand and control stacks -------------------------------------

func (f *Func) push(t ValType) { f.vals = append(f.vals, t) }

func (f *Func) pushAll(ts []ValType) { f.vals = append(f.vals, ts...) }

// pop removes the top operand; on the polymorphic stack of unreachable
// code it yields unknownType instead of underflowing.
func (f *Func) pop(name string) ValType {
	top := &f.ctrls[len(f.ctrls)-1]
	if len(f.vals) == top.height {
		if !top.unreachable {
			f.fail(name, "operand stack underflow")
		}
		return unknownType
	}
	t := f.vals[len(f.vals)-1]
	f.vals = f.vals[:len(f.vals)-1]
	return t
}

func (f *Func) popExpect(name string, want ValType) ValType {
	got := f.pop(name)
	if got != want && got != unknownType && want != unknownType {
		f.fail(name, "type mismatch: expected %s, found %s", want, got)
	}
	if got == unknownType {
		return want
	}
	return got
}

func (f *Func) popAll(name string, ts []ValType) {
	for i := len(ts) - 1; i >= 0; i-- {
		f.popExpect(name, ts[i])
	}
}

func (f *Func) pushCtrl(op byte, start, end []ValType) {
	f.blocks++
	f.ctrls = append(f.ctrls, ctrlFrame{op: op, start: start, end: end, height: len(f.vals), serial: f.blocks})
	f.pushAll(start)
}

func (f *Func) popCtrl(name string) ctrlFrame {
	fr := f.ctrls[len(f.ctrls)-1]
	f.popAll(name, fr.end)
	if len(f.vals) != fr.height {
		f.fail(name, "%d value(s) left on the operand stack at the end of the block (%s expected)",
			len(f.vals)-fr.height, typeList(fr.end))
		f.vals = f.vals[:fr.height]
	}
	f.ctrls = f.ctrls[:len(f.ctrls)-1]
	return fr
}

func (fr *ctrlFrame) labelTypes() []ValType {
	if fr.op == opLoop {
		return fr.start
	}
	return fr.end
}

func (f *Func) setUnreachable() {
	top := &f.ctrls[len(f.ctrls)-1]
	f.vals = f.vals[:top.height]
	top.unreachable = true
}

// label returns the frame a branch of the given depth targets.
func (f *Func) label(name string, depth uint32) (*ctrlFrame, bool) {
	if uint64(depth) >= uint64(len(f.ctrls)) {
		f.fail(name, "branch depth %d out of range (%d labels)", depth, len(f.ctrls))
		return nil, false
	}
	return &f.ctrls[len(f.ctrls)-1-int(depth)], true
}

func typeList(ts []ValType) string {
	s := "["
	for i, t := range ts {
		if i > 0 {
			s += " "
		}
		s += t.String()
	}
	return s + "]"
}

// emitOp appends an opcode of the table's encoding (0xFCnn is prefixed).
func (f *Func) emitOp(code uint16) {
	if code > 0xff {
		f.code = appendU32(append(f.code, opPrefixFC), uint32(code&0xff))
		return
	}
	f.code = append(f.code, byte(code))
}

// --- structured control ---------------------------------------------------

// blockType appends the block type of a block with the given results: the
// empty type, one value type, or (multi-value) the index of the function
// type [] -> results.
func (f *Func) blockType(name string, results []ValType) {
	for _, t := range results {
		if !t.valid() {
			f.fail(name, "block result of invalid type %#x", byte(t))
		}
	}
	switch len(results) {
	case 0:
		f.code = append(f.code, emptyBlock)
	case 1:
		f.code = append(f.code, byte(results[0]))
	default:
		f.code = AppendSleb128(f.code, int64(f.m.Type(FuncType{Results: results})))
	}
}

func (f *Func) openBlock(op byte, name string, results []ValType) Label {
	l := Label{level: -1}
	if f.begin(name) {
		if op == opIf {
			f.popExpect(name, I32)
		}
		f.pushCtrl(op, nil, append([]ValType(nil), results...))
		l = Label{level: len(f.ctrls) - 1, serial: f.blocks}
	}
	f.code = append(f.code, op)
	f.blockType(name, results)
	f.ninstr++
	return l
}

// Block opens a block whose label, when branched to, jumps past its end;
// results are the types it leaves on the stack. The returned Label may be
// ignored.
func (f *Func) Block(results ...ValType) Label { return f.openBlock(opBlock, "block", results) }

// Loop opens a loop whose label, when branched to, jumps back to its start.
func (f *Func) Loop(results ...ValType) Label { return f.openBlock(opLoop, "loop", results) }

// If pops an i32 and opens a block entered when it is not zero.
func (f *Func) If(results ...ValType) Label { return f.openBlock(opIf, "if", results) }

// LabelDepth returns the branch depth of block l from the current
// position. A label whose block is already closed is an error (reported by
// Finish), and its depth is out of range, so the branch fails too.
func (f *Func) LabelDepth(l Label) uint32 {
	if l.level < 0 || l.level >= len(f.ctrls) || f.ctrls[l.level].serial != l.serial {
		f.fail("label", "label of a block that is not open")
		return uint32(len(f.ctrls))
	}
	return uint32(len(f.ctrls) - 1 - l.level)
}

// Else ends the then-arm of the innermost if and opens its else-arm.
func (f *Func) Else() {
	const name = "else"
	if f.begin(name) {
		if top := f.ctrls[len(f.ctrls)-1]; top.op != opIf {
			f.fail(name, "else without a matching if")
		} else {
			fr := f.popCtrl(name)
			f.pushCtrl(opElse, fr.start, fr.end)
			// the else-arm is the same block: labels taken in the
			// then-arm still name it
			f.ctrls[len(f.ctrls)-1].serial = fr.serial
		}
	}
	f.code = append(f.code, opElse)
	f.ninstr++
}

// End closes the innermost block; closing the function's own block ends
// the body (Finish then adds nothing).
func (f *Func) End() {
	const name = "end"
	if f.begin(name) {
		top := f.ctrls[len(f.ctrls)-1]
		if top.op == opIf && len(top.end) != len(top.start) {
			f.fail(name, "if with result type %s has no else", typeList(top.end))
		}
		fr := f.popCtrl(name)
		if len(f.ctrls) > 0 {
			f.pushAll(fr.end)
		}
	}
	f.code = append(f.code, opEnd)
	f.ninstr++
}

// Br branches unconditionally to the label depth blocks out (0 is the
// innermost block).
func (f *Func) Br(depth uint32) {
	const name = "br"
	if f.begin(name) {
		if fr, ok := f.label(name, depth); ok {
			f.popAll(name, fr.labelTypes())
		}
		f.setUnreachable()
	}
	f.code = appendU32(append(f.code, opBr), depth)
	f.ninstr++
}

// BrIf pops an i32 and branches to the label depth blocks out when it is
// not zero.
func (f *Func) BrIf(depth uint32) {
	const name = "br_if"
	if f.begin(name) {
		f.popExpect(name, I32)
		if fr, ok := f.label(name, depth); ok {
			lt := fr.labelTypes()
			f.popAll(name, lt)
			f.pushAll(lt)
		}
	}
	f.code = appendU32(append(f.code, opBrIf), depth)
	f.ninstr++
}

// BrTable pops an i32 i and branches to targets[i], or to def when i is
// out of range.
func (f *Func) BrTable(targets []uint32, def uint32) {
	const name = "br_table"
	if f.begin(name) {
		f.popExpect(name, I32)
		if dfr, ok := f.label(name, def); ok {
			arity := len(dfr.labelTypes())
			for _, d := range targets {
				fr, ok := f.label(name, d)
				if !ok {
					continue
				}
				lt := fr.labelTypes()
				if len(lt) != arity {
					f.fail(name, "target %d has %d result(s), the default has %d", d, len(lt), arity)
					continue
				}
				// Check the operands against this target, then restore
				// them (as the checker saw them) for the next one.
				saved := append([]ValType(nil), f.vals...)
				f.popAll(name, lt)
				f.vals = saved
			}
			f.popAll(name, dfr.labelTypes())
		}
		f.setUnreachable()
	}
	f.code = appendU32(append(f.code, opBrTable), uint32(len(targets)))
	for _, d := range targets {
		f.code = appendU32(f.code, d)
	}
	f.code = appendU32(f.code, def)
	f.ninstr++
}

// Return returns from the function with the results on the stack.
func (f *Func) Return() {
	const name = "return"
	if f.begin(name) {
		f.popAll(name, f.typ.Results)
		f.setUnreachable()
	}
	f.code = append(f.code, opReturn)
	f.ninstr++
}

// Unreachable traps.
func (f *Func) Unreachable() {
	if f.begin("unreachable") {
		f.setUnreachable()
	}
	f.code = append(f.code, opUnreachable)
	f.ninstr++
}

// Nop does nothing.
func (f *Func) Nop() {
	f.begin("nop")
	f.code = append(f.code, opNop)
	f.ninstr++
}

// --- calls ------------------------------------------------------------------

// Call calls function funcIdx (imported or defined; it must already be
// declared so that its type is known).
func (f *Func) Call(funcIdx uint32) {
	const name = "call"
	if f.begin(name) {
		if funcIdx >= uint32(len(f.m.funcTypes)) {
			f.fail(name, "function index %d out of range (%d functions)", funcIdx, len(f.m.funcTypes))
		} else {
			ft := f.m.types[f.m.funcTypes[funcIdx]]
			f.popAll(name, ft.Params)
			f.pushAll(ft.Results)
		}
	}
	f.code = appendU32(append(f.code, opCall), funcIdx)
	f.ninstr++
}

// ReturnCall tail-calls function funcIdx (the tail-call proposal's
// return_call): its parameters are popped, its results must be this
// function's, and this function's frame is gone when it runs. The module
// needs a runtime with tail calls enabled.
func (f *Func) ReturnCall(funcIdx uint32) {
	const name = "return_call"
	if f.begin(name) {
		if funcIdx >= uint32(len(f.m.funcTypes)) {
			f.fail(name, "function index %d out of range (%d functions)", funcIdx, len(f.m.funcTypes))
		} else {
			ft := f.m.types[f.m.funcTypes[funcIdx]]
			if !slices.Equal(ft.Results, f.typ.Results) {
				f.fail(name, "callee results %s differ from the function's %s", typeList(ft.Results), typeList(f.typ.Results))
			}
			f.popAll(name, ft.Params)
			f.setUnreachable()
		}
	}
	f.code = appendU32(append(f.code, opReturnCall), funcIdx)
	f.ninstr++
}

// CallIndirect pops an i32 element index and calls the function in that
// slot of table tableIdx, which must have type typeIdx (a trap otherwise).
func (f *Func) CallIndirect(typeIdx, tableIdx uint32) {
	const name = "call_indirect"
	if f.begin(name) {
		f.popExpect(name, I32)
		if typeIdx >= uint32(len(f.m.types)) {
			f.fail(name, "type index %d out of range (%d types)", typeIdx, len(f.m.types))
		} else {
			ft := f.m.types[typeIdx]
			f.popAll(name, ft.Params)
			f.pushAll(ft.Results)
		}
		if int64(tableIdx) > f.maxTable {
			f.maxTable = int64(tableIdx)
		}
	}
	f.code = appendU32(appendU32(append(f.code, opCallIndirect), typeIdx), tableIdx)
	f.ninstr++
}

// --- parametric and variable instructions -----------------------------------

// Drop discards the top operand.
func (f *Func) Drop() {
	if f.begin("drop") {
		f.pop("drop")
	}
	f.code = append(f.code, opDrop)
	f.ninstr++
}

// Select pops an i32 c and two operands of one type, and pushes the first
// of them if c is not zero, else the second.
func (f *Func) Select() {
	const name = "select"
	if f.begin(name) {
		f.popExpect(name, I32)
		t1 := f.pop(name)
		t2 := f.pop(name)
		switch {
		case t1 != unknownType && t2 != unknownType && t1 != t2:
			f.fail(name, "operands of different types %s and %s", t2, t1)
			f.push(t1)
		case t1 == unknownType:
			f.push(t2)
		default:
			f.push(t1)
		}
	}
	f.code = append(f.code, opSelect)
	f.ninstr++
}

func (f *Func) localOp(op byte, name string, idx uint32) {
	reachable := false
	if f.begin(name) {
		reachable = !f.ctrls[len(f.ctrls)-1].unreachable
		t, ok := f.localType(idx)
		if !ok {
			f.fail(name, "local index %d out of range (%d locals)", idx, len(f.typ.Params)+len(f.locals))
		}
		switch op {
		case opLocalGet:
			f.push(t)
		case opLocalSet:
			f.popExpect(name, t)
		case opLocalTee:
			f.push(f.popExpect(name, t))
		}
	}
	at := len(f.code)
	f.code = appendU32(append(f.code, op), idx)
	f.ninstr++
	f.noteLocal(op, idx, at, reachable)
}

// LocalGet pushes local idx.
func (f *Func) LocalGet(idx uint32) { f.localOp(opLocalGet, "local.get", idx) }

// LocalSet pops a value into local idx.
func (f *Func) LocalSet(idx uint32) { f.localOp(opLocalSet, "local.set", idx) }

// LocalTee stores the top operand into local idx and leaves it on the stack.
func (f *Func) LocalTee(idx uint32) { f.localOp(opLocalTee, "local.tee", idx) }

// GlobalGet pushes global idx.
func (f *Func) GlobalGet(idx uint32) {
	const name = "global.get"
	if f.begin(name) {
		if idx >= uint32(len(f.m.globalTypes)) {
			f.fail(name, "global index %d out of range (%d globals)", idx, len(f.m.globalTypes))
			f.push(unknownType)
		} else {
			f.push(f.m.globalTypes[idx].typ)
		}
	}
	f.code = appendU32(append(f.code, opGlobalGet), idx)
	f.ninstr++
}

// GlobalSet pops a value into global idx, which must be mutable.
func (f *Func) GlobalSet(idx uint32) {
	const name = "global.set"
	if f.begin(name) {
		if idx >= uint32(len(f.m.globalTypes)) {
			f.fail(name, "global index %d out of range (%d globals)", idx, len(f.m.globalTypes))
			f.pop(name)
		} else {
			g := f.m.globalTypes[idx]
			if !g.mutable {
				f.fail(name, "global %d is immutable", idx)
			}
			f.popExpect(name, g.typ)
		}
	}
	f.code = appendU32(append(f.code, opGlobalSet), idx)
	f.ninstr++
}

// --- constants ---------------------------------------------------------------

// I32Const pushes v.
func (f *Func) I32Const(v int32) {
	if f.begin("i32.const") {
		f.push(I32)
	}
	f.code = AppendSleb128(append(f.code, opI32Const), int64(v))
	f.ninstr++
}

// I64Const pushes v.
func (f *Func) I64Const(v int64) {
	if f.begin("i64.const") {
		f.push(I64)
	}
	f.code = AppendSleb128(append(f.code, opI64Const), v)
	f.ninstr++
}

// F32Const pushes v (its exact bits, NaN payloads included).
func (f *Func) F32Const(v float32) {
	if f.begin("f32.const") {
		f.push(F32)
	}
	f.code = binary.LittleEndian.AppendUint32(append(f.code, opF32Const), math.Float32bits(v))
	f.ninstr++
}

// F64Const pushes v (its exact bits, NaN payloads included).
func (f *Func) F64Const(v float64) {
	if f.begin("f64.const") {
		f.push(F64)
	}
	f.code = binary.LittleEndian.AppendUint64(append(f.code, opF64Const), math.Float64bits(v))
	f.ninstr++
}

// --- the op table -------------------------------------------------------------

// Op appends an instruction of the table that takes no memory argument: a
// numeric, comparison or conversion operator, or memory.size, memory.grow,
// memory.copy, memory.fill. Loads and stores go through Mem.
func (f *Func) Op(op Op) {
	if op >= numOps {
		f.fail("invalid", "unknown op %d", op)
		f.ninstr++
		return
	}
	d := &opTable[op]
	if d.kind == kindLoad || d.kind == kindStore {
		f.fail(d.name, "a load or store needs a memory argument: use Mem")
		f.ninstr++
		return
	}
	if f.begin(d.name) {
		f.popAll(d.name, d.in)
		f.pushAll(d.out)
	}
	if d.kind == kindMemory {
		f.memUse = true
	}
	f.emitOp(d.code)
	f.code = append(f.code, d.imm...)
	f.ninstr++
}

// Mem appends a load or store with its memory argument: align is the log2
// of the alignment hint (at most op.NaturalAlign()), offset is added to the
// address operand.
func (f *Func) Mem(op Op, align, offset uint32) {
	if op >= numOps || !op.IsMemAccess() {
		f.fail(op.String(), "not a load or store: use Op")
		f.ninstr++
		return
	}
	d := &opTable[op]
	if f.begin(d.name) {
		if align > d.align {
			f.fail(d.name, "alignment 2**%d is larger than the natural alignment 2**%d", align, d.align)
		}
		f.popAll(d.name, d.in)
		f.pushAll(d.out)
	}
	f.memUse = true
	f.emitOp(d.code)
	f.code = appendU32(appendU32(f.code, align), offset)
	f.ninstr++
}

// --- finishing ------------------------------------------------------------------

// Finish closes the body (adding the final end unless End already closed
// the function's block) and reports the first error in it, wrapped with
// the function's index and name. Later calls return the same result.
func (f *Func) Finish() error {
	if f.finished {
		return f.finishErr
	}
	if n := len(f.ctrls); n > 1 {
		f.fail("end", "%d block(s) still open at the end of the function", n-1)
	} else if n == 1 {
		f.End()
	}
	f.finished = true
	f.foldSetGet()
	f.body = f.encodeBody()
	if f.err != nil {
		f.finishErr = fmt.Errorf("wasmgen: func %d %q: %w", f.index, f.name, f.err)
	}
	return f.finishErr
}

// encodeBody returns the locals, grouped in runs of one type as the binary
// format wants, followed by the instructions.
func (f *Func) encodeBody() []byte {
	runs := 0
	for i := range f.locals {
		if i == 0 || f.locals[i] != f.locals[i-1] {
			runs++
		}
	}
	b := make([]byte, 0, len(f.code)+2+2*runs)
	b = appendU32(b, uint32(runs))
	for i := 0; i < len(f.locals); {
		j := i
		for j < len(f.locals) && f.locals[j] == f.locals[i] {
			j++
		}
		b = appendU32(b, uint32(j-i))
		b = append(b, byte(f.locals[i]))
		i = j
	}
	return append(b, f.code...)
}
