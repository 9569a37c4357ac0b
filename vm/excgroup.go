// excgroup.go holds exception groups (PEP 654): the builtin classes
// BaseExceptionGroup and ExceptionGroup (construction and its checks,
// message, exceptions, str, derive, split, subgroup), BaseException.add_note,
// the two opcodes of try/except* (CHECKEGMATCH takes the matching part of
// the exception out, PREPRERAISESTAR combines what the clauses raised with
// the unhandled rest) and the printing of an uncaught group in CPython
// 3.11's boxed layout. CPython 3.11.7's Objects/exceptions.c, Python/ceval.c
// and Python/pythonrun.c define the behaviour reproduced here.

package vm

import (
	"bufio"
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// Slots of an exception group after those of BaseException. They start
// after OSError's so that a class deriving from both keeps both layouts.
const (
	egMsgSlot = osNumSlots + iota
	egExcsSlot
	egNumSlots
)

// Limits of the printout of an uncaught group (CPython's defaults).
const (
	egMaxWidth = 15
	egMaxDepth = 10
)

// initExcGroup creates BaseExceptionGroup and ExceptionGroup and adds
// BaseException.add_note. It runs after the other exception classes exist.
func (vm *VM) initExcGroup() {
	beg := vm.newType("BaseExceptionGroup", []*Type{vm.tBaseException}, TagObject)
	beg.nslots = egNumSlots
	vm.excTypes["BaseExceptionGroup"] = beg
	eg := vm.newType("ExceptionGroup", []*Type{beg, vm.excTypes["Exception"]}, TagObject)
	vm.excTypes["ExceptionGroup"] = eg
	vm.dictSet(beg.Dict, vm.intern("__new__"), vm.newBuiltinStatic("BaseExceptionGroup.__new__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 0 {
			return vEmpty, vm.raise("TypeError", "BaseExceptionGroup.__new__(): not enough arguments")
		}
		t, ok := vm.asType(args[0])
		if !ok {
			return vEmpty, vm.raise("TypeError", "BaseExceptionGroup.__new__(X): X is not a type object (%s)", vm.typeOf(args[0]).Name)
		}
		if !isSubtype(t, beg) {
			return vEmpty, vm.raise("TypeError", "BaseExceptionGroup.__new__(%s): %s is not a subtype of BaseExceptionGroup", t.Name, t.Name)
		}
		return vm.excGroupNew(t, args[1:len(args)-len(kw)])
	}))
	vm.egSlotMethod(beg, "__init__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "%s() takes no keyword arguments", vm.typeOf(args[0]).Name)
		}
		vm.setSlot(args[0].Ref(), excArgsSlot, vm.newTuple(args[1:]))
		return vNone, nil
	})
	vm.egSlotMethod(beg, "__str__", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "expected 0 arguments, got %d", len(args)-1)
		}
		s, err := vm.excGroupStr(args[0])
		if err != nil {
			return vEmpty, err
		}
		return vm.newStr(s), nil
	})
	vm.methods(beg, map[string]bfunc{
		"derive": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.egOneArg("derive", args[1:], kw); err != nil {
				return vEmpty, err
			}
			return vm.callType(beg, []gc.Value{vm.excGroupMessage(args[0]), args[1]}, nil)
		},
		"split": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.egOneArg("split", args[1:], kw); err != nil {
				return vEmpty, err
			}
			m, err := vm.egMatcherOf(args[1])
			if err != nil {
				return vEmpty, err
			}
			match, rest, err := vm.egSplit(args[0], m, true)
			if err != nil {
				return vEmpty, err
			}
			return vm.newTuple([]gc.Value{orNone(match), orNone(rest)}), nil
		},
		"subgroup": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if err := vm.egOneArg("subgroup", args[1:], kw); err != nil {
				return vEmpty, err
			}
			m, err := vm.egMatcherOf(args[1])
			if err != nil {
				return vEmpty, err
			}
			match, _, err := vm.egSplit(args[0], m, false)
			return orNone(match), err
		},
	})
	vm.classMethods(beg, map[string]bfunc{
		"__class_getitem__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return vEmpty, vm.raise("TypeError", "__class_getitem__ expected 1 argument")
			}
			return vm.newGenericAlias(args[0], args[1])
		},
	})
	if _, ok := vm.dictGetStr(vm.tBaseException.Dict, vm.intern("add_note")); !ok {
		vm.methods(vm.tBaseException, map[string]bfunc{
			"add_note": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				if err := vm.noKw("BaseException.add_note", kw); err != nil {
					return vEmpty, err
				}
				if err := vm.nargs("BaseException.add_note", args[1:], 1, 1); err != nil {
					return vEmpty, err
				}
				return vm.addNote(args[0], args[1])
			},
		})
	}
}

