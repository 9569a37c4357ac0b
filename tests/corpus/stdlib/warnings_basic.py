import warnings
import sys
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
warnings.warn("plain warning")
warnings.warn("a runtime warning", RuntimeWarning)
for i in range(3):
    warnings.warn("in a loop")
old()
def f():
    warnings.warn("from f", UserWarning)
f(); f()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", FutureWarning)
    old()
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip me")
    warnings.warn("show me")
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.warn("user is fine")
warnings.warn(UserWarning("an instance"))
class MyWarning(UserWarning):
    pass
warnings.warn("custom", MyWarning)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line text"), end='')
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno)
warnings.showwarning = show
warnings.warn("through custom showwarning")
sys.stdout.flush()
