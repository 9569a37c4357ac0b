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
r = "the cat the hat thé"
for args in [("the", "THE"), ("the", "a", 1), ("the", "", -1), ("é", "ee"), ("t", "✓✓", 2), ("x", "y"), ("the", "THE", 0), ("", "-"), ("", "-", 2), ("thé", "X")]:
    q = r.replace(*args)
    print(repr(q), len(q), q[-3:], q[4:9])
print("aaaa".replace("aa", "b"), "ab".replace("ab", "c"), "ab".replace("ab", ""), r.replace("x", "y") is r, "é✓".replace("✓", "a")[1])
z = "\ud800é\udfffx✓\U0001f600ab"
print(ascii([z[i] for i in range(-len(z), len(z))]), ascii(z[::-1]), ascii(z[1:6]), ascii(z[::2]), ascii(z[-2:0:-3]), ascii(z[3:4]), ascii(z[5:6]))
print([len(z[i:j]) for i in range(0, 9, 2) for j in range(0, 9, 3)], len(z[::3] + z), ascii((z[2:7] + "q")[5]), z[2:2] == "", z[:] is z)
try:
    z[9]
except IndexError as e:
    print(type(e).__name__, e)
try:
    z[-10]
except IndexError as e:
    print(type(e).__name__, e)
s = "a\ud800bé\udfffc"
print(s.find("b", 1), s.find("c", 2, 6), s.count("é", 1), s.rfind("\udfff", 0, 6), s.index("c", 1), s.startswith("\ud800", 1), s.endswith("\udfff", 0, 5))
print(s.find("\ud800", 0, 3), s.count("\udfff", 2, 6), "é\ud800x".find("x", 1), s.startswith(("x", "é"), 3, 4), s.endswith("", 7), s.startswith("", 6), s.count("", 2, 4), s.find("", 9))
print("abcabc".startswith("bc", 1, 3), "abcabc".endswith("ab", 0, 5), "abc".count("", 1, 1), "abc".find("c", -1), "abc".rfind("", 1, 2))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("", ""), "ab".replace("", "", 1), "a".replace("", "-", 0), ascii("\ud800é".replace("", "|")), len("é✓".replace("", "ab")), ascii("\udfff\U0001f600".replace("", "\ud800", 2)))
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

// BenchmarkDictGetInt times membership tests of int keys, half present
// and half absent, in a dict of 40000 keys below 80000 (set_ops' pattern).
func BenchmarkDictGetInt(b *testing.B) {
	vm := newBenchVM(b)
	const n = 40000
	d := vm.newDict()
	for i := 0; i < n; i++ {
		if err := vm.dictSet(d, gc.Int(int64(i*7919%(2*n))), vNone); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _, _ = vm.dictGet(d, gc.Int(int64(i*31%(2*n))))
	}
}

// BenchmarkStrReplace times str.replace on a 12000-byte ASCII text, per
// replacement made.
func BenchmarkStrReplace(b *testing.B) {
	src := `
text = "the cat sat on the mat " * 500
for _ in range(%N%):
    text.replace("the", "THE")
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N/1000+1)), false)
}

// BenchmarkStrIndexWide times s[i] and s[i:i+3] on a 2400-character str
// that is not all ASCII (a walk of the text, no rune decoding).
func BenchmarkStrIndexWide(b *testing.B) {
	src := `
s = "héllo wörld " * 200
n = len(s)
for k in range(%N%):
    i = k * 7 % n
    c = s[i]
    t = s[i:i + 3]
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N)), false)
}

// BenchmarkSortKeyPairs times sorted(..., key=lambda) with (int, int)
// tuple keys, per item: the key calls and the flat-row sort.
func BenchmarkSortKeyPairs(b *testing.B) {
	src := `
data = [i * 7919 % 10007 for i in range(1000)]
for _ in range(%N%):
    sorted(data, key=lambda v: (v % 100, -v))
`
	run(b, strings.ReplaceAll(src, "%N%", itoa(b.N/1000+1)), false)
}
