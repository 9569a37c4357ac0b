package symtable

// This file checks every SyntaxError the symbol table pass raises, with the
// message and position CPython 3.11 reports: the expected values were taken
// from python3's compile(src, "f", "exec"), and TestSnippetsAgainstCPython
// checks them against python3 again when it is present.

import (
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/syntax"
)

// errorCases are sources that CPython rejects in the symbol table pass (or
// in the __future__ pass before it), with the SyntaxError it reports.
// EndOffset 0 stands for None.
var errorCases = []struct {
	src                                  string
	msg                                  string
	lineno, offset, endLineno, endOffset int
}{
	{"def f(x):\n  global x", "name 'x' is parameter and global", 2, 3, 2, 11},
	{"def f(x):\n  nonlocal x", "name 'x' is parameter and nonlocal", 2, 3, 2, 13},
	{"def f():\n  x = 1\n  global x", "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
	{"def f():\n  print(x)\n  global x", "name 'x' is used prior to global declaration", 3, 3, 3, 11},
	{"def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x", "name 'x' is assigned to before nonlocal declaration", 5, 5, 5, 15},
	{"def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x", "name 'x' is used prior to nonlocal declaration", 5, 5, 5, 15},
	{"def f():\n  del x\n  global x", "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
	{"def f():\n  for x in y: pass\n  global x", "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
	{"def f():\n  x: int\n  global x", "annotated name 'x' can't be global", 3, 3, 3, 11},
	{"def f():\n  x: int\n  nonlocal x", "annotated name 'x' can't be nonlocal", 3, 3, 3, 13},
	{"def f():\n  global x\n  x: int = 1", "annotated name 'x' can't be global", 3, 3, 3, 13},
	{"def f():\n  global x\n  x: int", "annotated name 'x' can't be global", 3, 3, 3, 9},
	{"def f():\n  x = 1\n  def g():\n    nonlocal x\n    x: int", "annotated name 'x' can't be nonlocal", 5, 5, 5, 11},
	{"x: int\nglobal x", "annotated name 'x' can't be global", 2, 1, 2, 9},
	{"class C:\n  x = 1\n  global x", "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
	{"x = 1; global x", "name 'x' is assigned to before global declaration", 1, 8, 1, 16},
	{"def f(a, b):\n  global b, a", "name 'b' is parameter and global", 2, 3, 2, 14},
	{"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
	{"if 1:\n    nonlocal x, y", "nonlocal declaration not allowed at module level", 2, 5, 2, 18},
	{"def f():\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3, 2, 13},
	{"class C:\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3, 2, 13},
	{"def f():\n  x = 1\n  class C:\n    def g(self):\n      nonlocal x, y", "no binding for nonlocal 'y' found", 5, 7, 5, 20},
	{"def f():\n  global x\n  nonlocal x", "name 'x' is nonlocal and global", 2, 3, 2, 11},
	{"def f(a):\n  def g():\n    nonlocal a\n    global a", "name 'a' is nonlocal and global", 3, 5, 3, 15},
	{"class C:\n  def f(self):\n    nonlocal __x", "no binding for nonlocal '_C__x' found", 3, 5, 3, 17},
	{"class C:\n  def f(self):\n    __x = 1\n    global __x", "name '__x' is assigned to before global declaration", 4, 5, 4, 15},
	{"def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
	{"def f(a, /, a): pass", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
	{"def f(a, *, a): pass", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
	{"def f(*, a, a): pass", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
	{"def f(a, *a): pass", "duplicate argument 'a' in function definition", 1, 11, 1, 12},
	{"def f(a, **a): pass", "duplicate argument 'a' in function definition", 1, 12, 1, 13},
	{"def f(*a, **a): pass", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
	{"lambda a, a: 1", "duplicate argument 'a' in function definition", 1, 11, 1, 12},
	{"lambda a, *, b, a=1: 1", "duplicate argument 'a' in function definition", 1, 17, 1, 18},
	{"class C:\n  def f(self, __a, _C__a): pass", "duplicate argument '_C__a' in function definition", 2, 20, 2, 25},
	{"def f(é, é): pass", "duplicate argument 'é' in function definition", 1, 11, 1, 13},
	{"x = 'éé'; lambda a, a: 1", "duplicate argument 'a' in function definition", 1, 23, 1, 24},
	{"def f():\n  [(yield) for x in y]", "'yield' inside list comprehension", 2, 5, 2, 10},
	{"def f():\n  {(yield) for x in y}", "'yield' inside set comprehension", 2, 5, 2, 10},
	{"def f():\n  {(yield): 1 for x in y}", "'yield' inside dict comprehension", 2, 5, 2, 10},
	{"def f():\n  {1: (yield) for x in y}", "'yield' inside dict comprehension", 2, 8, 2, 13},
	{"def f():\n  ((yield) for x in y)", "'yield' inside generator expression", 2, 5, 2, 10},
	{"def f():\n  [(yield from z) for x in y]", "'yield' inside list comprehension", 2, 5, 2, 17},
	{"def f():\n  [x for x in y if (yield)]", "'yield' inside list comprehension", 2, 21, 2, 26},
	{"def f():\n  [x for z in w for x in (yield)]", "'yield' inside list comprehension", 2, 27, 2, 32},
	{"[(yield) for x in y]", "'yield' inside list comprehension", 1, 3, 1, 8},
	{"((yield x) for x in y)", "'yield' inside generator expression", 1, 3, 1, 10},
	{"async def f():\n  [(yield) async for x in y]", "'yield' inside list comprehension", 2, 5, 2, 10},
	{"[x for x in (y := [])]", "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 21},
	{"[x for x in range(3) for y in (z := [])]", "assignment expression cannot be used in a comprehension iterable expression", 1, 32, 1, 39},
	{"[x for x in [(lambda: (y := 1))()]]", "assignment expression cannot be used in a comprehension iterable expression", 1, 24, 1, 30},
	{"[x for x in [[(z := 1) for w in v] for u in t]]", "assignment expression cannot be used in a comprehension iterable expression", 1, 16, 1, 22},
	{"[(x := 1) for x in y]", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3, 1, 4},
	{"{(x := 1) for x in y}", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3, 1, 4},
	{"{(x := 1): 2 for x in y}", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3, 1, 4},
	{"((x := 1) for x in y)", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3, 1, 4},
	{"[[(x := 1) for y in z] for x in w]", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 4, 1, 5},
	{"[(a, b) for a, b in c if (b := 1)]", "assignment expression cannot rebind comprehension iteration variable 'b'", 1, 27, 1, 28},
	{"[i for i in range(5) if (j := 0) for j in range(5)]", "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39},
	{"[i for i in range(5) if (j := 0) for k[j] in range(5)]", "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 40, 1, 41},
	{"[i for i in range(5) for k[i := 0] in range(5)]", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 28, 1, 29},
	{"class C:\n  [(y := 1) for x in z]", "assignment expression within a comprehension cannot be used in a class body", 2, 5, 2, 6},
	{"def f():\n  class C:\n    [[(y := 1) for w in x] for x in z]", "assignment expression within a comprehension cannot be used in a class body", 3, 8, 3, 9},
	{"class C:\n  x = [(y := 1) for x in z]", "assignment expression within a comprehension cannot be used in a class body", 2, 9, 2, 10},
	{"def f():\n  from os import *", "import * only allowed at module level", 2, 18, 2, 19},
	{"class C:\n  from os import *", "import * only allowed at module level", 2, 18, 2, 19},
	{"from __future__ import braces", "not a chance", 1, 1, 1, 0},
	{"from __future__ import nope", "future feature nope is not defined", 1, 1, 1, 0},
	{"from __future__ import annotations, nope", "future feature nope is not defined", 1, 1, 1, 0},
	{"\"doc\"\nfrom __future__ import annotations\nfrom __future__ import braces", "not a chance", 3, 1, 3, 0},
	{"import os; from __future__ import annotations", "from __future__ imports must occur at the beginning of the file", 1, 11, 1, 0},
	{"from __future__ import annotations; import os; from __future__ import division", "from __future__ imports must occur at the beginning of the file", 1, 47, 1, 0},
	{"from __future__ import annotations\ndef f(x: (y := 1)): pass", "'named expression' can not be used within an annotation", 2, 11, 2, 17},
	{"from __future__ import annotations\ndef f(x: (yield)): pass", "'yield expression' can not be used within an annotation", 2, 11, 2, 16},
	{"from __future__ import annotations\ndef f(*x: (yield from y)): pass", "'yield expression' can not be used within an annotation", 2, 12, 2, 24},
	{"from __future__ import annotations\ndef f(**x: (await y)): pass", "'await expression' can not be used within an annotation", 2, 13, 2, 20},
	{"from __future__ import annotations\ndef f() -> (y := 1): pass", "'named expression' can not be used within an annotation", 2, 13, 2, 19},
	{"from __future__ import annotations\nx: (await y)", "'await expression' can not be used within an annotation", 2, 5, 2, 12},
	{"from __future__ import annotations\nclass C:\n  x: (yield) = 1", "'yield expression' can not be used within an annotation", 3, 7, 3, 12},
	{"from __future__ import annotations\nasync def f():\n  x: (await y) = 1", "'await expression' can not be used within an annotation", 3, 7, 3, 14},
	{"def f():\n  nonlocal x\ndef g(a, a): pass", "duplicate argument 'a' in function definition", 3, 10, 3, 11},
	{"def f(a, a):\n  global a", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
	{"def f():\n  [(x := 1) for y in z]\n  global x", "name 'x' is assigned to before global declaration", 3, 3, 3, 11},
	{"def f():\n  global x\n  [(x := 1) for x in z]", "assignment expression cannot rebind comprehension iteration variable 'x'", 3, 5, 3, 6},
	{"def f():\n  x = 1\n  def g():\n    x = 2\n    global x", "name 'x' is assigned to before global declaration", 5, 5, 5, 13},
	{"class C:\n  def f(self):\n    x = 1\n    class D:\n      nonlocal x\n      def g(self):\n        nonlocal y", "no binding for nonlocal 'y' found", 7, 9, 7, 19},
	{"def f():\n  nonlocal x\n  nonlocal y", "no binding for nonlocal 'x' found", 2, 3, 2, 13},
	{"def f(a):\n  lambda: (nonlocal_ := a)\n  def g():\n    nonlocal b", "no binding for nonlocal 'b' found", 4, 5, 4, 15},
}

func TestErrors(t *testing.T) {
	for _, c := range errorCases {
		mod, err := syntax.ParseFile("f", []byte(c.src))
		if err != nil {
			t.Errorf("%q: parse error %v", c.src, err)
			continue
		}
		_, err = Build(mod, "f", c.src)
		e, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%q: got %v, want SyntaxError %q", c.src, err, c.msg)
			continue
		}
		if e.Type != "SyntaxError" || e.Msg != c.msg || e.Lineno != c.lineno || e.Offset != c.offset ||
			e.EndLineno != c.endLineno || e.EndOffset != c.endOffset || e.Filename != "f" {
			t.Errorf("%q:\n got %s %q %d:%d-%d:%d\nwant SyntaxError %q %d:%d-%d:%d", c.src,
				e.Type, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset,
				c.msg, c.lineno, c.offset, c.endLineno, c.endOffset)
		}
		// Text is the offending line, as CPython reads it from the file.
		lines := strings.SplitAfter(c.src, "\n")
		if want := lines[c.lineno-1]; e.Text != want {
			t.Errorf("%q: Text %q, want %q", c.src, e.Text, want)
		}
	}
}
