// record_str_test.go tests the recording of str character loops in wasm
// (record_str.go): which loops record with no host call, what the byte
// loads and allocations are, and where recording aborts.

package trace

import (
	"strings"
	"testing"

	"github.com/hotloop/hotloop/trace/ir"
)

// calls counts a trace's CALL instructions.
func calls(tr *ir.Trace) int {
	return count(tr, func(in *ir.Inst) bool { return in.Op == ir.CALL })
}

func TestStrRecordsNative(t *testing.T) {
	fn := func(pre, body string) string {
		return pre + "\ndef f(s):\n    c = 0\n    out = []\n" + body + "\n    return c\nf('abcdefghij' * 20)\n"
	}
	cases := []struct {
		name, src string
		bloads    int // BLOADs at least
		news      int // NEWs of strs
	}{
		{"for ch in s, ord, chr, append", fn("", "    for ch in s:\n        o = ord(ch)\n        if 97 <= o <= 122:\n            out.append(chr((o - 97 + 3) % 26 + 97))\n        else:\n            out.append(ch)"), 1, 0},
		{"compare one-character strs", fn("", "    for ch in s:\n        if ch == 'a' or ch < 'c':\n            c += 1"), 1, 0},
		{"s[i] and len(s)", fn("", "    for i in range(len(s)):\n        if s[i] != s[-1]:\n            c += len(s)"), 2, 0},
		{"startswith and endswith", fn("words = ['w1' + str(i) for i in range(100)]", "    for w in words:\n        if w.startswith('w1') and w.endswith('7'):\n            c += 1"), 3, 0},
		{"format of a small int", fn("", "    for i in range(100):\n        out.append('w%d;' % (i * 7 % 1000))\n        out.append('%d' % (i % 10))"), 0, 1},
		{"short concat", fn("A = 'abcdefg'", "    for i in range(100):\n        w = ''\n        w += A[i % 7]\n        w += A[i % 5]\n        out.append(w)"), 2, 1},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.traces) == 0 {
			t.Errorf("%s: no trace, aborts %v", c.name, h.aborts)
			continue
		}
		tr := h.traces[0].Trace
		if n := calls(tr); n != 0 {
			t.Errorf("%s: %d helper calls, want none\n%s", c.name, n, tr)
		}
		if n := count(tr, func(in *ir.Inst) bool { return in.Op == ir.BLOAD }); n < c.bloads {
			t.Errorf("%s: %d byte loads, want at least %d\n%s", c.name, n, c.bloads, tr)
		}
		isStr := func(in *ir.Inst) bool { return in.Op == ir.NEW && tr.Allocs[in.Aux].Name == "str" }
		if n := count(tr, isStr); n != c.news {
			t.Errorf("%s: %d str allocations, want %d\n%s", c.name, n, c.news, tr)
		}
	}
}

// TestStrRecordsHelpers checks the helper calls of str % int where the
// trace cannot build the str (a negative int) and of a concatenation
// longer than a word.
func TestStrRecordsHelpers(t *testing.T) {
	pad := strings.Repeat("        c += (i * 7 + 3) % 5 - (i * 7 + 3) % 5\n", 8)
	src := "def f(n):\n    c = 0\n    out = []\n    for i in range(n):\n" + pad +
		"        out.append('w%d' % (i - 1000))\n        out.append(out[-1] + 'a long tail')\n    return c\nf(100)\n"
	h := recordAll(t, src)
	if len(h.traces) == 0 {
		t.Fatalf("no trace, aborts %v", h.aborts)
	}
	tr := h.traces[0].Trace
	if n := helperCalls(tr, strFormatSig.Name); n != 1 {
		t.Errorf("%d calls of %s, want 1\n%s", n, strFormatSig.Name, tr)
	}
	if n := helperCalls(tr, "h_strcat"); n != 1 {
		t.Errorf("%d calls of h_strcat, want 1\n%s", n, tr)
	}
}

func TestStrAborts(t *testing.T) {
	fn := func(arg, body string) string {
		return "def f(s):\n    c = 0\n" + body + "\n    return c\nf(" + arg + ")\n"
	}
	cases := []struct{ want, src string }{
		{"non-ASCII character while recording", fn("'\u00e9' * 100", "    for ch in s:\n        c += 1")},
		{"str % int outside the fast formats", fn("'%5d'", "    for i in range(100):\n        c += len(s % i)")},
		{"too many host calls for the trace to pay", fn("'abc'", "    d = {'ab': 1}\n    for i in range(100):\n        if s[i % 3] + s[i % 2] in d:\n            c += 1")},
		{"str.startswith with other arguments", fn("'abc'", "    for i in range(100):\n        if s.startswith('a', 1):\n            c += 1")},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		found := false
		for _, a := range h.aborts {
			if strings.Contains(a, c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("want abort %q, got %v (%d traces)", c.want, h.aborts, len(h.traces))
		}
	}
}
