package compile

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// TestWarningsCPython compares the compiler's SyntaxWarnings with the ones
// CPython's compile() issues.
func TestWarningsCPython(t *testing.T) {
	snippets := []string{
		"x = 2\nwhile x is 1:\n    pass\nif x is 1 or x is not 'a': pass\n",
		"print(1(2), [1][0], (1,2)['a'], 'ab'['x'], True[0])",
		"a = (1, 2)(3)\nb = [x](1)\nc = {1}(2)\nd = f'x'(1)\ne = (x for x in y)(1)\nf = (-1)(2)\n",
		"a = {1}[0]\nb = (lambda: 1)[0]\nc = None[0]\nd = 1.5[0]\ne = [1][1.5]\nf = (a, b)['x']\ng = 'x'[None]\n",
		"assert (x, 'msg')\nassert (1, 2)\nassert ()\n",
		"x is -1\nx is (1, 2)\nx is ()\nx is None\nx is True\nx is ...\n1 < x is 2\n",
		"def f():\n    return x is 1\nclass C:\n    y = z is 'a'\n",
		"x = a[1:2]\ny = b[__debug__]\nz = 'abc'[1]\nw = (1, 2)[x]\n",
	}
	script := `
import json, sys, warnings
out = []
for src in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        compile(src, "t.py", "exec")
    out.append(["%d: %s" % (w.lineno, w.message) for w in ws])
print(json.dumps(out))
`
	in, _ := json.Marshal(snippets)
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = strings.NewReader(string(in))
	raw, err := runPython(t, cmd)
	if err != nil {
		t.Fatal(err)
	}
	var want [][]string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	for i, src := range snippets {
		mod, err := syntax.ParseFile("t.py", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		table, err := symtable.Build(mod, "t.py", src)
		if err != nil {
			t.Fatal(err)
		}
		_, ws, err := CompileWithWarnings(mod, table, "t.py")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range ws {
			got = append(got, fmt.Sprintf("%d: %s", w.Line, w.Msg))
		}
		if strings.Join(got, "\n") != strings.Join(want[i], "\n") {
			t.Errorf("%q:\n got %q\nwant %q", src, got, want[i])
		}
	}
}
