// This file turns a Result into text: a Markdown table of median times and
// speedups over CPython, a table of median peak memory, the reasons of the
// cells that have no numbers, and the same data as JSON. The tables are
// Markdown so the runner's output can be pasted into docs/benchmarks.md as
// it is.

package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteTable prints res as Markdown: the time table (median seconds and
// speedup over the reference per cell, geomeans in the last row), the
// peak-memory table, then one line per cell without numbers saying why.
func (res *Result) WriteTable(w io.Writer) error {
	var b strings.Builder
	header := func(title string) {
		fmt.Fprintf(&b, "| %s |", title)
		for _, name := range res.Runtimes {
			fmt.Fprintf(&b, " %s |", name)
		}
		b.WriteString("\n|---|")
		for range res.Runtimes {
			b.WriteString("---:|")
		}
		b.WriteString("\n")
	}

	header("program (median time, speedup over " + res.Runtimes[0] + ")")
	for _, row := range res.Rows {
		fmt.Fprintf(&b, "| %s |", row.Program)
		for _, c := range row.Cells {
			if c.Status != StatusOK {
				fmt.Fprintf(&b, " %s |", c.Status)
				continue
			}
			fmt.Fprintf(&b, " %.3f s (%.2f×) |", c.MedianSeconds, c.Speedup)
		}
		b.WriteString("\n")
	}
	b.WriteString("| **geomean speedup** |")
	for _, g := range res.Geomeans {
		if g.Programs == 0 {
			b.WriteString(" - |")
			continue
		}
		fmt.Fprintf(&b, " **%.2f×** (%d/%d) |", g.Speedup, g.Programs, g.Of)
	}
	b.WriteString("\n\n")

	header("program (median peak RSS)")
	for _, row := range res.Rows {
		fmt.Fprintf(&b, "| %s |", row.Program)
		for _, c := range row.Cells {
			switch {
			case c.Status != StatusOK:
				fmt.Fprintf(&b, " %s |", c.Status)
			case c.MedianRSSKiB <= 0:
				b.WriteString(" n/a |")
			default:
				fmt.Fprintf(&b, " %.1f MiB |", float64(c.MedianRSSKiB)/1024)
			}
		}
		b.WriteString("\n")
	}

	if len(res.Compiled) > 0 {
		b.WriteString("\n| program (bytecodes, one unmeasured --jit-stats run) | interpreted | run compiled | counted in wasm | share compiled |\n|---|---:|---:|---:|---:|\n")
		for _, c := range res.Compiled {
			if c.Err != "" {
				fmt.Fprintf(&b, "| %s | %s | | | |\n", c.Program, c.Err)
				continue
			}
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %.1f%% |\n", c.Program, c.Interpreted, c.InTraces, c.Counted, 100*c.Share())
		}
	}

	first := true
	for _, row := range res.Rows {
		for _, c := range row.Cells {
			if c.Status == StatusOK {
				continue
			}
			if first {
				b.WriteString("\nCells without numbers:\n\n")
				first = false
			}
			fmt.Fprintf(&b, "- %s, %s: %s", row.Program, c.Runtime, c.Status)
			if c.Reason != "" {
				fmt.Fprintf(&b, " (%s)", c.Reason)
			}
			b.WriteString("\n")
		}
	}
	if len(res.Notes) > 0 {
		b.WriteString("\nNotes:\n\n")
		for _, n := range res.Notes {
			fmt.Fprintf(&b, "- %s\n", n)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes res as indented JSON.
func (res *Result) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}
