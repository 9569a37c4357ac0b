// loopfunc.go is the runtime side of loop functions: whole Python
// functions with loops compiled to one wasm function (loopfunc_plan.go,
// loopfunc_gen.go), entered by on-stack replacement from the loop hook.
// The first hot loop header of a function decides: if the function's
// code reachable from there types (ints, bools, exact lists, ranges), it
// is compiled once, and from then on every hot loop header of it enters
// the compiled code with the frame's registers; the code returns to the
// interpreter only at an exit (the resume pc, registers written back) or
// every 65,536 back-edges (the collection and Ctrl-C poll: the
// interpreter checks both right after the hook returns). Its loops are
// never traced. docs/jit.md "Whole functions with loops (session 16)".

package jit

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Policy of loop functions.
const (
	// lfExitRatio, lfMinExits: a loop function whose entries leave
	// through a guard more than one time in lfExitRatio (after lfMinExits
	// such exits) is dropped and its loops traced again.
	lfExitRatio = 4
	lfMinExits  = 64
	// lfMaxMisses: entries refused (the frame's types or the globals
	// changed) before the function is dropped.
	lfMaxMisses = 256
	// lfMaxWaits: hot headers at which the frame held something the
	// plan cannot start from (another iterator) before giving up.
	lfMaxWaits = 16
)

// loopFuncs is the JIT's state for loop functions.
type loopFuncs struct {
	byCode map[*bytecode.Code]*loopFunc
	hostUp bool
	m      *vm.VM // the VM of the run in progress (materialise)
	stack  []uint64
	n      int
}

// loopFunc is one function's compiled code, or why it has none.
type loopFunc struct {
	plan    *loopPlan
	bin     []byte // the module (lowered once its estimate pays: loopfunc_lower.go)
	size    int    // bin's priced size (pricedSize: without the bytecode count)
	fn      gc.Value
	name    string
	cm      wazero.CompiledModule
	mod     api.Module
	run     api.Function
	dead    bool
	waits   int
	entries int64
	exits   int64
	misses  int
	// the payoff rule's account (loopfunc_payoff.go): work credited to
	// the function's loops so far and the work clock at the last credit
	work, lastWork float64
	outer          map[int]lfRun // per range loop header: its run as first seen
	// certain: the work its range loops are certain to do (lfPays)
	certain float64
	// onlyCertain: the last lfPays was in the first run of the
	// function's last flat range loop, whose work left is certain
	// (loopfunc_tail.go); tail is that run, tailPast set once a later
	// run of it was seen.
	onlyCertain bool
	tail        *lfRun
	tailPast    bool
}

// LoopFuncStats are the loop-function counters.
type LoopFuncStats struct {
	Compiled int64 // functions compiled
	Entries  int64 // entries from the loop hook
	Exits    int64 // of those, runs that left at a guard or an instruction not compiled
	Polls    int64 // runs that returned for the poll (budget of back-edges spent)
	Returns  int64 // runs that left to return or raise (not counted as exits)
	Refused  int64 // entries refused (the frame did not match)
}

