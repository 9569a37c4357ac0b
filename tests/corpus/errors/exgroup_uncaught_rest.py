# except* leaving a rest and raising in a clause: the combined group
# (no traceback of its own at module level), contexts inside the box.
def g():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("ctx", [KeyError("x"), ValueError("y")])
try:
    g()
except* KeyError:
    x = {}["missing"]
