# A class's own __getattribute__ sees every attribute read (instance
# attributes, methods, properties), falls back to __getattr__ on
# AttributeError, is inherited, and may be added after the class exists.
class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        log.append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"

    @property
    def prop(self):
        return "p"


log = []
o = Logged()
print(o.x, o.method(), o.prop, getattr(o, "x"), hasattr(o, "nope"), getattr(o, "nope", "dflt"))
print(log)


class Fallback(Logged):
    def __getattr__(self, name):
        return "fallback:" + name


log.clear()
f = Fallback()
print(f.x, f.missing, f.method())
print(log)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_target"), name, value)


class Point:
    def __init__(self):
        self.a, self.b = 3, 4

    def norm2(self):
        return self.a * self.a + self.b * self.b


p = Proxy(Point())
p.a = 6
print(p.a, p.b, p.norm2(), type(p).__name__)
total = 0
for i in range(3000):
    total += p.a + p.norm2()
print(total)


class Strict:
    def __getattribute__(self, name):
        if name == "secret":
            raise PermissionError("no secrets")
        if name == "gone":
            raise AttributeError("really gone")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "getattr:" + name


s = Strict()
try:
    s.secret
except PermissionError as e:
    print(type(e).__name__, e)
print(s.gone, s.other)


class Late:
    def __init__(self):
        self.v = 10


late = Late()
reads = []
for i in range(2000):
    reads.append(late.v)
    if i == 1000:
        Late.__getattribute__ = lambda self, name: 99 if name == "v" else object.__getattribute__(self, name)
print(reads[999], reads[1000], reads[1001], reads[-1], sum(reads))
del Late.__getattribute__
print(late.v)
