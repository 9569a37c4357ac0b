// module.go holds Module, the builder of a whole wasm module, and its
// encoding into the binary format: sections in the order the spec fixes,
// each with its byte size in front, and a "name" section last.

package wasmgen

import (
	"errors"
	"fmt"
	"sort"
)

// External kinds, as the import and export sections encode them.
const (
	kindFunc   = 0x00
	kindTable  = 0x01
	kindMem    = 0x02
	kindGlobal = 0x03
)

// Section ids.
const (
	secCustom   = 0
	secType     = 1
	secImport   = 2
	secFunction = 3
	secTable    = 4
	secMemory   = 5
	secGlobal   = 6
	secExport   = 7
	secStart    = 8
	secElement  = 9
	secCode     = 10
	secData     = 11
)

// Module builds one wasm module. Declare imports first (each kind of
// import must precede the definitions of that kind, since imports take the
// low indices), then types, functions, tables, memories, globals, exports
// and segments in any order; Bytes encodes the result. Builder misuse is
// remembered and reported by Bytes, so calls can be chained freely.
type Module struct {
	// Name, when set, is recorded in the "name" section as the module name.
	Name string

	types   []FuncType
	typeIdx map[string]uint32

	imports []importEntry

	funcTypes   []uint32 // type index of every function, imports first
	funcNames   []string // name of every function ("" for none)
	nFuncImport int
	funcs       []*Func

	nTableImport int
	tables       []Limits // all tables, imported first

	nMemImport int
	mems       []Limits // all memories, imported first

	globalTypes   []globalType // all globals, imported first
	nGlobalImport int
	globalInits   []ConstExpr // defined globals only

	exports     []export
	exportNames map[string]bool

	start    uint32
	hasStart bool

	elems []elemSegment
	datas []dataSegment

	err error
}

type importEntry struct {
	module, name string
	kind         byte
	typeIdx      uint32     // kindFunc
	limits       Limits     // kindTable, kindMem
	global       globalType // kindGlobal
}

type globalType struct {
	typ      ValType
	mutable  bool
	imported bool
}

type export struct {
	name string
	kind byte
	idx  uint32
}

type elemSegment struct {
	offset ConstExpr
	funcs  []uint32
}

type dataSegment struct {
	offset ConstExpr
	data   []byte
}

// NewModule returns an empty module.
func NewModule() *Module {
	return &Module{typeIdx: make(map[string]uint32), exportNames: make(map[string]bool)}
}

func (m *Module) setErr(format string, args ...any) {
	if m.err == nil {
		m.err = fmt.Errorf("wasmgen: "+format, args...)
	}
}

// Type returns the index of function type ft in the type section, adding
// it the first time: equal signatures share one index.
func (m *Module) Type(ft FuncType) uint32 {
	for _, t := range ft.Params {
		if !t.valid() {
			m.setErr("function type %s has an invalid parameter type", ft)
		}
	}
	for _, t := range ft.Results {
		if !t.valid() {
			m.setErr("function type %s has an invalid result type", ft)
		}
	}
	k := ft.key()
	if i, ok := m.typeIdx[k]; ok {
		return i
	}
	i := uint32(len(m.types))
	m.types = append(m.types, FuncType{
		Params:  append([]ValType(nil), ft.Params...),
		Results: append([]ValType(nil), ft.Results...),
	})
	m.typeIdx[k] = i
	return i
}

// NumTypes returns the number of distinct function types so far.
func (m *Module) NumTypes() int { return len(m.types) }

// ImportFunc imports function module.name of type ft and returns its
// function index.
func (m *Module) ImportFunc(module, name string, ft FuncType) uint32 {
	if len(m.funcs) > 0 {
		m.setErr("function import %s.%s after a defined function", module, name)
	}
	ti := m.Type(ft)
	m.imports = append(m.imports, importEntry{module: module, name: name, kind: kindFunc, typeIdx: ti})
	m.funcTypes = append(m.funcTypes, ti)
	m.funcNames = append(m.funcNames, module+"."+name)
	m.nFuncImport++
	return uint32(len(m.funcTypes) - 1)
}

// ImportTable imports a funcref table and returns its table index.
func (m *Module) ImportTable(module, name string, lim Limits) uint32 {
	if len(m.tables) > m.nTableImport {
		m.setErr("table import %s.%s after a defined table", module, name)
	}
	m.checkLimits("table "+module+"."+name, lim, 1<<32-1)
	m.imports = append(m.imports, importEntry{module: module, name: name, kind: kindTable, limits: lim})
	m.tables = append(m.tables, lim)
	m.nTableImport++
	return uint32(len(m.tables) - 1)
}

