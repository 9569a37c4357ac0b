// code.go holds codeInfo, the interpreter's per-code-object state (constants
// converted to values once, keyword-name tuples, inline caches, loop
// counters), and function objects.

package vm

import (
	"math/big"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// codeInfo is what the interpreter keeps per *bytecode.Code.
type codeInfo struct {
	code   *bytecode.Code
	instrs []bytecode.Instr
	consts []gc.Value
	// Copies of code fields the call path reads, one load from ci instead
	// of two dependent ones through code: NumRegs; ArgCount when a call
	// with exactly that many positional arguments needs no binding (simple
	// and not a generator), else -1; whether there are free variables.
	nregs     int32
	exactArgs int16
	hasFree   bool
	kwnames   map[int][]string
	// simple: only positional parameters (cells and free variables are
	// allowed: MAKECELL and the call's loadFreevars fill them after the
	// binding): a call with exactly ArgCount positional arguments needs no
	// binding.
	simple  bool
	isGen   bool // a generator function: calling it makes a generator
	nparams int
	globals []globalCache // per pc, for LOADGLOBAL (these three: nil until the code first runs, allocSiteCaches)
	attrs   []attrCache   // per pc, for LOADATTR, STOREATTR, LOADMETHOD
	counts  []uint32      // per pc, back-edge counters
	fcalls  int32         // calls counted for the function hook (funchot.go)
	// callHook: CALL counts this code's calls for the function hook
	// (funchot.go; false with no hook, or one that does not want them).
	callHook bool
	name     gc.Value
	id       int // index in vm.codeList
	// hidden: tracebacks omit this code's frames (a library function that
	// stands for one of CPython's C functions; stdlib.go).
	hidden bool
	// obj: the code object standing for this code (codeobj.go), made on
	// the first read of __code__ so that every read returns the same one.
	obj gc.Value
}

// attrCache remembers, for one instruction and one type version, that the
// attribute is not a class attribute (so an instance's dict decides), or
// that it is a plain function (a method).
type attrCache struct {
	ver   uint64
	kind  uint8 // attrInstance or attrMethod
	fn    gc.Value
	shape uint64 // attrInstance: the shape the slot below belongs to
	slot  int
	next  uint64 // STOREATTR: the shape after the store adds the attribute (0: none)
	// poly: the entries of other type versions seen here (fastcall_attr.go)
	poly *[attrPolyN]attrCache
	// The builtin-method entry (fastcall.go "builtin method sites"), apart
	// from the fields above, which the other attribute paths rewrite.
	// LOADMETHOD: a receiver of tag btag (one whose type the tag alone
	// decides) finds the method bmeth. CALLMETHOD: calling bmeth with a
	// self of tag btag (and, for an instance, of exact class btype) and bn
	// arguments (self included) is a call of bfn.
	btag  gc.Tag
	bn    int32
	bmeth gc.Value
	bfn   bfunc
	btype *Type
}

// Kinds of attrCache.
const (
	attrNone     = iota
	attrInstance // not found on the type: look in the instance dict only
	attrMethod   // a function on the type, not shadowed by a data descriptor
)

// globalCache remembers a LOADGLOBAL result for the dict versions it saw.
type globalCache struct {
	gver, bver uint64
	val        gc.Value
}

// codeInfoOf returns (building once) the codeInfo of c.
func (vm *VM) codeInfoOf(c *bytecode.Code) *codeInfo {
	if ci, ok := vm.codes[c]; ok {
		return ci
	}
	ci := &codeInfo{code: c, instrs: c.Instrs, kwnames: map[int][]string{}, id: len(vm.codeList)}
	vm.codes[c] = ci
	vm.codeList = append(vm.codeList, ci)
	ci.consts = make([]gc.Value, len(c.Consts))
	for i, k := range c.Consts {
		ci.consts[i] = vm.constValue(k)
		if t, ok := k.(bytecode.TupleConst); ok {
			names := make([]string, 0, len(t))
			all := true
			for _, x := range t {
				s, ok := x.(syntax.StrConst)
				if !ok {
					all = false
					break
				}
				names = append(names, string(s))
			}
			if all {
				ci.kwnames[i] = names
			}
		}
	}
	ci.nparams = c.ArgCount + c.KwOnlyArgCount
	if c.Flags&bytecode.FlagVarargs != 0 {
		ci.nparams++
	}
	if c.Flags&bytecode.FlagVarkeywords != 0 {
		ci.nparams++
	}
	ci.simple = c.KwOnlyArgCount == 0 && c.Flags&(bytecode.FlagVarargs|bytecode.FlagVarkeywords) == 0
	ci.isGen = c.Flags&(bytecode.FlagGenerator|bytecode.FlagCoroutine|bytecode.FlagAsyncGenerator) != 0
	ci.nregs, ci.exactArgs, ci.hasFree = int32(c.NumRegs), -1, len(c.Freevars) > 0
	if ci.simple && !ci.isGen && c.ArgCount < 1<<15 {
		ci.exactArgs = int16(c.ArgCount)
	}
	ci.name = vm.intern(c.Name)
	vm.setCallHook(ci)
	return ci
}

// constValue converts a compile-time constant to a (permanent) value.
func (vm *VM) constValue(k bytecode.Constant) gc.Value {
	switch k := k.(type) {
	case syntax.NoneConst:
		return vNone
	case syntax.EllipsisConst:
		return vEllipsis
	case syntax.BoolConst:
		return gc.Bool(bool(k))
	case syntax.IntConst:
		v := vm.newBig(new(big.Int).Set(k.V))
		if v.IsRef() {
			vm.heap.AddPermanentRoot(v)
		}
		return v
	case syntax.FloatConst:
		return gc.Float(float64(k))
	case syntax.StrConst:
		return vm.intern(string(k))
	case syntax.BytesConst:
		v := vm.newBytes([]byte(k))
		vm.heap.AddPermanentRoot(v)
		return v
	case syntax.ComplexConst:
		v := vm.newComplex(k.Real, k.Imag)
		vm.heap.AddPermanentRoot(v)
		return v
	case bytecode.TupleConst:
		items := make([]gc.Value, len(k))
		for i, x := range k {
			items[i] = vm.constValue(x)
		}
		v := vm.newTuple(items)
		vm.heap.AddPermanentRoot(v)
		return v
	case bytecode.FrozensetConst:
		first := vm.newDictTag(TagFrozenset, len(k))
		for _, x := range k {
			vm.dictSet(first, vm.constValue(x), vNone)
		}
		// CPython's compiler builds the frozenset, then rebuilds it from
		// its own iteration order when merging constants: the second
		// layout is the one programs see.
		s := vm.newDictTag(TagFrozenset, len(k))
		for _, x := range vm.dictKeys(first) {
			vm.dictSet(s, x, vNone)
		}
		vm.heap.AddPermanentRoot(s)
		return s
	case *bytecode.Code:
		vm.codeInfoOf(k)
		return vNone
	}
	return vNone
}

// Function object slots.
const (
	fnGlobals = iota
	fnDefaults
	fnKwDefaults
	fnClosure
	fnName
	fnQualName
	fnDict
	fnModule
	fnDoc
	fnAnnotations
	fnNumSlots
)

// newFunction allocates a function object for ci.
func (vm *VM) newFunction(ci *codeInfo, globals, defaults, kwdefaults, closure gc.Value) gc.Value {
	r := vm.alloc(kindFunc, fnNumSlots, 8)
	vm.heap.SetSide(r, ci)
	vm.setRawU64(r, fnNumSlots, 0, uint64(ci.id))
	s := vm.slotsOf(r, fnNumSlots)
	s[fnGlobals] = globals
	s[fnDefaults] = defaults
	s[fnKwDefaults] = kwdefaults
	s[fnClosure] = closure
	s[fnName] = ci.name
	s[fnQualName] = vm.intern(ci.code.QualName)
	s[fnDoc] = vNone
	if ci.code.Doc >= 0 && ci.code.Doc < len(ci.consts) {
		s[fnDoc] = ci.consts[ci.code.Doc]
	}
	if m, ok := vm.dictGetStr(globals, vm.intern("__name__")); ok {
		s[fnModule] = m
	} else {
		s[fnModule] = vNone
	}
	return mkref(TagFunc, r)
}

// funcCode returns the codeInfo of a function value.
func (vm *VM) funcCode(f gc.Value) *codeInfo { return vm.codeList[vm.rawU64(f.Ref(), fnNumSlots, 0)] }
