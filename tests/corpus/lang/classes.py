# classes: attributes, methods, inheritance, super, class attributes.
class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(1, 2) + Point(3, 4)
print(p, p.norm2(), Point.count, p == Point(4, 6), p != Point(4, 6))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))


class Base:
    def hello(self):
        return "Base.hello"

    def who(self):
        return "I am " + self.name()

    def name(self):
        return "base"


class Child(Base):
    def hello(self):
        return "Child+" + super().hello()

    def name(self):
        return "child"


c = Child()
print(c.hello(), c.who(), isinstance(c, Base), issubclass(Child, Base), type(c) is Child)
print(Child.__mro__, Child.__name__, Child.__bases__)


class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B" + super().f()


class C(A):
    def f(self):
        return "C" + super().f()


class D(B, C):
    def f(self):
        return "D" + super().f()


print(D().f(), [k.__name__ for k in D.__mro__])
o = Base()
o.extra = 5
print(o.extra, hasattr(o, "extra"), hasattr(o, "nope"), getattr(o, "nope", "default"))
setattr(o, "dyn", 1)
print(o.dyn, o.__class__.__name__)
