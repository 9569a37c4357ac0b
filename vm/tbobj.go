// tbobj.go holds traceback and frame objects as Python sees them:
// exc.__traceback__, sys.exc_info()[2], with_traceback(), tb_next,
// tb_frame, types.TracebackType and types.FrameType.
//
// The VM itself never needs them: unwinding appends (code, pc) entries to
// the exception's Go side (excTB, exc.go), and reports print from those.
// A chain of traceback objects is built only when a program asks for one,
// and cached in the exception's excTBSlot together with the number of
// entries it covers (excTB.built). Entries recorded later, as the
// exception travels outward, are wrapped around the cached chain, so the
// inner traceback objects keep their identity as in CPython, where each
// frame the exception leaves prepends one object to the chain. Assigning
// __traceback__ (or with_traceback) replaces the entries by those of the
// assigned chain, so reports and later re-raises follow it.
//
// Frames are snapshots, not live frames: a frame object holds its code,
// the line and instruction it stood at, and f_back when the outer frame
// is in the same chain (docs/vm.md "Traceback and frame objects").

package vm

import (
	"fmt"

	"github.com/hotloop/hotloop/gc"
)

// Slots of traceback and frame objects (0 and 1 are every instance's).
const (
	tbNextSlot  = 2
	tbFrameSlot = 3
	tbNumSlots  = 4

	frameBackSlot    = 2
	frameGlobalsSlot = 3 // live snapshots only (sys._getframe)
	frameLocalsSlot  = 4
	frameNumSlots    = 5
)

// tbSide is the Go side of a traceback object: its entry.
type tbSide struct {
	ent tbEntry
}

// frameSide is the Go side of a frame object.
type frameSide struct {
	ci   *codeInfo
	line int
	pc   int
}

