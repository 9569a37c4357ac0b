// fuzz_test.go holds the random-body tests. A generator driven by the fuzz
// input either builds a well-typed body (which the checker must accept and
// wazero must compile) or a free sequence of instructions with random
// immediates (where the checker's verdict must equal wazero's: it may
// never let an invalid body through, nor reject a valid one).
// TestRandomBodies runs the same generator on fixed seeds, also through
// wasm-validate.

package wasmgen

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/tetratelabs/wazero"
)

// byteSource hands out the fuzz input; when it runs out it returns zeros
// and reports done, which makes the generator wind down.
type byteSource struct {
	data []byte
	pos  int
}

func (s *byteSource) done() bool { return s.pos >= len(s.data) }

func (s *byteSource) byte() byte {
	if s.pos >= len(s.data) {
		return 0
	}
	s.pos++
	return s.data[s.pos-1]
}

// intn returns a number in [0, n).
func (s *byteSource) intn(n int) int {
	if n <= 1 {
		return 0
	}
	if n <= 256 {
		return int(s.byte()) % n
	}
	return (int(s.byte())<<8 | int(s.byte())) % n
}

func (s *byteSource) u64() uint64 {
	var b [8]byte
	for i := range b {
		b[i] = s.byte()
	}
	return binary.LittleEndian.Uint64(b[:])
}

var allTypes = []ValType{I32, I64, F32, F64}

// genEnv is the module around the generated body: callees, a table,
// globals and (maybe) a memory.
type genEnv struct {
	m       *Module
	callees []*Func
	globals []uint32
	hasMem  bool
}

func newGenEnv(s *byteSource, withMem bool) *genEnv {
	e := &genEnv{m: NewModule(), hasMem: withMem}
	if withMem {
		e.m.Memory(Limits{Min: 1})
	}
	e.m.Table(Limits{Min: 4})
	for i := range 4 {
		t := allTypes[i]
		e.globals = append(e.globals, e.m.Global(t, i%2 == 0, zeroConst(t)))
	}
	for range 3 {
		var ft FuncType
		for range s.intn(3) {
			ft.Params = append(ft.Params, allTypes[s.intn(4)])
		}
		for range s.intn(3) {
			ft.Results = append(ft.Results, allTypes[s.intn(4)])
		}
		e.m.Type(ft)
		e.callees = append(e.callees, e.m.NewFunc("", ft))
	}
	return e
}

func zeroConst(t ValType) ConstExpr {
	switch t {
	case I64:
		return ConstI64(0)
	case F32:
		return ConstF32(0)
	case F64:
		return ConstF64(0)
	}
	return ConstI32(0)
}

// finishCallees gives each callee a body: constants for its results.
func (e *genEnv) finishCallees(s *byteSource) {
	for _, c := range e.callees {
		for _, t := range c.Type().Results {
			pushConst(c, s, t)
		}
	}
}

func pushConst(f *Func, s *byteSource, t ValType) {
	v := s.u64()
	switch t {
	case I32:
		f.I32Const(int32(v))
	case I64:
		f.I64Const(int64(v))
	case F32:
		f.F32Const(float32(int32(v)))
	case F64:
		f.F64Const(float64(int64(v)))
	}
}

// typedGen builds a well-typed body, keeping its own model of the operand
// and control stacks.
type typedGen struct {
	mutate bool // now and then append a free instruction, ignoring the model
	s      *byteSource
	e      *genEnv
	f      *Func
	locals []ValType
	stack  []ValType
	frames []genFrame
}

type genFrame struct {
	op      byte
	results []ValType
	height  int
	hasElse bool
}

func (g *typedGen) push(t ValType) { g.stack = append(g.stack, t) }

func (g *typedGen) top() *genFrame { return &g.frames[len(g.frames)-1] }

// avail returns how many operands the current block can pop.
func (g *typedGen) avail() int { return len(g.stack) - g.top().height }

// topMatches reports whether the stack ends with ts.
func (g *typedGen) topMatches(ts []ValType) bool {
	if g.avail() < len(ts) {
		return false
	}
	base := len(g.stack) - len(ts)
	for i, t := range ts {
		if g.stack[base+i] != t {
			return false
		}
	}
	return true
}

func (g *typedGen) pushAll(ts []ValType) {
	for _, t := range ts {
		pushConst(g.f, g.s, t)
		g.push(t)
	}
}

