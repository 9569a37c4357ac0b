package jit

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// stopSrc runs stepPairsSrc's step loop (line 3) 3,000 times on five
// bodies: at its first hot check it records its two inner loops unrolled
// (about 280 bytecodes, a guess of about 10,000 wasm instructions) where
// a module of no more than about 2,500 could pay, and the program ends
// before its loop pays.
const stopSrc = stepPairsSrc + "\n" + pairsMakeSrc + `
bodies, pairs = make(5)
step(bodies, pairs, 3000)
print(" ".join("%.9f" % b[0][0] for b in bodies))
`

// stopLine matches eststop.go's log line of a stopped recording.
var stopLine = regexp.MustCompile(`deferred trace at prog\.py:3: recording stopped after (\d+) bytecodes at about (\d+) wasm`)

// fullLine matches estimate.go's log line of a recording deferred on
// its guess.
var fullLine = regexp.MustCompile(`deferred trace at prog\.py:3: about (\d+) wasm instructions \(estimated\), (\d+) bytecodes`)

// TestStopUnpayable: with StopUnpayable the step loop's first recording
// stops early (fewer bytecodes and a smaller guess than the whole
// recording, which StopUnpayable off makes and defers), and the run
// makes the same decisions: the same output, traces and bytecodes
// interpreted. It fails when nothing stops the recording, or when the
// stop is not taken as a deferral (an abort counts, and backs the loop
// off).
func TestStopUnpayable(t *testing.T) {
	want, _ := runCounting(t, stopSrc, nil, 0)
	type result struct {
		log            string
		interp         uint64
		traces, aborts int64
		stopped        int64
	}
	run := func(stop bool) result {
		var log bytes.Buffer
		j := New(Config{Log: &log, Payoff: true, StopUnpayable: stop})
		got, interp := runCounting(t, stopSrc, j, 0)
		if got != want {
			t.Fatalf("StopUnpayable %v: JIT prints %q, interpreter %q\n%s", stop, got, want, log.String())
		}
		s := j.Stats()
		return result{log.String(), interp, s.TracesCompiled, s.TracesAborted, s.RecordingsStopped}
	}
	full, stopped := run(false), run(true)
	fm := fullLine.FindStringSubmatch(full.log)
	if fm == nil || full.stopped != 0 || stopLine.MatchString(full.log) {
		t.Fatalf("StopUnpayable off: the step loop's first recording was not made in full and deferred\n%s", full.log)
	}
	sm := stopLine.FindStringSubmatch(stopped.log)
	if sm == nil || stopped.stopped != 1 {
		t.Fatalf("StopUnpayable on: the step loop's first recording was not stopped (%d stopped)\n%s", stopped.stopped, stopped.log)
	}
	fullInstrs, _ := strconv.Atoi(fm[1])
	fullBytecodes, _ := strconv.Atoi(fm[2])
	stopBytecodes, _ := strconv.Atoi(sm[1])
	stopInstrs, _ := strconv.Atoi(sm[2])
	t.Logf("whole recording: %d bytecodes, about %d wasm instructions; stopped after %d bytecodes at about %d", fullBytecodes, fullInstrs, stopBytecodes, stopInstrs)
	if stopBytecodes >= fullBytecodes || stopInstrs >= fullInstrs {
		t.Fatalf("stopped at %d bytecodes (%d instructions), not before the whole recording's %d (%d)", stopBytecodes, stopInstrs, fullBytecodes, fullInstrs)
	}
	if stopped.traces != full.traces || stopped.aborts != full.aborts || stopped.interp != full.interp {
		t.Fatalf("decisions moved: traces %d -> %d, aborts %d -> %d, bytecodes interpreted %d -> %d\n--- off\n%s\n--- on\n%s",
			full.traces, stopped.traces, full.aborts, stopped.aborts, full.interp, stopped.interp, full.log, stopped.log)
	}
	if strings.Count(stopped.log, "prog.py:3:") != 1 {
		t.Fatalf("the stopped loop was recorded again\n%s", stopped.log)
	}
}
