package compile

// This file tests Check against CPython 3.11, the reference for every
// message and position:
//
//   - TestCheck: a table of small programs with the error python3 reports
//     for each (message, line, offset, end line, end offset), or none;
//   - TestCheckCPython: the same programs written to files and compiled by
//     python3 (testdata/compile_errors.py), comparing every field of the
//     error, the quoted source line included;
//   - TestCheckHarvested: the code snippets of CPython's own test suite
//     (string constants and doctest examples of Lib/test), compared the
//     same way;
//   - TestCheckStdlib: every file of the standard library.
//
// The tables' expectations were produced by python3; TestCheckCPython
// fails if they drift from what python3 says.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/symtable"
	"github.com/hotloop/hotloop/vm/syntax"
)

// want is the SyntaxError CPython reports: message and 1-based positions.
type want struct {
	msg                                  string
	lineno, offset, endLineno, endOffset int
}

// seq joins n copies of format, each formatted with its index if it has a
// verb, by sep (", " if not given).
func seq(n int, format string, sep ...string) string {
	s := ", "
	if len(sep) > 0 {
		s = sep[0]
	}
	parts := make([]string, n)
	for i := range parts {
		if strings.Contains(format, "%") {
			parts[i] = fmt.Sprintf(format, i)
		} else {
			parts[i] = format
		}
	}
	return strings.Join(parts, s)
}

// nest returns n lines holding stmt, indented by depth, depth+1, ... spaces.
func nest(depth, n int, stmt string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pad(depth+i, stmt))
	}
	return b.String()
}

// pad returns one line holding s indented by n spaces.
func pad(n int, s string) string { return strings.Repeat(" ", n) + s + "\n" }

