// async.go compiles modules in the background. Making a trace is
// recording, the IR passes, lowering and wazero's compiler; the compiler
// is most of it (BenchmarkTraceCompile) and needs nothing of the VM, so
// with Config.Async it runs on its own goroutine while the interpreter
// keeps running the loop, and the finished module is instantiated and
// installed on the VM's goroutine at the next hook call or trace entry.
// On a machine with a spare core the compile costs the program no time:
// a short program no longer waits 5-20 ms per trace before its loop goes
// on. Three kinds of module compile so (docs/jit.md "Background compiles
// (session 17)"):
//
//   - root traces: the loop runs interpreted meanwhile; its back-edge
//     calls the hook every pendingPoll iterations (instead of every
//     threshold), so the trace is entered within a few iterations of its
//     compile's end;
//   - trace trees (fastloop.go): the root keeps running its old module,
//     and the tree replaces it in the root's slot when ready;
//   - loop functions (loopfunc.go): the function's loops run interpreted
//     (not traced) meanwhile, polled as a root's loop is.
//
// Root traces and loop functions go only once the program's work has
// reached Config.AsyncMinWork (asyncrule.go). Side traces, function
// traces and the hop dispatcher still compile on the VM's goroutine: a
// side trace is small (a millisecond) and its exit would go to Go until
// it is ready.
//
// Nothing a pending module depends on may change unseen while it
// compiles. Its guards check every type, version and value it assumed
// when it runs, as for any trace, so only the traces it names by slot
// matter: an inner trace a root calls, a side trace a tree inlines (its
// link words are its slot's), or the tree's root could be retired, and
// its slot reused, in the meantime. Each install checks that every slot
// still holds the trace the lowering saw and drops the module otherwise
// (the loop records again later). The slot a new root was lowered for is
// taken off the free list when its compile starts, so nothing else can
// claim it. The compile goroutine holds no lock the interpreter needs:
// wazero's compiler takes its engine's lock only to register the result,
// and the module is instantiated (the table slot written) on the VM's
// goroutine.

package jit

import (
	"fmt"
	"runtime"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/trace"
	"github.com/hotloop/hotloop/vm"
	"github.com/hotloop/hotloop/wasmgen"
)

// pendingPoll is how often (in back-edges) a loop whose module compiles
// in the background calls the hook: a hook call that finds nothing ready
// costs about as much as one interpreted bytecode, and the trace is
// entered at most this many iterations after its compile ended.
const pendingPoll = 4

// asyncState is the JIT's background compiles.
type asyncState struct {
	// done receives the finished compiles; inflight counts the compiles
	// started and not installed yet (held ones included).
	done     chan *asyncJob
	inflight int
	// held: finished compiles that could not be installed yet (a trace
	// tree whose root's old module may be running below a residual call).
	held []*asyncJob
	// trees: roots whose tree is compiling; lfuncs: loop functions
	// compiling.
	trees  map[*compiled]bool
	lfuncs map[*loopFunc]bool
	// rt: the wasm runtime being set up in the background, or nil.
	rt chan preparedRuntime
	// threshold is the VM's loop threshold (set at the first hot loop).
	threshold int
	// busy counts the compiles done on the VM's goroutine because
	// Config.SpareCore found no idle core.
	busy int64
	// short counts the compiles done on the VM's goroutine because the
	// program's work was below Config.AsyncMinWork (asyncrule.go); vm
	// is the VM whose work clock that reads (set at the first hot loop).
	short int64
	vm    *vm.VM
	// installed counts the background compiles installed; cpu and wall
	// are the CPU time and the wall time of every finished one.
	installed int64
	cpu, wall time.Duration
	// wait makes every background compile finish before compileBG
	// returns (it is still installed at the next check, as in the
	// background): tests use it to count iterations deterministically.
	wait bool
	// delay, for tests: a finished compile is installed only after
	// delay checks per KiB of its module have passed (with wait, a
	// pending window of a known number of hook calls that grows with the
	// module, as compile times do).
	delay int
}

// asyncJob is one module compiling in the background.
type asyncJob struct {
	name string
	wasm []byte
	cm   wazero.CompiledModule
	err  error
	dur  time.Duration // the compiler's own time
	cpu  time.Duration // the CPU time of its thread (0: unknown)
	// install instantiates the module on the VM's goroutine and makes it
	// live, or drops it; it reports false when it cannot be done now
	// (the job is held and offered again at the next check).
	install func(j *JIT, d *asyncJob) bool
	hold    int // checks to let pass before installing (asyncState.delay)
}

