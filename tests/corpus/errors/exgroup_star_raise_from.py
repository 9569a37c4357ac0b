# raise ... from inside an except* clause; the single exception a clause
# raised escapes alone and is wrapped (without traceback) by the next except*.
def inner():
    raise ExceptionGroup("inner", [ValueError("a")])
def outer():
    try:
        inner()
    except* ValueError as e:
        raise TypeError("converted") from e
try:
    outer()
except* TypeError as eg:
    raise RuntimeError("final")
