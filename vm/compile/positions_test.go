package compile

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/bytecode"
)

// positionKind classes the instructions whose positions tracebacks show,
// so that ours can be compared with CPython's in order.
func positionKind(op bytecode.Op) string {
	switch {
	case op == bytecode.CALL || op == bytecode.CALLMETHOD || op == bytecode.CALLEX:
		return "call"
	case op == bytecode.ASSERTFAIL: // CPython calls AssertionError(msg)
		return "call"
	case op >= bytecode.ADD && op <= bytecode.INPLACE:
		return "binop"
	case op >= bytecode.LT && op <= bytecode.NOTIN:
		return "compare"
	case op == bytecode.LOADATTR:
		return "attr"
	case op == bytecode.LOADMETHOD:
		return "method"
	case op == bytecode.GETITEM:
		return "subscr"
	case op == bytecode.STOREATTR:
		return "storeattr"
	case op == bytecode.SETITEM:
		return "storesubscr"
	case op == bytecode.IMPORTNAME:
		return "import"
	case op == bytecode.IMPORTFROM:
		return "importfrom"
	case op == bytecode.LOADGLOBAL || op == bytecode.LOADNAME:
		return "loadname"
	case op == bytecode.RAISE:
		return "raise"
	case op == bytecode.GETITER:
		return "getiter"
	case op == bytecode.FORITER:
		return "foriter"
	case op == bytecode.UNPACK || op == bytecode.UNPACKEX:
		return "unpack"
	case op == bytecode.DELITEM || op == bytecode.DELATTR || op == bytecode.DELNAME || op == bytecode.DELFAST || op == bytecode.DELGLOBAL:
		return "del"
	case op == bytecode.FORMAT:
		return "format"
	case op == bytecode.CHECKEXCMATCH:
		return "excmatch"
	case op >= bytecode.NEG && op <= bytecode.NOT:
		return "unary"
	case op == bytecode.WITHENTER:
		return "with"
	case op == bytecode.DICTMERGE || op == bytecode.DICTUPDATE || op == bytecode.LISTEXTEND || op == bytecode.SETUPDATE:
		return "merge"
	}
	return ""
}

