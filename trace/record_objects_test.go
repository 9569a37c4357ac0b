// record_objects_test.go runs random loops over small value objects
// (operator dunders, comparisons, unary minus, properties, class calls of
// a __slots__ class and of a dict class, objects escaping into a list)
// with one assumption broken mid-loop (a dunder, property or __init__
// replaced, an instance of a subclass, another operand type, an overflow,
// NotImplemented, __init__ raising or returning a value) under the JIT at
// two thresholds, and checks the output against the interpreter's: every
// assumption record_dunder.go and record_new.go make must be guarded.

package trace_test

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit"
)

// objGen writes one random program.
type objGen struct {
	r *rand.Rand
	b strings.Builder
}

func (g *objGen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

const objClasses = `class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __rmul__(self, k):
        return V(self.x * k, self.y)
    def __lt__(self, o):
        return self.x + self.y < o.x + o.y
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    @property
    def n2(self):
        return self.x * self.x + self.y * self.y

class W(V):
    __slots__ = ()
    def __init__(self, x, y):
        super().__init__(x, y)
    def __sub__(self, o):
        return super().__sub__(o) * 2
    def __add__(self, o):
        return W(self.x + 2 * o.x, self.y)
    def __radd__(self, o):
        return W(0, 0)

class P:
    def __init__(self, a, b=1):
        self.a = a
        self.b = b
    @property
    def s(self):
        return self.a + self.b
    @s.setter
    def s(self, v):
        self.a = v - self.b
    def __iadd__(self, k):
        self.a = self.a + k
        return self

class K:
    def __add__(self, o):
        return o * 2
    def __neg__(self):
        return 5
    @property
    def p(self):
        return 3

class K2(K):
    def __add__(self, o):
        return -o

def bad_init(self, x, y):
    if x > 3:
        raise ValueError("bad init %d" % x)
    self.x = x
    self.y = y

def value_init(self, a, b=2):
    self.a = a
    self.b = b
    return a

`

func (g *objGen) mutation() string {
	return g.pick(
		"V.__add__ = lambda s, o: V(s.x + o.x + 1, s.y)",
		"a = W(a.x, a.y)",
		"b = W(1, 1)",
		"V.n2 = property(lambda s: 7)",
		"a = V(1.5, 2)",
		"b = V(2**62, 1)",
		"V.__sub__ = lambda s, o: NotImplemented",
		"V.__init__ = bad_init",
		"P.__init__ = value_init",
		"V.__neg__ = lambda s: V(0, 0)",
		"P.s = 11",
		"a = P(1, 2)",
		"V.__lt__ = lambda s, o: NotImplemented",
		"P.__iadd__ = lambda s, k: 'gone'",
		"K.__add__ = lambda s, o: o * 3",
		"k = K2()",
		"K.p = property(lambda s: 9)",
		"K.__neg__ = lambda s: 6",
		"V.__rmul__ = lambda s, k: V(0, 7)",
		"P.__init__.__defaults__ = (7,)",
		"P.__init__.__defaults__ = (0.5,)",
	)
}

func (g *objGen) body(indent string) {
	w := func(format string, args ...any) { fmt.Fprintf(&g.b, indent+format+"\n", args...) }
	for k := 0; k < 2+g.r.Intn(5); k++ {
		switch g.r.Intn(11) {
		case 0:
			w("a = a + V(1, i %% 3)")
		case 1:
			w("b = %s", g.pick("a - b", "V(b.y, b.x)", "b * 2", "-b"))
		case 2:
			w("t += (a * %s).x + (%s * a).y", g.pick("2", "i", "0.5"), g.pick("3", "i", "1.5"))
		case 3:
			w("t += a.n2 %% 97")
		case 4:
			w("if a < b:\n%s    t += 1", indent)
		case 5:
			w("p = P(%s)\n%st += p.s", g.pick("i, t % 5", "i"), indent)
		case 6:
			w("if i %% 7 == 0:\n%s    keep.append(V(i, t))", indent)
		case 7:
			w("a = %s(a.x %% 1000, a.y %% 1000)", g.pick("V", "V", "W"))
		case 8:
			w("q += i\n%sq.s = q.s %% 50", indent)
		case 9:
			w("t += %s", g.pick("k + i % 10", "k.p", "-k"))
		default:
			w("if a == V(a.x, a.y):\n%s    t += 2", indent)
		}
	}
}

func (g *objGen) program() string {
	g.b.Reset()
	g.b.WriteString(objClasses)
	g.b.WriteString("def f(n):\n    a, b, t, keep, q, k = V(1, 2), V(3, 4), 0, [None] * 0, P(0, 1), K()\n")
	g.b.WriteString("    for i in range(n):\n")
	g.body("        ")
	fmt.Fprintf(&g.b, "        if i == %d:\n            %s\n", g.r.Intn(60), g.mutation())
	g.b.WriteString("    return t, a.x, a.y, b.x, b.y, len(keep), keep[-1].x if keep else 0, q.a\n\n")
	g.b.WriteString("for n in (5, 80):\n    try:\n        print(f(n))\n    except Exception as e:\n        print(type(e).__name__, e)\n")
	return g.b.String()
}

func TestRandomObjectLoopsAgree(t *testing.T) {
	n := 120
	if testing.Short() {
		n = 25
	}
	seed := int64(11)
	if s, err := strconv.ParseInt(os.Getenv("HOTLOOP_OBJ_SEED"), 10, 64); err == nil {
		seed = s // another set of programs: HOTLOOP_OBJ_SEED=n go test -run RandomObject
	}
	g := &objGen{r: rand.New(rand.NewSource(seed))}
	var compiled, entries int64
	reasons := map[string]int64{}
	for k := 0; k < n; k++ {
		src := g.program()
		want := runProg(t, src, nil, 0)
		for _, threshold := range []int{1, 7} {
			j := jit.New(jit.Config{})
			got := runProg(t, src, j, threshold)
			s := j.Stats()
			compiled += s.TracesCompiled
			entries += s.TraceEntries
			for r, c := range s.AbortReasons {
				reasons[strings.Split(r, " at ")[0]] += c
			}
			if got != want {
				t.Fatalf("program %d, threshold %d: JIT output differs\n--- program\n%s\n--- interpreter\n%s\n--- JIT\n%s", k, threshold, src, want, got)
			}
		}
	}
	// (mutations at the first iterations make some loops abort at once)
	if compiled < int64(n)/2 || entries < int64(n) {
		t.Fatalf("only %d traces compiled and %d entries over %d programs; aborts %v", compiled, entries, n, reasons)
	}
	t.Logf("%d programs, %d traces compiled, %d entries; aborts: %v", n, compiled, entries, reasons)
}
