# vars() and dir() of simple objects and classes, without ids or addresses.
class Simple:
    cls_attr = 1
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self):
        return 0

s = Simple()
print(vars(s), s.__dict__ is vars(s))
s.c = 3
print(vars(s))
vars(s)["d"] = 4
print(s.d, sorted(vars(s)))
del s.a
print(vars(s))
names = dir(s)
print([n for n in names if not n.startswith("__")])
print(names == sorted(names), "__init__" in names, "__class__" in names, "cls_attr" in dir(Simple), "b" in dir(Simple))
print([n for n in dir(Simple) if not n.startswith("_")])
cls_vars = vars(Simple)
print(sorted(k for k in cls_vars if not k.startswith("__")), cls_vars["cls_attr"], "__module__" in cls_vars)

class Child(Simple):
    extra = True

print([n for n in dir(Child()) if not n.startswith("_")], sorted(k for k in vars(Child) if not k.startswith("__")))

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1

sl = Slotted()
print([n for n in dir(sl) if not n.startswith("_")])
try:
    vars(sl)
except TypeError as e:
    print(type(e).__name__, e)
for v in [1, "s", [1], None, len]:
    try:
        vars(v)
    except TypeError as e:
        print(type(e).__name__, e)

class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]

print(dir(CustomDir()))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir(0) if not n.startswith("_")])

def fn():
    local_b = 1
    local_a = 2
    return sorted(dir()), sorted(vars())

print(fn())
fn.attr = "x"
print(vars(fn))
try:
    vars(s, s)
except TypeError as e:
    print(type(e).__name__, e)
