# copy and deepcopy of exceptions: rebuilt by calling the class with args
import copy
e = ValueError("a", 2)
e.extra = [5]
c = copy.copy(e)
print(repr(c), c.args, c.extra, c.extra is e.extra)
d = copy.deepcopy(e)
print(repr(d), d.extra, d.extra is e.extra)
print(repr(copy.deepcopy(KeyError("k"))), repr(copy.copy(StopIteration(7))), copy.copy(StopIteration(7)).value)
class MyE(Exception):
    def __init__(self, a):
        super().__init__(a)
        self.a = a
        print("init", a)
m = copy.copy(MyE(3))
print(repr(m), m.a)
g = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
h = copy.deepcopy(g)
print(repr(h), h.exceptions[0] is g.exceptions[0])
class NoArgs(Exception):
    def __init__(self):
        super().__init__("fixed")
try:
    copy.copy(NoArgs())
except TypeError as err:
    print("TypeError", err)
os = OSError(2, "No such file")
print(repr(copy.copy(os)), copy.copy(os).errno)
