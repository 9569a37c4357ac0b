// interp.go holds the interpreter loop: one function with a switch on the
// opcode over the code's []bytecode.Instr. Registers are an unsafe
// []gc.Value view of the register stack in linear memory (docs/vm.md
// "Frames"). Python-to-Python calls push a frame record and continue in the
// same loop, without Go recursion; only calls from Go code (a builtin that
// calls back, a dunder method) enter run again. Int and float fast paths
// sit inline in the arithmetic and comparison cases before the generic
// path. Exceptions unwind through each code's Handlers table.

package vm

import (
	"sync/atomic"
	"unsafe"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// frame is the Go record of one activation; its registers are
// vm.regs[base : base+NumRegs].
type frame struct {
	ci      *codeInfo
	pc      int // the instruction executing (the CALL, while a callee runs)
	base    int
	top     int // registers below top are live (the collector scans them)
	fn      gc.Value
	globals gc.Value
	locals  gc.Value // namespace dict of module and class bodies, else empty
	ret     int      // absolute register receiving the result
	entry   bool     // entered from Go: RETURN leaves run
	gen     gc.Value // the generator running in this frame, or empty
	initObj gc.Value // the instance an __init__ frame initialises, or empty
}

// Frame is the view of a frame that the eval-loop hook receives.
type Frame struct {
	Code *bytecode.Code
	// Base is the index of register 0 in the register stack; RegsOffset
	// is its byte offset in linear memory.
	Base       int
	RegsOffset uint32
}

// pushFrame pushes a frame for ci whose registers start at base, and checks
// the recursion limit and the stack space.
func (vm *VM) pushFrame(ci *codeInfo, base int, fn, globals, locals gc.Value, ret int, entry bool) error {
	n := ci.code.NumRegs
	if vm.nframes >= vm.recLimit || base+n+256 > stackSize {
		return vm.raise("RecursionError", "maximum recursion depth exceeded")
	}
	top := base + n
	if vm.nframes > 0 && vm.topFrame().top > top {
		top = vm.topFrame().top
	}
	k := vm.nframes
	if k>>frameChunkBits >= len(vm.frames) {
		vm.frames = append(vm.frames, new([1 << frameChunkBits]frame))
	}
	f := &vm.frames[k>>frameChunkBits][k&(1<<frameChunkBits-1)]
	f.ci, f.pc, f.base, f.top = ci, 0, base, top
	f.fn, f.globals, f.locals = fn, globals, locals
	f.ret, f.entry = ret, entry
	f.gen, f.initObj = vEmpty, vEmpty
	vm.nframes++
	return nil
}

// pushCall pushes the frame of a call made by the loop: fn's code ci with
// registers from base, called from the top frame caller, its result going
// to register ret; initObj is the instance an __init__ call initialises
// (or empty). It is pushFrame with what the loop already knows passed in.
func (vm *VM) pushCall(ci *codeInfo, base int, fn gc.Value, caller *frame, ret int, initObj gc.Value) (*frame, error) {
	n := int(ci.nregs)
	k := vm.nframes
	if k >= vm.recLimit || base+n+256 > stackSize || k>>frameChunkBits >= len(vm.frames) {
		if err := vm.pushFrame(ci, base, fn, vm.slot(fn.Ref(), fnGlobals), vEmpty, ret, false); err != nil {
			return nil, err
		}
		nf := vm.topFrame()
		nf.initObj = initObj
		return nf, nil
	}
	nf := &vm.frames[k>>frameChunkBits][k&(1<<frameChunkBits-1)]
	// Field by field: a composite literal is built on the stack and then
	// copied with 16-byte moves, which stall on the 8-byte stores that
	// built it (store forwarding fails); this was ~15% of fib.
	nf.ci, nf.pc, nf.base, nf.top = ci, 0, base, max(base+n, caller.top)
	nf.fn, nf.globals, nf.locals = fn, vm.slot(fn.Ref(), fnGlobals), gc.Value{}
	nf.ret, nf.entry, nf.gen, nf.initObj = ret, false, gc.Value{}, initObj
	vm.nframes = k + 1
	return nf, nil
}

// frameChunkBits sets the size of the chunks frame records are kept in:
// chunks never move, so a *frame stays valid while its frame is live.
const frameChunkBits = 8

// frameAt returns frame record i (0 is the outermost).
func (vm *VM) frameAt(i int) *frame {
	return &vm.frames[i>>frameChunkBits][i&(1<<frameChunkBits-1)]
}

// topFrame returns the innermost frame record.
func (vm *VM) topFrame() *frame { return vm.frameAt(vm.nframes - 1) }

// popFrame drops the innermost frame record.
func (vm *VM) popFrame() { vm.nframes-- }

// stackTop returns the first free register above every live frame.
func (vm *VM) stackTop() int {
	if vm.nframes > 0 {
		return vm.topFrame().top
	}
	return 0
}

// callModule runs a module body with globals g.
func (vm *VM) callModule(fn, g gc.Value) (gc.Value, error) {
	ci := vm.funcCode(fn)
	base := vm.stackTop()
	clear(vm.regs[base : base+ci.code.NumRegs])
	if err := vm.pushFrame(ci, base, fn, g, g, -1, true); err != nil {
		return vEmpty, err
	}
	return vm.run()
}

// run executes the top frame until the frame that was entered from Go
// returns (its result) or an exception leaves it (errRaised).
func (vm *VM) run() (result gc.Value, err error) {
	vm.runDepth++
	defer func() { vm.runDepth-- }()
	var (
		f       *frame
		ci      *codeInfo
		code    []bytecode.Instr
		consts  []gc.Value
		R       []gc.Value
		pc      int
		ins     bytecode.Instr
		reraise bool
		x       gc.Value
	)
	f = vm.topFrame()
	goto loadf
enter:
	// f is the frame CALL just pushed for a Python function (ci its
	// code): the one place where the loop enters a function's frame.
	if ci.callHook {
		f = vm.funcHot(f) // funchot.go: the JIT may run the call
		goto loadf
	}
	goto loadci
loadf:
	// f is the top frame (a call or a return jumps here with it known).
	ci = f.ci
loadci:
	// (a call jumps here with ci already set to the callee's code)
	if ci.attrs == nil {
		allocSiteCaches(ci) // the code's first run here
	}
	code = ci.instrs
	consts = ci.consts
	// R without bounds checks: every frame's registers were checked to
	// fit in the register stack when it was pushed.
	R = (*[stackSize]gc.Value)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(vm.regs)), uintptr(f.base)*gc.ValueSize))[:ci.nregs:ci.nregs]
	pc = f.pc
	for {
		ins = code[pc]
		vm.steps++ // bytecodes interpreted (--jit-stats): measured free
		switch ins.Op() {
		case bytecode.NOP:
		case bytecode.MOVE:
			R[ins.A()] = R[ins.B()]
		case bytecode.LOADCONST:
			R[ins.A()] = consts[ins.Bx()]
			// The instruction after it, when it is an int ADD, SUB or
			// comparison (fib's `n - 1`, `n < 2` outside loops, where
			// constants are not hoisted), is done here without its own
			// dispatch (docs/vm.md "Interpreter speed (session 15)").
			if nx := code[pc+1]; nx.Op() == bytecode.SUB || nx.Op() == bytecode.ADD || nx.Op()-bytecode.LT <= bytecode.GE-bytecode.LT {
				a, b := R[nx.B()], R[nx.C()]
				if a.Tag() != gc.TagInt || b.Tag() != gc.TagInt {
					break
				}
				p, q := a.Int(), b.Int()
				switch nx.Op() {
				case bytecode.SUB:
					s := p - q
					if (p^q)&(s^p) < 0 {
						goto next
					}
					R[nx.A()] = gc.Int(s)
					if countFused {
						vm.steps++ // the instruction fused with this one
					}
					pc += 2
					continue
				case bytecode.ADD:
					s := p + q
					if (s^p)&(s^q) < 0 {
						goto next
					}
					R[nx.A()] = gc.Int(s)
					if countFused {
						vm.steps++ // the instruction fused with this one
					}
					pc += 2
					continue
				}
				k := 1
				if p < q {
					k = 0
				}
				if p > q {
					k = 2
				}
				t := cmpOutcome[nx.Op()]>>k&1 != 0
				R[nx.A()] = gc.Bool(t)
				pc++
				// with the JUMPIF that tests it, as in the compare case
				if jx := code[pc+1]; jx.A() == nx.A() {
					if o := jx.Op(); o == bytecode.JUMPIFTRUE || o == bytecode.JUMPIFFALSE {
						if t != (o == bytecode.JUMPIFTRUE) {
							if countFused {
								vm.steps += 2 // the two instructions fused with this one
							}
							pc += 2
							continue
						}
						if tgt := int(jx.Bx()); tgt > pc+1 {
							if countFused {
								vm.steps += 2 // the two instructions fused with this one
							}
							pc = tgt
							continue
						}
					}
				}
				if countFused {
					vm.steps++ // the instruction fused with this one
				}
				pc++
				continue
			}
		case bytecode.LOADNONE:
			R[ins.A()] = vNone
		case bytecode.LOADTRUE:
			R[ins.A()] = vTrue
		case bytecode.LOADFALSE:
			R[ins.A()] = vFalse
		case bytecode.LOADGLOBAL:
			// bver 0: the name was found in the globals, whose version
			// alone then decides (a global function's call skips the
			// builtins' version)
			c := &ci.globals[pc]
			if c.gver == vm.dictVer(f.globals) && c.gver != 0 && (c.bver == 0 || c.bver == vm.dictVer(vm.builtins)) {
				R[ins.A()] = c.val
				break
			}
			if v, ok := vm.dictGetStr(f.globals, consts[ins.Bx()]); ok {
				c.gver, c.bver, c.val = vm.dictVersion(f.globals), 0, v
				R[ins.A()] = v
				break
			}
			if x, err = vm.loadGlobal(f.globals, consts[ins.Bx()]); err != nil {
				goto handle
			}
			c.gver, c.bver, c.val = vm.dictVersion(f.globals), vm.dictVersion(vm.builtins), x
			if c.bver == 0 {
				c.gver = 0 // (never the case: builtins is filled at start-up)
			}
			R[ins.A()] = x
		case bytecode.STOREGLOBAL:
			if err = vm.dictSet(f.globals, consts[ins.Bx()], R[ins.A()]); err != nil {
				goto handle
			}
		case bytecode.DELGLOBAL:
			if _, ok, _ := vm.dictDel(f.globals, consts[ins.Bx()]); !ok {
				err = vm.raise("NameError", "name '%s' is not defined", vm.str(consts[ins.Bx()]))
				goto handle
			}
		case bytecode.LOADNAME:
			name := consts[ins.Bx()]
			if d := f.locals; d.Tag() == TagDict {
				// the entry the name was found in last time (namecache.go)
				st, e := vm.slot(d.Ref(), 0).Ref(), int(ci.globals[pc].gver)
				if e+1 < vm.numSlots(st) && vm.slot(st, e) == name {
					R[ins.A()] = vm.slot(st, e+1)
					break
				}
			}
			if f.locals.Tag() == TagObject {
				// a class namespace from a metaclass's __prepare__
				var found bool
				if x, found, err = vm.nsGet(f.locals, name); err != nil {
					goto handle
				}
				if found {
					R[ins.A()] = x
					break
				}
			} else if !f.locals.IsEmpty() {
				if v, ok := vm.dictGetStr(f.locals, name); ok {
					R[ins.A()] = v
					if e := vm.nameSlot(f.locals, name); e >= 0 {
						ci.globals[pc].gver = uint64(e)
					}
					break
				}
			}
			if x, err = vm.loadGlobal(f.globals, name); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.STORENAME:
			d := f.locals
			if d.IsEmpty() {
				d = f.globals
			}
			if d.Tag() == TagDict {
				// the entry the name was stored in last time: a new value
				// and a new version, as dictSet does for a key it has
				// (namecache.go)
				st, e := vm.slot(d.Ref(), 0).Ref(), int(ci.globals[pc].gver)
				if e+1 < vm.numSlots(st) && vm.slot(st, e) == consts[ins.Bx()] {
					vm.setSlot(st, e+1, R[ins.A()])
					vm.bumpVersion(d)
					break
				}
			}
			if d.Tag() == TagObject {
				err = vm.setItem(d, consts[ins.Bx()], R[ins.A()])
			} else {
				err = vm.dictSet(d, consts[ins.Bx()], R[ins.A()])
				if err == nil {
					if e := vm.nameSlot(d, consts[ins.Bx()]); e >= 0 {
						ci.globals[pc].gver = uint64(e)
					}
				}
			}
			if err != nil {
				goto handle
			}
		case bytecode.DELNAME:
			d := f.locals
			if d.IsEmpty() {
				d = f.globals
			}
			if d.Tag() == TagObject {
				if err = vm.delItem(d, consts[ins.Bx()]); err != nil {
					if vm.isExcType(vm.exc, "KeyError") {
						vm.exc = vEmpty
						err = vm.raise("NameError", "name '%s' is not defined", vm.str(consts[ins.Bx()]))
					}
					goto handle
				}
				break
			}
			if _, ok, _ := vm.dictDel(d, consts[ins.Bx()]); !ok {
				err = vm.raise("NameError", "name '%s' is not defined", vm.str(consts[ins.Bx()]))
				goto handle
			}
		case bytecode.CHECKBOUND:
			if R[ins.A()].IsEmpty() {
				err = vm.unboundLocal(vm.str(consts[ins.Bx()]))
				goto handle
			}
		case bytecode.DELFAST:
			if R[ins.A()].IsEmpty() {
				err = vm.unboundLocal(vm.str(consts[ins.Bx()]))
				goto handle
			}
			R[ins.A()] = vEmpty
		case bytecode.LOADDEREF:
			cell := R[ci.code.CellBase+ins.B()]
			x = vm.slot(cell.Ref(), 0)
			if x.IsEmpty() {
				err = vm.unboundDeref(ci, ins.B())
				goto handle
			}
			R[ins.A()] = x
		case bytecode.STOREDEREF:
			vm.setSlot(R[ci.code.CellBase+ins.B()].Ref(), 0, R[ins.A()])
		case bytecode.DELDEREF:
			cell := R[ci.code.CellBase+ins.B()]
			if vm.slot(cell.Ref(), 0).IsEmpty() {
				err = vm.unboundDeref(ci, ins.B())
				goto handle
			}
			vm.setSlot(cell.Ref(), 0, vEmpty)
		case bytecode.LOADATTR:
			if v := R[ins.B()]; v.Tag() == TagObject {
				t := vm.typeAt(vm.slot(v.Ref(), instType).Ref())
				c := &ci.attrs[pc]
				if c.ver != t.version {
					// the extra entries scanned here: entryFor is a call
					// from run, which spills the loop's registers
					// (richards' task methods see four classes)
					e := c.poly
					if e != nil {
						for i := range e {
							if e[i].ver == t.version {
								c = &e[i]
								break
							}
						}
					}
					if c.ver != t.version {
						c = c.entryFor(t.version)
					}
				}
				if c.ver != t.version {
					c.ver, c.kind, c.shape = t.version, attrNone, ^uint64(0)
					if t.hasGetattribute {
						// every read goes through the class's __getattribute__
					} else if attr, found := vm.lookup(t, consts[ins.C()]); !found {
						c.kind = attrInstance
					} else if attr.Tag() == TagProperty && vm.slot(attr.Ref(), 0).Tag() != gc.TagNone {
						c.kind, c.fn = attrProperty, vm.slot(attr.Ref(), 0)
					}
				}
				if c.kind == attrProperty {
					// a property (a data descriptor: the instance cannot
					// shadow it): call its getter as getAttr would
					f.pc = pc
					if x, err = vm.callPy(c.fn, v); err != nil {
						goto handle
					}
					R[ins.A()] = x
					break
				}
				if c.kind == attrInstance {
					r := v.Ref()
					sid := vm.rawU64(r, vm.numSlots(r), 0) // instShape
					if sid == c.shape {
						R[ins.A()] = vm.slot(r, c.slot)
						break
					}
					if s := vm.shapeSlot(t, sid, consts[ins.C()]); s >= 0 {
						c.shape, c.slot = sid, s
						R[ins.A()] = vm.slot(r, s)
						break
					}
				}
			} else if v.Tag() == TagModule {
				// module.x: what the module's dict held here (modattr.go)
				if g := &ci.globals[pc]; g.gver == vm.dictVer(vm.slot(v.Ref(), 0)) && g.gver != 0 || vm.moduleAttrFill(g, v, consts[ins.C()]) {
					R[ins.A()] = g.val
					break
				}
			}
			if x, err = vm.getAttr(R[ins.B()], consts[ins.C()]); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.STOREATTR:
			if v := R[ins.A()]; v.Tag() == TagObject {
				t := vm.typeAt(vm.slot(v.Ref(), instType).Ref())
				c := &ci.attrs[pc]
				if c.ver != t.version {
					// the extra entries scanned here: entryFor is a call
					// from run, which spills the loop's registers
					// (richards' task methods see four classes)
					e := c.poly
					if e != nil {
						for i := range e {
							if e[i].ver == t.version {
								c = &e[i]
								break
							}
						}
					}
					if c.ver != t.version {
						c = c.entryFor(t.version)
					}
				}
				if c.ver != t.version {
					c.ver, c.kind, c.shape = t.version, attrNone, ^uint64(0)
					_, found := vm.lookup(t, consts[ins.B()])
					sa, _ := vm.lookupS(t, "__setattr__")
					if n := vm.str(consts[ins.B()]); !found && sa.Tag() != TagFunc && !t.isExc && (!t.restricted || t.slotNames[n]) &&
						!instSpecialName(n) { // classassign.go
						c.kind = attrInstance
					}
				}
				if c.kind == attrInstance {
					r := v.Ref()
					pre := vm.rawU64(r, vm.numSlots(r), 0) // instShape
					if pre == c.shape && c.slot < vm.numSlots(r) {
						vm.setSlot(r, c.slot, R[ins.C()])
						if c.next != 0 {
							vm.setRawU64(r, vm.numSlots(r), 0, c.next)
						}
						break
					}
					if err = vm.instSet(v, consts[ins.B()], R[ins.C()]); err != nil {
						goto handle
					}
					// Remember the store for this shape: the slot, and the
					// shape transition when the store adds the attribute.
					if post := vm.instShape(r); post != shapeDict && pre != shapeDict {
						c.shape, c.slot, c.next = pre, vm.shapeSlot(t, post, consts[ins.B()]), 0
						if post != pre {
							c.next = post
						}
					}
					break
				}
			}
			if err = vm.setAttr(R[ins.A()], consts[ins.B()], R[ins.C()]); err != nil {
				goto handle
			}
		case bytecode.DELATTR:
			if err = vm.delAttrStmt(R[ins.A()], consts[ins.B()]); err != nil {
				goto handle
			}
		case bytecode.LOADMETHOD:
			if v := R[ins.B()]; v.Tag() == TagObject {
				t := vm.typeAt(vm.slot(v.Ref(), instType).Ref())
				c := &ci.attrs[pc]
				if c.ver != t.version {
					// the extra entries scanned here: entryFor is a call
					// from run, which spills the loop's registers
					// (richards' task methods see four classes)
					e := c.poly
					if e != nil {
						for i := range e {
							if e[i].ver == t.version {
								c = &e[i]
								break
							}
						}
					}
					if c.ver != t.version {
						c = c.entryFor(t.version)
					}
				}
				if c.ver != t.version {
					c.ver, c.kind, c.shape = t.version, attrNone, ^uint64(0)
					if m, found := vm.lookup(t, consts[ins.C()]); found && !t.hasGetattribute && (m.Tag() == TagFunc || vm.nativeMethod(m)) {
						c.kind, c.fn = attrMethod, m
					}
				}
				if c.kind == attrMethod {
					// c.shape: a shape seen without an instance attribute
					// of this name (shapes never change, so it stays so).
					sid := vm.rawU64(v.Ref(), vm.numSlots(v.Ref()), 0) // instShape
					if sid == c.shape {
						R[ins.A()], R[ins.A()+1] = c.fn, v
						break
					}
					if _, shadow := vm.instGet(v, consts[ins.C()]); !shadow {
						if sid != shapeDict {
							c.shape = sid
						}
						R[ins.A()], R[ins.A()+1] = c.fn, v
						break
					}
				}
			} else if v.Tag() == TagModule {
				// module.f(...): what the module's dict held here (modattr.go)
				if g := &ci.globals[pc]; g.gver == vm.dictVer(vm.slot(v.Ref(), 0)) && g.gver != 0 || vm.moduleAttrFill(g, v, consts[ins.C()]) {
					R[ins.A()], R[ins.A()+1] = g.val, vEmpty
					break
				}
			} else if c := &ci.attrs[pc]; c.btag == v.Tag() && !c.bmeth.IsEmpty() {
				// a str/list/dict/... method seen here before (fastcall.go)
				R[ins.A()], R[ins.A()+1] = c.bmeth, v
				break
			} else if m, ok := vm.cachedBuiltinMethod(c, v, consts[ins.C()]); ok {
				R[ins.A()], R[ins.A()+1] = m, v
				break
			}
			var self gc.Value
			if x, self, err = vm.loadMethod(R[ins.B()], consts[ins.C()]); err != nil {
				goto handle
			}
			R[ins.A()], R[ins.A()+1] = x, self
		case bytecode.GETITEM:
			a, b := R[ins.B()], R[ins.C()]
			if a.Tag() == TagList && b.Tag() == gc.TagInt {
				n := vm.listN(a)
				i := b.Int()
				if i < 0 {
					i += n
				}
				if uint64(i) < uint64(n) {
					data := vm.listData(a)
					x = *vm.valAt(data, i)
					R[ins.A()] = x
					// a loop reading a[i] of a list of objects in order
					// reads a[i+4] soon: its object (fastlist.go)
					if j := i + prefetchAhead; x.Tag() >= gc.TagRef && j < n {
						if v := vm.valAt(data, j); v.Tag() >= gc.TagRef {
							gc.Prefetch(vm.refAddr(v.Ref()))
						}
					}
					break
				}
			}
			if a.Tag() == TagStr && b.Tag() == gc.TagInt {
				// a character of a str known to be ASCII (its cached
				// count of code points is its length: strChars): one of
				// the cached one-character strs, as getItem would return
				w := vm.rawU64(a.Ref(), 0, strLenWord)
				if n := int64(uint32(w)); w>>32 == uint64(n)+1 {
					i := b.Int()
					if i < 0 {
						i += n
					}
					if uint64(i) < uint64(n) {
						R[ins.A()] = vm.charStrs[*(*byte)(unsafe.Add(vm.base, uintptr(a.Ref())+gc.HeaderSize+strTextOff+uintptr(i)))]
						break
					}
				}
			}
			if a.Tag() == TagDict && b.Tag() == TagStr {
				// d[s] on an exact dict (fastset.go)
				if v, ok := vm.dictGetStrFast(a, b); ok {
					R[ins.A()] = v
					break
				}
			}
			if a.Tag() == TagObject {
				// an instance of a native type with a Go __getitem__
				// (deque): what getItem would call first, without its
				// two type switches
				if n := vm.typeAt(vm.slot(a.Ref(), instType).Ref()).nat; n != nil && n.getItem != nil {
					if x, err = n.getItem(vm, a, b); err != nil {
						goto handle
					}
					R[ins.A()] = x
					break
				}
			}
			if x, err = vm.getItem(a, b); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.SETITEM:
			a, b := R[ins.A()], R[ins.B()]
			if a.Tag() == TagList && b.Tag() == gc.TagInt {
				n := vm.listN(a)
				i := b.Int()
				if i < 0 {
					i += n
				}
				if uint64(i) < uint64(n) {
					*vm.valAt(vm.listData(a), i) = R[ins.C()]
					break
				}
			}
			if err = vm.setItem(a, b, R[ins.C()]); err != nil {
				goto handle
			}
		case bytecode.DELITEM:
			if err = vm.delItem(R[ins.A()], R[ins.B()]); err != nil {
				goto handle
			}
		case bytecode.ADD:
			a, b := R[ins.B()], R[ins.C()]
			if a.Tag() == gc.TagInt && b.Tag() == gc.TagInt {
				s := a.Int() + b.Int()
				if (s^a.Int())&(s^b.Int()) >= 0 {
					R[ins.A()] = gc.Int(s)
					break
				}
			} else if a.Tag() == gc.TagFloat && b.Tag() == gc.TagFloat {
				R[ins.A()] = gc.Float(a.Float() + b.Float())
				break
			} else if a.Tag() == TagStr && b.Tag() == TagStr {
				R[ins.A()] = vm.strConcat(a, b)
				break
			}
			if x, err = vm.binaryOp(bytecode.ADD, a, b); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.SUB:
			a, b := R[ins.B()], R[ins.C()]
			if a.Tag() == gc.TagInt && b.Tag() == gc.TagInt {
				s := a.Int() - b.Int()
				if (a.Int()^b.Int())&(s^a.Int()) >= 0 {
					R[ins.A()] = gc.Int(s)
					break
				}
			} else if a.Tag() == gc.TagFloat && b.Tag() == gc.TagFloat {
				R[ins.A()] = gc.Float(a.Float() - b.Float())
				break
			}
			if x, err = vm.binaryOp(bytecode.SUB, a, b); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.MUL:
			a, b := R[ins.B()], R[ins.C()]
			if a.Tag() == gc.TagInt && b.Tag() == gc.TagInt {
				p, q := a.Int(), b.Int()
				if p > -1<<31 && p < 1<<31 && q > -1<<31 && q < 1<<31 {
					R[ins.A()] = gc.Int(p * q)
					break
				}
			} else if a.Tag() == gc.TagFloat && b.Tag() == gc.TagFloat {
				R[ins.A()] = gc.Float(a.Float() * b.Float())
				break
			}
			if x, err = vm.binaryOp(bytecode.MUL, a, b); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.TRUEDIV, bytecode.FLOORDIV, bytecode.MOD, bytecode.POW, bytecode.MATMUL,
			bytecode.LSHIFT, bytecode.RSHIFT, bytecode.BITAND, bytecode.BITOR, bytecode.BITXOR:
			a, b := R[ins.B()], R[ins.C()]
			if a.Tag() == gc.TagInt && b.Tag() == gc.TagInt && b.Int() > 0 {
				p, q := a.Int(), b.Int()
				switch ins.Op() {
				case bytecode.FLOORDIV:
					d := p / q
					if (p%q != 0) && (p < 0) {
						d--
					}
					R[ins.A()] = gc.Int(d)
					goto next
				case bytecode.MOD:
					m := p % q
					if m < 0 {
						m += q
					}
					R[ins.A()] = gc.Int(m)
					goto next
				case bytecode.BITAND:
					R[ins.A()] = gc.Int(p & q)
					goto next
				}
			}
			if x, err = vm.binaryOp(ins.Op(), a, b); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.INPLACE:
			a, b := R[ins.B()], R[ins.C()]
			op := bytecode.Op(ins.Spare())
			if a.Tag() == gc.TagInt && b.Tag() == gc.TagInt {
				switch op {
				case bytecode.ADD:
					s := a.Int() + b.Int()
					if (s^a.Int())&(s^b.Int()) >= 0 {
						R[ins.A()] = gc.Int(s)
						goto next
					}
				case bytecode.SUB:
					s := a.Int() - b.Int()
					if (a.Int()^b.Int())&(s^a.Int()) >= 0 {
						R[ins.A()] = gc.Int(s)
						goto next
					}
				default:
					// y //= 7, x *= k, m &= mask, ... (fastset.go)
					if v, ok := inplaceIntFast(op, a.Int(), b.Int()); ok {
						R[ins.A()] = gc.Int(v)
						goto next
					}
				}
			} else if a.Tag() == gc.TagFloat && b.Tag() == gc.TagFloat {
				switch op {
				case bytecode.ADD:
					R[ins.A()] = gc.Float(a.Float() + b.Float())
					goto next
				case bytecode.SUB:
					R[ins.A()] = gc.Float(a.Float() - b.Float())
					goto next
				case bytecode.MUL:
					R[ins.A()] = gc.Float(a.Float() * b.Float())
					goto next
				}
			} else if a.Tag() == TagStr && b.Tag() == TagStr && op == bytecode.ADD {
				// s += t: a new str, as binaryOp would make (faststr.go)
				R[ins.A()] = vm.strConcat(a, b)
				goto next
			}
			if x, err = vm.inplaceOp(op, a, b); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.NEG, bytecode.POS, bytecode.INVERT:
			if v := R[ins.B()]; ins.Op() == bytecode.NEG && (v.Tag() == gc.TagInt && v.Int() != -1<<63 || v.Tag() == gc.TagFloat) {
				// -i, -x inline (a sort key's -v went through num.Int)
				if v.Tag() == gc.TagInt {
					R[ins.A()] = gc.Int(-v.Int())
				} else {
					R[ins.A()] = gc.Float(-v.Float())
				}
				break
			}
			if x, err = vm.unaryOp(ins.Op(), R[ins.B()]); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.NOT:
			// a bool, int or None inline (`not self.held`), as JUMPIF
			var t bool
			switch v := R[ins.B()]; v.Tag() {
			case gc.TagBool, gc.TagInt:
				t = v.Bits() != 0
			case gc.TagNone:
			default:
				if t, err = vm.truth(v); err != nil {
					goto handle
				}
			}
			R[ins.A()] = gc.Bool(!t)
		case bytecode.LT, bytecode.LE, bytecode.GT, bytecode.GE, bytecode.EQ, bytecode.NE:
			a, b := R[ins.B()], R[ins.C()]
			if a.Tag() == gc.TagInt && b.Tag() == gc.TagInt {
				// Written out rather than calls: run is too big for Go
				// to inline into it, and a call spills its registers
				// (fastbranch.go).
				p, q := a.Int(), b.Int()
				k := 1
				if p < q {
					k = 0
				}
				if p > q {
					k = 2
				}
				t := cmpOutcome[ins.Op()]>>k&1 != 0
				R[ins.A()] = gc.Bool(t)
				// with the JUMPIF that tests it
				if nx := code[pc+1]; nx.A() == ins.A() {
					if o := nx.Op(); o == bytecode.JUMPIFTRUE || o == bytecode.JUMPIFFALSE {
						if t != (o == bytecode.JUMPIFTRUE) {
							if countFused {
								vm.steps++ // the instruction fused with this one
							}
							pc += 2
							continue
						}
						if tgt := int(nx.Bx()); tgt > pc+1 {
							if countFused {
								vm.steps++ // the instruction fused with this one
							}
							pc = tgt
							continue
						}
					}
				}
				break
			}
			if a.Tag() == gc.TagFloat && b.Tag() == gc.TagFloat {
				// as for ints, with a fourth outcome for NaN (unordered)
				p, q := a.Float(), b.Float()
				k := 3
				if p < q {
					k = 0
				} else if p > q {
					k = 2
				} else if p == q {
					k = 1
				}
				t := cmpOutcome[ins.Op()]>>k&1 != 0
				R[ins.A()] = gc.Bool(t)
				if nx := code[pc+1]; nx.A() == ins.A() {
					if o := nx.Op(); o == bytecode.JUMPIFTRUE || o == bytecode.JUMPIFFALSE {
						if t != (o == bytecode.JUMPIFTRUE) {
							if countFused {
								vm.steps++ // the instruction fused with this one
							}
							pc += 2
							continue
						}
						if tgt := int(nx.Bx()); tgt > pc+1 {
							if countFused {
								vm.steps++ // the instruction fused with this one
							}
							pc = tgt
							continue
						}
					}
				}
				break
			}
			if x, err = vm.compare(ins.Op(), a, b); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.IS, bytecode.ISNOT:
			t := vm.is(R[ins.B()], R[ins.C()]) == (ins.Op() == bytecode.IS)
			R[ins.A()] = gc.Bool(t)
			// with the JUMPIF that tests it (`if p.link is not None:`),
			// as for an int comparison
			if nx := code[pc+1]; nx.A() == ins.A() {
				if o := nx.Op(); o == bytecode.JUMPIFTRUE || o == bytecode.JUMPIFFALSE {
					if t != (o == bytecode.JUMPIFTRUE) {
						if countFused {
							vm.steps++ // the instruction fused with this one
						}
						pc += 2
						continue
					}
					if tgt := int(nx.Bx()); tgt > pc+1 {
						if countFused {
							vm.steps++ // the instruction fused with this one
						}
						pc = tgt
						continue
					}
				}
			}
		case bytecode.IN, bytecode.NOTIN:
			if found, ok := vm.containsFast(R[ins.C()], R[ins.B()]); ok {
				// an int in an exact set/dict (fastset.go)
				t := found == (ins.Op() == bytecode.IN)
				R[ins.A()] = gc.Bool(t)
				// with the JUMPIF that tests it, written out as for ints
				if nx := code[pc+1]; nx.A() == ins.A() {
					if o := nx.Op(); o == bytecode.JUMPIFTRUE || o == bytecode.JUMPIFFALSE {
						if t != (o == bytecode.JUMPIFTRUE) {
							if countFused {
								vm.steps++ // the instruction fused with this one
							}
							pc += 2
							continue
						}
						if tgt := int(nx.Bx()); tgt > pc+1 {
							if countFused {
								vm.steps++ // the instruction fused with this one
							}
							pc = tgt
							continue
						}
					}
				}
				break
			}
			var t bool
			if t, err = vm.contains(R[ins.C()], R[ins.B()]); err != nil {
				goto handle
			}
			R[ins.A()] = gc.Bool(t == (ins.Op() == bytecode.IN))
		case bytecode.JUMP:
			t := int(ins.Bx())
			if t <= pc {
				// A loop back-edge: count, maybe hand over to the hook, and
				// offer the collector a safepoint.
				ci.counts[pc]++
				if vm.hook != nil && ci.counts[pc] >= uint32(vm.hookThreshold) {
					ci.counts[pc] = 0
					f.pc = pc
					if npc, ok := vm.hook.LoopHot(vm, &Frame{Code: ci.code, Base: f.base,
						RegsOffset: uint32(vm.stackRef) + gc.HeaderSize + uint32(f.base)*gc.ValueSize}, t); ok {
						t = npc
						if vm.jitFrameSwitched(f) { // the JIT pushed a callee's frame (jitframe.go)
							f = vm.topFrame()
							goto loadf
						}
					}
				}
				if vm.runDepth == 1 && vm.collectDue() {
					vm.heap.MaybeCollect()
				}
				if atomic.LoadUint32(vm.intr.word) != 0 {
					if err = vm.interruptAt(ci, pc); err != nil {
						reraise = true
						goto handle
					}
				}
			}
			pc = t
			continue
		case bytecode.JUMPIFTRUE, bytecode.JUMPIFFALSE:
			v := R[ins.A()]
			var t bool
			switch v.Tag() {
			case gc.TagBool:
				t = v.Bits() != 0
			case gc.TagInt:
				t = v.Int() != 0
			case gc.TagNone:
				t = false
			case TagObject:
				// `while q:` on a deque: the native type's Go __len__,
				// which truth would call first
				if n := vm.typeAt(vm.slot(v.Ref(), instType).Ref()).nat; n != nil && n.length != nil {
					t = n.length(vm, v) > 0
				} else if t, err = vm.truth(v); err != nil {
					goto handle
				}
			default:
				if t, err = vm.truth(v); err != nil {
					goto handle
				}
			}
			if t == (ins.Op() == bytecode.JUMPIFTRUE) {
				tgt := int(ins.Bx())
				if tgt <= pc {
					// A while loop's back-edge: as JUMP's.
					ci.counts[pc]++
					if vm.hook != nil && ci.counts[pc] >= uint32(vm.hookThreshold) {
						ci.counts[pc] = 0
						f.pc = pc
						if npc, ok := vm.hook.LoopHot(vm, &Frame{Code: ci.code, Base: f.base,
							RegsOffset: uint32(vm.stackRef) + gc.HeaderSize + uint32(f.base)*gc.ValueSize}, tgt); ok {
							tgt = npc
							if vm.jitFrameSwitched(f) { // the JIT pushed a callee's frame (jitframe.go)
								f = vm.topFrame()
								goto loadf
							}
						}
					}
					if vm.runDepth == 1 && vm.collectDue() {
						vm.heap.MaybeCollect()
					}
					if atomic.LoadUint32(vm.intr.word) != 0 {
						if err = vm.interruptAt(ci, pc); err != nil {
							reraise = true
							goto handle
						}
					}
				}
				pc = tgt
				continue
			}
		case bytecode.GETITER:
			if pc+1 < len(code) && code[pc+1].Op() == bytecode.YIELDFROM && vm.asyncT != nil && vm.asyncTypeOf(R[ins.B()]) == vm.asyncT.coroutine {
				err = vm.raise("TypeError", "cannot 'yield from' a coroutine object in a non-coroutine generator")
				goto handle
			}
			if x, err = vm.getIter(R[ins.B()]); err != nil {
				goto handle
			}
			R[ins.A()] = x
			if ins.Spare() != 0 {
				vm.genTakeOwnership(x, ci, f.base, pc)
			}
		case bytecode.ENDFOR:
			vm.endFor(R[ins.A()])
		case bytecode.FORITER:
			it := R[ins.A()]
			if it.Tag() == TagIter {
				r := it.Ref()
				switch vm.kindOf(r) {
				case kindRangeIter:
					cur := int64(vm.rawU64(r, 0, 0))
					stop := int64(vm.rawU64(r, 0, 1))
					step := int64(vm.rawU64(r, 0, 2))
					if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
						R[ins.A()+1] = gc.Int(cur)
						vm.setRawU64(r, 0, 0, uint64(cur+step))
						goto next
					}
					pc = vm.forIterExit(ci, f, pc, int(ins.Bx()))
					if vm.jitFrameSwitched(f) {
						f = vm.topFrame()
						goto loadf
					}
					continue
				case kindListIter:
					lst := vm.slot(r, 0)
					ip := vm.iterIdx(r)
					if i := *ip; !lst.IsEmpty() {
						if n := vm.listN(lst); i < n {
							data := vm.listData(lst)
							x = *vm.valAt(data, i)
							R[ins.A()+1] = x
							// in a list of objects, the object a few items
							// on (fastlist.go prefetchAhead)
							if j := i + prefetchAhead; x.Tag() >= gc.TagRef && j < n {
								if v := vm.valAt(data, j); v.Tag() >= gc.TagRef {
									gc.Prefetch(vm.refAddr(v.Ref()))
								}
							}
							*ip = i + 1
							goto next
						}
					}
					vm.setSlot(r, 0, vEmpty)
					pc = vm.forIterExit(ci, f, pc, int(ins.Bx()))
					if vm.jitFrameSwitched(f) {
						f = vm.topFrame()
						goto loadf
					}
					continue
				case kindTupleIter:
					// as a list's, and an item that is a tuple of the
					// size of the UNPACK after it (`for dr, dc in ((1, 0),
					// (0, 1))`) goes straight to its registers
					tup := vm.slot(r, 0)
					ip := vm.iterIdx(r)
					if i := *ip; !tup.IsEmpty() {
						if i < int64(vm.numSlots(tup.Ref())) {
							x = vm.slot(tup.Ref(), int(i))
							R[ins.A()+1] = x
							*ip = i + 1
							if nx := code[pc+1]; nx.Op() == bytecode.UNPACK && nx.B() == ins.A()+1 && x.Tag() == TagTuple &&
								vm.numSlots(x.Ref()) == nx.C() {
								for j := 0; j < nx.C(); j++ {
									R[nx.A()+j] = vm.slot(x.Ref(), j)
								}
								if countFused {
									vm.steps++ // the instruction fused with this one
								}
								pc += 2
								continue
							}
							goto next
						}
					}
					vm.setSlot(r, 0, vEmpty)
					pc = vm.forIterExit(ci, f, pc, int(ins.Bx()))
					if vm.jitFrameSwitched(f) {
						f = vm.topFrame()
						goto loadf
					}
					continue
				case kindDictIIter, kindEnumerate, kindZip:
					// `for a, b in d.items()/enumerate/zip`: the pair goes
					// straight to the UNPACK's registers (forpair.go).
					if nx := code[pc+1]; nx.Op() == bytecode.UNPACK && nx.C() == 2 && nx.B() == ins.A()+1 {
						a, b, ok, handled, perr := vm.nextPair(r)
						if perr != nil {
							err = perr
							goto handle
						}
						if handled {
							if !ok {
								pc = vm.forIterExit(ci, f, pc, int(ins.Bx()))
								if vm.jitFrameSwitched(f) {
									f = vm.topFrame()
									goto loadf
								}
								continue
							}
							R[nx.A()], R[nx.A()+1] = a, b
							if countFused {
								vm.steps++ // the instruction fused with this one
							}
							pc += 2
							continue
						}
					}
				case kindStrIter:
					// An ASCII character is one of the cached one-char
					// strs; anything else takes next.
					if s, i := vm.str(vm.slot(r, 0)), vm.rawU64(r, 1, 0); i < uint64(len(s)) && s[i] < 0x80 {
						R[ins.A()+1] = vm.charStrs[s[i]]
						vm.setRawU64(r, 1, 0, i+1)
						goto next
					}
				case kindGenerator:
					// Resume the generator in this loop (geninline.go):
					// its yield comes back to pc+1, its return to the exit.
					var nf *frame
					if nf, err = vm.genEnterFor(it, f, pc, ins.A()); err != nil {
						goto handle
					}
					if nf != nil {
						f = nf
						goto loadf
					}
				}
			}
			{
				var ok bool
				if x, ok, err = vm.next(it); err != nil {
					goto handle
				}
				if !ok {
					pc = vm.forIterExit(ci, f, pc, int(ins.Bx()))
					if vm.jitFrameSwitched(f) {
						f = vm.topFrame()
						goto loadf
					}
					continue
				}
				R[ins.A()+1] = x
			}
		case bytecode.CALL, bytecode.CALLMETHOD:
			a := ins.A()
			fnv := R[a]
			if fnv.Tag() == TagFunc && ins>>40&0xffff == 0 {
				// A Python function called with positional arguments only
				// (fib(n - 1), self.m(x) after LOADMETHOD): when they are
				// exactly its parameters and nothing is pending, the
				// frame is pushed here with the fewest loads; anything
				// else goes on below (docs/vm.md "Interpreter speed
				// (session 15)").
				cci := vm.codeOf(fnv)
				nargs := ins.B()
				nb := f.base + a + 1
				if ins.Op() == bytecode.CALLMETHOD {
					// LOADMETHOD left self in R[a+1], or empty there
					// when it found no method to bind
					if R[a+1].IsEmpty() {
						nb++
					} else {
						nargs++
					}
				}
				k := vm.nframes
				if nargs == int(cci.exactArgs) && nb+int(cci.nregs)+256 <= stackSize && k < vm.recLimit &&
					atomic.LoadUint32(vm.intr.word) == 0 {
					var nf *frame
					if k&(1<<frameChunkBits-1) != 0 {
						// f is record k-1: the new one follows it in its chunk
						nf = (*frame)(unsafe.Add(unsafe.Pointer(f), unsafe.Sizeof(frame{})))
					} else if k>>frameChunkBits < len(vm.frames) {
						nf = &vm.frames[k>>frameChunkBits][0]
					}
					if nf != nil {
						// Clear the registers after the arguments, two per
						// store pair (not clear(): Go makes that a memclr
						// call, which spills the loop's registers).
						p := unsafe.Add(unsafe.Pointer(unsafe.SliceData(vm.regs)), uintptr(nb+nargs)*gc.ValueSize)
						n := int(cci.nregs) - nargs
						for ; n >= 2; n -= 2 {
							*(*[2]gc.Value)(p) = [2]gc.Value{}
							p = unsafe.Add(p, 2*gc.ValueSize)
						}
						if n > 0 {
							*(*gc.Value)(p) = gc.Value{}
						}
						f.pc = pc
						nf.ci, nf.pc, nf.base, nf.top = cci, 0, nb, max(nb+int(cci.nregs), f.top)
						nf.fn, nf.globals, nf.locals = fnv, vm.slot(fnv.Ref(), fnGlobals), gc.Value{}
						nf.ret, nf.entry, nf.gen, nf.initObj = f.base+a, false, gc.Value{}, gc.Value{}
						vm.nframes = k + 1
						if cci.hasFree {
							vm.loadFreevars(fnv, cci, nb)
						}
						if vm.runDepth == 1 && vm.collectDue() {
							vm.heap.MaybeCollect()
						}
						f, ci = nf, cci
						goto enter
					}
				}
			}
			nargs := ins.B()
			argStart := a + 1
			if ins.Op() == bytecode.CALLMETHOD {
				if R[a+1].IsEmpty() {
					argStart = a + 2
				} else {
					nargs++
				}
			}
			var kw []string
			if ins.C() != 0 {
				kw = ci.kwnames[ins.C()-1]
			}
			if fnv.Tag() == TagMethod && ins.Op() == bytecode.CALL {
				// Bound method: put self before the arguments when there
				// is a free register (R[A] itself).
				r := fnv.Ref()
				R[a] = vm.slot(r, 1)
				fnv = vm.slot(r, 0)
				argStart = a
				nargs++
			}
			initObj := vEmpty
			if fnv.Tag() == TagType && argStart > a {
				if t := vm.typeOfRef(fnv.Ref()); t.inst == TagObject && !t.isExc && t.builtinBase == nil && t.meta == nil {
					if t.initVer != t.version {
						t.initVer, t.initFn = t.version, vEmpty
						if init, ok := vm.lookup(t, vm.s__init__); ok && init.Tag() == TagFunc {
							if nw, _ := vm.lookup(t, vm.s__new__); nw.Tag() == TagBuiltin {
								t.initFn = init
							}
						}
					}
					if !t.initFn.IsEmpty() {
						initObj = vm.newInstance(t)
						argStart--
						R[argStart] = initObj
						nargs++
						fnv = t.initFn
					}
				}
			}
			if fnv.Tag() == TagFunc {
				cci := vm.codeOf(fnv)
				nb := f.base + argStart
				if cci.isGen {
					f.pc = pc
					if x, err = vm.callFunction(fnv, R[argStart:argStart+nargs], kw, vEmpty); err != nil {
						goto handle
					}
					vm.genMarkCreator(x, ci, f.base, pc)
					R[a] = x
					break
				}
				if nb+int(cci.nregs)+256 > stackSize {
					// no room for the callee's registers
					err = vm.raise("RecursionError", "maximum recursion depth exceeded")
					goto handle
				}
				if kw == nil && nargs == int(cci.exactArgs) {
					// A plain loop: frames are small, and clear() would
					// call memclr for a handful of words. (gc.Value{} is
					// the empty value as a constant: vEmpty is a variable.)
					// Not `for i := range rest`: Go turns that form into
					// a memclrNoHeapPointers call (4% of fib).
					// Two registers per 16-byte store pair, no bounds
					// checks (the room was checked above).
					p := unsafe.Add(unsafe.Pointer(unsafe.SliceData(vm.regs)), uintptr(nb+nargs)*gc.ValueSize)
					n := int(cci.nregs) - nargs
					for ; n >= 2; n -= 2 {
						*(*[2]gc.Value)(p) = [2]gc.Value{}
						p = unsafe.Add(p, 2*gc.ValueSize)
					}
					if n > 0 {
						*(*gc.Value)(p) = gc.Value{}
					}
				} else {
					if err = vm.bindArgs(fnv, cci, vm.regs[nb:nb+nargs], kw, nb); err != nil {
						goto handle
					}
				}
				f.pc = pc
				if atomic.LoadUint32(vm.intr.word) != 0 {
					if err = vm.interruptCall(ci, pc); err != nil {
						goto handle
					}
				}
				var nf *frame
				if k := vm.nframes; k < vm.recLimit && k>>frameChunkBits < len(vm.frames) {
					// pushCall written out (run is too big for Go to
					// inline it; the call spilled the loop's registers):
					// the stack room was checked above.
					nf = &vm.frames[k>>frameChunkBits][k&(1<<frameChunkBits-1)]
					nf.ci, nf.pc, nf.base, nf.top = cci, 0, nb, max(nb+int(cci.nregs), f.top)
					nf.fn, nf.globals, nf.locals = fnv, vm.slot(fnv.Ref(), fnGlobals), gc.Value{}
					nf.ret, nf.entry, nf.gen, nf.initObj = f.base+a, false, gc.Value{}, initObj
					vm.nframes = k + 1
				} else if nf, err = vm.pushCall(cci, nb, fnv, f, f.base+a, initObj); err != nil {
					goto handle
				}
				if cci.hasFree {
					vm.loadFreevars(fnv, cci, nb)
				}
				if vm.runDepth == 1 && vm.collectDue() {
					vm.heap.MaybeCollect()
				}
				f, ci = nf, cci
				goto enter
			}
			f.pc = pc
			if fnv.Tag() == TagType && fnv.Ref() == vm.tRange.ref && kw == nil && ins.Op() == bytecode.CALL && pc+1 < len(code) {
				// `for x in range(...)`: the iterator without the range
				// object (fastset.go)
				if it, ok := vm.rangeIterFast(R[argStart:argStart+nargs], code[pc+1], a); ok {
					R[code[pc+1].A()], R[a] = it, it
					if countFused {
						vm.steps++ // the instruction fused with this one
					}
					pc += 2
					continue
				}
			}
			if fnv.Tag() == TagBuiltin && kw == nil && (ins.Op() == bytecode.CALL || argStart == a+2) {
				// len(x), ord(c), random.random() (a CALLMETHOD that
				// LOADMETHOD found no self for): the function this site
				// called last time, or find it (fastcall.go)
				if c := &ci.attrs[pc]; c.bmeth == fnv && c.bn < 0 {
					x, err = c.bfn(vm, R[argStart:argStart+nargs], nil)
				} else {
					x, err = vm.callBuiltinAt(c, fnv, R[argStart:argStart+nargs])
				}
				if err != nil {
					goto handle
				}
				R[a] = x
				break
			}
			if fnv.Tag() == TagBuiltin && argStart == a+1 && kw == nil && ins.Op() == bytecode.CALLMETHOD {
				if fnv == vm.listAppendFn && nargs == 2 && R[argStart].Tag() == TagList {
					// lst.append(x) on an exact list: no call at all.
					vm.listAppend(R[argStart], R[argStart+1])
					R[a] = vNone
					break
				}
				var ok bool
				if c := &ci.attrs[pc]; c.bmeth == fnv && c.btag == R[argStart].Tag() && int(c.bn) == nargs &&
					(c.btype == nil || vm.typeAt(vm.slot(R[argStart].Ref(), instType).Ref()) == c.btype) {
					// the function this site called last time (fastcall.go)
					if x, err = c.bfn(vm, R[argStart:argStart+nargs], nil); err != nil {
						goto handle
					}
					R[a] = x
					break
				}
				if x, ok, err = vm.callBuiltinMethodAt(&ci.attrs[pc], fnv, R[argStart:argStart+nargs]); ok {
					if err != nil {
						goto handle
					}
					R[a] = x
					break
				}
			}
			if x, err = vm.callValue(fnv, R[argStart:argStart+nargs], kw); err != nil {
				goto handle
			}
			R[a] = x
		case bytecode.CALLEX:
			a := ins.A()
			f.pc = pc
			if x, err = vm.callEx(R[a], R[a+1], R[a+2]); err != nil {
				goto handle
			}
			R[a] = x
		case bytecode.RETURN:
			x = R[ins.A()]
			if f.entry {
				vm.popFrame()
				return x, nil
			}
			if !f.gen.IsEmpty() {
				// A generator resumed by a for loop finished: the loop
				// is exhausted (the return value is dropped, as the
				// StopIteration a for loop swallows).
				vm.genFinishInline(f, false)
				vm.popFrame()
				f = vm.topFrame()
				if npc := vm.forIterExit(f.ci, f, f.pc, int(f.ci.instrs[f.pc].Bx())); !vm.jitFrameSwitched(f) {
					f.pc = npc
				} else {
					f = vm.topFrame() // the JIT pushed a callee's frame (jitframe.go)
				}
				goto loadf
			}
			if !f.initObj.IsEmpty() {
				if x.Tag() != gc.TagNone {
					// raised in the caller, at its call: CPython's
					// traceback has no line of __init__ for it
					vm.popFrame()
					f = vm.topFrame()
					pc = f.pc
					err = vm.raise("TypeError", "__init__() should return None, not '%s'", vm.typeOf(x).Name)
					goto handle
				}
				x = f.initObj
			}
			ret := f.ret
			k := vm.nframes - 1
			vm.nframes = k
			vm.regs[ret] = x
			if k&(1<<frameChunkBits-1) != 0 {
				// the caller's record is the one before f in its chunk
				f = (*frame)(unsafe.Add(unsafe.Pointer(f), -int(unsafe.Sizeof(frame{}))))
			} else {
				f = vm.frameAt(k - 1)
			}
			f.pc++
			goto loadf
		case bytecode.BUILDTUPLE:
			R[ins.A()] = vm.newTuple(R[ins.B() : ins.B()+ins.C()])
		case bytecode.BUILDLIST:
			R[ins.A()] = vm.newList(R[ins.B():ins.B()+ins.C()], 0)
		case bytecode.BUILDSET:
			s := vm.newDictTag(TagSet, ins.C())
			for _, v := range R[ins.B() : ins.B()+ins.C()] {
				if err = vm.dictSet(s, v, vNone); err != nil {
					goto handle
				}
			}
			R[ins.A()] = s
		case bytecode.BUILDDICT:
			d := vm.newDictTag(TagDict, ins.C())
			for i := 0; i < ins.C(); i++ {
				if err = vm.dictSet(d, R[ins.B()+2*i], R[ins.B()+2*i+1]); err != nil {
					goto handle
				}
			}
			R[ins.A()] = d
		case bytecode.BUILDSLICE:
			// `a[lo:hi]`: with the GETITEM that reads it, without the
			// slice object when it can (fastslice.go)
			if nx := code[pc+1]; ins.C() == 2 && nx.Op() == bytecode.GETITEM && nx.C() == ins.A() {
				if x, ok := vm.sliceFast(R[nx.B()], R[ins.B()], R[ins.B()+1]); ok {
					R[nx.A()] = x
					if countFused {
						vm.steps++ // the instruction fused with this one
					}
					pc += 2
					continue
				}
			}
			r := vm.alloc(kindSlice, 3, 0)
			vm.setSlot(r, 0, R[ins.B()])
			vm.setSlot(r, 1, R[ins.B()+1])
			if ins.C() == 3 {
				vm.setSlot(r, 2, R[ins.B()+2])
			} else {
				vm.setSlot(r, 2, vNone)
			}
			R[ins.A()] = mkref(TagSlice, r)
		case bytecode.BUILDSTRING:
			n := 0
			for _, v := range R[ins.B() : ins.B()+ins.C()] {
				n += len(vm.str(v))
			}
			buf := make([]byte, 0, n)
			for _, v := range R[ins.B() : ins.B()+ins.C()] {
				buf = append(buf, vm.str(v)...)
			}
			R[ins.A()] = vm.newStr(string(buf))
		case bytecode.FORMAT:
			spec := ""
			if ins.C() != 0xffff {
				spec = vm.str(R[ins.C()])
			}
			if x, err = vm.formatValue(R[ins.B()], ins.Spare(), spec); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.LISTAPPEND:
			vm.listAppend(R[ins.A()], R[ins.B()])
		case bytecode.LISTEXTEND:
			if src := R[ins.B()]; src.Tag() != TagList && src.Tag() != TagTuple && !vm.isIterable(src) {
				err = vm.raise("TypeError", "Value after * must be an iterable, not %s", vm.typeOf(src).Name)
				goto handle
			}
			if err = vm.listExtend(R[ins.A()], R[ins.B()]); err != nil {
				goto handle
			}
		case bytecode.SETADD:
			if err = vm.dictSet(R[ins.A()], R[ins.B()], vNone); err != nil {
				goto handle
			}
		case bytecode.SETUPDATE:
			if err = vm.setUpdate(R[ins.A()], R[ins.B()]); err != nil {
				goto handle
			}
		case bytecode.DICTSET:
			if err = vm.dictSet(R[ins.A()], R[ins.B()], R[ins.C()]); err != nil {
				goto handle
			}
		case bytecode.DICTUPDATE:
			if err = vm.displayUpdate(R[ins.A()], R[ins.B()]); err != nil {
				goto handle
			}
		case bytecode.DICTMERGE:
			if err = vm.dictMerge(R[ins.A()], R[ins.B()], R[ins.A()-2]); err != nil {
				goto handle
			}
		case bytecode.LISTTOTUPLE:
			R[ins.A()] = vm.newTuple(vm.listItems(R[ins.B()]))
		case bytecode.UNPACK:
			if v := R[ins.B()]; v.Tag() == TagTuple && vm.numSlots(v.Ref()) == ins.C() {
				// an exact tuple of the right size (`r, c = q.popleft()`)
				for j := 0; j < ins.C(); j++ {
					R[ins.A()+j] = vm.slot(v.Ref(), j)
				}
				break
			}
			if err = vm.unpack(R[ins.B()], R[ins.A():ins.A()+ins.C()]); err != nil {
				goto handle
			}
		case bytecode.UNPACKEX:
			if err = vm.unpackEx(R[ins.B()], R[ins.A():ins.A()+ins.C()], int(ins.Spare())); err != nil {
				goto handle
			}
		case bytecode.MAKEFUNCTION:
			c := ins.C()
			fci := vm.codeInfoOf(ci.code.Consts[ins.B()].(*bytecode.Code))
			fn := vm.newFunction(fci, f.globals, orNone(R[c]), orNone(R[c+1]), orNone(R[c+3]))
			if !R[c+2].IsEmpty() {
				vm.setSlot(fn.Ref(), fnAnnotations, R[c+2])
			}
			R[ins.A()] = fn
		case bytecode.MAKECELL:
			if ins.A() == ins.B() {
				R[ins.A()] = vm.newCell(vEmpty)
			} else {
				R[ins.A()] = vm.newCell(R[ins.B()])
			}
		case bytecode.LOADCLOSURE:
			R[ins.A()] = R[ci.code.CellBase+ins.B()]
		case bytecode.LOADBUILDCLASS:
			R[ins.A()], _ = vm.dictGetStr(vm.builtins, vm.intern("__build_class__"))
		case bytecode.IMPORTNAME:
			if x, err = vm.importName(vm.str(consts[ins.B()]), f.globals, R[ins.C()], int(ins.Spare())); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.IMPORTFROM:
			if x, err = vm.importFrom(R[ins.B()], consts[ins.C()]); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.IMPORTSTAR:
			ns := f.locals
			if ns.IsEmpty() {
				ns = f.globals
			}
			if err = vm.importStar(R[ins.A()], ns); err != nil {
				goto handle
			}
		case bytecode.RAISE:
			if ins.A() == 0xffff {
				if vm.handled.IsEmpty() || vm.handled.Tag() == gc.TagNone {
					err = vm.raise("RuntimeError", "No active exception to reraise")
					goto handle
				}
				vm.exc = vm.handled
				err = errRaised
				reraise = true // a bare raise adds no traceback entry (CPython's do_raise)
				goto handle
			}
			cause := vEmpty
			if ins.B() != ins.A() {
				cause = R[ins.B()]
			}
			err = vm.raiseValue(R[ins.A()], cause)
			goto handle
		case bytecode.RERAISE:
			vm.exc = R[ins.A()]
			err = errRaised
			reraise = true
			goto handle
		case bytecode.CHECKEXCMATCH:
			var t bool
			if t, err = vm.excMatches(R[ins.B()], R[ins.C()]); err != nil {
				goto handle
			}
			R[ins.A()] = gc.Bool(t)
		case bytecode.CHECKEGMATCH:
			if err = vm.checkEGMatch(R[ins.A():ins.A()+2], R[ins.B()], R[ins.C()]); err != nil {
				goto handle
			}
		case bytecode.PREPRERAISESTAR:
			if x, err = vm.prepReraiseStar(R[ins.B()], R[ins.C()]); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.POPEXCEPT:
			vm.handled = R[ins.A()]
		case bytecode.PUSHEXCINFO:
			prev := vm.handled
			if prev.IsEmpty() {
				prev = vNone
			}
			R[ins.A()] = prev
			vm.handled = R[ins.B()]
		case bytecode.WITHENTER:
			if err = vm.withEnter(R[ins.B():ins.B()+2], &R[ins.A()]); err != nil {
				goto handle
			}
		case bytecode.WITHEXIT:
			if x, err = vm.withExit(R[ins.B()+1], R[ins.C()]); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.YIELDVALUE:
			x = R[ins.B()]
			if !f.entry {
				// resumed by a for loop: back to its body
				f = vm.genYieldToLoop(f, pc, x)
				goto loadf
			}
			if d := vm.drain; d != nil && d.gen == f.gen && d.take(x) {
				// a builtin's fast step took x (gendrain.go): go on
				R[ins.A()] = vNone
				break
			}
			vm.genSuspend(f, pc)
			vm.popFrame()
			return x, nil
		case bytecode.YIELDFROM:
			{
				// First step only: a resumed generator delegates in Go
				// (gen.go) and continues after this instruction.
				var done bool
				f.pc = pc
				if x, done, err = vm.yieldFromFirst(R[ins.B()]); err != nil {
					goto handle
				}
				if done {
					R[ins.A()] = x
					break
				}
				if !f.entry {
					f = vm.genYieldToLoop(f, pc, x)
					goto loadf
				}
				vm.genSuspend(f, pc)
				vm.popFrame()
				return x, nil
			}
		case bytecode.SETUPANNOTATIONS:
			d := f.locals
			if d.IsEmpty() {
				d = f.globals
			}
			if _, ok := vm.dictGetStr(d, vm.intern("__annotations__")); !ok {
				vm.dictSet(d, vm.intern("__annotations__"), vm.newDict())
			}
		case bytecode.ASSERTFAIL:
			if ins.A() == 0xffff {
				err = vm.raiseValue(vm.excTypes["AssertionError"].Value(), vEmpty)
			} else {
				var e gc.Value
				if e, err = vm.callValue(vm.excTypes["AssertionError"].Value(), R[ins.A():ins.A()+1], nil); err == nil {
					err = vm.raiseValue(e, vEmpty)
				}
			}
			goto handle
		case bytecode.PRINTEXPR:
			if v := R[ins.A()]; v.Tag() != gc.TagNone {
				var s string
				if s, err = vm.reprOf(v); err != nil {
					goto handle
				}
				vm.stdout.WriteString(s + "\n")
				// as sys.displayhook: the last value shown is builtins._
				if err = vm.dictSet(vm.builtins, vm.intern("_"), v); err != nil {
					goto handle
				}
			}
		case bytecode.LOADEMPTY:
			R[ins.A()] = vEmpty
		case bytecode.LOADCLASSDEREF:
			if f.locals.Tag() == TagObject {
				var found bool
				if x, found, err = vm.nsGet(f.locals, consts[ins.C()]); err != nil {
					goto handle
				}
				if found {
					R[ins.A()] = x
					break
				}
			} else if !f.locals.IsEmpty() {
				if v, ok := vm.dictGetStr(f.locals, consts[ins.C()]); ok {
					R[ins.A()] = v
					break
				}
			}
			x = vm.slot(R[ci.code.CellBase+ins.B()].Ref(), 0)
			if x.IsEmpty() {
				err = vm.raise("NameError", "cannot access free variable '%s' where it is not associated with a value in enclosing scope", vm.str(consts[ins.C()]))
				goto handle
			}
			R[ins.A()] = x
		case bytecode.MATCHSEQUENCE:
			switch R[ins.B()].Tag() {
			case TagList, TagTuple, TagRange:
				R[ins.A()] = vTrue
			default:
				R[ins.A()] = vFalse
			}
		case bytecode.MATCHMAPPING:
			R[ins.A()] = gc.Bool(R[ins.B()].Tag() == TagDict)
		case bytecode.MATCHKEYS:
			if x, err = vm.matchKeys(R[ins.B()], R[ins.C()]); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.MATCHCLASS:
			if x, err = vm.matchClass(R[ins.B()], R[ins.B()+1], R[ins.B()+2], ins.C()); err != nil {
				goto handle
			}
			R[ins.A()] = x
		case bytecode.COPYDICTWITHOUTKEYS:
			d := vm.dictCopy(R[ins.B()], TagDict)
			for _, k := range vm.tupleItems(R[ins.C()]) {
				if _, _, err = vm.dictDel(d, k); err != nil {
					goto handle
				}
			}
			R[ins.A()] = d
		case bytecode.GETLEN:
			var n int
			if n, err = vm.length(R[ins.B()]); err != nil {
				goto handle
			}
			R[ins.A()] = gc.Int(int64(n))
		case bytecode.GETAWAITABLE: // async.go
			if R[ins.A()], err = vm.getAwaitable(R[ins.B()], int(ins.Spare())); err != nil {
				goto handle
			}
		case bytecode.GETAITER:
			if R[ins.A()], err = vm.getAIter(R[ins.B()]); err != nil {
				goto handle
			}
		case bytecode.GETANEXT:
			if R[ins.A()], err = vm.getANext(R[ins.B()]); err != nil {
				goto handle
			}
		case bytecode.ENDASYNCFOR:
			if err = vm.endAsyncFor(R[ins.A()]); err != nil {
				reraise = true
				goto handle
			}
		case bytecode.ASYNCWITHENTER:
			if err = vm.asyncWithEnter(R[ins.B():ins.B()+2], &R[ins.A()]); err != nil {
				goto handle
			}
		default:
			err = vm.raise("SystemError", "unsupported opcode %s", ins.Op())
			goto handle
		}
	next:
		pc++
		continue
	handle:
		// An exception is in vm.exc: record this frame in its traceback
		// (not for a re-raise), then find a handler here or in a caller.
		// The handler is entered through loadf, so that ci, code, consts
		// and R are assigned only there: the loop header then carries
		// only pc, and Go no longer spills the frame state to the stack at
		// every instruction (docs/vm.md "The loop and calls").
		for {
			if !reraise {
				vm.addTraceback(vm.exc, f.ci, pc)
			}
			reraise = false
			h := findHandler(f.ci.code, pc)
			if vm.ownedGens > 0 {
				vm.closeLoopsOnUnwind(f, pc, h)
			}
			if h != nil {
				vm.regs[f.base+int(h.Reg)] = vm.exc
				vm.exc = vEmpty
				err = nil
				f.pc = int(h.Target)
				goto loadf
			}
			if f.entry {
				vm.popFrame()
				return vEmpty, errRaised
			}
			if !f.gen.IsEmpty() {
				vm.genFinishInline(f, true)
			}
			vm.popFrame()
			f = vm.topFrame()
			pc = f.pc
		}
	}
}