// initTracebackTypes creates the types "traceback" and "frame".
func (vm *VM) initTracebackTypes() {
	tt := vm.newType("traceback", []*Type{vm.tObject}, TagObject)
	tt.native, tt.noSubcls, tt.restricted = true, true, true
	tt.nslots = tbNumSlots
	vm.tTraceback = tt
	ft := vm.newType("frame", []*Type{vm.tObject}, TagObject)
	ft.native, ft.noSubcls, ft.restricted = true, true, true
	ft.nslots = frameNumSlots
	vm.tFrame = ft
	for _, t := range []*Type{tt, ft} {
		vm.nativeMethods(t, t.Name, map[string]bfunc{
			"__init__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				return vEmpty, vm.raise("TypeError", "cannot create '%s' instances", vm.typeOf(args[0]).Name)
			},
		})
	}
	// readOnly is the setter of a read-only attribute: CPython's message
	// for its member descriptors.
	// (getset descriptors say "not writable", members "readonly").
	readOnly := func(tname, name string) bfunc {
		return func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if name == "tb_frame" || name == "tb_lasti" {
				return vEmpty, vm.raise("AttributeError", "readonly attribute")
			}
			return vEmpty, vm.raise("AttributeError", "attribute '%s' of '%s' objects is not writable", name, tname)
		}
	}

	tbOf := func(args []gc.Value) (*tbSide, error) {
		if len(args) > 0 && args[0].Tag() == TagObject && vm.typeOf(args[0]) == tt {
			if s, ok := vm.heap.Side(args[0].Ref()).(*tbSide); ok {
				return s, nil
			}
		}
		return nil, vm.raise("TypeError", "descriptor requires a 'traceback' object")
	}
	vm.nativeGetter(tt, "tb_next", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if _, err := tbOf(args); err != nil {
			return vEmpty, err
		}
		return vm.slot(args[0].Ref(), tbNextSlot), nil
	}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if _, err := tbOf(args); err != nil {
			return vEmpty, err
		}
		if len(args) < 2 {
			return vEmpty, vm.raise("TypeError", "can't delete tb_next attribute")
		}
		next := args[1]
		if next.Tag() != gc.TagNone && !vm.isTraceback(next) {
			return vEmpty, vm.raise("TypeError", "expected traceback object, got '%s'", vm.typeOf(next).Name)
		}
		for c := next; c.Tag() != gc.TagNone; c = vm.slot(c.Ref(), tbNextSlot) {
			if c == args[0] {
				return vEmpty, vm.raise("ValueError", "traceback loop detected")
			}
		}
		vm.setSlot(args[0].Ref(), tbNextSlot, next)
		return vNone, nil
	})
	vm.nativeGetter(tt, "tb_frame", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if _, err := tbOf(args); err != nil {
			return vEmpty, err
		}
		return vm.slot(args[0].Ref(), tbFrameSlot), nil
	}, readOnly("traceback", "tb_frame"))
	vm.nativeGetter(tt, "tb_lineno", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s, err := tbOf(args)
		if err != nil {
			return vEmpty, err
		}
		return gc.Int(int64(entryLine(s.ent))), nil
	}, readOnly("traceback", "tb_lineno"))
	vm.nativeGetter(tt, "tb_lasti", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s, err := tbOf(args)
		if err != nil {
			return vEmpty, err
		}
		return gc.Int(int64(2 * s.ent.pc)), nil
	}, readOnly("traceback", "tb_lasti"))

	frOf := func(args []gc.Value) (*frameSide, error) {
		if len(args) > 0 && args[0].Tag() == TagObject && vm.typeOf(args[0]) == ft {
			if s, ok := vm.heap.Side(args[0].Ref()).(*frameSide); ok {
				return s, nil
			}
		}
		return nil, vm.raise("TypeError", "descriptor requires a 'frame' object")
	}
	vm.nativeGetter(ft, "f_code", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s, err := frOf(args)
		if err != nil {
			return vEmpty, err
		}
		return vm.codeObject(s.ci), nil
	}, readOnly("frame", "f_code"))
	vm.nativeGetter(ft, "f_lineno", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s, err := frOf(args)
		if err != nil {
			return vEmpty, err
		}
		return gc.Int(int64(s.line)), nil
	}, readOnly("frame", "f_lineno"))
	vm.nativeGetter(ft, "f_lasti", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		s, err := frOf(args)
		if err != nil {
			return vEmpty, err
		}
		return gc.Int(int64(2 * s.pc)), nil
	}, readOnly("frame", "f_lasti"))
	vm.nativeGetter(ft, "f_back", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if _, err := frOf(args); err != nil {
			return vEmpty, err
		}
		return vm.slot(args[0].Ref(), frameBackSlot), nil
	}, readOnly("frame", "f_back"))
	for _, attr := range []struct {
		name string
		slot int
	}{{"f_globals", frameGlobalsSlot}, {"f_locals", frameLocalsSlot}} {
		vm.nativeGetter(ft, attr.name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if _, err := frOf(args); err != nil {
				return vEmpty, err
			}
			v := vm.slot(args[0].Ref(), attr.slot)
			if v.IsEmpty() || v.Tag() == gc.TagNone {
				// a traceback's or generator's frame: the VM keeps no
				// namespace of frames that are gone
				return vEmpty, vm.raise("AttributeError", "'frame' object has no attribute '%s'", attr.name)
			}
			return v, nil
		}, readOnly("frame", attr.name))
	}
	vm.nativeMethods(ft, "frame", map[string]bfunc{
		"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s, err := frOf(args)
			if err != nil {
				return vEmpty, err
			}
			c := s.ci.code
			return vm.newStr(fmt.Sprintf("<frame at %s, file '%s', line %d, code %s>", addr(args[0]), c.Filename, s.line, c.Name)), nil
		},
	})
}

// entryLine is the source line a traceback entry stands at.
func entryLine(ent tbEntry) int { return pcLine(ent.ci, ent.pc) }

// pcLine is the source line of ci's instruction pc, or the def line when
// pc is before the first instruction or past the last.
func pcLine(ci *codeInfo, pc int) int {
	c := ci.code
	if pc < 0 || pc >= len(c.Positions) {
		return c.FirstLine
	}
	return int(c.Positions[pc].Line)
}

// isTraceback reports whether v is a traceback object.
func (vm *VM) isTraceback(v gc.Value) bool {
	return v.Tag() == TagObject && vm.typeOf(v) == vm.tTraceback
}

// newFrameObject makes a frame snapshot of ci standing at line (and pc).
func (vm *VM) newFrameObject(ci *codeInfo, line, pc int) gc.Value {
	f := vm.newInstance(vm.tFrame)
	vm.setSlot(f.Ref(), frameBackSlot, vNone)
	vm.setSlot(f.Ref(), frameGlobalsSlot, vNone)
	vm.setSlot(f.Ref(), frameLocalsSlot, vNone)
	vm.heap.SetSide(f.Ref(), &frameSide{ci: ci, line: line, pc: pc})
	return f
}

