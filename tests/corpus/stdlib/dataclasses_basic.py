from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, is_dataclass, make_dataclass, KW_ONLY
from typing import ClassVar, List
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
t(lambda: Point())
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=3))
t(lambda: Point(1, x=3))
t(lambda: hash(p))
print(Point.__match_args__, [f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
    c: list = field(default_factory=list, compare=False, repr=False)
v = V(1)
print(v, V(1) < V(2), V(1, 'a') <= V(1, 'b'), sorted([V(3), V(1), V(2)]), hash(v) == hash(V(1)))
t(lambda: setattr(v, 'a', 5))
t(lambda: delattr(v, 'a'))
t(lambda: V(1) < 3)
@dataclass
class Inv:
    name: str
    qty: int = 1
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    total: float = field(init=False, default=0.0)
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.total = self.qty * self.price * scale
        Inv.count += 1
i = Inv('w', 2, 1.5, scale=2)
print(i, Inv.count, fields(Inv)[-1].name, len(fields(Inv)))
t(lambda: replace(i, total=3))
t(lambda: replace(i, qty=3, scale=1))
t(lambda: replace(i, qty=3))
@dataclass
class Nest:
    p: Point
    ps: list
    d: dict
n = Nest(Point(1), [Point(2)], {'k': Point(3)})
print(asdict(n)); print(astuple(n))
def bad1():
    @dataclass
    class B:
        x: int = 0
        y: int
t(bad1)
def bad2():
    @dataclass
    class B:
        x: list = []
t(bad2)
def bad3():
    @dataclass(order=True, eq=False)
    class B:
        x: int
t(bad3)
t(lambda: field(default=1, default_factory=list))
t(lambda: fields(3))
t(lambda: asdict(Point))
@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(1)) == hash((1,)), H(1) == H(1))
@dataclass(eq=False)
class NE:
    x: int
print(NE(1) == NE(1), NE(1).__eq__ is not None)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(K(1, c=3), K(1, b=5, c=6))
t(lambda: K(1, 2, 3))
t(lambda: K(1))
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))])
print(C(1), C(1, 2))
@dataclass
class Sub(Point):
    z: int = 5
print(Sub(1, 2, 3), Sub(1))
@dataclass(repr=False)
class R:
    x: int
    def __repr__(self): return 'R!'
print(R(1))
@dataclass
class Rec:
    x: object = None
r = Rec(); r.x = r; print(r)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 1
s = Sl(1); print(s, Sl.__slots__)
t(lambda: setattr(s, 'zz', 1))
Point(1, 2, 3)