// loopFuncHot is the loop hook's first question: is the loop at pc in a
// function compiled (or to be compiled) whole? handled false: go on with
// tracing.
func (j *JIT) loopFuncHot(m *vm.VM, f *vm.Frame, pc int) (resume int, ok, handled bool) {
	if !j.cfg.LoopFuncs {
		return 0, false, false
	}
	if j.lfuncs == nil {
		j.lfuncs = &loopFuncs{byCode: map[*bytecode.Code]*loopFunc{}}
	}
	lfs := j.lfuncs
	lf := lfs.byCode[f.Code]
	if lf == nil {
		lf = &loopFunc{}
		lfs.byCode[f.Code] = lf
	}
	if lf.dead {
		return 0, false, false
	}
	if j.loopFuncPending(m, lf) {
		return 0, false, true // compiling in the background (async.go)
	}
	if lf.run == nil {
		if lf.plan == nil {
			switch j.planLoopFuncAt(m, f, pc, lf) {
			case lfDead:
				return 0, false, false
			case lfWait:
				// not a header to start from yet: the loop is traced as
				// usual meanwhile (holding its trace back changed which
				// traces the enclosing loops recorded: bfs_deque made 15x
				// the exits)
				return 0, false, false
			}
		}
		if !j.lfPays(m, lf, pc) {
			return 0, false, true // loopfunc_payoff.go: interpreted until it pays
		}
		if lf.bin == nil { // lowered once its estimate pays (loopfunc_lower.go)
			if j.lowerLoopFuncAt(f, pc, lf) == lfDead {
				return 0, false, false
			}
			if !j.lfPaysNow(m, lf) {
				return 0, false, true
			}
		}
		switch j.loadLoopFunc(m, f, pc, lf) {
		case lfDead:
			return 0, false, false
		case lfPending:
			return 0, false, true
		}
	}
	e, found := lf.plan.entryOf[pc]
	if !found {
		return 0, false, true
	}
	return j.runLoopFunc(m, f, lf, e, pc)
}

// Results of planLoopFuncAt and loadLoopFunc.
const (
	lfReady = iota
	lfDead
	lfWait
	lfPending // compiling in the background (async.go)
)

// planLoopFuncAt plans and lowers the frame's function from header pc,
// leaving the module's bytes in lf.bin for loadLoopFunc.
func (j *JIT) planLoopFuncAt(m *vm.VM, f *vm.Frame, pc int, lf *loopFunc) int {
	fr := m.JITTopFrame()
	info := m.JITFuncCallInfo()
	callee, isFn := m.JITFunction(info.Fn)
	if !isFn || callee.Code != f.Code || !m.JITTopLocals().IsEmpty() {
		lf.dead = true
		return lfDead
	}
	for r := 0; r < f.Code.NumRegs && r < len(fr.Regs); r++ {
		if fr.Regs[r].Tag() == vm.JITTagIter && (&loopPlan{m: m}).kindOfValue(fr.Regs[r]).k == lFrame {
			// a for loop over something else is running: its header is
			// not a place to start from; wait for another
			if lf.waits++; lf.waits > lfMaxWaits {
				lf.dead = true
				j.lfRefuse(f.Code, pc, "no header to start from")
				return lfDead
			}
			return lfWait
		}
	}
	start := time.Now()
	p, reason := planLoopFunc(m, fr, callee, pc)
	if reason != "" {
		lf.dead = true
		j.lfRefuse(f.Code, pc, reason)
		return lfDead
	}
	lf.plan, lf.fn = p, info.Fn
	j.stats.CompileSeconds += time.Since(start).Seconds()
	if j.lowerLate(m) {
		j.logf("planned loop function %s from %s: %d bytecodes compiled, %d entries (compile estimated at %.2f ms or more)",
			f.Code.Name, where(f.Code, pc), p.compiled, len(p.entries), j.lfCompileCost(lfEstimatedBytes(p))/1e6)
		return lfReady
	}
	return j.lowerLoopFuncAt(f, pc, lf)
}

// lowerLoopFuncAt lowers the plan in lf to its module's bytes, lf.bin.
func (j *JIT) lowerLoopFuncAt(f *vm.Frame, pc int, lf *loopFunc) int {
	start := time.Now()
	p := lf.plan
	bin, err := lowerLoopFunc(p, j.cfg.CountBytecodes)
	if err != nil {
		lf.dead, lf.plan = true, nil
		j.lfRefuse(f.Code, pc, err.Error())
		return lfDead
	}
	lf.bin = bin
	lf.size = j.pricedSize(len(bin), func() ([]byte, error) { return lowerLoopFunc(p, false) }) // bytecodecount.go
	j.stats.CompileSeconds += time.Since(start).Seconds()
	j.logf("lowered loop function %s from %s: %d bytecodes compiled, %d entries, %d wasm bytes (compile estimated at %.2f ms)",
		f.Code.Name, where(f.Code, pc), p.compiled, len(p.entries), len(bin), j.lfCompileCost(lf.size)/1e6)
	return lfReady
}

