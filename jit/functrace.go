// functrace.go is the runtime side of function traces: vm.FunctionHook.
// The interpreter offers the JIT the frame of every call of a hot
// function; a recursive function whose code functrace_gen.go can compile
// gets one wasm module, and from then on each call the interpreter makes
// of it runs the whole recursion in wasm: the result goes back to the
// caller as the function's RETURN would send it. When compiled code
// cannot go on (a type it did not expect, an int overflowing into a big
// int, an instruction it does not compile, the recursion limit, Ctrl-C),
// every wasm level logs its frame and pc through the unwind import on the
// way out, and Go pushes one interpreter frame per level, so that the
// interpreter goes on with exactly the frames the calls would have made
// (tracebacks, RecursionError at the same depth). docs/jit.md "Recursive
// functions (session 15)".

package jit

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/vm/bytecode"
)

// Policy of function traces.
const (
	// funcExitRatio: a function trace whose entries leave through an
	// exit more than one time in funcExitRatio (after funcMinExits exits)
	// is dropped, and the function interpreted from then on.
	funcExitRatio = 4
	funcMinExits  = 64
	// funcMaxMisses: entries refused (another function object of the
	// code, a global rebound, arguments that are not ints) before the
	// function is compiled again for what it meets now (at most
	// funcMaxCompiles times) or given up.
	funcMaxMisses   = 256
	funcMaxCompiles = 3
)

// funcTraces is the JIT's state for function traces.
type funcTraces struct {
	byCode map[*bytecode.Code]*funcTrace
	hostUp bool
	// log holds the frames the last run left through (innermost first),
	// written by the unwind import.
	log   []unwindEntry
	stack []uint64
	n     int // modules built (names)
}

// unwindEntry is one wasm level leaving: its frame's address and the pc
// its interpreter frame resumes at.
type unwindEntry struct {
	frame uint32
	pc    int
}

// funcTrace is one function's compiled code, or why it has none.
type funcTrace struct {
	plan     *funcPlan
	name     string
	cm       wazero.CompiledModule
	mod      api.Module
	entry    api.Function
	dead     bool // given up: the function is interpreted
	compiles int
	entries  int64
	exits    int64
	misses   int
	pay      *funcPay // funcpayoff.go: set while the first compile waits to pay
}

// FuncStats are the function-trace counters.
type FuncStats struct {
	Compiled int64 // function traces compiled
	Entries  int64 // calls run in wasm from the interpreter
	Exits    int64 // of those, the ones that left to the interpreter
	Frames   int64 // interpreter frames pushed by those exits
}

// FuncHot implements vm.FunctionHook.
func (j *JIT) FuncHot(m *vm.VM, f *vm.Frame) {
	if j.err != nil {
		m.JITFuncCold()
		return
	}
	if j.funcs == nil {
		j.funcs = &funcTraces{byCode: map[*bytecode.Code]*funcTrace{}}
	}
	fs := j.funcs
	info := m.JITFuncCallInfo()
	ft := fs.byCode[f.Code]
	if ft == nil || (ft.entry == nil && ft.compiles == 0 && !ft.dead) {
		if ft == nil {
			ft = &funcTrace{}
			fs.byCode[f.Code] = ft
		}
		if !j.compileFunc(m, f, ft, info) {
			return
		}
	}
	if ft.dead {
		m.JITFuncCold()
		return
	}
	if ft.entry == nil || !j.funcEntryOK(m, f, ft, info) {
		ft.misses++
		if ft.misses > funcMaxMisses {
			ft.misses = 0
			j.dropFunc(ft)
			if ft.compiles >= funcMaxCompiles {
				ft.dead = true
				m.JITFuncCold()
				j.logf("function %s given up after %d compiles", f.Code.Name, ft.compiles)
				return
			}
			j.compileFunc(m, f, ft, info)
		}
		return
	}
	j.runFunc(m, f, ft, info)
}

// WantsCalls implements vm.CallFilter: only the calls of a function that
// may call itself are counted up to FuncHot, which would give every other
// code up at its first hot call (compileFunc). The rest cost what they
// cost with no hook (docs/jit.md "What the installed hook costs (session
// 27)").
func (j *JIT) WantsCalls(m *vm.VM, code *bytecode.Code, consts []gc.Value) bool {
	return recursive(m, code, code.Instrs, consts)
}