func (g *typedGen) pop(n int) { g.stack = g.stack[:len(g.stack)-n] }

func (g *typedGen) labelTypes(depth int) []ValType {
	fr := g.frames[len(g.frames)-1-depth]
	if fr.op == opLoop {
		return nil
	}
	return fr.results
}

// closeFrame ends the innermost block, fixing up the stack to its results.
func (g *typedGen) closeFrame() {
	fr := g.top()
	for g.avail() > 0 {
		g.f.Drop()
		g.pop(1)
	}
	g.pushAll(fr.results)
	if fr.op == opIf && !fr.hasElse && len(fr.results) > 0 {
		g.f.Else()
		g.pop(len(fr.results))
		g.pushAll(fr.results)
	}
	g.pop(len(fr.results))
	g.frames = g.frames[:len(g.frames)-1]
	if len(g.frames) > 0 {
		g.f.End()
		g.stack = append(g.stack, fr.results...)
	}
}

// afterBranch models the stack after an unconditional branch: the
// operands of the block are gone; the code that follows (unreachable) only
// uses operands it pushes itself, which is valid on the polymorphic stack.
func (g *typedGen) afterBranch() {
	g.stack = g.stack[:g.top().height]
}

func (g *typedGen) randResults() []ValType {
	var rs []ValType
	for range g.s.intn(3) {
		rs = append(rs, allTypes[g.s.intn(4)])
	}
	return rs
}

// step appends one random well-typed instruction (with the constants it
// needs); it reports false when the body should end.
func (g *typedGen) step() bool {
	s, f := g.s, g.f
	if s.done() || len(g.frames) == 0 {
		return false
	}
	if g.mutate && s.intn(64) == 0 {
		freeStep(s, g.e, f)
		return true
	}
	switch s.intn(20) {
	case 0, 1: // a constant
		g.pushAll([]ValType{allTypes[s.intn(4)]})
	case 2: // local.get
		i := s.intn(len(g.locals))
		f.LocalGet(uint32(i))
		g.push(g.locals[i])
	case 3: // local.set / local.tee of the top operand
		if g.avail() == 0 {
			return true
		}
		t := g.stack[len(g.stack)-1]
		for i, lt := range g.locals {
			if lt == t {
				if s.byte()&1 == 0 {
					f.LocalSet(uint32(i))
					g.pop(1)
				} else {
					f.LocalTee(uint32(i))
				}
				break
			}
		}
	case 4, 5, 6, 7: // an op of the table whose operands are on the stack, or after pushing them
		op := Op(s.intn(int(numOps)))
		d := opTable[op]
		if (d.kind != kindPlain && !g.e.hasMem) || op == OpMemoryGrow {
			return true
		}
		if !g.topMatches(d.in) {
			g.pushAll(d.in)
		}
		if op.IsMemAccess() {
			// keep addresses small so that running it would mostly not trap
			f.Mem(op, uint32(s.intn(int(d.align)+1)), uint32(s.intn(1000)))
		} else {
			f.Op(op)
		}
		g.pop(len(d.in))
		g.stack = append(g.stack, d.out...)
	case 8: // drop
		if g.avail() > 0 {
			f.Drop()
			g.pop(1)
		}
	case 9: // select
		t := allTypes[s.intn(4)]
		if !g.topMatches([]ValType{t, t}) {
			g.pushAll([]ValType{t, t})
		}
		g.pushAll([]ValType{I32})
		f.Select()
		g.pop(2)
	case 10, 11: // open a block
		rs := g.randResults()
		op := []byte{opBlock, opLoop, opIf}[s.intn(3)]
		switch op {
		case opBlock:
			f.Block(rs...)
		case opLoop:
			f.Loop(rs...)
		case opIf:
			g.pushAll([]ValType{I32})
			g.pop(1)
			f.If(rs...)
		}
		g.frames = append(g.frames, genFrame{op: op, results: rs, height: len(g.stack)})
	case 12: // else
		if fr := g.top(); fr.op == opIf && !fr.hasElse {
			for g.avail() > 0 {
				f.Drop()
				g.pop(1)
			}
			g.pushAll(fr.results)
			g.pop(len(fr.results))
			f.Else()
			fr.hasElse = true
		}
	case 13: // end
		if len(g.frames) > 1 {
			g.closeFrame()
		}
	case 14: // br or br_if
		d := s.intn(len(g.frames))
		lt := g.labelTypes(d)
		if !g.topMatches(lt) {
			g.pushAll(lt)
		}
		if s.byte()&1 == 0 {
			g.pushAll([]ValType{I32})
			g.pop(1)
			f.BrIf(uint32(d))
		} else {
			f.Br(uint32(d))
			g.afterBranch()
		}
	case 15: // br_table over labels of the default's types
		def := s.intn(len(g.frames))
		lt := g.labelTypes(def)
		var targets []uint32
		for range s.intn(4) {
			d := s.intn(len(g.frames))
			if sameTypes(g.labelTypes(d), lt) {
				targets = append(targets, uint32(d))
			}
		}
		g.pushAll(lt)
		g.pushAll([]ValType{I32})
		f.BrTable(targets, uint32(def))
		g.afterBranch()
	case 16: // return or unreachable
		if s.byte()&1 == 0 {
			g.pushAll(f.Type().Results)
			f.Return()
		} else {
			f.Unreachable()
		}
		g.afterBranch()
	case 17: // call
		c := g.e.callees[s.intn(len(g.e.callees))]
		ft := c.Type()
		if !g.topMatches(ft.Params) {
			g.pushAll(ft.Params)
		}
		f.Call(c.Index())
		g.pop(len(ft.Params))
		g.stack = append(g.stack, ft.Results...)
	case 18: // call_indirect
		c := g.e.callees[s.intn(len(g.e.callees))]
		ft := c.Type()
		g.pushAll(ft.Params)
		g.pushAll([]ValType{I32})
		f.CallIndirect(g.e.m.Type(ft), 0)
		g.pop(len(ft.Params) + 1)
		g.stack = append(g.stack, ft.Results...)
	case 19: // globals
		i := s.intn(len(g.e.globals))
		t := allTypes[i]
		if i%2 == 0 && s.byte()&1 == 0 { // the even globals are mutable
			g.pushAll([]ValType{t})
			f.GlobalSet(g.e.globals[i])
			g.pop(1)
		} else {
			f.GlobalGet(g.e.globals[i])
			g.push(t)
		}
	}
	return true
}

