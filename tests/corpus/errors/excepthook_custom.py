# sys.excepthook replaced: the hook gets the uncaught exception's class,
# value and traceback; a failing hook reports both exceptions.
import sys


def hook(t, v, tb):
    print("hook got", t.__name__, repr(v), type(tb).__name__, tb.tb_lineno)
    print("frames", tb.tb_frame.f_code.co_name)
    sys.__excepthook__(t, v, tb)
    raise RuntimeError("the hook fails too")


print(sys.excepthook is sys.__excepthook__)
sys.excepthook(ValueError, ValueError("direct call"), None)
print(sys.excepthook(1, 2, 3))
try:
    sys.excepthook()
except TypeError as e:
    print("TypeError:", e)
sys.excepthook = hook


def inner():
    raise KeyError("missing")


inner()
