// This file holds what hotloop's own long options do around a run: the
// Go profiles of --profile (through github.com/pkg/profile, quiet so that
// the program's stderr stays its own) and the JIT statistics of
// --jit-stats, and the making of the JIT itself (package jit, installed as
// the VM's hook unless --jit=off or HOTLOOP_JIT=0).

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"

	"github.com/pkg/profile"

	"github.com/hotloop/hotloop/jit"
	"github.com/hotloop/hotloop/jit/codecache"
	"github.com/hotloop/hotloop/vm"
	"github.com/tetratelabs/wazero"
)

// newJIT makes the JIT the options ask for, or nil when it is off.
func newJIT(o *options, stderr io.Writer) *jit.JIT {
	if !o.jit {
		return nil
	}
	setJITGC() // jitgc.go
	// HOTLOOP_JIT_PAYOFF=0 compiles every trace once recorded instead of
	// when its loop has run long enough to pay the compile back
	// (jit/payoff.go; --jit-threshold=1 does too).
	async := asyncCompiles(os.Getenv("HOTLOOP_JIT_ASYNC"), runtime.GOMAXPROCS(0)) // sparecore.go
	cfg := jit.Config{DumpDir: o.jitDump, Async: async != asyncOff,
		Payoff: os.Getenv("HOTLOOP_JIT_PAYOFF") != "0", LoopFuncs: os.Getenv("HOTLOOP_JIT_LOOPFUNCS") != "0",
		SkipUnpayable: os.Getenv("HOTLOOP_JIT_ESTSKIP") == "1", StopUnpayable: os.Getenv("HOTLOOP_JIT_ESTSTOP") != "0",
		// exact counts cost run time: only when they are reported
		CountBytecodes: o.jitStats}
	cfg.AsyncMinWork = asyncMinWork(os.Getenv("HOTLOOP_JIT_ASYNC_MINWORK")) // sparecore.go
	if async == asyncSpare {
		cfg.SpareCore = spareCore
	}
	if o.jitLog {
		cfg.Log = stderr
	}
	dir := codecache.Dir(o.jitCache, os.Getenv)
	if dir != "" {
		// Modules compiled in an earlier run load from the code cache,
		// so their traces need not wait to pay for a compile.
		marks := codecache.NewMarks(dir)
		cfg.Known, cfg.Compiled = marks.Known, marks.Compiled
	}
	// The compile price starts from what earlier runs measured on this
	// machine, when the cache keeps it (jitprice.go).
	cfg.PriceFactor, cfg.LoopFuncPriceFactor, cfg.MeasurePrice = compilePrice(os.Getenv("HOTLOOP_JIT_PRICE"), os.Getenv("HOTLOOP_JIT_PRICE_PRIOR"),
		func() codecache.Price { return codecache.ReadPrice(dir) })
	return jit.New(cfg)
}

// openCodeCache opens the cache of compiled trace modules that the run
// uses (jit/codecache), or returns nil when the JIT or the cache is off or
// the directory cannot be made: the cache is an optimisation, so a
// failure is silent (the program's stderr is its own), and --jit-log
// reports it.
func openCodeCache(o *options, stderr io.Writer) wazero.CompilationCache {
	if !o.jit {
		return nil
	}
	dir := codecache.Dir(o.jitCache, os.Getenv)
	if dir == "" {
		return nil
	}
	c, err := codecache.Open(dir)
	if err != nil {
		if o.jitLog {
			fmt.Fprintf(stderr, "[jit] no code cache: %v\n", err)
		}
		return nil
	}
	o.jitCacheDir = dir
	return c
}

// trimCodeCache bounds the code cache after a run that compiled traces
// (a directory read; files are looked at only past the bound), and saves
// the compile prices the run measured for the next run's start
// (jitprice.go).
func trimCodeCache(o *options, stderr io.Writer) {
	if o.jitCacheDir == "" || o.jitHook == nil || o.jitHook.Stats().TracesCompiled == 0 {
		return
	}
	if err := codecache.Trim(o.jitCacheDir, codecache.MaxEntries); err != nil && o.jitLog {
		fmt.Fprintf(stderr, "[jit] trimming the code cache: %v\n", err)
	}
	traces, loopFuncs := o.jitHook.MeasuredPrices()
	if err := codecache.SavePrice(o.jitCacheDir, codecache.Price{Traces: traces, LoopFuncs: loopFuncs}); err != nil && o.jitLog {
		fmt.Fprintf(stderr, "[jit] %v\n", err)
	}
}