func sameTypes(a, b []ValType) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// genTyped builds a module whose last function has a random well-typed
// body.
func genTyped(data []byte, mutate bool) *Module {
	s := &byteSource{data: data}
	e := newGenEnv(s, s.byte()&1 == 0)
	e.finishCallees(s)
	var ft FuncType
	for range s.intn(3) {
		ft.Params = append(ft.Params, allTypes[s.intn(4)])
	}
	ft.Results = (&typedGen{s: s}).randResults()
	f := e.m.NewFunc("fuzz", ft)
	g := &typedGen{mutate: mutate, s: s, e: e, f: f, locals: append([]ValType(nil), ft.Params...)}
	for range 1 + s.intn(6) {
		t := allTypes[s.intn(4)]
		f.Local(t)
		g.locals = append(g.locals, t)
	}
	g.frames = []genFrame{{op: 0, results: ft.Results}}
	for n := 0; n < 600 && g.step(); n++ {
	}
	for len(g.frames) > 0 {
		g.closeFrame()
	}
	e.m.ExportFunc("fuzz", f.Index())
	return e.m
}

// genFree builds a module whose last function is a free random sequence
// of instructions, well-typed or not.
func genFree(data []byte) *Module {
	s := &byteSource{data: data}
	e := newGenEnv(s, s.byte()&3 != 0)
	e.finishCallees(s)
	f := e.m.NewFunc("free", FuncType{Results: (&typedGen{s: s}).randResults()})
	for range s.intn(4) {
		f.Local(allTypes[s.intn(4)])
	}
	for n := 0; n < 300 && !s.done(); n++ {
		freeStep(s, e, f)
	}
	return e.m
}