// ImportMemory imports a (non-shared) memory; its limits are in pages.
func (m *Module) ImportMemory(module, name string, lim Limits) {
	if len(m.mems) > 0 {
		m.setErr("memory import %s.%s: the module already has a memory", module, name)
	}
	m.checkLimits("memory "+module+"."+name, lim, MaxPages)
	m.imports = append(m.imports, importEntry{module: module, name: name, kind: kindMem, limits: lim})
	m.mems = append(m.mems, lim)
	m.nMemImport++
}

// ImportGlobal imports a global and returns its global index.
func (m *Module) ImportGlobal(module, name string, t ValType, mutable bool) uint32 {
	if len(m.globalTypes) > m.nGlobalImport {
		m.setErr("global import %s.%s after a defined global", module, name)
	}
	if !t.valid() {
		m.setErr("global import %s.%s of invalid type %#x", module, name, byte(t))
	}
	g := globalType{typ: t, mutable: mutable, imported: true}
	m.imports = append(m.imports, importEntry{module: module, name: name, kind: kindGlobal, global: g})
	m.globalTypes = append(m.globalTypes, g)
	m.nGlobalImport++
	return uint32(len(m.globalTypes) - 1)
}

func (m *Module) checkLimits(what string, lim Limits, max uint64) {
	if uint64(lim.Min) > max || (lim.HasMax && uint64(lim.Max) > max) {
		m.setErr("%s: limits %d..%d exceed %d", what, lim.Min, lim.Max, max)
	}
	if lim.HasMax && lim.Max < lim.Min {
		m.setErr("%s: maximum %d below minimum %d", what, lim.Max, lim.Min)
	}
}

// NewFunc defines a function of type ft and returns the builder of its
// body. Its index is fixed at once, so functions may call each other in
// any order once all are declared.
func (m *Module) NewFunc(name string, ft FuncType) *Func {
	ti := m.Type(ft)
	idx := uint32(len(m.funcTypes))
	f := newFunc(m, name, idx, m.types[ti])
	m.funcTypes = append(m.funcTypes, ti)
	m.funcNames = append(m.funcNames, name)
	m.funcs = append(m.funcs, f)
	return f
}

// NumFuncs returns the number of functions, imported and defined.
func (m *Module) NumFuncs() int { return len(m.funcTypes) }

// Table defines a funcref table and returns its table index.
func (m *Module) Table(lim Limits) uint32 {
	m.checkLimits("table", lim, 1<<32-1)
	m.tables = append(m.tables, lim)
	return uint32(len(m.tables) - 1)
}

// Memory defines the module's memory; its limits are in pages.
func (m *Module) Memory(lim Limits) {
	if len(m.mems) > 0 {
		m.setErr("a second memory (wazero supports one)")
	}
	m.checkLimits("memory", lim, MaxPages)
	m.mems = append(m.mems, lim)
}

// Global defines a global of type t initialised by init and returns its
// global index.
func (m *Module) Global(t ValType, mutable bool, init ConstExpr) uint32 {
	if !t.valid() {
		m.setErr("global of invalid type %#x", byte(t))
	}
	idx := uint32(len(m.globalTypes))
	if it := m.constType(fmt.Sprintf("global %d initialiser", idx), init); it != t && it != unknownType {
		m.setErr("global %d of type %s initialised with a %s", idx, t, it)
	}
	m.globalTypes = append(m.globalTypes, globalType{typ: t, mutable: mutable})
	m.globalInits = append(m.globalInits, init)
	return idx
}

// constType returns the type of a constant expression, recording an error
// (and returning unknownType) when it is not a valid one.
func (m *Module) constType(what string, c ConstExpr) ValType {
	switch c.op {
	case opI32Const:
		return I32
	case opI64Const:
		return I64
	case opF32Const:
		return F32
	case opF64Const:
		return F64
	case opGlobalGet:
		if c.global >= uint32(len(m.globalTypes)) {
			m.setErr("%s: global index %d out of range", what, c.global)
			return unknownType
		}
		g := m.globalTypes[c.global]
		if !g.imported || g.mutable {
			m.setErr("%s: global.get %d must name an imported immutable global", what, c.global)
		}
		return g.typ
	}
	m.setErr("%s: not a constant expression (use the Const functions)", what)
	return unknownType
}

func (m *Module) addExport(name string, kind byte, idx uint32, count int) {
	if m.exportNames[name] {
		m.setErr("export name %q used twice", name)
	}
	if idx >= uint32(count) {
		m.setErr("export %q: index %d out of range (%d)", name, idx, count)
	}
	m.exportNames[name] = true
	m.exports = append(m.exports, export{name: name, kind: kind, idx: idx})
}

