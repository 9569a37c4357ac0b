// exc.go holds exceptions: the instance layout of BaseException and its
// subclasses, raising from Go (vm.raise), raise statements, matching in
// except clauses, tracebacks recorded as (code, pc) pairs while unwinding,
// and printing an uncaught exception exactly as CPython 3.11 does, with
// chained causes and contexts and the caret lines under the failing range.

package vm

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// Exception instance slots (after type and dict).
const (
	excArgsSlot     = 2
	excCauseSlot    = 3
	excContextSlot  = 4
	excSuppressSlot = 5
	excTBSlot       = 6 // the traceback objects' chain, once built (tbobj.go)
	excNumSlots     = 7
)

// tbEntry is one traceback line: a code object and the pc that was running.
type tbEntry struct {
	ci *codeInfo
	pc int
	// noCarets prints the source line without carets (where CPython's
	// eval breaker raised, e.g. KeyboardInterrupt at a back-edge).
	noCarets bool
}

// excTB is the side entry of an exception: its traceback, innermost last
// as it was recorded (the printout reverses it).
type excTB struct {
	entries []tbEntry
	// syntax is the error of a SyntaxError raised by an import: printed
	// after the traceback in place of the last line (stdlib.go).
	syntax *syntax.Error
	// suggestion is the name a NameError report offers ("Did you mean"),
	// found when it was raised (suggest.go).
	suggestion string
	// built is how many entries the chain of traceback objects in the
	// exception's excTBSlot covers (tbobj.go).
	built int
}

// newExc creates an exception instance of the named builtin class.
func (vm *VM) newExc(name string, args ...gc.Value) gc.Value {
	t := vm.excTypes[name]
	e := vm.newInstance(t)
	vm.setSlot(e.Ref(), excArgsSlot, vm.newTuple(args))
	vm.setSlot(e.Ref(), excSuppressSlot, vFalse)
	return e
}

// raise raises a new exception of the named builtin class with a message
// and returns errRaised.
func (vm *VM) raise(name, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	var e gc.Value
	if name == "MemoryError" && msg == "" {
		e = vm.newExc(name)
	} else {
		e = vm.newExc(name, vm.newStr(msg))
	}
	vm.setException(e)
	return errRaised
}

// setException makes e the exception being raised, chaining the exception
// being handled as its context.
func (vm *VM) setException(e gc.Value) {
	if !vm.handled.IsEmpty() && vm.handled.Tag() != gc.TagNone && vm.handled != e && e.Tag() == TagObject {
		if vm.slot(e.Ref(), excContextSlot).Tag() == gc.TagNone {
			// avoid cycles
			c := vm.handled
			for c.Tag() == TagObject {
				if c == e {
					break
				}
				c = vm.slot(c.Ref(), excContextSlot)
			}
			if c != e {
				vm.setSlot(e.Ref(), excContextSlot, vm.handled)
			}
		}
	}
	vm.exc = e
}

// raiseValue implements raise v [from cause].
func (vm *VM) raiseValue(v, cause gc.Value) error {
	if t, ok := vm.asType(v); ok {
		if !t.isExc {
			return vm.raise("TypeError", "exceptions must derive from BaseException")
		}
		e, err := vm.callType(t, nil, nil)
		if err != nil {
			return err
		}
		v = e
	}
	if v.Tag() != TagObject || !vm.typeOf(v).isExc {
		return vm.raise("TypeError", "exceptions must derive from BaseException")
	}
	if !cause.IsEmpty() {
		if t, ok := vm.asType(cause); ok && t.isExc {
			c, err := vm.callType(t, nil, nil)
			if err != nil {
				return err
			}
			cause = c
		}
		if cause.Tag() != gc.TagNone && (cause.Tag() != TagObject || !vm.typeOf(cause).isExc) {
			return vm.raise("TypeError", "exception causes must derive from BaseException")
		}
		vm.setSlot(v.Ref(), excCauseSlot, cause)
		vm.setSlot(v.Ref(), excSuppressSlot, vTrue)
	}
	vm.setException(v)
	return errRaised
}