// egSlotMethod installs a special method of an exception group class as
// a slot wrapper, which checks its self as CPython's wrappers do.
func (vm *VM) egSlotMethod(t *Type, name string, fn bfunc) {
	r := vm.alloc(kindBuiltin, 1, 0)
	vm.heap.SetSide(r, &builtinFn{name: t.Name + "." + name, owner: t, slot: true, fn: func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args)-len(kw) == 0 {
			return vEmpty, vm.raise("TypeError", "descriptor '%s' of '%s' object needs an argument", name, t.Name)
		}
		if !vm.isInstance(args[0], t) {
			return vEmpty, vm.raise("TypeError", "descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, vm.typeOf(args[0]).Name)
		}
		return fn(vm, args, kw)
	}})
	vm.dictSet(t.Dict, vm.intern(name), mkref(TagBuiltin, r))
}

// egOneArg checks the single positional argument of derive, split and
// subgroup.
func (vm *VM) egOneArg(name string, args []gc.Value, kw []string) error {
	if len(kw) > 0 {
		return vm.raise("TypeError", "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		if name == "derive" {
			return vm.raise("TypeError", "function takes exactly 1 argument (%d given)", len(args))
		}
		return vm.raise("TypeError", "%s expected 1 argument, got %d", name, len(args))
	}
	return nil
}

// isExcGroup reports whether v is an exception group instance.
func (vm *VM) isExcGroup(v gc.Value) bool {
	if v.Tag() != TagObject {
		return false
	}
	beg := vm.excTypes["BaseExceptionGroup"]
	return beg != nil && isSubtype(vm.typeOf(v), beg)
}

// newExcGroup is the part of calling a class that BaseExceptionGroup.__new__
// takes over: ok is false unless t is an exception group class; then g is
// the new instance (of t, or of ExceptionGroup for BaseExceptionGroup
// called with Exceptions only). args ends with the values of the keyword
// arguments kw, which BaseExceptionGroup.__init__ refuses: the call skips
// that slot wrapper (lookupS), so its check is made here.
func (vm *VM) newExcGroup(t *Type, args []gc.Value, kw []string) (g gc.Value, ok bool, err error) {
	if !t.isExc {
		return vEmpty, false, nil
	}
	beg := vm.excTypes["BaseExceptionGroup"]
	if beg == nil || !isSubtype(t, beg) {
		return vEmpty, false, nil
	}
	if g, err = vm.excGroupNew(t, args[:len(args)-len(kw)]); err != nil {
		return vEmpty, true, err
	}
	if len(kw) > 0 {
		if _, found := vm.lookupS(vm.typeOf(g), "__init__"); !found {
			return vEmpty, true, vm.raise("TypeError", "%s() takes no keyword arguments", vm.typeOf(g).Name)
		}
	}
	return g, true, nil
}