// jitHook returns the VM hook for the options (nil, not a nil *jit.JIT,
// when the JIT is off).
func jitHook(o *options) vm.Hook {
	if o.jitHook == nil {
		return nil
	}
	return o.jitHook
}

// collectJITStats converts the JIT's counters to the reported keys.
func collectJITStats(o *options) jitStats {
	if o.jitHook == nil {
		return jitStats{BytecodesInterpreted: o.bytecodesInterpreted}
	}
	s := o.jitHook.Stats()
	s.BytecodesCounted = o.jitCounted // read before the heap was released
	return jitStats{
		BytecodesInterpreted: o.bytecodesInterpreted,
		TracesCompiled:       s.TracesCompiled,
		TracesAborted:        s.TracesAborted,
		AbortSeconds:         s.AbortSeconds,
		SideTraces:           s.SideTraces,
		LinkedSideTraces:     s.LinkedSides,
		TraceHops:            s.TraceHops,
		TraceTrees:           s.TraceTrees,
		GuardExits:           s.GuardExits,
		TraceEntries:         s.TraceEntries,
		ModulesLive:          s.ModulesLive,
		CompileSeconds:       s.CompileSeconds,
		SharedModules:        s.SharedModules,
		SharedSideTraces:     s.SharedSides,
		BytecodesInTraces:    s.BytecodesInTraces + s.BytecodesCounted,
		BytecodesCounted:     s.BytecodesCounted,
		AbortReasons:         s.AbortReasons,
		FunctionTraces:       s.Funcs.Compiled,
		FunctionEntries:      s.Funcs.Entries,
		FunctionExits:        s.Funcs.Exits,
		LoopFunctions:        s.LoopFuncs.Compiled,
		LoopFunctionEntries:  s.LoopFuncs.Entries,
		LoopFunctionExits:    s.LoopFuncs.Exits,
		BackgroundCompiles:   s.Background,
		BackgroundRefused:    s.BackgroundBusy,
		BackgroundShort:      s.BackgroundShort,
		BackgroundCPU:        s.BackgroundCPU,
		BackgroundWall:       s.BackgroundWall,
		SideEstimated:        s.SideEstimated,
		Trees:                s.Trees,
		RecordingsSkipped:    s.RecordingsSkipped,
		RecordingsStopped:    s.RecordingsStopped,
		ResidualCalls:        s.Callouts,
		ResidualCallsRaised:  s.CalloutsRaised,
		PricedCompiles:       s.PricedCompiles,
		PriceFactor:          s.PriceFactor,
		LoopFuncPriceFactor:  s.LoopFuncPriceFactor,
	}
}

// startProfile starts the Go profile named by o.profile (none when empty)
// and returns the function that stops it and writes the file.
func startProfile(o *options) func() {
	if o.profile == "" {
		return func() {}
	}
	opts := []func(*profile.Profile){profile.Quiet, profile.NoShutdownHook}
	switch o.profile {
	case "cpu":
		opts = append(opts, profile.CPUProfile)
	case "mem":
		opts = append(opts, profile.MemProfile)
	case "block":
		opts = append(opts, profile.BlockProfile)
	case "mutex":
		opts = append(opts, profile.MutexProfile)
	case "trace":
		opts = append(opts, profile.TraceProfile)
	}
	dir := o.profileDir
	if dir == "" {
		dir = "."
	}
	opts = append(opts, profile.ProfilePath(dir))
	return profile.Start(opts...).Stop
}

