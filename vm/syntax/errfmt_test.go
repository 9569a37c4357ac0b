package syntax

// Tests for Report against references produced by CPython 3.11 itself:
// testdata/errfmt_cases.json is written by testdata/errfmt_gen.py, which runs
// python3 on real bad files and prints hand-built SyntaxError values with
// CPython's own printer (see the script for details).

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

type errfmtCase struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	Msg       string `json:"msg"`
	Filename  string `json:"filename"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
	Text      string `json:"text"`
	Want      string `json:"want"`
}

func TestReportMatchesCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/errfmt_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []errfmtCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 50 {
		t.Fatalf("only %d cases in testdata/errfmt_cases.json", len(cases))
	}
	for _, c := range cases {
		e := &Error{Type: c.Type, Msg: c.Msg, Filename: c.Filename, Lineno: c.Lineno,
			Offset: c.Offset, EndLineno: c.EndLineno, EndOffset: c.EndOffset, Text: c.Text}
		if got := e.Report(); got != c.Want {
			t.Errorf("%s: %+v\n got: %q\nwant: %q", c.Name, *e, got, c.Want)
		}
	}
}

// TestReportFromSource checks Report on errors built by errorAt, the way the
// tokenizer and parser build them, against CPython's output for the same
// files (taken from errfmt_cases.json).
func TestReportFromSource(t *testing.T) {
	src := newSource("paren_never_closed.py", "x = (1,\n  2\n")
	e := src.errorAt("SyntaxError", 1, 4, 0, 0, "'(' was never closed")
	want := "  File \"paren_never_closed.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
	if got := e.Report(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	src = newSource("genexp.py", "f(x for x in y, 1)\n")
	e = src.errorAt("SyntaxError", 1, 2, 1, 14, "Generator expression must be parenthesized")
	want = "  File \"genexp.py\", line 1\n    f(x for x in y, 1)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"
	if got := e.Report(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestReportNoPanic feeds extreme values: Report must never panic.
func TestReportNoPanic(t *testing.T) {
	ints := []int{math.MinInt, -1000, -1, 0, 1, 2, 5, 1000, math.MaxInt}
	texts := []string{"", "\n", "\x00", " \t\f", "a\nb\nc", "é\x00\n", "   x\n"}
	for _, typ := range []string{"SyntaxError", "TabError", ""} {
		for _, text := range texts {
			for _, off := range ints {
				for _, end := range ints {
					for _, endLine := range []int{0, 1, 2, math.MaxInt, math.MinInt} {
						e := &Error{Type: typ, Msg: "m", Filename: "f", Lineno: 1,
							Offset: off, EndLineno: endLine, EndOffset: end, Text: text}
						_ = e.Report()
					}
				}
			}
		}
	}
}
