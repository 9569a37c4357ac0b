// This file tests the runner's core without timing anything real: the
// "runtimes" are small shell scripts (a reference that prints the
// program's text, a faithful copy of it, one that prints a wrong checksum
// for one program, one that fails like a missing module), run once on two
// tiny programs. It checks that the table, the JSON and the chart come
// out, that the wrong output is refused, and that the failure is reported
// as not yet runnable.

package bench

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// writeScript writes an executable shell script into dir.
func writeScript(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunnerRefusesWrongOutput(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the fake runtimes are shell scripts")
	}
	dir := t.TempDir()
	var progs []Program
	for _, p := range []struct{ name, text string }{
		{"alpha", "checksum 1\n"},
		{"beta", "checksum 2\n"},
	} {
		path := filepath.Join(dir, p.name+".py")
		if err := os.WriteFile(path, []byte(p.text), 0o644); err != nil {
			t.Fatal(err)
		}
		progs = append(progs, Program{Name: p.name, Path: path})
	}
	ref := writeScript(t, dir, "ref.sh", `cat "$1"`+"\n")
	good := writeScript(t, dir, "good.sh", `cat "$1"`+"\n")
	wrong := writeScript(t, dir, "wrong.sh", `case "$1" in
*beta.py) echo "checksum 999" ;;
*) cat "$1" ;;
esac
`)
	broken := writeScript(t, dir, "broken.sh", `case "$1" in
*alpha.py) echo "ModuleNotFoundError: No module named 'heapq'" >&2; exit 1 ;;
*) cat "$1" ;;
esac
`)

	var log bytes.Buffer
	res, err := Run(Config{
		Programs: progs,
		Runtimes: []Runtime{
			{Name: "ref", Argv: []string{ref}},
			{Name: "good", Argv: []string{good}},
			{Name: "wrong", Argv: []string{wrong}},
			{Name: "broken", Argv: []string{broken}},
		},
		N:       1,
		Startup: true,
		Log:     &log,
	})
	if err != nil {
		t.Fatal(err)
	}

	// Rows: start-up, alpha, beta; cells: ref, good, wrong, broken.
	if len(res.Rows) != 3 || !res.Rows[0].Startup || res.Rows[0].Program != StartupName {
		t.Fatalf("rows = %+v, want start-up, alpha, beta", res.Rows)
	}
	status := func(prog, rt int) string { return res.Rows[prog].Cells[rt].Status }
	for prog := 0; prog < 3; prog++ {
		for rt := 0; rt < 2; rt++ {
			c := res.Rows[prog].Cells[rt]
			if c.Status != StatusOK || len(c.Seconds) != 1 || c.MedianSeconds <= 0 || c.Speedup <= 0 {
				t.Errorf("%s/%s = %+v, want one timed OK run", res.Rows[prog].Program, c.Runtime, c)
			}
		}
	}
	if s := status(2, 2); s != StatusOutputDiffers {
		t.Errorf("beta under wrong: status %q, want %q", s, StatusOutputDiffers)
	}
	if c := res.Rows[2].Cells[2]; c.Speedup != 0 || c.Seconds != nil {
		t.Errorf("beta under wrong still has numbers: %+v", c)
	}
	if s := status(1, 2); s != StatusOK {
		t.Errorf("alpha under wrong: status %q, want ok", s)
	}
	if c := res.Rows[1].Cells[3]; c.Status != StatusNotRunnable || !strings.Contains(c.Reason, "heapq") {
		t.Errorf("alpha under broken = %+v, want not yet runnable because of heapq", c)
	}
	g := res.Geomeans
	if len(g) != 4 || g[0].Programs != 2 || g[0].Of != 2 || g[2].Programs != 1 || g[3].Programs != 1 {
		t.Errorf("geomeans = %+v", g)
	}

	var table bytes.Buffer
	if err := res.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| program (median time, speedup over ref) | ref | good | wrong | broken |",
		"| beta |", StatusOutputDiffers, "**geomean speedup**", "median peak RSS",
		"- beta, wrong: output differs (line 1: got \"checksum 999\", want \"checksum 2\")",
		"- alpha, broken: not yet runnable (ModuleNotFoundError: No module named 'heapq')",
	} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}

	var js bytes.Buffer
	if err := res.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatalf("JSON does not read back: %v\n%s", err, js.String())
	}
	if len(back.Rows) != 3 || back.Rows[2].Cells[2].Status != StatusOutputDiffers || back.N != 1 {
		t.Errorf("JSON round trip lost data: %+v", back)
	}

	var svg bytes.Buffer
	if err := res.WriteSVG(&svg); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(&svg)
	for {
		_, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
	if !strings.Contains(log.String(), "rep 1/1") {
		t.Errorf("no progress lines logged: %q", log.String())
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestCompiledShareTable: the share table gives each program's bytecodes
// and the share run compiled, or the reason it has none.
func TestCompiledShareTable(t *testing.T) {
	res := &Result{Runtimes: []string{"python3"}, Compiled: []CompiledShare{
		{Program: "loops", Interpreted: 100, InTraces: 900, Counted: 850},
		{Program: "broken", Err: "run failed: exit status 1"},
		{Program: "empty"},
	}}
	var b bytes.Buffer
	if err := res.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| loops | 100 | 900 | 850 | 90.0% |", "| broken | run failed: exit status 1 |", "| empty | 0 | 0 | 0 | 0.0% |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	if got := (CompiledShare{Interpreted: 1, InTraces: 3}).Share(); got != 0.75 {
		t.Errorf("Share() = %v, want 0.75", got)
	}
}
