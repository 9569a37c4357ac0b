from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: Color)
t(lambda: Color.RED in Color)
t(lambda: Color(4))
t(lambda: Color['X'])
t(lambda: setattr(Color, 'RED', 5))
t(lambda: delattr(Color, 'RED'))
t(lambda: setattr(Color.RED, 'name', 5))
t(lambda: Color.__members__)
t(lambda: Color.RED < Color.GREEN)
class P(Flag):
    R = 4; W = 2; X = 1
t(lambda: P)
t(lambda: P.R | P.W)
t(lambda: str(P.R | P.W))
t(lambda: P(0))
t(lambda: ~P.R)
t(lambda: list(P.R|P.X))
t(lambda: P(8))
class IP(IntFlag):
    R = 4; W = 2
t(lambda: IP.R | IP.W); t(lambda: str(IP.R|IP.W)); t(lambda: IP(9)); t(lambda: IP.R + 1); t(lambda: format(IP.R))
class N(IntEnum):
    A = 1; B = 2
t(lambda: (N.A, str(N.A), format(N.A), f"{N.A}", N.A + 1, N.A == 1, N(2), hash(N.A) == hash(1)))
t(lambda: (str(Color.RED), format(Color.RED), f"{Color.RED:>12}", hash(Color.RED) == hash('RED')))
def sub():
    class C2(Color): pass
t(sub)
def dup():
    class D(Enum):
        A = 1
        A = 2
t(dup)
def uq():
    @unique
    class U(Enum):
        A = 1; B = 1; C = 2; D = 2
t(uq)
t(lambda: Enum('Animal', 'ANT BEE CAT'))
t(lambda: list(Enum('Animal', 'ANT BEE CAT')))
t(lambda: list(Enum('Animal', [('A', 5), ('B', 7)])))
class S(StrEnum):
    A = auto(); B = 'bee'
t(lambda: (S.A, str(S.A), S.A == 'a', S.B.upper()))
class A2(Enum):
    X = auto(); Y = auto()
t(lambda: list(A2))
t(lambda: (Color.RED.name, Color.RED.value, Color.CRIMSON, len(Color), list(Color), Color(1)))
t(lambda: Color.RED.__class__)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print(Planet.EARTH, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'sq':
            return cls.SQUARE
        return None
    def describe(self):
        return '%s has value %d' % (self.name, self.value)
print(Shape('sq'), Shape.CIRCLE.describe(), list(Shape)[::-1], Shape.SQUARE in Shape)
print({Color.RED: 'r'}[Color.CRIMSON], Color.RED is Color.CRIMSON, Color.RED != Color.GREEN, sorted(Color, key=lambda c: c.value))
print(type(Color.RED) is Color, isinstance(Color.GREEN, Enum), issubclass(N, int), N.B * 3, sorted([N.B, N.A]))
class Dir(Enum):
    N = auto(); E = auto(); S = auto(); W = auto()
    def turn(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % len(members)]
print(Dir.W.turn(), [d.value for d in Dir], Dir['S'].turn().name)
print(P.R | P.W | P.X, P.R & P.W, bool(P(0)), P.R in (P.R | P.W), len(P.R | P.W))
print(repr(Color(3)))
