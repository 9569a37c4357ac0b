# An uncaught group of leaves with tracebacks and a nested group, with
# notes (multi-line, empty) on the group and on a leaf.
def f(n):
    raise ValueError(n)
excs = []
for i in range(3):
    try:
        f(i)
    except ValueError as e:
        excs.append(e)
e = ExceptionGroup("many", excs + [ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
e.add_note("a note\nsecond line")
e.add_note("")
excs[0].add_note("leaf note")
raise e
