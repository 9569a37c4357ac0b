// record_cells.go records LOADDEREF and STOREDEREF: reads and writes of a
// closure cell (a variable a nested function shares with its enclosing
// one). In the loop's own frame the cell is a register the trace loads
// like any other; its value is slot 0 of the cell object, loaded with its
// tag guarded as an instance attribute is (record_attrs.go's loadValue)
// and stored as STOREATTR stores. In an inlined call the free variables'
// registers hold the closure's cells, loaded from the function object
// when the call was inlined (record_closures.go); a store there is
// deferred to the call's return like an attribute store. A callee with
// cell variables of its own (one that makes closures) is not inlined: the
// recording would have to allocate the cells.

package trace

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// ClassCellValue is the alias class of a cell's value words.
const ClassCellValue ir.AliasClass = 60

// cellAt locates the value of cell or free variable i of the frame being
// recorded (in an inlined call, a free variable).
func (r *recorder) cellAt(i int) (valueAt, error) {
	if len(r.stack) > 0 && i < len(r.fr.Code.Cellvars) {
		return valueAt{}, r.abort("cell variable in an inlined call")
	}
	cell := r.read(r.fr.Code.CellBase + i)
	if cell.v.Tag() != vm.JITTagCell {
		return valueAt{}, r.abort("cell register without a cell")
	}
	return valueAt{addr: uint32(cell.v.Ref()), ptr: cell.val, off: vm.JITCellValueOff, class: ClassCellValue}, nil
}

// loadDeref records LOADDEREF: R[A] = the value of cell B.
func (r *recorder) loadDeref(ins bytecode.Instr) error {
	at, err := r.cellAt(ins.B())
	if err != nil {
		return err
	}
	v, err := r.loadValue(at)
	if err != nil {
		return err
	}
	r.write(ins.A(), v)
	return nil
}

// storeDeref records STOREDEREF: the value of cell B = R[A].
func (r *recorder) storeDeref(ins bytecode.Instr) error {
	at, err := r.cellAt(ins.B())
	if err != nil {
		return err
	}
	val := r.read(ins.A())
	if val.v.IsEmpty() {
		return r.abort("store of an unbound value")
	}
	r.storeValue(at, val)
	return nil
}