// excGroupNew is BaseExceptionGroup.__new__(t, message, exceptions).
func (vm *VM) excGroupNew(t *Type, args []gc.Value) (gc.Value, error) {
	if len(args) != 2 {
		return vEmpty, vm.raise("TypeError", "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, seq := args[0], args[1]
	if !vm.isStrValue(msg) {
		return vEmpty, vm.raise("TypeError", "BaseExceptionGroup.__new__() argument 1 must be str, not %s", vm.argTypeName(msg))
	}
	if !vm.isSequence(seq) {
		return vEmpty, vm.raise("TypeError", "second argument (exceptions) must be a sequence")
	}
	items, err := vm.collect(seq)
	if err != nil {
		return vEmpty, err
	}
	if len(items) == 0 {
		return vEmpty, vm.raise("ValueError", "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, x := range items {
		if x.Tag() != TagObject || !vm.typeOf(x).isExc {
			return vEmpty, vm.raise("ValueError", "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !vm.isInstance(x, vm.tException) {
			nestedBase = true
		}
	}
	beg, eg := vm.excTypes["BaseExceptionGroup"], vm.excTypes["ExceptionGroup"]
	switch {
	case t == eg:
		if nestedBase {
			return vEmpty, vm.raise("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case t == beg:
		if !nestedBase {
			t = eg
		}
	default:
		if nestedBase && isSubtype(t, vm.tException) {
			return vEmpty, vm.raise("TypeError", "Cannot nest BaseExceptions in '%s'", t.Name)
		}
	}
	excs := vm.newTuple(items)
	g := vm.newInstance(t)
	r := g.Ref()
	vm.setSlot(r, excArgsSlot, vm.newTuple(args))
	vm.setSlot(r, excSuppressSlot, vFalse)
	vm.setSlot(r, egMsgSlot, msg)
	vm.setSlot(r, egExcsSlot, excs)
	return g, nil
}

// isStrValue reports whether v is a str or an instance of a str subclass.
func (vm *VM) isStrValue(v gc.Value) bool {
	if v.Tag() == TagStr {
		return true
	}
	b, ok := vm.baseOf(v)
	return ok && b.Tag() == TagStr
}

// argTypeName is the type name CPython's argument parser reports.
func (vm *VM) argTypeName(v gc.Value) string {
	if v.Tag() == gc.TagNone {
		return "None"
	}
	return vm.typeOf(v).Name
}

// excGroupMessage returns a group's message (None for an instance that
// BaseExceptionGroup.__new__ did not make).
func (vm *VM) excGroupMessage(g gc.Value) gc.Value {
	if vm.numSlots(g.Ref()) < egNumSlots {
		return vNone
	}
	return vm.slot(g.Ref(), egMsgSlot)
}

// excGroupItems returns the tuple of a group's exceptions (an empty tuple
// for an instance that BaseExceptionGroup.__new__ did not make).
func (vm *VM) excGroupItems(g gc.Value) gc.Value {
	if vm.numSlots(g.Ref()) >= egNumSlots {
		if x := vm.slot(g.Ref(), egExcsSlot); x.Tag() == TagTuple {
			return x
		}
	}
	return vm.newTuple(nil)
}

// excGroupAttr answers the message and exceptions attributes.
func (vm *VM) excGroupAttr(e gc.Value, name string) (gc.Value, bool) {
	if !vm.isExcGroup(e) {
		return vEmpty, false
	}
	if name == "message" {
		return vm.excGroupMessage(e), true
	}
	return vm.excGroupItems(e), true
}

// excGroupStr is BaseExceptionGroup.__str__: "message (N sub-exceptions)".
func (vm *VM) excGroupStr(g gc.Value) (string, error) {
	msg, err := vm.strOf(vm.excGroupMessage(g))
	if err != nil {
		return "", err
	}
	n := len(vm.tupleItems(vm.excGroupItems(g)))
	s := "s"
	if n <= 1 {
		s = ""
	}
	return msg + " (" + itoa(n) + " sub-exception" + s + ")", nil
}

// addNote is BaseException.add_note(note).
func (vm *VM) addNote(e, note gc.Value) (gc.Value, error) {
	if !vm.isStrValue(note) {
		return vEmpty, vm.raise("TypeError", "note must be a str, not '%s'", vm.typeOf(note).Name)
	}
	name := vm.intern("__notes__")
	notes, err := vm.optAttr(e, "__notes__")
	if err != nil {
		return vEmpty, err
	}
	if notes.IsEmpty() {
		notes = vm.newList(nil, 0)
		if err := vm.setAttr(e, name, notes); err != nil {
			return vEmpty, err
		}
		if notes, err = vm.getAttr(e, name); err != nil {
			return vEmpty, err
		}
	}
	if notes.Tag() != TagList {
		return vEmpty, vm.raise("TypeError", "Cannot add note: __notes__ is not a list")
	}
	vm.listAppend(notes, note)
	return vNone, nil
}

// egMatcher is the condition of split and subgroup: exception classes,
// a predicate, or (for except*) the identities of the leaf exceptions to
// keep.
type egMatcher struct {
	pred bool
	val  gc.Value
	ids  map[gc.Value]bool
}

// egMatcherOf checks the argument of split and subgroup.
func (vm *VM) egMatcherOf(v gc.Value) (*egMatcher, error) {
	if v.Tag() != TagType && vm.isCallable(v) {
		return &egMatcher{pred: true, val: v}, nil
	}
	if t, ok := vm.asType(v); ok && t.isExc {
		return &egMatcher{val: v}, nil
	}
	if v.Tag() == TagTuple {
		ok := true
		for _, x := range vm.tupleItems(v) {
			if t, isType := vm.asType(x); !isType || !t.isExc {
				ok = false
				break
			}
		}
		if ok {
			return &egMatcher{val: v}, nil
		}
	}
	return nil, vm.raise("TypeError", "expected a function, exception type or tuple of exception types")
}

// egMatches tests one exception (or group) against the matcher.
func (vm *VM) egMatches(e gc.Value, m *egMatcher) (bool, error) {
	switch {
	case m.ids != nil:
		return !vm.isExcGroup(e) && m.ids[e], nil
	case m.pred:
		r, err := vm.callValue(m.val, []gc.Value{e}, nil)
		if err != nil {
			return false, err
		}
		return vm.truth(r)
	}
	return vm.excMatches(e, m.val)
}

// egSplit splits e by m: the matching part and (when wantRest) the rest,
// each empty when there is none; the parts of a group are made by its
// derive method and carry its traceback, cause, context and notes.
func (vm *VM) egSplit(e gc.Value, m *egMatcher, wantRest bool) (match, rest gc.Value, err error) {
	ok, err := vm.egMatches(e, m)
	if err != nil {
		return vEmpty, vEmpty, err
	}
	if ok {
		return e, vEmpty, nil
	}
	if !vm.isExcGroup(e) {
		if wantRest {
			return vEmpty, e, nil
		}
		return vEmpty, vEmpty, nil
	}
	depth := vm.heap.RootDepth()
	defer vm.heap.PopRootsTo(depth)
	vm.heap.PushRoot(e)
	ml, rl := vm.newList(nil, 0), vm.newList(nil, 0)
	vm.heap.PushRoot(ml)
	vm.heap.PushRoot(rl)
	excs := vm.excGroupItems(e)
	vm.heap.PushRoot(excs)
	n := len(vm.tupleItems(excs))
	for i := 0; i < n; i++ {
		sm, sr, err := vm.egSplit(vm.tupleItems(excs)[i], m, wantRest)
		if err != nil {
			return vEmpty, vEmpty, err
		}
		if !sm.IsEmpty() {
			vm.listAppend(ml, sm)
		}
		if !sr.IsEmpty() {
			vm.listAppend(rl, sr)
		}
	}
	if match, err = vm.egSubset(e, ml); err != nil {
		return vEmpty, vEmpty, err
	}
	if wantRest {
		vm.heap.PushRoot(orNone(match))
		if rest, err = vm.egSubset(e, rl); err != nil {
			return vEmpty, vEmpty, err
		}
	}
	return match, rest, nil
}

// egSubset makes the part of group orig holding the exceptions of list
// excs (empty when excs is empty): orig.derive(excs) with orig's
// traceback, context, cause and a copy of its notes.
func (vm *VM) egSubset(orig, excs gc.Value) (gc.Value, error) {
	if len(vm.listItems(excs)) == 0 {
		return vEmpty, nil
	}
	g, err := vm.callMethod(orig, "derive", excs)
	if err != nil {
		return vEmpty, err
	}
	if !vm.isExcGroup(g) {
		return vEmpty, vm.raise("TypeError", "derive must return an instance of BaseExceptionGroup")
	}
	if tb, _ := vm.heap.Side(orig.Ref()).(*excTB); tb != nil && len(tb.entries) > 0 {
		// Share the entries (capacity cut to the length, so that an entry
		// added to either copies them): a re-raise of the part keeps the
		// very same traceback, what PREPRERAISESTAR tests.
		vm.heap.SetSide(g.Ref(), &excTB{entries: tb.entries[:len(tb.entries):len(tb.entries)]})
	}
	r, or := g.Ref(), orig.Ref()
	vm.setSlot(r, excContextSlot, vm.slot(or, excContextSlot))
	vm.setSlot(r, excCauseSlot, vm.slot(or, excCauseSlot))
	vm.setSlot(r, excSuppressSlot, vTrue)
	slot := vm.heap.PushRoot(g)
	defer vm.heap.PopRoot(slot)
	notes, err := vm.optAttr(orig, "__notes__")
	if err != nil {
		return vEmpty, err
	}
	if !notes.IsEmpty() && vm.isSequence(notes) {
		ns := vm.heap.PushRoot(notes)
		defer vm.heap.PopRoot(ns)
		items, err := vm.collect(notes)
		if err != nil {
			return vEmpty, err
		}
		if err := vm.setAttr(g, vm.intern("__notes__"), vm.newList(items, 0)); err != nil {
			return vEmpty, err
		}
	}
	return g, nil
}

// sameExcMetadata reports whether a and b have the same traceback, cause
// and context: an exception an except* clause re-raised as it was given.
func (vm *VM) sameExcMetadata(a, b gc.Value) bool {
	ra, rb := a.Ref(), b.Ref()
	if vm.slot(ra, excCauseSlot) != vm.slot(rb, excCauseSlot) || vm.slot(ra, excContextSlot) != vm.slot(rb, excContextSlot) {
		return false
	}
	var ea, eb []tbEntry
	if tb, _ := vm.heap.Side(ra).(*excTB); tb != nil {
		ea = tb.entries
	}
	if tb, _ := vm.heap.Side(rb).(*excTB); tb != nil {
		eb = tb.entries
	}
	if len(ea) != len(eb) {
		return false
	}
	return len(ea) == 0 || &ea[0] == &eb[0]
}

// checkEGMatch implements CHECKEGMATCH: out[0] and out[1] get the part of
// exc matching the class(es) cls and the rest (None for none); a bare
// exception that matches is wrapped in a group; the matching part becomes
// the exception being handled.
func (vm *VM) checkEGMatch(out []gc.Value, exc, cls gc.Value) error {
	if err := vm.checkExceptStarType(cls); err != nil {
		return err
	}
	if exc.Tag() == gc.TagNone {
		out[0], out[1] = vNone, vNone
		return nil
	}
	ok, err := vm.excMatches(exc, cls)
	if err != nil {
		return err
	}
	switch {
	case ok && vm.isExcGroup(exc):
		out[0], out[1] = exc, vNone
	case ok:
		g, err := vm.callType(vm.excTypes["BaseExceptionGroup"], []gc.Value{vm.intern(""), vm.newTuple([]gc.Value{exc})}, nil)
		if err != nil {
			return err
		}
		out[0], out[1] = g, vNone
	case vm.isExcGroup(exc):
		pair, err := vm.callMethod(exc, "split", cls)
		if err != nil {
			return err
		}
		if pair.Tag() != TagTuple || len(vm.tupleItems(pair)) != 2 {
			return vm.raise("TypeError", "split must return a 2-tuple")
		}
		p := vm.tupleItems(pair)
		out[0], out[1] = p[0], p[1]
		if out[0].Tag() == gc.TagNone {
			out[1] = exc
		}
	default:
		out[0], out[1] = vNone, exc
	}
	if out[0].Tag() != gc.TagNone {
		vm.handled = out[0]
	}
	return nil
}

// checkExceptStarType checks the class(es) of an except* clause.
func (vm *VM) checkExceptStarType(cls gc.Value) error {
	items := []gc.Value{cls}
	if cls.Tag() == TagTuple {
		items = vm.tupleItems(cls)
	}
	beg := vm.excTypes["BaseExceptionGroup"]
	for _, x := range items {
		t, ok := vm.asType(x)
		if !ok || !t.isExc {
			return vm.raise("TypeError", "catching classes that do not inherit from BaseException is not allowed")
		}
		if isSubtype(t, beg) {
			return vm.raise("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

// prepReraiseStar implements PREPRERAISESTAR: given the exception orig a
// try/except* caught and the list of what its clauses raised or left
// unhandled (None items skipped), the exception to raise after the
// clauses, or None. Exceptions re-raised unchanged keep their place in
// orig's nesting; those raised anew join them in a new group.
func (vm *VM) prepReraiseStar(orig, list gc.Value) (gc.Value, error) {
	if list.Tag() != TagList || orig.Tag() != TagObject {
		return vNone, nil
	}
	excs := vm.listItems(list)
	if len(excs) == 0 {
		return vNone, nil
	}
	if !vm.isExcGroup(orig) {
		// a bare exception: at most one clause ran
		return excs[0], nil
	}
	var raised []gc.Value
	ids := map[gc.Value]bool{}
	for _, e := range excs {
		if e.Tag() != TagObject {
			continue
		}
		if vm.sameExcMetadata(e, orig) {
			vm.collectLeaves(e, ids)
		} else {
			raised = append(raised, e)
		}
	}
	rl := vm.newList(raised, 0)
	slot := vm.heap.PushRoot(rl)
	defer vm.heap.PopRoot(slot)
	reraised, _, err := vm.egSplit(orig, &egMatcher{ids: ids}, false)
	if err != nil {
		return vEmpty, err
	}
	if len(raised) == 0 {
		return orNone(reraised), nil
	}
	if !reraised.IsEmpty() {
		vm.listAppend(rl, reraised)
	}
	if n := len(vm.listItems(rl)); n == 1 {
		return vm.listItems(rl)[0], nil
	}
	return vm.callType(vm.excTypes["BaseExceptionGroup"], []gc.Value{vm.intern(""), rl}, nil)
}

// collectLeaves adds the exceptions inside e that are not groups to ids.
func (vm *VM) collectLeaves(e gc.Value, ids map[gc.Value]bool) {
	if !vm.isExcGroup(e) {
		ids[e] = true
		return
	}
	for _, x := range vm.tupleItems(vm.excGroupItems(e)) {
		vm.collectLeaves(x, ids)
	}
}

// The printout of an uncaught exception whose chain holds a group follows
// CPython's print_exception_recursive: inside a group every line starts
// with an indent of two spaces per nesting level and a "| " margin, the
// sub-exceptions are numbered in "+---- i ----" separators, and chains
// (causes, contexts) are printed inside the box of the exception they
// belong to.

// Messages between the exceptions of a chain.
const (
	egCauseMessage   = "The above exception was the direct cause of the following exception:\n"
	egContextMessage = "During handling of the above exception, another exception occurred:\n"
)

// egPrinter holds the state of one printout.
type egPrinter struct {
	vm *VM
	w  *bufio.Writer
	// seen holds the exceptions printed so far (nil: chains are not
	// printed).
	seen      map[gc.Value]bool
	depth     int
	needClose bool
}

// chainHasGroup reports whether e or an exception of its cause and
// context chains is a group: those reports take the group printer.
func (vm *VM) chainHasGroup(e gc.Value, visited map[gc.Value]bool) bool {
	if e.Tag() != TagObject || visited[e] {
		return false
	}
	visited[e] = true
	if vm.isExcGroup(e) {
		return true
	}
	return vm.chainHasGroup(vm.slot(e.Ref(), excCauseSlot), visited) || vm.chainHasGroup(vm.slot(e.Ref(), excContextSlot), visited)
}

// printGroupReport prints the report of e, with its chains unless seen
// is nil.
func (vm *VM) printGroupReport(e gc.Value, seen map[gc.Value]bool) {
	p := &egPrinter{vm: vm, w: vm.stderr, seen: seen}
	p.recursive(e)
}

func (p *egPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

func (p *egPrinter) margin() string {
	if p.depth > 0 {
		return p.indent() + "| "
	}
	return ""
}

// recursive prints e after the exceptions chained to it.
func (p *egPrinter) recursive(e gc.Value) {
	if p.seen != nil {
		p.chains(e)
	}
	if p.vm.isExcGroup(e) {
		p.group(e)
	} else {
		p.one(e)
	}
}

// chains prints e's cause, or else its context when not suppressed.
func (p *egPrinter) chains(e gc.Value) {
	p.seen[e] = true
	r := e.Ref()
	if cause := p.vm.slot(r, excCauseSlot); cause.Tag() == TagObject {
		if !p.seen[cause] {
			p.chained(cause, egCauseMessage)
		}
		return
	}
	if s := p.vm.slot(r, excSuppressSlot); s.Tag() == gc.TagBool && s.Bool() {
		return
	}
	if ctx := p.vm.slot(r, excContextSlot); ctx.Tag() == TagObject && !p.seen[ctx] {
		p.chained(ctx, egContextMessage)
	}
}

// chained prints an exception of a chain and the message that follows it.
func (p *egPrinter) chained(e gc.Value, msg string) {
	needClose := p.needClose
	p.recursive(e)
	p.needClose = needClose
	m := p.margin()
	p.w.WriteString(m + "\n" + m + msg + m + "\n")
}

// one prints e's traceback, its "Type: message" line and its notes, with
// the margin of the current depth.
func (p *egPrinter) one(e gc.Value) {
	vm := p.vm
	var b strings.Builder
	saved := vm.stderr
	vm.stderr = bufio.NewWriter(&b)
	vm.printOneBody(e)
	vm.stderr.Flush()
	vm.stderr = saved
	body := b.String()
	m := p.margin()
	first := true
	isSyntax, syntaxText := vm.isExcType(e, "SyntaxError"), false
	for body != "" {
		// The traceback's lines each get the margin; the final message,
		// written at once, gets it only before its first line.
		if !(first && strings.HasPrefix(body, "Traceback (")) && !strings.HasPrefix(body, " ") {
			p.w.WriteString(m + body)
			break
		}
		line, rest, _ := strings.Cut(body, "\n")
		if first && strings.HasPrefix(body, "Traceback (") && vm.isExcGroup(e) {
			line = "Exception Group " + line
			if p.depth == 1 {
				p.w.WriteString(p.indent() + "+ " + line + "\n")
				body, first = rest, false
				continue
			}
		}
		lm := m
		if strings.HasPrefix(line, "  [Previous line repeated") || syntaxText {
			// CPython writes these lines with a fixed indent, no margin:
			// the repeat count, and a SyntaxError's text and caret lines
			lm = ""
		}
		if isSyntax && strings.HasPrefix(line, "  File ") && !strings.Contains(line, ", in ") {
			syntaxText = true
		}
		p.w.WriteString(lm + line + "\n")
		body, first = rest, false
	}
	vm.printNotes(p.w, e, m)
}

// group prints a group and its exceptions (CPython's
// print_exception_group).
func (p *egPrinter) group(e gc.Value) {
	vm := p.vm
	if p.depth > egMaxDepth {
		p.w.WriteString(p.margin() + "... (max_group_depth is " + itoa(egMaxDepth) + ")\n")
		return
	}
	if p.depth == 0 {
		p.depth++
	}
	p.one(e)
	excs := vm.excGroupItems(e)
	num := len(vm.tupleItems(excs))
	n := num
	if num > egMaxWidth {
		n = egMaxWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		truncated := i >= egMaxWidth
		title := itoa(i + 1)
		if truncated {
			title = "..."
		}
		p.w.WriteString(p.indent() + lead + "+---------------- " + title + " ----------------\n")
		p.depth++
		if !truncated {
			p.recursive(vm.tupleItems(excs)[i])
		} else {
			more := num - egMaxWidth
			p.w.WriteString(p.margin() + "and " + itoa(more) + " more exception" + plural(more) + "\n")
		}
		if last && p.needClose {
			p.w.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if p.depth == 1 {
		p.depth--
	}
}

// printNotes writes e's __notes__ after its message line, each line of a
// note after margin (CPython's print_exception_notes).
func (vm *VM) printNotes(w *bufio.Writer, e gc.Value, margin string) {
	notes, err := vm.optAttr(e, "__notes__")
	if err != nil {
		vm.exc = vEmpty
		return
	}
	if notes.IsEmpty() {
		return
	}
	if !vm.isSequence(notes) {
		s, err := vm.reprOf(notes)
		if err != nil {
			vm.exc = vEmpty
			s = "<__notes__ repr() failed>"
		}
		w.WriteString(margin + s + "\n")
		return
	}
	items, err := vm.collect(notes)
	if err != nil {
		vm.exc = vEmpty
		return
	}
	for _, note := range items {
		s, err := vm.strOf(note)
		if err != nil {
			vm.exc = vEmpty
			w.WriteString("<note str() failed>\n")
			continue
		}
		for s != "" {
			i := strings.IndexFunc(s, isLineBreak)
			if i < 0 {
				w.WriteString(margin + s)
				break
			}
			_, n := decodeRuneWTF8(s[i:])
			end := i + n
			if s[i] == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			w.WriteString(margin + s[:end])
			s = s[end:]
		}
		w.WriteString("\n")
	}
}
