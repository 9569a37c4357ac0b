package compile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"testing"

	"github.com/hotloop/hotloop/vm/syntax"
)

// TestUnparseCPython compares the annotation strings of `from __future__
// import annotations` with CPython's.
func TestUnparseCPython(t *testing.T) {
	exprs := []string{
		"int", "List[int]", "Dict[str, int]", "a.b.c", "1 .real", "(1).real", "1.5", "1e400", "-1e400j",
		"'x'", `"it's"`, "b'x'", "None", "...", "Tuple[()]", "Tuple[int, ...]", "x | None",
		"Callable[[int, str], bool]", "a if b else c", "lambda: 1", "lambda x, /, y=1, *a, z, w=2, **k: x",
		"lambda *, k: k", "not a", "-x", "~x", "+x", "a ** b ** c", "(a ** b) ** c", "a - (b - c)",
		"(a - b) - c", "a * (b + c)", "a < b <= c", "a is not b", "a not in b", "a and b or c",
		"a and (b or c)", "f(x, *y, z=1, **w)", "f(x for x in y)", "f((x for x in y), 1)",
		"[x for x in y if x if not x for z in x]", "{x: y for x, y in z}", "{x for x in y}",
		"{1: 2, **a}", "{1, 2}", "[1, *a]", "(1,)", "(1, 2)", "x[1:2, ::3]", "x[a:b:c]", "x[(1, 2)]",
		"x[1,]", "f'{a!r:>{w}} {{}} {b}'", "f'{ {1: 2}[1]}'", "a[b](c).d", "'a' 'b'", "u'x'", "True", "1 + 2", "2 ** -1",
		"-(-1)", "(-1) ** 2", "x[-1]",
	}
	script := `
import json, sys
out = []
for e in json.load(sys.stdin):
    ns = {}
    exec(compile("from __future__ import annotations\nx: " + e + "\n", "f", "exec"), ns)
    out.append(ns["__annotations__"]["x"])
print(json.dumps(out))
`
	in, _ := json.Marshal(exprs)
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = bytesReader(in)
	raw, err := runPython(t, cmd)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	for i, e := range exprs {
		mod, err := syntax.ParseFile("f.py", []byte("x: "+e+"\n"))
		if err != nil {
			t.Errorf("%s: %v", e, err)
			continue
		}
		ann := mod.Body[0].(*syntax.AnnAssign).Annotation
		var c compiler
		if got := c.unparse(ann); got != want[i] {
			t.Errorf("%s: got %q, want %q", e, got, want[i])
		}
	}
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

// runPython runs a python3 command, skipping the test when there is no
// python3 and reporting its stderr when it fails.
func runPython(t *testing.T, cmd *exec.Cmd) ([]byte, error) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is not available")
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("python3: %v\n%s", err, stderr.String())
	}
	return out, nil
}
