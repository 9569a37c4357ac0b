import traceback, sys
def inner():
    st = traceback.extract_stack()
    print([(f.filename[-7:], f.lineno, f.name, f.line) for f in st])
    print(traceback.format_stack(limit=1))
    print(len(traceback.extract_stack(limit=-1)), traceback.extract_stack(limit=0))
    traceback.print_stack(file=sys.stdout)
    fn, ln, name, line = st[-1]
    print(name, line, st[-1] == (fn, ln, name, line), repr(st[-1])[:20])
    print(traceback.format_list([("a.py", 3, "f", "x = 1")]))
def outer():
    inner()
outer()
