// suggest.go holds the "Did you mean" suggestions CPython 3.11 appends to
// the last line of an uncaught NameError or AttributeError report: the
// closest name by a weighted Levenshtein distance among the frame's
// locals, globals and builtins (NameError) or dir(obj) (AttributeError).
// The distance rules (costs, limits, the one-third bound) are those of
// CPython's Python/suggestions.c so that the same name is suggested.

package vm

import (
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// Limits and costs of the suggestion search (as CPython's).
const (
	suggestMaxCandidates = 750
	suggestMaxStringSize = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// suggestSubstitutionCost is the cost of replacing byte a by byte b: free
// when equal, cheap when they differ only in ASCII case.
func suggestSubstitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// suggestDistance is the weighted edit distance between the UTF-8 bytes of
// a and b, or maxCost+1 once it is known to exceed maxCost.
func suggestDistance(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxStringSize || len(b) > suggestMaxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		result = bi * suggestMoveCost
		distance := result
		minimum := -1
		for ai := 0; ai < len(a); ai++ {
			substitute := distance + suggestSubstitutionCost(code, a[ai])
			distance = row[ai]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			row[ai] = result
			if minimum < 0 || result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// suggestName returns the candidate closest to name, or "" when none is
// close enough (at most a third of the characters changed).
func suggestName(candidates []string, name string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * suggestMoveCost / 6
		if bestDist >= 0 && bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := suggestDistance(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// dictStrKeys lists the str keys of a dict in order.
func (vm *VM) dictStrKeys(d gc.Value) []string {
	var out []string
	vm.dictEach(d, func(k, _ gc.Value) bool {
		if k.Tag() == TagStr {
			out = append(out, vm.str(k))
		}
		return true
	})
	return out
}

// raiseNameError raises NameError for a name missing from globals g (and
// the builtins), sets its name attribute, and records the suggestion that
// an uncaught report would show, computed now from the running frame's
// locals, g and the builtins as CPython does when it prints.
func (vm *VM) raiseNameError(g, name gc.Value) error {
	err := vm.raise("NameError", "name '%s' is not defined", vm.str(name))
	e := vm.exc
	if e.Tag() != TagObject {
		return err
	}
	if vm.setAttr(e, vm.intern("name"), name) != nil {
		vm.exc = e
	}
	s := vm.str(name)
	var hint string
	if vm.nframes > 0 {
		if f := vm.topFrame(); f != nil && f.ci != nil {
			hint = suggestName(f.ci.code.Varnames, s)
		}
	}
	if hint == "" && g.Tag() == TagDict {
		hint = suggestName(vm.dictStrKeys(g), s)
	}
	if hint == "" {
		hint = suggestName(vm.dictStrKeys(vm.builtins), s)
	}
	if hint != "" {
		tb, _ := vm.heap.Side(e.Ref()).(*excTB)
		if tb == nil {
			tb = &excTB{}
			vm.heap.SetSide(e.Ref(), tb)
		}
		tb.suggestion = strings.Clone(hint) // hint may be a view of a str that dies first
	}
	return err
}

// raiseAttrError raises an AttributeError with the given message and sets
// its name and obj attributes, from which an uncaught report computes its
// suggestion (attrSuggestion).
func (vm *VM) raiseAttrError(obj, name gc.Value, format string, args ...any) error {
	err := vm.raise("AttributeError", format, args...)
	e := vm.exc
	if e.Tag() != TagObject {
		return err
	}
	if vm.setAttr(e, vm.intern("name"), name) != nil || vm.setAttr(e, vm.intern("obj"), obj) != nil {
		vm.exc = e
	}
	return err
}

// excSuggestion returns the " Did you mean" hint for the report of e, or "".
func (vm *VM) excSuggestion(e gc.Value) string {
	if e.Tag() != TagObject {
		return ""
	}
	if tb, _ := vm.heap.Side(e.Ref()).(*excTB); tb != nil && tb.suggestion != "" {
		if vm.isExcType(e, "NameError") {
			return tb.suggestion
		}
	}
	if !vm.isExcType(e, "AttributeError") {
		return ""
	}
	saved := vm.exc
	defer func() { vm.exc = saved }()
	name, err := vm.getAttr(e, vm.intern("name"))
	if err != nil || name.Tag() != TagStr {
		return ""
	}
	obj, err := vm.getAttr(e, vm.intern("obj"))
	if err != nil {
		return ""
	}
	dirFn, ok := vm.dictGetStr(vm.builtins, vm.intern("dir"))
	if !ok {
		return ""
	}
	lst, err := vm.callValue(dirFn, []gc.Value{obj}, nil)
	if err != nil {
		return ""
	}
	var names []string
	if lst.Tag() == TagList {
		for _, v := range vm.listItems(lst) {
			if v.Tag() == TagStr {
				names = append(names, vm.str(v))
			}
		}
	}
	return suggestName(names, vm.str(name))
}
