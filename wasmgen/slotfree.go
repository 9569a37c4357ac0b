// slotfree.go lowers a trace so that its module does not depend on the
// table slot it runs in (LowerConfig.SlotFree). A module that installs
// itself into its slot by an element segment and bakes the slot into its
// exit numbers and link-word addresses differs from every other module
// in its bytes; a slot-free one is byte for byte the module of any other
// trace with the same IR and configuration, so wazero's compiled-module
// cache (keyed by the module's bytes) serves it without compiling. Side
// traces of the same path grown from several parents' exits (the
// dispatch loops' storms) and the side traces compiled again for a root
// that was retired and compiled again are such modules
// (docs/jit.md "Compiles shared by identical traces (session 21)").
//
// What stands for the slot:
//   - no element segment: the runtime installs the exported function with
//     a small module (Installer) that imports it and has the element
//     segment; it has no function of its own, so wazero compiles no code
//     for it;
//   - two exported mutable globals the runtime sets after instantiating
//     (SlotValues): SlotCodeGlobal, or-ed into every exit number the
//     shared exit tail returns (NestedFlag | slot<<NestedSlotShift for a
//     side trace, 0 for a root), and SlotLinksGlobal, the address of the
//     link words less 4, which the tail adds to the exit's link-word
//     offset (4*id + 4, 0 for an exit without a link word).
//
// A root that carries inlined side traces (Inline) stays slot-bound: the
// inlined exits name the side traces' own slots and link words through
// the same tail.

package wasmgen

import "fmt"

// Names of a slot-free module's exported globals (SlotValues).
const (
	SlotCodeGlobal  = "slot_code"
	SlotLinksGlobal = "slot_links"
)

// slotFreeGlobals defines and exports the slot globals.
func (l *lowerer) slotFreeGlobals() {
	l.gCode = l.m.Global(I32, true, ConstI32(0))
	l.m.ExportGlobal(SlotCodeGlobal, l.gCode)
	l.gLinks = l.m.Global(I32, true, ConstI32(0))
	l.m.ExportGlobal(SlotLinksGlobal, l.gLinks)
}

// SlotValues returns the values of a slot-free module's SlotCodeGlobal
// and SlotLinksGlobal for a trace in slot whose link words are at
// linkBase (LowerConfig.Side, Slot and LinkBase).
func SlotValues(side bool, slot int32, linkBase uint32) (code, links uint32) {
	if side {
		code = uint32(NestedFlag | slot<<NestedSlotShift)
	}
	return code, linkBase - 4
}

// Installer returns a module that installs the function TraceExport of
// the instance named traceModule into slot of the table (imported from
// tableModule.tableName with minimum size tableMin) when instantiated.
// The table then refers to the installer's import of the function, so
// the installer must live as long as the slot holds it.
func Installer(tableModule, tableName string, tableMin uint32, traceModule string, slot int32) ([]byte, error) {
	m := NewModule()
	m.ImportTable(tableModule, tableName, Limits{Min: tableMin})
	fn := m.ImportFunc(traceModule, TraceExport, Sig([]ValType{I32, I32}, I32))
	m.Elem(ConstI32(slot), fn)
	b, err := m.Bytes()
	if err != nil {
		return nil, fmt.Errorf("installer of %s in slot %d: %w", traceModule, slot, err)
	}
	return b, nil
}

// tailSlotCode ors the slot code into the exit number (a slot-free side
// trace; a root's code is 0).
func (l *lowerer) tailSlotCode() {
	if !l.slotFree || !l.cfg.Side {
		return
	}
	f := l.f
	f.LocalGet(l.xcode)
	f.GlobalGet(l.gCode)
	f.Op(OpI32Or)
	f.LocalSet(l.xcode)
}

// linkAddr pushes the address of the link word whose offset (4*id + 4 in
// a slot-free module, the address itself otherwise) is in local x.
func (l *lowerer) linkAddr(x uint32) {
	l.f.LocalGet(x)
	if l.slotFree {
		l.f.GlobalGet(l.gLinks)
		l.f.Op(OpI32Add)
	}
}
