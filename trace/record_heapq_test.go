// record_heapq_test.go tests the recording of heapq.heappush and
// heapq.heappop (record_heapq.go): the helper each item kind calls, the
// overlay the recording keeps in step, and where recording aborts.

package trace

import (
	"strings"
	"testing"

	"github.com/hotloop/hotloop/gc"
	"github.com/hotloop/hotloop/vm"
)

func TestHeapqRecords(t *testing.T) {
	loop := func(pre, body string) string {
		return "import heapq\n" + pre + "\ndef f(n):\n    c = 0\n    h = []\n    for i in range(n):\n" + hostPad + body + "\n    return c\nf(100)\n"
	}
	name := func(push bool, tag gc.Tag) string {
		sig, ok := heapqHelper(push, tag)
		if !ok {
			t.Fatalf("no heapq helper for %v %d", push, tag)
		}
		return sig.Name
	}
	cases := []struct {
		name, src string
		calls     map[string]int
	}{
		{"int tuples", loop("", "        heapq.heappush(h, (i % 7, i))\n        heapq.heappush(h, (i % 5, -i))\n        d, u = heapq.heappop(h)\n        c += d + u"),
			map[string]int{name(true, vm.JITTagTuple): 2, name(false, vm.JITTagTuple): 1}},
		{"ints", loop("", "        heapq.heappush(h, (i * 7) % 11)\n        c += heapq.heappop(h)"),
			map[string]int{name(true, gc.TagInt): 1, name(false, gc.TagInt): 1}},
		{"floats", loop("", "        heapq.heappush(h, i * 0.5)\n        c += heapq.heappop(h)"),
			map[string]int{name(true, gc.TagFloat): 1, name(false, gc.TagFloat): 1}},
		{"strs", loop("w = 'abc'", "        heapq.heappush(h, w)\n        if heapq.heappop(h) == w:\n            c += 1"),
			map[string]int{name(true, vm.JITTagStr): 1, name(false, vm.JITTagStr): 1}},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		if len(h.traces) == 0 {
			t.Errorf("%s: no trace, aborts %v", c.name, h.aborts)
			continue
		}
		tr := h.traces[len(h.traces)-1].Trace
		for n, want := range c.calls {
			if got := helperCalls(tr, n); got != want {
				t.Errorf("%s: %d calls of %s, want %d\n%s", c.name, got, n, want, tr)
			}
		}
	}
}

func TestHeapqRecordingAborts(t *testing.T) {
	loop := func(pre, body string) string {
		return "import heapq\n" + pre + "\ndef f(n):\n    c = 0\n    for i in range(n):\n" + hostPad + body + "\n    return c\nf(100)\n"
	}
	cases := []struct{ name, src, reason string }{
		{"list subclass", loop("class L(list): pass\nh = L([1, 2])", "        heapq.heappush(h, i)\n        c += heapq.heappop(h)"), "on a non-list"},
		{"objects", loop("class P:\n    def __lt__(s, o): return True\nps = [P(), P()]\nh = []", "        heapq.heappush(h, ps[i % 2])"), "other than an int"},
		{"mixed int and float", loop("h = [0.5, 1.5]", "        heapq.heappush(h, i)"), "comparison it decides"},
		{"int and float in tuples", loop("h = [(0, 0.5)] * 200", "        heapq.heappush(h, (0, i))"), "comparison it decides"},
	}
	for _, c := range cases {
		h := recordAll(t, c.src)
		found := false
		for _, a := range h.aborts {
			found = found || strings.Contains(a, c.reason)
		}
		if !found {
			t.Errorf("%s: aborts %v, want one with %q", c.name, h.aborts, c.reason)
		}
	}
}
