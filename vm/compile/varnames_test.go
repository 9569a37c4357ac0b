package compile

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// TestCodeAttributesCPython compares, over standard library files, each
// code object's co_varnames, co_cellvars, co_freevars, co_argcount,
// co_kwonlyargcount, co_posonlyargcount, co_flags and co_firstlineno with
// CPython's (code objects matched by qualified name and first line).
func TestCodeAttributesCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python3 over many files")
	}
	files, _ := filepath.Glob(filepath.Join(stdlibRoot, "*.py"))
	more, _ := filepath.Glob(filepath.Join(stdlibRoot, "test", "test_[a-g]*.py"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no standard library")
	}
	script := `
import json, sys
out = {}
seen = {}
def walk(f, code):
    key = "%s %s:%d" % (f, code.co_qualname, code.co_firstlineno)
    seen[key] = seen.get(key, 0) + 1
    key += "#%d" % seen[key]
    out.setdefault(key, "%s|%s|%s|%d/%d/%d|%#x" % (" ".join(code.co_varnames), " ".join(code.co_cellvars),
        " ".join(code.co_freevars), code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
        code.co_flags & 0x3ff))
    for k in code.co_consts:
        if hasattr(k, "co_code"):
            walk(f, k)
for f in json.load(sys.stdin):
    try:
        src = open(f, "rb").read()
        walk(f, compile(src, f, "exec"))
    except (SyntaxError, ValueError):
        pass
print(json.dumps(out))
`
	in, _ := json.Marshal(files)
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = strings.NewReader(string(in))
	raw, err := runPython(t, cmd)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	compared, bad := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code, err := compileSource(f, src)
		if err != nil {
			continue
		}
		seen := map[string]int{}
		var walk func(c *bytecode.Code)
		walk = func(c *bytecode.Code) {
			key := fmt.Sprintf("%s %s:%d", f, c.QualName, c.FirstLine)
			seen[key]++
			key += fmt.Sprintf("#%d", seen[key])
			got := fmt.Sprintf("%s|%s|%s|%d/%d/%d|%#x", strings.Join(c.Varnames, " "), strings.Join(c.Cellvars, " "),
				strings.Join(c.Freevars, " "), c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, uint32(c.Flags)&0x3ff)
			if w, ok := want[key]; ok {
				compared++
				if w != got {
					bad++
					if bad <= 20 {
						t.Errorf("%s:\n got %s\nwant %s", key, got, w)
					}
				}
			}
			for _, k := range c.Consts {
				if sub, ok := k.(*bytecode.Code); ok {
					walk(sub)
				}
			}
		}
		walk(code)
	}
	t.Logf("%d code objects compared, %d differ", compared, bad)
}