// excTraceback is e.__traceback__: the chain of traceback objects for
// e's entries, outermost first, built (or extended outward) on demand.
func (vm *VM) excTraceback(e gc.Value) gc.Value {
	if e.Tag() != TagObject {
		return vNone
	}
	head := vm.slot(e.Ref(), excTBSlot)
	if head.IsEmpty() {
		head = vNone
	}
	tb, _ := vm.heap.Side(e.Ref()).(*excTB)
	if tb == nil {
		return head
	}
	if tb.built > len(tb.entries) {
		// entries were cut (contextlib's tb_truncate): start again
		tb.built, head = 0, vNone
	}
	if tb.built == len(tb.entries) {
		return head
	}
	var inner gc.Value // the frame of the chain's current head
	if head.Tag() != gc.TagNone {
		inner = vm.slot(head.Ref(), tbFrameSlot)
	}
	for _, ent := range tb.entries[tb.built:] {
		if ent.ci.hidden {
			continue // a library function standing for a C function
		}
		f := vm.newFrameObject(ent.ci, entryLine(ent), ent.pc)
		if !inner.IsEmpty() && inner.Tag() == TagObject {
			vm.setSlot(inner.Ref(), frameBackSlot, f)
		}
		t := vm.newInstance(vm.tTraceback)
		vm.setSlot(t.Ref(), tbNextSlot, head)
		vm.setSlot(t.Ref(), tbFrameSlot, f)
		vm.heap.SetSide(t.Ref(), &tbSide{ent: ent})
		head, inner = t, f
	}
	tb.built = len(tb.entries)
	vm.setSlot(e.Ref(), excTBSlot, head)
	return head
}

// setExcTraceback assigns e.__traceback__ (None or a traceback object):
// e's entries become the chain's, innermost last.
func (vm *VM) setExcTraceback(e, head gc.Value) error {
	if head.Tag() != gc.TagNone && !vm.isTraceback(head) {
		return vm.raise("TypeError", "__traceback__ must be a traceback or None")
	}
	entries := vm.tracebackEntries(head, 0, false)
	tb, _ := vm.heap.Side(e.Ref()).(*excTB)
	if tb == nil {
		tb = &excTB{}
		vm.heap.SetSide(e.Ref(), tb)
	}
	tb.entries, tb.built = entries, len(entries)
	vm.setSlot(e.Ref(), excTBSlot, head)
	return nil
}

// tracebackEntries returns the entries of a traceback chain, innermost
// last (the order excTB keeps), at most limit of them counted as
// traceback.extract_tb does (limit < 0: that many from the inner end).
func (vm *VM) tracebackEntries(head gc.Value, limit int, hasLimit bool) []tbEntry {
	var outerFirst []tbEntry
	for c := head; c.Tag() == TagObject && vm.isTraceback(c); c = vm.slot(c.Ref(), tbNextSlot) {
		if s, ok := vm.heap.Side(c.Ref()).(*tbSide); ok {
			outerFirst = append(outerFirst, s.ent)
		}
		if len(outerFirst) > 1<<20 {
			break
		}
	}
	if hasLimit {
		if limit >= 0 {
			if limit < len(outerFirst) {
				outerFirst = outerFirst[:limit]
			}
		} else if -limit < len(outerFirst) {
			outerFirst = outerFirst[len(outerFirst)+limit:]
		}
	}
	out := make([]tbEntry, len(outerFirst))
	for i, ent := range outerFirst {
		out[len(outerFirst)-1-i] = ent
	}
	return out
}

// getFrame is sys._getframe(depth): a snapshot of the calling frame depth
// levels up, with snapshots of every frame outside it as its f_back chain,
// each with its globals and a dict of its locals as they are now. Library
// functions standing for C functions (ci.hidden) are not counted, as
// CPython has no frame for them.
func (vm *VM) getFrame(depth int) (gc.Value, error) {
	var live []*frame
	for i := vm.nframes - 1; i >= 0; i-- {
		if f := vm.frameAt(i); !f.ci.hidden {
			live = append(live, f)
		}
	}
	if depth < 0 {
		depth = 0
	}
	if depth >= len(live) {
		return vEmpty, vm.raise("ValueError", "call stack is not deep enough")
	}
	var first, inner gc.Value
	for _, f := range live[depth:] {
		fo := vm.newFrameObject(f.ci, pcLine(f.ci, f.pc), f.pc)
		vm.setSlot(fo.Ref(), frameGlobalsSlot, f.globals)
		vm.setSlot(fo.Ref(), frameLocalsSlot, vm.frameLocals(f))
		if inner.IsEmpty() {
			first = fo
		} else {
			vm.setSlot(inner.Ref(), frameBackSlot, fo)
		}
		inner = fo
	}
	return first, nil
}
