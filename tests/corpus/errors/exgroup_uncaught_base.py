# An uncaught BaseExceptionGroup whose leaf carries a cause chain.
class E(Exception):
    pass
try:
    raise TypeError("first")
except TypeError as t:
    inner = ValueError("v")
    try:
        raise inner from t
    except ValueError as v:
        pass
raise BaseExceptionGroup("base", [KeyboardInterrupt(), E("e"), inner])
