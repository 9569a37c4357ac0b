# collections.namedtuple: construction, fields, defaults, rename, _make,
# _asdict, _replace, tuple behaviour and CPython's error messages.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(p == (1, 2), p + (3,), p * 2, hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = p
print(x, y, Point._fields, Point._field_defaults, Point.__name__, Point.__qualname__)
print(Point, type(p).__module__, Point.__doc__, Point.x.__doc__)
print(Point._make([5, 6]), p._asdict(), p._replace(y=9), Point.__match_args__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", "abc, def, ghi, abc, _x", rename=True)
print(R._fields)

for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}),
                     ((1, 2), {"z": 3}), ((), {"y": 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    P3()
except TypeError as e:
    print(type(e).__name__, e)
try:
    P3(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
T3 = namedtuple("T3", "a b c")
try:
    T3()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point._make([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)

for args, kwargs in [(("1x", "a"), {}), (("T", "a class"), {}), (("T", "_a b"), {}),
                     (("T", "a a"), {}), (("T", "a"), {"defaults": [1, 2]}),
                     (("def", "a"), {})]:
    try:
        namedtuple(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f"<Vec {self.x},{self.y}>"


v = Vec(3, 4)
print(v, v.norm2(), v._replace(x=0), Vec._make([1, 1]).norm2())
E = namedtuple("E", "")
print(E(), E._fields)
print(namedtuple("M", "a", module="mymod").__module__)
