// memstats.go writes HOTLOOP_MEMSTATS=1's report: at exit, one line on
// stderr saying where the process's memory is (the gc heap's linear
// memory, Go's own heap, wazero's compiled code, the binary), so that peak
// RSS can be compared with CPython's part by part (docs/heap.md "Where the
// bytes are"). It reads /proc/self/smaps, so the split is Linux only; the
// gc and Go counters are printed everywhere.

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/hotloop/hotloop/vm"
)

// memStatsEnv names the environment variable that turns the report on.
const memStatsEnv = "HOTLOOP_MEMSTATS"

// residentSplit is the resident memory of the process at one moment, in
// bytes, by kind of mapping.
type residentSplit struct {
	heap   uint64 // the gc heap's reservation (linear memory)
	code   uint64 // anonymous executable mappings: wazero's compiled code
	binary uint64 // mappings of files (the executable, shared libraries)
	other  uint64 // other anonymous memory: Go's heap, stacks, wazero's data
}

// readResidentSplit sums /proc/self/smaps's Rss lines by kind of mapping;
// base and size locate the gc heap's reservation.
func readResidentSplit(base, size uintptr) (residentSplit, error) {
	var rs residentSplit
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return rs, fmt.Errorf("reading the memory map: %w", err)
	}
	defer f.Close()
	var cur *uint64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if lo, hi, ok := strings.Cut(fields[0], "-"); ok && len(fields) >= 5 && !strings.HasSuffix(fields[0], ":") {
			start, err1 := strconv.ParseUint(lo, 16, 64)
			_, err2 := strconv.ParseUint(hi, 16, 64)
			if err1 == nil && err2 == nil {
				switch {
				case uintptr(start) >= base && uintptr(start) < base+size:
					cur = &rs.heap
				case len(fields) >= 6 && strings.HasPrefix(fields[5], "/"):
					cur = &rs.binary
				case strings.Contains(fields[1], "x"):
					cur = &rs.code
				default:
					cur = &rs.other
				}
				continue
			}
		}
		if fields[0] == "Rss:" && cur != nil && len(fields) >= 2 {
			if kb, err := strconv.ParseUint(fields[1], 10, 64); err == nil {
				*cur += kb << 10
			}
		}
	}
	return rs, sc.Err()
}

// peakRSS returns the process's peak resident set (VmHWM), or 0 if the
// system does not say.
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseUint(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// writeMemStats writes the report for machine to w.
func writeMemStats(w io.Writer, machine *vm.VM) {
	mib := func(n uint64) string { return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) }
	hs := machine.HeapStats()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(w, "memstats: peak_rss=%s heap_pages=%s heap_written=%s heap_released=%s live_max=%s live_last=%s collections=%d gc_pause_total=%.3fs allocated=%s",
		mib(peakRSS()), mib(uint64(hs.Pages)*65536), mib(hs.Written), mib(hs.Released),
		mib(hs.MaxLiveAfterGC), mib(hs.LiveAfterGC), hs.Collections, hs.PauseTotal.Seconds(), mib(hs.TotalAlloc))
	fmt.Fprintf(w, " go_heap_inuse=%s go_heap_idle_kept=%s go_stacks=%s go_sys=%s go_gcs=%d go_allocated=%s",
		mib(ms.HeapInuse), mib(ms.HeapIdle-ms.HeapReleased), mib(ms.StackSys), mib(ms.Sys), ms.NumGC, mib(ms.TotalAlloc))
	base, size := machine.HeapBase()
	if rs, err := readResidentSplit(base, size); err == nil {
		fmt.Fprintf(w, " rss_now: heap=%s code=%s files=%s other=%s",
			mib(rs.heap), mib(rs.code), mib(rs.binary), mib(rs.other))
	}
	fmt.Fprintln(w)
}
