# An uncaught group holding SyntaxErrors (their text and caret lines are
# printed without the margin) and one exception twice, whose context is
# the group itself.
errs = []
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    errs.append(e)
try:
    compile("a b c", "<src2>", "exec")
except SyntaxError as e:
    errs.append(e)
v = ValueError("twice")
g = ExceptionGroup("syn", errs + [v, v])
v.__context__ = g
raise g