// asyncOn reports whether a module of these bytes (a trace tree's:
// tree) is compiled in the background: with Config.Async, not in
// forced-hot mode (whose point is that every loop runs its trace from its
// first back-edge), not for a module the code cache holds (it loads in a
// fraction of a millisecond), not while the program is short
// (Config.AsyncMinWork, asyncrule.go) and only when Config.SpareCore (if
// set) finds a core idle.
func (j *JIT) asyncOn(wasm []byte, tree bool) bool {
	if !j.cfg.Async || j.async.threshold <= 1 || j.known(wasm) || !j.bgAllowed(tree) {
		return false
	}
	if j.cfg.SpareCore != nil && !j.cfg.SpareCore() {
		j.async.busy++
		return false
	}
	return true
}

// compileBG compiles wasm on another goroutine; install runs on the VM's
// goroutine once it is done (installReady).
func (j *JIT) compileBG(name string, wasm []byte, install func(j *JIT, d *asyncJob) bool) {
	a := &j.async
	if a.done == nil {
		a.done = make(chan *asyncJob, 256)
	}
	a.inflight++
	d := &asyncJob{name: name, wasm: wasm, install: install, hold: a.delay * len(wasm) / 1024}
	w, done := j.w, a.done
	finished := make(chan struct{})
	go func() {
		// Locked to its thread so that the thread's CPU time is the
		// compile's (Stats.BackgroundCPU).
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		t0 := time.Now()
		c0, cpuOK := threadCPU()
		defer close(finished)
		defer func() {
			// The program may end, and close the heap's wazero runtime,
			// while this compile runs: wazero then panics on its closed
			// store (its type table is gone). Nobody waits for the result
			// any more; the panic must not take the exiting process down.
			if r := recover(); r != nil {
				d.err, d.dur = fmt.Errorf("compile interrupted: %v", r), time.Since(t0)
				done <- d
			}
		}()
		d.cm, d.err = w.r.CompileModule(w.ctx, wasm)
		d.dur = time.Since(t0)
		if c1, ok := threadCPU(); ok && cpuOK {
			d.cpu = c1 - c0
		}
		done <- d
	}()
	if a.wait {
		<-finished
	}
}

// installReady installs the background compiles that have finished.
func (j *JIT) installReady() {
	a := &j.async
	if len(a.held) > 0 {
		held := a.held
		a.held = nil
		for _, d := range held {
			j.installJob(d)
		}
	}
	for {
		select {
		case d := <-a.done:
			j.installJob(d)
		default:
			return
		}
	}
}

// installJob offers a finished compile to its install, holding it when
// that cannot be done now.
func (j *JIT) installJob(d *asyncJob) {
	if d.hold > 0 {
		d.hold--
		j.async.held = append(j.async.held, d)
		return
	}
	if !d.install(j, d) {
		j.async.held = append(j.async.held, d)
		return
	}
	j.async.inflight--
	j.async.cpu += d.cpu
	j.async.wall += d.dur
}

// instantiateJob instantiates a finished compile (closing it on failure)
// and tells the code cache's marks about it, as wasmRuntime.load does.
func (j *JIT) instantiateJob(d *asyncJob) (api.Module, error) {
	if d.err != nil {
		return nil, fmt.Errorf("compiling %s: %w", d.name, d.err)
	}
	mod, err := j.w.instantiate(d.cm, d.name) // runtime_setprobe.go
	if err != nil {
		_ = d.cm.Close(j.w.ctx)
		return nil, fmt.Errorf("instantiating %s: %w", d.name, err)
	}
	if j.w.compiled != nil {
		j.w.compiled(d.wasm)
	}
	return mod, nil
}

// dropJob closes a compiled module nobody will run.
func (j *JIT) dropJob(d *asyncJob) {
	if d.cm != nil {
		_ = d.cm.Close(j.w.ctx)
	}
}

// pollPending makes the innermost frame's loop, whose module is
// compiling, call the hook again within pendingPoll back-edges.
func (j *JIT) pollPending(m *vm.VM) {
	m.JITPrimeLoopIn(m.JITTopFrame().PC, pendingPoll)
}

