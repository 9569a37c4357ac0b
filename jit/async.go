// async.go compiles root traces in the background. Making a trace is
// recording, the IR passes, lowering and wazero's compiler; the compiler
// is about 85% of it (BenchmarkTraceCompile) and needs nothing of the VM,
// so with Config.Async it runs on its own goroutine while the interpreter
// keeps running the loop, and the finished module is instantiated and
// installed on the VM's goroutine at the next hook call. On a machine with
// a spare core the compile costs the program no time at all: a short
// program no longer pays 10-20 ms per trace before its loop goes on.
//
// Nothing a pending trace depends on may change unseen while it compiles.
// Its guards check every type, version and value it assumed when it runs,
// as for any trace, so only the traces it calls through the table matter:
// an inner trace it calls by slot could be retired, and its slot reused,
// in the meantime. install checks that each slot still holds the trace
// the recording saw and drops the module otherwise (the loop records
// again later). The slot the new module was lowered for is taken off the
// free list when the compile starts, so nothing else can claim it.

package jit

import (
	"fmt"
	"time"

	"github.com/tetratelabs/wazero"

	"github.com/hotloop/hotloop/trace"
)

// compileDone is a background compile's result.
type compileDone struct {
	p   *pendingTrace
	cm  wazero.CompiledModule
	err error
	dur time.Duration // the compiler's own time
}

// pendingTrace is a root trace whose module is compiling.
type pendingTrace struct {
	key   loopKey
	lp    *loop
	name  string
	rec   *trace.Recording
	b     built
	made  time.Duration // recording, passes and lowering, on the VM's goroutine
	calls []*compiled   // the traces rec.Calls named when it was recorded
}

// compileAsync takes b's slot off the free list and compiles b's module
// on another goroutine.
func (j *JIT) compileAsync(key loopKey, lp *loop, name string, rec *trace.Recording, b built, start time.Time) {
	if j.done == nil {
		j.done = make(chan compileDone, j.cfg.MaxModules)
	}
	j.slots = j.slots[:len(j.slots)-1]
	p := &pendingTrace{key: key, lp: lp, name: name, rec: rec, b: b, made: time.Since(start)}
	for _, s := range rec.Calls {
		p.calls = append(p.calls, j.bySlot[s])
	}
	lp.pending = true
	j.inflight++
	w, wasm, done := j.w, b.low.Wasm, j.done
	go func() {
		t0 := time.Now()
		defer func() {
			// The program may end, and close the heap's wazero runtime,
			// while this compile runs: wazero then panics on its closed
			// store (its type table is gone). Nobody waits for the result
			// any more; the panic must not take the exiting process down.
			if r := recover(); r != nil {
				done <- compileDone{p: p, err: fmt.Errorf("compile interrupted: %v", r), dur: time.Since(t0)}
			}
		}()
		cm, err := w.r.CompileModule(w.ctx, wasm)
		done <- compileDone{p: p, cm: cm, err: err, dur: time.Since(t0)}
	}()
}

// installReady installs the background compiles that have finished.
func (j *JIT) installReady() {
	for {
		select {
		case d := <-j.done:
			j.inflight--
			j.installPending(d)
		default:
			return
		}
	}
}

// installPending instantiates a finished module and makes it the loop's
// trace, unless the compile failed or a trace it calls has gone.
func (j *JIT) installPending(d compileDone) {
	p := d.p
	p.lp.pending = false
	reason := ""
	if d.err != nil {
		reason = "wasm: compiling " + p.name + ": " + d.err.Error()
	} else {
		for i, s := range p.rec.Calls {
			if j.bySlot[s] != p.calls[i] || p.calls[i] == nil {
				reason = "a trace it calls was retired while it compiled"
				break
			}
		}
	}
	if reason == "" {
		mod, err := j.w.instantiate(d.cm, p.name) // runtime_setprobe.go
		if err != nil {
			reason = "wasm: instantiating " + p.name + ": " + err.Error()
		} else {
			p.b.cm, p.b.mod = d.cm, mod
		}
	}
	if reason != "" {
		if d.cm != nil {
			_ = d.cm.Close(j.w.ctx)
		}
		j.slots = append(j.slots, p.b.slot)
		j.abort(p.lp, p.key, p.key.pc, reason)
		return
	}
	// The compile time reported is the work done, not the wait: start
	// is moved so that install's time.Since(start) counts the recording,
	// the compile and the instantiation.
	j.install(p.key, p.lp, p.name, p.rec, p.b, time.Now().Add(-(p.made + d.dur)))
}
