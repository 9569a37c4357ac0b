# method_sites: one call site `x.m(args)` that sees receivers of many types
# in turn (builtin types, their subclasses, user classes with methods of
# the same name), with argument counts that change, so that whatever a
# site remembers about the last call must not leak into the next one.

class MyList(list):
    def append(self, x):
        super().append(("wrapped", x))

class Plain:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)
        return "plain"

    def get(self, k, d=None):
        return ("plain-get", k, d)

class StrSub(str):
    def upper(self):
        return "sub:" + str.upper(self)

class DictSub(dict):
    pass

def appender(objs, value):
    out = []
    for o in objs:
        try:
            out.append(o.append(value))
        except AttributeError as e:
            out.append(("AttributeError", str(e)))
    return out

objs = [[], MyList(), Plain(), [], bytearray(b"x"), Plain(), (1,), []]
for rep in range(3):
    print(appender(objs, rep))
print(objs[0], objs[1], objs[2].items, objs[4])

def getter(objs, *args):
    out = []
    for o in objs:
        try:
            out.append(o.get(*args))
        except (TypeError, AttributeError) as e:
            out.append((type(e).__name__, str(e)))
    return out

ds = [{"a": 1}, DictSub(a=2), Plain(), {"b": 3}, {}, [1]]
print(getter(ds, "a"))
print(getter(ds, "a", 0))
print(getter(ds))
print(getter(ds, "a", 0, 1))
print(getter(ds, "b", 9))

def upper_all(xs):
    return [x.upper() for x in xs]

print(upper_all(["ab", StrSub("cd"), "ef", b"gh", StrSub("ij"), bytearray(b"k")]))

def add_remove(sets, x):
    out = []
    for s in sets:
        try:
            s.add(x)
            s.remove(x)
            s.add(x + 1)
            out.append(sorted(s))
        except (AttributeError, KeyError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    return out

class SetSub(set):
    def add(self, x):
        set.add(self, x * 100)

sets = [set(), SetSub(), frozenset(), set([1]), {5: 6}]
print(add_remove(sets, 1))
print(add_remove(sets, 2))

# a method looked up once and called on other receivers through the type
f = list.append
for target in ([], MyList(), ()):
    try:
        f(target, 1)
        print(target)
    except TypeError as e:
        print(type(e).__name__, e)

# ints and floats share a site
def conj_all(xs):
    return [x.conjugate() for x in xs] + [x.bit_length() if isinstance(x, int) else x.hex() for x in xs]

print(conj_all([3, -2.5, True, 2**70, 7]))

# counts that change at one site: the cached count must match
def pop_some(lists):
    out = []
    for l in lists:
        for args in ((), (0,), (-1,), (0, 1)):
            try:
                out.append(l.pop(*args))
            except (TypeError, IndexError, KeyError) as e:
                out.append((type(e).__name__, str(e)))
    return out

print(pop_some([[1, 2, 3, 4, 5], [9], [], {"k": "v"}]))

# native types (deque) and their subclasses at one site
import collections

class MyDeque(collections.deque):
    def append(self, x):
        collections.deque.append(self, -x)

def push_pop(qs, x):
    out = []
    for q in qs:
        try:
            q.append(x)
            q.appendleft(x + 1)
            out.append((q.popleft(), q.pop(), len(q)))
            q.rotate(1, 2)
        except (TypeError, AttributeError) as e:
            out.append((type(e).__name__, str(e)))
    return out

qs = [collections.deque(), MyDeque([7]), [], collections.deque([1, 2], maxlen=2)]
print(push_pop(qs, 1))
print(push_pop(qs, 5))
print([list(q) for q in qs])

# one CALL site that calls different builtin functions, bound builtin
# methods, builtin types and Python functions in turn
def apply_all(fns, x):
    out = []
    for f in fns:
        try:
            out.append(f(x))
        except (TypeError, ValueError) as e:
            out.append((type(e).__name__, str(e)))
    return out

bound = [3, 1, 2].index
fns = [len, abs, ord, len, bound, str, repr, hash, lambda v: ("py", v), len, callable, iter, sorted]
print(apply_all(fns, "a")[:10])
print(apply_all(fns, -2)[:10])
print(apply_all(fns, [1, 2])[:7])
print(apply_all(fns, 1)[:7])

def with_kw():
    out = []
    for f in (len, ord, abs):
        for kw in ({}, {"obj": "x"}):
            try:
                out.append(f("x", **kw) if f is not abs else f(-1, **kw))
            except TypeError as e:
                out.append(str(e))
    return out

print(with_kw())

def arg_counts():
    out = []
    for args in (("ab",), (), ("a", "b"), ([1],), ("ab",)):
        try:
            out.append(len(*args))
        except TypeError as e:
            out.append(str(e))
    return out

print(arg_counts())

# a hot site, long enough for the JIT's threshold
acc = []
d = {}
for i in range(3000):
    acc.append(i % 7)
    d[i % 13] = d.get(i % 13, 0) + 1
    if i % 1000 == 0:
        acc = MyList(acc[-2:]) if isinstance(acc, list) and not isinstance(acc, MyList) else list(acc[-2:])
print(len(acc), acc[:4], sorted(d.items())[:3])

[].append()