// loadLoopFunc compiles and instantiates the module planLoopFuncAt made:
// lfReady, lfDead (it failed) or lfPending (compiling in the background).
func (j *JIT) loadLoopFunc(m *vm.VM, f *vm.Frame, pc int, lf *loopFunc) int {
	p, bin := lf.plan, lf.bin
	start, startCPU := time.Now(), cpuTime()
	var err error
	if !j.wasmUp(m) {
		err = fmt.Errorf("no wasm runtime")
	}
	if err == nil {
		err = j.loopFuncHostUp()
	}
	lfs := j.lfuncs
	lfs.n++
	name := fmt.Sprintf("loopfunc_%d", lfs.n)
	if err == nil && j.cfg.DumpDir != "" {
		if werr := os.WriteFile(filepath.Join(j.cfg.DumpDir, name+".wasm"), bin, 0o644); werr != nil {
			j.logf("dump: %v", werr)
		}
	}
	if err == nil && j.loopFuncAsync(m, lf, p, lf.fn, name, bin, where(f.Code, pc), start) {
		return lfPending // async.go
	}
	var cm wazero.CompiledModule
	var mod api.Module
	timed := err == nil && j.pricesLoad(bin) // compileprice.go
	loadStart, loadCPU := time.Now(), cpuTime()
	if err == nil {
		cm, mod, err = j.w.load(name, bin)
	}
	loaded, loadedCPU := time.Now(), cpuTime()
	if timed && err == nil {
		j.noteLoopFuncLoad(len(bin), loadedCPU-loadCPU)
	}
	if err != nil {
		lf.dead, lf.plan, lf.bin = true, nil, nil
		j.lfRefuse(f.Code, pc, err.Error())
		return lfDead
	}
	lf.name, lf.cm, lf.mod, lf.run = name, cm, mod, mod.ExportedFunction(loopFuncEntryName)
	secs := time.Since(start).Seconds()
	j.stats.TracesCompiled++
	j.stats.CompileSeconds += secs
	j.stats.LoopFuncs.Compiled++
	ms := func(d time.Duration) float64 { return d.Seconds() * 1e3 }
	j.logf("compiled loop function %s (%s) from %s: %d bytecodes compiled, %d entries, %d wasm bytes, %.2f ms (wazero %.2f, its CPU %.2f; all CPU %.2f)",
		f.Code.Name, name, where(f.Code, pc), p.compiled, len(p.entries), len(bin), secs*1e3,
		ms(loaded.Sub(loadStart)), ms(loadedCPU-loadCPU), ms(loadedCPU-startCPU))
	return lfReady
}

// lfRefuse records why a function is not compiled whole.
func (j *JIT) lfRefuse(code *bytecode.Code, pc int, reason string) {
	j.stats.AbortReasons["loop function: "+reason+" at "+where(code, pc)]++
	j.logf("no loop function %s at %s: %s", code.Name, where(code, pc), reason)
}

// loopFuncHostUp instantiates the host module with the materialise
// import, once.
func (j *JIT) loopFuncHostUp() error {
	lfs := j.lfuncs
	if lfs.hostUp {
		return nil
	}
	i32, i64 := api.ValueTypeI32, api.ValueTypeI64
	_, err := j.w.r.NewHostModuleBuilder(loopFuncHostModule).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, _ api.Module, s []uint64) {
		addr, kind := uint32(s[0]), int32(uint32(s[1]))
		a, b, c := int64(s[2]), int64(s[3]), int64(s[4])
		var v gc.Value
		if kind == loopFuncMatRange {
			v = lfs.m.JITNewRange(a, b, c)
		} else {
			v = lfs.m.JITNewRangeIter(a, b, c)
		}
		mem := j.w.heapBytes()
		binary.LittleEndian.PutUint64(mem[addr+8:], v.Bits())
		binary.LittleEndian.PutUint64(mem[addr:], uint64(v.Tag()))
	}), []api.ValueType{i32, i32, i64, i64, i64}, nil).Export(loopFuncMatName).
		Instantiate(j.w.ctx)
	if err != nil {
		return fmt.Errorf("loop function host module: %w", err)
	}
	lfs.hostUp = true
	return nil
}

