# Exception groups: split() and subgroup() by type, tuple of types and
# predicate, on nested groups; derive() and what the parts copy from the
# original (cause, context, notes; __suppress_context__ set); subclasses
# overriding derive; the errors of bad conditions and bad derive results.

def show(x, indent=""):
    if x is None:
        print(indent + "None")
    elif isinstance(x, BaseExceptionGroup):
        print(indent + "%s(%r)" % (type(x).__name__, x.message))
        for sub in x.exceptions:
            show(sub, indent + "  ")
    else:
        print(indent + repr(x))

v1, v2, t1, k1 = ValueError(1), ValueError(2), TypeError("t"), KeyError("k")
inner = ExceptionGroup("inner", [v2, k1])
eg = ExceptionGroup("outer", [v1, t1, inner])

for cond in (ValueError, TypeError, KeyError, LookupError, (TypeError, KeyError),
             Exception, ExceptionGroup, OSError, lambda e: isinstance(e, ValueError),
             lambda e: "inner" in str(e), lambda e: False, lambda e: True):
    name = getattr(cond, "__name__", None) or str(tuple(c.__name__ for c in cond))
    match, rest = eg.split(cond)
    print("split", name)
    show(match, "  m: ")
    show(rest, "  r: ")
    sub = eg.subgroup(cond)
    print("subgroup same as match:", (sub is None) == (match is None), sub is eg, match is eg)

seen = []
def record(e):
    seen.append(type(e).__name__)
    return isinstance(e, KeyError)
print(eg.split(record)[0])
print(seen)

# identity: the leaves are shared, the groups are new
m, r = eg.split(ValueError)
print(m.exceptions[0] is v1, m.exceptions[1].exceptions[0] is v2, m is not eg)
print(eg.subgroup(Exception) is eg, eg.split(BaseException)[0] is eg)

# metadata copied to the parts
cause, context = RuntimeError("cause"), OSError("context")
eg.__cause__ = cause
eg.__context__ = context
eg.__suppress_context__ = False
eg.add_note("note 1")
m, r = eg.split(TypeError)
for part in (m, r):
    print(part.__cause__ is cause, part.__context__ is context, part.__suppress_context__,
          part.__notes__, part.__notes__ is eg.__notes__)
m.__notes__.append("only m")
print(eg.__notes__, m.__notes__)
eg.__notes__ = ("a", "tuple")
print(eg.subgroup(KeyError).__notes__)
eg.__notes__ = 42
print(hasattr(eg.subgroup(KeyError), "__notes__"))
del eg.__notes__

# derive
d = eg.derive([KeyError(0)])
print(type(d).__name__, repr(d), d.__cause__, d.__context__)
print(type(eg.derive([KeyboardInterrupt()])).__name__)
for bad in ([], 3, [1]):
    try:
        eg.derive(bad)
    except (TypeError, ValueError) as x:
        print("derive", repr(bad), type(x).__name__, x)
for args in ((), (1, 2)):
    for meth in ("derive", "split", "subgroup"):
        try:
            getattr(eg, meth)(*args)
        except TypeError as x:
            print(meth, len(args), type(x).__name__, x)

# bad conditions
for cond in (1, int, (ValueError, 1), [ValueError], "ValueError", (ValueError, int)):
    for meth in ("split", "subgroup"):
        try:
            getattr(eg, meth)(cond)
        except TypeError as x:
            print(meth, repr(cond), type(x).__name__, x)

def failing(e):
    raise ZeroDivisionError("in predicate")
try:
    eg.split(failing)
except ZeroDivisionError as x:
    print("predicate raised:", x)

# subclasses and derive
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag="none"):
        g = super().__new__(cls, message, excs)
        g.tag = tag
        return g

    def __init__(self, message, excs, tag="none"):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message + "'", excs, self.tag + "+")

tg = Tagged("tagged", [ValueError(1), ExceptionGroup("plain", [TypeError(2), ValueError(3)])], "T")
m, r = tg.split(ValueError)
show(m)
show(r)
print(type(m).__name__, m.tag, type(r).__name__, r.tag)
print(type(m.exceptions[1]).__name__)

class NoDerive(ExceptionGroup):
    pass
m, r = NoDerive("nd", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    BadDerive("bd", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as x:
    print(type(x).__name__, x)

class RaisingDerive(ExceptionGroup):
    def derive(self, excs):
        raise KeyError("derive failed")
try:
    RaisingDerive("rd", [ValueError(1), TypeError(2)]).subgroup(TypeError)
except KeyError as x:
    print(type(x).__name__, x)
print(RaisingDerive("rd", [ValueError(1)]).subgroup(ValueError))

# BaseExceptionGroup parts choose their class
bg = BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
for cond in (ValueError, KeyboardInterrupt, (SystemExit, ValueError), Exception):
    m, r = bg.split(cond)
    print(cond if isinstance(cond, tuple) else cond.__name__, type(m).__name__, repr(m), type(r).__name__, repr(r))
for meth in ("derive", "split", "subgroup"):
    try:
        getattr(bg, meth)(ValueError, x=1)
    except TypeError as x:
        print(meth, type(x).__name__, x)