// pendingSideSkip is how many exits an exit whose side trace waits for
// a loop whose trace compiles in the background lets pass before it
// looks again (waitsForPending).
const pendingSideSkip = 8

// waitsForPending reports whether exit e's side trace ended at a loop
// whose trace is compiling in the background: the side trace is not
// recorded again (nor counted as aborting, nor its exits charged to the
// trace: exitcost.go) until that trace is installed, when it records at
// once (storms.go waitOver). Without this, an inner loop's exits into an
// outer loop whose trace was still compiling recorded side traces that
// aborted at the outer header again and again, and the inner trace was
// parked for ending at exits to Go (mandelbrot: 95,000 exits to Go
// against 4,800 with synchronous compiles).
func (j *JIT) waitsForPending(e *exitState) bool {
	s := e.memo
	if s == nil || !s.waiting {
		return false
	}
	lp := j.loops[s.waitFor]
	return lp != nil && lp.pending
}

// compileAsync takes b's slot off the free list and compiles b's module
// on another goroutine; the loop runs interpreted until it is installed.
func (j *JIT) compileAsync(m *vm.VM, key loopKey, lp *loop, name string, rec *trace.Recording, b built, start, recorded time.Time) {
	j.slots = j.slots[:len(j.slots)-1]
	b.times.record = recorded.Sub(start)
	made := time.Since(start)
	var calls []*compiled // the traces rec.Calls named when it was recorded
	for _, s := range rec.Calls {
		calls = append(calls, j.bySlot[s])
	}
	lp.pending = true
	j.pollPending(m)
	j.compileBG(name, b.low.Wasm, func(j *JIT, d *asyncJob) bool {
		lp.pending = false
		reason := ""
		for i, s := range rec.Calls {
			if j.bySlot[s] != calls[i] || calls[i] == nil {
				reason = "a trace it calls was retired while it compiled"
				break
			}
		}
		if reason == "" {
			mod, err := j.instantiateJob(d)
			if err == nil {
				if err = j.w.place(d.cm, mod, d.wasm, d.name, b.place); err != nil { // slotfree.go
					_ = mod.Close(j.w.ctx)
					_ = d.cm.Close(j.w.ctx)
				}
			}
			if err != nil {
				reason = "wasm: " + err.Error()
			} else {
				b.cm, b.mod = d.cm, mod
			}
		} else {
			j.dropJob(d)
		}
		if reason != "" {
			j.slots = append(j.slots, b.slot)
			j.abort(lp, key, key.pc, reason)
			return true
		}
		j.markRecording(rec, false) // estimate.go
		j.markLoop(key)             // estskip.go
		// The compile time reported is the work done, not the wait: start
		// is moved so that install's time.Since(start) counts the recording,
		// the passes, the compile and the instantiation.
		b.times.load = d.dur
		j.install(key, lp, name, rec, b, time.Now().Add(-(made + d.dur)))
		j.async.installed++
		return true
	})
}

// treeAsync compiles root r's trace tree (low, inlining sides) in the
// background, and reports false when it is to be compiled at once
// instead. r runs its old module meanwhile; the tree replaces it if r and
// every side trace it inlines are still live in their slots.
func (j *JIT) treeAsync(r *compiled, name string, low *wasmgen.Lowered, sides []*compiled, start time.Time) bool {
	if !j.asyncOn(low.Wasm, true) {
		return false
	}
	a := &j.async
	if a.trees == nil {
		a.trees = map[*compiled]bool{}
	}
	a.trees[r] = true
	made := time.Since(start)
	j.logf("compiling %s in the background", name)
	j.compileBG(name, low.Wasm, func(j *JIT, d *asyncJob) bool {
		if j.calloutBusy() {
			return false // r's old module may be running below a residual call (callout.go)
		}
		delete(a.trees, r)
		live := j.bySlot[r.slot] == r
		for _, s := range sides {
			live = live && j.bySlot[s.slot] == s
		}
		if !live {
			j.dropJob(d)
			j.logf("dropped %s: its root or a side trace it inlines was retired while it compiled", name)
			return true
		}
		mod, err := j.instantiateJob(d)
		if err != nil {
			r.rebuilds = maxRebuilds
			j.logf("no trace tree for %s: %v", r.name, err)
			return true
		}
		j.treeInstalled(r, name, low, sides, d.cm, mod, made+d.dur)
		j.async.installed++
		return true
	})
	return true
}

