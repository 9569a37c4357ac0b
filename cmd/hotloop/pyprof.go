// pyprof.go writes what the VM's sampler (vm/pyprof.go) collected as a
// pprof protobuf profile (github.com/google/pprof/profile, the library
// that defines the format), so that `go tool pprof` shows the Python
// program's hot functions and lines: functions are Python functions named
// by qualified name, with their file and def line; each sample is a Python
// call stack labelled with the engine that ran it ("interpreter" or, once
// the JIT exists, "trace").

package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/google/pprof/profile"

	"github.com/hotloop/hotloop/vm"
)

// pyprofPeriod is the sampling period of --pyprof (100 Hz, as Go's and
// most sampling profilers' default).
const pyprofPeriod = 10 * time.Millisecond

// buildPyProfile converts the sampled stacks to a pprof profile.
func buildPyProfile(pp *vm.PyProfile) *profile.Profile {
	p := &profile.Profile{
		SampleType: []*profile.ValueType{
			{Type: "samples", Unit: "count"},
			{Type: "cpu", Unit: "nanoseconds"},
		},
		PeriodType:    &profile.ValueType{Type: "cpu", Unit: "nanoseconds"},
		Period:        pp.Period.Nanoseconds(),
		TimeNanos:     pp.Start.UnixNano(),
		DurationNanos: pp.Duration.Nanoseconds(),
	}
	type funcKey struct {
		name, file string
		start      int
	}
	type locKey struct {
		fn   funcKey
		line int
	}
	funcs := map[funcKey]*profile.Function{}
	locs := map[locKey]*profile.Location{}
	for _, s := range pp.Samples {
		sample := &profile.Sample{
			Value: []int64{s.Periods, s.Periods * pp.Period.Nanoseconds()},
			Label: map[string][]string{"engine": {s.Engine}},
		}
		for _, fr := range s.Stack {
			fk := funcKey{fr.Function, fr.Filename, fr.FirstLine}
			fn := funcs[fk]
			if fn == nil {
				name := pprofName(fr.Function)
				fn = &profile.Function{ID: uint64(len(p.Function) + 1), Name: name,
					SystemName: name, Filename: fr.Filename, StartLine: int64(fr.FirstLine)}
				funcs[fk] = fn
				p.Function = append(p.Function, fn)
			}
			lk := locKey{fk, fr.Line}
			loc := locs[lk]
			if loc == nil {
				loc = &profile.Location{ID: uint64(len(p.Location) + 1),
					Line: []profile.Line{{Function: fn, Line: int64(fr.Line)}}}
				locs[lk] = loc
				p.Location = append(p.Location, loc)
			}
			sample.Location = append(sample.Location, loc)
		}
		p.Sample = append(p.Sample, sample)
	}
	return p
}

// pprofName spells a Python code name for pprof, which drops text in
// angle brackets as C++ template arguments: CPython's "<module>",
// "<lambda>", "<listcomp>" keep their look with single guillemets.
func pprofName(name string) string {
	return strings.NewReplacer("<", "‹", ">", "›").Replace(name)
}

// writePyProfile writes the profile to path.
func writePyProfile(path string, pp *vm.PyProfile) error {
	if pp == nil {
		return fmt.Errorf("no profile was collected")
	}
	p := buildPyProfile(pp)
	if err := p.CheckValid(); err != nil {
		return fmt.Errorf("building the profile: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := p.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}
