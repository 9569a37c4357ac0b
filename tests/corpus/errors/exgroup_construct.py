# Exception groups: construction rules and their errors, message,
# exceptions, str/repr, class choice, subclassing, add_note and __notes__.

def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i < 2:
            return KeyError(i)
        raise IndexError(i)

attempt("plain", lambda: ExceptionGroup("msg", [ValueError(1), TypeError("t")]))
attempt("tuple", lambda: ExceptionGroup("msg", (ValueError(1),)))
attempt("getitem seq", lambda: ExceptionGroup("seq", Seq()).exceptions)
attempt("str message subclass", lambda: ExceptionGroup(type("S", (str,), {})("sub"), [ValueError()]))
attempt("base of exceptions", lambda: BaseExceptionGroup("b", [ValueError(1)]))
attempt("base of base", lambda: BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(2)]))
attempt("eg of base", lambda: ExceptionGroup("e", [SystemExit(3)]))
attempt("kw", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("base kw", lambda: BaseExceptionGroup("a", [ValueError()], x=1))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("None message", lambda: ExceptionGroup(None, [ValueError()]))
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("no args", lambda: BaseExceptionGroup())
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("int excs", lambda: ExceptionGroup("a", 5))
attempt("set excs", lambda: ExceptionGroup("a", {ValueError()}))
attempt("dict excs", lambda: ExceptionGroup("a", {1: ValueError()}))
attempt("generator excs", lambda: ExceptionGroup("a", (e for e in [ValueError()])))
attempt("empty", lambda: ExceptionGroup("a", []))
attempt("empty tuple", lambda: BaseExceptionGroup("a", ()))
attempt("int item", lambda: ExceptionGroup("a", [1]))
attempt("second item", lambda: ExceptionGroup("a", [ValueError(), "x"]))
attempt("class item", lambda: ExceptionGroup("a", [ValueError]))
attempt("str excs", lambda: ExceptionGroup("a", "xy"))

e = ExceptionGroup("many", [ValueError(1), TypeError("x"), ExceptionGroup("in", [KeyError("k")])])
print(e.args)
print(e.message, e.exceptions)
print(str(e))
print(repr(e))
print(type(e.exceptions).__name__, len(e.exceptions))
print(str(ExceptionGroup("", [ValueError()])))
print(str(ExceptionGroup("one", [ValueError()])))
print(isinstance(e, Exception), isinstance(e, BaseExceptionGroup), isinstance(e, BaseException))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(ExceptionGroup[int])
print(e.__cause__, e.__context__, e.__suppress_context__)

for attr in ("message", "exceptions"):
    try:
        setattr(e, attr, "new")
    except AttributeError as x:
        print(attr, type(x).__name__, x)

# add_note and __notes__
n = ValueError("noted")
print(hasattr(n, "__notes__"))
n.add_note("first")
n.add_note("second\nline")
print(n.__notes__)
for bad in (3, None, b"x"):
    try:
        n.add_note(bad)
    except TypeError as x:
        print(type(x).__name__, x)
try:
    n.add_note()
except TypeError as x:
    print(type(x).__name__, x)
n.__notes__ = ("tuple",)
try:
    n.add_note("more")
except TypeError as x:
    print(type(x).__name__, x)
e.add_note("group note")
print(e.__notes__)

# subclasses
class MyGroup(ExceptionGroup):
    pass

class MyBaseGroup(BaseExceptionGroup):
    pass

class Extra(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def __str__(self):
        return "[%d] %s" % (self.code, super().__str__())

attempt("MyGroup", lambda: MyGroup("m", [ValueError()]))
attempt("MyGroup of base", lambda: MyGroup("m", [KeyboardInterrupt()]))
attempt("MyBaseGroup", lambda: MyBaseGroup("m", [ValueError()]))
attempt("MyBaseGroup of base", lambda: MyBaseGroup("m", [GeneratorExit()]))
x = Extra("extra", [ValueError(1)], 42)
print(type(x).__name__, x.code, str(x), repr(x), x.args, x.message)

class Mixed(ValueError, ExceptionGroup):
    pass

m = Mixed("mixed", [TypeError()])
print([c.__name__ for c in Mixed.__mro__])
print(repr(m), str(m), isinstance(m, ValueError))

try:
    raise ExceptionGroup("caught", [ValueError(1)])
except ExceptionGroup as g:
    print("caught by except:", repr(g))
try:
    raise BaseExceptionGroup("caught", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as g:
    print("BaseException clause:", repr(g))
for attr in ("message", "exceptions"):
    try:
        delattr(e, attr)
    except AttributeError as x:
        print("del", attr, type(x).__name__, x)
for a in [(), (int, "a", [ValueError()]), (1, "a", [ValueError()]), (ValueError, "a", [ValueError()])]:
    try:
        print(BaseExceptionGroup.__new__(*a))
    except TypeError as x:
        print(type(x).__name__, x)
d = ExceptionGroup.__new__(ExceptionGroup, "direct", [ValueError(1)])
print(repr(d), d.args, str(d))

# unbound methods called on the wrong objects
def t2(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t2("init", lambda: BaseExceptionGroup.__init__(5))
t2("init2", lambda: BaseExceptionGroup.__init__(ValueError(), 1, 2))
t2("split", lambda: BaseExceptionGroup.split(5, ValueError))
t2("split2", lambda: BaseExceptionGroup.split(ValueError(), ValueError))
t2("subgroup2", lambda: BaseExceptionGroup.subgroup(ValueError(), ValueError))
t2("str", lambda: BaseExceptionGroup.__str__(5))
t2("str2", lambda: BaseExceptionGroup.__str__(ValueError(3)))
t2("derive", lambda: BaseExceptionGroup.derive(ValueError(), [ValueError()]))
t2("note", lambda: BaseException.add_note(5, "x"))
t2("new", lambda: BaseExceptionGroup.__new__(ExceptionGroup, "a", [ValueError()], x=3))
class K(ExceptionGroup):
    def __init__(self, m, e, *, flag=False):
        super().__init__(m, e)
        self.flag = flag
k = K("a", [ValueError()], flag=True)
print(repr(k), k.flag, k.args)
class K2(ExceptionGroup):
    def __init__(self, m, e, **kw):
        super().__init__(m, e, **kw)
try:
    K2("a", [ValueError()], z=1)
except TypeError as x:
    print(x)
