# "got multiple values for argument", duplicate keywords through ** and unpacking errors.
def f(a, b, c=3):
    return a, b, c

def g(*args, **kw):
    return args, kw

tests = [
    lambda: f(1, a=2),
    lambda: f(1, 2, b=3),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, **{"a": 5, "b": 2}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(1, 2, **{"c": 1}, c=2),
    lambda: g(**{"x": 1}, x=2),
    lambda: g(x=1, **{"x": 2}),
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(**[1]),
    lambda: f(*None),
    lambda: g(**{1: 2}),
    lambda: f(1, 2, **{"d": 4}),
    lambda: dict(**{"a": 1}, a=2),
    lambda: print(*5),
    lambda: print(**{"sep": "", "sep2": ""}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

class C:
    def m(self, x):
        return x

try:
    C().m(1, self=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.m(C(), 1, x=2)
except TypeError as e:
    print(type(e).__name__, e)

class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k * 2

print(f(**Mapping()), g(**Mapping()), g(*"xy", **Mapping(), c=1))

class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k

try:
    g(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
print(f(*[1], **{"b": 2}), f(*(1, 2), c=None), g(*[], **{}))
f(1, 2, a=0)