// orNone maps the empty value to None.
func orNone(v gc.Value) gc.Value {
	if v.IsEmpty() {
		return vNone
	}
	return v
}

// findHandler returns the innermost handler covering pc.
func findHandler(c *bytecode.Code, pc int) *bytecode.Handler {
	var best *bytecode.Handler
	for i := range c.Handlers {
		h := &c.Handlers[i]
		if uint32(pc) >= h.Start && uint32(pc) < h.End {
			if best == nil || h.End-h.Start < best.End-best.Start {
				best = h
			}
		}
	}
	return best
}

// loadFreevars copies the closure's cells into the frame's free registers.
func (vm *VM) loadFreevars(fn gc.Value, ci *codeInfo, base int) {
	cl := vm.slot(fn.Ref(), fnClosure)
	if cl.Tag() != TagTuple {
		return
	}
	items := vm.tupleItems(cl)
	off := base + ci.code.CellBase + len(ci.code.Cellvars)
	copy(vm.regs[off:off+len(items)], items)
}

// loadGlobal looks a name up in globals, then builtins.
func (vm *VM) loadGlobal(g, name gc.Value) (gc.Value, error) {
	if v, ok := vm.dictGetStr(g, name); ok {
		return v, nil
	}
	if v, ok := vm.dictGetStr(vm.builtins, name); ok {
		return v, nil
	}
	return vEmpty, vm.raiseNameError(g, name)
}