// ExportFunc exports function idx as name.
func (m *Module) ExportFunc(name string, idx uint32) {
	m.addExport(name, kindFunc, idx, len(m.funcTypes))
}

// ExportTable exports table idx as name.
func (m *Module) ExportTable(name string, idx uint32) {
	m.addExport(name, kindTable, idx, len(m.tables))
}

// ExportMemory exports the memory as name.
func (m *Module) ExportMemory(name string) { m.addExport(name, kindMem, 0, len(m.mems)) }

// ExportGlobal exports global idx as name.
func (m *Module) ExportGlobal(name string, idx uint32) {
	m.addExport(name, kindGlobal, idx, len(m.globalTypes))
}

// SetStart makes function idx (of type [] -> []) run at instantiation.
func (m *Module) SetStart(idx uint32) {
	m.start, m.hasStart = idx, true
}

// Elem adds an active element segment that writes funcs into table 0 from
// index offset on when the module is instantiated. offset is an i32
// constant or the global.get of an imported immutable i32 global, so a
// module can install its functions into a slot of an imported table.
func (m *Module) Elem(offset ConstExpr, funcs ...uint32) {
	if t := m.constType("element segment offset", offset); t != I32 && t != unknownType {
		m.setErr("element segment offset of type %s, want i32", t)
	}
	m.elems = append(m.elems, elemSegment{offset: offset, funcs: append([]uint32(nil), funcs...)})
}

// Data adds an active data segment that copies data into memory at offset
// (an i32 constant expression) when the module is instantiated.
func (m *Module) Data(offset ConstExpr, data []byte) {
	if t := m.constType("data segment offset", offset); t != I32 && t != unknownType {
		m.setErr("data segment offset of type %s, want i32", t)
	}
	m.datas = append(m.datas, dataSegment{offset: offset, data: append([]byte(nil), data...)})
}

// check reports module-level errors that can only be seen once the whole
// module is built, then finishes every function.
func (m *Module) check() error {
	if m.err != nil {
		return m.err
	}
	var errs []error
	for _, f := range m.funcs {
		if err := f.Finish(); err != nil {
			errs = append(errs, err)
			continue
		}
		if f.memUse && len(m.mems) == 0 {
			errs = append(errs, fmt.Errorf("wasmgen: func %d %q uses memory but the module has none", f.index, f.name))
		}
		if f.maxTable >= int64(len(m.tables)) {
			errs = append(errs, fmt.Errorf("wasmgen: func %d %q uses table %d but the module has %d", f.index, f.name, f.maxTable, len(m.tables)))
		}
	}
	if m.hasStart {
		if m.start >= uint32(len(m.funcTypes)) {
			errs = append(errs, fmt.Errorf("wasmgen: start function %d out of range", m.start))
		} else if ft := m.types[m.funcTypes[m.start]]; len(ft.Params)+len(ft.Results) > 0 {
			errs = append(errs, fmt.Errorf("wasmgen: start function %d has type %s, want (func)", m.start, ft))
		}
	}
	for i, e := range m.elems {
		if len(m.tables) == 0 {
			errs = append(errs, fmt.Errorf("wasmgen: element segment %d but no table", i))
		}
		for _, fi := range e.funcs {
			if fi >= uint32(len(m.funcTypes)) {
				errs = append(errs, fmt.Errorf("wasmgen: element segment %d: function %d out of range", i, fi))
			}
		}
	}
	if len(m.datas) > 0 && len(m.mems) == 0 {
		errs = append(errs, errors.New("wasmgen: data segment but no memory"))
	}
	return errors.Join(errs...)
}

// Bytes checks the module and every function body, and returns the
// module's binary encoding, or the errors found.
func (m *Module) Bytes() ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	return m.encode(), nil
}

