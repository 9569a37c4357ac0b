// record_host_test.go tests the recording of host helper calls
// (record_host.go): which helpers a loop body calls, and where recording
// aborts instead.

package trace

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
)

// hostName is the name of the host helper of op for key tag k and value
// tag v; it fails the test when there is none.
func hostName(t *testing.T, op HostOp, k, v gc.Tag) string {
	t.Helper()
	sig, ok := hostHelper(op, k, v)
	if !ok {
		t.Fatalf("no host helper for op %d key %d value %d", op, k, v)
	}
	return sig.Name
}

// hostPad is loop body padding: enough other bytecodes for the loops of
// these tests to pass the host call gate (hostPays).
var hostPad = strings.Repeat("        c += (i * 7 + 3) % 5 - (i * 7 + 3) % 5\n", 8)

func TestHostRecords(t *testing.T) {
	loop := func(pre, body string) string {
		return pre + "\ndef f(n):\n    c = 0\n    for i in range(n):\n" + hostPad + body + "\n    return c\nf(100)\n"
	}
	cases := []struct {
		name, src string
		calls     map[string]int
	}{
		{"int in set", loop("s = {1, 2, 3}", "        if i in s:\n            c += 1"),
			map[string]int{DictProbeIntKey.Name: 1, hostName(t, HostDictEntry, gc.TagInt, 0): 0}}, // a wasm probe (record_setprobe.go)
		{"str not in frozenset", loop("s = frozenset(['a'])\nw = 'b'", "        if w not in s:\n            c += 1"),
			map[string]int{DictProbeStrKey.Name: 1, hostName(t, HostDictEntry, vm.JITTagStr, 0): 0}},
		{"tuple in dict", loop("d = {(1, 2): 3}\nk = (1, 2)", "        if k in d:\n            c += 1"),
			map[string]int{hostName(t, HostDictEntry, vm.JITTagTuple, 0): 1}},
		{"int in list and tuple", loop("l = [1, 2]\nu = (3, 4)", "        if i in l or i in u:\n            c += 1"),
			map[string]int{hostName(t, HostSeqIn, vm.JITTagList, 0): 1, hostName(t, HostSeqIn, vm.JITTagTuple, 0): 1}},
		{"str in str", loop("s = 'abc'\nw = 'b'", "        if w in s:\n            c += 1"),
			map[string]int{hostName(t, HostStrIn, 0, 0): 1}},
		{"dict load and store in place by str", loop("d = {'a': 1}\nk = 'a'", "        d[k] += 1"),
			map[string]int{DictProbeStrKey.Name: 1, hostName(t, HostDictStore, vm.JITTagStr, gc.TagInt): 0}},
		{"in, then load and store in place", loop("d = {'a': 1}\nk = 'a'", "        if k in d:\n            d[k] += 1\n        else:\n            d[k] = 1"),
			map[string]int{DictProbeStrKey.Name: 1, hostName(t, HostDictStore, vm.JITTagStr, gc.TagInt): 0}},
		{"dict store of a new key", loop("d = {}", "        d[i] = None\n        d[i + 1] = 2.5"),
			map[string]int{hostName(t, HostDictStore, gc.TagInt, gc.TagNone): 1, hostName(t, HostDictStore, gc.TagInt, gc.TagFloat): 1}},
		{"dict float load by int", loop("d = {1: 2.5}", "        c += d[1]"),
			map[string]int{DictProbeIntKey.Name: 1}},
		{"set add, discard, remove", loop("s = set()", "        s.add(i)\n        s.discard(i + 1)\n        s.remove(i)"),
			map[string]int{hostName(t, HostSetAdd, gc.TagInt, 0): 1, hostName(t, HostSetDiscard, gc.TagInt, 0): 1,
				hostName(t, HostSetRemove, gc.TagInt, 0): 1}},
		// ASCII indexing is a byte load and the length of a counted str
		// a load (record_str.go); a result longer than a word is
		// h_strcat's.
		{"str index, concat, len, compare", loop("s = 'abcdef'\nt = 'ghijklmnop'", "        w = s[i % 6] + t\n        if len(w) == 11 and w < 'zz':\n            c += 1"),
			map[string]int{hostName(t, HostStrItem, 0, 0): 0, hostName(t, HostStrConcat, 0, 0): 1, hostName(t, HostStrLen, 0, 0): 0,
				hostName(t, HostStrCmp, 0, 0): 1}},
		{"random.random", loop("import random", "        if random.random() < 0.5:\n            c += 1"),
			map[string]int{"h_call_f0w": 0}}, // drawn in the trace (record_random.go)
		{"math.sin", loop("import math\nx = 0.5", "        c += math.sin(x)"),
			map[string]int{"h_call_f1p": 1}},
		{"len of a set and ord", loop("s = {1, 2}\nw = '\u00e9'", "        c += len(s) + ord(w)"), // ord of an ASCII str is a byte load
			map[string]int{hostName(t, HostLen, 0, 0): 1, hostName(t, HostStrOrd, 0, 0): 1}},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.traces) == 0 {
			t.Errorf("%s: no trace, aborts %v", c.name, h.aborts)
			continue
		}
		tr := h.traces[len(h.traces)-1].Trace // f's loop (an import may add others)
		for name, want := range c.calls {
			if got := helperCalls(tr, name); got != want {
				t.Errorf("%s: %d calls of %s, want %d\n%s", c.name, got, name, want, tr)
			}
		}
	}
}

