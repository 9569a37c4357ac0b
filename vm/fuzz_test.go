// fuzz_test.go holds FuzzRun, the VM's fuzz target: it compiles and runs
// Python source in-process under a time limit (Config.TimeLimit) and fails
// on a Go panic (reported by RunFile as "SystemError: Go panic ...", or
// escaping from the front end or compiler) and on a hang. The corpus is
// seeded with the golden programs of tests/corpus/lang and with programs
// built from small fragments that stress edge cases (huge sizes, deep
// nesting, odd operands).

package vm

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hotloop/hotloop/vm/compile"
	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// fuzzFragments are statements that FuzzRun's seeds combine.
var fuzzFragments = []string{
	"x = [1, 2, 3] * 3",
	"d = {i: str(i) for i in range(10)}",
	"s = 'abc'.ljust(10, '*').center(30)",
	"t = tuple(range(5))[::-2]",
	"y = 2 ** 100 // 7 % 13",
	"z = 1.5e300 * 1e10",
	"b = bytes(5) + b'xy'",
	"try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    w = str(e)",
	"def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nv = f(10)",
	"class A:\n    def __init__(self):\n        self.a = 1\n    def __add__(self, o):\n        return A()\nq = A() + A()",
	"g = (i * i for i in range(10))\nh = sorted(g, key=lambda k: -k)",
	"while True:\n    break",
	"for i in range(3):\n    for j in range(3):\n        if i == j:\n            continue",
	"print(x, d, s, t, y, z, b, sep='|')",
	"m = max([3, 1, 2], default=0)",
	"k = 'a%sb%d' % ('x', 3)",
	"r = f'{y:>20}{z!r:^10}'",
	"l = list(map(str, range(4)))\nl.sort(reverse=True)",
	"e = [[]] * 3\ne[0].append(e)",
	"print(repr(e))",
}

// FuzzRun runs fuzzed Python source and fails on Go panics and hangs.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "tests", "corpus", "lang", "*.py"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil && !bytes.Contains(data, []byte("import")) {
			f.Add(string(data))
		}
	}
	for i := range fuzzFragments {
		var b strings.Builder
		for j := 0; j < 4; j++ {
			b.WriteString(fuzzFragments[(i*7+j*3)%len(fuzzFragments)])
			b.WriteString("\n")
		}
		f.Add(b.String())
	}
	f.Add(strings.Join(fuzzFragments, "\n") + "\n")
	f.Fuzz(func(t *testing.T, src string) {
		if strings.Contains(src, "import") || strings.Contains(src, "input") || strings.Contains(src, "open") {
			t.Skip("no imports or I/O")
		}
		mod, text, err := syntax.ParseFileText("t.py", []byte(src))
		if err != nil {
			return
		}
		table, err := symtable.Build(mod, "t.py", text)
		if err == nil {
			err = compile.Check(mod, table, []byte(src))
		}
		if err != nil {
			return
		}
		code, err := compile.Compile(mod, table, "t.py")
		if err != nil {
			return
		}
		var out, errb bytes.Buffer
		m, err := New(Config{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), TimeLimit: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		start := time.Now()
		if err := m.RunFile("t.py", []byte(src), code); err != nil {
			t.Fatalf("RunFile: %v", err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("ran %v despite the 2s time limit", d)
		}
		if strings.Contains(errb.String(), "Go panic") {
			t.Fatalf("Go panic:\n%s", errb.String())
		}
	})
}
