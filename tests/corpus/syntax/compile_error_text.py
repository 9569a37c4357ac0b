# SyntaxError.text from compile() in exec mode: parser errors report the
# line with the newline exec input gets ('1+' -> '1+\n'); tokenizer errors
# only up to the cursor; the symbol table's and the compiler's errors read
# the line from the file named by the filename argument (None when there
# is no such file), and so do parser errors when the file has the line.
import os

cases = ['1+', '1+\n', '"abc', 'x = [1,', 'x = [1,\n', 'return 1', 'return 1\n',
         'def f():\n  x = 1\n y = 2', 'a b', 'a b\n', 'x = (1,\n2', 'f(**)', '\tif 1:\n  x',
         'x = 1\nbreak', 'x = 1\nbreak\n', "'''abc", 'a = 1 +\\', 'del 1', 'nonlocal x',
         'x = 1\n  y = 2', 'if 1:\nx', 'x +=', '@', 'print "x"', 'f(x for x in y, 1)', '1 = 2',
         'a, *b, *c = d', 'x = $', 'x = 1 if 2', 'import', 'from . import', 'class',
         '"\\N{foo}"', '0777', '1_', 'x = yield = 3', 'async def f():\n  yield from x',
         'def f(:', '[1 2]', "f'{'", 'a\nb c', 'def g():\n    global q\n    q = 1\n    nonlocal q',
         'from __future__ import braces']
here = os.path.basename(__file__)
for src in cases:
    for fn in ['h', '<string>', here]:
        try:
            compile(src, fn, 'exec')
            print(repr(src), 'ok')
        except SyntaxError as e:
            print(repr(src), fn, type(e).__name__, repr(e.msg), e.lineno, repr(e.text))