// recursive reports whether the code loads its own name as a global: a
// function that may call itself (others are not worth a function trace).
func recursive(m *vm.VM, code *bytecode.Code, instrs []bytecode.Instr, consts []gc.Value) bool {
	for _, ins := range instrs {
		if ins.Op() == bytecode.LOADGLOBAL && int(ins.Bx()) < len(consts) {
			if name, ok := m.JITStr(consts[ins.Bx()]); ok && name == code.Name {
				return true
			}
		}
	}
	return false
}

// compileFunc plans and builds the function trace of the frame's
// function into ft; false (with the function cold) when it has none.
func (j *JIT) compileFunc(m *vm.VM, f *vm.Frame, ft *funcTrace, info vm.JITFuncCall) bool {
	callee, ok := m.JITFunction(info.Fn)
	if !ok || !recursive(m, f.Code, callee.Instrs, callee.Consts) {
		ft.dead = true
		m.JITFuncCold()
		return false
	}
	if ft.pay != nil && !j.funcPays(m, ft, len(callee.Instrs), nil, 0) {
		return false // funcpayoff.go: deferred, backed off until it pays
	}
	start := time.Now()
	fail := func(reason string) bool {
		ft.dead = true
		m.JITFuncCold()
		j.stats.TracesAborted++
		j.stats.AbortReasons["function: "+reason+" at "+where(f.Code, 0)]++
		j.logf("abort function %s at %s: %s", f.Code.Name, where(f.Code, 0), reason)
		return false
	}
	p, reason := planFunc(m, info.Fn)
	if reason != "" {
		return fail(reason)
	}
	bin, err := lowerFunc(p, info, j.cfg.CountBytecodes)
	if err != nil {
		return fail("lowering: " + err.Error())
	}
	size := j.pricedSize(len(bin), func() ([]byte, error) { return lowerFunc(p, info, false) }) // bytecodecount.go
	if ft.pay == nil && !j.funcPays(m, ft, len(callee.Instrs), bin, size) {
		return false // funcpayoff.go: the first check, once the size is known
	}
	ft.compiles++
	if !j.wasmUp(m) {
		return fail("no wasm runtime")
	}
	if err := j.funcHostUp(); err != nil {
		return fail(err.Error())
	}
	fs := j.funcs
	fs.n++
	name := fmt.Sprintf("func_%d", fs.n)
	if j.cfg.DumpDir != "" {
		if err := os.WriteFile(filepath.Join(j.cfg.DumpDir, name+".wasm"), bin, 0o644); err != nil {
			j.logf("dump: %v", err)
		}
	}
	cm, mod, err := j.w.load(name, bin)
	if err != nil {
		return fail("wasm: " + err.Error())
	}
	ft.plan, ft.name, ft.cm, ft.mod, ft.entry = p, name, cm, mod, mod.ExportedFunction(funcEntryName)
	ft.entries, ft.exits, ft.misses = 0, 0, 0
	secs := time.Since(start).Seconds()
	j.stats.TracesCompiled++
	j.stats.CompileSeconds += secs
	j.stats.Funcs.Compiled++
	j.logf("compiled function %s (%s) at %s: %d bytecodes, %d self-calls, %d wasm bytes, %.2f ms",
		f.Code.Name, name, where(f.Code, 0), len(p.instrs), p.calls, len(bin), secs*1e3)
	return true
}

// dropFunc closes a function trace's module.
func (j *JIT) dropFunc(ft *funcTrace) {
	if ft.mod != nil {
		_ = ft.mod.Close(j.w.ctx)
		_ = ft.cm.Close(j.w.ctx)
	}
	ft.plan, ft.cm, ft.mod, ft.entry = nil, nil, nil, nil
}

