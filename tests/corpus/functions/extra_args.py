# TypeErrors for too many positional arguments and unexpected keyword arguments.
def none(): pass
def one(a): pass
def two(a, b=2): pass
def kwonly(a, *, b): pass
def star(*args): pass
def kwstar(**kw): pass
def defaults(a, b=1, c=2): pass
class M:
    def meth(self): pass
    def meth2(self, a): pass

tests = [
    lambda: none(1),
    lambda: none(1, 2),
    lambda: one(1, 2),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, 3, 4),
    lambda: kwonly(1, 2),
    lambda: kwonly(1, 2, b=3),
    lambda: defaults(1, 2, 3, 4),
    lambda: none(x=1),
    lambda: one(1, bogus=2),
    lambda: one(a=1, bogus=2, other=3),
    lambda: star(k=1),
    lambda: M().meth(1),
    lambda: M().meth2(1, 2),
    lambda: M().meth(x=1),
    lambda: M.meth(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(k=1),
    lambda: kwstar(1),
    lambda: kwonly(1, b=2, c=3),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
print(star(1, 2, 3), kwstar(a=1, b=2), defaults(1, c=5))

class Pt:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

for args, kwargs in [((1, 2, 3), {}), ((), {"z": 1}), ((1,), {"x": 2}), ((), {})]:
    try:
        Pt(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)

class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoInit(a=1)
except TypeError as e:
    print(type(e).__name__, e)
one(1, 2)
