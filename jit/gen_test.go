// gen_test.go checks for loops over generators end to end
// (trace/record_gen.go): a pipeline of generators consumed by a for loop
// runs in the consumer's trace, with the interpreter's output, and so do
// the exits inside a generator's body (a generator that changes what it
// yields, one that raises, one left by break and resumed by next()).

package jit

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/jit/jittest"
)

func TestGeneratorPipelineInTrace(t *testing.T) {
	src := `
def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1
def squares(src):
    for x in src:
        yield x * x
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def take_sum(src, k):
    s = 0
    for x in src:
        s += x % 1000003
        k -= 1
        if k == 0:
            break
    return s
t = 0
for r in range(4):
    t += take_sum(evens(squares(count_from(r, 10 ** 9))), 5000)
print(t)
`
	want, all := jittest.RunCounting(t, src, nil, 0)
	var log strings.Builder
	j := New(Config{Log: &log})
	got, interp := jittest.RunCounting(t, src, j, 10)
	if got != want {
		t.Fatalf("JIT output %q, interpreter %q", got, want)
	}
	s := j.Stats()
	// The consumer's loop and the three generators it resumes run in its
	// trace: at most a few percent of the bytecodes are interpreted.
	if s.TracesCompiled < 1 || interp*20 > all {
		t.Errorf("%d of %d bytecodes interpreted: %+v\n%s", interp, all, s, log.String())
	}
}

func TestGeneratorExitsInTrace(t *testing.T) {
	src := `
def gen(n):
    for i in range(n):
        if i < 3000:
            yield i
        elif i < 3500:
            yield i * 0.5
        elif i == 5990:
            yield 1 // (i - i)
        else:
            yield i
def use(g):
    t = 0
    for x in g:
        t += x
    return t
try:
    use(gen(6000))
except ZeroDivisionError as e:
    print("raised", e)
print(use(gen(5000)))
g = gen(6000)
t = 0
for x in g:
    t += x
    if x == 2000:
        break
print(t, next(g), next(g), use(gen(100)))
for x in g:
    t -= x
    if x == 2500:
        break
print(t, next(g))
`
	want := run(t, src, nil, 0)
	for _, threshold := range []int{1, 10} {
		var log strings.Builder
		j := New(Config{Log: &log})
		got := run(t, src, j, threshold)
		if got != want {
			t.Fatalf("threshold %d: JIT output %q, interpreter %q\n%s", threshold, got, want, log.String())
		}
		if s := j.Stats(); s.TracesCompiled < 1 || s.GuardExits < 1 {
			t.Errorf("threshold %d: no trace or no exit: %+v\n%s", threshold, s, log.String())
		}
	}
}

// genProg writes a random program of generator pipelines: stages that map,
// filter, loop without yielding, change the type they yield, raise, or
// stop early, consumed by for loops that break and resume the pipeline
// with next() and another loop.
func genProg(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(`
def src(n, k):
    i = 0
    while i < n:
        yield i * k
        i += 1
def src2(xs):
    for x in xs:
        yield x
`)
	stages := []string{
		"def s%d(g):\n    for x in g:\n        yield x + %d\n",
		"def s%d(g):\n    for x in g:\n        if x %% 3 != %d %% 3:\n            yield x\n",
		"def s%d(g):\n    for x in g:\n        if x > 150 + %d:\n            yield x * 0.5\n        else:\n            yield x\n",
		"def s%d(g):\n    t = 0\n    for x in g:\n        t += x\n        if t %% 2 == %d %% 2:\n            yield t\n",
		"def s%d(g):\n    for x in g:\n        if x == 777 + %d:\n            yield 1 // (x - x)\n        yield x\n",
		"def s%d(g):\n    n = 0\n    for x in g:\n        n += 1\n        if n > 400 + %d:\n            return\n        yield x\n",
		"def s%d(g):\n    for x in g:\n        yield x\n        yield -x + %d\n",
		"def s%d(g):\n    for x in g:\n        yield x - next(g, %d)\n",
	}
	for i := range stages {
		fmt.Fprintf(&b, stages[i], i, r.Intn(50))
	}
	for p := 0; p < 4; p++ {
		depth := r.Intn(4)
		var expr string
		if r.Intn(3) == 0 {
			expr = fmt.Sprintf("src2([%d * j for j in range(%d)])", r.Intn(5)+1, 200+r.Intn(700))
		} else {
			expr = fmt.Sprintf("src(%d, %d)", 200+r.Intn(900), r.Intn(4)+1)
		}
		for d := 0; d < depth; d++ {
			expr = fmt.Sprintf("s%d(%s)", r.Intn(len(stages)), expr)
		}
		stop := 100 + r.Intn(800)
		fmt.Fprintf(&b, `
try:
    g = %s
    t = 0
    c = 0
    for x in g:
        t += x
        c += 1
        if c == %d:
            break
    print(%d, t, c)
    print(next(g, None))
    for x in g:
        t -= x
    print(t)
except ZeroDivisionError as e:
    print(%d, "error", e)
`, expr, stop, p, p)
	}
	return b.String()
}

func TestGeneratorPipelinesRandom(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	var compiled, exits, sides int64
	for i := 0; i < 25; i++ {
		src := genProg(r)
		want := run(t, src, nil, 0)
		for _, threshold := range []int{1, 7} {
			j := New(Config{})
			if got := run(t, src, j, threshold); got != want {
				t.Fatalf("program %d, threshold %d: JIT output\n%s\ninterpreter\n%s\nprogram:\n%s", i, threshold, got, want, src)
			}
			s := j.Stats()
			compiled, exits, sides = compiled+s.TracesCompiled, exits+s.GuardExits, sides+s.SideTraces
		}
	}
	// The programs must exercise traces over generators, their exits and
	// side traces, or the comparison proves nothing.
	if compiled < 100 || exits < 100 || sides < 20 {
		t.Errorf("%d traces, %d exits, %d side traces", compiled, exits, sides)
	}
	t.Logf("%d traces, %d exits, %d side traces", compiled, exits, sides)
}