func TestHostForIterRecords(t *testing.T) {
	for _, c := range []struct{ name, iter, targets string }{
		{"dict", "d", "k"}, {"keys", "d.keys()", "k"}, {"values", "d.values()", "k"},
		{"items", "d.items()", "k, v"}, {"set", "set(d)", "k"},
	} {
		src := fmt.Sprintf("d = dict.fromkeys(range(300), 1)\ndef f():\n    c = 0\n    i = 1\n    for %s in %s:\n%s        c += 1\n    return c\nf()\n", c.targets, c.iter, hostPad)
		h := recordAll(t, src)
		if len(h.traces) == 0 || len(h.aborts) != 0 {
			t.Errorf("%s: traces %d, aborts %v", c.name, len(h.traces), h.aborts)
			continue
		}
		if got := helperCalls(h.traces[0].Trace, hostName(t, HostDictIter, 0, 0)); got != 1 {
			t.Errorf("%s: %d iterator calls, want 1\n%s", c.name, got, h.traces[0].Trace)
		}
	}
}

func TestHostAborts(t *testing.T) {
	loop := func(pre, body string) string {
		return pre + "\ndef f(n):\n    c = 0\n    for i in range(n):\n" + body + "\n    return c\nf(100)\n"
	}
	cases := []struct{ want, src string }{
		{"in that may run __eq__",
			loop("class K:\n    def __hash__(self): return 1\n    def __eq__(self, o): return False\ns = {K()}", "        if 1 in s:\n            c += 1")},
		{"in with a key other than an int, str or tuple",
			loop("s = {1.5}\nx = 1.5", "        if x in s:\n            c += 1")},
		{"KeyError while recording",
			loop("d = {1: 2}", "        try:\n            c += d[i // 4]\n        except KeyError:\n            c -= 1")},
		{"container read after the iteration changed it",
			loop("d = {1: 2}", "        d[1] = i\n        c += d[1]")},
		{"dict store of a value of another type",
			loop("d = {1: 2}", "        d[1] = range")},
		{"heap store in an inlined function",
			loop("d = {}\ndef g(k):\n    d[k] = 1", "        g(i)")},
		{"index of a non-ASCII str",
			loop("s = 'é'", "        c += len(s[0])")},
		{"str index out of range while recording",
			loop("s = 'abc'", "        try:\n            c += len(s[i])\n        except IndexError:\n            c -= 1")},
		{"too many host calls for the trace to pay", // a tuple key: still a host call
			loop("s = {(1, 2)}", "        if (i, 2) in s or (2, i) in s:\n            c += 1")},
		{"call of builtin sample", // (shuffle is a helper since session 15: record_random.go)
			loop("import random\nl = [1, 2]", "        c += random.sample(l, 1)[0]")},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.aborts) == 0 || h.aborts[len(h.aborts)-1] != c.want {
			t.Errorf("%s: traces %d, aborts %q", c.want, len(h.traces), h.aborts)
		}
	}
}

// TestHostHelpersDistinct: every helper has its own name, and every
// operation the recorder asks for exists.
func TestHostHelpersDistinct(t *testing.T) {
	seen := map[string]bool{}
	for _, h := range HostHelpers {
		if seen[h.Sig.Name] {
			t.Fatalf("helper %s twice", h.Sig.Name)
		}
		seen[h.Sig.Name] = true
		if len(h.Sig.Args) > 3 {
			t.Fatalf("helper %s has %d arguments", h.Sig.Name, len(h.Sig.Args))
		}
	}
	for _, k := range hostKeyTags {
		for _, v := range hostValTags {
			hostName(t, HostDictStore, k, v)
		}
	}
}
