# Special methods of builtin types called explicitly: bound and unbound forms,
# NotImplemented, reflected forms, descriptor checks, argument errors, reprs,
# and super().__setitem__ in dict and list subclasses.
print((1).__add__(2), int.__add__(1, 2), (1).__add__(2.0), int.__lt__(1, 2.0), float.__eq__(1.0, 1))
print((5).__radd__(1), (7).__rsub__(10), (2).__rpow__(3), int.__pow__(2, 10, 7), (5).__divmod__(2), (5.5).__rdivmod__(20))
print(True.__add__(1), True.__and__(True), bool.__and__(True, 1), int.__neg__(True), (1.5).__int__(), (3).__float__())
print([1].__add__([2]), [1].__mul__(3), [1].__rmul__(2), (1, 2).__len__(), "ab".__contains__("a"), "x".__mul__(3))
print({1}.__or__({2}), {1}.__or__([2]), {}.__or__([]), frozenset({1}).__and__({1, 2}), {1, 2}.__lt__({1, 2, 3}))
print(object.__lt__(1, 2), object.__eq__(1, 1), object.__ne__(1, 2), [3].__lt__((4,)), {}.__eq__({}), {}.__lt__({}))
l = [1, 2, 3]
l.__setitem__(0, 10)
l.__delitem__(1)
print(l, l.__getitem__(-1), list.__getitem__(l, 0), l.__iadd__([4]) is l, l, l.__imul__(2) is l, l)
d = {"a": 1}
d.__setitem__("b", 2)
print(d.__getitem__("b"), d.__len__(), d.__contains__("a"), dict.__ior__(d, [("c", 3)]) is d, d)
s = {1, 2}
print(s.__ior__({3}) is s, s, s.__iand__([1]), s.__isub__({2}), s)
print(repr(int.__add__), repr(list.__getitem__), repr(list.append), repr(object.__lt__), repr(dict.__contains__))
print(int.__add__.__name__, int.__add__.__qualname__, [].__hash__, dict.__hash__, hasattr(int, "__radd__"))

class Logged(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value * 2)
    def __getitem__(self, key):
        return super().__getitem__(key) + 1

g = Logged()
g["x"] = 5
print(g["x"], dict.__getitem__(g, "x"), len(g), g)

class Stack(list):
    def __setitem__(self, i, v):
        super().__setitem__(i, -v)
    def __iadd__(self, other):
        return super().__iadd__([x * 10 for x in other])

st = Stack([1, 2])
st[0] = 7
st += [3]
print(st, type(st).__name__)

class Num(int):
    def __add__(self, other):
        return "Num+" + str(int.__add__(self, other))

print(Num(3) + 4, Num(3).__radd__(4), 4 + Num(3))
tests = [
    lambda: int.__add__("a", 1),
    lambda: list.append(5, 1),
    lambda: int.__add__(),
    lambda: (1).__add__(),
    lambda: (1).__add__(1, 2),
    lambda: (1).__neg__(2),
    lambda: (1).__add__(x=1),
    lambda: int.__pow__(2, 10, 7, 1),
    lambda: [].__add__(()),
    lambda: "".__add__(1),
    lambda: b"".__add__(1),
    lambda: [].__mul__("a"),
    lambda: [].__setitem__(0, 1),
    lambda: {}.__getitem__(1),
    lambda: "abc".__contains__(1),
    lambda: {}.__len__(1),
    lambda: list.__len__(x=1),
    lambda: dict.keys({}, 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
