# A group raised while handling an exception: the context before the box;
# inside, a repeated-frame traceback, a cause chain holding a group, notes.
def rec(n):
    if n == 0:
        raise ValueError("deep")
    rec(n - 1)

def collect():
    errs = []
    try:
        rec(8)
    except ValueError as e:
        errs.append(e)
    try:
        try:
            raise ExceptionGroup("first", [KeyError("a"), TypeError("b")])
        except ExceptionGroup as g:
            raise OSError("wrapping") from g
    except OSError as e:
        errs.append(e)
    try:
        x = [1, 2][5]
    except IndexError as e:
        e.add_note("multi\nline\n")
        errs.append(e)
    return errs

try:
    {}["key"]
except KeyError:
    raise ExceptionGroup("collected", collect())