// funcHostUp instantiates the host module with the unwind import, once.
func (j *JIT) funcHostUp() error {
	fs := j.funcs
	if fs.hostUp {
		return nil
	}
	i32 := api.ValueTypeI32
	_, err := j.w.r.NewHostModuleBuilder(funcHostModule).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, _ api.Module, s []uint64) {
		fs.log = append(fs.log, unwindEntry{frame: uint32(s[0]), pc: int(int32(uint32(s[1])))})
	}), []api.ValueType{i32, i32}, nil).Export(funcUnwindName).
		NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(context.Context, api.Module, []uint64) {
		runtime.Gosched()
	}), nil, nil).Export(funcPollName).
		Instantiate(j.w.ctx)
	if err != nil {
		return fmt.Errorf("function host module: %w", err)
	}
	fs.hostUp = true
	return nil
}

// funcEntryOK checks what the compiled code took for granted and the
// arguments: the function called is the one compiled, with the same
// globals dict, whose globals still hold the values compiled in; the
// arguments are ints.
func (j *JIT) funcEntryOK(m *vm.VM, f *vm.Frame, ft *funcTrace, info vm.JITFuncCall) bool {
	p := ft.plan
	if info.Fn != p.fn || info.Globals != p.globals {
		return false
	}
	for _, c := range p.checks {
		if v, ok := m.JITDictGet(p.globals, c.name); !ok || v != c.v {
			return false
		}
	}
	for i := 0; i < p.nargs; i++ {
		if gc.Tag(m.JITWord(f.RegsOffset+uint32(16*i))) != gc.TagInt {
			return false
		}
	}
	return true
}

// runFunc runs the call in the frame f in wasm, and finishes it (the
// result to the caller) or sets the interpreter's frames up where the
// code left.
func (j *JIT) runFunc(m *vm.VM, f *vm.Frame, ft *funcTrace, info vm.JITFuncCall) {
	fs, p := j.funcs, ft.plan
	s := fs.stack[:0]
	s = append(s, api.EncodeI32(int32(f.RegsOffset)), api.EncodeI32(int32(info.Limit-info.Frames)))
	for i := 0; i < p.nargs; i++ {
		s = append(s, m.JITWord(f.RegsOffset+uint32(16*i)+8))
	}
	if len(s) < 2 {
		s = append(s, 0)
	}
	fs.stack = s
	fs.log = fs.log[:0]
	ft.entries++
	j.stats.Funcs.Entries++
	if err := ft.entry.CallWithStack(j.w.ctx, s); err != nil {
		panic(fmt.Sprintf("jit: function trace %s trapped: %v", ft.name, err))
	}
	if uint32(s[1]) == 0 {
		v := gc.Int(int64(s[0]))
		if p.ret == rBool {
			v = gc.Bool(s[0] != 0)
		}
		m.JITFuncReturn(v)
		return
	}
	ft.exits++
	j.stats.Funcs.Exits++
	j.unwindFrames(m, f, ft)
	if ft.exits >= funcMinExits && ft.exits*funcExitRatio > ft.entries {
		ft.dead = true
		j.dropFunc(ft)
		m.JITFuncCold()
		j.logf("function %s dropped: %d of %d entries left early", f.Code.Name, ft.exits, ft.entries)
	}
}

// unwindFrames pushes the interpreter frames of the wasm levels the run
// left through (the log, innermost first; the last is the frame the
// interpreter entered the call with).
func (j *JIT) unwindFrames(m *vm.VM, f *vm.Frame, ft *funcTrace) {
	log := j.funcs.log
	n := len(log)
	if n == 0 || log[n-1].frame != f.RegsOffset {
		panic(fmt.Sprintf("jit: function trace %s left with a bad frame log (%d entries)", ft.name, n))
	}
	for i := n - 1; i >= 1; i-- {
		caller, callee := log[i], log[i-1]
		if callee.frame <= caller.frame || (callee.frame-caller.frame)%16 != 0 {
			panic(fmt.Sprintf("jit: function trace %s logged frame %#x above %#x", ft.name, callee.frame, caller.frame))
		}
		if err := m.JITPushFrame(caller.pc, int(callee.frame-caller.frame)/16, callee.pc); err != nil {
			panic(fmt.Sprintf("jit: function trace %s: %v", ft.name, err))
		}
	}
	j.stats.Funcs.Frames += int64(n - 1)
	if n == 1 {
		m.JITFuncResume(log[0].pc)
	}
}