// encode writes the module, valid or not (the fuzz tests use it on
// invalid bodies to compare the checker's verdict with wazero's).
func (m *Module) encode() []byte {
	for _, f := range m.funcs {
		if !f.finished {
			_ = f.Finish()
		}
	}
	b := []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}
	var s []byte // the section being built, reused

	if len(m.types) > 0 {
		s = appendU32(s[:0], uint32(len(m.types)))
		for _, ft := range m.types {
			s = ft.appendTo(s)
		}
		b = appendSection(b, secType, s)
	}
	if len(m.imports) > 0 {
		s = appendU32(s[:0], uint32(len(m.imports)))
		for _, im := range m.imports {
			s = appendName(appendName(s, im.module), im.name)
			s = append(s, im.kind)
			switch im.kind {
			case kindFunc:
				s = appendU32(s, im.typeIdx)
			case kindTable:
				s = im.limits.appendTo(append(s, funcRefType))
			case kindMem:
				s = im.limits.appendTo(s)
			case kindGlobal:
				s = appendGlobalType(s, im.global)
			}
		}
		b = appendSection(b, secImport, s)
	}
	if len(m.funcs) > 0 {
		s = appendU32(s[:0], uint32(len(m.funcs)))
		for _, ti := range m.funcTypes[m.nFuncImport:] {
			s = appendU32(s, ti)
		}
		b = appendSection(b, secFunction, s)
	}
	if defined := m.tables[m.nTableImport:]; len(defined) > 0 {
		s = appendU32(s[:0], uint32(len(defined)))
		for _, lim := range defined {
			s = lim.appendTo(append(s, funcRefType))
		}
		b = appendSection(b, secTable, s)
	}
	if defined := m.mems[m.nMemImport:]; len(defined) > 0 {
		s = appendU32(s[:0], uint32(len(defined)))
		for _, lim := range defined {
			s = lim.appendTo(s)
		}
		b = appendSection(b, secMemory, s)
	}
	if len(m.globalInits) > 0 {
		s = appendU32(s[:0], uint32(len(m.globalInits)))
		for i, init := range m.globalInits {
			s = appendGlobalType(s, m.globalTypes[m.nGlobalImport+i])
			s = init.appendTo(s)
		}
		b = appendSection(b, secGlobal, s)
	}
	if len(m.exports) > 0 {
		s = appendU32(s[:0], uint32(len(m.exports)))
		for _, e := range m.exports {
			s = appendU32(append(appendName(s, e.name), e.kind), e.idx)
		}
		b = appendSection(b, secExport, s)
	}
	if m.hasStart {
		b = appendSection(b, secStart, appendU32(s[:0], m.start))
	}
	if len(m.elems) > 0 {
		s = appendU32(s[:0], uint32(len(m.elems)))
		for _, e := range m.elems {
			s = e.offset.appendTo(append(s, 0x00)) // active, table 0, funcref
			s = appendU32(s, uint32(len(e.funcs)))
			for _, fi := range e.funcs {
				s = appendU32(s, fi)
			}
		}
		b = appendSection(b, secElement, s)
	}
	if len(m.funcs) > 0 {
		s = appendU32(s[:0], uint32(len(m.funcs)))
		for _, f := range m.funcs {
			s = append(appendU32(s, uint32(len(f.body))), f.body...)
		}
		b = appendSection(b, secCode, s)
	}
	if len(m.datas) > 0 {
		s = appendU32(s[:0], uint32(len(m.datas)))
		for _, d := range m.datas {
			s = d.offset.appendTo(append(s, 0x00)) // active, memory 0
			s = append(appendU32(s, uint32(len(d.data))), d.data...)
		}
		b = appendSection(b, secData, s)
	}
	if names := m.nameSection(); names != nil {
		b = appendSection(b, secCustom, names)
	}
	return b
}

func appendGlobalType(b []byte, g globalType) []byte {
	mut := byte(0)
	if g.mutable {
		mut = 1
	}
	return append(b, byte(g.typ), mut)
}

func appendSection(b []byte, id byte, payload []byte) []byte {
	b = appendU32(append(b, id), uint32(len(payload)))
	return append(b, payload...)
}

// nameSection returns the payload of the custom "name" section (module
// name, function names, local names), or nil when nothing is named.
func (m *Module) nameSection() []byte {
	s := appendName(nil, "name")
	named := false
	if m.Name != "" {
		s = appendSubsection(s, 0, appendName(nil, m.Name))
		named = true
	}
	var fn []byte
	count := 0
	for i, n := range m.funcNames {
		if n != "" {
			fn = appendName(appendU32(fn, uint32(i)), n)
			count++
		}
	}
	if count > 0 {
		s = appendSubsection(s, 1, append(appendU32(nil, uint32(count)), fn...))
		named = true
	}
	var ln []byte
	count = 0
	for _, f := range m.funcs {
		if len(f.localNames) == 0 {
			continue
		}
		count++
		idxs := make([]uint32, 0, len(f.localNames))
		for i := range f.localNames {
			idxs = append(idxs, i)
		}
		sort.Slice(idxs, func(a, b int) bool { return idxs[a] < idxs[b] })
		ln = appendU32(appendU32(ln, f.index), uint32(len(idxs)))
		for _, i := range idxs {
			ln = appendName(appendU32(ln, i), f.localNames[i])
		}
	}
	if count > 0 {
		s = appendSubsection(s, 2, append(appendU32(nil, uint32(count)), ln...))
		named = true
	}
	if !named {
		return nil
	}
	return s
}

func appendSubsection(b []byte, id byte, payload []byte) []byte {
	b = appendU32(append(b, id), uint32(len(payload)))
	return append(b, payload...)
}
