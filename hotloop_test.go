package hotloop_test

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/hotloop/hotloop"
)

// Example shows the whole embedding API in use.
func Example() {
	py, err := hotloop.New(hotloop.Options{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	defer py.Close()
	py.SetGlobal("scale", 3)
	py.SetGlobal("greet", hotloop.Func(func(args ...any) (any, error) {
		return fmt.Sprintf("hello, %v", args[0]), nil
	}))
	py.Exec(`
def area(w, h):
    return w * h * scale

print(greet("python"), [area(i, 2) for i in range(4)])
`)
	v, _ := py.Call("area", 5, 1.5)
	fmt.Println(v)
	_, err = py.Eval("1 / 0")
	fmt.Println(err)
	// Output:
	// hello, python [0, 6, 12, 18]
	// 22.5
	// ZeroDivisionError: division by zero
}

// TestConversions checks values that cross the boundary both ways.
func TestConversions(t *testing.T) {
	py, err := hotloop.New(hotloop.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer py.Close()
	if err := py.SetGlobal("data", map[string]any{"xs": []any{1, 2.5, "s", nil, true}, "n": uint64(1 << 63)}); err != nil {
		t.Fatal(err)
	}
	got, err := py.Eval(`(repr(data), data["n"] * 2, [x for x in data["xs"]], b"ab")`)
	if err != nil {
		t.Fatal(err)
	}
	items := got.([]any)
	if want := "{'n': 9223372036854775808, 'xs': [1, 2.5, 's', None, True]}"; items[0] != want {
		t.Errorf("repr: got %v, want %v", items[0], want)
	}
	if want, _ := new(big.Int).SetString("18446744073709551616", 10); items[1].(*big.Int).Cmp(want) != 0 {
		t.Errorf("big int: got %v", items[1])
	}
	if fmt.Sprint(items[2]) != "[1 2.5 s <nil> true]" {
		t.Errorf("list: got %v", items[2])
	}
	if string(items[3].([]byte)) != "ab" {
		t.Errorf("bytes: got %v", items[3])
	}
	if _, err := py.Eval("object()"); err == nil {
		t.Error("converting an object() to Go should fail")
	}
}

// TestErrors checks that exceptions, syntax errors and SystemExit come back
// as *hotloop.Error and leave the interpreter usable.
func TestErrors(t *testing.T) {
	var stderr strings.Builder
	py, err := hotloop.New(hotloop.Options{Stderr: &stderr})
	if err != nil {
		t.Fatal(err)
	}
	defer py.Close()
	cases := []struct{ src, typ, last string }{
		{"def f():\n    return undefined_name\nf()", "NameError", "NameError: name 'undefined_name' is not defined\n"},
		{"x = (1,", "SyntaxError", "SyntaxError: '(' was never closed\n"},
		{"raise SystemExit(3)", "SystemExit", ""},
		{"raise ValueError('bad') from KeyError('k')", "ValueError", "ValueError: bad\n"},
	}
	for _, c := range cases {
		err := py.Exec(c.src)
		var pe *hotloop.Error
		if !errors.As(err, &pe) {
			t.Fatalf("%q: got %v, want a *hotloop.Error", c.src, err)
		}
		if pe.Type != c.typ || !strings.HasSuffix(pe.Traceback, c.last) {
			t.Errorf("%q: got %s / %q", c.src, pe.Type, pe.Traceback)
		}
	}
	if err := py.Exec("import sys\nsys.exit(4)"); err == nil || !err.(*hotloop.Error).Exit || err.(*hotloop.Error).ExitCode != 4 {
		t.Errorf("sys.exit(4): got %#v", err)
	}
	if v, err := py.Eval("__import__('math').floor(2.5) + __import__('collections').Counter('aa')['a']"); err != nil || v != int64(4) {
		t.Errorf("importing the stdlib from an embedded interpreter: got %v, %v", v, err)
	}
	if v, err := py.Eval("40 + 2"); err != nil || v != int64(42) {
		t.Errorf("after errors: got %v, %v", v, err)
	}
	if _, err := py.Global("nope"); err == nil || err.(*hotloop.Error).Type != "NameError" {
		t.Errorf("missing global: got %v", err)
	}
	if stderr.Len() != 0 {
		t.Errorf("nothing should be printed to stderr, got %q", stderr.String())
	}
}

// TestGoFuncError checks that a Go error raised inside a callback reaches
// Python as an exception that Python code can catch.
func TestGoFuncError(t *testing.T) {
	py, err := hotloop.New(hotloop.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer py.Close()
	py.SetGlobal("fail", hotloop.Func(func(args ...any) (any, error) {
		if len(args) == 1 {
			return nil, &hotloop.Error{Type: "ValueError", Message: "from go"}
		}
		return nil, errors.New("plain")
	}))
	err = py.Exec(`
out = []
for args in [(1,), ()]:
    try:
        fail(*args)
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
`)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := py.Global("out")
	if fmt.Sprint(got) != "[ValueError: from go RuntimeError: plain]" {
		t.Errorf("got %v", got)
	}
}