// treeBusy reports whether r's tree is compiling in the background.
func (j *JIT) treeBusy(r *compiled) bool { return j.async.trees[r] }

// loopFuncAsync compiles loop function lf's module (bin, planned as p
// for function fn) in the background, and reports false when it is to be
// compiled at once instead. The function's loops run interpreted
// meanwhile (loopFuncPending).
func (j *JIT) loopFuncAsync(m *vm.VM, lf *loopFunc, p *loopPlan, fn gc.Value, name string, bin []byte, header string, start time.Time) bool {
	if !j.asyncOn(bin, false) {
		return false
	}
	a := &j.async
	if a.lfuncs == nil {
		a.lfuncs = map[*loopFunc]bool{}
	}
	a.lfuncs[lf] = true
	j.pollPending(m)
	made := time.Since(start)
	j.compileBG(name, bin, func(j *JIT, d *asyncJob) bool {
		delete(a.lfuncs, lf)
		mod, err := j.instantiateJob(d)
		if err != nil {
			lf.dead = true
			j.stats.AbortReasons["loop function: "+err.Error()+" at "+header]++
			j.logf("no loop function %s at %s: %v", name, header, err)
			return true
		}
		// (as compileLoopFunc does after a load on the VM's goroutine)
		lf.plan, lf.fn, lf.name, lf.cm, lf.mod, lf.run = p, fn, name, d.cm, mod, mod.ExportedFunction(loopFuncEntryName)
		secs := (made + d.dur).Seconds()
		j.stats.TracesCompiled++
		j.stats.CompileSeconds += secs
		j.stats.LoopFuncs.Compiled++
		j.async.installed++
		j.logf("compiled loop function %s from %s in the background: %d bytecodes compiled, %d entries, %d wasm bytes, %.2f ms",
			name, header, p.compiled, len(p.entries), len(bin), secs*1e3)
		return true
	})
	return true
}

// loopFuncPending reports whether lf's module is compiling in the
// background; if so, the loop at the innermost frame's back-edge calls
// the hook again within pendingPoll iterations.
func (j *JIT) loopFuncPending(m *vm.VM, lf *loopFunc) bool {
	if !j.async.lfuncs[lf] {
		return false
	}
	j.pollPending(m)
	return true
}

// preparedRuntime is the wasm runtime set up in the background.
type preparedRuntime struct {
	w   *wasmRuntime
	err error
}

// prepareRuntime sets the wasm runtime up (the table and host modules,
// about 1 ms of CPU, most of it compiling the host module's Go
// trampolines) on another goroutine when background compiles are on
// and a core is idle, so that the first compile finds it ready (wasmUp
// takes it). It is called once a root recording's guessed size says its
// compile pays (compile, before the passes and the lowering, which it
// overlaps), not at the first hot loop: most programs with a hot loop
// compile nothing, and on a quiet machine the speculative set-up cost
// them 1-5 ms of CPU on the other core (docs/jit.md "The JIT's fixed
// costs (session 18)"). Nothing else touches the
// wazero store meanwhile: the interpreter does not call into wasm before
// the first module is loaded.
func (j *JIT) prepareRuntime(m *vm.VM) {
	if !j.cfg.Async || j.async.threshold <= 1 || j.w != nil || j.async.rt != nil {
		return
	}
	if j.cfg.SpareCore != nil && !j.cfg.SpareCore() {
		return
	}
	heap, size, pow := m.JITHeap(), j.cfg.MaxModules, m.JITFloatPow
	rt := make(chan preparedRuntime, 1)
	j.async.rt = rt
	go func() {
		defer func() {
			// The program may end, and close the heap's runtime, first
			// (as for compileBG).
			if r := recover(); r != nil {
				rt <- preparedRuntime{err: fmt.Errorf("setting up the wasm runtime: %v", r)}
			}
		}()
		w, err := newWasmRuntime(heap, size, pow)
		rt <- preparedRuntime{w: w, err: err}
	}()
}

// takeRuntime returns the wasm runtime prepareRuntime set up, waiting for
// it if it is not ready, or sets one up now when none was started.
func (j *JIT) takeRuntime(m *vm.VM) (*wasmRuntime, error) {
	if rt := j.async.rt; rt != nil {
		j.async.rt = nil
		p := <-rt
		return p.w, p.err
	}
	return newWasmRuntime(m.JITHeap(), j.cfg.MaxModules, m.JITFloatPow)
}