func (vm *VM) unboundLocal(name string) error {
	return vm.raise("UnboundLocalError", "cannot access local variable '%s' where it is not associated with a value", name)
}

func (vm *VM) unboundDeref(ci *codeInfo, k int) error {
	c := ci.code
	if k < len(c.Cellvars) {
		return vm.unboundLocal(c.Cellvars[k])
	}
	return vm.raise("NameError", "cannot access free variable '%s' where it is not associated with a value in enclosing scope", c.Freevars[k-len(c.Cellvars)])
}

// is implements the is operator. Immediates (floats included) compare by
// their tag and bits, so a float NaN is itself, as the same float object is
// in CPython; 0.0 and -0.0 differ.
func (vm *VM) is(a, b gc.Value) bool {
	return a == b
}

// compareOrdered applies comparison opcode op (LT, LE, GT, GE, EQ or NE) to
// two machine numbers: the int/int and float/float fast paths of the
// comparison instructions.
func compareOrdered[T int64 | float64](op bytecode.Op, p, q T) bool {
	switch op {
	case bytecode.LT:
		return p < q
	case bytecode.LE:
		return p <= q
	case bytecode.GT:
		return p > q
	case bytecode.GE:
		return p >= q
	case bytecode.EQ:
		return p == q
	}
	return p != q
}
