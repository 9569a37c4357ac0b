# getattr/setattr/hasattr/delattr: defaults, dynamic names, properties, errors.
class Point:
    kind = "2d"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    def move(self, dx):
        self.x += dx
        return self

p = Point(3, -4)
print(getattr(p, "x"), getattr(p, "kind"), getattr(p, "norm"), getattr(p, "missing", "dflt"), getattr(p, "missing", None))
print(getattr(p, "move")(2).x, getattr(Point, "kind"), getattr(Point, "move").__name__)
for name in ["x", "y", "norm", "kind", "z", "move", "__class__", "__dict__"]:
    print(name, hasattr(p, name))
setattr(p, "z", 10)
setattr(p, "x", 0)
print(p.z, p.x, sorted(vars(p)))
setattr(Point, "kind", "flat")
print(p.kind, Point.kind)
delattr(p, "z")
print(hasattr(p, "z"), sorted(p.__dict__))
attrs = {"a": 1, "b": [2], "c": "three"}
for k, v in attrs.items():
    setattr(p, k, v)
print([getattr(p, k) for k in attrs])
setattr(p, "with space", 5)
print(getattr(p, "with space"), vars(p)["with space"])
tests = [
    lambda: getattr(p, "nope"),
    lambda: getattr(p, 5),
    lambda: getattr(p, 5, None),
    lambda: setattr(p, 5, 1),
    lambda: delattr(p, "nope"),
    lambda: delattr(p, "kind"),
    lambda: setattr(p, "norm", 1),
    lambda: delattr(p, "norm"),
    lambda: setattr(1, "x", 2),
    lambda: setattr([], "append", 2),
    lambda: getattr(None, "x"),
    lambda: delattr(1, "real"),
    lambda: getattr(p),
    lambda: hasattr(p, 1),
    lambda: setattr(object(), "a", 1),
    lambda: getattr(Point, "nothing"),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")

d = Dyn()
print(getattr(d, "auto_x"), hasattr(d, "auto_y"), hasattr(d, "manual"), getattr(d, "manual", "fallback"))

class Guard:
    def __getattr__(self, name):
        raise ValueError("not an AttributeError")

try:
    hasattr(Guard(), "x")
except ValueError as e:
    print(type(e).__name__, e)

class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

r = Recorder()
setattr(r, "v", 21)
r.w = 1
print(r.v, r.w)
delattr(r, "v")
print(hasattr(r, "v"))
getattr(p, "colour")
