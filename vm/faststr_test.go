// faststr_test.go checks the str and dict fast paths (dict.go's tagged
// index, faststr.go's split, concatenation and slicing that keep the
// code-point count) against CPython, with and without GC stress, and
// holds their micro-benchmarks.

package vm

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/gc"
)

// strDictSrc exercises the dict index (str keys equal but not identical,
// hash collisions of other types, deletes and reinsertion, growth and
// clear) and the str operations whose results carry a code-point count.
const strDictSrc = `
d = {}
ws = []
for i in range(3000):
    w = "k" + str(i * 7 % 1000) + "x" * (i % 3)
    ws.append(w)
    d[w] = d.get(w, 0) + 1
print(len(d), sum(d.values()), d["k7"], d.get("nope", -1), "k14x" in d, "k14" + "x" in d)
for w in ws[::3]:
    d.pop(w, None)
print(len(d), list(d)[:5], list(d.items())[-3:])
for i in range(500):
    d[str(i)] = i
print(len(d), d["499"], list(d)[-2:])
class H:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, o):
        print("eq", self.s, o if isinstance(o, str) else o.s)
        return self.s == (o if isinstance(o, str) else o.s)
e = {H("ab"): 1, "cd": 2}
print(e["ab"], e.get("cd"), e.get(H("cd")))
f = {1: "a", 1.0: "b", True: "c", -1: "x", -2: "y"}
print(f, {hash(-1), hash(-2)})
g = dict.fromkeys("abcdefghijklmnop")
for k in "acegikmo":
    del g[k]
g["a"] = 9
print(g)
g.clear()
g["z"] = 1
print(g, len(g))
s = "héllo wörld  \t tab\nnew ✓line "
parts = s.split()
print(parts, [len(p) for p in parts], [p[1:3] for p in parts], [p[-1] for p in parts])
print("a b  c".split(), "  lead trail  ".split(), "".split(), "   ".split(), "x".split())
print("a b c d".split(None, 2), "a,b,,c".split(","), "a b c".rsplit(None, 1))
print("a b  c  ".split(None, 1), "a b  c  ".split(None, 2), "  a  ".split(None, 0), "a b".split(None, 0), "  ".split(None, 0))
print("a,b,".split(",", 1), ",".split(","), "".split(","), "a\x1cb\x1fc\x85d e".split(), "a--b--".split("--"), "abc".split("é"), "a b".split(maxsplit=-5))
print([len(p) for p in "héllo,wörld,x".split(",")], [len(p) for p in "ab,cd,e".split(",")], ["ab cd".split()[1][1], "x,yz".split(",")[1][-1]])
t = "ab" + "cé"
u = t + "✓"
print(len(t), len(u), u[3], u[-1], u[1:4], len(u + u), (u + "z")[4:], ("é" + "a")[1])
a = "abc" * 3
b = a[2:7]
print(len(b), b, b[::-1], len(a + b), (a + b)[8:10])
print(" ".join(["é", "a", "✓"])[2:4], len(" ".join(["é", "a", "✓"])))
print("abcdef"[1:4] + "é", ("abcdef"[1:4] + "é")[3], len("abcdef"[::2] + "✓✓"))
import random
random.seed(5)
xs = [random.randint(-30, 30) for _ in range(400)]
ss = [random.choice(["b", "a", "é", "✓", "aa", ""]) for _ in range(400)]
print(sorted(range(400), key=lambda i: (xs[i] % 7, -xs[i]))[:25])
print(sorted(range(400), key=lambda i: (ss[i], xs[i]), reverse=True)[:25])
print(sorted(range(400), key=lambda i: (ss[i], ss[-i]))[:25], sorted(range(400), key=lambda i: (xs[i], ss[i]))[-25:])
print(sorted([(1, 2), (1,), (0, 5), (1, 2, 3), (1, 1)]), sorted([(2, "b"), (2, "a"), (1, "z")], reverse=True))
print(sorted([(1 << 70, 1), (5, 2), (-(1 << 70), 3)]), sorted([(1, 2), (1, 2.5), (1, True)]))
print(sorted(["b", "a", "é", "✓", "aa"]), sorted({"x": 1, "y": 2}.items(), key=lambda kv: (-kv[1], kv[0])))
`

func TestStrDictFastPaths(t *testing.T) {
	want, err := exec.Command("python3", "-c", strDictSrc).Output()
	if err != nil {
		t.Skipf("python3 not available: %v", err)
	}
	for _, stress := range []bool{false, true} {
		got, stderr, code := run(t, strDictSrc, stress)
		if got != string(want) || code != 0 {
			t.Errorf("stress %v: exit %d, stderr %q\ngot:\n%s\nwant:\n%s", stress, code, stderr, got, want)
		}
	}
}

// newBenchVM makes a VM for the Go-level benchmarks.
func newBenchVM(b *testing.B) *VM {
	b.Helper()
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { m.Close() })
	return m
}

// benchKeys makes n distinct str keys and, for each, a second str object
// with the same text (a lookup that must compare text, as in
// counts[w] for a freshly built w).
func benchKeys(vm *VM, n int) (keys, probes []gc.Value) {
	for i := 0; i < n; i++ {
		s := fmt.Sprintf("w%d", i*7919%(n*3))
		keys = append(keys, vm.newStr(s))
		probes = append(probes, vm.newStr(s))
	}
	return keys, probes
}

// BenchmarkDictGetStr times a lookup of a present str key through an
// equal str that is not the stored object, in a dict of 50000 keys.
func BenchmarkDictGetStr(b *testing.B) {
	vm := newBenchVM(b)
	const n = 50000
	keys, probes := benchKeys(vm, n)
	d := vm.newDict()
	for i, k := range keys {
		if err := vm.dictSet(d, k, gc.Int(int64(i))); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, _ := vm.dictGet(d, probes[(i*31)%n]); !ok {
			b.Fatal("missing key")
		}
	}
}

// BenchmarkDictSetStr times inserting str keys into a growing dict (per
// key: the probe, the append and the resizes).
func BenchmarkDictSetStr(b *testing.B) {
	vm := newBenchVM(b)
	const n = 50000
	keys, _ := benchKeys(vm, n)
	b.ResetTimer()
	var d gc.Value
	for i := 0; i < b.N; i++ {
		if i%n == 0 {
			d = vm.newDict()
		}
		if err := vm.dictSet(d, keys[i%n], gc.Int(1)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStrSplit times str.split() of a 2000-word ASCII text, per word.
func BenchmarkStrSplit(b *testing.B) {
	src := `
text = " ".join("w%d" % (i * 7919 % 1000) for i in range(2000))
for _ in range(%N%):
    text.split()
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N/2000+1)), false)
}

// BenchmarkStrConcatLen times building a str by += and taking len() of
// the result (the code-point count carried through concatenation).
func BenchmarkStrConcatLen(b *testing.B) {
	src := `
p = "ab"
n = 0
for i in range(%N%):
    w = p + " " + p
    n += len(w)
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N)), false)
}
