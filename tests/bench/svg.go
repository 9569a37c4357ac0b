// This file draws a Result as an SVG bar chart, written by hand (no
// plotting dependency): one group of horizontal bars per program, one bar
// per runtime other than the reference, each bar the speedup over the
// reference on a log2 axis through 1× (CPython), so "twice as fast" and
// "twice as slow" are bars of the same length on either side. The last
// group is the geometric mean. Cells without a time are written as text.

package bench

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
)

// chartColors are the bar colours, one per non-reference runtime in order.
var chartColors = []string{"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1"}

// WriteSVG draws the speedup chart of res.
func (res *Result) WriteSVG(w io.Writer) error {
	const (
		width   = 900
		labelX  = 175 // right edge of the program labels
		plotX0  = 185
		plotX1  = width - 80
		barH    = 12
		barGap  = 2
		groupPd = 12
		top     = 70
	)
	others := res.Runtimes[1:]
	type group struct {
		label  string
		values []float64 // 0 = no value
		status []string
		bold   bool
	}
	var groups []group
	for _, row := range res.Rows {
		if row.Startup {
			continue
		}
		g := group{label: row.Program}
		for _, c := range row.Cells[1:] {
			g.values = append(g.values, c.Speedup)
			g.status = append(g.status, c.Status)
		}
		groups = append(groups, g)
	}
	gm := group{label: "geomean", bold: true}
	for _, g := range res.Geomeans[1:] {
		gm.values = append(gm.values, g.Speedup)
		st := StatusOK
		if g.Programs == 0 {
			st = "no data"
		}
		gm.status = append(gm.status, st)
	}
	groups = append(groups, gm)

	// The axis spans whole powers of two from below the slowest bar to
	// above the fastest, always including 0.5× to 2×, with room for the
	// value labels.
	minL, maxL := 0.0, 0.0
	for _, g := range groups {
		for _, v := range g.values {
			if v > 0 {
				minL = math.Min(minL, math.Log2(v))
				maxL = math.Max(maxL, math.Log2(v))
			}
		}
	}
	lo := math.Max(math.Min(-1, math.Floor(minL-0.4)), -8)
	hi := math.Min(math.Max(1, math.Ceil(maxL+0.4)), 8)
	x := func(v float64) float64 {
		l := math.Max(lo, math.Min(hi, math.Log2(v)))
		return plotX0 + (l-lo)/(hi-lo)*(plotX1-plotX0)
	}
	groupH := len(others)*(barH+barGap) + groupPd
	plotH := len(groups) * groupH
	height := top + plotH + 40

	var b bytes.Buffer
	esc := func(s string) string {
		var e bytes.Buffer
		xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="15" font-weight="bold">Speedup over %s (log scale; right of 1× is faster)</text>`+"\n", 10, esc(res.Runtimes[0]))
	for i, name := range others {
		lx := 10 + i*170
		fmt.Fprintf(&b, `<rect x="%d" y="36" width="12" height="12" fill="%s"/><text x="%d" y="46">%s</text>`+"\n", lx, chartColors[i%len(chartColors)], lx+16, esc(name))
	}
	// Grid: one line per power of two, the 1× line darker.
	for p := int(lo); p <= int(hi); p++ {
		gx := x(math.Pow(2, float64(p)))
		stroke, sw := "#dddddd", 1
		if p == 0 {
			stroke, sw = "#333333", 2
		}
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="%d"/>`+"\n", gx, top-6, gx, top+plotH, stroke, sw)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%s×</text>`+"\n", gx, top+plotH+16, trimFloat(math.Pow(2, float64(p))))
	}
	for gi, g := range groups {
		gy := top + gi*groupH
		weight := "normal"
		if g.bold {
			weight = "bold"
		}
		midY := gy + len(others)*(barH+barGap)/2 + 4
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" font-weight="%s">%s</text>`+"\n", labelX, midY, weight, esc(g.label))
		for i, v := range g.values {
			by := gy + i*(barH+barGap)
			color := chartColors[i%len(chartColors)]
			if v <= 0 {
				fmt.Fprintf(&b, `<text x="%.1f" y="%d" fill="#888888">%s</text>`+"\n", x(1)+4, by+barH-2, esc(g.status[i]))
				continue
			}
			x0, x1 := x(1), x(v)
			fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>`+"\n", math.Min(x0, x1), by, math.Max(math.Abs(x1-x0), 1), barH, color)
			anchor, tx := "start", x1+4
			if v < 1 {
				anchor, tx = "end", x1-4
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="%s" font-weight="%s">%.2f×</text>`+"\n", tx, by+barH-2, anchor, weight, v)
		}
	}
	b.WriteString("</svg>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// trimFloat formats an axis tick: 0.25, 1, 4.
func trimFloat(v float64) string {
	return fmt.Sprintf("%g", v)
}