// jitStats are the counters --jit-stats reports.
type jitStats struct {
	TracesCompiled int64 `json:"traces_compiled"`
	TracesAborted  int64 `json:"traces_aborted"`
	// AbortSeconds is the wall time of the recordings that aborted.
	AbortSeconds         float64          `json:"abort_seconds"`
	SideTraces           int64            `json:"side_traces"`
	LinkedSideTraces     int64            `json:"linked_side_traces"`
	TraceHops            int64            `json:"trace_hops"`
	TraceTrees           int64            `json:"trace_trees"`
	GuardExits           int64            `json:"guard_exits"`
	TraceEntries         int64            `json:"trace_entries"`
	ModulesLive          int64            `json:"modules_live"`
	CompileSeconds       float64          `json:"compile_seconds"`
	SharedModules        int64            `json:"shared_modules"`
	SharedSideTraces     int64            `json:"shared_side_traces"`
	BytecodesInterpreted int64            `json:"bytecodes_interpreted"`
	BytecodesInTraces    int64            `json:"bytecodes_in_traces"`
	BytecodesCounted     int64            `json:"bytecodes_counted_in_wasm"`
	AbortReasons         map[string]int64 `json:"abort_reasons"`
	// Function traces (jit/functrace.go): compiled, calls run in wasm,
	// and those that left to the interpreter.
	FunctionTraces  int64 `json:"function_traces"`
	FunctionEntries int64 `json:"function_entries"`
	FunctionExits   int64 `json:"function_exits"`
	// Loop functions (jit/loopfunc.go): whole functions with loops
	// compiled, entries from the loop hook, and guard exits.
	LoopFunctions       int64 `json:"loop_functions"`
	LoopFunctionEntries int64 `json:"loop_function_entries"`
	LoopFunctionExits   int64 `json:"loop_function_exits"`
	// Background compiles (jit/async.go) installed, and compiles done at
	// once because no core was idle (sparecore.go) or because the
	// program was still short (jit.Config.AsyncMinWork).
	BackgroundCompiles int64 `json:"background_compiles"`
	BackgroundRefused  int64 `json:"background_refused"`
	BackgroundShort    int64 `json:"background_short"`
	// BackgroundCPU and BackgroundWall are the background compiles' CPU
	// and wall time, seconds.
	BackgroundCPU  float64 `json:"background_cpu_seconds"`
	BackgroundWall float64 `json:"background_wall_seconds"`
	// SideEstimated counts side trace recordings made only to be
	// deferred on their estimated size (jit/estimate.go).
	SideEstimated int64 `json:"side_estimated"`
	// Trees are the trace trees' ledgers (jit/treepay.go).
	Trees []jit.TreeStats `json:"trees,omitempty"`
	// RecordingsSkipped counts root recordings not made because none
	// could have paid at that hook call (jit/estskip.go).
	RecordingsSkipped int64 `json:"recordings_skipped"`
	// RecordingsStopped counts root recordings stopped once their guessed
	// size could not pay (jit/eststop.go).
	RecordingsStopped int64 `json:"recordings_stopped"`
	// ResidualCalls counts the calls traces made in the interpreter
	// (jit/callout.go), ResidualCallsRaised those whose callee raised.
	ResidualCalls       int64 `json:"residual_calls"`
	ResidualCallsRaised int64 `json:"residual_calls_raised"`
	// PricedCompiles counts the compiles timed for the compile price
	// (jit/compileprice.go); PriceFactor and LoopFuncPriceFactor are
	// where the price of a trace module and of a loop function stood
	// (measured over the model).
	PricedCompiles      int64   `json:"priced_compiles"`
	PriceFactor         float64 `json:"price_factor"`
	LoopFuncPriceFactor float64 `json:"loop_function_price_factor"`
}

