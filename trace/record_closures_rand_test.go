// record_closures_rand_test.go runs random loops that call closures
// (lambdas over the loop function's variables, nonlocal counters, closures
// of one code picked from lists, compositions, defaults) while breaking
// one assumption mid-loop (a captured variable rebound or deleted, a
// closure of other code at a call site, __defaults__ reassigned or
// removed, an exception inside a closure after it stored a nonlocal), and
// checks the JIT's output against the interpreter's at two thresholds:
// everything record_closures.go loads instead of fixing must be right.

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

// closureGen writes random closure programs.
type closureGen struct {
	r *rand.Rand
	b strings.Builder
}

func (g *closureGen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

// closureMutations break one assumption each.
var closureMutations = []string{
	"k = 0.5",                              // a captured variable changes type
	"k = 'x'",                              // ... to one the closure cannot add
	"del k",                                // ... becomes unbound
	"gets[1].__defaults__ = (2.5,)",        // defaults of another type
	"gets[2].__defaults__ = None",          // defaults removed: TypeError
	"gets[3].__defaults__ = (1, 2)",        // more defaults than before
	"bump.__defaults__ = (10,)",            // another default value
	"bump.__defaults__ = ('a',)",           // the closure raises after reading
	"incs[0] = adds[1]",                    // another code at a call site
	"adds[2] = abs",                        // a builtin at a call site
	"comps[3] = lam",                       // a closure of another code
	"cnt = 2 ** 62",                        // a nonlocal about to overflow
	"lam = lambda x, y=2: x - y",           // the lambda rebound
	"incs[1] = make(100)[0]",               // a fresh closure of the same code
	"gets[0] = make(7)[1]",                 // a fresh closure with its defaults
	"comps[0] = compose(gets[1], gets[2])", // compose of other functions
}

func (g *closureGen) body(indent string) {
	w := func(s string) { g.b.WriteString(indent + s + "\n") }
	for k := 0; k < 2+g.r.Intn(4); k++ {
		switch g.r.Intn(9) {
		case 0:
			w("total += lam(" + g.pick("i", "1", "total & 7") + ")")
		case 1:
			w("total += bump(" + g.pick("", "i & 3", "1", "x=i & 1") + ")")
		case 2:
			w("total += incs[i % 4](" + g.pick("i & 7", "1", "2.5") + ")")
		case 3:
			w("total += gets[i & 3](" + g.pick("i", "i, 2", "x=i", "i, d=3", "d=2, x=i") + ")")
		case 4:
			w("total += adds[(i * 3) & 3](i)")
		case 5:
			w("total += comps[i & 3](i)")
		case 6:
			w("k = k + 1")
		case 7:
			w("h = " + g.pick("lam", "bump", "adds[0]") + "\n" + indent + "total += h(i)")
		default:
			w("total = total % 1000003")
		}
	}
}

func (g *closureGen) program() string {
	g.b.Reset()
	g.b.WriteString(`def make(k):
    n = 0
    def inc(x):
        nonlocal n
        n += x
        return n
    def get(x, d=k + 1):
        return x * d
    def add(x):
        return x + k
    return inc, get, add

def compose(f, g):
    return lambda x: f(g(x))

def f(n):
    k = 3
    cnt = 0
    def bump(x=1):
        nonlocal cnt
        cnt += x
        return cnt
    lam = lambda x: x * k
    incs = [make(j)[0] for j in range(4)]
    gets = [make(j)[1] for j in range(4)]
    adds = [make(j)[2] for j in range(4)]
    comps = [compose(adds[j], gets[j]) for j in range(4)]
    total = 0
    try:
        for i in range(n):
`)
	g.body("            ")
	fmt.Fprintf(&g.b, "            if i == %d:\n                %s\n", g.r.Intn(60), closureMutations[g.r.Intn(len(closureMutations))])
	g.b.WriteString(`    except Exception as e:
        print(type(e).__name__, e)
    try:
        kk = k
    except NameError:
        kk = None
    return total, cnt, kk, [x(0) for x in incs]

for n in (5, 80):
    print(f(n))
`)
	return g.b.String()
}

func TestRandomClosureLoopsAgree(t *testing.T) {
	n := 120
	if testing.Short() {
		n = 25
	}
	seed := int64(12)
	if s, err := strconv.ParseInt(os.Getenv("HOTLOOP_CLOSURE_SEED"), 10, 64); err == nil {
		seed = s // another set of programs: HOTLOOP_CLOSURE_SEED=n go test -run RandomClosure
	}
	g := &closureGen{r: rand.New(rand.NewSource(seed))}
	var compiled, entries int64
	reasons := map[string]int64{}
	for k := 0; k < n; k++ {
		src := g.program()
		want := runProg(t, src, nil, 0)
		if strings.Contains(want, "ERROR") {
			t.Fatalf("program %d does not run:\n%s\n%s", k, src, want)
		}
		for _, threshold := range []int{1, 7} {
			j := jit.New(jit.Config{})
			got := runProg(t, src, j, threshold)
			s := j.Stats()
			if threshold == 1 {
				// At threshold 7 a short loop's trace may not be worth
				// compiling; at 1 every recorded trace is.
				compiled += s.TracesCompiled
				entries += s.TraceEntries
			}
			for r, c := range s.AbortReasons {
				reasons[strings.Split(r, " at ")[0]] += c
			}
			if addrRE.ReplaceAllString(got, "0x?") != addrRE.ReplaceAllString(want, "0x?") {
				t.Fatalf("program %d, threshold %d: JIT output differs\n--- program\n%s\n--- interpreter\n%s\n--- JIT\n%s", k, threshold, src, want, got)
			}
		}
	}
	if compiled < int64(n)*3/4 || entries < int64(n) {
		t.Fatalf("only %d traces compiled and %d entries over %d programs; aborts: %v", compiled, entries, n, reasons)
	}
	t.Logf("%d programs, %d traces compiled, %d entries; aborts: %v", n, compiled, entries, reasons)
}