// excMatches implements the test of an except clause.
func (vm *VM) excMatches(e, cls gc.Value) (bool, error) {
	if cls.Tag() == TagTuple {
		for _, c := range vm.tupleItems(cls) {
			ok, err := vm.excMatches(e, c)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	t, ok := vm.asType(cls)
	if !ok || !t.isExc {
		return false, vm.raise("TypeError", "catching classes that do not inherit from BaseException is not allowed")
	}
	return vm.isInstance(e, t), nil
}

// isExcType reports whether e is an instance of the named builtin class.
func (vm *VM) isExcType(e gc.Value, name string) bool {
	if e.Tag() != TagObject {
		return false
	}
	return isSubtype(vm.typeOf(e), vm.excTypes[name])
}

// excArgs returns an exception's args.
func (vm *VM) excArgs(e gc.Value) []gc.Value {
	a := vm.slot(e.Ref(), excArgsSlot)
	if a.Tag() != TagTuple {
		return nil
	}
	return vm.tupleItems(a)
}

// excMessage returns str(e) for a builtin exception (no user code).
func (vm *VM) excMessage(e gc.Value) string {
	s, err := vm.strOf(e)
	if err != nil {
		vm.exc = vEmpty
		return ""
	}
	return s
}

// excAttr answers exception attributes.
func (vm *VM) excAttr(e gc.Value, name string) (gc.Value, bool, error) {
	r := e.Ref()
	switch name {
	case "args":
		return vm.slot(r, excArgsSlot), true, nil
	case "__cause__":
		return vm.slot(r, excCauseSlot), true, nil
	case "__context__":
		return vm.slot(r, excContextSlot), true, nil
	case "__suppress_context__":
		// instances made by a class call start with None in the slot:
		// CPython's default is False
		if v := vm.slot(r, excSuppressSlot); v.Tag() != gc.TagNone {
			return v, true, nil
		}
		return vFalse, true, nil
	case "__traceback__":
		return vm.excTraceback(e), true, nil
	case "value":
		if vm.isExcType(e, "StopIteration") {
			if a := vm.excArgs(e); len(a) > 0 {
				return a[0], true, nil
			}
			return vNone, true, nil
		}
	case "code":
		if vm.isExcType(e, "SystemExit") {
			// CPython: None, the only argument, or the args tuple
			switch a := vm.excArgs(e); len(a) {
			case 0:
				return vNone, true, nil
			case 1:
				return a[0], true, nil
			}
			return vm.slot(r, excArgsSlot), true, nil
		}
	case "name", "path", "obj":
		if x, ok := vm.importErrorAttr(e, name); ok && name != "obj" {
			return x, true, nil
		}
		if x, ok := vm.nameErrorAttr(e, name); ok {
			return x, true, nil
		}
	case "encoding", "object", "start", "end", "reason":
		if x, ok := vm.unicodeErrorAttr(e, name); ok {
			return x, true, nil
		}
	case "errno", "strerror", "filename", "filename2":
		if x, ok := vm.osErrorAttr(e, name); ok {
			return x, true, nil
		}
		if x, ok := vm.syntaxErrorAttr(e, name); ok {
			return x, true, nil
		}
	case "message", "exceptions":
		if x, ok := vm.excGroupAttr(e, name); ok {
			return x, true, nil
		}
	case "msg", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line":
		if x, ok := vm.syntaxErrorAttr(e, name); ok {
			return x, true, nil
		}
		if x, ok := vm.importErrorAttr(e, name); ok && name == "msg" {
			return x, true, nil
		}
	}
	return vEmpty, false, nil
}

// syntaxErrorAttr is a SyntaxError's msg, filename, lineno, offset, text,
// end_lineno, end_offset or print_file_and_line, as CPython's
// SyntaxError.__init__ sets them from its args: msg from the first, the
// others from a second that is the location tuple (filename, lineno,
// offset, text[, end_lineno, end_offset]); None when absent. Assigning one
// stores it in the instance's dict, which is looked up first.
func (vm *VM) syntaxErrorAttr(e gc.Value, name string) (gc.Value, bool) {
	if !vm.isExcType(e, "SyntaxError") {
		return vEmpty, false
	}
	args := vm.excArgs(e)
	if name == "msg" {
		if len(args) >= 1 {
			return args[0], true
		}
		return vNone, true
	}
	var loc []gc.Value
	if len(args) == 2 && args[1].Tag() == TagTuple {
		loc = vm.seqItems(args[1])
	}
	i := map[string]int{"filename": 0, "lineno": 1, "offset": 2, "text": 3, "end_lineno": 4, "end_offset": 5}[name]
	if name == "print_file_and_line" || i >= len(loc) || len(loc) < 4 {
		return vNone, true
	}
	return loc[i], true
}

// setExcAttr sets exception attributes stored in slots.
func (vm *VM) setExcAttr(e gc.Value, name string, x gc.Value) (bool, error) {
	r := e.Ref()
	switch name {
	case "args":
		items, err := vm.collect(x)
		if err != nil {
			return true, err
		}
		vm.setSlot(r, excArgsSlot, vm.newTuple(items))
		return true, nil
	case "__cause__":
		if !vm.isExcOrNone(x) {
			return true, vm.raise("TypeError", "exception cause must be None or derive from BaseException")
		}
		vm.setSlot(r, excCauseSlot, x)
		vm.setSlot(r, excSuppressSlot, vTrue)
		return true, nil
	case "__context__":
		if !vm.isExcOrNone(x) {
			return true, vm.raise("TypeError", "exception context must be None or derive from BaseException")
		}
		vm.setSlot(r, excContextSlot, x)
		return true, nil
	case "__suppress_context__":
		vm.setSlot(r, excSuppressSlot, x)
		return true, nil
	case "__traceback__":
		return true, vm.setExcTraceback(e, x)
	case "errno", "strerror", "filename", "filename2":
		return vm.setOSErrorAttr(e, name, x), nil
	case "message", "exceptions":
		if vm.isExcGroup(e) {
			return true, vm.raise("AttributeError", "readonly attribute")
		}
	}
	return false, nil
}

// isExcOrNone reports whether x is None or an exception instance, what
// __cause__ and __context__ accept.
func (vm *VM) isExcOrNone(x gc.Value) bool {
	return x.Tag() == gc.TagNone || (x.Tag() == TagObject && vm.typeOf(x).isExc)
}

// addTraceback records that e passed through ci at pc.
func (vm *VM) addTraceback(e gc.Value, ci *codeInfo, pc int) {
	if e.Tag() != TagObject {
		return
	}
	tb, _ := vm.heap.Side(e.Ref()).(*excTB)
	if tb == nil {
		tb = &excTB{}
		vm.heap.SetSide(e.Ref(), tb)
	}
	tb.entries = append(tb.entries, tbEntry{ci: ci, pc: pc})
}

// printException writes the report of an uncaught exception to stderr.
func (vm *VM) printException(e gc.Value) {
	vm.printChain(e, map[gc.Value]bool{})
	vm.stderr.Flush()
}

func (vm *VM) printChain(e gc.Value, seen map[gc.Value]bool) {
	if vm.chainHasGroup(e, map[gc.Value]bool{}) {
		vm.printGroupReport(e, seen) // excgroup.go
		return
	}
	seen[e] = true
	cause := vm.slot(e.Ref(), excCauseSlot)
	ctx := vm.slot(e.Ref(), excContextSlot)
	suppress := vm.slot(e.Ref(), excSuppressSlot)
	if cause.Tag() == TagObject && !seen[cause] {
		vm.printChain(cause, seen)
		vm.stderr.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if ctx.Tag() == TagObject && !seen[ctx] && !(suppress.Tag() == gc.TagBool && suppress.Bool()) {
		vm.printChain(ctx, seen)
		vm.stderr.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	vm.printOne(e)
}

// printOne prints one exception's traceback, its last line and its notes
// (a group with its exceptions).
func (vm *VM) printOne(e gc.Value) {
	if vm.isExcGroup(e) {
		vm.printGroupReport(e, nil) // excgroup.go
		return
	}
	vm.printOneBody(e)
	vm.printNotes(vm.stderr, e, "")
}

// printOneBody prints one exception's traceback and its last line.
func (vm *VM) printOneBody(e gc.Value) {
	w := vm.stderr
	if tb, _ := vm.heap.Side(e.Ref()).(*excTB); tb != nil && len(tb.entries) > 0 {
		w.WriteString("Traceback (most recent call last):\n")
		vm.writeTBEntries(tb.entries)
	}
	if tb, _ := vm.heap.Side(e.Ref()).(*excTB); tb != nil && tb.syntax != nil {
		w.WriteString(tb.syntax.Report())
		return
	}
	t := vm.typeOf(e)
	name := t.Name
	if t.Module != "builtins" && t.Module != "__main__" {
		name = t.Module + "." + name
	}
	msg, err := vm.strOf(e)
	if err != nil {
		vm.exc = vEmpty
		msg = "<exception str() failed>"
	}
	if hint := vm.excSuggestion(e); hint != "" {
		msg += ". Did you mean: '" + hint + "'?"
	}
	if msg == "" {
		w.WriteString(name + "\n")
	} else {
		w.WriteString(name + ": " + msg + "\n")
	}
}

// writeTBEntries prints traceback entries (innermost last, as recorded)
// outermost first to vm.stderr: each frame's File line, its source line and
// carets, and CPython's "[Previous line repeated N more times]" for runs of
// more than three identical lines.
func (vm *VM) writeTBEntries(entries []tbEntry) {
	w := vm.stderr
	var lastFile, lastName string
	lastLine, count := -1, 0
	for i := len(entries) - 1; i >= 0; i-- {
		ent := entries[i]
		if ent.ci.hidden {
			continue // a function standing for a C function (stdlib.go)
		}
		c := ent.ci.code
		pos := bytecode.Position{}
		if ent.pc < 0 {
			// raised before the first instruction (throw into a
			// just-created generator): the def line, no carets
			pos = bytecode.Position{Line: int32(c.FirstLine), Col: -1}
		} else if ent.pc < len(c.Positions) {
			pos = c.Positions[ent.pc]
		}
		if ent.noCarets {
			pos.Col = -1
		}
		if c.Filename == lastFile && int(pos.Line) == lastLine && c.Name == lastName {
			count++
			if count > 3 {
				continue
			}
		} else {
			if count > 3 {
				fmt.Fprintf(w, "  [Previous line repeated %d more time%s]\n", count-3, plural(count-3))
			}
			lastFile, lastLine, lastName, count = c.Filename, int(pos.Line), c.Name, 1
		}
		fmt.Fprintf(w, "  File \"%s\", line %d, in %s\n", c.Filename, pos.Line, c.Name)
		vm.printSourceLine(c.Filename, pos)
	}
	if count > 3 {
		fmt.Fprintf(w, "  [Previous line repeated %d more time%s]\n", count-3, plural(count-3))
	}
}

// printSourceLine prints the source line of pos and, when the range does not
// cover the whole line, CPython 3.11's caret line.
func (vm *VM) printSourceLine(filename string, pos bytecode.Position) {
	lines := vm.sources[filename]
	if pos.Line <= 0 || int(pos.Line) > len(lines) {
		return
	}
	line := strings.TrimRight(lines[pos.Line-1], " \t\f\r\n")
	stripped := strings.TrimLeft(line, " \t\f")
	indent := len(line) - len(stripped)
	w := vm.stderr
	w.WriteString("    " + stripped + "\n")
	if pos.Col < 0 || pos.EndLine <= 0 {
		return
	}
	start := int(pos.Col)
	end := int(pos.EndCol)
	if pos.EndLine != pos.Line {
		end = len(line)
	}
	if start < indent {
		start = indent
	}
	if end > len(line) {
		end = len(line)
	}
	if end <= start {
		return
	}
	// Columns are byte offsets; CPython counts characters for the caret
	// positions. A range covering the whole line gets carets only when
	// the operator or subscript anchors single out part of it.
	marks := anchorCarets(line[start:end], pos.EndLine != pos.Line)
	if start == indent && end == len(line) && marks == "" {
		return
	}
	cs := strLen(line[indent:start])
	ce := strLen(line[indent:end])
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", cs))
	if marks == "" {
		b.WriteString(strings.Repeat("^", ce-cs))
	} else {
		b.WriteString(marks)
	}
	w.WriteString(b.String() + "\n")
}

// itoa is strconv.Itoa.
func itoa(i int) string { return strconv.Itoa(i) }
