// jitapi.go is the narrow, read-only window the trace recorder (package
// trace) looks through: the running frame's instructions, constants,
// globals and registers, dict lookups and versions, the identity of
// builtin functions and modules, and the byte offsets of the layouts a
// trace reads natively (list, dict version, range iterator, module dict).
// Nothing here changes the VM's state; vm never imports trace or jit.

package vm

import (
	"slices"
	"unsafe"

	"github.com/hotloop/hotloop/vm/num"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Layout offsets (bytes from an object's Ref) that traces read with plain
// loads. They restate object.go's layouts: header 16 bytes, value slot i
// at 16+16i (tag, then payload at +8), raw words after the slots.
const (
	JITListStorageOff = 16 + 8        // list: payload of slot 0, the storage block's Ref
	JITListLenOff     = 16 + 16       // list: raw word 0, the length
	JITItemsOff       = 16            // storage: item i's tag at 16+16i, payload at 24+16i
	JITDictVersionOff = 16 + 16       // dict: raw word 0, the version (unique across dicts; a trace that writes an entry stores 0, which no cache may trust)
	JITModuleDictOff  = 16 + 8        // module: payload of slot 0, its dict's Ref
	JITRangeCurOff    = 16            // range iterator: raw words cur, stop, step
	JITRangeStopOff   = 24            //
	JITRangeStepOff   = 32            //
	JITKindShift      = 32            // the header's first word holds the kind in bits 32..39
	JITKindMask       = 0xff          //
	JITKindRangeIter  = kindRangeIter // the gc kind of a range iterator
	JITKindListIter   = kindListIter  // the gc kind of a list iterator
	JITListIterList   = 16            // list iterator: slot 0, the list (empty once exhausted)
	JITListIterIndex  = 16 + 16       // list iterator: raw word 0, the next index
)

// Value tags the recorder needs, restated from object.go.
const (
	JITTagList    = TagList
	JITTagTuple   = TagTuple
	JITTagIter    = TagIter
	JITTagBuiltin = TagBuiltin
	JITTagModule  = TagModule
)

// JITFrame describes the innermost frame, the one whose loop the hook
// reported hot.
type JITFrame struct {
	Code       *bytecode.Code
	Instrs     []bytecode.Instr
	Consts     []gc.Value // the code object's constants as values
	Globals    gc.Value   // the frame's globals dict
	Builtins   gc.Value   // the builtins dict
	Regs       []gc.Value // a view of the frame's registers: do not write
	RegsOffset uint32     // linear-memory offset of register 0
	PC         int        // the instruction executing: the loop's back-edge, in the hook
}

// JITBudgetWordOffset is the linear-memory word where an exiting trace
// leaves its remaining iteration budget (an i32), in the runtime area.
const JITBudgetWordOffset = InterruptWordOffset + 64

// JITCountWordOffset is the linear-memory word (an int64) where compiled
// code adds the bytecodes it ran that the JIT cannot count from Go: inner
// traces' iterations and loop functions' blocks. Nothing in the vm reads
// it; it is here so that the runtime area's layout is in one place.
const JITCountWordOffset = InterruptWordOffset + 128

// JITTopFrame returns the innermost frame. Call it only from the hook.
func (vm *VM) JITTopFrame() JITFrame {
	return vm.jitFrame(vm.topFrame())
}

// JITTopGlobals returns the innermost frame's globals dict
// (JITTopFrame().Globals without building the rest of the view: the hook
// reads it at every call). Call it only from the hook.
func (vm *VM) JITTopGlobals() gc.Value { return vm.topFrame().globals }

// JITTopPC returns the innermost frame's pc (JITTopFrame().PC without
// the rest of the view; the JIT reads it after each exit to Go). Call it
// only from the hook.
func (vm *VM) JITTopPC() int { return vm.topFrame().pc }

// jitFrame is the JIT's view of frame f (JITTopFrame, JITCallerFrame).
func (vm *VM) jitFrame(f *frame) JITFrame {
	ci := f.ci
	return JITFrame{
		Code: ci.code, Instrs: ci.instrs, Consts: ci.consts,
		Globals: f.globals, Builtins: vm.builtins,
		Regs:       vm.regs[f.base : f.base+ci.code.NumRegs],
		RegsOffset: uint32(vm.stackRef) + gc.HeaderSize + uint32(f.base)*gc.ValueSize,
		PC:         f.pc,
	}
}

// JITPrimeLoop makes the innermost frame's back-edge at pc report its loop
// hot the next time it is taken (the JIT calls it after a trace exit, so
// that a loop with a compiled trace is entered at once, not after another
// HookThreshold interpreted iterations).
func (vm *VM) JITPrimeLoop(pc int) {
	ci := vm.topFrame().ci
	if pc >= 0 && pc < len(ci.counts) && vm.hookThreshold > 0 {
		ci.counts[pc] = uint32(vm.hookThreshold - 1)
	}
}

// JITPrimeLoopIn makes the innermost frame's back-edge at pc report its
// loop hot after n more takes (1: the next one, as JITPrimeLoop). The JIT
// polls a loop whose trace compiles in the background so, to enter the
// trace within a few iterations of its compile's end.
func (vm *VM) JITPrimeLoopIn(pc, n int) {
	ci := vm.topFrame().ci
	if pc >= 0 && pc < len(ci.counts) && vm.hookThreshold > 0 {
		ci.counts[pc] = uint32(max(vm.hookThreshold-n, 0))
	}
}

// JITBackEdgeTakes returns how many times the innermost frame's back-edge
// at pc has been taken since its loop last reported hot (since the code
// was first run when it never has).
func (vm *VM) JITBackEdgeTakes(pc int) int {
	ci := vm.topFrame().ci
	if pc < 0 || pc >= len(ci.counts) {
		return 0
	}
	return int(ci.counts[pc])
}

// JITHeap returns the heap (its memory and wasm runtime).
func (vm *VM) JITHeap() *gc.Heap { return vm.heap }

// JITHookThreshold returns the configured loop threshold.
func (vm *VM) JITHookThreshold() int { return vm.hookThreshold }

// JITRunDepth is the number of nested interpreter loops (1: the
// outermost, where collections happen).
func (vm *VM) JITRunDepth() int { return vm.runDepth }

// JITWord reads the 64-bit word at byte offset off of linear memory.
func (vm *VM) JITWord(off uint32) uint64 { return *(*uint64)(unsafe.Add(vm.base, uintptr(off))) }

// JITDictGet looks a str key up in a dict without running Python code;
// it also reports whether d is a dict at all.
func (vm *VM) JITDictGet(d gc.Value, name string) (gc.Value, bool) {
	if d.Tag() != TagDict {
		return vEmpty, false
	}
	return vm.dictGetStr(d, vm.intern(name))
}

// JITStr returns the Go string of a str value ("" and false otherwise).
func (vm *VM) JITStr(v gc.Value) (string, bool) {
	if v.Tag() != TagStr {
		return "", false
	}
	return vm.strKeep(v), true
}

// JITBuiltinName returns the name of a builtin function that is not bound
// to an object (abs, min, sqrt...).
func (vm *VM) JITBuiltinName(v gc.Value) (string, bool) {
	if v.Tag() != TagBuiltin || !vm.slot(v.Ref(), 0).IsEmpty() {
		return "", false
	}
	b, ok := vm.heap.Side(v.Ref()).(*builtinFn)
	if !ok || b.owner != nil {
		return "", false
	}
	return b.name, true
}

// JITModuleName returns a module's name.
func (vm *VM) JITModuleName(v gc.Value) (string, bool) {
	if v.Tag() != TagModule {
		return "", false
	}
	s, ok := vm.heap.Side(v.Ref()).(string)
	return s, ok
}

// JITModuleDict returns a module's dict.
func (vm *VM) JITModuleDict(v gc.Value) gc.Value { return vm.slot(v.Ref(), 0) }

// JITTagFunc is the tag of Python function objects.
const JITTagFunc = TagFunc

// JITFuncCodeOff is the byte offset of a function's code word (which code
// object it runs); a trace that inlines the function guards it.
const JITFuncCodeOff = gc.HeaderSize + fnNumSlots*gc.ValueSize

// JITFuncGlobalsOff is the byte offset of a function's globals dict Ref
// (the payload of its globals slot).
const JITFuncGlobalsOff = gc.HeaderSize + fnGlobals*gc.ValueSize + 8

// JITCallee describes a Python function a trace may inline.
type JITCallee struct {
	Code    *bytecode.Code
	Instrs  []bytecode.Instr
	Consts  []gc.Value
	Globals gc.Value
	// Simple: positional parameters only, no cells or free variables, not
	// a generator: a call with exactly ArgCount arguments binds nothing.
	Simple bool
	// Positional: positional parameters only (no keyword-only parameter,
	// no *args or **kwargs), free and cell variables allowed.
	Positional bool
	Generator  bool // calling it makes a generator
	// Closure is the function's closure slot: for code with free
	// variables always a tuple of len(Code.Freevars) cells (only
	// MAKEFUNCTION builds functions of such code, and __closure__ is
	// read-only), else None.
	Closure gc.Value
	// Defaults is the function's __defaults__ slot (a tuple or None);
	// Python code may reassign it at any time.
	Defaults gc.Value
	// Cells and DefaultValues are the items of Closure and Defaults (nil
	// when they are not tuples).
	Cells, DefaultValues []gc.Value
}

// Byte offsets of a function's defaults and closure slots (the tag word;
// the payload, a tuple's Ref, is 8 bytes further), and of the header word
// whose low 32 bits count a tuple's items.
const (
	JITFuncDefaultsOff = gc.HeaderSize + fnDefaults*gc.ValueSize
	JITFuncClosureOff  = gc.HeaderSize + fnClosure*gc.ValueSize
	JITTupleCountOff   = gc.HdrNumVals
)

// JITFunction describes a Python function value.
func (vm *VM) JITFunction(fn gc.Value) (JITCallee, bool) {
	if fn.Tag() != TagFunc {
		return JITCallee{}, false
	}
	ci := vm.funcCode(fn)
	c := JITCallee{Code: ci.code, Instrs: ci.instrs, Consts: ci.consts, Globals: vm.slot(fn.Ref(), fnGlobals),
		Simple:     ci.simple && !ci.isGen && len(ci.code.Freevars) == 0 && len(ci.code.Cellvars) == 0,
		Positional: ci.simple, Generator: ci.isGen,
		Closure: vm.slot(fn.Ref(), fnClosure), Defaults: vm.slot(fn.Ref(), fnDefaults)}
	if c.Closure.Tag() == TagTuple {
		c.Cells = slices.Clone(vm.tupleItems(c.Closure))
	}
	if c.Defaults.Tag() == TagTuple {
		c.DefaultValues = slices.Clone(vm.tupleItems(c.Defaults))
	}
	return c, true
}

// JITFrameRoom is the number of frames that may still be pushed before
// the recursion limit: a trace that inlines calls n deep must not run
// where the interpreter would have raised RecursionError.
func (vm *VM) JITFrameRoom() int { return vm.recLimit - vm.nframes }

// JITDictStorageOff is the byte offset of a dict's entry storage Ref (the
// payload of slot 0). Entry i's key is value slot 2i of the storage and
// its value slot 2i+1; a new key is always appended at entry Used, and a
// resize or clear moves the entries to a new storage block.
const JITDictStorageOff = gc.HeaderSize + 8

// JITDictEntry locates a str key in a dict: the storage block, the
// entry's index (-1 when absent), the number of entries used (deleted
// ones included: where the next key goes) and the storage's capacity in
// entries. ok is false when the key is present under a str object other
// than the interned one (a trace guards the key's identity).
func (vm *VM) JITDictEntry(d gc.Value, name string) (storage gc.Ref, index, used, capacity int, ok bool) {
	di := vm.dictIdx(d)
	st := vm.slot(d.Ref(), 0).Ref()
	key := vm.intern(name)
	_, present := vm.dictGetStr(d, key)
	index = -1
	if present {
		ents := vm.dictEntries(d)
		for e := 0; e < di.n; e++ {
			if ents[2*e] == key {
				index = e
				break
			}
		}
	}
	return st, index, di.n, vm.numSlots(st) / 2, index >= 0 || !present
}

// JITFloatPow is Python's float ** float when the result is a float
// (ok false: a complex result or an error, which only the interpreter
// raises). It is the interpreter's own function: traces call it too.
func (vm *VM) JITFloatPow(x, y float64) (float64, bool) {
	r, isComplex, err := num.FloatPow(x, y)
	return r, err == nil && !isComplex
}

// forIterExit is where an exhausted FORITER jumps: when its target is
// backwards (the compiler threads the exit of a loop that ends its outer
// loop's body straight to the outer header), that jump is the outer loop's
// only executed back-edge, so it counts and reports like JUMP's.
func (vm *VM) forIterExit(ci *codeInfo, f *frame, pc, tgt int) int {
	if tgt > pc || vm.hook == nil {
		return tgt
	}
	ci.counts[pc]++
	if ci.counts[pc] >= uint32(vm.hookThreshold) {
		ci.counts[pc] = 0
		f.pc = pc
		if npc, ok := vm.hook.LoopHot(vm, &Frame{Code: ci.code, Base: f.base,
			RegsOffset: uint32(vm.stackRef) + gc.HeaderSize + uint32(f.base)*gc.ValueSize}, tgt); ok {
			return npc
		}
	}
	return tgt
}

// Range objects: kinds and the largest bound a small range (raw start,
// stop, step words) holds; larger ones are big ranges of another kind.
const (
	JITKindRange      = kindRange
	JITSmallRangeMax  = smallRangeLimit - 1
	JITTagRange       = TagRange
	JITTagType        = TagType
	JITRangeObjStart  = 16 // range object: raw words start, stop, step
	JITRangeObjStop   = 24
	JITRangeObjStep   = 32
	JITRangeIterWords = 3 // a range iterator's raw words (cur, stop, step)
)

// JITIsRangeType reports whether v is the builtin type range.
func (vm *VM) JITIsRangeType(v gc.Value) bool { return v.Tag() == TagType && v.Ref() == vm.tRange.ref }

// BytecodesInterpreted returns the number of instructions the interpreter
// has dispatched so far (not those run inside traces, nor those the
// recorder only followed). The dispatch loop counts them unconditionally:
// one increment per instruction, which measured as free (fib and collatz
// with --jit=off, medians of 5, no difference above the noise).
func (vm *VM) BytecodesInterpreted() uint64 { return vm.steps }

// JITTopLocals returns the innermost frame's locals namespace: empty for
// module code (its names live in its globals dict, which LOADNAME and
// STORENAME then use), a dict or mapping for class bodies and exec.
func (vm *VM) JITTopLocals() gc.Value { return vm.topFrame().locals }

// Instance and type layouts a trace reads to guard an attribute access
// (shape.go, types.go): the instance's type in slot 0, its shape id in
// raw word 0 (after its value slots, whose count differs between
// instances of one class as the class's attribute capacity grows), and
// the type's version mirrored in the type object's raw word 1.
const (
	JITTagObject      = TagObject
	JITTagCell        = TagCell
	JITInstTypeOff    = gc.HeaderSize + instType*gc.ValueSize + 8 // payload of slot 0: the type object's Ref
	JITHeaderSlotsOff = gc.HdrNumVals                             // the header word whose low 32 bits count value slots
	JITTypeVersionOff = gc.HeaderSize + 1*gc.ValueSize + 8        // type object: raw word 1, the version
	JITShapeDict      = shapeDict                                 // the shape id of an instance in dict mode
)

// JITAttrKind says how an attribute access on an instance resolves.
type JITAttrKind int

// Kinds of JITAttr.
const (
	JITAttrUnsupported JITAttrKind = iota // anything a trace does not model: Reason says what
	JITAttrSlot                           // the instance's own attribute, in value slot Slot
	JITAttrClassValue                     // a class attribute whose value is the result (Value)
	JITAttrMethod                         // a Python function on the class, not shadowed (Value)
	JITAttrDict                           // the own attribute of an instance in dict mode, in Dict
)

// JITAttr describes attribute name of instance v as the interpreter would
// resolve it right now, with everything a trace must guard for the answer
// to stay true: the type (identity and version), the instance's slot
// count and shape.
type JITAttr struct {
	Kind     JITAttrKind
	Reason   string   // JITAttrUnsupported: why
	Type     gc.Ref   // the instance's type object
	Version  uint64   // the type's version
	NumSlots int      // the instance's value slot count
	Shape    uint64   // the instance's shape id
	Slot     int      // JITAttrSlot: the value slot
	Value    gc.Value // JITAttrClassValue, JITAttrMethod: the class attribute
	// Dict is the instance's attribute dict when it is in dict mode: where
	// the attribute is (JITAttrDict), or for a class attribute the dict
	// it must stay absent from.
	Dict gc.Value
}

// JITInstDictOff is the byte offset of an instance's attribute dict Ref
// (the payload of slot 1), set once the instance is in dict mode.
const JITInstDictOff = gc.HeaderSize + instDict*gc.ValueSize + 8

// JITInstanceAttr resolves attribute name of the instance v for a load
// (store false), a store (store true) or a method load (method true, for
// LOADMETHOD). Only plain classes are modelled: no __getattr__,
// __getattribute__ or __setattr__ defined in Python, no __slots__, no
// builtin base, not an exception class, the instance not in dict mode.
// A class attribute that is a property or another descriptor, or a
// method loaded as a value (a bound method object), is unsupported.
func (vm *VM) JITInstanceAttr(v gc.Value, name string, store, method bool) JITAttr {
	if v.Tag() != TagObject {
		return JITAttr{Reason: "attribute of a non-instance"}
	}
	r := v.Ref()
	tv := vm.slot(r, instType)
	t := vm.typeOfRef(tv.Ref())
	a := JITAttr{Type: tv.Ref(), Version: t.version, NumSlots: vm.numSlots(r), Shape: vm.instShape(r), Slot: -1}
	switch {
	case t.builtinBase != nil || t.isExc || t.native || t.meta != nil:
		a.Reason = "attribute of an instance of a special class"
		return a
	case t.hasGetattr:
		a.Reason = "attribute of a class with __getattr__"
		return a
	}
	if g, ok := vm.lookupS(t, "__getattribute__"); ok && g.Tag() == TagFunc {
		a.Reason = "attribute of a class with __getattribute__"
		return a
	}
	if store {
		if s, ok := vm.lookupS(t, "__setattr__"); ok && s.Tag() == TagFunc {
			a.Reason = "attribute store on a class with __setattr__"
			return a
		}
	}
	if instSpecialName(name) { // classassign.go
		a.Reason = "__class__ or __dict__ of an instance"
		return a
	}
	key := vm.intern(name)
	attr, found := vm.lookup(t, key)
	slot := vm.shapeSlot(t, a.Shape, key)
	if a.Shape == shapeDict {
		// The instance's own attribute is found in its dict at some
		// entry, which a trace can guard in any instance's dict; that a
		// name is absent (a class attribute not shadowed) only in this
		// very dict, returned in Dict.
		d := vm.slot(r, instDict)
		_, own := vm.dictGetStr(d, key)
		switch {
		case found && (attr.Tag() == TagProperty || (attr.Tag() == TagObject && vm.isDataDescriptor(attr))):
			a.Reason = "attribute is a property or descriptor"
			return a
		case own && method:
			a.Reason = "method shadowed by an instance attribute"
			return a
		case own && found && store:
			a.Reason = "attribute store shadowing a class attribute"
			return a
		case own:
			a.Kind, a.Dict = JITAttrDict, d
			return a
		case store:
			a.Reason = "attribute added by a store"
			return a
		}
		a.Dict = d
	}
	switch {
	case found && (attr.Tag() == TagProperty || (attr.Tag() == TagObject && vm.isDataDescriptor(attr))):
		a.Reason = "attribute is a property or descriptor"
	case found && store:
		a.Reason = "attribute store shadowing a class attribute"
	case slot >= 0 && method && found:
		a.Reason = "method shadowed by an instance attribute"
	case slot >= 0:
		a.Kind, a.Slot = JITAttrSlot, slot
	case !found && store:
		a.Reason = "attribute added by a store"
	case !found:
		a.Reason = "attribute not found"
	default:
		jitClassAttr(&a, attr, method)
	}
	return a
}

// JITClassAttr resolves attribute name of the class tv (a LOADATTR on a
// type object) when the answer is a class attribute returned as it is: a
// plain value or a Python function found along the MRO of a class whose
// metaclass is type. A trace guards the type's version (JITTypeVersionOff)
// for the answer to stay true; Kind is JITAttrClassValue or unsupported.
func (vm *VM) JITClassAttr(tv gc.Value, name string) JITAttr {
	if tv.Tag() != TagType {
		return JITAttr{Reason: "attribute of a non-class"}
	}
	t := vm.typeOfRef(tv.Ref())
	a := JITAttr{Type: tv.Ref(), Version: t.version, Slot: -1}
	if vm.metaOf(t) != vm.tType || t.meta != nil || len(name) > 1 && name[0] == '_' && name[1] == '_' {
		a.Reason = "class attribute through a metaclass or a special name"
		return a
	}
	attr, found := vm.lookup(t, vm.intern(name))
	switch {
	case !found:
		a.Reason = "class attribute not found"
	case !attr.Tag().IsRef() || attr.Tag() == TagStr || attr.Tag() == TagTuple || attr.Tag() == TagType || attr.Tag() == TagFunc:
		a.Kind, a.Value = JITAttrClassValue, attr
	default:
		a.Reason = "class attribute of a kind traces do not bind"
	}
	return a
}

// JITBuiltinMethod returns what LOADMETHOD puts in its first register
// for v.name when v is an object of a builtin type (a list, a dict...)
// and name one of the type's own builtin methods: the unbound method,
// with v going into the self register. ok is false for anything else.
func (vm *VM) JITBuiltinMethod(v gc.Value, name string) (gc.Value, bool) {
	switch v.Tag() {
	case TagObject, TagType, TagModule, TagSuper:
		return vEmpty, false
	}
	attr, ok := vm.lookup(vm.typeOf(v), vm.intern(name))
	if !ok || attr.Tag() != TagBuiltin || !vm.slot(attr.Ref(), 0).IsEmpty() {
		return vEmpty, false
	}
	if bf := vm.heap.Side(attr.Ref()).(*builtinFn); bf.static || bf.classMethod {
		return vEmpty, false
	}
	return attr, true
}

// JITPlainTruth reports whether the truth of instance v is True by
// default: its class (a plain Python class, metaclass type) defines
// neither __bool__ nor __len__ along its MRO. A trace that relies on it
// guards the type and its version.
func (vm *VM) JITPlainTruth(v gc.Value) (typ gc.Ref, version uint64, ok bool) {
	if v.Tag() != TagObject {
		return 0, 0, false
	}
	tv := vm.slot(v.Ref(), instType)
	t := vm.typeOfRef(tv.Ref())
	if t.builtinBase != nil || t.native || t.meta != nil || vm.metaOf(t) != vm.tType {
		return 0, 0, false
	}
	if _, ok := vm.lookupS(t, "__bool__"); ok {
		return 0, 0, false
	}
	if _, ok := vm.lookupS(t, "__len__"); ok {
		return 0, 0, false
	}
	return tv.Ref(), t.version, true
}

// JITCellValueOff is the offset of a cell's value (slot 0: tag, then
// payload) from the cell's address.
const JITCellValueOff = gc.HeaderSize

// jitClassAttr classifies an attribute found on the class (and not on the
// instance) for a trace: a method to call, a value bindAttr returns as it
// is (a constant under the type's version guard), or a reason to abort.
func jitClassAttr(a *JITAttr, attr gc.Value, method bool) {
	switch {
	case attr.Tag() == TagFunc && method:
		a.Kind, a.Value = JITAttrMethod, attr
	case attr.Tag() == TagFunc:
		a.Reason = "bound method as a value"
	case !attr.Tag().IsRef() || attr.Tag() == TagStr || attr.Tag() == TagTuple || attr.Tag() == TagType:
		a.Kind, a.Value = JITAttrClassValue, attr
	default:
		a.Reason = "class attribute of a kind traces do not bind"
	}
}