// freeStep appends one random instruction with random immediates,
// well-typed or not.
func freeStep(s *byteSource, e *genEnv, f *Func) {
	small := func(n int) uint32 { return uint32(s.intn(n)) }
	switch s.intn(24) {
	case 0:
		f.I32Const(int32(s.u64()))
	case 1:
		f.I64Const(int64(s.u64()))
	case 2:
		f.F32Const(1.5)
	case 3:
		f.F64Const(2.5)
	case 4, 5, 6, 7:
		op := Op(s.intn(int(numOps)))
		if op.IsMemAccess() {
			f.Mem(op, small(5), small(100))
		} else {
			f.Op(op)
		}
	case 8:
		f.LocalGet(small(6))
	case 9:
		f.LocalSet(small(6))
	case 10:
		f.LocalTee(small(6))
	case 11:
		f.GlobalGet(small(5))
	case 12:
		f.GlobalSet(small(5))
	case 13:
		f.Block((&typedGen{s: s}).randResults()...)
	case 14:
		f.Loop((&typedGen{s: s}).randResults()...)
	case 15:
		f.If((&typedGen{s: s}).randResults()...)
	case 16:
		f.Else()
	case 17:
		f.End()
	case 18:
		f.Br(small(4))
	case 19:
		f.BrIf(small(4))
	case 20:
		f.BrTable([]uint32{small(4), small(4)}, small(4))
	case 21:
		switch s.intn(4) {
		case 0:
			f.Return()
		case 1:
			f.Unreachable()
		case 2:
			f.Drop()
		default:
			f.Select()
		}
	case 22:
		f.Call(small(5))
	case 23:
		// a type index one past the last is invalid; it is pushed far
		// past so that a block type the generator adds later cannot make
		// it valid in the finished module (the checker judges each
		// instruction when it is appended, wazero the whole module)
		k := small(e.m.NumTypes() + 1)
		if int(k) == e.m.NumTypes() {
			k += 1000
		}
		f.CallIndirect(k, 0)
	}
}

// checkBody runs one generated module through the checker and wazero (and
// wasm-validate when validate is set), failing on any disagreement.
func checkBody(t *testing.T, r wazero.Runtime, data []byte, validate bool) {
	ctx := context.Background()
	if len(data) > 0 && data[0]%3 == 0 {
		m := genTyped(data[1:], false)
		b, err := m.Bytes()
		if err != nil {
			t.Fatalf("well-typed body rejected: %v", err)
		}
		cm, err := r.CompileModule(ctx, b)
		if err != nil {
			t.Fatalf("wazero rejects a well-typed body: %v", err)
		}
		cm.Close(ctx)
		if validate {
			mustValidate(t, b)
		}
		return
	}
	var rest []byte
	if len(data) > 0 {
		rest = data[1:]
	}
	var m *Module
	if len(data) > 0 && data[0]%3 == 2 {
		m = genTyped(rest, true)
	} else {
		m = genFree(rest)
	}
	_, err := m.Bytes()
	b := m.encode()
	cm, cerr := r.CompileModule(ctx, b)
	if cerr == nil {
		cm.Close(ctx)
	}
	if (err == nil) != (cerr == nil) {
		t.Fatalf("checker and wazero disagree: checker %v, wazero %v", err, cerr)
	}
	if validate {
		if msg := wasmValidate(t, b); (msg == "") != (err == nil) {
			t.Fatalf("checker and wasm-validate disagree: checker %v, wasm-validate %s", err, msg)
		}
	}
}

func FuzzBody(f *testing.F) {
	r := rand.New(rand.NewPCG(7, 7))
	for i := range 32 {
		b := make([]byte, 64+r.IntN(2000))
		for j := range b {
			b[j] = byte(r.Uint32())
		}
		b[0] = byte(i)
		f.Add(b)
	}
	rt := wazero.NewRuntimeWithConfig(context.Background(), wazero.NewRuntimeConfigCompiler().WithCoreFeatures(CoreFeatures))
	defer rt.Close(context.Background())
	f.Fuzz(func(t *testing.T, data []byte) {
		checkBody(t, rt, data, false)
	})
}

// TestRandomBodies runs the fuzz generator on fixed seeds, with
// wasm-validate as a third opinion.
func TestRandomBodies(t *testing.T) {
	wabtTool(t, "wasm-validate")
	rt := newRuntime(t)
	r := rand.New(rand.NewPCG(11, 13))
	n := 300
	if testing.Short() {
		n = 40
	}
	valid := 0
	for i := range n {
		b := make([]byte, 16+r.IntN(3000))
		for j := range b {
			b[j] = byte(r.Uint32())
		}
		b[0] = byte(i)
		checkBody(t, rt, b, true)
		if i%3 == 2 {
			if m := genTyped(b[1:], true); m.check() == nil {
				valid++
			}
		}
	}
	t.Logf("%d of %d mutated bodies were valid", valid, n/3)
}
