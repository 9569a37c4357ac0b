#!/usr/bin/env python3
"""Regenerates errfmt_cases.json, the references for errfmt_test.go.

Every case is a SyntaxError (or IndentationError / TabError) together with
the exact text CPython 3.11 writes to stderr when that error is uncaught.

Two kinds of case:

* "file" cases: a real bad source file is run with `python3 bad.py`; a
  sitecustomize hook records the attributes of the uncaught error, and the
  reference is the stderr of a second, unhooked run of the same file.
* "value" cases: a SyntaxError built from explicit attributes, printed by
  sys.__excepthook__ (the C printer that also prints uncaught errors) with
  no traceback. The file cases check that both routes agree.

None attributes map to the Go zero values: offset, end_lineno and
end_offset None -> 0, text None -> "", lineno None -> 0, filename None -> "".
So the cases avoid the values that Go cannot tell apart from None: an empty
text, an empty filename and line number 0.

Run: python3 vm/syntax/testdata/errfmt_gen.py  (from anywhere)
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "errfmt_cases.json")

ENV = {"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0",
       "PYTHONDONTWRITEBYTECODE": "1", "LC_ALL": "C.UTF-8"}

# Real bad files: (name, source bytes).
FILES = [
    ("paren_never_closed", b"x = (1,\n  2\n"),
    ("paren_never_closed_indented", b"def f():\n    x = foo(1,\n        2\n"),
    ("bracket_eof", b"x = [1, 2"),
    ("unmatched_close", b"x = 1)\n"),
    ("mismatched", b"x = (1, 2]\n"),
    ("invalid_syntax", b"x = 1 2\n"),
    ("forgot_comma", b"x = [a b]\n"),
    ("genexp", b"f(x for x in y, 1)\n"),
    ("genexp_multiline", b"f(x\n  for x in y, 1)\n"),
    ("assign_literal", b"1 = x\n"),
    ("assign_call_indented", b"if a:\n    f() = 1\n"),
    ("expected_colon", b"if x\n    pass\n"),
    ("unterminated_string", b"x = 'abc\n"),
    ("unterminated_triple", b"x = 1\ny = '''abc\ndef\n"),
    ("triple_indented", b"def f():\n    s = \"\"\"abc\n\n"),
    ("invalid_decimal", b"x = 1_\n"),
    ("leading_zeros", b"x = 012\n"),
    ("invalid_char", b"x = 1 \xe2\x82\xac 2\n"),
    ("nonprintable", b"x = 1\x01\n"),
    ("unexpected_indent", b"x = 1\n  y = 2\n"),
    ("unindent_mismatch", b"if x:\n        a\n    b\n"),
    ("expected_block", b"if x:\npass\n"),
    ("tab_error", b"if x:\n\ty\n        z\n"),
    ("null_byte", b"x = 1\x00\n"),
    ("nonascii_invalid", b"\xc3\xa9 = 1 2\n"),
    ("nonascii_genexp", b"\xc3\xa9\xc3\xa9 = f(x for x in y, 1)\n"),
    ("nonascii_cookie", b"# coding: utf-8\n\xc3\xa9\xc3\xa9 = f(x for x in y, 1)\n"),
    ("nonascii_unmatched", b"\xc3\xa9 ) \n"),
    ("nonascii_never_closed", b"\xc3\xa9 = (1,\n"),
    ("formfeed", b"\x0cx = 1 2\n"),
    ("tab_indent_text", b"if x:\n\tf() = 1\n"),
    ("crlf", b"x = 1 2\r\n"),
    ("no_newline_at_eof", b"x = 1 2"),
    ("fstring", b"f'{}'\n"),
    ("print_missing_parens", b"print 'x'\n"),
    ("eof_multiline", b"x = (1 +\n"),
    ("lambda_default", b"lambda x=1, y: x\n"),
    ("starred_assign", b"*a = 1\n"),
    ("unterminated_multiline_call", b"foo(a,\n    b,\n    c\n"),
    ("long_line_caret", b"x = " + b"a + " * 30 + b"1 2\n"),
    ("encoding_problem", b"# coding: foo\nx = 1\n"),
    ("non_utf8", b"x = '\xff'\n"),
]

# Explicit values: (type, msg, filename, lineno, offset, text, end_lineno, end_offset).
VALUES = [
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,\n", 3, 9),
    ("SyntaxError", "msg", "bad.py", 3, 5, "   x = (1,\n", 3, 9),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,\n", None, None),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,\n", 3, 0),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,\n", 3, 5),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,\n", 3, 3),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,\n", 5, 2),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,", 5, 2),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,\n", 3, 100),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x = (1,", 3, 100),
    ("SyntaxError", "msg", "bad.py", 3, 50, "x = (1,\n", 3, 60),
    ("SyntaxError", "msg", "bad.py", 3, 50, "x = (1,\n", None, None),
    ("SyntaxError", "msg", "bad.py", 3, 8, "x = (1,\n", None, None),
    ("SyntaxError", "msg", "bad.py", 3, 9, "x = (1,\n", None, None),
    ("SyntaxError", "msg", "bad.py", 3, 0, "x = (1,\n", 3, 4),
    ("SyntaxError", "msg", "bad.py", 3, None, "x = (1,\n", None, None),
    ("SyntaxError", "msg", "bad.py", 3, -3, "x = (1,\n", None, None),
    ("SyntaxError", "msg", "bad.py", 3, 1, "x = (1,\n", 3, 2),
    ("SyntaxError", "msg", "bad.py", 3, 1, "    x = (1,\n", 3, 2),
    ("SyntaxError", "msg", "bad.py", 3, 5, "    x = (1,\n", 3, 6),
    ("SyntaxError", "msg", "bad.py", 3, 6, "    x = (1,\n", 3, 8),
    ("SyntaxError", "msg", "bad.py", 3, 3, "\t\tx = (1,\n", 3, 6),
    ("SyntaxError", "msg", "bad.py", 3, 3, "\t \fx = (1,\n", 3, 6),
    ("SyntaxError", "msg", "bad.py", 3, 5, "x =\t(1,\n", 3, 7),
    ("SyntaxError", "msg", "bad.py", 3, 4, "x = \f(1,\n", 3, 7),
    ("SyntaxError", "msg", "bad.py", 3, 4, "x = (1,\f\n", 3, 7),
    ("SyntaxError", "msg", "bad.py", 3, 2, "   \n", 3, 3),
    ("SyntaxError", "msg", "bad.py", 3, 1, "\n", None, None),
    ("SyntaxError", "msg", "bad.py", 3, 1, None, None, None),
    ("SyntaxError", "msg", "bad.py", 3, 3, "ab\ncd\nef\n", 3, 4),
    ("SyntaxError", "msg", "bad.py", 3, 5, "ab\ncd\nef\n", 3, 6),
    ("SyntaxError", "msg", "bad.py", 3, 4, "ab\ncd\nef\n", 3, 6),
    ("SyntaxError", "msg", "bad.py", 3, 7, "ab\ncd\nef\n", 3, 9),
    ("SyntaxError", "msg", "bad.py", 3, 8, "  ab\n  cd\nef", 3, 9),
    ("SyntaxError", "msg", "bad.py", 3, 20, "ab\ncd\nef\n", 3, 25),
    ("SyntaxError", "msg", "bad.py", 3, 2, "\u00e9\u00e9 = 1 2\n", 3, 4),
    ("SyntaxError", "msg", "bad.py", 3, 9, "\u00e9\u00e9 = 1 2\n", 3, 10),
    ("SyntaxError", "msg", "bad.py", 3, 30, "\u00e9\u00e9 = 1 2\n", 3, 40),
    ("SyntaxError", "msg", "bad.py", 3, 3, "\u00e9\u00e9 = 1 2\n", 4, 1),
    ("SyntaxError", "msg", "bad.py", 3, 3, "\u20ac\u20ac = 1\n", 4, 1),
    ("SyntaxError", "msg", "bad.py", 3, 3, "\U0001f600 = 1\n", 3, 99),
    ("SyntaxError", "msg", "bad.py", 3, 3, "x = 1\x00 2\n", 3, 5),
    ("SyntaxError", "msg", "bad.py", 3, 10, "x = 1\x00 2\n", 3, 11),
    ("SyntaxError", "msg", "bad.py", 3, 3, "x = 1\x00 2\n", 4, 1),
    ("SyntaxError", "msg", "bad.py", 3, 3, "x = 1\x00\n2\n", 3, 4),
    ("SyntaxError", "msg", "bad.py", 3, 3, "x = 1\r\n", 3, 9),
    ("SyntaxError", "", "bad.py", 3, 3, "x = 1\n", 3, 4),
    ("SyntaxError", "m\u00e9ssage \u20ac", "b\u00e9d \"x\".py", 1, 3, "x = 1\n", 3, 4),
    ("SyntaxError", "msg", "bad.py", -5, 3, "x = 1\n", 3, 4),
    ("SyntaxError", "msg", "bad.py", 123456, 3, "x = 1\n", 123456, 4),
    ("SyntaxError", "msg", None, 3, 3, "x = 1\n", 3, 4),
    ("SyntaxError", "msg", "<string>", 3, 3, "x = 1\n", 3, 4),
    ("SyntaxError", "encoding problem: foo", None, None, None, None, None, None),
    ("IndentationError", "msg", "bad.py", 3, 3, "x = 1\n", 3, 6),
    ("IndentationError", "msg", "bad.py", 3, 3, "x = 1\n", 4, 6),
    ("IndentationError", "msg", "bad.py", 3, 2, "  y=2\n", 3, -1),
    ("IndentationError", "msg", "bad.py", 3, 6, "    b\n", 3, -1),
    ("IndentationError", "msg", "bad.py", 3, 99, "    b\n", None, None),
    ("TabError", "msg", "bad.py", 3, 1, "        z\n", 3, 0),
    ("TabError", "msg", "bad.py", 3, 10, "        z\n", 3, 12),
    ("TabError", "", "bad.py", 3, 10, "        z\n", 3, 12),
]

HOOK = r'''
import json, os, sys
def hook(t, e, tb):
    with open(os.environ["ERRFMT_ARGS"], "w") as f:
        json.dump([t.__name__, e.msg, e.filename, e.lineno, e.offset, e.text,
                   getattr(e, "end_lineno", None), getattr(e, "end_offset", None)], f)
    sys.__excepthook__(t, e, tb)
sys.excepthook = hook
'''

PRINT_VALUE = r'''
import json, sys
typ, msg, fn, ln, off, text, eln, eoff = json.loads(sys.stdin.read())
cls = {"SyntaxError": SyntaxError, "IndentationError": IndentationError,
       "TabError": TabError}[typ]
if fn is None and ln is None:
    e = cls(msg)
else:
    e = cls(msg, (fn, ln, off, text, eln, eoff))
sys.__excepthook__(cls, e, None)
'''


def run(args, cwd, env, stdin=b""):
    p = subprocess.run(args, cwd=cwd, env=env, input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr


def case(name, attrs, want):
    typ, msg, fn, ln, off, text, eln, eoff = attrs
    z = lambda v: 0 if v is None else v
    return {"name": name, "type": typ, "msg": msg, "filename": fn or "",
            "lineno": z(ln), "offset": z(off), "end_lineno": z(eln),
            "end_offset": z(eoff), "text": text or "", "want": want}


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("errfmt_gen.py must run under CPython 3.11")
    cases = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        hookdir = os.path.join(tmp, "hook")
        os.mkdir(hookdir)
        with open(os.path.join(hookdir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        work = os.path.join(tmp, "work")
        os.mkdir(work)
        argsfile = os.path.join(tmp, "args.json")
        for name, src in FILES:
            path = os.path.join(work, name + ".py")
            with open(path, "wb") as f:
                f.write(src)
            rc, _, plain = run([sys.executable, name + ".py"], work, ENV)
            env = dict(ENV, PYTHONPATH=hookdir, ERRFMT_ARGS=argsfile)
            rc2, _, hooked = run([sys.executable, name + ".py"], work, env)
            if rc != 1 or rc2 != 1 or plain != hooked:
                sys.exit(f"{name}: unexpected result rc={rc} {plain!r} / {hooked!r}")
            with open(argsfile) as f:
                attrs = json.load(f)
            os.remove(argsfile)
            # The printer must agree with the uncaught-error output.
            rc3, _, printed = run([sys.executable, "-c", PRINT_VALUE], work, ENV,
                                  json.dumps(attrs).encode())
            if printed != plain:
                sys.exit(f"{name}: __excepthook__ {printed!r} != run {plain!r}")
            want = plain.decode("utf-8")
            # Make the references independent of the temporary directory.
            attrs = [a.replace(work + "/", "") if isinstance(a, str) else a for a in attrs]
            want = want.replace(work + "/", "")
            cases.append(case("file/" + name, attrs, want))
        for i, attrs in enumerate(VALUES):
            rc, _, printed = run([sys.executable, "-c", PRINT_VALUE], tmp, ENV,
                                 json.dumps(list(attrs)).encode())
            if rc != 0:
                sys.exit(f"value {i}: printer failed: {printed!r}")
            cases.append(case(f"value/{i}", list(attrs), printed.decode("utf-8")))
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
