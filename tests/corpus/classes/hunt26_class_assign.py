# Session 26's differential hunt: `obj.__class__ = C` and `obj.__dict__ = d`
# change the instance itself (its class; its attribute dict). hotloop stored
# both as plain instance attributes, so the instance kept its class and its
# attributes; the errors of CPython's object_set_class and subtype_setdict.


class Base:
    k = 3

    def __init__(self, v):
        self.v = v

    def m(self, x):
        return x + self.k


class Sub(Base):
    k = 5

    def m(self, x):
        return x * 100 + self.k


class Other:
    k = 11


def swap_in_loop(n):
    """A method call in a loop whose receiver changes class at n // 2."""
    o = Sub(1)
    total = 0
    for i in range(n):
        if i == n // 2:
            o.__class__ = Base
        total += o.m(i % 7) + o.k + o.v
    return total, type(o).__name__, o.v


def flip(n):
    """An object that changes class every 3 iterations and back."""
    o = Base(2)
    seen = []
    for i in range(n):
        if i % 3 == 0:
            o.__class__ = Sub if type(o) is Base else Base
        seen.append(o.m(1))
    return sum(seen), seen[:8], isinstance(o, Sub)


def dict_swap(n):
    """Attribute reads after the instance's __dict__ is replaced."""
    o = Base(7)
    total = 0
    for i in range(n):
        if i % 50 == 0:
            o.__dict__ = {"v": i, "w": 1}
        total += o.v + getattr(o, "w", 0)
        o.v = i % 5
    return total, sorted(o.__dict__.items())


def super_after_swap(n):
    """super() in a method of the old class, called through the function:
    the instance is no longer one of the class (gen_shapes objects 13)."""
    o = Sub2(0)
    f = Sub2.m
    t = 0
    try:
        for i in range(n):
            if i == n - 3:
                o.__class__ = Base
            t += f(o, i % 9)
    except TypeError as e:
        return t, "TypeError: %s" % e
    return t, None


class Sub2(Base):
    def m(self, x):
        return super().m(x) * 2


def errors():
    o = Base(1)
    cases = [
        lambda: setattr(o, "__class__", 5),
        lambda: setattr(o, "__class__", int),
        lambda: setattr(object(), "__class__", Base),
        lambda: delattr(o, "__class__"),
        lambda: setattr(o, "__dict__", [1]),
    ]
    for f in cases:
        try:
            f()
            print("no error")
        except TypeError as e:
            print("TypeError:", e)

    class Slotted:
        __slots__ = ("a",)

    class E(Exception):
        pass

    class L(list):
        pass

    for c in (Slotted, E, L):
        try:
            o.__class__ = c
            print("no error")
        except TypeError as e:
            print("TypeError:", e)
    o.__class__ = Other
    print(type(o).__name__, o.k, o.v, hasattr(o, "m"))

    class L2(list):
        pass

    lst = L([1, 2])
    lst.__class__ = L2
    print(type(lst).__name__, lst)


for n in (3000, 10, 1, 0, 501):
    print("swap", n, swap_in_loop(n))
for n in (3000, 7, 2):
    print("flip", n, flip(n))
for n in (3000, 60, 3):
    print("dict", n, dict_swap(n))
for n in (3000, 40, 3):
    print("super", n, super_after_swap(n))
print(super(Sub2, None) is not None, super(Sub2, Sub2).m(Sub2(1), 1))
errors()