// lfEntryOK checks what the compiled code took for granted: the same
// function and globals dict, the globals and builtins it read unchanged.
func (j *JIT) lfEntryOK(m *vm.VM, lf *loopFunc) bool {
	p := lf.plan
	info := m.JITFuncCallInfo()
	if info.Fn != lf.fn || info.Globals != p.globals {
		return false
	}
	for _, c := range p.checks {
		v, found := m.JITDictGet(p.globals, c.name)
		if c.builtin {
			if found {
				return false
			}
			v, found = m.JITDictGet(p.builtins, c.name)
		}
		if !found || v != c.v {
			return false
		}
	}
	return true
}

// runLoopFunc enters the compiled function at entry e (header pc).
func (j *JIT) runLoopFunc(m *vm.VM, f *vm.Frame, lf *loopFunc, e, pc int) (int, bool, bool) {
	lfs := j.lfuncs
	st := &j.stats.LoopFuncs
	if !j.lfEntryOK(m, lf) {
		return j.lfMiss(lf, st)
	}
	s := append(lfs.stack[:0], api.EncodeI32(int32(f.RegsOffset)), api.EncodeI32(int32(e)))
	lfs.stack, lfs.m = s, m
	if err := lf.run.CallWithStack(j.w.ctx, s); err != nil {
		panic(fmt.Sprintf("jit: loop function %s trapped: %v", lf.name, err))
	}
	lfs.m = nil
	res := int(int32(uint32(s[0])))
	if res < 0 {
		return j.lfMiss(lf, st)
	}
	lf.entries++
	st.Entries++
	if res&loopFuncPollBit != 0 {
		res &^= loopFuncPollBit
		// the poll: the interpreter checks Ctrl-C and collects, and the
		// next back-edge of this loop comes straight back
		st.Polls++
		for _, b := range lf.plan.backs[res] {
			m.JITPrimeLoop(b)
		}
		return res, true, true
	}
	for _, srcs := range lf.plan.backs {
		for _, b := range srcs {
			m.JITPrimeLoop(b) // the next back-edge (the next call's) comes straight back
		}
	}
	if lf.plan.endsFunction(res) {
		st.Returns++
		return res, true, true
	}
	lf.exits++
	st.Exits++
	if lf.exits >= lfMinExits && lf.exits*lfExitRatio > lf.entries {
		j.dropLoopFunc(lf)
		j.logf("loop function %s dropped: %d of %d entries left early", f.Code.Name, lf.exits, lf.entries)
	}
	return res, true, true
}

// lfMiss counts a refused entry; too many drop the function.
func (j *JIT) lfMiss(lf *loopFunc, st *LoopFuncStats) (int, bool, bool) {
	st.Refused++
	if lf.misses++; lf.misses > lfMaxMisses {
		j.dropLoopFunc(lf)
		j.logf("loop function %s dropped: %d entries refused", lf.name, lf.misses)
	}
	return 0, false, true
}

// dropLoopFunc closes a loop function's module; its loops are traced
// from then on.
func (j *JIT) dropLoopFunc(lf *loopFunc) {
	if lf.mod != nil {
		_ = lf.mod.Close(j.w.ctx)
		_ = lf.cm.Close(j.w.ctx)
	}
	lf.plan, lf.bin, lf.cm, lf.mod, lf.run, lf.dead = nil, nil, nil, nil, nil, true
}
