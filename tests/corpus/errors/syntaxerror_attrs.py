# SyntaxError attributes (msg, filename, lineno, offset, end_lineno,
# end_offset, text) from compile(), eval(), exec() and the constructor.
for src in ("x = (", "def f(:\n  pass", "a b", "x = 1\n  y = 2", "return 5", "f(**a, *b)", "'abc"):
    try:
        compile(src, "<t>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.filename, e.end_lineno, e.end_offset, e.args[0], e.print_file_and_line)
try:
    eval("1 +")
except SyntaxError as e:
    print(e, e.args, repr(e.text))
try:
    exec("if True\n  x")
except SyntaxError as e:
    print(str(e), e.lineno, e.msg)
e = SyntaxError("m", ("f.py", 3, 4, "txt\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e2 = SyntaxError("m", ("f.py", 3, 4, "txt"))
print(e2.end_lineno, e2.end_offset, e2.text)
print(SyntaxError("x").msg, SyntaxError().msg, SyntaxError("x").lineno)
e.msg = "changed"
e.lineno = 9
print(e.msg, e.lineno, e.args)
print(IndentationError("i", ("g.py", 1, 2, "  x\n")).offset, TabError("t").msg)