// reportJITStats writes the statistics for --jit-stats: JSON to a file
// whose name ends in .json, a human summary to another file, or to stderr
// when no file was named.
func reportJITStats(o *options, s jitStats, stderr io.Writer) error {
	if s.AbortReasons == nil {
		s.AbortReasons = map[string]int64{}
	}
	if strings.HasSuffix(o.jitStatsFile, ".json") {
		data, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			return err
		}
		return os.WriteFile(o.jitStatsFile, append(data, '\n'), 0o644)
	}
	var b strings.Builder
	mode := "on"
	if !o.jit {
		mode = "off"
	}
	fmt.Fprintf(&b, "hotloop JIT stats (JIT %s)\n", mode)
	fmt.Fprintf(&b, "  traces compiled:       %d\n", s.TracesCompiled)
	fmt.Fprintf(&b, "  traces aborted:        %d (%.6f s recording them)\n", s.TracesAborted, s.AbortSeconds)
	fmt.Fprintf(&b, "  side traces:           %d (%d entering another loop's trace)\n", s.SideTraces, s.LinkedSideTraces)
	fmt.Fprintf(&b, "  trace hops:            %d\n", s.TraceHops)
	fmt.Fprintf(&b, "  trace trees:           %d (roots rebuilt with side traces inside)\n", s.TraceTrees)
	fmt.Fprintf(&b, "  guard exits:           %d\n", s.GuardExits)
	fmt.Fprintf(&b, "  trace entries:         %d\n", s.TraceEntries)
	fmt.Fprintf(&b, "  wasm modules live:     %d\n", s.ModulesLive)
	fmt.Fprintf(&b, "  compile time:          %.6f s\n", s.CompileSeconds)
	fmt.Fprintf(&b, "  modules shared:        %d (the same bytes as a module compiled before)\n", s.SharedModules)
	fmt.Fprintf(&b, "  side traces shared:    %d (exits linked to another exit's side trace: recorded the same)\n", s.SharedSideTraces)
	fmt.Fprintf(&b, "  bytecodes interpreted: %d\n", s.BytecodesInterpreted)
	fmt.Fprintf(&b, "  bytecodes in traces:   %d (%d counted by compiled code, the rest estimated: root iterations x bytecodes per iteration)\n", s.BytecodesInTraces, s.BytecodesCounted)
	if all := s.BytecodesInTraces + s.BytecodesInterpreted; all > 0 {
		fmt.Fprintf(&b, "  share in traces:       %.1f%%\n", 100*float64(s.BytecodesInTraces)/float64(all))
	}
	fmt.Fprintf(&b, "  function traces:       %d (%d calls run compiled, %d of them left early)\n", s.FunctionTraces, s.FunctionEntries, s.FunctionExits)
	fmt.Fprintf(&b, "  loop functions:        %d (%d entries, %d guard exits)\n", s.LoopFunctions, s.LoopFunctionEntries, s.LoopFunctionExits)
	fmt.Fprintf(&b, "  background compiles:   %d (%d done at once: no idle core; %d: program still short), %.6f s CPU in %.6f s\n", s.BackgroundCompiles, s.BackgroundRefused, s.BackgroundShort, s.BackgroundCPU, s.BackgroundWall)
	fmt.Fprintf(&b, "  side estimates:        %d (side trace recordings deferred on their estimated size)\n", s.SideEstimated)
	fmt.Fprintf(&b, "  residual calls:        %d (%d raised: calls a trace made in the interpreter)\n", s.ResidualCalls, s.ResidualCallsRaised)
	fmt.Fprintf(&b, "  recordings skipped:    %d (root loops deferred unrecorded: no recording could pay yet)\n", s.RecordingsSkipped)
	fmt.Fprintf(&b, "  compile price:         x%.2f traces, x%.2f loop functions (the model's; %d compiles timed)\n", s.PriceFactor, s.LoopFuncPriceFactor, s.PricedCompiles)
	fmt.Fprintf(&b, "  recordings stopped:    %d (root recordings deferred before their end: their guess could not pay)\n", s.RecordingsStopped)
	for _, t := range s.Trees {
		fmt.Fprintf(&b, "  tree %s: %d side traces, %d entries, %d iterations, %d exits to Go; since its last side trace %d iterations, %d exits (its own %d)\n",
			t.Root, t.Sides, t.Entries, t.Iters, t.Exits, t.ItersAfterLast, t.ExitsAfterLast, t.LastOwnExits)
	}
	reasons := make([]string, 0, len(s.AbortReasons))
	for r := range s.AbortReasons {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(&b, "  abort %-16s %d\n", r+":", s.AbortReasons[r])
	}
	if o.jitStatsFile != "" {
		return os.WriteFile(o.jitStatsFile, []byte(b.String()), 0o644)
	}
	_, err := io.WriteString(stderr, b.String())
	return err
}