// checkTests are programs that parse and pass the symbol table, with the
// compiler error CPython 3.11 reports for them (nil: none).
var checkTests = []struct {
	name string
	src  string
	want *want
}{
	{"return_module", "x = 1\nreturn x\n", &want{"'return' outside function", 2, 1, 2, 9}},
	{"return_class", "class A:\n    return 1\n", &want{"'return' outside function", 2, 5, 2, 13}},
	{"return_in_def_ok", "def f():\n    return 1\n", nil},
	{"return_lambda_in_class", "class A:\n    f = lambda: (yield)\n", nil},
	{"yield_module", "yield 1\n", &want{"'yield' outside function", 1, 1, 1, 8}},
	{"yield_class", "class A:\n    yield 1\n", &want{"'yield' outside function", 2, 5, 2, 12}},
	{"yield_from_module", "x = yield from y\n", &want{"'yield' outside function", 1, 5, 1, 17}},
	{"yield_in_lambda_ok", "f = lambda: (yield)\n", nil},
	{"yield_default_arg", "def f(x=(yield)):\n    pass\n", &want{"'yield' outside function", 1, 10, 1, 15}},
	{"yield_decorator", "@(yield)\ndef f():\n    pass\n", &want{"'yield' outside function", 1, 3, 1, 8}},
	{"yield_class_base", "class A((yield)):\n    pass\n", &want{"'yield' outside function", 1, 10, 1, 15}},
	{"yield_annotation", "def f(x: (yield)):\n    pass\n", &want{"'yield' outside function", 1, 11, 1, 16}},
	{"yield_annotation_future", "from __future__ import annotations\ndef f(x: int, y: 'z'):\n    pass\nx: (lambda: 1) = 2\n", nil},
	{"yield_from_async", "async def f():\n    yield from x\n", &want{"'yield from' inside async function", 2, 5, 2, 17}},
	{"yield_from_async_lambda", "async def f():\n    g = lambda: (yield from x)\n", nil},
	{"return_async_gen", "async def f():\n    yield 1\n    return 2\n", &want{"'return' with value in async generator", 3, 5, 3, 13}},
	{"return_async_gen_before", "async def f():\n    return 2\n    yield 1\n", &want{"'return' with value in async generator", 2, 5, 2, 13}},
	{"return_async_gen_none_ok", "async def f():\n    yield 1\n    return\n", nil},
	{"return_async_gen_value_none", "async def f():\n    yield 1\n    return None\n", &want{"'return' with value in async generator", 3, 5, 3, 16}},
	{"await_module", "await x\n", &want{"'await' outside function", 1, 1, 1, 8}},
	{"await_def", "def f():\n    await x\n", &want{"'await' outside async function", 2, 5, 2, 12}},
	{"await_lambda", "async def f():\n    g = lambda: await x\n", &want{"'await' outside async function", 2, 17, 2, 24}},
	{"await_class", "async def f():\n    class A:\n        await x\n", &want{"'await' outside function", 3, 9, 3, 16}},
	{"await_genexp_module_ok", "g = (await x for y in z)\n", nil},
	{"await_listcomp_module", "[await x for y in z]\n", &want{"asynchronous comprehension outside of an asynchronous function", 1, 1, 1, 21}},
	{"await_listcomp_def", "def f():\n    return [await x for y in z]\n", &want{"asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32}},
	{"await_listcomp_async_ok", "async def f():\n    return [await x for y in z]\n", nil},
	{"await_comp_outer_iter", "def f():\n    return [x for x in (await y)]\n", &want{"'await' outside async function", 2, 25, 2, 32}},
	{"await_default_arg", "async def f(x=await y):\n    pass\n", &want{"'await' outside function", 1, 15, 1, 22}},
	{"await_in_nested_def_default", "async def f():\n    def g(x=await y):\n        pass\n", nil},
	{"async_for_module", "async for x in y:\n    pass\n", &want{"'async for' outside async function", 1, 1, 2, 9}},
	{"async_for_def", "def f():\n    async for x in y:\n        pass\n", &want{"'async for' outside async function", 2, 5, 3, 13}},
	{"async_with_def", "def f():\n    async with x:\n        pass\n", &want{"'async with' outside async function", 2, 5, 3, 13}},
	{"async_with_two", "def f():\n    async with a as b, c as d:\n        pass\n", &want{"'async with' outside async function", 2, 5, 3, 13}},
	{"async_with_nested_def", "async def f():\n    def g():\n        async with x:\n            pass\n", &want{"'async with' outside async function", 3, 9, 4, 17}},
	{"async_comp_def", "def f():\n    return [x async for x in y]\n", &want{"asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32}},
	{"async_comp_set", "def f():\n    return {x async for x in y}\n", &want{"asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32}},
	{"async_comp_dict", "def f():\n    return {x: 1 async for x in y}\n", &want{"asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 35}},
	{"async_genexp_ok", "def f():\n    return (x async for x in y)\n", nil},
	{"async_comp_nested_ok", "async def f():\n    return [[a async for a in b] for y in z]\n", nil},
	{"async_comp_in_comp_def", "def f():\n    return [[a async for a in b] for y in z]\n", &want{"asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 45}},
	{"async_comp_in_iter", "def f():\n    return [a for a in [b async for b in c]]\n", &want{"asynchronous comprehension outside of an asynchronous function", 2, 24, 2, 44}},
	{"async_comp_lambda", "async def f():\n    g = lambda: [x async for x in y]\n", &want{"asynchronous comprehension outside of an asynchronous function", 2, 17, 2, 37}},
	{"async_comp_in_class", "async def f():\n    class A:\n        x = [a async for a in b]\n", &want{"asynchronous comprehension outside of an asynchronous function", 3, 13, 3, 33}},
	{"async_comp_then_return", "def f():\n    return 1\n    yield 2\n    [x async for x in y]\n", &want{"'return' with value in async generator", 2, 5, 2, 13}},
	{"break_module", "break\n", &want{"'break' outside loop", 1, 1, 1, 6}},
	{"continue_module", "continue\n", &want{"'continue' not properly in loop", 1, 1, 1, 9}},
	{"break_in_def_in_loop", "for x in y:\n    def f():\n        break\n", &want{"'break' outside loop", 3, 9, 3, 14}},
	{"break_in_class_in_loop", "while 1:\n    class A:\n        continue\n", &want{"'continue' not properly in loop", 3, 9, 3, 17}},
	{"break_in_with", "with a:\n    break\n", &want{"'break' outside loop", 2, 5, 2, 10}},
	{"break_in_try", "try:\n    break\nfinally:\n    pass\n", &want{"'break' outside loop", 2, 5, 2, 10}},
	{"break_in_except", "try:\n    pass\nexcept:\n    break\n", &want{"'break' outside loop", 4, 5, 4, 10}},
	{"break_in_else", "for x in y:\n    pass\nelse:\n    break\n", &want{"'break' outside loop", 4, 5, 4, 10}},
	{"break_while_else", "while x:\n    pass\nelse:\n    continue\n", &want{"'continue' not properly in loop", 4, 5, 4, 13}},
	{"continue_in_finally_ok", "while 1:\n    try:\n        pass\n    finally:\n        continue\n", nil},
	{"continue_in_with_ok", "for x in y:\n    with a:\n        continue\n", nil},
	{"continue_in_except_ok", "for x in y:\n    try:\n        pass\n    except E as e:\n        continue\n", nil},
	{"break_in_comp_lambda", "for x in y:\n    f = lambda: [z for z in w]\n    break\n", nil},
	{"break_try_finally_return", "while 1:\n    try:\n        break\n    finally:\n        return 5\n", &want{"'return' outside function", 5, 9, 5, 17}},
	{"break_finally_with_return_ok", "def f():\n    while 1:\n        try:\n            break\n        finally:\n            with a:\n                return 5\n", nil},
	{"break_multiline", "if x:\n    pass\nelse:\n  (\n   1)\n  break\n", &want{"'break' outside loop", 6, 3, 6, 8}},
	{"break_after_error_in_finally", "for x in y:\n    try:\n        break\n        return 1\n    finally:\n        yield 2\n", &want{"'yield' outside function", 6, 9, 6, 16}},
	{"exceptstar_break", "for x in y:\n    try:\n        pass\n    except* E:\n        break\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 14}},
	{"exceptstar_continue", "for x in y:\n    try:\n        pass\n    except* E as e:\n        continue\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 17}},
	{"exceptstar_return_const", "def f():\n    try:\n        pass\n    except* E:\n        return 1\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 16, 5, 17}},
	{"exceptstar_return_neg", "def f():\n    try:\n        pass\n    except* E:\n        return -1\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 16, 5, 18}},
	{"exceptstar_return_tuple", "def f():\n    try:\n        pass\n    except* E:\n        return (1, 'a', None)\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 16, 5, 30}},
	{"exceptstar_return_name", "def f():\n    try:\n        pass\n    except* E:\n        return x\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 17}},
	{"exceptstar_return_bare", "def f():\n    try:\n        pass\n    except* E:\n        return\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 15}},
	{"exceptstar_return_multiline", "def f():\n    try:\n        pass\n    except* E:\n        return (\n   1)\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 6, 6}},
	{"exceptstar_return_debug", "def f():\n    try:\n        pass\n    except* E:\n        return __debug__\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", 5, 16, 5, 25}},
	{"exceptstar_with_break", "for x in y:\n    try:\n        pass\n    except* E:\n        with a:\n            break\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", -1, 0, -1, 0}},
	{"exceptstar_finally_continue", "for x in y:\n    try:\n        pass\n    except* E:\n        try:\n            continue\n        finally:\n            pass\n", &want{"'break', 'continue' and 'return' cannot appear in an except* block", -1, 0, -1, 0}},
	{"exceptstar_loop_ok", "for x in y:\n    try:\n        pass\n    except* E:\n        for z in w:\n            break\n", nil},
	{"exceptstar_in_body_ok", "def f():\n    try:\n        return 1\n    except* E:\n        pass\n", nil},
	{"exceptstar_else_return_ok", "def f():\n    try:\n        pass\n    except* E:\n        pass\n    else:\n        return 1\n", nil},
	{"exceptstar_finally_return_ok", "def f():\n    try:\n        pass\n    except* E:\n        pass\n    finally:\n        return 1\n", nil},
	{"exceptstar_def_ok", "try:\n    pass\nexcept* E:\n    def f():\n        return 1\n", nil},
	{"default_except_not_last", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", &want{"default 'except:' must be last", 3, 1, 4, 9}},
	{"default_except_middle", "try:\n    pass\nexcept A:\n    pass\nexcept:\n    x = 1\nexcept B:\n    pass\n", &want{"default 'except:' must be last", 5, 1, 6, 10}},
	{"default_except_last_ok", "try:\n    pass\nexcept A:\n    pass\nexcept:\n    pass\n", nil},
	{"default_except_after_body_error", "try:\n    return\nexcept:\n    pass\nexcept E:\n    pass\n", &want{"'return' outside function", 2, 5, 2, 11}},
	{"default_except_finally", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\n", &want{"default 'except:' must be last", 3, 1, 4, 9}},
	{"starred_alone", "*a = [1, 2]\n", &want{"starred assignment target must be in a list or tuple", 1, 1, 1, 3}},
	{"starred_value", "x = *a\n", &want{"can't use starred expression here", 1, 5, 1, 7}},
	{"starred_expr_stmt", "*a\n", &want{"can't use starred expression here", 1, 1, 1, 3}},
	{"starred_for_target", "for *a in b:\n    pass\n", &want{"starred assignment target must be in a list or tuple", 1, 5, 1, 7}},
	{"starred_for_iter", "for a in *b:\n    pass\n", &want{"can't use starred expression here", 1, 10, 1, 12}},
	{"starred_multiple", "*a, *b = c\n", &want{"multiple starred expressions in assignment", 1, 1, 1, 7}},
	{"starred_multiple_list", "[a, *b, *c] = d\n", &want{"multiple starred expressions in assignment", 1, 1, 1, 12}},
	{"starred_nested_multiple", "a, (*b, *c) = d\n", &want{"multiple starred expressions in assignment", 1, 4, 1, 12}},
	{"starred_ok", "a, *b = c\n[*a] = b\nprint(*a, *b)\nx = [*a, *b]\ny = {*a}\nz = *a, *b\n", nil},
	{"starred_return", "def f():\n    return *a\n", &want{"can't use starred expression here", 2, 12, 2, 14}},
	{"starred_index_ok", "x = a[*b]\n", nil},
	{"starred_with_target", "with a as *b:\n    pass\n", &want{"starred assignment target must be in a list or tuple", 1, 11, 1, 13}},
	{"starred_too_many", "(" + seq(256, "a%d") + ", *b) = c\n", &want{"too many expressions in star-unpacking assignment", 1, 1, 1, 1431}},
	{"starred_255_ok", "(" + seq(255, "a%d") + ", *b) = c\n", nil},
	{"starred_yield", "def f():\n    yield *a\n", &want{"can't use starred expression here", 2, 11, 2, 13}},
	{"starred_assign_multi_target", "x = *a, = b\n", nil},
	{"starred_augassign_value", "x += *a\n", &want{"can't use starred expression here", 1, 6, 1, 8}},
	{"starred_list_target_value", "[*a] = *b\n", &want{"can't use starred expression here", 1, 8, 1, 10}},
	{"starred_chain", "x = [*a] = 1\n", nil},
	{"starred_subscript_store", "a[*b] = 1\n", nil},
	{"starred_subscript_two", "a[*b, *c]\n", nil},
	{"starred_for_two", "for x, *y, *z in w: pass\n", &want{"multiple starred expressions in assignment", 1, 5, 1, 14}},
	{"starred_with_two", "with a as (b, *c, *d): pass\n", &want{"multiple starred expressions in assignment", 1, 11, 1, 22}},
	{"starred_comp_target_two", "[x for *a, *b in c]\n", &want{"multiple starred expressions in assignment", 1, 8, 1, 14}},
	{"yield_from_lambda_module", "lambda: (yield from x)\n", nil},
	{"yield_lambda_class", "class A:\n  x = lambda: (yield)\n", nil},
	{"starred_annassign_value", "x: int = *a, *b\n", nil},
	{"ann_yield_local", "def f():\n  x: (yield) = 1\n", nil},
	{"ann_await_paren_local", "def f():\n  (x): (await y)\n", nil},
	{"ann_await_paren_async", "async def f():\n  (x): (await y)\n", nil},
	{"ann_await_paren_class", "class A:\n  (x): (await y)\n", &want{"'await' outside function", 2, 9, 2, 16}},
	{"ann_await_class_in_async", "async def f():\n  class A:\n    x: (await y)\n", &want{"'await' outside function", 3, 9, 3, 16}},
	{"ann_value_await_class_in_async", "async def f():\n  class A:\n    x: int = await y\n", &want{"'await' outside function", 3, 14, 3, 21}},
	{"ann_attr_await_class_in_async", "async def f():\n  class A:\n    x.y: (await y)\n", &want{"'await' outside function", 3, 11, 3, 18}},
	{"default_await_class_in_async", "async def f():\n  class A:\n    def g(a=await b): pass\n", &want{"'await' outside function", 3, 13, 3, 20}},
	{"keyword_repeated", "f(a=1, a=2)\n", &want{"keyword argument repeated: a", 1, 8, 1, 11}},
	{"keyword_repeated_later", "f(a=1, b=2, a=3, b=4)\n", &want{"keyword argument repeated: a", 1, 13, 1, 16}},
	{"keyword_repeated_kwargs", "f(a=1, **k, a=3)\n", &want{"keyword argument repeated: a", 1, 13, 1, 16}},
	{"keyword_repeated_method", "x.y(a=1, a=2)\n", &want{"keyword argument repeated: a", 1, 10, 1, 13}},
	{"keyword_repeated_class", "class A(a=1, a=2):\n    pass\n", &want{"keyword argument repeated: a", 1, 14, 1, 17}},
	{"keyword_repeated_class_body_first", "class A(a=1, a=2):\n    return\n", &want{"'return' outside function", 2, 5, 2, 11}},
	{"keyword_repeated_nested", "f(g(a=1, a=2))\n", &want{"keyword argument repeated: a", 1, 10, 1, 13}},
	{"keyword_repeated_in_arg", "f(a=g(b=1, b=2), a=3)\n", &want{"keyword argument repeated: a", 1, 18, 1, 21}},
	{"keyword_repeated_multiline", "f(\n    a=1,\n    a=(2 +\n       3),\n)\n", &want{"keyword argument repeated: a", 3, 5, 4, 10}},
	{"keyword_debug", "f(__debug__=1)\n", &want{"cannot assign to __debug__", 1, 1, 1, 15}},
	{"keyword_debug_class", "class A(__debug__=1):\n    pass\n", &want{"cannot assign to __debug__", 1, 1, 2, 9}},
	{"keyword_debug_after_repeat", "f(a=1, a=2, __debug__=3)\n", &want{"keyword argument repeated: a", 1, 8, 1, 11}},
	{"keyword_debug_chained", "f(a=1, a=2)(__debug__=1)\n", &want{"cannot assign to __debug__", 1, 1, 1, 25}},
	{"keyword_default_args", "def f(a=b(c=1, c=2), *, d=e(f=1, f=2)):\n    pass\n", &want{"keyword argument repeated: c", 1, 16, 1, 19}},
	{"keyword_kwdefault", "def f(*, d=e(f=1, f=2)):\n    pass\n", &want{"keyword argument repeated: f", 1, 19, 1, 22}},
	{"keyword_return_annotation", "def f() -> g(x=1, x=2):\n    pass\n", &want{"keyword argument repeated: x", 1, 19, 1, 22}},
	{"keyword_decorator", "@d(x=1, x=2)\ndef f(a=b(c=1, c=2)):\n    pass\n", &want{"keyword argument repeated: x", 1, 9, 1, 12}},
	{"debug_assign", "__debug__ = 1\n", &want{"cannot assign to __debug__", 1, 1, 1, 10}},
	{"debug_delete", "del __debug__\n", &want{"cannot delete __debug__", 1, 5, 1, 14}},
	{"debug_param", "def f(__debug__):\n    pass\n", &want{"cannot assign to __debug__", 1, 1, 2, 9}},
	{"debug_kwonly", "def f(*, a, __debug__):\n    pass\n", &want{"cannot assign to __debug__", 1, 1, 2, 9}},
	{"debug_vararg", "def f(*__debug__):\n    pass\n", &want{"cannot assign to __debug__", 1, 1, 2, 9}},
	{"debug_kwarg", "def f(**__debug__):\n    pass\n", &want{"cannot assign to __debug__", 1, 1, 2, 9}},
	{"debug_posonly", "def f(__debug__, /):\n    pass\n", &want{"cannot assign to __debug__", 1, 1, 2, 9}},
	{"debug_lambda", "f = lambda __debug__: 1\n", &want{"cannot assign to __debug__", 1, 5, 1, 24}},
	{"debug_import", "import __debug__\n", &want{"cannot assign to __debug__", 1, 1, 1, 17}},
	{"debug_import_dotted", "import __debug__.x\n", &want{"cannot assign to __debug__", 1, 1, 1, 19}},
	{"debug_import_as", "import a.b as __debug__\n", &want{"cannot assign to __debug__", 1, 1, 1, 24}},
	{"debug_from_import", "from a import __debug__\n", &want{"cannot assign to __debug__", 1, 1, 1, 24}},
	{"debug_from_import_as", "from a import b as __debug__\n", &want{"cannot assign to __debug__", 1, 1, 1, 29}},
	{"debug_for", "for __debug__ in x:\n    pass\n", &want{"cannot assign to __debug__", 1, 5, 1, 14}},
	{"debug_with", "with a as __debug__:\n    pass\n", &want{"cannot assign to __debug__", 1, 11, 1, 20}},
	{"debug_attr", "x.__debug__ = 1\n", &want{"cannot assign to __debug__", 1, 1, 1, 12}},
	{"debug_attr_multiline", "(x.\n  __debug__) = 1\n", &want{"cannot assign to __debug__", 2, 3, 2, 12}},
	{"debug_attr_del_ok", "del x.__debug__\n", nil},
	{"debug_attr_aug_ok", "x.__debug__ += 1\n", nil},
	{"debug_class", "class __debug__:\n    pass\n", &want{"cannot assign to __debug__", 1, 1, 2, 9}},
	{"debug_def", "def __debug__():\n    pass\n", &want{"cannot assign to __debug__", 1, 1, 2, 9}},
	{"debug_def_body_first", "def __debug__():\n    return f(a=1, a=2)\n", &want{"keyword argument repeated: a", 2, 19, 2, 22}},
	{"debug_walrus", "(__debug__ := 1)\n", &want{"cannot assign to __debug__", 1, 2, 1, 11}},
	{"debug_aug", "__debug__ += 1\n", &want{"cannot assign to __debug__", 1, 1, 1, 10}},
	{"debug_ann", "__debug__: int\n", &want{"cannot assign to __debug__", 1, 1, 1, 15}},
	{"debug_ann_value", "__debug__: int = 1\n", &want{"cannot assign to __debug__", 1, 1, 1, 10}},
	{"debug_ann_attr", "x.__debug__: int\n", &want{"cannot assign to __debug__", 1, 1, 1, 17}},
	{"debug_except", "try:\n    pass\nexcept E as __debug__:\n    pass\n", &want{"cannot assign to __debug__", 3, 1, 4, 9}},
	{"debug_exceptstar", "try:\n    pass\nexcept* E as __debug__:\n    pass\n", &want{"cannot assign to __debug__", 3, 1, 4, 9}},
	{"debug_global_ok", "global __debug__\nx = __debug__\n", nil},
	{"debug_match_capture", "match x:\n    case __debug__:\n        pass\n", &want{"cannot assign to __debug__", 2, 10, 2, 19}},
	{"debug_match_rest", "match x:\n    case {**__debug__}:\n        pass\n", &want{"cannot assign to __debug__", 2, 10, 2, 23}},
	{"debug_match_star", "match x:\n    case [*__debug__]:\n        pass\n", &want{"cannot assign to __debug__", 2, 11, 2, 21}},
	{"debug_match_kwd", "match x:\n    case C(__debug__=1):\n        pass\n", &want{"cannot assign to __debug__", 2, 22, 2, 23}},
	{"debug_comp_target", "[x for __debug__ in y]\n", &want{"cannot assign to __debug__", 1, 8, 1, 17}},
	{"future_late", "x = 1\nfrom __future__ import annotations\n", &want{"from __future__ imports must occur at the beginning of the file", 2, 1, 2, 35}},
	{"future_in_def", "def f():\n    from __future__ import annotations\n", &want{"from __future__ imports must occur at the beginning of the file", 2, 5, 2, 39}},
	{"future_after_doc_ok", "'''doc'''\nfrom __future__ import annotations\n", nil},
	{"future_twice_ok", "from __future__ import annotations\nfrom __future__ import division\n", nil},
	{"future_after_import", "from __future__ import division\nimport os\nfrom __future__ import annotations\n", &want{"from __future__ imports must occur at the beginning of the file", 3, 1, 3, 35}},
	{"ann_module_evaluated", "x: (yield) = 1\n", &want{"'yield' outside function", 1, 5, 1, 10}},
	{"ann_def_local_not_evaluated", "def f():\n    x: f(a=1, a=2) = 1\n", nil},
	{"ann_module_kw", "x: f(a=1, a=2)\n", &want{"keyword argument repeated: a", 1, 11, 1, 14}},
	{"ann_class_kw", "class A:\n    x: f(a=1, a=2)\n", &want{"keyword argument repeated: a", 2, 15, 2, 18}},
	{"ann_attr_target_module", "a.b: f(a=1, a=2)\n", &want{"keyword argument repeated: a", 1, 13, 1, 16}},
	{"ann_attr_target_def_ok", "def g():\n    a.b: f(a=1, a=2)\n", nil},
	{"ann_paren_name_module", "(x): f(a=1, a=2)\n", &want{"keyword argument repeated: a", 1, 13, 1, 16}},
	{"ann_subscript_value", "a[f(b=1, b=2)]: int\n", &want{"keyword argument repeated: b", 1, 10, 1, 13}},
	{"ann_subscript_slice", "a[1:f(b=1, b=2)]: int\n", &want{"keyword argument repeated: b", 1, 12, 1, 15}},
	{"ann_future_not_evaluated", "from __future__ import annotations\nx: f(a=1, a=2)\ndef g(a: f(b=1, b=2)) -> h(c=1, c=2):\n    pass\n", nil},
	{"ann_param_kw", "def g(a: f(b=1, b=2)):\n    pass\n", &want{"keyword argument repeated: b", 1, 17, 1, 20}},
	{"ann_order", "def g(a: f(x=1, x=2), *, b: f(y=1, y=2), c=h(z=1, z=2)):\n    pass\n", &want{"keyword argument repeated: z", 1, 51, 1, 54}},
	{"ann_starred", "def g(*args: *f(b=1, b=2)):\n    pass\n", &want{"keyword argument repeated: b", 1, 22, 1, 25}},
	{"match_irrefutable", "match x:\n    case y:\n        pass\n    case 1:\n        pass\n", &want{"name capture 'y' makes remaining patterns unreachable", 2, 10, 2, 11}},
	{"match_wildcard_first", "match x:\n    case _:\n        pass\n    case 1:\n        pass\n", &want{"wildcard makes remaining patterns unreachable", 2, 10, 2, 11}},
	{"match_wildcard_twice", "match x:\n    case _:\n        pass\n    case _:\n        pass\n", &want{"wildcard makes remaining patterns unreachable", 2, 10, 2, 11}},
	{"match_capture_then_wildcard", "match x:\n    case y:\n        pass\n    case _:\n        pass\n", &want{"name capture 'y' makes remaining patterns unreachable", 2, 10, 2, 11}},
	{"match_guarded_ok", "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n", nil},
	{"match_paren_capture", "match x:\n    case (y):\n        pass\n    case _:\n        pass\n", &want{"name capture 'y' makes remaining patterns unreachable", 2, 11, 2, 12}},
	{"match_as_capture", "match x:\n    case y as z:\n        pass\n    case 1:\n        pass\n", &want{"name capture 'y' makes remaining patterns unreachable", 2, 10, 2, 11}},
	{"match_or_capture", "match x:\n    case a | b:\n        pass\n", &want{"name capture 'a' makes remaining patterns unreachable", 2, 10, 2, 11}},
	{"match_or_wildcard", "match x:\n    case _ | 1:\n        pass\n", &want{"wildcard makes remaining patterns unreachable", 2, 10, 2, 11}},
	{"match_or_as", "match x:\n    case (a | b) as c:\n        pass\n", &want{"name capture 'a' makes remaining patterns unreachable", 2, 11, 2, 12}},
	{"match_or_nested", "match x:\n    case ((a | b) | c):\n        pass\n    case 2:\n        pass\n", &want{"name capture 'a' makes remaining patterns unreachable", 2, 12, 2, 13}},
	{"match_or_different", "match x:\n    case [a, b] | [c, d]:\n        pass\n", &want{"alternative patterns bind different names", 2, 23, 2, 24}},
	{"match_or_different_one", "match x:\n    case [a, (1 | a)]:\n        pass\n", &want{"alternative patterns bind different names", 2, 19, 2, 20}},
	{"match_or_reordered_ok", "match x:\n    case [a, b] | [b, a]:\n        pass\n", nil},
	{"match_or_partial", "match x:\n    case [a, b] | [b, c]:\n        pass\n", &want{"alternative patterns bind different names", 2, 23, 2, 24}},
	{"match_or_dup_outer", "match x:\n    case ([a, b] | [b, a]) | [a, a]:\n        pass\n", &want{"multiple assignments to name 'a' in pattern", 2, 34, 2, 35}},
	{"match_or_len_differs", "match x:\n    case [a] | [b as a] | [(1 as b) as a]:\n        pass\n", &want{"alternative patterns bind different names", 2, 17, 2, 18}},
	{"match_or_then_dup", "match x:\n    case [a, (a | a)]:\n        pass\n", &want{"name capture 'a' makes remaining patterns unreachable", 2, 15, 2, 16}},
	{"match_dup_as", "match x:\n    case [a, (b as a)]:\n        pass\n", &want{"multiple assignments to name 'a' in pattern", 2, 15, 2, 16}},
	{"match_dup_star", "match x:\n    case [a, *a]:\n        pass\n", &want{"multiple assignments to name 'a' in pattern", 2, 14, 2, 16}},
	{"match_dup_rest", "match x:\n    case {1: a, **a}:\n        pass\n", &want{"multiple assignments to name 'a' in pattern", 2, 14, 2, 15}},
	{"match_dup_class", "match x:\n    case C(a, b=a):\n        pass\n", &want{"multiple assignments to name 'a' in pattern", 2, 17, 2, 18}},
	{"match_multi_star", "match x:\n    case [*a, *b]:\n        pass\n", &want{"multiple starred names in sequence pattern", 2, 10, 2, 18}},
	{"match_multi_star_wild", "match x:\n    case [*_, 1, *_]:\n        pass\n", &want{"multiple starred names in sequence pattern", 2, 10, 2, 21}},
	{"match_dup_key_bool", "match x:\n    case {1: a, True: b}:\n        pass\n", &want{"mapping pattern checks duplicate key (True)", 2, 10, 2, 25}},
	{"match_dup_key_zero", "match x:\n    case {-0: a, 0: b}:\n        pass\n", &want{"mapping pattern checks duplicate key (0)", 2, 10, 2, 23}},
	{"match_dup_key_float", "match x:\n    case {1: a, 1.0: b}:\n        pass\n", &want{"mapping pattern checks duplicate key (1.0)", 2, 10, 2, 24}},
	{"match_dup_key_complex", "match x:\n    case {1+0j: a, 1: b}:\n        pass\n", &want{"mapping pattern checks duplicate key (1)", 2, 10, 2, 25}},
	{"match_dup_key_negimag", "match x:\n    case {-1j: a, -1j: b}:\n        pass\n", &want{"mapping pattern checks duplicate key ((-0-1j))", 2, 10, 2, 26}},
	{"match_dup_key_complex2", "match x:\n    case {-1-2j: a, -1.0-2.0j: b}:\n        pass\n", &want{"mapping pattern checks duplicate key ((-1-2j))", 2, 10, 2, 34}},
	{"match_dup_key_str", "match x:\n    case {'a': a, 'a': b}:\n        pass\n", &want{"mapping pattern checks duplicate key ('a')", 2, 10, 2, 26}},
	{"match_dup_key_concat", "match x:\n    case {'ab': a, 'a' 'b': b}:\n        pass\n", &want{"mapping pattern checks duplicate key ('ab')", 2, 10, 2, 31}},
	{"match_dup_key_bytes", "match x:\n    case {b'a': a, b'a': b}:\n        pass\n", &want{"mapping pattern checks duplicate key (b'a')", 2, 10, 2, 28}},
	{"match_key_str_bytes_ok", "match x:\n    case {b'a': a, 'a': b}:\n        pass\n", nil},
	{"match_dup_key_none", "match x:\n    case {None: a, None: b}:\n        pass\n", &want{"mapping pattern checks duplicate key (None)", 2, 10, 2, 28}},
	{"match_dup_key_false_zero", "match x:\n    case {False: a, 0.0: b}:\n        pass\n", &want{"mapping pattern checks duplicate key (0.0)", 2, 10, 2, 28}},
	{"match_dup_key_wild", "match x:\n    case {1: _, 1: _}:\n        pass\n", &want{"mapping pattern checks duplicate key (1)", 2, 10, 2, 22}},
	{"match_dup_key_bigint", "match x:\n    case {9007199254740993: a, 9007199254740992.0: b}:\n        pass\n", nil},
	{"match_dup_key_bigint2", "match x:\n    case {9007199254740992: a, 9007199254740992.0: b}:\n        pass\n", &want{"mapping pattern checks duplicate key (9007199254740992.0)", 2, 10, 2, 54}},
	{"match_dup_key_unicode", "match x:\n    case {'é': a, '\\xe9': b}:\n        pass\n", &want{"mapping pattern checks duplicate key ('é')", 2, 10, 2, 30}},
	{"match_key_attr_ok", "match x:\n    case {a.b: 1, a.b: 2}:\n        pass\n", nil},
	{"match_key_fstring", "match x:\n    case {f'a': a}:\n        pass\n", &want{"mapping pattern keys may only match literals and attribute lookups", 2, 10, 2, 19}},
	{"match_value_fstring", "match x:\n    case f'a':\n        pass\n", &want{"patterns may only match literals and attribute lookups", 2, 10, 2, 14}},
	{"match_value_fstring_nested", "match x:\n    case [1, f'{a}']:\n        pass\n", &want{"patterns may only match literals and attribute lookups", 2, 14, 2, 20}},
	{"match_values_ok", "match x:\n    case -1 | 1+2j | -1-2j | 'a' 'b' | a.b.c | None | True | -0.5 | 1e999j:\n        pass\n", nil},
	{"match_attr_repeated", "match x:\n    case C(a=1, a=2):\n        pass\n", &want{"attribute name repeated in class pattern: a", 2, 19, 2, 20}},
	{"match_attr_repeated_wild", "match x:\n    case C(b=1, a=_, a=_):\n        pass\n", &want{"attribute name repeated in class pattern: a", 2, 24, 2, 25}},
	{"match_class_ok", "match x:\n    case C(x, y, a=_, b=_):\n        pass\n", nil},
	{"match_empty_map_rest_ok", "match x:\n    case {**a}:\n        pass\n", nil},
	{"match_return", "match x:\n    case 1:\n        return\n", &want{"'return' outside function", 3, 9, 3, 15}},
	{"match_guard_error", "match x:\n    case 1 if f(a=1, a=2):\n        pass\n", &want{"keyword argument repeated: a", 2, 22, 2, 25}},
	{"match_default_guard_error", "match x:\n    case 1:\n        pass\n    case _ if (yield):\n        pass\n", &want{"'yield' outside function", 4, 16, 4, 21}},
	{"match_default_body_error", "match x:\n    case 1:\n        pass\n    case _:\n        break\n", &want{"'break' outside loop", 5, 9, 5, 14}},
	{"match_subject_error", "match f(a=1, a=2):\n    case y:\n        pass\n    case 1:\n        pass\n", &want{"keyword argument repeated: a", 1, 14, 1, 17}},
	{"match_seq_star_many", "match x:\n    case [" + seq(256, "a%d") + ", *b]:\n        pass\n", &want{"too many expressions in star-unpacking sequence pattern", 2, 10, 2, 1440}},
	{"match_seq_star_many_wild", "match x:\n    case [" + seq(256, "_") + ", *b]:\n        pass\n", &want{"too many expressions in star-unpacking sequence pattern", 2, 10, 2, 782}},
	{"match_seq_star_wild_ok", "match x:\n    case [" + seq(256, "_") + ", *_, a]:\n        pass\n", nil},
	{"match_seq_only_wild_ok", "match x:\n    case [" + seq(300, "_") + ", *_]:\n        pass\n", nil},
	{"match_capture_nested_case", "match x:\n    case [y, z]:\n        pass\n    case y as z:\n        pass\n    case 1:\n        pass\n", &want{"name capture 'y' makes remaining patterns unreachable", 4, 10, 4, 11}},
	{"match_in_loop_break_ok", "for i in x:\n    match i:\n        case 1:\n            break\n", nil},
	{"match_class_kw_order", "match x:\n    case C(a, a, b=1):\n        pass\n", &want{"multiple assignments to name 'a' in pattern", 2, 15, 2, 16}},
	{"match_map_dup_then_later", "match x:\n    case {1: a, 1: b}:\n        pass\n    case y:\n        pass\n    case 1:\n        pass\n", &want{"mapping pattern checks duplicate key (1)", 2, 10, 2, 22}},
	{"nested_for_20_ok", nest(0, 20, "for x in y:") + pad(20, "pass"), nil},
	{"nested_for_21", nest(0, 21, "for x in y:") + pad(21, "pass"), &want{"too many statically nested blocks", 21, 21, 22, 26}},
	{"nested_with_21", nest(0, 21, "with a:") + pad(21, "pass"), &want{"too many statically nested blocks", 21, 21, 22, 26}},
	{"nested_with_multi", nest(0, 11, "with a, b:") + pad(11, "pass"), &want{"too many statically nested blocks", 11, 11, 12, 16}},
	{"nested_while_21", nest(0, 21, "while x:") + pad(21, "pass"), &want{"too many statically nested blocks", 21, 21, 22, 26}},
	{"nested_if_ok", nest(0, 30, "if x:") + pad(30, "pass"), nil},
	{"nested_try_except", nest(0, 19, "for x in y:") + pad(19, "pass") + pad(19, "try:") + pad(20, "pass") + pad(19, "except:") + pad(20, "pass"), &want{"too many statically nested blocks", 23, 20, 24, 25}},
	{"nested_try_finally_ok", nest(0, 19, "for x in y:") + pad(19, "pass") + pad(19, "try:") + pad(20, "pass") + pad(19, "finally:") + pad(20, "pass"), nil},
	{"nested_try_finally_20", nest(0, 20, "for x in y:") + pad(20, "try:") + pad(21, "pass") + pad(20, "finally:") + pad(21, "pass"), &want{"too many statically nested blocks", 21, 21, 24, 26}},
	{"nested_finally_body", nest(0, 18, "for x in y:") + pad(18, "pass") + pad(18, "try:") + pad(19, "pass") + pad(18, "finally:") + pad(19, "for z in w:") + pad(20, "pass"), nil},
	{"nested_finally_return", "def f():\n" + nest(1, 19, "for x in y:") + pad(20, "try:") + pad(21, "return g()") + pad(20, "finally:") + pad(21, "for z in w:") + pad(22, "pass"), &want{"too many statically nested blocks", 24, 22, 25, 27}},
	{"nested_finally_return_const_ok", "def f():\n" + nest(1, 19, "for x in y:") + pad(20, "try:") + pad(21, "return 1") + pad(20, "finally:") + pad(21, "for z in w:") + pad(22, "pass"), &want{"too many statically nested blocks", 24, 22, 25, 27}},
	{"nested_async_comp", "async def f():\n    return [x " + seq(21, "async for x%d in y", " ") + "]\n", &want{"too many statically nested blocks", 2, 12, 2, 404}},
	{"nested_async_comp_ok", "async def f():\n    return [x " + seq(20, "async for x%d in y", " ") + "]\n", nil},
	{"nested_async_with_21", "async def f():\n" + nest(1, 21, "async with a:") + pad(22, "pass"), &want{"too many statically nested blocks", 22, 22, 23, 27}},
	{"nested_async_for_20_ok", "async def f():\n" + nest(1, 20, "async for a in b:") + pad(21, "pass"), nil},
	{"nested_comp_compare_leak", "async def f():\n    return [x for a in b if a < c " + seq(21, "async for x%d in y", " ") + "]\n", &want{"too many statically nested blocks", 2, 29, 2, 34}},
	{"nested_in_def_resets", nest(0, 15, "for x in y:") + pad(15, "pass") + pad(15, "def f():") + nest(16, 15, "for x in y:") + pad(31, "pass"), nil},
	{"nonascii_before_return", "x = 'é'; return 1\n", &want{"'return' outside function", 1, 11, 1, 19}},
	{"nonascii_keyword", "f(é=1, é=2)\n", &want{"keyword argument repeated: é", 1, 9, 1, 13}},
	{"nonascii_capture", "match x:\n    case é:\n        pass\n    case 1:\n        pass\n", &want{"name capture 'é' makes remaining patterns unreachable", 2, 10, 2, 12}},
	{"nonascii_attr_multiline", "(x.\n  é) = 1\nreturn\n", &want{"'return' outside function", 3, 1, 3, 7}},
	{"crlf_return", "x = 1\r\nreturn 1\r\n", &want{"'return' outside function", 2, 1, 2, 9}},
	{"cr_return", "x = 1\rreturn 1\r", &want{"'return' outside function", 2, 1, 2, 9}},
	{"tab_return", "if 1:\n\treturn\n", &want{"'return' outside function", 2, 2, 2, 8}},
	{"long_line_return", "x = '" + strings.Repeat("a", 1500) + "'; return 1\n", &want{"'return' outside function", 1, 1509, 1, 1517}},
	{"long_line_exact", "x = '" + strings.Repeat("a", 983) + "'; return 1\n", &want{"'return' outside function", 1, 992, 1, 1000}},
	{"latin1_return", "# -*- coding: latin-1 -*-\nx = '\xe9\xe9'; return 1\n", &want{"'return' outside function", 2, 13, 2, 21}},
	{"bom_return", "\ufeffreturn 1\n", &want{"'return' outside function", 1, 1, 1, 9}},
	{"decorated_return", "@d\nclass A:\n    return 1\n", &want{"'return' outside function", 3, 5, 3, 13}},
	{"return_after_ok_code", "def f():\n    return 1\nclass A:\n    def g(self):\n        return 2\n    return 3\n", &want{"'return' outside function", 6, 5, 6, 13}},
	{"error_order_body_before_bases", "class A(f(a=1, a=2)):\n    yield\n", &want{"'yield' outside function", 2, 5, 2, 10}},
	{"error_order_elt_before_iter", "[f(a=1, a=2) for x in g(b=1, b=2)]\n", &want{"keyword argument repeated: a", 1, 9, 1, 12}},
	{"error_order_inner_iter", "[x for x in a for y in g(b=1, b=2) if f(c=1, c=2)]\n", &want{"keyword argument repeated: b", 1, 31, 1, 34}},
	{"error_order_dict", "{f(a=1, a=2): g(b=1, b=2)}\n", &want{"keyword argument repeated: a", 1, 9, 1, 12}},
	{"error_order_dict_value_first_key", "{1: g(b=1, b=2), f(a=1, a=2): 2}\n", &want{"keyword argument repeated: b", 1, 12, 1, 15}},
	{"error_order_aug", "a[f(x=1, x=2)] += g(y=1, y=2)\n", &want{"keyword argument repeated: x", 1, 10, 1, 13}},
	{"error_order_while_else", "while f(a=1, a=2):\n    pass\nelse:\n    break\n", &want{"keyword argument repeated: a", 1, 14, 1, 17}},
	{"error_order_call_star", "f(*g(a=1, a=2), h(b=1, b=2), c=i(d=1, d=2))\n", &want{"keyword argument repeated: a", 1, 11, 1, 14}},
	{"error_order_ifexp", "x = f(a=1, a=2) if g(b=1, b=2) else h(c=1, c=2)\n", &want{"keyword argument repeated: b", 1, 27, 1, 30}},
	{"error_order_lambda", "lambda x=f(a=1, a=2): g(b=1, b=2)\n", &want{"keyword argument repeated: a", 1, 17, 1, 20}},
	{"error_order_lambda_debug", "lambda __debug__=f(a=1, a=2): 1\n", &want{"cannot assign to __debug__", 1, 1, 1, 32}},
	{"error_order_with", "with f(a=1, a=2) as g(b=1, b=2).c:\n    pass\n", &want{"keyword argument repeated: a", 1, 13, 1, 16}},
	{"error_order_try", "try:\n    pass\nexcept f(a=1, a=2):\n    pass\nelse:\n    g(b=1, b=2)\n", &want{"keyword argument repeated: b", 6, 12, 6, 15}},
	{"error_order_trystar_else", "try:\n    pass\nexcept* E:\n    f(a=1, a=2)\nelse:\n    g(b=1, b=2)\n", &want{"keyword argument repeated: a", 4, 12, 4, 15}},
	{"error_order_trystar_else2", "try:\n    pass\nexcept* E:\n    pass\nelse:\n    g(b=1, b=2)\n", &want{"keyword argument repeated: b", 6, 12, 6, 15}},
	{"error_order_assert", "assert f(a=1, a=2), g(b=1, b=2)\n", &want{"keyword argument repeated: a", 1, 15, 1, 18}},
	{"error_order_raise", "raise f(a=1, a=2) from g(b=1, b=2)\n", &want{"keyword argument repeated: a", 1, 14, 1, 17}},
	{"error_order_slice", "x[f(a=1, a=2):g(b=1, b=2)]\n", &want{"keyword argument repeated: a", 1, 10, 1, 13}},
	{"error_order_fstring", "f'{f(a=1, a=2)!r:{g(b=1, b=2)}}'\n", &want{"keyword argument repeated: a", 1, 11, 1, 14}},
	{"error_order_del", "del x[f(a=1, a=2)], __debug__\n", &want{"keyword argument repeated: a", 1, 14, 1, 17}},
	{"error_order_namedexpr", "(__debug__ := f(a=1, a=2))\n", &want{"keyword argument repeated: a", 1, 22, 1, 25}},
	{"compare_chain_kw", "if a < f(a=1, a=2) < c:\n    pass\n", &want{"keyword argument repeated: a", 1, 15, 1, 18}},
	{"ok_misc", "import os\nfrom os import path as p\nfrom os import *\nclass A:\n    def f(self, *a, **k):\n        return super().f(*a, **k)\n    async def g(self):\n        async with x as y:\n            async for z in w:\n                await z\n        return [i async for i in y]\n", nil},
}

// frontEnd runs the passes before Check on raw source and then Check. It
// returns the first error and the stage that raised it: "parse",
// "symtable" or "check" ("check" with a nil error: accepted).
func frontEnd(filename string, raw []byte) (error, string) {
	mod, err := syntax.ParseFile(filename, raw)
	if err != nil {
		return err, "parse"
	}
	text, derr := syntax.DecodeSource(filename, raw)
	if derr != nil {
		return derr, "parse"
	}
	table, err := symtable.Build(mod, filename, text)
	if err != nil {
		return err, "symtable"
	}
	return Check(mod, table, raw), "check"
}

func TestCheck(t *testing.T) {
	for _, tc := range checkTests {
		t.Run(tc.name, func(t *testing.T) {
			err, stage := frontEnd("f.py", []byte(tc.src))
			if stage != "check" {
				t.Fatalf("the %s stage fails: %v", stage, err)
			}
			if tc.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", describe(err))
				}
				return
			}
			se, ok := err.(*syntax.Error)
			if !ok {
				t.Fatalf("got %v, want SyntaxError %q", describe(err), tc.want.msg)
			}
			got := want{se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset}
			if se.Type != "SyntaxError" || got != *tc.want || se.Filename != "f.py" {
				t.Fatalf("got %s %+v (file %q), want %+v", se.Type, got, se.Filename, *tc.want)
			}
		})
	}
}

// describe formats an error with all its fields, for failure messages.
func describe(err error) string {
	if se, ok := err.(*syntax.Error); ok {
		return fmt.Sprintf("%s(%q, line %d, offset %d, end %d:%d, text %q)",
			se.Type, se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset, se.Text)
	}
	return fmt.Sprint(err)
}

// pyResult is one line of testdata/compile_errors.py's output.
type pyResult struct {
	Path  string `json:"path"`
	Stage string `json:"stage"`
	Error []any  `json:"error"`
}

// python311 returns the python3 command if it is CPython 3.11, or skips.
func python311(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIPPED: python3 not found; the CPython comparison cannot run")
	}
	out, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(out)) != "True" {
		t.Skip("SKIPPED: python3 is not CPython 3.11; the CPython comparison cannot run")
	}
	return py
}

// cpythonCompile compiles each file with python3 and returns its results
// by path.
func cpythonCompile(t *testing.T, paths []string) map[string]*pyResult {
	t.Helper()
	py := python311(t)
	req, err := json.Marshal(paths)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, filepath.Join("testdata", "compile_errors.py"))
	cmd.Stdin = strings.NewReader(string(req))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	res := map[string]*pyResult{}
	sc := bufio.NewScanner(out)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		r := &pyResult{}
		if err := json.Unmarshal(sc.Bytes(), r); err != nil {
			t.Fatalf("bad line from compile_errors.py: %v", err)
		}
		res[r.Path] = r
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("compile_errors.py: %v", err)
	}
	if len(res) != len(paths) {
		t.Fatalf("compile_errors.py answered for %d files of %d", len(res), len(paths))
	}
	return res
}

// compareCPython compares our stages and Check with CPython's result for
// one file. It returns "" when they agree, skip=true when our parser or
// symbol table (not Check) is the part that differs.
func compareCPython(path string, raw []byte, r *pyResult) (diff string, skip bool) {
	err, stage := frontEnd(path, raw)
	switch {
	case stage == "parse" && r.Stage == "parse", stage == "symtable" && r.Stage == "symtable":
		return "", false
	case stage != "check" || r.Stage == "parse" || r.Stage == "symtable" || r.Stage == "other":
		return fmt.Sprintf("front end: we stop at %s (%v), CPython at %s", stage, describe(err), r.Stage), true
	}
	if r.Stage == "ok" {
		if err != nil {
			return "CPython compiles it; we report " + describe(err), false
		}
		return "", false
	}
	if err == nil {
		return fmt.Sprintf("CPython reports %v; we accept it", r.Error), false
	}
	se, ok := err.(*syntax.Error)
	if !ok {
		return "not a SyntaxError: " + describe(err), false
	}
	text := ""
	if s, ok := r.Error[6].(string); ok {
		text = s
	}
	num := func(v any) int {
		if f, ok := v.(float64); ok {
			return int(f)
		}
		return 0 // None
	}
	wantErr := syntax.Error{Type: r.Error[0].(string), Msg: r.Error[1].(string), Filename: path,
		Lineno: num(r.Error[2]), Offset: num(r.Error[3]), EndLineno: num(r.Error[4]), EndOffset: num(r.Error[5]),
		Text: text}
	if *se != wantErr {
		return fmt.Sprintf("got  %s\nwant %s", describe(se), describe(&wantErr)), false
	}
	return "", false
}

func TestCheckCPython(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	srcs := map[string][]byte{}
	for _, tc := range checkTests {
		p := filepath.Join(dir, tc.name+".py")
		if err := os.WriteFile(p, []byte(tc.src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		srcs[p] = []byte(tc.src)
	}
	res := cpythonCompile(t, paths)
	for i, tc := range checkTests {
		p := paths[i]
		r := res[p]
		// The table must say what CPython says.
		switch {
		case r.Stage == "ok" && tc.want != nil, r.Stage == "error" && tc.want == nil:
			t.Errorf("%s: table out of date: CPython stage %s, error %v", tc.name, r.Stage, r.Error)
		case r.Stage == "error":
			w := want{r.Error[1].(string), int(r.Error[2].(float64)), int(r.Error[3].(float64)),
				int(r.Error[4].(float64)), int(r.Error[5].(float64))}
			if w != *tc.want {
				t.Errorf("%s: table out of date: CPython says %+v", tc.name, w)
			}
		case r.Stage != "ok":
			t.Errorf("%s: CPython rejects it at stage %s", tc.name, r.Stage)
		}
		if diff, _ := compareCPython(p, srcs[p], r); diff != "" {
			t.Errorf("%s: %s", tc.name, diff)
		}
	}
}

// harvestFiles are the test modules of CPython whose string constants and
// doctests hold most of its syntax error cases.
var harvestFiles = []string{
	"test_syntax.py", "test_patma.py", "test_compile.py", "test_grammar.py",
	"test_coroutines.py", "test_asyncgen.py", "test_except_star.py", "test_exceptions.py",
	"test_named_expressions.py", "test_positional_only_arg.py", "test_keywordonlyarg.py",
	"test_generators.py", "test_genexps.py", "test_unpack_ex.py", "test_unpack.py",
	"test_future.py", "test_global.py", "test_scope.py", "test_string_literals.py",
	"test_fstring.py", "test_type_comments.py", "test_ast.py", "test_syntax.py",
	"test_symtable.py", "test_funcattrs.py", "test_setcomps.py", "test_listcomps.py",
	"test_dictcomps.py", "test_peepholer.py", "test_sys_settrace.py", "test_traceback.py",
	"test_opcodes.py", "test_flufl.py", "test_with.py", "test_raise.py", "test_exception_group.py",
	"test_typing.py", "test_contextlib_async.py", "test_asyncio/test_pep492.py", "test_pep646_syntax.py",
}

// stdlibRoot is where python3's standard library lives.
const stdlibRoot = "/root/.pyenv/versions/3.11.7/lib/python3.11"

// harvest returns the distinct code snippets found in the string
// constants of the files: each constant, dedented, and each doctest
// example in it; only those that our parser accepts are kept.
func harvest(t *testing.T, files []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s == "" || seen[s] || len(s) > 20000 {
			return
		}
		seen[s] = true
		if _, err := syntax.ParseFile("x.py", []byte(s)); err == nil {
			out = append(out, s)
		}
	}
	for _, f := range files {
		raw, err := os.ReadFile(filepath.Join(stdlibRoot, "test", f))
		if err != nil {
			continue
		}
		mod, err := syntax.ParseFile(f, raw)
		if err != nil {
			t.Logf("%s does not parse: %v", f, err)
			continue
		}
		walkStrings(reflect.ValueOf(mod), func(s string) {
			d := dedent(s)
			add(d)
			if !strings.HasSuffix(d, "\n") {
				add(d + "\n")
			}
			for _, ex := range doctestExamples(s) {
				add(ex)
			}
		})
	}
	sort.Strings(out)
	return out
}

// walkStrings calls f with every str constant of an AST.
func walkStrings(v reflect.Value, f func(string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			if c, ok := v.Interface().(*syntax.Constant); ok {
				if s, ok := c.Value.(syntax.StrConst); ok {
					f(string(s))
				}
				return
			}
			walkStrings(v.Elem(), f)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			walkStrings(v.Field(i), f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), f)
		}
	}
}

// dedent removes the common leading blanks of the non-blank lines, as
// textwrap.dedent does.
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	prefix := ""
	first := true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ind := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if first {
			prefix, first = ind, false
			continue
		}
		for !strings.HasPrefix(ind, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			lines[i] = ""
		} else {
			lines[i] = l[len(prefix):]
		}
	}
	return strings.Join(lines, "\n")
}

// doctestExamples extracts the source of each ">>> " example of a
// docstring, continuation lines ("... ") included.
func doctestExamples(s string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, "\n")+"\n")
			cur = nil
		}
	}
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimLeft(l, " ")
		switch {
		case strings.HasPrefix(l, ">>> ") || l == ">>>":
			flush()
			cur = append(cur, strings.TrimPrefix(strings.TrimPrefix(l, ">>>"), " "))
		case len(cur) > 0 && (strings.HasPrefix(l, "... ") || l == "..."):
			cur = append(cur, strings.TrimPrefix(strings.TrimPrefix(l, "..."), " "))
		default:
			flush()
		}
	}
	flush()
	return out
}

// compareFiles compiles each file with CPython and compares; it reports
// the mismatches of Check and counts the cases where the front end (not
// Check) disagrees.
func compareFiles(t *testing.T, paths []string, limit int) {
	res := cpythonCompile(t, paths)
	var ok, rejected, earlier, frontEnd, failed int
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		r := res[p]
		diff, skip := compareCPython(p, raw, r)
		switch {
		case skip:
			frontEnd++
			t.Logf("%s: %s", p, diff)
		case diff != "":
			failed++
			if failed <= limit {
				t.Errorf("%s: %s\n--- source:\n%s", p, diff, clip(string(raw)))
			}
		case r.Stage == "error":
			rejected++
		case r.Stage == "ok":
			ok++
		default:
			earlier++
		}
	}
	t.Logf("%d files: %d accepted as CPython does, %d rejected with CPython's error, "+
		"%d rejected by the parser or symbol table as CPython does, %d mismatches, "+
		"%d skipped (parser or symbol table differ)",
		len(paths), ok, rejected, earlier, failed, frontEnd)
}

// clip shortens a source for a failure message.
func clip(s string) string {
	if len(s) > 600 {
		return s[:600] + "..."
	}
	return s
}

func TestCheckHarvested(t *testing.T) {
	python311(t)
	snippets := harvest(t, harvestFiles)
	if len(snippets) == 0 {
		t.Skip("no CPython test files found under " + stdlibRoot)
	}
	dir := t.TempDir()
	var paths []string
	for i, s := range snippets {
		p := filepath.Join(dir, fmt.Sprintf("s%05d.py", i))
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	compareFiles(t, paths, 30)
}

func TestCheckStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the whole standard library")
	}
	python311(t)
	var paths []string
	filepath.WalkDir(stdlibRoot, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			paths = append(paths, p)
		}
		return nil
	})
	if len(paths) == 0 {
		t.Skip("no standard library under " + stdlibRoot)
	}
	compareFiles(t, paths, 30)
}

