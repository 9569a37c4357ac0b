// pyprof.go is the sampling profiler of the Python program (--pyprof): a
// ticker goroutine counts elapsed periods and sets the sample bit of the
// interrupt word; the interpreter's existing polls (loop back-edges and
// calls, where it already checks for Ctrl-C) find the word non-zero, and
// the slow path records the Python call stack once, weighted by the
// periods that elapsed. Nothing is added to the fast path: a program that
// is not profiled pays the same single load per poll as before.
//
// A long builtin call (a big sorted(), say) is charged, when it returns, to
// the Python line that made it: the periods it took are counted by the
// ticker, not lost. The stacks are plain data (names, files, lines) and do
// not refer to the heap; cmd/hotloop turns them into a pprof profile.

package vm

import (
	"sync/atomic"
	"time"
)

// PyFrame is one frame of a sampled Python stack.
type PyFrame struct {
	Function  string // the code's qualified name, e.g. "Body.advance"
	Filename  string
	FirstLine int // the def line (the function's start)
	Line      int // the line executing
}

// PySample is one sampled stack, innermost frame first, with the number of
// periods it stands for and where the code ran.
type PySample struct {
	Stack   []PyFrame
	Periods int64
	Engine  string // "interpreter" (traces will add "trace")
}

// PyProfile is what a profiling run collected.
type PyProfile struct {
	Period   time.Duration
	Start    time.Time
	Duration time.Duration
	Samples  []PySample
}

// pyProfiler is the state of a running profile.
type pyProfiler struct {
	prof    PyProfile
	pending atomic.Int64 // periods elapsed and not yet charged
	stop    chan struct{}
	done    chan struct{}
}

// StartPyProfile starts sampling the Python stack every period.
func (vm *VM) StartPyProfile(period time.Duration) {
	if vm.pyprof != nil || period <= 0 {
		return
	}
	p := &pyProfiler{prof: PyProfile{Period: period, Start: time.Now()}, stop: make(chan struct{}), done: make(chan struct{})}
	vm.pyprof = p
	go func(word *uint32) {
		defer close(p.done)
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.pending.Add(1)
				atomic.OrUint32(word, intrSample)
			case <-p.stop:
				return
			}
		}
	}(vm.intr.word)
}

// StopPyProfile stops sampling and returns the profile (nil if none ran).
func (vm *VM) StopPyProfile() *PyProfile {
	p := vm.pyprof
	if p == nil {
		return nil
	}
	close(p.stop)
	<-p.done
	atomic.AndUint32(vm.intr.word, ^uint32(intrSample))
	vm.pyprof = nil
	p.prof.Duration = time.Since(p.prof.Start)
	return &p.prof
}

// takeSample records the current Python stack, the top frame being at pc
// of ci, for the periods elapsed since the last sample.
func (vm *VM) takeSample(ci *codeInfo, pc int) {
	atomic.AndUint32(vm.intr.word, ^uint32(intrSample))
	p := vm.pyprof
	if p == nil {
		return
	}
	n := p.pending.Swap(0)
	if n == 0 {
		return
	}
	stack := make([]PyFrame, 0, vm.nframes)
	for i := vm.nframes - 1; i >= 0; i-- {
		f := vm.frameAt(i)
		c, at := f.ci, f.pc
		if i == vm.nframes-1 && ci != nil {
			c, at = ci, pc
		}
		if c == nil || c.code == nil {
			continue
		}
		line := c.code.FirstLine
		if at >= 0 && at < len(c.code.Positions) && c.code.Positions[at].Line > 0 {
			line = int(c.code.Positions[at].Line)
		}
		name := c.code.QualName
		if name == "" {
			name = c.code.Name
		}
		stack = append(stack, PyFrame{Function: name, Filename: c.code.Filename, FirstLine: c.code.FirstLine, Line: line})
	}
	if len(stack) > 0 {
		p.prof.Samples = append(p.prof.Samples, PySample{Stack: stack, Periods: n, Engine: "interpreter"})
	}
}
