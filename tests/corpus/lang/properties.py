# property, staticmethod, classmethod.
class Temp:
    scale = "C"

    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9

    @staticmethod
    def describe():
        return "temperature"

    @classmethod
    def make(cls, c):
        return cls(c)

    @classmethod
    def unit(cls):
        return cls.scale


t = Temp.make(100)
print(t.f, Temp.describe(), t.describe(), Temp.unit(), t.unit())
t.f = 32
print(t._c, t.f)


class Sub(Temp):
    scale = "K"


print(Sub.unit(), type(Sub.make(1)).__name__)