// TestCheckCorpus runs Check on the programs of the golden corpus
// (tests/corpus/syntax) that our parser and symbol table accept, and
// compares what syntax.Error.Report prints with the stderr CPython wrote
// to the golden file, as hotloop will print it when it runs them.
func TestCheckCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "tests", "corpus", "syntax")
	programs, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	if len(programs) == 0 {
		t.Skip("no corpus under " + dir)
	}
	n := 0
	for _, p := range programs {
		name := filepath.Base(p)
		if strings.HasPrefix(name, "_") {
			continue
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		golden, err := os.ReadFile(strings.TrimSuffix(p, ".py") + ".golden")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		err, stage := frontEnd(name, raw)
		if stage != "check" {
			continue // a parser or symbol table error
		}
		want, ok := strings.CutPrefix(string(golden), "exit 1\n--- stderr\n")
		if !ok {
			if err != nil {
				t.Errorf("%s: CPython runs it; we report %s", name, describe(err))
			}
			continue
		}
		n++
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%s: got %v, want\n%s", name, describe(err), want)
			continue
		}
		if got := se.Report(); got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
		}
	}
	t.Logf("%d compiler-stage programs checked", n)
}

// TestProgramTextCPython compares the quoted line of errors on long lines
// with CPython, which reads a line back in pieces of 999 bytes: lengths
// around the piece size, a character cut by a piece boundary, and the
// three kinds of line endings.
func TestProgramTextCPython(t *testing.T) {
	python311(t)
	dir := t.TempDir()
	var paths []string
	srcs := map[string][]byte{}
	add := func(src string) {
		p := filepath.Join(dir, fmt.Sprintf("t%03d.py", len(paths)))
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		srcs[p] = []byte(src)
	}
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		for _, n := range []int{985, 986, 987, 988, 989, 1984, 1985, 1986, 1987, 2990} {
			add("x = 1" + eol + "y = '" + strings.Repeat("a", n) + "'; return 1" + eol)
			add("y = '" + strings.Repeat("é", n/2) + strings.Repeat("a", n%2) + "'; return 1" + eol + "z = 2" + eol)
		}
		add("x = 1" + eol + "return 1")
		// The second piece starts inside an "é": no text.
		add("y = 'a" + strings.Repeat("é", 600) + "'; return 1" + eol)
	}
	res := cpythonCompile(t, paths)
	for _, p := range paths {
		if diff, _ := compareCPython(p, srcs[p], res[p]); diff != "" {
			t.Errorf("%s: %s", p, diff)
		}
	}
}

// FuzzCheck runs Check on whatever the parser and the symbol table accept:
// it must never panic, and its error must be a SyntaxError.
func FuzzCheck(f *testing.F) {
	for _, tc := range checkTests {
		f.Add(tc.src)
	}
	for i := int64(0); i < 50; i++ {
		f.Add(randomProgram(i))
	}
	f.Fuzz(func(t *testing.T, src string) {
		err, stage := frontEnd("f.py", []byte(src))
		if stage != "check" || err == nil {
			return
		}
		if _, ok := err.(*syntax.Error); !ok {
			t.Fatalf("not a SyntaxError: %v", err)
		}
	})
}
