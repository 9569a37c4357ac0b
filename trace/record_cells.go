// record_cells.go records LOADDEREF and STOREDEREF: reads and writes of a
// closure cell (a variable a nested function shares with its enclosing
// one). In the loop's own frame the cell is a register the trace loads
// like any other; its value is slot 0 of the cell object, loaded with its
// tag guarded as an instance attribute is (record_attrs.go's loadValue)
// and stored as STOREATTR stores. Cells of an inlined call are not
// recorded: the inlined frame's registers are the recorder's own, and the
// interpreter's call sets up cells the recording does not build.

package trace

import (
	"github.com/hotloop/hotloop/trace/ir"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// ClassCellValue is the alias class of a cell's value words.
const ClassCellValue ir.AliasClass = 60

// cellAt locates the value of cell variable i of the frame being
// recorded, which must be the loop's own.
func (r *recorder) cellAt(i int) (valueAt, error) {
	if len(r.stack) > 0 {
		return valueAt{}, r.abort("closure cell in an inlined call")
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
