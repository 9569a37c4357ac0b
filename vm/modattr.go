// modattr.go holds the module attribute cache of LOADATTR and LOADMETHOD:
// `random.random()` or `math.sqrt(x)` in a loop looked the name up in the
// module's dict (side-table index, hash, probe) at every execution. The
// site remembers the value with the dict's version; dict versions are
// unique across dicts and change with every store, and 0 (what a compiled
// trace leaves after writing an entry) is never trusted, so an equal
// version means the same dict holding the same entries. The entry used is
// ci.globals[pc], which only LOADGLOBAL and LOADNAME sites use otherwise.

package vm

import "github.com/hotloop/hotloop/gc"

// moduleAttrFill looks name up in the dict of module m and, when it is
// there, remembers the value and the dict's version in g and reports true.
// A name missing from the dict (an AttributeError, or `__dict__`) is left
// to getAttr. Nothing is called, so no Python code runs.
func (vm *VM) moduleAttrFill(g *globalCache, m, name gc.Value) bool {
	d := vm.slot(m.Ref(), 0)
	x, ok := vm.dictGetStr(d, name)
	if !ok {
		return false
	}
	g.gver, g.bver, g.val = vm.dictVersion(d), 0, x
	return true
}
