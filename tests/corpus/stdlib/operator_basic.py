# operator: every function form, the in-place forms, dunder aliases,
# itemgetter/attrgetter/methodcaller (calls and reprs), errors.
import operator as op


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-5), op.invert(5), op.inv(0))
print(op.lshift(1, 5), op.rshift(64, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [2]))
print(op.add("ab", "cd"), op.mul("ab", 3), op.add([1], [2]), op.concat((1,), (2,)), op.concat("x", "y"))
print(op.contains([1, 2], 2), op.contains("abc", "d"), op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"))
print(op.index(7), op.index(True), op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2, 3])))
print(op.length_hint(iter(range(10))), op.length_hint(x for x in []), op.length_hint(5, 9))
l = [1, 2, 3]
op.setitem(l, 0, "a")
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.getitem({"k": 1}, "k"), op.getitem("abc", slice(1, None)))
print(op.truediv(1.5, 0.5), op.matmul.__name__, op.__add__(1, 2), op.__not__(1), op.__lt__(1, 2))
print(op.call(len, [1, 2]), op.call(dict, a=1))
print(op.add, op.__add__ is op.add, op.itemgetter, op.attrgetter.__name__)

# in-place forms mutate mutable objects and return the result
x = [1]
y = op.iadd(x, [2])
print(x, y, y is x)
s = "ab"
print(op.iadd(s, "c"), s, op.iconcat([1], (2,)))
print(op.isub(5, 2), op.imul(3, 4), op.itruediv(9, 2), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(2, 5))
print(op.ilshift(1, 3), op.irshift(16, 2), op.iand(7, 3), op.ior(4, 1), op.ixor(5, 1))
st = {1, 2}
print(op.ior(st, {3}), st, op.iand(st, {1, 3}), st)


class Vec:
    def __init__(self, *v):
        self.v = list(v)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.v, other.v))

    def __imatmul__(self, other):
        self.v = [self @ other]
        return self

    def __getitem__(self, i):
        return self.v[i]

    def __len__(self):
        return len(self.v)


print(op.matmul(Vec(1, 2), Vec(3, 4)), op.imatmul(Vec(1, 2), Vec(3, 4)).v)
print(op.concat(Vec(1), [2]) if False else "skip", op.countOf(Vec(1, 1, 2), 1))

# getters
g = op.itemgetter(1)
g2 = op.itemgetter(0, -1, 1)
print(g([10, 20]), g("xyz"), g({1: "one"}), g2("abcd"), g2([1, 2, 3]))
print(repr(g), repr(g2), repr(op.itemgetter("k", slice(1, 2))))
recs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(recs, key=op.itemgetter(1, 0)), max(recs, key=op.itemgetter(1)))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct


p = P("outer", P("inner", P("deepest")))
a1 = op.attrgetter("name")
a2 = op.attrgetter("child.name", "child.child.name", "name")
print(a1(p), a2(p), repr(a1), repr(a2))
m = op.methodcaller("greet", "Hi")
m2 = op.methodcaller("greet", "Yo", punct="?")
print(m(p), m2(p.child), repr(m), repr(m2), repr(op.methodcaller("upper")))
print(op.methodcaller("split", ",")("a,b"), op.methodcaller("count", 1)([1, 1, 2]))
print(list(map(op.itemgetter(0), ["ab", "cd"])), list(map(op.attrgetter("real"), [1, 2.5])))

show("add one", lambda: op.add(1))
show("add three", lambda: op.add(1, 2, 3))
show("add kw", lambda: op.add(a=1, b=2))
show("neg none", lambda: op.neg())
show("neg kw", lambda: op.neg(1, x=2))
show("not two", lambda: op.not_(1, 2))
show("index float", lambda: op.index(1.5))
show("concat ints", lambda: op.concat(1, 2))
show("iconcat ints", lambda: op.iconcat(1, 2))
show("indexOf", lambda: op.indexOf([1], 2))
show("countOf", lambda: op.countOf(1, 1))
show("setitem", lambda: op.setitem([1], 0))
show("pow3", lambda: op.pow(2, 3, 4))
show("sub str", lambda: op.sub("a", 1))
show("lt mixed", lambda: op.lt(1, "a"))
show("length_hint none", lambda: op.length_hint())
show("length_hint str", lambda: op.length_hint([1], "a"))
show("itemgetter none", lambda: op.itemgetter())
show("itemgetter kw", lambda: op.itemgetter(x=1))
show("itemgetter call none", lambda: op.itemgetter(1)())
show("itemgetter call two", lambda: op.itemgetter(1)([1], 2))
show("itemgetter range", lambda: op.itemgetter(5)([1]))
show("attrgetter int", lambda: op.attrgetter(1))
show("attrgetter missing", lambda: op.attrgetter("a")(1))
show("attrgetter dotted", lambda: op.attrgetter("real.x")(1))
show("methodcaller none", lambda: op.methodcaller())
show("methodcaller int", lambda: op.methodcaller(1))
show("methodcaller missing", lambda: op.methodcaller("foo")(1))
show("methodcaller call none", lambda: op.methodcaller("foo")())
show("subclass", lambda: type("X", (op.itemgetter,), {}))
op.itemgetter("missing")({})