// TestPositionsCPython compares the source ranges of calls, operators,
// attribute and item accesses with CPython's co_positions.
func TestPositionsCPython(t *testing.T) {
	snippets := []string{
		"x = f(a, b)",
		"x = a.b.c(d)[e] + g(h) * 2",
		"y = (a +\n     b)",
		"z = obj.meth(\n    1,\n    2)",
		"z = (obj\n   .meth(1))",
		"v = (obj\n   .attr)",
		"a.b = c[d]\nc[d] = e.f",
		"x += f()\ny.z -= 1\nw[0] *= g(1)",
		"if a < b <= c(d):\n    pass",
		"print(f'{x.y}', *args, **kw)",
		"x = [f(i) for i in y]",
		"x = a[1:2] @ b[::c]",
		"assert f(x), g(y)",
		"for i in range(len(x)):\n    x[i] = i ** 2",
		"@dec(1)\ndef f(a, b=g(1), *, c=h.i):\n    return a.b(c)[0]\n",
		"class C(B, metaclass=M):\n    x = f(1)\n    def m(self):\n        return super().m(self.x)\n",
		"with open(f) as g, h(i):\n    g.read()\n",
		"try:\n    f()\nexcept E as e:\n    g(e.x)\nfinally:\n    h()\n",
		"raise E(x) from f(y)",
		"l = lambda x: x.y(z) + 1",
		"def gen():\n    x = yield f(1)\n    yield from g(x)\n",
		"x = {k(v): v.w for k, v in d.items() if v.ok()}",
		"f(*a, k=b.c, **d)",
		"def g(x):\n    def h():\n        return x.y\n    return h",
		"x = a.b\nx = a.b.c.d(e.f.g)",
		"import os, a.b as q\nfrom x import (y,\n z)\nfrom . import *",
		"for a, (b, *c) in d:\n    e = f\nelse:\n    g\n",
		"assert x\nraise\n",
		"x = [a for b in c for a in b]",
		"del a[b], c.d, e\ndef f(x):\n    del x\n",
		"x = f'{a!r} and {b:>{c}}'",
		"try:\n    pass\nexcept (A, B):\n    pass\nexcept C as e:\n    pass\n",
		"x = -a + ~b\ny = not c\nz = a is b\nw = a not in b",
		"f(*a, *b, **c, **d)\nx = [*a, *b]\ny = {**a, **b}\nz = {*a}",
		"while x.y < 3:\n    x.y += 1\n",
		"match p:\n    case [a, b]:\n        f(a)\n    case 1:\n        g(v)\n",
	}
	script := `
import json, sys, dis
kinds = {"CALL": "call", "CALL_FUNCTION_EX": "call", "BINARY_OP": "binop", "COMPARE_OP": "compare",
         "LOAD_ATTR": "attr", "LOAD_METHOD": "method", "BINARY_SUBSCR": "subscr",
         "STORE_ATTR": "storeattr", "STORE_SUBSCR": "storesubscr", "IMPORT_NAME": "import",
         "IMPORT_FROM": "importfrom", "LOAD_GLOBAL": "loadname", "LOAD_NAME": "loadname",
         "RAISE_VARARGS": "raise", "GET_ITER": "getiter", "GET_YIELD_FROM_ITER": "getiter", "FOR_ITER": "foriter",
         "UNPACK_SEQUENCE": "unpack", "UNPACK_EX": "unpack", "DELETE_SUBSCR": "del",
         "DELETE_ATTR": "del", "DELETE_NAME": "del", "DELETE_FAST": "del", "DELETE_GLOBAL": "del",
         "FORMAT_VALUE": "format", "CHECK_EXC_MATCH": "excmatch", "UNARY_NEGATIVE": "unary",
         "UNARY_POSITIVE": "unary", "UNARY_INVERT": "unary", "UNARY_NOT": "unary",
         "BEFORE_WITH": "with", "DICT_MERGE": "merge", "DICT_UPDATE": "merge",
         "LIST_EXTEND": "merge", "SET_UPDATE": "merge", "IS_OP": "compare", "CONTAINS_OP": "compare"}
out = []
for src in json.load(sys.stdin):
    got = []
    def walk(code):
        got.append("code " + code.co_qualname)
        for ins in dis.get_instructions(code):
            k = kinds.get(ins.opname)
            if k and ins.positions.lineno is not None:
                p = ins.positions
                got.append("%s %d:%d-%d:%d" % (k, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset))
        for k in code.co_consts:
            if hasattr(k, "co_code"):
                walk(k)
    walk(compile(src, "t.py", "exec"))
    out.append(got)
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
		var got []string
		var walk func(code *bytecode.Code)
		walk = func(code *bytecode.Code) {
			got = append(got, "code "+code.QualName)
			for pc, in := range code.Instrs {
				k := positionKind(in.Op())
				if in.Op() == bytecode.WITHEXIT && in.A() == in.C() {
					k = "call" // CPython calls __exit__(None, None, None)
				}
				if in.Op() == bytecode.ASSERTFAIL {
					// CPython calls AssertionError(msg), then raises.
					if in.A() != noReg {
						got = append(got, fmt.Sprintf("call %d:%d-%d:%d", code.Positions[pc].Line, code.Positions[pc].Col, code.Positions[pc].EndLine, code.Positions[pc].EndCol))
					}
					k = "raise"
				}
				if k != "" && code.Positions[pc].Line != 0 {
					p := code.Positions[pc]
					got = append(got, fmt.Sprintf("%s %d:%d-%d:%d", k, p.Line, p.Col, p.EndLine, p.EndCol))
				}
			}
			for _, k := range code.Consts {
				if sub, ok := k.(*bytecode.Code); ok {
					walk(sub)
				}
			}
		}
		walk(mustCompile(t, src))
		if strings.Join(got, "\n") != strings.Join(want[i], "\n") {
			t.Errorf("%q:\n got %v\nwant %v", src, got, want[i])
		}
	}
}
